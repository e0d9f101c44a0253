"""The half-yearly progress report: its headings, sentences, table headings and sharing it."""

from __future__ import annotations

REPORT_TITLE = "Voortgangsrapportage {half}"
REPORT_COMPILED_ON = "Opgesteld op {date}"
REPORT_SUMMARY = "Samenvatting"
REPORT_SUMMARY_LINE = "{actions}, {received} ontvangen, {delayed} vertraagd"
REPORT_SUMMARY_ROUND = "De updateronde voor de {half} had als deadline {deadline}."
REPORT_SUMMARY_NO_ROUND = (
    "Voor de {half} is geen updateronde gehouden; als update telt elke update die in dit halfjaar "
    "is gegeven."
)
REPORT_NO_DATA = (
    "Over de {half} zijn geen gegevens: op {cutoff} stond er nog geen actie in het programma. "
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
REPORT_CHANGES_INTRO = "Vergeleken met de stand op {previous_cutoff} (eind {previous})."
REPORT_CHANGES_FIRST = (
    "Dit is de eerste rapportage: aan het eind van de {previous} stond er nog geen actie in het "
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
REPORT_NO_TEAM = "team onbekend"
REPORT_OWNER_WITH_TEAM = "{name} ({team})"
REPORT_HALF_WITH_ARTICLE = "de {half}"
REPORT_ROLLUP_TEXT = "Samenvatting van {subactions}: {counts}."
SUBACTIONS = ("deelactie", "deelacties")
REPORT_ROLLUP_TARGET = "Samen {realised} van {target} {unit} gerealiseerd."
REPORT_ROLLUP_GOAL = "{target} {unit} (totaal van de deelacties)"
REPORT_NO_REASON = "Geen reden opgegeven."
REPORT_NO_CORRECTION = "Geen bijsturing opgegeven."
REPORT_DEV_NOT_STARTED = "nog niet gestart, maar realisatie gepland in {half}"
REPORT_DEV_MOVED = "planning verschoven naar de {half}"
REPORT_DEV_TEXT_MOVED = "volgens de toelichting uitgesteld"
REPORT_KEY_STATUS = (
    "Het programma telt {actions} in {themes}. Aan het eind van {label} {were} er {done} "
    "gereed, {on_track} op schema, {attention} {asked} aandacht, {delayed} {were_delayed} "
    "vertraagd en {not_started} nog niet gestart."
)
REPORT_KEY_DONE = "Afgerond in {label}:"
REPORT_KEY_DEVIATIONS = "Wijken af van de planning (toegelicht onder Afwijkingen en bijsturing):"
REPORT_KEY_TARGET_ITEM = "{action}: {realised} gerealiseerd (doel {target})"
REPORT_KEY_TARGETS = "Doelen gehaald:"
REPORT_KEY_NEXT = "Vooruitblik op de {half}: {parts} (zie Vooruitblik)."
# Singular (key 1) and plural (key 0) of each part: "1 actie start", "3 acties starten".
REPORT_KEY_NEXT_PARTS = (
    {1: "1 actie start", 0: "{n} acties starten"},
    {1: "bij 1 actie begint de realisatie", 0: "bij {n} acties begint de realisatie"},
    {1: "1 actie rondt af volgens planning", 0: "{n} acties ronden af volgens planning"},
)
WAS_WERE = ("was", "waren")
RUNNING_ACTIONS = ("lopende actie", "lopende acties")
ASKED = ("vroeg", "vroegen")
REPORT_KEY_MONEY = "Van het budget van {budget} is {spent} besteed ({share}%)."
REPORT_KEY = "Kernboodschap"
REPORT_READING_GUIDE = "Leeswijzer"
REPORT_READING_GUIDE_TEXT = (
    "Deze rapportage begint met de kernboodschap en de afwijkingen: wat is afgerond, wat loopt "
    "achter en hoe wordt bijgestuurd. Daarna volgen per actielijn de acties met hun planning "
    "(de gekleurde vakjes per halfjaar), hun status en de stand van zaken, de vooruitblik op "
    "het volgende halfjaar, de financiën en de indicatoren. De verantwoording aan het eind "
    "beschrijft hoe de gegevens zijn verzameld."
)
REPORT_CONTENTS = "Inhoud"
REPORT_DEVIATIONS = "Afwijkingen en bijsturing"
REPORT_DEVIATIONS_INTRO = (
    "Acties die vertraagd zijn of aandacht vragen, die in {label} gerealiseerd zouden worden maar "
    "nog niet gestart zijn, of waarvan de planning is verschoven: met het knelpunt en de "
    "bijsturing zoals de regiehouder die heeft opgegeven."
)
REPORT_COL_DEVIATION = "Afwijking"
REPORT_COL_REASON = "Knelpunt"
REPORT_COL_CORRECTION = "Bijsturing"
REPORT_OUTLOOK = "Vooruitblik"
REPORT_OUTLOOK_INTRO = (
    "Wat er in de {half} per actielijn verandert: acties die starten, waarvan de realisatie "
    "begint, of die volgens de planning afronden. Acties die gewoon doorlopen staan in de "
    "planning bij de actielijnen."
)
REPORT_OUTLOOK_NONE = "Voor de {half} staan geen nieuwe starts, realisaties of afrondingen gepland."
REPORT_OUTLOOK_START = "start"
REPORT_OUTLOOK_REALISE = "realisatie begint"
REPORT_OUTLOOK_FINISH = "rondt af"
REPORT_COL_PLANNED = "Gepland"
REPORT_FINANCE = "Financiën"
REPORT_FINANCE_INTRO = (
    "Budget en besteding per actie met een eigen budget, met het totaal per actielijn. Acties "
    "zonder eigen budget staan hier niet in."
)
REPORT_FINANCE_NONE = "Voor geen van de acties is een budget vastgelegd."
REPORT_COL_SHARE = "Besteed (%)"
REPORT_FINANCE_CHART_TITLE = "Budget en besteding per actielijn"
REPORT_FINANCE_BUDGET = "Budget"
REPORT_FINANCE_SPENT = "Besteed"
REPORT_ACCOUNTING = "Verantwoording"
REPORT_ACCOUNTING_TEXT = (
    "Deze rapportage geeft de stand op {cutoff}. De stand van zaken per actie is aangeleverd "
    "door de regiehouders: over {label} kwam voor {received} van de {expected} "
    "een nieuwe update."
)
REPORT_ACCOUNTING_PUBLIC = (
    "Waar geen nieuwe update kwam, staat de laatst bekende stand van zaken met de datum erbij."
)
REPORT_PARTNERS = "Partners: {partners}"
REPORT_CONCEPT = "[concept]"
REPORT_PAGE_OF = " van "
REPORT_INTERNAL = "Interne versie: niet voor verspreiding"
REPORT_YEAR_TITLE = "Jaarrapportage {year}"
REPORT_STALE = "verouderd"
REPORT_LOWER_REACHED = "ondergrens gehaald"
REPORT_LOWER_NOT_REACHED = "ondergrens nog niet gehaald"
REPORT_PROGRESS_TEXT = "{state}; {share}% van {top}"
REPORT_INDICATOR_CHART_TITLE = "{name}: metingen en doel"
REPORT_INDICATOR_BAND = "Doel {target}"
REPORT_KEYWORDS = "voortgangsrapportage; gemeenteraad"
REPORT_INTERNAL_SHORT = "interne versie"
REPORT_SLACK_INTERNAL_COMMENT = (
    "De interne versie over {label}, alleen voor jou: met de namen van de regiehouders en de "
    "ontbrekende updates. Niet doorsturen naar de raad."
)
REPORT_SLACK_INTERNAL_FAILED = (
    "De interne versie (met namen) kon ik je niet sturen; maak die met 'woonzorg rapport --intern'."
)
REPORT_SLACK_STARTED_YEAR = (
    "Ik stel de jaarrapportage {year} op. Het bestand verschijnt zo {where}."
)
REPORT_SHEET_DEVIATIONS = "Afwijkingen"
