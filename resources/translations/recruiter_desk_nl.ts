<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
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
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
        <source>The placement board</source>
        <translation>Het plaatsingsbord</translation>
    </message>
    <message>
        <source>Your placements from first contact to years after the start date, as cards you move from stage to stage. It is being built; nothing you enter elsewhere is lost in the meantime.</source>
        <translation>Je plaatsingen van het eerste contact tot jaren na de startdatum, als kaarten die je van fase naar fase schuift. Hier wordt nog aan gebouwd; wat je elders invoert, blijft intussen gewoon bewaard.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>What to do today: overdue and due reminders, promises to keep and relationships going cold. It is being built.</source>
        <translation>Wat je vandaag te doen hebt: verlopen en openstaande herinneringen, beloftes die je moet nakomen en relaties die afkoelen. Hier wordt nog aan gebouwd.</translation>
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
        <source>Assignments per client, with fee terms and the candidates in them. It is being built.</source>
        <translation>Opdrachten per klant, met de feeafspraken en de kandidaten die erin lopen. Hier wordt nog aan gebouwd.</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw:</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
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
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
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
        <source>About Recruiter Desk</source>
        <translation>Over Recruiter Desk</translation>
    </message>
    <message>
        <source>A private desk for independent recruiters. Everything stays in one file on this computer: no server, no account, no network.</source>
        <translation>Een eigen werkplek voor zelfstandige recruiters. Alles blijft in één bestand op deze computer: geen server, geen account, geen netwerk.</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>De nieuwe taal gaat in bij de volgende start.</translation>
    </message>
</context>
<context>
    <name>PeopleController</name>
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
        <source> (former)</source>
        <translation> (voormalig)</translation>
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
        <source>Country of the phone number</source>
        <translation>Land van het telefoonnummer</translation>
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
</context>
<context>
    <name>StoreErrors</name>
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
        <source>An unexpected error happened. Details are in the log file.</source>
        <translation>Er ging onverwacht iets mis. De details staan in het logbestand.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Er is niets opgeslagen.</translation>
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
        <source>Your data in %1 could not be opened.</source>
        <translation>Je gegevens in %1 konden niet worden geopend.</translation>
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
</context>
</TS>
