"""Every user-facing Dutch text of woonzorg-bot, in one catalogue.

Slack replies, terminal output, import errors, reminders and report headings all take their
words from here, so the Dutch can be read, reviewed and translated in one file. Templates use
``str.format`` fields. Sections are kept apart so that work on one surface does not touch
another's lines.
"""

from __future__ import annotations

# --- Vocabulary -----------------------------------------------------------------------------

STATUS_LABELS = {
    "not_started": "nog niet gestart",
    "on_track": "op schema",
    "attention": "aandacht nodig",
    "delayed": "vertraagd",
    "done": "gereed",
    "cancelled": "vervallen",
}
PLANNING_LABELS = {"preparation": "voorbereiding", "realisation": "realisatie"}
HALF_LABEL = {1: "1e helft {year}", 2: "2e helft {year}"}

# --- Parsing errors (half-years, statuses, targets, dates) ----------------------------------

BAD_HALF_YEAR = (
    "'{text}' is geen halfjaar of datum. Schrijf bijvoorbeeld 2026-H1, 1e helft 2026, "
    "najaar 2026 of 31-12-2026."
)
BAD_STATUS = "'{text}' is geen status. Kies uit: {valid}."
BAD_DATE = "'{text}' is geen datum. Schrijf bijvoorbeeld 15-05-2026 of 15 mei 2026."
BAD_NUMBER = "'{text}' is geen getal."
BAD_PLANNING = (
    "'{text}' is geen planning. Schrijf bijvoorbeeld: 2026-H1 voorbereiding; "
    "2026-H2 t/m 2027-H2 realisatie."
)
BAD_PLANNING_CELL = "'{text}' is geen planning. Gebruik V (voorbereiding) of R (realisatie)."
BAD_OWNER = (
    "'{text}' is geen regiehouder. Schrijf 'Naam <e-mail>', een e-mailadres of een Slack-id (U…)."
)
TEXT_TOO_LONG = "De tekst is {length} tekens; het maximum is {limit}."

# --- Lookups and storage --------------------------------------------------------------------

NO_PROGRAMME = (
    "Er is nog geen uitvoeringsprogramma geladen. Importeer er een met 'woonzorg import BESTAND'."
)
ACTION_NOT_FOUND = "Actie {code} bestaat niet."
ACTION_SUGGESTION = " Bedoelde je {suggestion}?"
DATABASE_UNAVAILABLE = (
    "De database is even niet bereikbaar of bezet. Er is niets verloren gegaan; "
    "probeer het zo nog eens."
)

# --- Import and export ----------------------------------------------------------------------

# (filled in by the import/export work)

# --- Slack and terminal: commands, views, modals, App Home ----------------------------------

BOT_GENERIC_ERROR = (
    "Er ging iets mis aan mijn kant. Er is niets half opgeslagen; probeer het zo nog eens. "
    "Blijft het misgaan, laat het de coördinator weten."
)
UNKNOWN_SUBCOMMAND = "'{word}' ken ik niet."
UNKNOWN_MODAL = "Dit formulier ken ik niet (meer). Open het opnieuw via /woonzorg."
USAGE = "Zo gebruik je dit: `{usage}`"
ONLY_COORDINATORS = (
    "Sorry, '{command}' is alleen voor coördinatoren van het programma. "
    "Vraag het een coördinator als je dit nodig hebt."
)
COMING_SOON = "'{command}' komt binnenkort: daar wordt nu aan gewerkt."

HELP_TITLE = "woonzorg-bot: het uitvoeringsprogramma in Slack"
HELP_INTRO = "Typ `/woonzorg` gevolgd door een van deze opdrachten:"
HELP_COORDINATOR_MARK = " _(coördinator)_"
HELP_COMING_SOON_MARK = " _(binnenkort)_"
HELP_EXAMPLES = (
    "Voorbeelden: `/woonzorg mijn`, `/woonzorg actie 2.4`, "
    "`/woonzorg status 2.4 vertraagd wachten op vergunning`, `/woonzorg overzicht actielijn 2`"
)
HELP_HELP = "deze uitleg"
HELP_OVERVIEW = "waar het programma staat: per actielijn de statussen en de updates van deze ronde"
HELP_MINE = "jouw acties (als regiehouder of plaatsvervanger) en of je update binnen is"
HELP_ACTION = "alles over één actie: regiehouder, planning, doel, status en geschiedenis"
HELP_UPDATE_MODAL = "een update geven via een formulier"
HELP_UPDATE_TEXT = "de stand van zaken meteen vastleggen"
HELP_STATUS = "de status zetten, eventueel met toelichting"
HELP_OWNER = "de regiehouder van een actie aanwijzen"
HELP_DEPUTY = "een plaatsvervanger toevoegen (regiehouder of coördinator)"
HELP_ROUND = "de updateronde starten, sluiten of bekijken"
HELP_REMIND = "nu herinneringen sturen"
HELP_DIGEST = "het weekoverzicht nu posten"
HELP_REPORT = "de halfjaarrapportage maken"

