"""The built-in message templates' words: each moment of a placement in English and Dutch,
as an email, a short message (WhatsApp, SMS) and a LinkedIn message.

Data in the recipient's language, not user-interface strings: they never go through Qt's
translation. The rules (placeholders, checking, rendering, which text a channel gets) are in
``message_templates``.
"""

from __future__ import annotations

from dataclasses import dataclass

from recruiter_desk.domain.vocabulary import TemplateKey


@dataclass(frozen=True, slots=True)
class DefaultTexts:
    """One moment in one language: an email (subject and body), a short message for
    WhatsApp and SMS (no emoji, so an SMS stays one cheap GSM part where it can), and a
    LinkedIn message."""

    subject: str
    email: str
    short: str
    linkedin: str


DEFAULT_TEXTS: dict[tuple[TemplateKey, str], DefaultTexts] = {
    (TemplateKey.WELCOME_AFTER_SIGNING, "en"): DefaultTexts(
        subject="Welcome to {company}, {first_name}!",
        email=(
            "Hi {first_name},\n\n"
            "Congratulations on signing with {company}! I'm really pleased for you, and they "
            "are just as pleased to have you as their new {vacancy}.\n\n"
            "Between now and your first day on {start_date} I'll stay in touch. If anything "
            "comes up (a question about your contract, your notice period, or simply a "
            "doubt), call or message me any time. That's what I'm here for.\n\n"
            "Enjoy this moment!\n\n"
            "{your_name}"
        ),
        short=(
            "Hi {first_name}, congratulations on signing with {company}! Really pleased for "
            "you. I'll stay in touch until your first day on {start_date}; any question, just "
            "send me a message. {your_name}"
        ),
        linkedin=(
            "Hi {first_name}, congratulations again on your new role as {vacancy} at "
            "{company}! Until your first day on {start_date} I'm only a message away. "
            "{your_name}"
        ),
    ),
    (TemplateKey.WELCOME_AFTER_SIGNING, "nl"): DefaultTexts(
        subject="Welkom bij {company}, {first_name}!",
        email=(
            "Hoi {first_name},\n\n"
            "Gefeliciteerd met je handtekening bij {company}! Ik ben echt blij voor je, en "
            "zij zijn net zo blij met hun nieuwe {vacancy}.\n\n"
            "Tot je eerste werkdag op {start_date} blijf ik in de buurt. Loop je ergens "
            "tegenaan (een vraag over je contract, je opzegtermijn of gewoon een twijfel), "
            "bel of app me gerust. Daar ben ik voor.\n\n"
            "Geniet ervan!\n\n"
            "{your_name}"
        ),
        short=(
            "Hoi {first_name}, gefeliciteerd met je handtekening bij {company}! Echt blij "
            "voor je. Tot je eerste werkdag op {start_date} blijf ik in de buurt: met vragen "
            "kun je me altijd een berichtje sturen. {your_name}"
        ),
        linkedin=(
            "Hoi {first_name}, nogmaals gefeliciteerd met je nieuwe functie als {vacancy} bij "
            "{company}! Tot je eerste werkdag op {start_date} ben ik maar een berichtje van je "
            "verwijderd. {your_name}"
        ),
    ),
    (TemplateKey.PRE_START_CHECK_IN, "en"): DefaultTexts(
        subject="Almost there, {first_name}",
        email=(
            "Hi {first_name},\n\n"
            "Your start at {company} on {start_date} is getting close. How are you feeling "
            "about it?\n\n"
            "Has everything reached you: contract, first-day details, laptop? And how is the "
            "goodbye at your current employer going? If anything is unclear or nagging at "
            "you, tell me. I'd much rather hear it now than on your first day.\n\n"
            "Talk soon,\n"
            "{your_name}"
        ),
        short=(
            "Hi {first_name}, your start at {company} on {start_date} is getting close! How "
            "are you feeling? Do you have everything you need for day one? {your_name}"
        ),
        linkedin=(
            "Hi {first_name}, just checking in before your start at {company} on "
            "{start_date}. How are you feeling about it? If anything is unclear, let me "
            "know. {your_name}"
        ),
    ),
    (TemplateKey.PRE_START_CHECK_IN, "nl"): DefaultTexts(
        subject="Bijna zover, {first_name}",
        email=(
            "Hoi {first_name},\n\n"
            "Je start bij {company} op {start_date} komt dichterbij. Hoe kijk je ertegenaan?\n\n"
            "Heb je alles ontvangen: je contract, informatie over je eerste dag, je laptop? En "
            "hoe gaat het afscheid bij je huidige werkgever? Is er iets onduidelijk of zit je "
            "ergens mee, laat het me weten. Ik hoor het liever nu dan op je eerste "
            "werkdag.\n\n"
            "Spreek je snel,\n"
            "{your_name}"
        ),
        short=(
            "Hoi {first_name}, je start bij {company} op {start_date} komt dichterbij! Hoe "
            "voel je je erbij? Heb je alles wat je nodig hebt voor je eerste dag? {your_name}"
        ),
        linkedin=(
            "Hoi {first_name}, even een berichtje voor je start bij {company} op "
            "{start_date}. Hoe kijk je ertegenaan? Is er iets onduidelijk, laat het me gerust "
            "weten. {your_name}"
        ),
    ),
    (TemplateKey.HIRING_MANAGER_INTRODUCTION, "en"): DefaultTexts(
        subject="Meet your new manager at {company}",
        email=(
            "Hi {first_name},\n\n"
            "Your new manager at {company} would like to get to know you before you start on "
            "{start_date}: a short call or a coffee, no agenda.\n\n"
            "Is it all right if I pass on your number? Tell me which days suit you and I'll "
            "arrange it.\n\n"
            "{your_name}"
        ),
        short=(
            "Hi {first_name}, your new manager at {company} would like to meet you before "
            "{start_date}: a short call or a coffee. Is it OK if I pass on your number? "
            "{your_name}"
        ),
        linkedin=(
            "Hi {first_name}, your new manager at {company} would like to get to know you "
            "before you start on {start_date}. Is it all right if I pass on your number? "
            "{your_name}"
        ),
    ),
    (TemplateKey.HIRING_MANAGER_INTRODUCTION, "nl"): DefaultTexts(
        subject="Kennismaken met je nieuwe leidinggevende bij {company}",
        email=(
            "Hoi {first_name},\n\n"
            "Je nieuwe leidinggevende bij {company} wil je graag al leren kennen voordat je "
            "op {start_date} begint: een kort telefoontje of een kop koffie, zonder "
            "agenda.\n\n"
            "Vind je het goed dat ik je nummer doorgeef? Laat me weten welke dagen je goed "
            "uitkomen, dan regel ik het.\n\n"
            "{your_name}"
        ),
        short=(
            "Hoi {first_name}, je nieuwe leidinggevende bij {company} wil je graag al leren "
            "kennen voor {start_date}: even bellen of koffie drinken. Mag ik je nummer "
            "doorgeven? {your_name}"
        ),
        linkedin=(
            "Hoi {first_name}, je nieuwe leidinggevende bij {company} wil je graag leren "
            "kennen voordat je op {start_date} begint. Vind je het goed dat ik je nummer "
            "doorgeef? {your_name}"
        ),
    ),
    (TemplateKey.GOOD_LUCK_DAY_ONE, "en"): DefaultTexts(
        subject="Good luck today, {first_name}!",
        email=(
            "Hi {first_name},\n\n"
            "Today's the day: your first day at {company}. Good luck, and above all, enjoy "
            "it!\n\n"
            "Nobody expects you to know everything straight away. I'll be in touch at the end "
            "of the week to hear how it's going.\n\n"
            "{your_name}"
        ),
        short=(
            "Good luck today, {first_name}! Enjoy your first day at {company}. I'll be in "
            "touch at the end of the week to hear how it went. {your_name}"
        ),
        linkedin=(
            "Good luck on your first day at {company}, {first_name}! Enjoy it. I'll be in "
            "touch at the end of the week. {your_name}"
        ),
    ),
    (TemplateKey.GOOD_LUCK_DAY_ONE, "nl"): DefaultTexts(
        subject="Succes vandaag, {first_name}!",
        email=(
            "Hoi {first_name},\n\n"
            "Vandaag is het zover: je eerste werkdag bij {company}. Heel veel succes, en "
            "vooral: geniet ervan!\n\n"
            "Niemand verwacht dat je meteen alles weet. Aan het eind van de week neem ik "
            "contact op om te horen hoe het gaat.\n\n"
            "{your_name}"
        ),
        short=(
            "Succes vandaag, {first_name}! Geniet van je eerste dag bij {company}. Aan het "
            "eind van de week hoor je van me. {your_name}"
        ),
        linkedin=(
            "Heel veel succes op je eerste dag bij {company}, {first_name}! Geniet ervan. Aan "
            "het eind van de week hoor je van me. {your_name}"
        ),
    ),
    (TemplateKey.FIRST_WEEK_CHECK, "en"): DefaultTexts(
        subject="How was your first week, {first_name}?",
        email=(
            "Hi {first_name},\n\n"
            "Your first week at {company} is behind you. How was it? I'm curious what stood "
            "out, the good and the not so good.\n\n"
            "Did you get what you needed to get going: access, people to ask, a clear first "
            "task? If something isn't the way we discussed, tell me and we'll find a solution "
            "together.\n\n"
            "{your_name}"
        ),
        short=(
            "Hi {first_name}, your first week at {company} is done! How was it? Anything that "
            "stood out, good or not so good? Happy to call if that's easier. {your_name}"
        ),
        linkedin=(
            "Hi {first_name}, how was your first week at {company}? I'd love to hear what "
            "stood out. {your_name}"
        ),
    ),
    (TemplateKey.FIRST_WEEK_CHECK, "nl"): DefaultTexts(
        subject="Hoe was je eerste week, {first_name}?",
        email=(
            "Hoi {first_name},\n\n"
            "Je eerste week bij {company} zit erop. Hoe was het? Ik ben benieuwd wat je is "
            "opgevallen, positief en minder positief.\n\n"
            "Had je wat je nodig had om te beginnen: toegang tot de systemen, collega's bij "
            "wie je terechtkunt, een duidelijke eerste opdracht? Is iets anders dan we hadden "
            "besproken, zeg het gerust, dan zoeken we samen een oplossing.\n\n"
            "{your_name}"
        ),
        short=(
            "Hoi {first_name}, je eerste week bij {company} zit erop! Hoe was het? Viel je "
            "iets op, positief of minder positief? Bellen kan ook. {your_name}"
        ),
        linkedin=(
            "Hoi {first_name}, hoe was je eerste week bij {company}? Ik hoor graag wat je is "
            "opgevallen. {your_name}"
        ),
    ),
    (TemplateKey.PROBATION_CHECK, "en"): DefaultTexts(
        subject="How are things at {company}?",
        email=(
            "Hi {first_name},\n\n"
            "Your probation period at {company} is nearly over, a good moment to take stock. "
            "How do you feel about the job, the team and the way you work together?\n\n"
            "Shall we catch up for fifteen minutes this week? Anything you'd rather not say "
            "to your manager stays between us.\n\n"
            "{your_name}"
        ),
        short=(
            "Hi {first_name}, your probation at {company} is nearly over. How are things "
            "going? Shall we catch up for fifteen minutes this week? {your_name}"
        ),
        linkedin=(
            "Hi {first_name}, your probation at {company} is nearly over. How is it going? "
            "Happy to catch up this week. {your_name}"
        ),
    ),
    (TemplateKey.PROBATION_CHECK, "nl"): DefaultTexts(
        subject="Hoe bevalt het bij {company}?",
        email=(
            "Hoi {first_name},\n\n"
            "Je proeftijd bij {company} loopt bijna af, een mooi moment om even stil te "
            "staan. Hoe bevalt de functie, het team en de samenwerking?\n\n"
            "Zullen we deze week een kwartiertje bellen? Wat je liever niet tegen je "
            "leidinggevende zegt, blijft tussen ons.\n\n"
            "{your_name}"
        ),
        short=(
            "Hoi {first_name}, je proeftijd bij {company} loopt bijna af. Hoe bevalt het? "
            "Zullen we deze week een kwartiertje bellen? {your_name}"
        ),
        linkedin=(
            "Hoi {first_name}, je proeftijd bij {company} loopt bijna af. Hoe bevalt het? Ik "
            "bel je graag even deze week. {your_name}"
        ),
    ),
    (TemplateKey.ANNIVERSARY_GROWTH, "en"): DefaultTexts(
        subject="A year at {company}: congratulations, {first_name}!",
        email=(
            "Hi {first_name},\n\n"
            "It's a year since you started at {company} as {vacancy}. Congratulations!\n\n"
            "I'm curious how you look back on it, and above all where you want to go next. "
            "What would you like to learn, deepen or take on in the coming year? I'm happy "
            "to think along with you.\n\n"
            "Coffee soon?\n\n"
            "{your_name}"
        ),
        short=(
            "Hi {first_name}, a year at {company} already, congratulations! How do you look "
            "back on it, and what's next for you? Coffee soon? {your_name}"
        ),
        linkedin=(
            "Congratulations on your first year at {company}, {first_name}! I'd love to hear "
            "where you want to grow next. Coffee soon? {your_name}"
        ),
    ),
    (TemplateKey.ANNIVERSARY_GROWTH, "nl"): DefaultTexts(
        subject="Een jaar bij {company}: gefeliciteerd, {first_name}!",
        email=(
            "Hoi {first_name},\n\n"
            "Alweer een jaar geleden dat je bij {company} begon als {vacancy}. "
            "Gefeliciteerd!\n\n"
            "Ik ben benieuwd hoe je erop terugkijkt, en vooral waar je naartoe wilt. Wat wil "
            "je het komende jaar leren, verdiepen of oppakken? Ik denk graag met je mee.\n\n"
            "Zin in een kop koffie binnenkort?\n\n"
            "{your_name}"
        ),
        short=(
            "Hoi {first_name}, alweer een jaar bij {company}, gefeliciteerd! Hoe kijk je erop "
            "terug, en wat is je volgende stap? Binnenkort koffie? {your_name}"
        ),
        linkedin=(
            "Gefeliciteerd met je eerste jaar bij {company}, {first_name}! Ik ben benieuwd "
            "waar je naartoe wilt groeien. Binnenkort een kop koffie? {your_name}"
        ),
    ),
    (TemplateKey.REPLY_PROMISE, "en"): DefaultTexts(
        subject="Where things stand: {vacancy} at {company}",
        email=(
            "Hi {first_name},\n\n"
            "Thank you for your patience. {company} hasn't made a decision about the "
            "{vacancy} role yet, and I don't want to leave you guessing.\n\n"
            "You'll hear from me by {reply_date} at the latest, even if there's no news by "
            "then.\n\n"
            "{your_name}"
        ),
        short=(
            "Hi {first_name}, no decision from {company} yet about {vacancy}. You'll hear from "
            "me by {reply_date} at the latest, even if there's no news. {your_name}"
        ),
        linkedin=(
            "Hi {first_name}, {company} hasn't decided about {vacancy} yet. You'll hear from "
            "me by {reply_date} at the latest. {your_name}"
        ),
    ),
    (TemplateKey.REPLY_PROMISE, "nl"): DefaultTexts(
        subject="Stand van zaken: {vacancy} bij {company}",
        email=(
            "Hoi {first_name},\n\n"
            "Dank je voor je geduld. {company} heeft nog geen besluit genomen over de functie "
            "{vacancy}, en ik wil je niet in het ongewisse laten.\n\n"
            "Je hoort uiterlijk {reply_date} van me, ook als er dan nog geen nieuws is.\n\n"
            "{your_name}"
        ),
        short=(
            "Hoi {first_name}, nog geen besluit van {company} over {vacancy}. Je hoort "
            "uiterlijk {reply_date} van me, ook als er dan nog geen nieuws is. {your_name}"
        ),
        linkedin=(
            "Hoi {first_name}, {company} heeft nog geen besluit genomen over {vacancy}. Je "
            "hoort uiterlijk {reply_date} van me. {your_name}"
        ),
    ),
    (TemplateKey.DECENT_REJECTION, "en"): DefaultTexts(
        subject="Your application for {vacancy} at {company}",
        email=(
            "Hi {first_name},\n\n"
            "I'd rather tell you myself: {company} has decided not to continue with you for "
            "the {vacancy} role. I know that's disappointing, especially after the time and "
            "energy you put into it.\n\n"
            "Their feedback: {feedback}\n\n"
            "I'm happy to talk it through on the phone if that helps. This says nothing about "
            "what you're worth: I enjoyed getting to know you, and I'd like to keep you in "
            "mind for a role that suits you better. May I call you when one comes along?\n\n"
            "{your_name}"
        ),
        short=(
            "Hi {first_name}, unfortunately {company} won't continue with you for {vacancy}. "
            "Their feedback: {feedback} Happy to talk it through, and I'll keep you in mind "
            "for a role that suits you better. {your_name}"
        ),
        linkedin=(
            "Hi {first_name}, unfortunately {company} won't continue with you for {vacancy}. "
            "Their feedback: {feedback} I'd like to keep you in mind for a role that suits "
            "you better. {your_name}"
        ),
    ),
    (TemplateKey.DECENT_REJECTION, "nl"): DefaultTexts(
        subject="Je sollicitatie voor {vacancy} bij {company}",
        email=(
            "Hoi {first_name},\n\n"
            "Ik vertel het je liever zelf: {company} gaat niet met je verder voor de functie "
            "{vacancy}. Ik weet dat dat teleurstellend is, zeker na de tijd en energie die je "
            "erin hebt gestoken.\n\n"
            "Hun feedback: {feedback}\n\n"
            "Als je wilt, bel ik je om het toe te lichten. Dit zegt niets over wat je waard "
            "bent: ik heb je met plezier leren kennen en houd je graag in gedachten voor een "
            "functie die beter bij je past. Mag ik je bellen als die voorbijkomt?\n\n"
            "{your_name}"
        ),
        short=(
            "Hoi {first_name}, helaas gaat {company} niet met je verder voor {vacancy}. Hun "
            "feedback: {feedback} Ik licht het graag toe, en ik houd je in gedachten voor een "
            "functie die beter bij je past. {your_name}"
        ),
        linkedin=(
            "Hoi {first_name}, helaas gaat {company} niet met je verder voor {vacancy}. Hun "
            "feedback: {feedback} Ik houd je graag in gedachten voor een functie die beter "
            "bij je past. {your_name}"
        ),
    ),
}
