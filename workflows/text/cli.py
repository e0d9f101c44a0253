"""The command line: its help and usage strings and the Dutch for Typer's and Click's own words."""

from __future__ import annotations

# Help of the commands and their arguments and options (bot/cli/*_cmd.py).
CLI_HELP = "woonzorg-bot: het uitvoeringsprogramma in Slack."
DEMO_HELP = "De bot in je terminal, op het demoprogramma (zonder Slack)."
DEMO_DB_HELP = "SQLite-bestand; wordt aangemaakt als het er niet is."
IMPORT_HELP = (
    "Importeer een uitvoeringsprogramma uit .xlsx of .csv (zie docs/import-format.md). "
    "Opnieuw importeren werkt acties bij op Nr."
)
IMPORT_FILE_HELP = "Het bestand: .xlsx (werkblad 'Acties') of .csv."
IMPORT_NAME_HELP = "Naam van het programma (anders de bestaande naam of de bestandsnaam)."
EXPORT_HELP = "Exporteer het programma naar .json, .xlsx of .csv (gekozen op de extensie)."
EXPORT_FILE_HELP = "Het doelbestand: .json, .xlsx of .csv."
MIGRATE_HELP = "Werk het databaseschema bij naar de nieuwste versie."
REPORT_HELP = (
    "Stel de voortgangsrapportage op (.docx, .md of .xlsx) voor een halfjaar "
    "(standaard het huidige)."
)
REPORT_HALF_YEAR_HELP = (
    "Het halfjaar: 2026-H1, '1e helft 2026', 'najaar 2026'...; of een jaar (2026) voor de "
    "jaarrapportage."
)
REPORT_INTERNAL_HELP = (
    "De interne versie: met namen, de ontbrekende updates en de administratie van de ronde."
)
REPORT_DRAFT_HELP = "Een concept: bewerkte teksten die nog niet zijn goedgekeurd, gemarkeerd."
REPORT_FILE_HELP = "Het bestand: .docx (Word), .md of .xlsx."
RUN_HELP = "Start de Slack-bot: Socket Mode als SLACK_APP_TOKEN gezet is, anders HTTP op PORT."
RUN_HOST_HELP = "Adres om op te luisteren (alleen HTTP)."
TICK_HELP = (
    "Verstuur de herinneringen, escalaties en het weekoverzicht die nu aan de beurt zijn "
    "(veilig om vaker te draaien, bijvoorbeeld vanuit cron)."
)
TICK_NOW_HELP = "Doe alsof het dit moment is (ISO, bijv. 2027-05-18T09:00+02:00)."
TICK_DRY_RUN_HELP = (
    "Laat alleen zien wat er nu verstuurd zou worden, en aan wie; verstuurt en bewaart niets "
    "(geen SLACK_BOT_TOKEN nodig)."
)

# What the commands print.

TICK_BAD_NOW = "'{text}' is geen tijdstip. Schrijf bijvoorbeeld --now 2027-05-18T09:00."
TICK_NO_TOKEN = "SLACK_BOT_TOKEN ontbreekt: zonder kan ik niets versturen."
TICK_DONE = (
    "Klaar: {sent} verstuurd, {failed} mislukt (volgt later opnieuw), {given_up} onbereikbaar."
)

TICK_PREVIEW_TITLE = "Proefdraaien op {moment}: er wordt niets verstuurd en niets vastgelegd."
TICK_PREVIEW_NOTHING = "Op dit moment zou ik niets versturen."
TICK_PREVIEW_LINE = "- {what} aan {to}{about}"
TICK_PREVIEW_ABOUT = " over {codes}"
TICK_PREVIEW_CHANNEL = "kanaal {channel}"
TICK_PREVIEW_RETRY = " (eerder niet gelukt of uitgesteld; opnieuw)"
TICK_PREVIEW_COUNT = "Samen {count}."
TICK_PREVIEW_WORDS = ("bericht", "berichten")
TICK_PREVIEW_KINDS = {
    "reminder": "herinnering ({occasion})",
    "snooze": "herinnering (zoals gevraagd met 'Later')",
    "manual": "herinnering (door een coördinator)",
    "escalation": "escalatie: wie is te laat",
    "unreachable": "melding: acties zonder bereikbare regiehouder",
    "undeliverable": "melding: herinnering niet afgeleverd",
    "not_mine": "melding: 'niet mijn actie'",
    "digest": "weekoverzicht {occasion}",
}
TICK_PREVIEW_OCCASIONS = {
    "first": "eerste",
    "second": "tweede",
    "deadline": "op de deadline",
    "last": "laatste, na de deadline",
}

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
# The words of a plain help screen as typer.core asks gettext for them (English -> Dutch).
CLI_PLAIN_WORDS = {
    "Arguments": CLI_PANEL_ARGUMENTS,
    "Options": CLI_PANEL_OPTIONS,
    "Commands": CLI_PANEL_COMMANDS,
    "required": "verplicht",
    "default: {default}": "standaard: {default}",
    "env var: {var}": "omgevingsvariabele: {var}",
    "(dynamic)": "(berekend)",
}
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
PROGRAMME_OPTION_HELP = (
    "Het programma (zijn korte naam, bijv. 'opvang'); nodig als er meer dan één is."
)
IMPORT_PROGRAMME_HELP = (
    "Het programma waarin het bestand komt (korte naam); nieuw als het nog niet bestaat. "
    "Zonder: het programma met de naam uit het bestand, anders een nieuw programma."
)
IMPORT_DRY_RUN_HELP = "Laat alle verschillen zien en wijzig niets."
IMPORT_YES_HELP = "Niet vragen: ook acties laten vervallen en regiehouders vervangen."
IMPORT_OVERWRITE_HELP = (
    "Laat het bestand winnen van statussen en standen van zaken die later in de bot zijn gegeven."
)
CLI_METAVAR_SLUG = "PROGRAMMA"
CLI_METAVAR_CHANNEL = "KANAAL"
TICK_PROGRAMME_HELP = "Alleen dit programma (korte naam); zonder: alle programma's."
CLI_METAVAR_WORKSPACE = "TEAM-ID"
WORKSPACE_OPTION_HELP = (
    "De Slack-werkruimte (haar team-id, bijv. T012AB3CD) als de bot in meerdere werkruimtes is "
    "geïnstalleerd; zonder: de ene werkruimte van SLACK_BOT_TOKEN."
)
BAD_WORKSPACE = (
    "'{text}' is geen Slack-team-id. Een team-id begint met T (of E voor een Enterprise "
    "Grid-organisatie), gevolgd door hoofdletters en cijfers, bijv. T012AB3CD."
)