# --- Rounds, reminders, escalation, digest --------------------------------------------------

ROUND_DEADLINE_AFTER_END = (
    "De deadline {deadline} ligt na het einde van de {half} ({end}). Kies een eerdere datum."
)
ROUND_DEADLINE_PAST = "De deadline {deadline} ligt in het verleden. Kies een datum vanaf vandaag."
ROUND_DEFAULT_PAST = (
    "De standaarddeadline voor de {half} ({deadline}) is al voorbij. Geef een deadline op, "
    "bijvoorbeeld: ronde start 2026-H1 deadline 15-06-2026."
)
ROUND_EXISTS = "Er is al een updateronde voor de {half}. Er is niets veranderd."
ROUND_ALREADY_OPEN = (
    "Er loopt al een updateronde ({half}). Sluit die eerst met '/woonzorg ronde sluit'."
)
ROUND_NONE_OPEN = "Er is geen open updateronde om te sluiten."
ROUND_NONE = (
    "Er is nog geen updateronde. Open er een met '/woonzorg ronde start 2026-H1 "
    "[deadline 15-05-2026]'."
)
ROUND_NEEDS_HALF_YEAR = (
    "Welk halfjaar? Schrijf bijvoorbeeld: /woonzorg ronde start 2026-H1 deadline 15-05-2026."
)
ROUND_USAGE = (
    "Gebruik: '/woonzorg ronde' (laat de ronde zien), '/woonzorg ronde start 2026-H1 "
    "[deadline 15-05-2026]' of '/woonzorg ronde sluit'."
)
ROUND_STARTED = (
    "De updateronde voor de {half} is geopend. Deadline: {deadline}. "
    "De regiehouders krijgen herinneringen op werkdagen om {hour:02d}:00."
)
ROUND_CLOSED = "De updateronde voor de {half} is gesloten. {progress}."
ROUND_SHOW_OPEN = "Updateronde {half}: deadline {deadline}. {progress}."
ROUND_SHOW_CLOSED = "De laatste updateronde ({half}) is gesloten op {closed}. {progress}."
ROUND_SHOW_MISSING = "Nog geen update: {codes}."
ROUND_PROGRESS = "{received} van {expected} updates binnen, {when}"
ROUND_RECEIVED = "{received} van {expected} updates binnen"
ROUND_DAYS_LEFT = "deadline over {days} dagen"
ROUND_TOMORROW = "deadline morgen"
ROUND_TODAY = "deadline vandaag"
ROUND_YESTERDAY = "deadline gisteren verstreken"
ROUND_DAYS_LATE = "deadline {days} dagen geleden verstreken"

REMINDER_HEADER = "Je update over de {half}"
REMINDER_INTRO = {
    "first": (
        "Hoi {name}, de updateronde over de {half} is begonnen. Wil je de stand van zaken van "
        "je acties doorgeven, uiterlijk {deadline}?"
    ),
    "second": (
        "Hoi {name}, we missen nog je update over de {half}. Wil je die doorgeven, "
        "uiterlijk {deadline}?"
    ),
    "deadline": (
        "Hoi {name}, de deadline voor de updates over de {half} is bijna daar: uiterlijk "
        "{deadline}. Wil je je update nog doorgeven?"
    ),
    "last": (
        "Hoi {name}, de deadline ({deadline}) is verstreken en we missen nog je update over de "
        "{half}. Wil je die zo snel mogelijk doorgeven? De coördinator heeft hem nodig voor de "
        "rapportage."
    ),
    "snooze": (
        "Hoi {name}, zoals gevraagd herinner ik je er nog eens aan: je update over de {half}, "
        "uiterlijk {deadline}."
    ),
    "manual": (
        "Hoi {name}, de coördinator vraagt je om je update over de {half}, uiterlijk {deadline}."
    ),
}
REMINDER_FALLBACK = "Herinnering: je update over de {half}, uiterlijk {deadline}. Acties: {codes}."
REMINDER_ACTION = "*{code} {title}*\nStatus: {status}\nLaatste stand van zaken: {text}"
REMINDER_NO_TEXT = "_nog niets ingevuld_"
REMINDER_ACTION_DONE = "✅ *{code} {title}*: update ontvangen, dank je wel!"
REMINDER_ACTION_PASSED_ON = "↪️ *{code} {title}*: doorgegeven aan de coördinator."
REMINDER_MORE = "En nog {count} andere acties: zie '/woonzorg mijn'."
REMINDER_ALL_DONE = "Alles is binnen voor de {half}. Dank je wel!"
REMINDER_SNOOZED = "⏰ Ik herinner je er {day} om {hour:02d}:00 opnieuw aan."
REMINDER_HOW = (
    "Per actie: *Update geven* opent het formulier, *Geen wijziging* neemt je vorige stand van "
    "zaken over voor deze ronde, *Niet mijn actie* meldt het bij de coördinator. *Later* "
    "herinnert je de volgende werkdag opnieuw."
)
BUTTON_UPDATE = "Update geven"
BUTTON_NO_CHANGE = "Geen wijziging"
BUTTON_LATER = "Later"
BUTTON_NOT_MINE = "Niet mijn actie"
REMINDER_NOT_YOURS = "Deze herinnering is niet voor jou bedoeld."
REMINDER_ROUND_CLOSED = "De updateronde over de {half} is gesloten; je hoeft niets meer te doen."
REMINDER_NOTHING_TO_CARRY = (
    "Actie {code} heeft nog geen stand van zaken om over te nemen. Kies 'Update geven'."
)

