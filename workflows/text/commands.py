"""Slack and terminal: the /woonzorg commands, their views, the update modal and the App Home."""

from __future__ import annotations

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
    "'{text}' begrijp ik niet als filter. Gebruik `actielijn 2`, een of meer statussen "
    "(bijvoorbeeld vertraagd), `ontbreekt` en/of `@persoon`, bijvoorbeeld "
    "`overzicht @anna vertraagd aandacht`."
)
OVERVIEW_FILTER_TWICE = (
    "Geef hoogstens één actielijn en één @persoon (statussen mogen er meer zijn), "
    "bijvoorbeeld `overzicht actielijn 2 vertraagd @anna`."
)
NO_SUCH_THEME = "Actielijn {number} bestaat niet. Er zijn de actielijnen {numbers}."
BAD_QUANTITY = "'{text}' is geen aantal. Schrijf een getal, bijvoorbeeld 12 of 12,5."

# The overview
OVERVIEW_TITLE = "Overzicht: {programme}"
OVERVIEW_TITLE_THEME = "Overzicht actielijn {theme}"
OVERVIEW_TITLE_STATUS = "Acties met status {status}"
OVERVIEW_TITLE_PERSON = "Acties van {name}"
OVERVIEW_TITLE_MISSING = "Acties waarvan de update voor deze ronde ontbreekt"
OVERVIEW_TITLE_COMBINED = "Acties{parts}"
OVERVIEW_PART_PERSON = " van {name}"
OVERVIEW_PART_STATUS = " met status {status}"
OVERVIEW_PART_THEME = " in actielijn {theme}"
OVERVIEW_PART_MISSING = " zonder update voor deze ronde"
OR = " of "
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
ACTION_MATCHES = "{count} acties hebben '{text}' in de titel:"
ACTION_MATCH_LINE = "`{code}` {title}"
ACTION_MATCHES_HINT = (
    "Kies er een met `/woonzorg actie CODE`, bijvoorbeeld `/woonzorg actie {code}`."
)
ACTION_THEME = "Actielijn {theme}"
FIELD_OWNER = "*Regiehouder*\n{value}"
FIELD_DEPUTIES = "*Plaatsvervangers*\n{value}"
FIELD_STATUS = "*Status*\n{value}"
FIELD_TARGET = "*Doel*\n{value}"
FIELD_DEADLINE = "*Deadline*\n{value}"
FIELD_EXTRA = "*{label}*\n{value}"  # a plain field without a place of its own
NOBODY = "_niemand_"
NOT_SET = "_niet vastgelegd_"
PARTNERS = "*Betrokken partijen:* {value}"
DESCRIPTION = "*Wat*\n{value}"
PLANNING_TITLE = "*Planning* (V = voorbereiding, R = realisatie)"
NO_PLANNING = "*Planning*: _niet vastgelegd_"
STATUS_TEXT_TITLE = "*Stand van zaken*"
NO_STATUS_TEXT = "_Nog geen stand van zaken._"
NO_TEXT = "_(geen tekst)_"
LATEST = "Laatste update {date} door {author}"
LATEST_VIA = "Laatste update {date} via {source}"
LATEST_BASELINE = "Stand volgens import van {date}; nog geen update van de regiehouder."
STATUS_UNKNOWN = "⚪ onbekend"
HISTORY_TITLE = "*Geschiedenis* ({shown} van {total}, nieuwste eerst)"
HISTORY_LINE = "• {date} · {author} · {status}: {text}"
HISTORY_QUANTITY = " · gerealiseerd: {quantity}"
HISTORY_CARRIED = " _(geen wijziging)_"
HISTORY_LATE = " _(na de deadline)_"
HISTORY_REASON = " _(reden statuswijziging: {reason})_"
HISTORY_HELP = " _(hulp gevraagd)_"
SOURCE_LABELS = {"import": "stand volgens import", "slack": "Slack", "console": "terminal"}
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
MINE_NONE_ANONYMOUS = "Je bent (nog) geen regiehouder of plaatsvervanger van een actie."
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
LABEL_BOTTLENECKS = "Knelpunt: waarom deze status?"
HINT_BOTTLENECKS = (
    "Verplicht bij 'vertraagd' en 'aandacht nodig': de reden, zoals die in de rapportage aan de "
    "raad komt."
)
LABEL_CORRECTION = "Bijsturing: wat wordt eraan gedaan?"
HINT_CORRECTION = "Verplicht bij 'vertraagd' en 'aandacht nodig'."
MODAL_REASON_REQUIRED = "Geef bij deze status de reden op (het knelpunt)."
MODAL_CORRECTION_REQUIRED = "Geef bij deze status op hoe wordt bijgestuurd."
LABEL_HELP = "Heb je hulp nodig van de coördinator?"
HELP_OPTION = "Ja, ik heb hulp nodig"
MODAL_TEXT_REQUIRED = "Vul de stand van zaken in."
MODAL_STATUS_REQUIRED = "Kies een status."

# App Home
HOME_TITLE = "woonzorg-bot"
HOME_GREETING = "Hallo {name}! Hier zie je je acties en de updateronde."
HOME_GREETING_ANONYMOUS = "Hallo! Hier zie je je acties en de updateronde."
HOME_PROGRAMME = "{name} (voor coördinatoren)"
HOME_HINT = "Typ `/woonzorg help` voor alle opdrachten."

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
