"""A plausible update history for the demo: last half-year's round and the current one.

Made up for the demo (the source programme has one stand van zaken per action). Each entry:
action code, demo person, status, text, days before the moment it is dated from, and a
realised quantity or a request for help where that makes the demo more telling.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoUpdate:
    code: str
    handle: str
    status: str
    text: str
    days_before: int
    realised: float | None = None
    help_needed: bool = False


# Dated back from the previous round's deadline; that round is closed when the demo loads.
PREVIOUS_ROUND: tuple[DemoUpdate, ...] = (
    DemoUpdate(
        "1.1",
        "anna",
        "on_track",
        "Vroeg eropaf is opgeschaald naar Dordrecht Oost en "
        "Zwijndrecht. De aanpak in de rest van de regio wordt voorbereid.",
        12,
    ),
    DemoUpdate(
        "1.2",
        "dewi",
        "on_track",
        "Evaluatie door GGD afgerond; een concept van het "
        "herijkte convenant ligt bij de corporaties.",
        9,
    ),
    DemoUpdate(
        "1.5",
        "dewi",
        "attention",
        "Structurele financiering van de wijk-GGD'er is nog "
        "niet rond; een besluit wordt na de zomer verwacht.",
        8,
    ),
    DemoUpdate(
        "2.1",
        "anna",
        "on_track",
        "Nieuw toegangsproces maatschappelijke opvang is "
        "beschreven; de pilot met een bredere intake start na de zomer.",
        7,
    ),
    DemoUpdate(
        "2.3",
        "gijs",
        "on_track",
        "Vergunning verleend; de verbouwing van Kromhout/Kasperspad is gestart.",
        15,
    ),
    DemoUpdate(
        "2.4a",
        "bram",
        "on_track",
        "Sterrenburg draait met 8 plekken. Een locatie in "
        "Zwijndrecht voor 10 plekken wordt onderzocht.",
        6,
        realised=8,
    ),
    DemoUpdate(
        "2.4b",
        "gijs",
        "attention",
        "Nog geen locatie voor de winteropvang; twee opties zijn in gesprek met de corporaties.",
        5,
    ),
    DemoUpdate(
        "2.4c",
        "hanneke",
        "on_track",
        "Het herijkte convenant is getekend. 12 woningen Housing First toegewezen.",
        4,
        realised=12,
    ),
    DemoUpdate(
        "2.4g",
        "anna",
        "delayed",
        "Geen geschikte extra crisisplekken gevonden; de regiogemeenten zijn gevraagd mee te "
        "zoeken.",
        3,
    ),
    DemoUpdate(
        "3.3",
        "erik",
        "delayed",
        "Afspraken met opvang- en zorgaanbieders over "
        "verplicht budgetbeheer schuiven door naar het najaar.",
        2,
    ),
    DemoUpdate(
        "4.3",
        "erik",
        "on_track",
        "Monitor leefbaarheid Kromhout Kasperpad is uitgezet "
        "bij het Onderzoekscentrum Drechtsteden.",
        1,
    ),
)

# Dated back from "now"; the current round stays open, so some owners are still missing.
CURRENT_ROUND: tuple[DemoUpdate, ...] = (
    DemoUpdate(
        "3.4",
        "fatima",
        "attention",
        "Vangnetwerk Krispijn loopt goed; in de Vogelbuurt zijn er nog te weinig deelnemers.",
        20,
    ),
    DemoUpdate(
        "2.4c",
        "hanneke",
        "on_track",
        "25 woningen Housing First dit jaar gehaald; de variant voor jongeren start volgend jaar.",
        15,
        realised=25,
    ),
    DemoUpdate(
        "2.3",
        "gijs",
        "done",
        "Verbouwing gereed: ca 50 kamers en 10 plekken restcapaciteit zijn in gebruik.",
        12,
    ),
    DemoUpdate(
        "2.4a",
        "bram",
        "on_track",
        "Zwijndrecht: 10 plekken, de opening is gepland in het voorjaar.",
        9,
        realised=8,
    ),
    DemoUpdate(
        "4.1",
        "gijs",
        "on_track",
        "Communicatieplan voor de locatie in Zwijndrecht is "
        "opgesteld; de bewonersavond is gepland.",
        7,
    ),
    DemoUpdate(
        "1.1",
        "anna",
        "on_track",
        "Vroeg eropaf loopt nu in heel Dordrecht; de regio volgt volgend jaar.",
        5,
    ),
    DemoUpdate(
        "2.4b",
        "gijs",
        "delayed",
        "De winteropvang start later dan gepland: de locatie is pas per 1 januari beschikbaar.",
        3,
    ),
    DemoUpdate(
        "1.5",
        "dewi",
        "attention",
        "Het besluit over structurele financiering van de wijk-GGD'er is nog steeds niet genomen.",
        2,
        help_needed=True,
    ),
)
