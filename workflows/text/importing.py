"""Importing and exporting a programme: problems found in a file, the summary, sheet names."""

from __future__ import annotations

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
IMPORT_BAD_CSV = "Het CSV-bestand is hier niet te lezen (klopt het gebruik van aanhalingstekens?)."
IMPORT_FILE_TOO_BIG = (
    "Het bestand is te groot ({size} MB); een programmabestand is kleiner dan {max} MB."
)
IMPORT_UNPACKED_TOO_BIG = (
    "Het Excel-bestand is uitgepakt {size} MB groot (meer dan {max} MB); dit is geen gewoon "
    "programmabestand en wordt niet geopend."
)
IMPORT_BROKEN_XLSX = (
    "Het Excel-bestand is beschadigd (de inhoud is geen geldige XML). "
    "Open het in Excel en sla het opnieuw op."
)
IMPORT_TOO_MANY_ROWS = (
    "Het werkblad '{sheet}' heeft meer dan {max} rijen. Verwijder lege of overbodige rijen."
)
IMPORT_CELL_TOO_LONG = "Deze cel bevat {length} tekens; er passen er hoogstens {max} in."
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
IMPORT_OWNER_SPLIT = (
    "Meer namen als regiehouder: {owner} wordt regiehouder, {deputies} plaatsvervanger."
)
IMPORT_OWNER_TEAM = (
    "'{name}' is een team of organisatie (geen persoon): de herinneringen gaan naar de "
    "contactpersoon uit het werkblad Personen, anders naar de coördinatoren."
)
IMPORT_TARGET_NO_NUMBER = "Doel zonder aantal: '{text}' blijft tekst."
IMPORT_ROUNDED = "'{text}' is afgerond op {half}."
IMPORT_PLANNING_ROUNDED = "'{text}': het kwartaal of de maand is afgerond op het halfjaar."
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
IMPORT_BAD_COORDINATOR = "'{text}' is geen ja of nee (de kolom Coördinator: ja, nee of leeg)."
IMPORT_DUPLICATE_PERSON = "'{text}' staat er twee keer in (ook op rij {first})."
IMPORT_PERSON_CONFLICT = (
    "Slack-id {slack_id} hoort al bij {other}; het kan niet ook bij {email} horen."
)

IMPORT_BAD_CONTACT = "Contactpersoon '{text}' is niet te vinden of is het team zelf."

IMPORT_CONCURRENT = (
    "{file} is niet geïmporteerd; er is niets gewijzigd. Tegelijk is het programma ook op een "
    "andere manier gewijzigd. Probeer het nog eens."
)
IMPORT_SUMMARY = "Programma '{name}' geïmporteerd uit {file}: {total}."
IMPORT_SUMMARY_ADDED = "Toegevoegd ({count}): {codes}"
IMPORT_SUMMARY_CHANGED = "Gewijzigd ({count}): {codes}"
IMPORT_SUMMARY_CANCELLED = "Vervallen, want niet meer in het bestand ({count}): {codes}"
IMPORT_SUMMARY_UNCHANGED = "Ongewijzigd: {count}"
IMPORT_SUMMARY_INDICATORS = "Indicatoren: {count}, standen: {measurements}"

EXPORT_BAD_EXTENSION = "Exporteren kan naar .xlsx, .csv of .json (dit is '{suffix}')."
EXPORT_CANNOT_WRITE = "Kan {file} niet schrijven: {detail}."
EXPORT_DONE = "Programma '{name}' geëxporteerd naar {files}: {total}."

# The title row a CSV export starts with ("Programma: Van opvang naar wonen"); the import reads
# the programme name from it.
CSV_TITLE_LABEL = "Programma"

SHEET_ACTIONS = "Acties"
SHEET_INDICATORS = "Indicatoren"
SHEET_PEOPLE = "Personen"
SUFFIX_INDICATORS = "-indicatoren"  # van_opvang.csv -> van_opvang-indicatoren.csv
SUFFIX_PEOPLE = "-personen"
# The letter of each phase in a planning cell: the import reads it, the export, `actie` and
# the report write it.
PLANNING_CELL = {"preparation": "V", "realisation": "R", "continuous": "D"}
EXPORTED_AT_LABEL = "Geëxporteerd op"

# Several programmes, the dry run, asking before cancelling, bot updates that win
IMPORT_WHICH_PROGRAMME = (
    "Het bestand noemt geen programma en er zijn er meerdere. Kies met --programma: {slugs}."
)
IMPORT_NEW_PROGRAMME = "Nieuw programma '{name}' (--programma {slug})."
IMPORT_DRY_RUN_HEADER = (
    "Proefimport van {file} in programma '{name}' (--programma {slug}): er is niets gewijzigd."
)
IMPORT_DIFF_NONE = "Geen verschillen met de database."
IMPORT_DIFF_FIELD = "- {code} {field}: {old} -> {new}"
IMPORT_SUMMARY_REINSTATED = "Weer actief ({count}): {codes}"
IMPORT_DIFF_OWNERS = "Regiehouder vervangen ({count}):"
IMPORT_CONFLICTS_KEPT = (
    "In de bot gegeven na dit bestand, dus behouden ({count}); --overschrijf laat het bestand "
    "winnen:"
)
IMPORT_CONFLICTS_OVERWRITTEN = (
    "In de bot gegeven na dit bestand, maar overschreven door --overschrijf ({count}):"
)
IMPORT_CONFLICT_LINE = (
    "- {code}: in de bot op {at}: {bot_status}, '{bot_text}'; in het bestand: {file_status}, "
    "'{file_text}'"
)
IMPORT_CONFIRM = "Deze import laat acties vervallen of vervangt regiehouders. Doorgaan?"
IMPORT_NEEDS_YES = (
    "{file} is niet geïmporteerd; er is niets gewijzigd. Deze import laat acties vervallen of "
    "vervangt regiehouders (zie hierboven). Bekijk het met --dry-run en bevestig met --ja."
)
IMPORT_NOT_CONFIRMED = "{file} is niet geïmporteerd; er is niets gewijzigd."
IMPORT_FIELD_NAMES = {
    "status": "status",
    "status_text": "stand van zaken",
    "owner": "regiehouder",
    "title": "actie",
    "theme": "actielijn",
    "planning": "planning",
    "target": "doel",
    "deadline": "deadline",
    "description": "omschrijving",
    "partners": "partners",
}

# The Coördinator column of the Personen sheet, as the export writes it.
YES = "ja"
NO = "nee"
IMPORT_BAD_AMOUNT = (
    "'{text}' is geen bedrag. Schrijf een bedrag in euro ('900.000' of 'EUR 1.228.158'), of per "
    "jaar: '2026: 100.000; 2027: 150.000'."
)
