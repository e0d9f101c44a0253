"""Update rounds: opening, closing and showing one, and how far it is."""

from __future__ import annotations

ROUND_DEADLINE_AFTER_END = (
    "De deadline {deadline} ligt na het einde van de {half} ({end}). Kies een eerdere datum."
)
ROUND_DEADLINE_PAST = "De deadline {deadline} ligt in het verleden. Kies een datum vanaf vandaag."
ROUND_DEFAULT_PAST = (
    "De standaarddeadline voor de {half} ({deadline}) is al voorbij. Geef een deadline op, "
    "bijvoorbeeld: ronde start 2026-H1 deadline 15-06-2026."
)
ROUND_EXISTS = (
    "Er is al een updateronde voor de {half}. Er is niets veranderd. Is hij gesloten? "
    "Heropen hem met '/woonzorg ronde heropen [deadline 30-06-2026]'."
)
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
    "[deadline 15-05-2026]', '/woonzorg ronde verleng 30-06-2026', '/woonzorg ronde sluit' "
    "of '/woonzorg ronde heropen [deadline 30-06-2026]'."
)
ROUND_NEEDS_DEADLINE = "Tot wanneer? Schrijf bijvoorbeeld: /woonzorg ronde verleng 30-06-2026."
ROUND_EXTEND_CLOSED = (
    "De updateronde voor de {half} is gesloten. Heropen hem met "
    "'/woonzorg ronde heropen deadline 30-06-2026'. Er is niets veranderd."
)
ROUND_EXTEND_NOT_LATER = (
    "De nieuwe deadline {deadline} ligt niet na de huidige ({current}). Er is niets veranderd."
)
ROUND_EXTENDED = (
    "De deadline van de updateronde voor de {half} is verlengd tot {deadline}. De herinneringen "
    "volgen de nieuwe deadline; wat al verstuurd is, komt niet nog eens."
)
ROUND_STILL_OPEN = "De updateronde voor de {half} is nog open. Er is niets veranderd."
ROUND_REOPEN_NEEDS_DEADLINE = (
    "De deadline van de {half} ({deadline}) is al voorbij. Geef een nieuwe deadline, "
    "bijvoorbeeld: /woonzorg ronde heropen deadline 30-06-2026."
)
ROUND_REOPENED = "De updateronde voor de {half} is weer open. Deadline: {deadline}. {progress}."
ROUND_CLOSE_CONFIRM = (
    "Voor de {half} ontbreken nog {missing}: {codes}. Weet je zeker dat je de ronde wilt sluiten?"
)
ROUND_CLOSE_YES = "Ja, sluit de ronde"
ROUND_CLOSE_NO = "Nee, laat open"
ROUND_CLOSE_KEPT = "De updateronde blijft open. Er is niets veranderd."
ROUND_CLOSE_STALE = (
    "Deze vraag hoort bij een andere updateronde dan de ronde die nu open is. Er is niets "
    "veranderd; typ opnieuw '/woonzorg ronde sluit'."
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
