"""Several programmes in one bot: choosing one, linking a channel, the CLI's --programma."""

from __future__ import annotations

PROGRAMME_WHICH = (
    "Er zijn meerdere programma's. Zeg welk programma je bedoelt, bijvoorbeeld "
    "'/woonzorg opvang overzicht' of 'woonzorg ... --programma opvang'. Programma's: {slugs}."
)
PROGRAMME_NOT_FOUND = "Er is geen programma '{slug}'. Programma's: {slugs}."
PROGRAMME_CHOOSE = "Voor welk programma? Er zijn er meerdere."
PROGRAMME_CHOOSE_PLACEHOLDER = "Kies een programma"
PROGRAMME_HEADING = "*{name}* (`{slug}`)"

HELP_LINK = "Koppel dit kanaal aan een programma: opdrachten hier gaan dan over dat programma."
LINK_USAGE = "koppel PROGRAMMA"
LINK_DONE = "Dit kanaal is gekoppeld aan *{name}* (`{slug}`): opdrachten hier gaan daarover."
LINK_NOT_IN_CHANNEL = "Typ 'koppel' in het kanaal dat je aan een programma wilt koppelen."
ONLY_COORDINATORS_LINK = "Alleen coördinatoren kunnen een kanaal aan een programma koppelen."

# woonzorg programma lijst / hernoem / kanaal / verwijder (bot/cli/programme_cmd.py)
PROGRAMME_CLI_HELP = "Beheer de programma's: lijst, hernoem, kanaal, verwijder."
PROGRAMME_LIST_HELP = "Toon alle programma's met hun korte naam, acties en open rondes."
PROGRAMME_RENAME_HELP = "Geef een programma een nieuwe naam (de korte naam blijft)."
PROGRAMME_CHANNEL_HELP = (
    "Stel het kanaal in voor het weekoverzicht van een programma ('-': het ingestelde "
    "WOONZORG_DIGEST_CHANNEL)."
)
PROGRAMME_DELETE_HELP = (
    "Verwijder een programma met alle acties, updates, rondes en indicatoren (de personen blijven)."
)
PROGRAMME_DELETE_YES_HELP = "Niet vragen; ook verwijderen als er nog een ronde open is."
PROGRAMME_NEW_NAME_HELP = "De nieuwe naam."
PROGRAMME_SLUG_HELP = "De korte naam van het programma (zie 'woonzorg programma lijst')."
PROGRAMME_CHANNEL_ARG_HELP = "Kanaal-id (C0123ABCD) of '-' voor het ingestelde kanaal."
PROGRAMME_LIST_EMPTY = "Er zijn nog geen programma's. Begin met 'woonzorg import BESTAND'."
PROGRAMME_LIST_LINE = "- {slug}: {name} ({actions}, {updates}){rounds}{channel}"
PROGRAMME_LIST_ROUNDS = "; open ronde: {rounds}"
PROGRAMME_LIST_CHANNEL = "; weekoverzicht in {channel}"
PROGRAMME_RENAMED = "Programma '{slug}' heet nu '{name}' (was '{old}')."
PROGRAMME_CHANNEL_SET = "Het weekoverzicht van '{slug}' gaat voortaan naar {channel}."
PROGRAMME_CHANNEL_DEFAULT = (
    "Het weekoverzicht van '{slug}' gaat voortaan naar het ingestelde kanaal "
    "(WOONZORG_DIGEST_CHANNEL)."
)
PROGRAMME_NAME_EMPTY = (
    "Geef een naam op, bijvoorbeeld: woonzorg programma hernoem opvang 'Van opvang naar wonen'."
)
PROGRAMME_NAME_TOO_LONG = "Die naam is te lang: hoogstens {max} tekens."
PROGRAMME_NAME_TAKEN = "Er is al een programma '{name}' ({slug}). Kies een andere naam."
PROGRAMME_BAD_CHANNEL = "'{channel}' is geen kanaal. Geef het kanaal-id, bijvoorbeeld C0123ABCD."
PROGRAMME_DELETE_SUMMARY = (
    "Programma '{slug}' ({name}) verwijderen: {actions} en {updates} verdwijnen voorgoed."
)
PROGRAMME_DELETE_CONFIRM = "Weet je het zeker?"
PROGRAMME_DELETE_OPEN_ROUND = (
    "Programma '{slug}' heeft nog een open updateronde ({rounds}); er is niets verwijderd. "
    "Sluit de ronde eerst, of verwijder toch met --ja."
)
PROGRAMME_DELETE_NOT_CONFIRMED = (
    "Programma '{slug}' is niet verwijderd. Zonder terminal is --ja nodig om te verwijderen."
)
PROGRAMME_DELETE_CANCELLED = "Niet verwijderd; er is niets veranderd."
PROGRAMME_DELETED = "Programma '{slug}' ({name}) is verwijderd: {actions} en {updates}."

# A programme, round or reminder of another workspace (a crafted button value or form
# metadata) is answered as if it did not exist: nothing of another workspace is shown.
PROGRAMME_GONE = "Dit programma is niet gevonden (meer). Typ de opdracht opnieuw."
ROUND_NOT_FOUND = "Deze updateronde is niet gevonden."
REMINDER_NOT_FOUND = "Deze herinnering is niet gevonden."
