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

IMPORT_FAILED_ONE = "{file} is niet geïmporteerd; er is niets gewijzigd. 1 fout gevonden:"
IMPORT_FAILED_MANY = "{file} is niet geïmporteerd; er is niets gewijzigd. {count} fouten gevonden:"
IMPORT_WARNINGS_HEADER = "Let op:"
IMPORT_LOCATION_FILE = "{file}"
IMPORT_LOCATION_ROW = ", rij {row}"
IMPORT_LOCATION_COLUMN = ", kolom '{column}'"
IMPORT_FILE_NOT_FOUND = "Het bestand bestaat niet of is niet te lezen."
IMPORT_BAD_EXTENSION = (
    "Alleen .xlsx- en .csv-bestanden kunnen worden geïmporteerd (dit is '{suffix}')."
)
IMPORT_OLD_EXCEL = "Dit is het oude Excel-formaat (.xls). Sla het bestand op als .xlsx of .csv."
IMPORT_NOT_XLSX = "Dit is geen leesbaar Excel-bestand (.xlsx)."
IMPORT_NOT_CSV = "Dit is geen leesbaar CSV-bestand (het bevat binaire gegevens)."
IMPORT_BAD_CSV = "Het CSV-bestand is niet te lezen: {detail}."
IMPORT_EMPTY = "Het bestand is leeg: er staat geen kopregel en geen actie in."
IMPORT_NO_ACTIONS = "Er staan geen acties in het bestand (alleen een kopregel)."
IMPORT_NO_SHEET = "Het werkblad 'Acties' ontbreekt (gevonden: {found})."
IMPORT_MISSING_COLUMN = "De verplichte kolom '{column}' ontbreekt."
IMPORT_UNKNOWN_COLUMN = "Onbekende kolom '{column}'; deze wordt genegeerd."
IMPORT_DUPLICATE_COLUMN = "De kolom '{column}' staat er twee keer in."
IMPORT_NAMELESS_COLUMN = "Een kolom zonder kop bevat gegevens; deze wordt genegeerd."
IMPORT_BAD_HALF_YEAR_COLUMN = (
    "'{text}' lijkt een halfjaarkolom maar is geen halfjaar. "
    "Schrijf bijvoorbeeld '1e helft 2026' of '2026-H1'."
)
IMPORT_REQUIRED_EMPTY = "Dit veld is verplicht maar leeg."
IMPORT_DUPLICATE_CODE = "Actie {code} staat er twee keer in (ook op rij {first})."
IMPORT_THEME_TITLE_CONFLICT = (
    "Actielijn {number} heeft hier de titel '{title}', maar op rij {first} '{other}'."
)
IMPORT_PLANNING_CONFLICT = (
    "De planning voor {half} zegt '{one}' in de kolom Planning en '{other}' in de halfjaarkolom."
)
IMPORT_NO_OWNER = "Actie {code} heeft geen regiehouder; niemand krijgt herinneringen."
IMPORT_BAD_INDICATOR_TARGET = "'{text}' is geen doel; schrijf een getal of een bereik (750-900)."
IMPORT_BAD_YEAR = "'{text}' is geen jaartal."
IMPORT_VALUE_WITHOUT_DATE = "Er staat een stand zonder peildatum."
IMPORT_DATE_WITHOUT_VALUE = "Er staat een peildatum zonder stand."
IMPORT_INDICATOR_CONFLICT = (
    "Indicator '{name}' heeft hier '{value}', maar op rij {first} '{other}'."
)
IMPORT_DUPLICATE_MEASUREMENT = "Indicator '{name}' heeft al een stand op {date} (rij {first})."
IMPORT_PERSON_NEEDS_ID = "Geef een e-mailadres of een Slack-id."
IMPORT_BAD_EMAIL = "'{text}' is geen e-mailadres."
IMPORT_BAD_SLACK_ID = "'{text}' is geen Slack-id (die begint met U of W, bijvoorbeeld U012AB3CD)."
IMPORT_DUPLICATE_PERSON = "'{text}' staat er twee keer in (ook op rij {first})."
IMPORT_PERSON_CONFLICT = (
    "Slack-id {slack_id} hoort al bij {other}; het kan niet ook bij {email} horen."
)

IMPORT_SUMMARY = "Programma '{name}' geïmporteerd uit {file}: {total} acties."
IMPORT_SUMMARY_ADDED = "Toegevoegd ({count}): {codes}"
IMPORT_SUMMARY_CHANGED = "Gewijzigd ({count}): {codes}"
IMPORT_SUMMARY_CANCELLED = "Vervallen, want niet meer in het bestand ({count}): {codes}"
IMPORT_SUMMARY_UNCHANGED = "Ongewijzigd: {count}"
IMPORT_SUMMARY_INDICATORS = "Indicatoren: {count}, standen: {measurements}"

EXPORT_BAD_EXTENSION = "Exporteren kan naar .xlsx, .csv of .json (dit is '{suffix}')."
EXPORT_CANNOT_WRITE = "Kan {file} niet schrijven: {detail}."
EXPORT_DONE = "Programma '{name}' geëxporteerd naar {files}: {total} acties."

# Column headers of the import format (product.md section 4), as the export writes them.
COL_CODE = "Nr"
COL_THEME = "Actielijn"
COL_TITLE = "Actie"
COL_DESCRIPTION = "Omschrijving"
COL_OWNER = "Regiehouder"
COL_PARTNERS = "Partners"
COL_PLANNING = "Planning"
COL_TARGET = "Doel"
COL_DEADLINE = "Deadline"
COL_STATUS = "Status"
COL_STATUS_TEXT = "Stand van zaken"
COL_INDICATOR = "Indicator"
COL_UNIT = "Eenheid"
COL_BASELINE = "Nulmeting"
COL_BASELINE_YEAR = "Nulmeting jaar"
COL_TARGET_YEAR = "Doeljaar"
COL_VALUE = "Stand"
COL_DATE = "Peildatum"
COL_NAME = "Naam"
COL_EMAIL = "E-mail"
COL_SLACK_ID = "Slack-id"
SHEET_ACTIONS = "Acties"
SHEET_INDICATORS = "Indicatoren"
SHEET_PEOPLE = "Personen"
SUFFIX_INDICATORS = "-indicatoren"  # van_opvang.csv -> van_opvang-indicatoren.csv
SUFFIX_PEOPLE = "-personen"
PLANNING_CELL = {"preparation": "V", "realisation": "R"}

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
