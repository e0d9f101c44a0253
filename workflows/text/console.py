"""The terminal console (``woonzorg demo``): its own lines around the shared views."""

from __future__ import annotations

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
CONSOLE_YES_NO = "{question} (j/n, Enter = {default}): "
CONSOLE_CHECKBOX = "{label}: {option}?"
CONSOLE_BYE = "Tot ziens!"
