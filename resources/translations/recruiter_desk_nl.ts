<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>AttachmentList</name>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Drop files here (a CV, a contract), or add them.</source>
        <translation>Sleep bestanden hierheen (een cv, een contract), of voeg ze toe.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Bestanden toevoegen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>This is: %1</source>
        <translation>Dit is: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentsController</name>
    <message>
        <source>Add files to %1</source>
        <translation>Bestanden toevoegen aan %1</translation>
    </message>
    <message>
        <source>add %1 to %2</source>
        <translation>%1 toevoegen aan %2</translation>
    </message>
    <message>
        <source>add %1 files to %2</source>
        <translation>%1 bestanden toevoegen aan %2</translation>
    </message>
    <message>
        <source>remove %1 from %2</source>
        <translation>%1 verwijderen bij %2</translation>
    </message>
    <message>
        <source>remove %1 files from %2</source>
        <translation>%1 bestanden verwijderen bij %2</translation>
    </message>
    <message>
        <source>mark %1 as %2</source>
        <translation>%1 markeren als %2</translation>
    </message>
    <message>
        <source>No program on this computer opens %1. Save it elsewhere instead.</source>
        <translation>Geen programma op deze computer opent %1. Sla het bestand ergens anders op.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Een kopie van %1 opslaan</translation>
    </message>
    <message>
        <source>%1 could not be copied: %2</source>
        <translation>%1 kon niet worden gekopieerd: %2</translation>
    </message>
    <message>
        <source>the disk refused it</source>
        <translation>de schijf weigerde het</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
</context>
<context>
    <name>BackgroundPresence</name>
    <message>
        <source>done: %1</source>
        <translation>afgerond: %1</translation>
    </message>
    <message>
        <source>snooze: %1</source>
        <translation>uitstellen: %1</translation>
    </message>
    <message>
        <source>Recruiter Desk keeps running in the tray, so your reminders still reach you. Quit it from the tray menu; Settings can turn this off.</source>
        <translation>Recruiter Desk blijft actief in het systeemvak, zodat je herinneringen je blijven bereiken. Afsluiten doe je via het menu in het systeemvak; in Instellingen kun je dit uitzetten.</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Quiet since signing</source>
        <translation>Stil sinds tekenen</translation>
    </message>
    <message>
        <source>Interviews stalled</source>
        <translation>Gesprekken staan stil</translation>
    </message>
    <message>
        <source>Reminder overdue</source>
        <translation>Herinnering verlopen</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Staat stil</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>next reminder %1</source>
        <translation>volgende herinnering %1</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>voorkeur %1</translation>
    </message>
    <message>
        <source>All vacancies</source>
        <translation>Alle vacatures</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Alle bedrijven</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle tags</translation>
    </message>
    <message>
        <source>This placement was changed since you opened it, so nothing was saved. Close this window and open the card again to see what is stored now.</source>
        <translation>Deze plaatsing is gewijzigd sinds je dit venster opende, dus er is niets opgeslagen. Sluit dit venster en open de kaart opnieuw om te zien wat er nu is opgeslagen.</translation>
    </message>
    <message>
        <source>start the journey</source>
        <translation>traject starten</translation>
    </message>
    <message>
        <source>edit placement of %1</source>
        <translation>plaatsing van %1 bewerken</translation>
    </message>
    <message>
        <source>new person %1</source>
        <translation>nieuwe persoon %1</translation>
    </message>
    <message>
        <source>new placement</source>
        <translation>nieuwe plaatsing</translation>
    </message>
    <message>
        <source>move %1 to %2</source>
        <translation>%1 naar %2 verplaatsen</translation>
    </message>
    <message>
        <source>change the board&apos;s stages</source>
        <translation>fases van het bord wijzigen</translation>
    </message>
</context>
<context>
    <name>BoardColumnModel</name>
    <message numerus="yes">
        <source>%n day(s) in this stage</source>
        <translation>
            <numerusform>%n dag in deze fase</numerusform>
            <numerusform>%n dagen in deze fase</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardSettingsDialog</name>
    <message>
        <source>Board settings</source>
        <translation>Bordinstellingen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Double-click to rename; the tick shows the column on the board</source>
        <translation>Dubbelklik om te hernoemen; met het vinkje staat de kolom op het bord</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>&amp;Add a stage</source>
        <translation>Fase &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Signed, no contact for more than</source>
        <translation>Getekend, geen contact langer dan</translation>
    </message>
    <message>
        <source>Interviewing, no movement for more than</source>
        <translation>In gesprek, geen beweging langer dan</translation>
    </message>
    <message>
        <source>Columns: rename, reorder and choose which the board shows. Renaming keeps every placement&apos;s history.</source>
        <translation>Kolommen: hernoem ze, zet ze in een andere volgorde en kies welke het bord toont. Hernoemen bewaart de geschiedenis van elke plaatsing.</translation>
    </message>
    <message>
        <source>A card needs attention when it is:</source>
        <translation>Een kaart vraagt aandacht als hij:</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <source>A stage the app comes with can be hidden (untick it), not removed.</source>
        <translation>Een fase die de app meebrengt kun je verbergen (vinkje weg), niet verwijderen.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) have been in this stage: hide it (untick it) instead.</source>
        <translation>
            <numerusform>%n kaart heeft in deze fase gestaan: verberg hem (vinkje weg).</numerusform>
            <numerusform>%n kaarten hebben in deze fase gestaan: verberg hem (vinkje weg).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days in stage, short</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>ChannelPreferences</name>
    <message>
        <source>No preferred channel</source>
        <translation>Geen voorkeurskanaal</translation>
    </message>
    <message>
        <source>Prefers %1</source>
        <translation>Voorkeur: %1</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, dan </translation>
    </message>
</context>
<context>
    <name>ChannelPreferencesDialog</name>
    <message>
        <source>How %1 wants to be reached</source>
        <translation>Hoe %1 bereikt wil worden</translation>
    </message>
    <message>
        <source>Channels, most preferred first</source>
        <translation>Kanalen, voorkeur eerst</translation>
    </message>
    <message>
        <source>e.g. after 18:00, never voicemail</source>
        <translation>bijv. na 18:00, nooit voicemail</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Learned on</source>
        <translation>Gehoord op</translation>
    </message>
    <message>
        <source>Earlier preferences</source>
        <translation>Eerdere voorkeuren</translation>
    </message>
    <message>
        <source>No earlier preferences recorded.</source>
        <translation>Geen eerdere voorkeuren vastgelegd.</translation>
    </message>
    <message>
        <source>Most preferred first:</source>
        <translation>Voorkeur eerst:</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>Eerder:</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear the text</source>
        <translation>Tekst wissen</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Accepted another offer</source>
        <translation>Ander aanbod aangenomen</translation>
    </message>
    <message>
        <source>Accepted a counter-offer</source>
        <translation>Tegenbod aangenomen</translation>
    </message>
    <message>
        <source>Personal circumstances</source>
        <translation>Persoonlijke omstandigheden</translation>
    </message>
    <message>
        <source>Salary or conditions</source>
        <translation>Salaris of voorwaarden</translation>
    </message>
    <message>
        <source>Another candidate was chosen</source>
        <translation>Er is een andere kandidaat gekozen</translation>
    </message>
    <message>
        <source>Missing experience or skills</source>
        <translation>Ervaring of vaardigheden ontbreken</translation>
    </message>
    <message>
        <source>Not a match with the team</source>
        <translation>Geen match met het team</translation>
    </message>
    <message>
        <source>Salary expectations too far apart</source>
        <translation>Salarisverwachtingen te ver uit elkaar</translation>
    </message>
    <message>
        <source>Why did it end?</source>
        <translation>Waarom is het gestopt?</translation>
    </message>
    <message>
        <source>Say why, so you can learn from it later.</source>
        <translation>Noteer waarom, zodat je er later van kunt leren.</translation>
    </message>
    <message>
        <source>I gave the candidate feedback</source>
        <translation>Ik heb de kandidaat feedback gegeven</translation>
    </message>
    <message>
        <source>What you told them (goes on their timeline)</source>
        <translation>Wat je hebt verteld (komt op de tijdlijn)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Close placement</source>
        <translation>Plaatsing afsluiten</translation>
    </message>
</context>
<context>
    <name>CompaniesController</name>
    <message>
        <source>Delete %1? The people who work there stay in People.</source>
        <translation>%1 verwijderen? De mensen die er werken blijven in Personen staan.</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Search by name, industry or place</source>
        <translation>Zoek op naam, sector of plaats</translation>
    </message>
    <message>
        <source>Add company…</source>
        <translation>Bedrijf toevoegen…</translation>
    </message>
    <message>
        <source>No companies yet</source>
        <translation>Nog geen bedrijven</translation>
    </message>
    <message>
        <source>Clients and prospects go here, with the people you know there and how often you want to be in touch.</source>
        <translation>Hier komen je klanten en prospects, met de mensen die je er kent en hoe vaak je contact wilt houden.</translation>
    </message>
    <message>
        <source>Add the first company</source>
        <translation>Eerste bedrijf toevoegen</translation>
    </message>
    <message>
        <source>Select a company to see its details.</source>
        <translation>Selecteer een bedrijf om de details te zien.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
