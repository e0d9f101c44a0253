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

# A programme, round or reminder of another workspace (a crafted button value or form
# metadata) is answered as if it did not exist: nothing of another workspace is shown.
PROGRAMME_GONE = "Dit programma is niet gevonden (meer). Typ de opdracht opnieuw."
ROUND_NOT_FOUND = "Deze updateronde is niet gevonden."
REMINDER_NOT_FOUND = "Deze herinnering is niet gevonden."
