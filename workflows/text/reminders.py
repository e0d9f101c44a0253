"""Reminders to owners, their buttons, escalation to coordinators, the weekly digest and
reminding by hand."""

from __future__ import annotations

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
        "Hoi {name}, vandaag ({deadline}) is de deadline voor je update over de {half}. Wil je "
        "die vandaag nog doorgeven?"
    ),
    # the deadline falls on a weekend or holiday: this reminder goes out the working day before
    "deadline_ahead": (
        "Hoi {name}, de deadline voor je update over de {half} komt eraan: uiterlijk "
        "{deadline}. Wil je die nog doorgeven?"
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
REMINDER_HANDLED_STILL_OPEN = (
    "Dank je, deze herinnering is afgehandeld. Voor de {half} wacht ik nog op een update van "
    "{count}: {codes}. Zie '/woonzorg mijn'."
)
REMINDER_OPEN_WORDS = ("actie", "acties")
REMINDER_SNOOZED = "⏰ Ik herinner je er {day} om {hour:02d}:00 opnieuw aan."
REMINDER_HOW = (
    "Per actie: *Update geven* opent het formulier, *Geen wijziging* neemt je vorige stand van "
    "zaken over voor deze ronde, *Niet mijn actie* meldt het bij de coördinator. Met "
    "*Later* krijg je de volgende werkdag opnieuw een herinnering."
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

NOTICE_PROGRAMME = "Programma: *{name}*"
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

DIGEST_HEADER = "Weekoverzicht {programme}, week {week}"
DIGEST_PROGRAMME_UNNAMED = "uitvoeringsprogramma"
DIGEST_FALLBACK = (
    "Weekoverzicht {programme}, week {week}: {received} ontvangen, {missing} nog open."
)
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
DIGEST_POSTED = "Het weekoverzicht is geplaatst in {channel}."
DIGEST_NO_CHANNEL = (
    "Er is geen kanaal voor het weekoverzicht ingesteld (WOONZORG_DIGEST_CHANNEL, of per "
    "programma: woonzorg programma kanaal PROGRAMMA KANAAL); er is niets geplaatst."
)
