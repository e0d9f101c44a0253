"""The editorial review (``/woonzorg redactie``), the coordinators' own report texts, and
recording spending (``/woonzorg besteed``)."""

from __future__ import annotations

HELP_REVIEW = (
    "de updates van deze ronde redigeren: goedkeuren, tekst aanpassen of terugsturen; "
    "'inleiding' of 'actielijn 2' schrijft de eigen tekst van de rapportage"
)
HELP_SPENDING = "een besteding van dit jaar vastleggen voor een actie (bedrag in euro)"

# The review
REVIEW_STATE_LABELS = {
    "open": "te beoordelen",
    "approved": "goedgekeurd",
    "edited": "aangepast door de redactie",
    "sent_back": "teruggestuurd",
}
REVIEW_TITLE = "Redactie {half}"
REVIEW_SUMMARY = (
    "{updates} in deze ronde: {open} te beoordelen, {approved} goedgekeurd, "
    "{sent_back} teruggestuurd"
)
REVIEW_EMPTY = "In de updateronde van de {half} is nog geen update gegeven."
REVIEW_ITEM_TITLE = "*{code} {title}*"
REVIEW_ITEM_META = "{owner} · {date} · {status} · {state}"
REVIEW_EDITED_TEXT = "*Tekst in de rapportage:* {text}"
REVIEW_QUESTION_SHOWN = "*Vraag aan de regiehouder:* {question}"
REVIEW_APPROVE = "Goedkeuren"
REVIEW_EDIT = "Tekst aanpassen"
REVIEW_SEND_BACK = "Terugsturen"
REVIEW_PREVIOUS = "◀ Vorige"
REVIEW_NEXT = "Volgende ▶"
REVIEW_PAGE = "Pagina {page} van {pages}"
REVIEW_HINT = (
    "Goedgekeurde en aangepaste teksten komen zo in de rapportage; de oorspronkelijke update "
    "van de regiehouder blijft in de geschiedenis staan."
)
REVIEW_NO_ROUND = (
    "Er is nog geen updateronde, dus er is niets te redigeren. Start er een met "
    "`/woonzorg ronde start`."
)
REVIEW_NO_ROUND_FOR = "Voor de {half} is geen updateronde gehouden, dus er is niets te redigeren."
REVIEW_UPDATE_GONE = "Die update van {code} bestaat niet (meer). Open `/woonzorg redactie` opnieuw."
REVIEW_NEWER_UPDATE = (
    "Van {code} is intussen een nieuwere update binnengekomen. Open `/woonzorg redactie` "
    "opnieuw en beoordeel die."
)
REVIEW_EDIT_TITLE = "Tekst {code}"
REVIEW_EDIT_INTRO = (
    "*{code} {title}*\nDeze tekst komt in de rapportage in plaats van de tekst van de "
    "regiehouder. Zijn of haar update blijft in de geschiedenis staan."
)
REVIEW_EDIT_LABEL = "Tekst voor de rapportage"
REVIEW_TEXT_REQUIRED = "Vul de tekst voor de rapportage in."
REVIEW_EDIT_SAVED = "De tekst van {code} voor de rapportage is opgeslagen en goedgekeurd."
REVIEW_BACK_TITLE = "Terugsturen {code}"
REVIEW_BACK_INTRO = (
    "*{code} {title}*\nDe regiehouder krijgt je vraag in een privébericht, met de knop om de "
    "update aan te passen."
)
REVIEW_BACK_LABEL = "Je vraag aan de regiehouder"
REVIEW_BACK_HINT = "Bijvoorbeeld: Kun je aangeven hoeveel woonplekken er nu zijn?"
REVIEW_QUESTION_REQUIRED = "Schrijf de vraag aan de regiehouder."
REVIEW_QUESTION_DM = (
    "De redactie van de voortgangsrapportage over de {half} heeft een vraag over je update van "
    "*{code} {title}*:"
)
REVIEW_QUESTION_SENT = (
    "Je vraag over {code} is naar de regiehouder gestuurd; de update staat op teruggestuurd "
    "tot er een nieuwe komt."
)
REVIEW_QUESTION_NOT_SENT = (
    "Ik kon je vraag over {code} niet bezorgen; er is niets veranderd. Probeer het zo nog eens."
)
REVIEW_NOBODY_TO_ASK = (
    "De regiehouder van {code} is niet via Slack te bereiken, dus ik kan de update niet "
    "terugsturen. Wijs eerst een regiehouder toe met `/woonzorg regiehouder {code} @naam`."
)

