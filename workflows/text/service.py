"""Running the bot: Slack faults, start-up, the health check and a database that cannot work."""

from __future__ import annotations

SLACK_UNAVAILABLE = (
    "Slack is even niet bereikbaar. Er is niets verloren gegaan; probeer het zo nog eens."
)
# Slack refused to open a form (its trigger_id expires 3 s after the click or command).
SLACK_MODAL_NOT_OPENED = "Het formulier kon niet worden geopend; probeer het nog eens."
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

# A database that can never work as configured (workflows/runtime/faults.py): no "try again".
# Chat users get DATABASE_MISCONFIGURED; the details below (paths, hosts) go to the operator.
DATABASE_MISCONFIGURED = (
    "De bot kan de database nu niet gebruiken door een instellingsfout. De beheerder vindt de "
    "oorzaak in het log van de bot; er is niets opgeslagen."
)
DATABASE_READ_ONLY = (
    "De database {database} is alleen te lezen, niet te schrijven. Geef de bot schrijfrechten "
    "of pas DATABASE_URL aan."
)
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

# Installing in many workspaces (OAuth mode, bot/slack/installs.py).
INSTALL_NOT_INSTALLED = (
    "woonzorg-bot is niet (meer) geïnstalleerd in deze werkruimte. Vraag een beheerder de app "
    "opnieuw te installeren; er is niets verwerkt."
)
INSTALL_DONE_TITLE = "woonzorg-bot is geïnstalleerd"
INSTALL_DONE = (
    "woonzorg-bot is geïnstalleerd in {team}. Typ /woonzorg in Slack om te beginnen; "
    "een coördinator laadt het programma met woonzorg import."
)
INSTALL_FAILED_TITLE = "Installeren is niet gelukt"
INSTALL_FAILED = (
    "woonzorg-bot is niet geïnstalleerd ({reason}). Er is niets opgeslagen; "
    '<a href="{install}">probeer het opnieuw</a>.'
)
INSTALL_NO_TOKEN = "geen token voor de werkruimte {workspace}: de app is daar niet geïnstalleerd"