ESCALATION_HEADER = "Updates over de {half}: deadline verstreken"
ESCALATION_INTRO = (
    "De deadline ({deadline}) is verstreken. {received} van {expected} updates zijn binnen. "
    "Nog geen update van:"
)
ESCALATION_LINE = "• {who}: {codes}"
ESCALATION_FALLBACK = "Deadline {half} verstreken: {count} regiehouders zijn nog niet binnen."
UNREACHABLE_HEADER = "Acties zonder bereikbare regiehouder"
UNREACHABLE_INTRO = (
    "Voor deze acties kan ik niemand herinneren aan de update over de {half}: ze hebben geen "
    "regiehouder, of die heeft geen Slack-account of e-mailadres. Wijs er een aan met "
    "'/woonzorg regiehouder CODE @persoon'."
)
UNREACHABLE_LINE = "• {code} {title}{owner}"
UNREACHABLE_OWNER = " (regiehouder: {name})"
UNREACHABLE_FALLBACK = "{count} acties hebben geen bereikbare regiehouder."
UNDELIVERABLE = (
    "Ik kon {name} geen herinnering sturen ({reason}). Wil je deze regiehouder zelf benaderen "
    "of de gegevens aanpassen?"
)
NOT_MINE = (
    "{name} geeft aan dat actie {code} ({title}) niet zijn of haar actie is. Wijs een andere "
    "regiehouder aan met '/woonzorg regiehouder {code} @persoon'."
)

DIGEST_HEADER = "Weekoverzicht uitvoeringsprogramma, week {week}"
DIGEST_FALLBACK = "Weekoverzicht week {week}: {received} updates ontvangen, {missing} nog open."
DIGEST_RECEIVED = "*Updates ontvangen sinds {since}* ({count})"
DIGEST_NONE_RECEIVED = "Geen nieuwe updates sinds {since}."
DIGEST_CHANGES = "*Statuswijzigingen*"
DIGEST_CHANGE_LINE = "• {code} {title}: {old} → {new}"
DIGEST_MISSING = "*Nog geen update* ({count})"
DIGEST_ENDING = "*Realisatie loopt volgens de planning af in de {half}*"
DIGEST_PROGRESS = "*Updateronde {half}*: {progress}."
DIGEST_NO_ROUND = "Er loopt op dit moment geen updateronde."
DIGEST_LINE = "• {code} {title}"
DIGEST_LINE_STATUS = "• {code} {title}: {status}"
DIGEST_LINE_OWNER = "• {code} {title} ({owner})"
DIGEST_MORE = "… en nog {count}."

REMIND_SENT = "Herinnering verstuurd aan {count} regiehouder(s)."
REMIND_NOBODY = "Alle regiehouders hebben hun update al gegeven; er is niets verstuurd."
REMIND_NONE_OPEN = "Er is geen open updateronde; er is niets verstuurd."
REMIND_ALREADY_UPDATED = "Actie {code} heeft al een update in deze ronde; er is niets verstuurd."
REMIND_CLOSED_ACTION = "Actie {code} is {status}; er is niets verstuurd."
REMIND_NO_OWNER = (
    "Actie {code} heeft geen regiehouder die ik kan bereiken; er is niets verstuurd. Wijs er een "
    "aan met '/woonzorg regiehouder {code} @persoon'."
)
REMIND_FAILED = (
    "{count} herinnering(en) konden niet worden verstuurd; ik probeer het later opnieuw."
)
REMIND_USAGE = (
    "Gebruik: '/woonzorg herinner' of '/woonzorg herinner iedereen' of '/woonzorg herinner 2.4'."
)
REMIND_SENDING = "Ik stuur {count} regiehouder(s) een herinnering…"
DIGEST_POSTING = "Ik stel het weekoverzicht op…"
DIGEST_POSTED = "Het weekoverzicht is geplaatst in <#{channel}>."
DIGEST_NO_CHANNEL = (
    "Er is geen kanaal voor het weekoverzicht ingesteld (WOONZORG_DIGEST_CHANNEL); er is niets "
    "geplaatst."
)
TICK_DONE = (
    "Klaar: {sent} verstuurd, {failed} mislukt (volgt later opnieuw), {given_up} onbereikbaar."
)

# --- The half-yearly report ----------------------------------------------------------------

# (filled in by the report work)

# --- Command line ---------------------------------------------------------------------------

CLI_MIGRATED = "De database is bijgewerkt naar de nieuwste versie."