# The coordinators' own texts
SECTION_USAGE = (
    "Zo gebruik je dit: `/woonzorg redactie inleiding` of `/woonzorg redactie actielijn 2`, "
    "eventueel met een halfjaar erachter (`actielijn 2 2026-H2`)."
)
SECTION_NO_THEME = "Actielijn {number} bestaat niet. Het programma heeft de actielijnen {numbers}."
SECTION_INTRODUCTION = "Inleiding"
SECTION_TITLE = "Tekst rapportage"
SECTION_INTRO = (
    "*{label}* in de rapportage over de {half}. De inleiding staat aan het begin van de "
    "samenvatting, de tekst van een actielijn onder de kop van die actielijn."
)
SECTION_LABEL = "Tekst"
SECTION_HINT = "Laat het veld leeg om de tekst te verwijderen."
SECTION_SAVED = "{label} voor de rapportage over de {half} is opgeslagen."
SECTION_REMOVED = "{label} voor de rapportage over de {half} is verwijderd (of was er niet)."
SECTION_GONE = "Dat deel van de rapportage bestaat niet meer. Open het formulier opnieuw."

# Spending
SPENDING_TITLE = "Besteding {code}"
SPENDING_INTRO = "*{code} {title}*\nWat is er in {year} aan deze actie besteed?"
SPENDING_SO_FAR = "Tot nu toe besteed in {year}: {spent_year}; in totaal {spent}; budget: {budget}."
SPENDING_NO_BUDGET = "geen budget vastgelegd"
SPENDING_AMOUNT_LABEL = "Bedrag (euro)"
SPENDING_HINT = "Zoals je het schrijft: 12.500, 12.500,50 of € 12.500."
SPENDING_NOTE_LABEL = "Toelichting"
SPENDING_AMOUNT_REQUIRED = "Vul het bestede bedrag in, bijvoorbeeld 12.500."
SPENDING_BAD_AMOUNT = (
    "'{text}' is geen bedrag. Schrijf het bedrag in euro, bijvoorbeeld 12.500, 12.500,50 of "
    "€ 12.500."
)
SPENDING_NEGATIVE = (
    "'{text}' is negatief. Leg alleen bestedingen vast; een correctie loopt via de coördinator "
    "(het Excel-bestand)."
)
SPENDING_ZERO = "'{text}' is nul. Vul het bedrag in dat is besteed."
SPENDING_TOO_LARGE = "'{text}' is wel heel veel. Controleer het bedrag."
SPENDING_NOT_ALLOWED = "Sorry, bestedingen van {code} legt de regiehouder of een coördinator vast."
SPENDING_SAVED = (
    "Vastgelegd: {amount} besteed aan {code} {title} in {year}. Besteed in {year}: "
    "{spent_year}; in totaal {spent}."
)
SPENDING_OF_BUDGET = "Dat is {share}% van het budget van {budget}."
BUTTON_SPENDING = "Besteding vastleggen"

# The report
TEXTS = ("tekst", "teksten")
REPORT_UNAPPROVED = (
    "Let op: {texts} {is_are} nog niet goedgekeurd in de redactie ({codes}); in deze "
    "rapportage staat daar de tekst van de regiehouder. Keur ze goed met /woonzorg redactie."
)
REPORT_UNAPPROVED_CONCEPT = "Een concept waarin die teksten gemarkeerd zijn, maak je met --concept."