</context>
<context>
    <name>CompanyDetail</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source> (former)</source>
        <translation> (voormalig)</translation>
    </message>
    <message>
        <source>Open vacancies</source>
        <translation>Open vacatures</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Contact houden</translation>
    </message>
    <message>
        <source>ideally every %1 days, at most every %2 days</source>
        <translation>liefst elke %1 dagen, uiterlijk elke %2 dagen</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Must-haves they offer</source>
        <translation>Wat ze minimaal bieden</translation>
    </message>
    <message>
        <source>Why people choose them</source>
        <translation>Waarom mensen voor ze kiezen</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>Persoonlijkheid</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Edit company</source>
        <translation>Bedrijf bewerken</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nieuw bedrijf</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Naam *</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>Se&amp;ctor</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>L&amp;ocatie</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Keep in touch &amp;every</source>
        <translation>Contact houden &amp;elke</translation>
    </message>
    <message>
        <source>…and at &amp;most every</source>
        <translation>…en &amp;uiterlijk elke</translation>
    </message>
    <message>
        <source>Must-&amp;haves they offer</source>
        <translation>Wat ze &amp;minimaal bieden</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tities</translation>
    </message>
    <message>
        <source>Why people &amp;choose them</source>
        <translation>Waarom mensen voor ze &amp;kiezen</translation>
    </message>
    <message>
        <source>&amp;Personality</source>
        <translation>&amp;Persoonlijkheid</translation>
    </message>
</context>
<context>
    <name>ComposeMessageDialog</name>
    <message>
        <source>&amp;Open in email app</source>
        <translation>&amp;Openen in mailprogramma</translation>
    </message>
    <message>
        <source>&amp;Open in WhatsApp</source>
        <translation>&amp;Openen in WhatsApp</translation>
    </message>
    <message>
        <source>&amp;Open in SMS app</source>
        <translation>&amp;Openen in sms-app</translation>
    </message>
    <message>
        <source>Copy and &amp;open LinkedIn</source>
        <translation>Kopiëren en LinkedIn &amp;openen</translation>
    </message>
    <message>
        <source>Email to %1</source>
        <translation>E-mail aan %1</translation>
    </message>
    <message>
        <source>WhatsApp message to %1</source>
        <translation>WhatsApp-bericht aan %1</translation>
    </message>
    <message>
        <source>Text message to %1</source>
        <translation>Sms aan %1</translation>
    </message>
    <message>
        <source>LinkedIn message to %1</source>
        <translation>LinkedIn-bericht aan %1</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Geen sjabloon</translation>
    </message>
    <message>
        <source>&amp;Reply by</source>
        <translation>&amp;Antwoord uiterlijk</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>Onder&amp;werp</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Sjabloon</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation>Schrijf eerst een bericht.</translation>
    </message>
</context>
<context>
    <name>ContactBar</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Write an email to %1</source>
        <translation>Een e-mail schrijven aan %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 bellen</translation>
    </message>
    <message>
        <source>Send a text message to %1</source>
        <translation>Een sms sturen naar %1</translation>
    </message>
    <message>
        <source>Send a WhatsApp message to %1</source>
        <translation>Een WhatsApp-bericht sturen naar %1</translation>
    </message>
    <message>
        <source>Open the LinkedIn profile of %2</source>
        <translation>Het LinkedIn-profiel van %2 openen</translation>
    </message>
    <message>
        <source>No email address for %1. Add one with Edit…</source>
        <translation>Geen e-mailadres van %1. Voeg er een toe met Bewerken…</translation>
    </message>
    <message>
        <source>No phone number for %1. Add one with Edit…</source>
        <translation>Geen telefoonnummer van %1. Voeg er een toe met Bewerken…</translation>
    </message>
    <message>
        <source>%1 has no mobile number: a landline cannot receive WhatsApp or SMS messages.</source>
        <translation>%1 heeft geen mobiel nummer: een vaste lijn kan geen WhatsApp- of sms-berichten ontvangen.</translation>
    </message>
    <message>
        <source>No LinkedIn profile for %1. Add its address with Edit…</source>
        <translation>Geen LinkedIn-profiel van %1. Voeg het adres toe met Bewerken…</translation>
    </message>
    <message>
        <source>This channel cannot be opened from here.</source>
        <translation>Dit kanaal kan hier niet worden geopend.</translation>
    </message>
