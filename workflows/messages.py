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

# Singular and plural of the nouns (and verbs) that come with a count: use ``plural``.
ACTIONS = ("actie", "acties")
UPDATES = ("update", "updates")
OWNERS = ("regiehouder", "regiehouders")
REMINDERS = ("herinnering", "herinneringen")
DAYS = ("dag", "dagen")
THEMES = ("actielijn", "actielijnen")
IS_ARE = ("is", "zijn")
HAS_HAVE = ("heeft", "hebben")
MISSES = ("ontbreekt", "ontbreken")


def plural(n: int, one: str, many: str) -> str:
    """The count with the right form: ``plural(1, "actie", "acties")`` is ``1 actie``;
    0 and 2 or more take the plural (``0 acties``, ``3 acties``)."""
    return f"{n} {one if n == 1 else many}"


def form(n: int, one: str, many: str) -> str:
    """Only the word that agrees with ``n`` (a verb: ``is``/``zijn``)."""
    return one if n == 1 else many


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
RUN_MISSING_SETTINGS_MANY = (
    "Kan de bot niet starten: {names} ontbreken. Zet ze in de omgeving of in een .env-bestand "
    "(zie 'Configuration' in de README)."
)
RUN_NAMES_AND = " en "
RUN_SOCKET_MODE = "woonzorg-bot draait in Socket Mode (verbinding vanuit hier naar Slack)."
RUN_HTTP = "woonzorg-bot luistert op http://{host}:{port}/slack/events (gezondheid: /healthz)."
RUN_TOKEN_REFUSED = (
    "Slack accepteert {name} niet ({error}). Controleer het token in de omgeving of .env."
)
RUN_SLACK_UNREACHABLE = (
    "Kan Slack niet bereiken op {url} ({error}). Controleer SLACK_API_URL en het netwerk."
)
HEALTH_OK = "ok"
HEALTH_DATABASE_DOWN = "database niet bereikbaar"

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
IMPORT_CODE_IS_DATE = (
    "Nr is een datum ({text}): Excel heeft het actienummer als datum gelezen. Zet de kolom Nr "
    "op de notatie Tekst en typ de nummers opnieuw."
)
IMPORT_DUPLICATE_CODE = "Actie {code} staat er twee keer in (ook op rij {first})."
IMPORT_THEME_TITLE_CONFLICT = (
    "Actielijn {number} heeft hier de titel '{title}', maar op rij {first} '{other}'."
)
IMPORT_PLANNING_CONFLICT = (
    "De planning voor {half} zegt '{one}' in de kolom Planning en '{other}' in de halfjaarkolom."
)
IMPORT_OWNER_UNREACHABLE = (
    "Regiehouder '{name}' van actie {code} heeft geen e-mailadres of Slack-id en krijgt dus "
    "geen herinneringen. Schrijf 'Naam <e-mail>' of vul het werkblad Personen aan."
)
IMPORT_NO_OWNER = "Actie {code} heeft geen regiehouder; niemand krijgt herinneringen."
IMPORT_DEADLINE_BEFORE_PLANNING = (
    "De deadline van actie {code} ({deadline}) ligt vóór het eerste geplande halfjaar "
    "({first}). Klopt de deadline?"
)
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

