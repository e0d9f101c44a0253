"""The half-yearly progress report: its headings, sentences, table headings and sharing it."""

from __future__ import annotations

REPORT_TITLE = "Voortgangsrapportage {half}"
REPORT_COMPILED_ON = "Opgesteld op {date}"
REPORT_SUMMARY = "Samenvatting"
REPORT_SUMMARY_LINE = "{actions}, {received} binnen, {delayed} vertraagd"
REPORT_ACTIONS_COUNT = {1: "1 actie", 0: "{count} acties"}
REPORT_SUMMARY_INTRO = (
    "Deze rapportage geeft de stand van zaken van {actions} in {themes} op {cutoff}. "
    "Verwachte updates over de {half}: {expected}; ontvangen: {received}."
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
REPORT_PER_THEME = "Acties per actielijn"
REPORT_CHART_TITLE = "Status van de acties per actielijn"
REPORT_CHART_AXIS = "Aantal acties"
REPORT_THEME_HEADING = "Actielijn {number}: {title}"
REPORT_THEME_HEADING_UNNUMBERED = "Actielijn: {title}"
REPORT_TOTAL = "Totaal"
# The report's own column headings; the programme's columns (Nr, Actie, ...) head the
# report's tables as in workflows/programme/columns.py.
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
REPORT_LATE_UPDATE = "Update ontvangen na de deadline, op {date}."
REPORT_NEVER_UPDATED = "Nog nooit bijgewerkt."
REPORT_IMPORT_BASELINE = "Stand volgens import van {date}; nog geen update van de regiehouder."
REPORT_STATUS_UNKNOWN = "onbekend (import: {status})"
REPORT_LEGEND = "Legenda planning"
REPORT_LEGEND_PREPARATION = "Planning, voorbereiding/onderzoek"
REPORT_LEGEND_REALISATION = "Realisatie"
REPORT_LEGEND_CURRENT = "{half}: het halfjaar van deze rapportage (omkaderd)"
REPORT_HALF_SHORT = {1: "1e helft", 2: "2e helft"}
REPORT_HALF_TINY = {1: "1e", 2: "2e"}
REPORT_GRID_COLUMNS = "Kolommen van de planning: {halves}."
REPORT_YES = "ja"
REPORT_NO = "nee"
REPORT_INDICATORS = "Indicatoren"
REPORT_NO_INDICATORS = "Het programma heeft geen indicatoren."
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
    "Bij {changed} van de {total} is de stand van zaken gewijzigd; bij {unchanged} is "
    "hij gelijk gebleven."
)
REPORT_MISSING = "Ontbrekende updates"
REPORT_MISSING_INTRO = {
    1: "Van deze lopende actie is over de {half} geen update ontvangen:",
    0: "Van deze {count} lopende acties is over de {half} geen update ontvangen:",
}
REPORT_MISSING_NONE = "Van alle lopende acties is over de {half} een update ontvangen."
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
REPORT_WRITE_NO_PERMISSION = "geen schrijfrechten in de map {folder}"
REPORT_WRITE_IS_FOLDER = "dat is een map"
REPORT_WRITE_OTHER = "{reason}"
REPORT_WRITE_FOLDER_READ_ONLY = "in de map {folder} kunnen geen bestanden worden gemaakt"
REPORT_WRITE_NOT_A_FOLDER = "{folder} is geen map"
REPORT_WRITE_READ_ONLY_DISK = "de map {folder} staat op een alleen-lezen schijf"
REPORT_WRITE_DISK_FULL = "de schijf is vol"
REPORT_WRITTEN = "Rapport geschreven: {path}"
REPORT_SLACK_STARTED = (
    "Ik stel de voortgangsrapportage over de {half} op. Het bestand verschijnt zo {where}."
)
REPORT_SLACK_WHERE_CHANNEL = "in dit kanaal"
REPORT_SLACK_WHERE_DM = "in je privéberichten met mij"
REPORT_SLACK_COMMENT = "De voortgangsrapportage over de {half} is klaar: {summary}."
REPORT_SLACK_DONE_CHANNEL = (
    "De voortgangsrapportage over de {half} staat in <#{channel}>: {summary}."
)
REPORT_SLACK_DONE_DM = (
    "De voortgangsrapportage over de {half} staat in je privéberichten met mij: {summary}."
)
REPORT_SLACK_FALLBACK_DM = (
    "Ik kon het rapport niet in dit kanaal plaatsen (nodig mij uit met /invite), dus ik heb het "
    "je in een privébericht gestuurd: {summary}."
)
REPORT_SLACK_UPLOAD_FAILED = (
    "Het rapport over de {half} is opgesteld, maar Slack nam het bestand niet aan ({reason}). "
    "Probeer het zo nog eens, of maak het met 'woonzorg rapport' op de opdrachtregel."
)