</context>
<context>
    <name>ContactController</name>
    <message>
        <source>%1 does not want to be contacted (status: Do not contact).</source>
        <translation>%1 wil niet benaderd worden (status: Niet benaderen).</translation>
    </message>
    <message>
        <source>No app on this computer makes calls. Call %1 on your phone; then log the call with Ctrl+L.</source>
        <translation>Geen app op deze computer kan bellen. Bel %1 met je telefoon en log het gesprek daarna met Ctrl+L.</translation>
    </message>
    <message>
        <source>No app on this computer opens this kind of link. The message is copied: paste it in the app on your phone.</source>
        <translation>Geen app op deze computer opent dit soort links. Het bericht is gekopieerd: plak het in de app op je telefoon.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>ContactListEditor</name>
    <message>
        <source>Remove this line</source>
        <translation>Deze regel verwijderen</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>%1 keeps running, and everything you had already saved is safe. If this happens again, keep the details below and the log file: they show what went wrong.</source>
        <translation>%1 blijft werken en alles wat je al had opgeslagen is veilig. Gebeurt dit opnieuw, bewaar dan de details hieronder en het logbestand: daarin staat wat er misging.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details tonen</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Logbestand: %1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
    <message>
        <source>The details are on the clipboard.</source>
        <translation>De details staan op het klembord.</translation>
    </message>
    <message>
        <source>The log folder could not be opened. Its location is shown above.</source>
        <translation>De logmap kon niet worden geopend. Waar die staat, zie je hierboven.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details verbergen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (happened %n times)</source>
        <translation>
            <numerusform>%1 (%n keer gebeurd)</numerusform>
            <numerusform>%1 (%n keer gebeurd)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n earlier error(s)</source>
        <translation>
            <numerusform>…en %n eerdere fout</numerusform>
            <numerusform>…en %n eerdere fouten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailForm</name>
    <message>
        <source>%1 — the whole text</source>
        <translation>%1 — de hele tekst</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>DirectoryController</name>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Je kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>%1 was changed since you opened this window, so nothing was saved. Close it and open it again to see what is stored now.</source>
        <translation>%1 is gewijzigd sinds je dit venster opende, dus er is niets opgeslagen. Sluit het en open het opnieuw om te zien wat er nu is opgeslagen.</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Edit the selected entry (Enter)</source>
        <translation>Het geselecteerde item bewerken (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected entry (%1); Undo brings it back</source>
        <translation>Het geselecteerde item verwijderen (%1); met Ongedaan maken komt het terug</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Je gegevens worden geopend…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n in totaal</numerusform>
            <numerusform>%n in totaal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>CV</source>
        <translation>Cv</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Ander bestand</translation>
    </message>
    <message>
        <source>reading its text…</source>
        <translation>tekst wordt gelezen…</translation>
    </message>
    <message>
        <source>no text found (a scan?)</source>
        <translation>geen tekst gevonden (een scan?)</translation>
    </message>
    <message>
        <source>locked with a password: its text is not searched</source>
        <translation>met een wachtwoord beveiligd: de tekst wordt niet doorzocht</translation>
    </message>
    <message>
        <source>damaged or not what its name says: its text is not searched</source>
        <translation>beschadigd of niet wat de naam zegt: de tekst wordt niet doorzocht</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most a file may be (Settings).</source>
        <translation>%1 is groter dan %2 MB, het maximum voor een bestand (Instellingen).</translation>
    </message>
    <message>
        <source>%1 is a folder: add the files in it instead.</source>
        <translation>%1 is een map: voeg de bestanden erin toe.</translation>
    </message>
    <message>
        <source>%1 is not there any more.</source>
        <translation>%1 is er niet meer.</translation>
    </message>
    <message>
        <source>%1 could not be read (no permission, or the disk failed).</source>
        <translation>%1 kon niet worden gelezen (geen toestemming, of de schijf faalde).</translation>
    </message>
</context>
<context>
    <name>InlineField</name>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Click or press F2 to change</source>
        <translation>Klik of druk op F2 om te wijzigen</translation>
    </message>
    <message>
        <source>Change (F2)</source>
        <translation>Wijzigen (F2)</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save the change (Enter)</source>
        <translation>Wijziging opslaan (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Put back what was there (Esc)</source>
        <translation>Terugzetten wat er stond (Esc)</translation>
    </message>
    <message>
        <source>Shift+Enter: new line</source>
        <translation>Shift+Enter: nieuwe regel</translation>
    </message>
    <message>
        <source>%1 — the whole text</source>
        <translation>%1 — de hele tekst</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <source>Welcome message after signing</source>
        <translation>Welkomstbericht na het tekenen</translation>
    </message>
    <message>
        <source>Pre-start check-in</source>
        <translation>Check-in voor de start</translation>
    </message>
    <message>
        <source>Pre-start check-in: introduction to the team</source>
        <translation>Check-in voor de start: kennismaking met het team</translation>
    </message>
    <message>
        <source>Pre-start check-in: a call from the hiring manager</source>
        <translation>Check-in voor de start: belletje van de leidinggevende</translation>
    </message>
    <message>
        <source>Pre-start check-in: news about the projects</source>
        <translation>Check-in voor de start: nieuws over de projecten</translation>
    </message>
    <message>
        <source>Good-luck message before the first day</source>
        <translation>Succeswens voor de eerste werkdag</translation>
    </message>
    <message>
        <source>First day: ask how it went</source>
        <translation>Eerste werkdag: vragen hoe het ging</translation>
    </message>
    <message>
        <source>First week check-in</source>
        <translation>Check-in na de eerste week</translation>
    </message>
    <message>
        <source>First month check-in</source>
        <translation>Check-in na de eerste maand</translation>
    </message>
    <message>
        <source>Evaluation talk with the client</source>
        <translation>Evaluatiegesprek met de klant</translation>
    </message>
    <message>
        <source>Probation ends in two weeks: check in</source>
        <translation>Proeftijd eindigt over twee weken: even polsen</translation>
    </message>
    <message>
        <source>Probation ends in two weeks: call the client</source>
        <translation>Proeftijd eindigt over twee weken: klant bellen</translation>
    </message>
    <message>
        <source>Fee guarantee ends in two weeks: call the client</source>
        <translation>Garantieperiode eindigt over twee weken: klant bellen</translation>
    </message>
    <message>
        <source>Six-month check-in</source>
        <translation>Check-in na zes maanden</translation>
    </message>
    <message>
        <source>Growth conversation: 1 year in the job</source>
        <translation>Groeigesprek: 1 jaar in de functie</translation>
    </message>
    <message>
        <source>Growth conversation: 2 years in the job</source>
        <translation>Groeigesprek: 2 jaar in de functie</translation>
    </message>
    <message>
        <source>Growth conversation: 3 years in the job</source>
        <translation>Groeigesprek: 3 jaar in de functie</translation>
    </message>
    <message>
        <source>Reply as promised</source>
        <translation>Antwoorden zoals beloofd</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>het tekenen</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>de start</translation>
    </message>
    <message>
        <source>the end of probation</source>
        <translation>het einde van de proeftijd</translation>
    </message>
    <message>
        <source>the end of the fee guarantee</source>
        <translation>het einde van de fee-garantie</translation>
    </message>
    <message>
        <source>on the day of signing</source>
        <translation>op de dag van tekenen</translation>
    </message>
    <message>
        <source>on the first day</source>
        <translation>op de eerste werkdag</translation>
    </message>
    <message>
        <source>on the last day of probation</source>
        <translation>op de laatste dag van de proeftijd</translation>
    </message>
    <message>
        <source>on the last day of the fee guarantee</source>
        <translation>op de laatste dag van de fee-garantie</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Opdrachtgever</translation>
    </message>
</context>
<context>
    <name>JourneyEditorDialog</name>
    <message>
        <source>Journey after signing</source>
        <translation>Traject na het tekenen</translation>
    </message>
    <message>
        <source>The touchpoints a placement gets when its card enters Signed, counted from its dates. Each becomes a reminder at 9:00 with the person&apos;s preferred channel. Changes apply to journeys started or rescheduled from now on.</source>
        <translation>De contactmomenten die een plaatsing krijgt als de kaart naar Getekend gaat, gerekend vanaf haar datums. Elk wordt een herinnering om 9:00 met het voorkeurskanaal van de persoon. Wijzigingen gelden voor trajecten die vanaf nu starten of verschuiven.</translation>
    </message>
    <message>
        <source>Start this journey when a card enters Signed</source>
        <translation>Start dit traject als een kaart naar Getekend gaat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Restore the &amp;default</source>
        <translation>&amp;Standaard terugzetten</translation>
    </message>
    <message>
        <source>No message template</source>
        <translation>Geen berichtsjabloon</translation>
    </message>
    <message>
        <source>after</source>
        <translation>na</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vóór</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Elke</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>While that date is unknown, for</source>
        <translation>Zolang die datum onbekend is, gedurende</translation>
    </message>
    <message>
        <source>Never too late: a journey started after its day gets it at once</source>
        <translation>Nooit te laat: een traject dat na deze dag start, krijgt het meteen</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <source>W&amp;ith</source>
        <translation>M&amp;et</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>W&amp;anneer</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 vóór</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>Nieuw contactmoment</translation>
    </message>
    <message>
        <source>Every touchpoint needs a description.</source>
        <translation>Elk contactmoment heeft een omschrijving nodig.</translation>
    </message>
    <message>
        <source>Edit the journey</source>
        <translation>Traject wijzigen</translation>
    </message>
</context>
<context>
    <name>JourneyWording</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation>%1 vóór %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <source>every %1 from %2, for %3</source>
        <translation>elke %1 vanaf %2, gedurende %3</translation>
    </message>
    <message>
        <source>every %1 from %2 until %3</source>
        <translation>elke %1 vanaf %2 tot %3</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Board</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>People and companies</source>
        <translation>Personen en bedrijven</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <source>Go to the next card or column</source>
        <translation>Naar de volgende kaart of kolom</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pijltjestoetsen</translation>
    </message>
    <message>
        <source>Open the selected card</source>
        <translation>De gekozen kaart openen</translation>
    </message>
    <message>
        <source>Move the card to the previous or next stage</source>
        <translation>De kaart naar de vorige of volgende fase verplaatsen</translation>
    </message>
    <message>
        <source>Move the card up or down in its column</source>
        <translation>De kaart omhoog of omlaag in haar kolom verplaatsen</translation>
    </message>
    <message>
        <source>Contact the person of the selected item</source>
        <translation>Contact opnemen met de persoon van het gekozen item</translation>
    </message>
    <message>
        <source>Mark the selected reminder done</source>
        <translation>De gekozen herinnering afvinken</translation>
    </message>
    <message>
        <source>Delete the selected reminder</source>
        <translation>De gekozen herinnering verwijderen</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Het gekozen item bewerken</translation>
    </message>
    <message>
        <source>Show or hide an entry&apos;s whole text</source>
        <translation>De hele tekst van een item tonen of verbergen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatiebalk</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Het gekozen item verwijderen</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>De gekozen rij openen</translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation>De gekozen rij verwijderen</translation>
    </message>
    <message>
        <source>Edit the field in place</source>
        <translation>Het veld ter plekke bewerken</translation>
    </message>
    <message>
        <source>Save the field</source>
        <translation>Het veld opslaan</translation>
    </message>
    <message>
        <source>Put the old value back</source>
        <translation>De oude waarde terugzetten</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wat het doet</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>LongText</name>
    <message>
        <source>Show all (%1 characters)…</source>
        <translation>Alles tonen (%1 tekens)…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Areas</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <source>Funnel conversion, time in stage and how long placements last, as charts. It is being built.</source>
        <translation>Conversie door de funnel, tijd per fase en hoe lang plaatsingen standhouden, in grafieken. Hier wordt nog aan gebouwd.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nieuwe &amp;persoon…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New &amp;company…</source>
        <translation>Nieuw &amp;bedrijf…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Remind me…</source>
        <translation>&amp;Herinner me…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>Contact &amp;loggen…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Alles doorzoeken…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Filter this list</source>
        <translation>Deze lijst &amp;filteren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Message templates…</source>
        <translation>&amp;Berichtsjablonen…</translation>
    </message>
    <message>
        <source>&amp;Journey after signing…</source>
        <translation>&amp;Traject na het tekenen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Gegevensmap openen</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <source>&amp;About Recruiter Desk</source>
        <translation>&amp;Over Recruiter Desk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>About Recruiter Desk</source>
        <translation>Over Recruiter Desk</translation>
    </message>
    <message>
        <source>A private desk for independent recruiters. Everything stays in one file on this computer: no server, no account, no network.</source>
        <translation>Een eigen werkplek voor zelfstandige recruiters. Alles blijft in één bestand op deze computer: geen server, geen account, geen netwerk.</translation>
    </message>
    <message>
        <source>Select a card, a person or a company first, then press Ctrl+L.</source>
        <translation>Kies eerst een kaart, persoon of bedrijf en druk dan op Ctrl+L.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Licentie: GNU General Public License, versie 3 of later.</translation>
    </message>
    <message>
        <source>Your data: %1</source>
        <translation>Je gegevens: %1</translation>
    </message>
    <message>
        <source>The log: %1</source>
        <translation>Het logboek: %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Gegevensmap openen</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Recruiter Desk uses the new language after a restart. Restart now?</source>
        <translation>Recruiter Desk gebruikt de nieuwe taal na een herstart. Nu herstarten?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Nu herstarten</translation>
    </message>
    <message>
        <source>At the next start</source>
        <translation>Bij de volgende start</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>The sample data lasts for this run only: to see it in the new language, choose the language again and Restart now.</source>
        <translation>De voorbeeldgegevens blijven alleen tijdens deze sessie bestaan: om ze in de nieuwe taal te zien, kies je de taal opnieuw en daarna Nu herstarten.</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>De nieuwe taal gaat in bij de volgende start.</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>Welcome after signing</source>
        <translation>Welkom na ondertekening</translation>
    </message>
    <message>
        <source>Pre-start check-in</source>
        <translation>Even bijpraten voor de start</translation>
    </message>
    <message>
        <source>Hiring manager introduction</source>
        <translation>Kennismaking leidinggevende</translation>
    </message>
    <message>
        <source>Good luck on day one</source>
        <translation>Succes op de eerste dag</translation>
    </message>
    <message>
        <source>First-week check</source>
        <translation>Na de eerste week</translation>
    </message>
    <message>
        <source>Probation check</source>
        <translation>Einde proeftijd</translation>
    </message>
    <message>
        <source>Anniversary and growth</source>
        <translation>Een jaar in dienst en groei</translation>
    </message>
    <message>
        <source>Reply promise with a date</source>
        <translation>Belofte van antwoord met datum</translation>
    </message>
    <message>
        <source>Decent rejection with feedback</source>
        <translation>Nette afwijzing met feedback</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Je e-mailadres</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>Je telefoonnummer</translation>
    </message>
    <message>
        <source>Date you promise to reply by</source>
        <translation>Datum waarop je uiterlijk antwoordt</translation>
    </message>
    <message>
        <source>Feedback (you write it before sending)</source>
        <translation>Feedback (schrijf je zelf voor het versturen)</translation>
    </message>
    <message>
        <source>Unknown placeholder %1. Use one of: %2.</source>
        <translation>Onbekend invulveld %1. Gebruik een van: %2.</translation>
    </message>
    <message>
        <source>A “{” is not closed (character %1). Braces are only for placeholders such as {first_name}.</source>
        <translation>Een “{” wordt niet gesloten (teken %1). Accolades zijn alleen voor invulvelden zoals {first_name}.</translation>
    </message>
    <message>
        <source>A “}” has no matching “{” (character %1). Braces are only for placeholders such as {first_name}.</source>
        <translation>Bij een “}” hoort geen “{” (teken %1). Accolades zijn alleen voor invulvelden zoals {first_name}.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Het bericht is leeg.</translation>
    </message>
    <message>
        <source>Replace %1 with your own words before sending.</source>
        <translation>Vervang %1 door je eigen woorden voordat je het verstuurt.</translation>
    </message>
</context>
<context>
    <name>MessageTemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Berichtsjablonen</translation>
    </message>
    <message>
        <source>How you sign your messages</source>
        <translation>Hoe je je berichten ondertekent</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Je naam</translation>
    </message>
    <message>
        <source>Fills {your_name} in every message.</source>
        <translation>Vult {your_name} in elk bericht in.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>Onder&amp;werp</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>Invulveld &amp;invoegen</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>Voorbeeld met voorbeeldgegevens</translation>
    </message>
    <message>
        <source>The preview appears as soon as the template has no errors.</source>
        <translation>Het voorbeeld verschijnt zodra het sjabloon geen fouten meer bevat.</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>Standaardtekst &amp;terugzetten</translation>
    </message>
    <message>
        <source>Put the original text back in the editor; Save makes it the one in use</source>
        <translation>Zet de oorspronkelijke tekst terug in de editor; met Opslaan wordt die weer gebruikt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>aangepast</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Onderwerp: %1</translation>
    </message>
    <message>
        <source>edit the template “%1”</source>
        <translation>sjabloon “%1” bewerken</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>Je wijzigingen in “%1” opslaan?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Niet opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>MessageTemplatesModel</name>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Aangepast</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
</context>
<context>
    <name>NewPlacementDialog</name>
    <message>
        <source>New placement</source>
        <translation>Nieuwe plaatsing</translation>
    </message>
    <message>
        <source>Search people by name, role or place</source>
        <translation>Zoek personen op naam, functie of plaats</translation>
    </message>
    <message>
        <source>Search open vacancies by title or company</source>
        <translation>Zoek open vacatures op titel of bedrijf</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nieuwe &amp;persoon…</translation>
    </message>
    <message>
        <source>New &amp;vacancy…</source>
        <translation>Nieuwe &amp;vacature…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Add to board</source>
        <translation>Op het bord zetten</translation>
    </message>
    <message>
        <source>Choose a person and a vacancy (or create them with the buttons above).</source>
        <translation>Kies een persoon en een vacature (of maak ze aan met de knoppen hierboven).</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message numerus="yes">
        <source>%n more notice(s) below these</source>
        <translation>
            <numerusform>nog %n melding hieronder</numerusform>
            <numerusform>nog %n meldingen hieronder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>1 uur uitstellen</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>not known yet</source>
        <translation>nog niet bekend</translation>
    </message>
</context>
<context>
    <name>PeopleController</name>
    <message>
        <source>&amp;Channels…</source>
        <translation>&amp;Kanalen…</translation>
    </message>
    <message>
        <source>How the selected person wants to be reached</source>
        <translation>Hoe de gekozen persoon bereikt wil worden</translation>
    </message>
    <message>
        <source>change how %1 wants to be reached</source>
        <translation>kanaalvoorkeur van %1 wijzigen</translation>
    </message>
    <message>
        <source>%1 replied by %2. Make %2 their preferred channel?</source>
        <translation>%1 antwoordde via %2. %2 als voorkeurskanaal instellen?</translation>
    </message>
    <message>
        <source>%1 replied by %2, but their preferred channel is %3. Make %2 their first channel?</source>
        <translation>%1 antwoordde via %2, maar het voorkeurskanaal is %3. %2 als eerste kanaal instellen?</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Voorkeurskanaal</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Zo laten</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Search by name, role, place or email</source>
        <translation>Zoek op naam, functie, plaats of e-mail</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Persoon toevoegen…</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Nog geen personen</translation>
    </message>
    <message>
        <source>Everyone you know goes here: candidates, hiring managers and HR contacts. Add the first person, or start with the sample data: recruiter-desk --demo.</source>
        <translation>Hier komt iedereen die je kent: kandidaten, hiring managers en HR-contactpersonen. Voeg de eerste persoon toe, of begin met de voorbeeldgegevens: recruiter-desk --demo.</translation>
    </message>
    <message>
        <source>Add the first person</source>
        <translation>Eerste persoon toevoegen</translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Selecteer een persoon om de details te zien.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Kopregel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Gewijzigd</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Voorkeur</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Werkt bij</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source> (former)</source>
        <translation> (voormalig)</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>Open reminders</source>
        <translation>Open herinneringen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Kopregel</translation>
    </message>
    <message>
        <source>Add a headline</source>
        <translation>Kopregel toevoegen</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>Cv</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Growth wishes</source>
        <translation>Groeiwensen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Laatst gewijzigd</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Persoon bewerken</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>e.g. Senior PLC engineer, offshore wind</source>
        <translation>bijv. Senior PLC-engineer, offshore wind</translation>
    </message>
    <message>
        <source>name@company.nl</source>
        <translation>naam@bedrijf.nl</translation>
    </message>
    <message>
        <source>06 12345678 or +32 470 12 34 56</source>
        <translation>06 12345678 of +32 470 12 34 56</translation>
    </message>
    <message>
        <source>Country of phone numbers without +</source>
        <translation>Land van telefoonnummers zonder +</translation>
    </message>
    <message>
        <source>+ Another email address</source>
        <translation>+ Nog een e-mailadres</translation>
    </message>
    <message>
        <source>+ Another phone number</source>
        <translation>+ Nog een telefoonnummer</translation>
    </message>
    <message>
        <source>comma-separated, e.g. embedded, PLC, Brabant</source>
        <translation>gescheiden door komma&apos;s, bijv. embedded, PLC, Brabant</translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation>&amp;Voornaam *</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>&amp;Kopregel</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>Lin&amp;kedIn</source>
        <translation>Linked&amp;In</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>Lo&amp;catie</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>Pe&amp;rsona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>E&amp;xpertise</source>
        <translation>E&amp;xpertise</translation>
    </message>
    <message>
        <source>Gro&amp;wth wishes</source>
        <translation>Groei&amp;wensen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>work</source>
        <translation>werk</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobiel</translation>
    </message>
    <message>
        <source>home</source>
        <translation>thuis</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation>E-mail %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefoon %1</translation>
    </message>
</context>
<context>
    <name>PersonEditing</name>
    <message>
        <source>edit %1 (%2)</source>
        <translation>%1 wijzigen (%2)</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>Board</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Filter by name, vacancy or company</source>
        <translation>Filter op naam, vacature of bedrijf</translation>
    </message>
    <message>
        <source>Filter the board</source>
        <translation>Het bord filteren</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>Vacature</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Needs &amp;attention</source>
        <translation>Vraagt &amp;aandacht</translation>
    </message>
    <message>
        <source>Only cards with a risk badge or an overdue reminder</source>
        <translation>Alleen kaarten met een risicolabel of een verlopen herinnering</translation>
    </message>
    <message>
        <source>Show c&amp;losed</source>
        <translation>&amp;Afgesloten tonen</translation>
    </message>
    <message>
        <source>Also show Placed for good, Rejected and Withdrawn</source>
        <translation>Ook Definitief geplaatst, Afgewezen en Teruggetrokken tonen</translation>
    </message>
    <message>
        <source>Board settings…</source>
        <translation>Bordinstellingen…</translation>
    </message>
    <message>
        <source>New placement…</source>
        <translation>Nieuwe plaatsing…</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Je gegevens worden geopend…</translation>
    </message>
    <message>
        <source>No placements yet</source>
        <translation>Nog geen plaatsingen</translation>
    </message>
    <message>
        <source>A placement is a person in a vacancy, from the first contact to years after the start date. Add one to put the first card on the board.</source>
        <translation>Een plaatsing is een persoon in een vacature, van het eerste contact tot jaren na de startdatum. Voeg er een toe om de eerste kaart op het bord te zetten.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Placement: %1 at %2</source>
        <translation>Plaatsing: %1 bij %2</translation>
    </message>
    <message>
        <source>Stage: %1 since %2</source>
        <translation>Fase: %1 sinds %2</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Getekend op</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Start op</translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation>Einde proeftijd</translation>
    </message>
    <message>
        <source>Guarantee ends</source>
        <translation>Einde garantie</translation>
    </message>
    <message>
        <source>Fee terms for this placement, if they differ from the vacancy</source>
        <translation>Feeafspraken voor deze plaatsing, als ze afwijken van de vacature</translation>
    </message>
    <message>
        <source>Fee terms</source>
        <translation>Feeafspraken</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Tijd in fase</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Fasegeschiedenis</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>No touchpoints are planned. Start the journey to plan them from this placement&apos;s dates; days already past are left out.</source>
        <translation>Er zijn geen contactmomenten gepland. Start het traject om ze vanaf de datums van deze plaatsing te plannen; dagen die al voorbij zijn vallen weg.</translation>
    </message>
    <message>
        <source>Start the &amp;journey</source>
        <translation>&amp;Traject starten</translation>
    </message>
    <message>
        <source>The journey starts when the card enters Signed.</source>
        <translation>Het traject start als de kaart naar Getekend gaat.</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Edit contact with %1</source>
        <translation>Contact met %1 bewerken</translation>
    </message>
    <message>
        <source>Log contact with %1</source>
        <translation>Contact met %1 loggen</translation>
    </message>
    <message>
        <source>I contacted them</source>
        <translation>Ik nam contact op</translation>
    </message>
    <message>
        <source>They contacted me</source>
        <translation>Zij namen contact op</translation>
    </message>
    <message>
        <source>What was it about? One sentence is enough.</source>
        <translation>Waar ging het over? Eén zin is genoeg.</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Details (optioneel)</translation>
    </message>
    <message>
        <source>Say in a few words what it was about.</source>
        <translation>Zeg in een paar woorden waar het over ging.</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wanneer</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Opvolgen op</translation>
    </message>
    <message>
        <source>I &amp;promised a reply by</source>
        <translation>Antwoord &amp;beloofd uiterlijk</translation>
    </message>
    <message>
        <source>no follow-up</source>
        <translation>geen opvolging</translation>
    </message>
    <message>
        <source>no promise</source>
        <translation>geen toezegging</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Edit reminder</source>
        <translation>Herinnering bewerken</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Herinner me</translation>
    </message>
    <message>
        <source>e.g. Call Anna about the counter-offer</source>
        <translation>bijv. Anna bellen over het tegenbod</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Over 1 uur</translation>
    </message>
    <message>
        <source>This afternoon</source>
        <translation>Vanmiddag</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Morgenochtend</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <source>or type: 14:30, fri 10:00, +3d, 5 dec</source>
        <translation>of typ: 14:30, vr 10:00, +3d, 5 dec</translation>
    </message>
    <message>
        <source>Type a moment</source>
        <translation>Typ een moment</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation>Elke 2 weken</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Elke maand</translation>
    </message>
    <message>
        <source>Their preferred channel</source>
        <translation>Hun voorkeurskanaal</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>W&amp;anneer</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Herhalen</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>Not understood yet. Try 14:30, fri 10:00, tomorrow 9:00, +3d or 5 dec.</source>
        <translation>Nog niet begrepen. Probeer 14:30, vr 10:00, morgen 9:00, +3d of 5 dec.</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
</context>
<context>
    <name>ReminderNotices</name>
    <message>
        <source>ddd d MMM HH:mm</source>
        <translation>ddd d MMM HH:mm</translation>
    </message>
    <message>
        <source>Reply promised by %1</source>
        <translation>Antwoord beloofd uiterlijk %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Gepland %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) became due while you were away</source>
        <translation>
            <numerusform>%n herinnering kwam aan de beurt terwijl je weg was</numerusform>
            <numerusform>%n herinneringen kwamen aan de beurt terwijl je weg was</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) became due while notifications were paused</source>
        <translation>
            <numerusform>%n herinnering kwam aan de beurt terwijl meldingen gepauzeerd waren</numerusform>
            <numerusform>%n herinneringen kwamen aan de beurt terwijl meldingen gepauzeerd waren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due now</source>
        <translation>
            <numerusform>%n herinnering is nu aan de beurt</numerusform>
            <numerusform>%n herinneringen zijn nu aan de beurt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Tijdlijnitems</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Berichtsjablonen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Alle %1 tonen</translation>
    </message>
    <message>
        <source>The best %1 of %2: type more words to narrow.</source>
        <translation>De beste %1 van %2: typ meer woorden om te verfijnen.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search people, companies, vacancies, timelines and templates</source>
        <translation>Zoek in mensen, bedrijven, vacatures, tijdlijnen en sjablonen</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Rebuild the search index</source>
        <translation>Zoekindex opnieuw opbouwen</translation>
    </message>
    <message>
        <source>↑ ↓ to choose · Enter to open · Esc to close</source>
        <translation>↑ ↓ om te kiezen · Enter om te openen · Esc om te sluiten</translation>
    </message>
    <message>
        <source>Search could not read its index: it may be damaged. Your records are not affected; rebuilding the index reads them again.</source>
        <translation>Zoeken kon de index niet lezen: die is misschien beschadigd. Je gegevens zelf zijn in orde; bij het opnieuw opbouwen wordt de index uit je gegevens gevuld.</translation>
    </message>
    <message>
        <source>Type a name, a company, a phone number or any words from a note or a conversation.</source>
        <translation>Typ een naam, een bedrijf, een telefoonnummer of woorden uit een notitie of een gesprek.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Niets gevonden voor “%1”.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <source>Language and look</source>
        <translation>Taal en weergave</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>Board, messages, journeys</source>
        <translation>Bord, berichten, trajecten</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>How you sign your messages</source>
        <translation>Hoe je je berichten ondertekent</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>Eén adres per regel</translation>
    </message>
    <message>
        <source>Your name, addresses and phone fill {your_name}, {your_email} and {your_phone} in messages. They stay on this computer.</source>
        <translation>Je naam, adressen en telefoonnummer vullen {your_name}, {your_email} en {your_phone} in berichten in. Ze blijven op deze computer.</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Je naam</translation>
    </message>
    <message>
        <source>Your &amp;e-mail addresses</source>
        <translation>Je &amp;e-mailadressen</translation>
    </message>
    <message>
        <source>Your &amp;phone</source>
        <translation>Je &amp;telefoonnummer</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>New people and companies start here; numbers typed without a country code are read as its numbers.</source>
        <translation>Nieuwe personen en bedrijven beginnen in dit land; nummers zonder landcode worden als nummers van dit land gelezen.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Taal van het systeem</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>A new language is used after a restart.</source>
        <translation>Een nieuwe taal wordt na een herstart gebruikt.</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <source>As the system: light or dark as your desktop is, changing with it.</source>
        <translation>Zoals het systeem: licht of donker, net als je bureaublad, en het wisselt mee.</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Actief blijven in het systeemvak als het venster sluit</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Starten bij inloggen</translation>
    </message>
    <message>
        <source>Default &amp;time</source>
        <translation>Standaard&amp;tijd</translation>
    </message>
    <message>
        <source>When a reminder for a day goes off if you give no time: tomorrow morning, next week, a follow-up, a promised reply, a journey touchpoint.</source>
        <translation>Wanneer een herinnering voor een dag afgaat als je geen tijd opgeeft: morgenochtend, volgende week, een opvolging, een beloofd antwoord, een contactmoment in een traject.</translation>
    </message>
    <message>
        <source>Reminders pop up only while Recruiter Desk runs: in the tray, it keeps reminding you with the window closed.</source>
        <translation>Herinneringen verschijnen alleen terwijl Recruiter Desk draait: in het systeemvak blijft het je herinneren met het venster dicht.</translation>
    </message>
    <message>
        <source>Each of these saves on its own.</source>
        <translation>Elk van deze slaat zelf op.</translation>
    </message>
    <message>
        <source>Stages and risk signals…</source>
        <translation>Fasen en risicosignalen…</translation>
    </message>
    <message>
        <source>The board&apos;s columns, and after how many quiet days a card is at risk.</source>
        <translation>De kolommen van het bord, en na hoeveel stille dagen een kaart risico loopt.</translation>
    </message>
    <message>
        <source>Message templates…</source>
        <translation>Berichtsjablonen…</translation>
    </message>
    <message>
        <source>The texts the contact buttons start from, per channel and language.</source>
        <translation>De teksten waarmee de contactknoppen beginnen, per kanaal en taal.</translation>
    </message>
    <message>
        <source>Journey after signing…</source>
        <translation>Traject na het tekenen…</translation>
    </message>
    <message>
        <source>The touchpoints a placement gets after the signature.</source>
        <translation>De contactmomenten die een plaatsing na het tekenen krijgt.</translation>
    </message>
    <message>
        <source>Everything is in one folder on this computer: no server, no account.</source>
        <translation>Alles staat in één map op deze computer: geen server, geen account.</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest &amp;file kept</source>
        <translation>Grootste &amp;bestand</translation>
    </message>
    <message>
        <source>A CV or contract larger than this is refused, with a message.</source>
        <translation>Een cv of contract dat groter is, wordt geweigerd, met een melding.</translation>
    </message>
    <message>
        <source>Your data is still being opened.</source>
        <translation>Je gegevens worden nog geopend.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Gegevensmap openen</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Logmap</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
    <message>
        <source>To use another folder, start with --data-dir or set RECRUITER_DESK_DATA_DIR.</source>
        <translation>Voor een andere map: start met --data-dir of stel RECRUITER_DESK_DATA_DIR in.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: %1</source>
        <translation>Starten bij inloggen kon niet worden gewijzigd: %1</translation>
    </message>
</context>
<context>
    <name>SignedDialog</name>
    <message>
        <source>Signed: %1</source>
        <translation>Getekend: %1</translation>
    </message>
    <message>
        <source>Congratulations! The dates below plan the after-care. The probation end is a suggestion: check it against the contract.</source>
        <translation>Gefeliciteerd! Met de data hieronder plan je de nazorg. Het einde van de proeftijd is een voorstel: controleer het in het contract.</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Vast</translation>
    </message>
    <message>
        <source>Fixed term</source>
        <translation>Bepaalde tijd</translation>
    </message>
    <message>
        <source>Temporary, no end date</source>
        <translation>Tijdelijk, zonder einddatum</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Contract length</source>
        <translation>Duur van het contract</translation>
    </message>
    <message>
        <source>Worked for this employer before in the same job</source>
        <translation>Werkte eerder bij deze werkgever in dezelfde functie</translation>
    </message>
    <message>
        <source>There is a probation period</source>
        <translation>Er is een proeftijd</translation>
    </message>
    <message>
        <source>Probation ends on</source>
        <translation>Proeftijd eindigt op</translation>
    </message>
    <message>
        <source>no probation</source>
        <translation>geen proeftijd</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Getekend op</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Start op</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Country of work</source>
        <translation>Land van werk</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>Proeftijd</translation>
    </message>
    <message>
        <source>Guarantee until</source>
        <translation>Garantie tot</translation>
    </message>
    <message>
        <source>Move to Signed</source>
        <translation>Naar Getekend</translation>
    </message>
    <message>
        <source>Dutch law: no probation for a contract of 6 months or less.</source>
        <translation>Nederlandse wet: geen proeftijd bij een contract van 6 maanden of korter.</translation>
    </message>
    <message>
        <source>Dutch law: at most 1 month for this contract.</source>
        <translation>Nederlandse wet: maximaal 1 maand voor dit contract.</translation>
    </message>
    <message>
        <source>Dutch law: at most 2 months for a permanent contract or one of 2 years or more.</source>
        <translation>Nederlandse wet: maximaal 2 maanden bij een vast contract of een contract van 2 jaar of langer.</translation>
    </message>
    <message>
        <source>Dutch law: no new probation with the same employer unless the job clearly differs.</source>
        <translation>Nederlandse wet: geen nieuwe proeftijd bij dezelfde werkgever, tenzij de functie duidelijk anders is.</translation>
    </message>
    <message>
        <source>Belgium: no probation clause in contracts since 2014.</source>
        <translation>België: sinds 2014 geen proeftijdbeding in contracten.</translation>
    </message>
    <message>
        <source>No suggestion for this country: fill in what the contract says.</source>
        <translation>Geen voorstel voor dit land: vul in wat er in het contract staat.</translation>
    </message>
</context>
<context>
    <name>SnoozeUntilDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Uitstellen tot</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Uitstellen</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Benaderd</translation>
    </message>
    <message>
        <source>Introduced (CV sent)</source>
        <translation>Voorgesteld (cv verstuurd)</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <source>Signed (pre-boarding)</source>
        <translation>Getekend (pre-boarding)</translation>
    </message>
    <message>
        <source>Started (onboarding)</source>
        <translation>Gestart (onboarding)</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Placed for good</source>
        <translation>Definitief geplaatst</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Teruggetrokken</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>Your data in %1 is locked by another program (a backup or sync tool, or a database browser, may have it open). Nothing was changed. Recruiter Desk tries again every %2 seconds; click here to try now.</source>
        <translation>Je gegevens in %1 zijn vergrendeld door een ander programma (een back-up- of synchronisatieprogramma, of een databaseviewer, heeft ze misschien open). Er is niets veranderd. Recruiter Desk probeert het elke %2 seconden opnieuw; klik hier om het nu te proberen.</translation>
    </message>
    <message>
        <source>The database file in %1 looks damaged, and it was left exactly as it is: do not delete it.</source>
        <translation>Het databasebestand in %1 lijkt beschadigd en is precies gelaten zoals het is: verwijder het niet.</translation>
    </message>
    <message>
        <source>There is no backup of it yet. Keep a copy of the folder and ask for help; details are in the log file.</source>
        <translation>Er is nog geen back-up van. Bewaar een kopie van de map en vraag om hulp; de details staan in het logbestand.</translation>
    </message>
    <message>
        <source>The newest backup is %1, made %2: to go back to it, quit, move the damaged file aside and copy the backup in its place under the name recruiter-desk.sqlite3.</source>
        <translation>De nieuwste back-up is %1, gemaakt op %2: om daarnaar terug te gaan sluit je de app, zet je het beschadigde bestand opzij en kopieer je de back-up op die plek onder de naam recruiter-desk.sqlite3.</translation>
    </message>
    <message>
        <source>It was changed since you opened this window (in another window, or by an undo), and saving would overwrite that. Close this window and open it again to see what is stored now.</source>
        <translation>Het is gewijzigd sinds je dit venster opende (in een ander venster of door ongedaan maken), en opslaan zou dat overschrijven. Sluit dit venster en open het opnieuw om te zien wat er nu is opgeslagen.</translation>
    </message>
    <message>
        <source>It was removed in the meantime (perhaps by an undo).</source>
        <translation>Het is intussen verwijderd (misschien door ongedaan maken).</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>De schijf is vol. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database is busy (another program may be using it). Try again in a moment.</source>
        <translation>De database is bezet (misschien gebruikt een ander programma hem). Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The database file looks damaged. Close the app and restore the latest backup from the backups folder.</source>
        <translation>Het databasebestand lijkt beschadigd. Sluit de app en zet de nieuwste back-up uit de map backups terug.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to. Check its permissions.</source>
        <translation>Er kan niet in de gegevensmap worden geschreven. Controleer de rechten.</translation>
    </message>
    <message>
        <source>The disk could not be read or written. Check that it is still connected and can be written to, then try again.</source>
        <translation>De schijf kon niet worden gelezen of beschreven. Controleer of hij nog aangesloten is en beschreven kan worden, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>An unexpected error happened. Details are in the log file.</source>
        <translation>Er ging onverwacht iets mis. De details staan in het logbestand.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full, so your data is open for reading only: nothing you change can be saved. Free some space, then start Recruiter Desk again.</source>
        <translation>De schijf met %1 is vol, dus je gegevens zijn alleen te lezen: niets wat je wijzigt kan worden opgeslagen. Maak wat ruimte vrij en start Recruiter Desk daarna opnieuw.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written to (it is read-only, or you may not change it), so your data is open for reading only: nothing you change can be saved. Make the folder writable, then start Recruiter Desk again.</source>
        <translation>In de gegevensmap %1 kan niet worden geschreven (ze is alleen-lezen, of je mag ze niet wijzigen), dus je gegevens zijn alleen te lezen: niets wat je wijzigt kan worden opgeslagen. Maak de map beschrijfbaar en start Recruiter Desk daarna opnieuw.</translation>
    </message>
    <message>
        <source>There is no data in %1 yet, and nothing can be written there to begin.</source>
        <translation>Er staan nog geen gegevens in %1, en er kan daar niets worden geschreven om te beginnen.</translation>
    </message>
    <message>
        <source>Your data needs an update to this version of Recruiter Desk, which cannot be written in a folder that cannot be written to. The file was left exactly as it was.</source>
        <translation>Je gegevens moeten worden bijgewerkt naar deze versie van Recruiter Desk, en dat kan niet in een map waarin niet kan worden geschreven. Het bestand is precies gelaten zoals het was.</translation>
    </message>
    <message>
        <source>Your data was written by a newer version of Recruiter Desk (%1; this one knows %2). The file was left exactly as it was.</source>
        <translation>Je gegevens zijn geschreven door een nieuwere versie van Recruiter Desk (%1; deze kent %2). Het bestand is precies gelaten zoals het was.</translation>
    </message>
    <message>
        <source>Your data could not be updated to this version of Recruiter Desk. The file was left exactly as it was.</source>
        <translation>Je gegevens konden niet worden bijgewerkt naar deze versie van Recruiter Desk. Het bestand is precies gelaten zoals het was.</translation>
    </message>
    <message>
        <source>A backup was made first: %1</source>
        <translation>Er is eerst een back-up gemaakt: %1</translation>
    </message>
    <message>
        <source>Details are in the log file.</source>
        <translation>De details staan in het logbestand.</translation>
    </message>
    <message>
        <source>Your data was not updated to this version of Recruiter Desk: the backup it makes first could not be written. The file was left exactly as it was.</source>
        <translation>Je gegevens zijn niet bijgewerkt naar deze versie van Recruiter Desk: de back-up die eerst wordt gemaakt, kon niet worden geschreven. Het bestand is precies gebleven zoals het was.</translation>
    </message>
    <message>
        <source>Your data in %1 could not be opened.</source>
        <translation>Je gegevens in %1 konden niet worden geopend.</translation>
    </message>
    <message>
        <source>The database file %1 is empty (0 bytes): it may be a failed copy or sync. It was kept as %2 and nothing was replaced.</source>
        <translation>Het databasebestand %1 is leeg (0 bytes): misschien is een kopie of synchronisatie mislukt. Het is bewaard als %2 en er is niets vervangen.</translation>
    </message>
    <message>
        <source>The file %1 is not a Recruiter Desk database (it is damaged, or a different file under its name). It was kept, unchanged, as %2.</source>
        <translation>Het bestand %1 is geen Recruiter Desk-database (het is beschadigd, of het is een ander bestand onder die naam). Het is ongewijzigd bewaard als %2.</translation>
    </message>
    <message>
        <source>The file %1 belongs to another program: it is not a Recruiter Desk database. It was left untouched. Move it elsewhere, or choose another data folder.</source>
        <translation>Het bestand %1 hoort bij een ander programma: het is geen Recruiter Desk-database. Het is niet aangeraakt. Zet het ergens anders neer, of kies een andere gegevensmap.</translation>
    </message>
    <message>
        <source>Your data in %1 was written by a newer version of Recruiter Desk (schema %2); this is version %3 (schema %4). Nothing was changed: update the app to open it.</source>
        <translation>Je gegevens in %1 zijn geschreven door een nieuwere versie van Recruiter Desk (schema %2); dit is versie %3 (schema %4). Er is niets veranderd: werk de app bij om ze te openen.</translation>
    </message>
    <message>
        <source>Your data could not be opened.</source>
        <translation>Je gegevens konden niet worden geopend.</translation>
    </message>
    <message>
        <source>Restore a backup from the backups folder, or start again to begin with an empty desk.</source>
        <translation>Zet een back-up uit de map backups terug, of start opnieuw om met een lege desk te beginnen.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Follow up: %1</source>
        <translation>Opvolgen: %1</translation>
    </message>
    <message>
        <source>log contact with %1</source>
        <translation>contact met %1 loggen</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>“%1” bewerken</translation>
    </message>
    <message>
        <source>delete “%1”</source>
        <translation>“%1” verwijderen</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Afgerond: %1</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Toestemming vastgelegd</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Contact loggen…</translation>
    </message>
    <message>
        <source>Log a call, message or meeting (Ctrl+L)</source>
        <translation>Een gesprek, bericht of afspraak loggen (Ctrl+L)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>System events</source>
        <translation>Systeemgebeurtenissen</translation>
    </message>
    <message>
        <source>Search in the timeline</source>
        <translation>Zoeken in de tijdlijn</translation>
    </message>
    <message>
        <source>No contact logged yet. Press Ctrl+L to log the first.</source>
        <translation>Nog geen contact gelogd. Druk op Ctrl+L om het eerste te loggen.</translation>
    </message>
</context>
<context>
    <name>TodayController</name>
    <message>
        <source>15 minutes</source>
        <translation>15 minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Morgen 9:00</translation>
    </message>
    <message>
        <source>Pick a moment…</source>
        <translation>Kies een moment…</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Te laat (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Vandaag (%1)</translation>
    </message>
    <message>
        <source>Next 7 days (%1)</source>
        <translation>Komende 7 dagen (%1)</translation>
    </message>
    <message>
        <source>Clients going cold (%1)</source>
        <translation>Klanten die afkoelen (%1)</translation>
    </message>
    <message>
        <source>Quiet in pre-boarding (%1)</source>
        <translation>Stil in de pre-boarding (%1)</translation>
    </message>
    <message>
        <source>Placed, not heard from in months (%1)</source>
        <translation>Geplaatst, al maanden niets gehoord (%1)</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>afgerond: %1</translation>
    </message>
    <message>
        <source>snooze: %1</source>
        <translation>uitstellen: %1</translation>
    </message>
    <message>
        <source>delete reminder: %1</source>
        <translation>herinnering verwijderen: %1</translation>
    </message>
    <message>
        <source>This reminder was changed since you opened it (done, snoozed or edited), so nothing was saved. Close this window and open it again.</source>
        <translation>Deze herinnering is gewijzigd sinds je hem opende (afgerond, uitgesteld of bewerkt), dus er is niets opgeslagen. Sluit dit venster en open hem opnieuw.</translation>
    </message>
    <message>
        <source>edit reminder: %1</source>
        <translation>herinnering bewerken: %1</translation>
    </message>
    <message>
        <source>new reminder: %1</source>
        <translation>nieuwe herinnering: %1</translation>
    </message>
</context>
<context>
    <name>TodayDelegate</name>
    <message>
        <source>ddd d MMM HH:mm</source>
        <translation>ddd d MMM HH:mm</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Belofte</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Uitgesteld</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>%n dag geen contact</numerusform>
            <numerusform>%n dagen geen contact</numerusform>
        </translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Koud</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Koelt af</translation>
    </message>
    <message numerus="yes">
        <source>no contact for %n day(s)</source>
        <translation>
            <numerusform>%n dag geen contact</numerusform>
            <numerusform>%n dagen geen contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>New reminder…</source>
        <translation>Nieuwe herinnering…</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>Open their preferred channel (Enter)</source>
        <translation>Hun voorkeurskanaal openen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Log…</source>
        <translation>&amp;Loggen…</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Uitstellen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Afgerond</translation>
    </message>
    <message>
        <source>Mark as done (D); Undo brings it back</source>
        <translation>Als afgerond markeren (D); Ongedaan maken zet het terug</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Things to do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Je gegevens worden geopend…</translation>
    </message>
    <message>
        <source>Nothing to do today</source>
        <translation>Vandaag niets te doen</translation>
    </message>
    <message>
        <source>No reminders are due and no relationship is going cold. A good moment to plan the next touchpoint: select someone and press Ctrl+R.</source>
        <translation>Er zijn geen herinneringen en geen relatie koelt af. Een goed moment om het volgende contactmoment te plannen: kies iemand en druk op Ctrl+R.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Open Recruiter Desk</source>
        <translation>Recruiter Desk openen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Quick log…</source>
        <translation>Snel loggen…</translation>
    </message>
    <message>
        <source>Pause notifications for 1 hour</source>
        <translation>Meldingen 1 uur pauzeren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due later today</source>
        <translation>
            <numerusform>%n later vandaag</numerusform>
            <numerusform>%n later vandaag</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Niets gepland vandaag</translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Meldingen gepauzeerd tot %1</translation>
    </message>
</context>
<context>
    <name>VacanciesController</name>
    <message>
        <source>Close vacancy</source>
        <translation>Vacature sluiten</translation>
    </message>
    <message>
        <source>Close %1 at %2?</source>
        <translation>%1 bij %2 sluiten?</translation>
    </message>
    <message>
        <source>Filled: you placed a candidate. Closed without hire: the client stopped or hired someone else.</source>
        <translation>Vervuld: je hebt een kandidaat geplaatst. Gesloten zonder plaatsing: de klant is gestopt of heeft iemand anders aangenomen.</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Vervuld</translation>
    </message>
    <message>
        <source>Closed without hire</source>
        <translation>Gesloten zonder plaatsing</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) of this vacancy are still open on the board. They stay there until you move them: to Placed for good, Rejected (with feedback) or Withdrawn.</source>
        <translation>
            <numerusform>%n kandidaat van deze vacature staat nog open op het bord. Die blijft daar tot je hem verplaatst: naar Definitief geplaatst, Afgewezen (met feedback) of Teruggetrokken.</numerusform>
            <numerusform>%n kandidaten van deze vacature staan nog open op het bord. Ze blijven daar tot je ze verplaatst: naar Definitief geplaatst, Afgewezen (met feedback) of Teruggetrokken.</numerusform>
        </translation>
    </message>
    <message>
        <source>close %1</source>
        <translation>%1 sluiten</translation>
    </message>
</context>
<context>
    <name>VacanciesPage</name>
    <message>
        <source>Vacancies</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <source>Search by title, company or place</source>
        <translation>Zoek op titel, bedrijf of plaats</translation>
    </message>
    <message>
        <source>Add vacancy…</source>
        <translation>Vacature toevoegen…</translation>
    </message>
    <message>
        <source>No vacancies yet</source>
        <translation>Nog geen vacatures</translation>
    </message>
    <message>
        <source>The assignments your clients give you go here, with the fee terms and the candidates in each. A vacancy belongs to a company: add that first.</source>
        <translation>Hier komen de opdrachten die je van je klanten krijgt, met de fee-afspraken en de kandidaten per vacature. Een vacature hoort bij een bedrijf: voeg dat eerst toe.</translation>
    </message>
    <message>
        <source>Add the first vacancy</source>
        <translation>Eerste vacature toevoegen</translation>
    </message>
    <message>
        <source>Select a vacancy to see its details.</source>
        <translation>Selecteer een vacature om de details te zien.</translation>
    </message>
    <message>
        <source>Close vacancy…</source>
        <translation>Vacature sluiten…</translation>
    </message>
    <message>
        <source>Close the selected vacancy as filled or without a hire (%1); Undo reopens it</source>
        <translation>De geselecteerde vacature sluiten als vervuld of zonder plaatsing (%1); met Ongedaan maken gaat ze weer open</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open candidates</source>
        <translation>Open kandidaten</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
</context>
<context>
    <name>VacancyDetail</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Fee terms</source>
        <translation>Fee-afspraken</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Garantie</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source> (still open on the board)</source>
        <translation> (staat nog open op het bord)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>VacancyDialog</name>
    <message>
        <source>Edit vacancy</source>
        <translation>Vacature bewerken</translation>
    </message>
    <message>
        <source>New vacancy</source>
        <translation>Nieuwe vacature</translation>
    </message>
    <message>
        <source>Type part of the name, then choose</source>
        <translation>Typ een deel van de naam en kies</translation>
    </message>
    <message>
        <source>e.g. 20% of the gross annual salary, invoiced at signing</source>
        <translation>bijv. 20% van het bruto jaarsalaris, gefactureerd bij tekenen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titel *</translation>
    </message>
    <message>
        <source>&amp;Company *</source>
        <translation>&amp;Bedrijf *</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Opened on</source>
        <translation>&amp;Geopend op</translation>
    </message>
    <message>
        <source>&amp;Fee terms</source>
        <translation>&amp;Fee-afspraken</translation>
    </message>
    <message>
        <source>Fee &amp;percentage</source>
        <translation>Fee-&amp;percentage</translation>
    </message>
    <message>
        <source>&amp;Guarantee</source>
        <translation>Ga&amp;rantie</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passief</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Geplaatst</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Niet benaderen</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Former client</source>
        <translation>Oud-klant</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Vervuld</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videogesprek</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Hiring manager</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Duitsland</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Verenigd Koninkrijk</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ierland</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanje</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italië</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Zwitserland</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Oostenrijk</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Denemarken</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Zweden</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Verenigde Staten</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>“%1” is not an email address (expected something like name@company.nl).</source>
        <translation>“%1” is geen e-mailadres (verwacht iets als naam@bedrijf.nl).</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a phone number. Start with + and the country code.</source>
        <translation>“%1” is niet te lezen als telefoonnummer. Begin met + en de landcode.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number for %2. Choose the country or start with +.</source>
        <translation>“%1” is geen geldig telefoonnummer voor %2. Kies het land of begin met +.</translation>
    </message>
    <message>
        <source>“%1” is not a LinkedIn profile address (https://www.linkedin.com/in/…).</source>
        <translation>“%1” is geen adres van een LinkedIn-profiel (https://www.linkedin.com/in/…).</translation>
    </message>
    <message>
        <source>The maximum must be at least the ideal interval.</source>
        <translation>Het maximum moet minstens even lang zijn als het ideale interval.</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100.</source>
        <translation>Vul een percentage van 0 tot 100 in.</translation>
    </message>
    <message>
        <source>This text has %1 characters; at most %2 fit here. Keep a long document as a file, and its gist here.</source>
        <translation>Deze tekst heeft %1 tekens; hier passen er hoogstens %2. Bewaar een lang document als bestand, en de kern ervan hier.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>The sample data could not be started (%1 did not run).</source>
        <translation>De voorbeeldgegevens konden niet worden gestart (%1 startte niet).</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Recruiter Desk</source>
        <translation>Welkom bij Recruiter Desk</translation>
    </message>
    <message>
        <source>Your placements on one board that goes on past the signature, every contact with your candidates and clients on their timeline, and reminders at the right moment, through the channel each person prefers.</source>
        <translation>Je plaatsingen op één bord dat doorloopt na de handtekening, elk contact met je kandidaten en klanten op hun tijdlijn, en herinneringen op het juiste moment, via het kanaal dat ieder het liefst heeft.</translation>
    </message>
    <message>
        <source>How would you like to begin?</source>
        <translation>Hoe wil je beginnen?</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Contacten importeren…</translation>
    </message>
    <message>
        <source>From a LinkedIn export, your phone&apos;s address book or a spreadsheet.</source>
        <translation>Uit een LinkedIn-export, het adresboek van je telefoon of een spreadsheet.</translation>
    </message>
    <message>
        <source>Add a first placement…</source>
        <translation>Eerste plaatsing toevoegen…</translation>
    </message>
    <message>
        <source>A candidate for a vacancy, on the board.</source>
        <translation>Een kandidaat voor een vacature, op het bord.</translation>
    </message>
    <message>
        <source>Look at the sample data</source>
        <translation>Voorbeeldgegevens bekijken</translation>
    </message>
    <message>
        <source>Opens a second window with made-up people and placements; your own data stays empty and is not touched.</source>
        <translation>Opent een tweede venster met verzonnen mensen en plaatsingen; je eigen gegevens blijven leeg en onaangeroerd.</translation>
    </message>
    <message>
        <source>Everything stays in one file on this computer, in %1. No account, no server, no network.</source>
        <translation>Alles blijft in één bestand op deze computer, in %1. Geen account, geen server, geen netwerk.</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Gegevensmap openen</translation>
    </message>
    <message>
        <source>Start with an empty desk</source>
        <translation>Met een leeg bureau beginnen</translation>
    </message>
</context>
<context>
    <name>_NoticeRow</name>
    <message>
        <source>Close this notice</source>
        <translation>Deze melding sluiten</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>Klik om te openen</translation>
    </message>
</context>
<context>
    <name>_UndoRedoActions</name>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Opnieuw: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Recruiter Desk is already running; its window was brought to the front.</source>
        <translation>Recruiter Desk draait al; het venster is naar voren gehaald.</translation>
    </message>
    <message>
        <source>Another Recruiter Desk is using %1; not starting a second one.</source>
        <translation>Een andere Recruiter Desk gebruikt %1 al; er wordt geen tweede gestart.</translation>
    </message>
    <message>
        <source>%1 — sample data</source>
        <translation>%1 — voorbeeldgegevens</translation>
    </message>
    <message>
        <source>Recruiter Desk cannot make its data folder %1: %2.</source>
        <translation>Recruiter Desk kan zijn gegevensmap %1 niet maken: %2.</translation>
    </message>
</context>
</TS>