IMPORT_CONCURRENT = (
    "{file} is niet geïmporteerd; er is niets gewijzigd. Tegelijk is het programma ook op een "
    "andere manier gewijzigd. Probeer het nog eens."
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

IMPORT_HELP = (
    "Importeer een uitvoeringsprogramma uit .xlsx of .csv (zie docs/import-format.md). "
    "Opnieuw importeren werkt acties bij op Nr."
)
IMPORT_FILE_HELP = "Het bestand: .xlsx (werkblad 'Acties') of .csv."
IMPORT_NAME_HELP = "Naam van het programma (anders de bestaande naam of de bestandsnaam)."
EXPORT_HELP = "Exporteer het programma naar .json, .xlsx of .csv (gekozen op de extensie)."
EXPORT_FILE_HELP = "Het doelbestand: .json, .xlsx of .csv."
# The title row a CSV export starts with ("Programma: Van opvang naar wonen"); the import reads
# the programme name from it.
CSV_TITLE_LABEL = "Programma"

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
HELP_UPDATE_TEXT = (
    "een update geven: zonder tekst opent een formulier, met tekst wordt die de nieuwe stand "
    "van zaken"
)
HELP_STATUS = "de status zetten, eventueel met toelichting"
HELP_OWNER = "de regiehouder van een actie aanwijzen"
HELP_DEPUTY = "een plaatsvervanger toevoegen (regiehouder of coördinator)"
HELP_ROUND = "de updateronde starten, sluiten of bekijken"
HELP_REMIND = "nu herinneringen sturen"
HELP_DIGEST = "het weekoverzicht nu posten"
HELP_REPORT = "de halfjaarrapportage maken"
HELP_COORDINATOR = "de coördinatoren tonen, of iemand coördinator maken"
MAY_NOT_ADD_COORDINATOR = "Sorry, alleen een coördinator kan iemand coördinator maken."
ALREADY_COORDINATOR = "{name} is al coördinator."
COORDINATOR_ADDED = "{name} is nu coördinator van het programma."
COORDINATORS_LIST = "De coördinatoren van het programma: {names}."
DM_YOU_ARE_COORDINATOR = (
    "Je bent coördinator geworden van het programma. Typ `/woonzorg help` om te zien wat je "
    "nu kunt, zoals `ronde`, `herinner` en `rapport`."
)

# Permissions
MAY_NOT_UPDATE = (
    "Sorry, je kunt actie {code} niet bijwerken: dat kunnen de regiehouder, de "
    "plaatsvervangers en de coördinatoren. Klopt dat niet, vraag dan een coördinator om je "
    "toe te voegen."
)
NOT_IN_PROGRAMME_UPDATE = (
    "Sorry, ik ken je nog niet als regiehouder of plaatsvervanger, dus je kunt actie {code} "
    "niet bijwerken. Vraag een coördinator om je aan de actie toe te voegen."
)
MAY_NOT_ASSIGN_OWNER = (
    "Sorry, alleen een coördinator kan de regiehouder van actie {code} aanwijzen."
)
MAY_NOT_ASSIGN_DEPUTY = (
    "Sorry, alleen de regiehouder van actie {code} of een coördinator kan een "
    "plaatsvervanger toevoegen."
)

# People named in a command
NO_PERSON_GIVEN = "Noem een persoon, bijvoorbeeld met een @-vermelding: @naam."
UNKNOWN_SLACK_USER = "Ik kan {name} niet vinden in deze Slack-werkruimte."
PERSON_NOT_IN_PROGRAMME = "{name} komt (nog) niet voor in het programma."
UNKNOWN_EMAIL = "Niemand in deze Slack-werkruimte heeft het e-mailadres {email}."
AMBIGUOUS_NAME = "Met '{name}' kan ik meerdere mensen bedoelen: {names}. Wees iets preciezer."
UNKNOWN_NAME = (
    "Ik ken niemand in het programma die '{name}' heet. Kies de persoon uit de lijst die "
    "Slack toont als je @ typt, dan voeg ik diegene toe."
)
UNKNOWN_NAME_LOOKUP = "Ik ken niemand die '{name}' heet. Bekende namen: {names}."
KNOWN_NAMES_MORE = "{names} en {more}"
OTHERS = ("ander", "anderen")
ALREADY_OWNER = "{name} is al regiehouder van actie {code}."
ALREADY_DEPUTY = "{name} is al plaatsvervanger van actie {code}."
OWNER_NOT_DEPUTY = "{name} is de regiehouder van actie {code} en kan geen plaatsvervanger zijn."

# Overview filters and input
OVERVIEW_BAD_FILTER = (
    "'{text}' begrijp ik niet als filter. Gebruik `actielijn 2`, een status (bijvoorbeeld "
    "vertraagd) en/of `@persoon`, bijvoorbeeld `overzicht @anna vertraagd`."
)
OVERVIEW_FILTER_TWICE = (
    "Geef elk soort filter hoogstens één keer: één actielijn, één status en één @persoon, "
    "bijvoorbeeld `overzicht actielijn 2 vertraagd @anna`."
)
NO_SUCH_THEME = "Actielijn {number} bestaat niet. Er zijn de actielijnen {numbers}."
BAD_QUANTITY = "'{text}' is geen aantal. Schrijf een getal, bijvoorbeeld 12 of 12,5."

# Lists and counts
ONE_ACTION = "1 actie"
N_ACTIONS = "{n} acties"
NO_ACTIONS = "geen acties"
AND_MORE = "… en nog {count} die hier niet {fit}."
FITS = ("past", "passen")
NOUN_ACTIONS = ("actie", "acties")
NOUN_THEMES = ("actielijn", "actielijnen")
NOUN_PEOPLE = ("persoon", "mensen")

# The overview
OVERVIEW_TITLE = "Overzicht: {programme}"
OVERVIEW_TITLE_THEME = "Overzicht actielijn {theme}"
OVERVIEW_TITLE_STATUS = "Acties met status {status}"
OVERVIEW_TITLE_PERSON = "Acties van {name}"
OVERVIEW_TITLE_COMBINED = "Acties{parts}"
OVERVIEW_PART_PERSON = " van {name}"
OVERVIEW_PART_STATUS = " met status {status}"
OVERVIEW_PART_THEME = " in actielijn {theme}"
OVERVIEW_TOTALS = "*{count}*: {counts}"
NO_ROUND = "Er loopt nu geen updateronde."
ROUND_LINE = (
    "Updateronde {half}: *{received} van {expected}* {updates} binnen, deadline {deadline}{when}."
)
OVERVIEW_DAYS_LEFT = " (nog {days})"
OVERVIEW_TODAY = " (vandaag)"
OVERVIEW_DAYS_OVER = " (verstreken, {days} geleden)"
THEME_LINE = "*{number}. {title}* ({count})"
THEME_ROUND = "Updates deze ronde: {received} binnen, {missing}"
LATE_OWNERS_TITLE = "*Te laat met hun update:*"
LATE_OWNER_LINE = "• {name}: {codes}"
ACTION_LINE = "`{code}` {title} · {status} · {owner}{update}"
NO_OWNER = "_geen regiehouder_"
UPDATE_IN = " · update binnen"
UPDATE_MISSING = " · *update ontbreekt*"
NO_MATCHING = "Geen acties gevonden."

# One action
ACTION_TITLE = "Actie {code}: {title}"
ACTION_FALLBACK = "Actie {code}: {title} ({status})"
ACTION_THEME = "Actielijn {theme}"
FIELD_OWNER = "*Regiehouder*\n{value}"
FIELD_DEPUTIES = "*Plaatsvervangers*\n{value}"
FIELD_STATUS = "*Status*\n{value}"
FIELD_TARGET = "*Doel*\n{value}"
FIELD_DEADLINE = "*Deadline*\n{value}"
NOBODY = "_niemand_"
NOT_SET = "_niet vastgelegd_"
PARTNERS = "*Betrokken partijen:* {value}"
DESCRIPTION = "*Wat*\n{value}"
PLANNING_TITLE = "*Planning* (V = voorbereiding, R = realisatie)"
PLANNING_LETTERS = {"preparation": "V", "realisation": "R"}
NO_PLANNING = "*Planning*: _niet vastgelegd_"
STATUS_TEXT_TITLE = "*Stand van zaken*"
NO_STATUS_TEXT = "_Nog geen stand van zaken._"
NO_TEXT = "_(geen tekst)_"
LATEST = "Laatste update {date} door {author}"
LATEST_VIA = "Laatste update {date} via {source}"
HISTORY_TITLE = "*Geschiedenis* ({shown} van {total}, nieuwste eerst)"
HISTORY_LINE = "• {date} · {author} · {status}: {text}"
HISTORY_QUANTITY = " · gerealiseerd: {quantity}"
HISTORY_CARRIED = " _(geen wijziging)_"
HISTORY_HELP = " _(hulp gevraagd)_"
SOURCE_LABELS = {"import": "import", "slack": "Slack", "console": "terminal"}
BOT_BUTTON_UPDATE = "Update geven"

# My actions
MINE_TITLE = "Jouw acties"
MINE_LINE = "*{code}* {title}\n{status} · {role}{state}"
ROLE_OWNER = "regiehouder"
ROLE_DEPUTY = "plaatsvervanger"
MINE_UPDATED = " · ✔ update binnen"
MINE_NOT_UPDATED = " · ⏳ *update nog niet binnen*"
MINE_MISSING = "Van jou ontbreken nog {count} updates."
MINE_ALL_IN = "Al jouw updates zijn binnen, dank je!"
MINE_NONE = "{name}, je bent (nog) geen regiehouder of plaatsvervanger van een actie."
MINE_NOT_IN_PROGRAMME = (
    "Ik ken je nog niet als regiehouder of plaatsvervanger in het programma. Klopt dat niet, "
    "vraag dan een coördinator om je aan je acties te koppelen."
)
MINE_FALLBACK = "Jouw acties: {count}, waarvan {missing} nog zonder update deze ronde."
MINE_MISSING_ONE = "Van jou ontbreekt nog 1 update."

# The update modal
MODAL_TITLE = "Update {code}"
MODAL_SUBMIT = "Opslaan"
MODAL_CLOSE = "Annuleren"
MODAL_INTRO = "*{code}* {title}"
MODAL_ROUND = "Deze update telt mee voor de updateronde {half}."
MODAL_NO_ROUND = "Er loopt geen updateronde; je update komt in de geschiedenis van de actie."
LABEL_STATUS = "Status"
LABEL_TEXT = "Stand van zaken"
HINT_TEXT = "Wat is er bereikt en wat komt er aan? Hoogstens 3.000 tekens."
LABEL_QUANTITY = "Gerealiseerd aantal"
HINT_QUANTITY = "Doel: {target}. Een getal, bijvoorbeeld 12 of 12,5."
LABEL_BOTTLENECKS = "Knelpunten"
LABEL_HELP = "Hulp"
HELP_OPTION = "Ik heb hulp nodig van de coördinator"
MODAL_TEXT_REQUIRED = "Vul de stand van zaken in."
MODAL_STATUS_REQUIRED = "Kies een status."

# App Home
HOME_TITLE = "woonzorg-bot"
HOME_GREETING = "Hallo {name}! Hier zie je je acties en de updateronde."
HOME_GREETING_ANONYMOUS = "Hallo! Hier zie je je acties en de updateronde."
HOME_PROGRAMME = "Het programma (voor coördinatoren)"
HOME_HINT = "Typ `/woonzorg help` voor alle opdrachten."

# The terminal console (woonzorg demo)
CONSOLE_DEMO_LOADED = "Het demoprogramma 'Van opvang naar wonen' is geladen in {path}."
CONSOLE_NO_FOLDER = "De map {folder} bestaat niet; kies een bestand in een bestaande map."
CONSOLE_DEMO_EXISTING = "De bestaande database {path} wordt gebruikt."
CONSOLE_WELCOME = (
    "Dit is woonzorg-bot in je terminal: dezelfde bot als in Slack, zonder Slack.\n"
    "Typ /woonzorg help voor de opdrachten, /als @naam om iemand anders te zijn, /wie om te "
    "zien wie je bent, /home voor de App Home, een nummer om op een knop te drukken, en stop "
    "om te stoppen."
)
CONSOLE_HELP = (
    "In de console: /woonzorg ... (of de opdracht zonder /woonzorg), /als @naam, /wie, "
    "/home, een knopnummer, stop."
)
CONSOLE_YOU = "jou"
CONSOLE_YOU_ARE = "Je bent nu {name}{role}."
CONSOLE_ROLE_COORDINATOR = " (coördinator)"
CONSOLE_PEOPLE = "Wie je kunt zijn (/als @naam):"
CONSOLE_SWITCH_USAGE = "Zo wissel je van persoon: /als @naam"
CONSOLE_NO_SLACK_ID = "{name} heeft geen Slack-id en kan in de console niet meedoen."
CONSOLE_NOBODY = (
    "Er staat niemand met een Slack-id in de database, dus er is niemand om te zijn. "
    "Gebruik een nieuwe database (--db demo.db) voor het demoprogramma."
)
CONSOLE_NO_SUCH_BUTTON = "Er is geen knop {number}."
CONSOLE_ONLY_YOU = "woonzorg (alleen voor jou)"
CONSOLE_IN_CHANNEL = "woonzorg (in het kanaal)"
CONSOLE_HOME_TITLE = "App Home"
CONSOLE_MESSAGE_UPDATED = "bericht bijgewerkt"
CONSOLE_DM_TO = "DM aan {name}"
CONSOLE_CHANNEL = "bericht in {channel}"
CONSOLE_UPDATED = "bericht bijgewerkt in {channel}"
CONSOLE_UPDATED_DM = "DM aan {name} bijgewerkt"
CONSOLE_PRESS_AS = "knoppen indrukken: /als {handle}"
CONSOLE_WAITING_DM = "DM aan jou (eerder gestuurd), met knoppen om te drukken"
CONSOLE_FILE = "bestand '{title}' gedeeld in {channel}"
CONSOLE_FILE_SAVED = "Opgeslagen als {path}"
CONSOLE_MODAL_TITLE = "Formulier: {title}"
CONSOLE_MODAL_HINT = (
    "Enter houdt de ingevulde waarde; - maakt een veld leeg; \\n begint een nieuwe regel; "
    "een opdracht met / sluit het formulier."
)
CONSOLE_MODAL_ERRORS = "Niet opgeslagen. Verbeter dit:"
CONSOLE_FIELD_ERROR = "{label}: {error}"
CONSOLE_MODAL_CANCELLED = "Formulier geannuleerd; er is niets opgeslagen."
CONSOLE_KEEP = "(Enter = {value})"
CONSOLE_CHOOSE = "(kies een nummer)"
CONSOLE_PICK_NUMBER = "Kies een nummer van 1 tot {count}, of typ een van de keuzes."
CONSOLE_CURRENT = "Nu: {value}"
CONSOLE_KEEP_OR_CLEAR = "(Enter = houden)"
CONSOLE_YES = "ja"
CONSOLE_NO = "nee"
CONSOLE_YES_NO = "{question}? (j/n, Enter = {default}): "
CONSOLE_BYE = "Tot ziens!"

# Confirmations
UPDATE_SAVED = "Dank je! Je update voor actie {code} ({title}) is opgeslagen. Status: {status}."
UPDATE_SAVED_QUANTITY = " Gerealiseerd: {quantity}."
UPDATE_SAVED_ROUND = " Hij telt mee voor de updateronde {half}."
UPDATE_HELP_TOLD = " De coördinatoren weten dat je hulp nodig hebt."
UPDATE_HELP_NOBODY = (
    " Ik kon geen coördinator bereiken over je hulpvraag; laat het ze alsjeblieft zelf weten."
)
HELP_NEEDED_DM = "{name} vraagt hulp bij actie {code} ({title}).\nKnelpunten: {bottlenecks}"
OWNER_ASSIGNED = "{name} is nu regiehouder van actie {code} ({title})."
OWNER_ASSIGNED_WAS = " Dat was {previous}."
DEPUTY_ASSIGNED = "{name} is nu plaatsvervanger van actie {code} ({title})."
DM_YOU_ARE_OWNER = (
    "Je bent regiehouder geworden van actie {code}: {title}. "
    "Met `/woonzorg actie {code}` zie je alles over de actie."
)
DM_YOU_ARE_DEPUTY = (
    "Je bent plaatsvervanger geworden van actie {code}: {title}. "
    "Je kunt nu ook updates geven met `/woonzorg update {code}`."
)

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
ROUND_PROGRESS = "{received} van {expected} {updates} binnen, {when}"
ROUND_RECEIVED = "{received} van {expected} {updates} binnen"
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
REMINDER_FALLBACK_LATE = (
    "Herinnering: de deadline ({deadline}) is verstreken; we missen je update over de {half}. "
    "Acties: {codes}."
)
REMINDER_ACTION = "*{code} {title}*\nStatus: {status}\nLaatste stand van zaken: {text}"
REMINDER_NO_TEXT = "_nog niets ingevuld_"
REMINDER_ACTION_DONE = "✅ *{code} {title}*: update ontvangen, dank je wel!"
REMINDER_ACTION_PASSED_ON = "↪️ *{code} {title}*: doorgegeven aan de coördinator."
REMINDER_MORE = "En nog {count}: zie '/woonzorg mijn'."
REMINDER_MORE_WORDS = ("andere actie", "andere acties")
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
    "De deadline ({deadline}) is verstreken. {received} van {expected} {updates} {are} binnen."
)
ESCALATION_LATE = "Nog geen update van:"
ESCALATION_LINE = "• {who}: {codes}"
ESCALATION_FALLBACK = "Deadline {half} verstreken: {count} {are} nog niet binnen."
UNREACHABLE_HEADER = "Acties zonder bereikbare regiehouder"
UNREACHABLE_INTRO = (
    "Voor deze acties kan ik niemand herinneren aan de update over de {half}: ze hebben geen "
    "regiehouder, of die heeft geen Slack-account of e-mailadres. Wijs er een aan met "
    "'/woonzorg regiehouder CODE @persoon'."
)
UNREACHABLE_LINE = "• {code} {title}{owner}"
UNREACHABLE_OWNER = " (regiehouder: {name})"
UNREACHABLE_FALLBACK = "{count} {have} geen bereikbare regiehouder."
UNDELIVERABLE = (
    "Ik kon {name} geen herinnering sturen ({reason}). Wil je deze regiehouder zelf benaderen "
    "of de gegevens aanpassen?"
)
NOT_MINE = (
    "{name} geeft aan dat actie {code} ({title}) niet zijn of haar actie is. Wijs een andere "
    "regiehouder aan met '/woonzorg regiehouder {code} @persoon'."
)

