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

# (filled in by the Slack bot work)

# --- Rounds, reminders, escalation, digest --------------------------------------------------

# (filled in by the reminders work)

# --- The half-yearly report ----------------------------------------------------------------

REPORT_TITLE = "Voortgangsrapportage {half}"
REPORT_COMPILED_ON = "Opgesteld op {date}"
REPORT_SUMMARY = "Samenvatting"
REPORT_SUMMARY_LINE = "{actions} acties, {received} updates binnen, {delayed} vertraagd"
REPORT_ACTIONS_COUNT = {1: "1 actie", 0: "{count} acties"}
REPORT_SUMMARY_INTRO = (
    "Deze rapportage geeft de stand van zaken van {actions} in {themes} actielijnen op "
    "{cutoff}. Van {expected} lopende acties is over {half} een update ontvangen van {received}."
)
REPORT_SUMMARY_ROUND = "De updateronde voor {half} had als deadline {deadline}."
REPORT_SUMMARY_NO_ROUND = (
    "Voor {half} is geen updateronde gehouden; als update telt elke update die in dit halfjaar "
    "is gegeven."
)
REPORT_NO_DATA = (
    "Over {half} zijn geen gegevens: op {cutoff} stond er nog geen actie in het programma. "
    "Deze rapportage is daarom leeg."
)
REPORT_PER_STATUS = "Acties per status"
REPORT_PER_THEME = "Acties per actielijn"
REPORT_CHART_TITLE = "Status van de acties per actielijn"
REPORT_CHART_AXIS = "Aantal acties"
REPORT_THEME_HEADING = "Actielijn {number}: {title}"
REPORT_THEME_HEADING_UNNUMBERED = "Actielijn: {title}"
REPORT_TOTAL = "Totaal"
REPORT_COL_CODE = "Nr"
REPORT_COL_ACTION = "Actie"
REPORT_COL_OWNER = "Regiehouder"
REPORT_COL_PLANNING = "Planning"
REPORT_COL_STATUS = "Status"
REPORT_COL_TEXT = "Stand van zaken/toelichting"
REPORT_COL_THEME = "Actielijn"
REPORT_COL_TARGET = "Doel"
REPORT_COL_REALISED = "Gerealiseerd"
REPORT_COL_UPDATED = "Bijgewerkt"
REPORT_COL_WAS = "Was"
REPORT_COL_NOW = "Nu"
REPORT_COL_CHANGE = "Wijziging"
REPORT_NO_OWNER = "geen regiehouder"
REPORT_NO_PLANNING = "geen planning"
REPORT_NO_TEXT = "Geen stand van zaken bekend."
REPORT_TARGET = "Doel: {target}"
REPORT_REALISED = "gerealiseerd: {quantity}"
REPORT_NOT_UPDATED = "Niet bijgewerkt in {half}; laatste update {date}."
REPORT_NEVER_UPDATED = "Nog nooit bijgewerkt."
REPORT_LEGEND = "Legenda planning"
REPORT_LEGEND_PREPARATION = "Planning, voorbereiding/onderzoek"
REPORT_LEGEND_REALISATION = "Realisatie"
REPORT_LEGEND_CURRENT = "{half}: het halfjaar van deze rapportage (omkaderd)"
REPORT_HALF_SHORT = {1: "1e helft", 2: "2e helft"}
REPORT_HALF_TINY = {1: "1e", 2: "2e"}
REPORT_YES = "ja"
REPORT_NO = "nee"
REPORT_INDICATORS = "Indicatoren"
REPORT_NO_INDICATORS = "Het programma heeft geen indicatoren."
REPORT_COL_INDICATOR = "Indicator"
REPORT_COL_BASELINE = "Nulmeting"
REPORT_COL_LATEST = "Laatste meting"
REPORT_COL_PROGRESS = "Voortgang"
REPORT_BASELINE = "{value} ({year})"
REPORT_MEASURED = "{value} ({date})"
REPORT_TARGET_RANGE = "{low} - {high}"
REPORT_TARGET_YEAR = "{target} in {year}"
REPORT_NO_VALUE = "-"
REPORT_PROGRESS_CHART_TITLE = "Voortgang van de indicatoren naar het doel"
REPORT_PROGRESS_AXIS = "Voortgang (% van de weg van nulmeting naar doel)"
REPORT_CHANGES = "Wijzigingen ten opzichte van de vorige rapportage"
REPORT_CHANGES_INTRO = "Vergeleken met de stand op {previous_cutoff} ({previous})."
REPORT_CHANGES_FIRST = (
    "Dit is de eerste rapportage: aan het eind van {previous} stond er nog geen actie in het "
    "programma, dus er is niets om mee te vergelijken."
)
REPORT_STATUS_CHANGES = "Statuswijzigingen"
REPORT_NEW_ACTIONS = "Nieuwe acties"
REPORT_CANCELLED_ACTIONS = "Vervallen acties"
REPORT_PLANNING_MOVED = "Planning verschoven"
REPORT_PLANNING_END = "realisatie t/m {half}"
REPORT_DEADLINE = "deadline {half}"
REPORT_NONE = "Geen."
REPORT_TEXT_CHANGES = (
    "Bij {changed} van de {total} acties is de stand van zaken gewijzigd; bij {unchanged} is "
    "hij gelijk gebleven."
)
REPORT_MISSING = "Ontbrekende updates"
REPORT_MISSING_INTRO = {
    1: "Van deze lopende actie is over {half} geen update ontvangen:",
    0: "Van deze {count} lopende acties is over {half} geen update ontvangen:",
}
REPORT_MISSING_NONE = "Van alle lopende acties is over {half} een update ontvangen."
REPORT_SHEET_SUMMARY = "Samenvatting"
REPORT_SHEET_ACTIONS = "Acties"
REPORT_SHEET_INDICATORS = "Indicatoren"
REPORT_SHEET_CHANGES = "Wijzigingen"
REPORT_SHEET_MISSING = "Ontbrekend"
REPORT_PAGE = "Pagina "
REPORT_BAD_FORMAT = (
    "'{name}' heeft geen bekend formaat. Het rapport kan worden geschreven als .docx (Word), "
    ".md (Markdown) of .xlsx (Excel)."
)
REPORT_WRITE_FAILED = "Het rapport kan niet worden geschreven naar {path}: {reason}."
REPORT_WRITE_NO_FOLDER = "de map {folder} bestaat niet"
REPORT_WRITE_NO_PERMISSION = "geen schrijfrechten"
REPORT_WRITE_IS_FOLDER = "dat is een map"
REPORT_WRITE_OTHER = "{reason}"
REPORT_WRITTEN = "Rapport geschreven: {path}"

# --- Command line ---------------------------------------------------------------------------

CLI_MIGRATED = "De database is bijgewerkt naar de nieuwste versie."
