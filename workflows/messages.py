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

# --- Slack transport: running the app, Slack faults ----------------------------------------

SLACK_UNAVAILABLE = (
    "Slack is even niet bereikbaar. Er is niets verloren gegaan; probeer het zo nog eens."
)
SLACK_DELAYED_ANSWER = "Het antwoord duurde te lang voor Slack; hier is het alsnog."
SLACK_MODAL_TOO_SLOW = "Het formulier is niet opgeslagen: {errors}"
RUN_MISSING_SETTINGS = (
    "Kan de bot niet starten: {names} ontbreekt. Zet het in de omgeving of in een .env-bestand "
    "(zie 'Configuration' in de README)."
)
RUN_SOCKET_MODE = "woonzorg-bot draait in Socket Mode (verbinding vanuit hier naar Slack)."
RUN_HTTP = "woonzorg-bot luistert op http://{host}:{port}/slack/events (gezondheid: /healthz)."
HEALTH_OK = "ok"
HEALTH_DATABASE_DOWN = "database niet bereikbaar"

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

# (filled in by the reminders work)

# --- The half-yearly report ----------------------------------------------------------------

# (filled in by the report work)

# --- Command line ---------------------------------------------------------------------------

CLI_MIGRATED = "De database is bijgewerkt naar de nieuwste versie."