DIGEST_HEADER = "Weekoverzicht uitvoeringsprogramma, week {week}"
DIGEST_FALLBACK = "Weekoverzicht week {week}: {received} ontvangen, {missing} nog open."
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

REMIND_SENT = "Herinnering verstuurd aan {count}."
REMIND_NOBODY = "Alle regiehouders hebben hun update al gegeven; er is niets verstuurd."
REMIND_NONE_OPEN = "Er is geen open updateronde; er is niets verstuurd."
REMIND_ALREADY_UPDATED = "Actie {code} heeft al een update in deze ronde; er is niets verstuurd."
REMIND_CLOSED_ACTION = "Actie {code} is {status}; er is niets verstuurd."
REMIND_NO_OWNER = (
    "Actie {code} heeft geen regiehouder die ik kan bereiken; er is niets verstuurd. Wijs er een "
    "aan met '/woonzorg regiehouder {code} @persoon'."
)
REMIND_FAILED = "{count} {could} niet worden verstuurd; ik probeer het later opnieuw."
REMIND_SENDING = "Ik stuur {count} een herinnering…"
COULD = ("kon", "konden")
DIGEST_POSTING = "Ik stel het weekoverzicht op…"
DIGEST_POSTED = "Het weekoverzicht is geplaatst in <#{channel}>."
DIGEST_NO_CHANNEL = (
    "Er is geen kanaal voor het weekoverzicht ingesteld (WOONZORG_DIGEST_CHANNEL); er is niets "
    "geplaatst."
)
TICK_BAD_NOW = "'{text}' is geen tijdstip. Schrijf bijvoorbeeld --now 2027-05-18T09:00."
TICK_NO_TOKEN = "SLACK_BOT_TOKEN ontbreekt: zonder kan ik niets versturen."
TICK_DONE = (
    "Klaar: {sent} verstuurd, {failed} mislukt (volgt later opnieuw), {given_up} onbereikbaar."
)

