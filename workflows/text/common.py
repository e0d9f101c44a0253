"""Words shared by every surface: vocabulary, counts with their plural, parsing errors and
lookups."""

from __future__ import annotations

STATUS_LABELS = {
    "not_started": "nog niet gestart",
    "on_track": "op schema",
    "attention": "aandacht nodig",
    "delayed": "vertraagd",
    "done": "gereed",
    "cancelled": "vervallen",
}
PLANNING_LABELS = {
    "preparation": "voorbereiding",
    "realisation": "realisatie",
    "continuous": "doorlopend",
}
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


# Parsing errors (half-years, statuses, targets, dates)

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
BAD_PLANNING_CELL = (
    "'{text}' is geen planning. Gebruik V (voorbereiding), R (realisatie) of D (doorlopend)."
)
CONTINUOUS = "doorlopend"
INDICATOR_TARGET_WAS = "{target} (was {original})"  # an indicator's revised target, as exported
BAD_OWNER = (
    "'{text}' is geen regiehouder. Schrijf 'Naam <e-mail>', een e-mailadres of een Slack-id (U…)."
)
TEXT_TOO_LONG = "De tekst is {length} tekens; het maximum is {limit}."

# Lookups and storage

NO_PROGRAMME = (
    "Er is nog geen uitvoeringsprogramma geladen. Importeer er een met 'woonzorg import BESTAND'."
)
ACTION_NOT_FOUND = "Actie {code} bestaat niet."
ACTION_SUGGESTION = " Bedoelde je {suggestion}?"
DATABASE_SILENT = (
    "De database antwoordt niet, dus er is niets opgeslagen. Probeer het over een minuut opnieuw."
)
UPDATE_NOT_SAVED_SILENT = (
    "Je update is niet opgeslagen: de database antwoordt niet. Probeer het over een minuut opnieuw."
)
ACTION_NOT_FOUND_TITLE = (
    "Ik vind geen actie met code of titel '{text}'. Typ een code (`actie 2.4`) of woorden uit "
    "de titel (`actie housing first`)."
)
DATABASE_UNAVAILABLE = (
    "De database is even niet bereikbaar of bezet. Er is niets verloren gegaan; "
    "probeer het zo nog eens."
)

# Lists and counts
ONE_ACTION = "1 actie"
N_ACTIONS = "{n} acties"
NO_ACTIONS = "geen acties"
AND_MORE = "… en nog {count} die hier niet {fit}."
FITS = ("past", "passen")
NOUN_ACTIONS = ("actie", "acties")
NOUN_THEMES = ("actielijn", "actielijnen")
NOUN_PEOPLE = ("persoon", "mensen")