# --- The half-yearly report ----------------------------------------------------------------

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
REPORT_GRID_COLUMNS = "Kolommen van de planning: {halves}."
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

# --- Command line ---------------------------------------------------------------------------

CLI_MIGRATED = "De database is bijgewerkt naar de nieuwste versie."

# The command line's own words (Typer and its bundled Click speak English): the help screens,
# and the usage errors as Click words them, matched by pattern (bot/cli/dutch.py).
CLI_USAGE_PREFIX = "Gebruik: "
CLI_OPTIONS_METAVAR = "[OPTIES]"
CLI_SUBCOMMAND_METAVAR = "OPDRACHT [ARGUMENTEN]..."
CLI_PANEL_ARGUMENTS = "Argumenten"
CLI_PANEL_OPTIONS = "Opties"
CLI_PANEL_COMMANDS = "Opdrachten"
CLI_PANEL_ERROR = "Fout"
CLI_ABORTED = "Afgebroken."
CLI_TRY_HELP = "Zie [blue]'{command_path} {help_option}'[/] voor hulp."
CLI_DEFAULT = "[standaard: {}]"
CLI_REQUIRED = "[verplicht]"
CLI_ENVVAR = "[omgevingsvariabele: {}]"
CLI_DEPRECATED = "(verouderd) "
CLI_HELP_OPTION = "Toon deze hulp en stop."
CLI_TYPE_NAMES = {
    "str": "tekst",
    "path": "pad",
    "file": "bestand",
    "directory": "map",
    "int": "geheel getal",
    "float": "getal",
    "bool": "ja/nee",
    "datetime": "datum en tijd",
}
# (English message as Click/Typer words it, as a regular expression; Dutch text). The Dutch
# text may use the named groups; a message that matches none stays as it is.
CLI_ERRORS = (
    (r"Missing argument (?P<name>.+)\.", "Het argument {name} ontbreekt."),
    (r"Missing option (?P<name>.+)\.", "De optie {name} ontbreekt."),
    (r"Missing parameter: (?P<name>.+)", "De parameter '{name}' ontbreekt."),
    (r"Missing command\.", "Geef een opdracht."),
    (r"No such command (?P<name>.+)\.", "De opdracht {name} bestaat niet."),
    (r"No such option: (?P<name>.+?)\.?", "De optie '{name}' bestaat niet."),
    (r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)", "Te veel argumenten: {args}."),
    (r"Option (?P<name>.+) requires an argument\.", "De optie {name} heeft een waarde nodig."),
    (
        r"Option (?P<name>.+) requires (?P<n>\d+) arguments\.",
        "De optie {name} heeft {n} waarden nodig.",
    ),
    (r"Option (?P<name>.+) does not take a value\.", "De optie {name} heeft geen waarde."),
    (
        r"Argument (?P<name>.+) takes (?P<n>\d+) values\.",
        "Het argument {name} heeft {n} waarden nodig.",
    ),
    (r"Invalid value for (?P<name>.+?): (?P<detail>.*)", "Ongeldige waarde voor {name}: {detail}"),
    (r"Invalid value: (?P<detail>.*)", "Ongeldige waarde: {detail}"),
    (r"(?:Value )?(?P<value>.+) is not a valid (?P<kind>.+)\.", "{value} is geen geldige waarde."),
    (r"(?:File|Directory|Path) (?P<name>.+) does not exist\.", "{name} bestaat niet."),
    (r"Aborted!", "Afgebroken."),
)
# Suffixes Click/Typer add to a message: a suggestion.
CLI_DID_YOU_MEAN = (r"(?P<message>.*?)\.? Did you mean (?P<names>.+)\?", " Bedoelde je {names}?")
CLI_POSSIBLE_OPTIONS = (
    r"(?P<message>.*?) \(Possible options: (?P<names>.+)\)",
    " (mogelijke opties: {names})",
)
# Placeholders in usage lines and help tables.
CLI_METAVAR_FILE = "BESTAND"
CLI_METAVAR_HALF_YEAR = "HALFJAAR"
CLI_METAVAR_NAME = "NAAM"
CLI_METAVAR_ADDRESS = "ADRES"
CLI_METAVAR_MOMENT = "TIJDSTIP"
# A database that can never work as configured (workflows/database_faults.py): no "try again".
DATABASE_NO_FOLDER = (
    "De database {path} kan niet worden geopend: de map {folder} bestaat niet. "
    "Maak de map aan of pas DATABASE_URL aan."
)
DATABASE_IS_FOLDER = (
    "DATABASE_URL wijst naar de map {path}, niet naar een databasebestand. "
    "Geef een bestand, bijvoorbeeld sqlite:///{path}/woonzorg.db."
)
DATABASE_NOT_WRITABLE = (
    "De database {path} kan niet worden geschreven: {target} is alleen-lezen of je hebt er "
    "geen schrijfrechten. Pas de rechten of DATABASE_URL aan."
)
DATABASE_NOT_SQLITE = (
    "{path} is geen SQLite-database (het bestand bestaat al en bevat iets anders). "
    "Pas DATABASE_URL aan."
)
DATABASE_PG_REFUSED = (
    "De PostgreSQL-database '{database}' op {host} is niet te gebruiken: {reason}. "
    "Controleer DATABASE_URL."
)
DATABASE_PG_NO_DATABASE = "die database bestaat niet"
DATABASE_PG_NO_ROLE = "de gebruiker '{user}' bestaat niet"
DATABASE_PG_BAD_LOGIN = "de gebruikersnaam of het wachtwoord klopt niet"
DATABASE_PG_NOT_ALLOWED = "de server laat deze gebruiker vanaf hier niet toe (pg_hba.conf)"
DATABASE_PG_NO_PERMISSION = "de gebruiker '{user}' heeft geen rechten op deze database"
