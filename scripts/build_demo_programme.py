"""Build workflows/demo/van_opvang_naar_wonen.xlsx, the demo programme, in the import format.

    uv run python scripts/build_demo_programme.py

The actions and their texts come from the programme "Van opvang naar wonen 2020-2025"
(Drechtsteden/Alblasserwaard): four actielijnen, actions 1.1 to 4.3. Action 2.4 lists a dozen
concepts, each with its own target; they are actions 2.4a to 2.4l here so each keeps its target.
The original planned 2020-2022; the demo re-plans to 2026-2027 so that it is current, and the
years in its texts move with it (2020 -> 2026, 2021 -> 2027). The indicators are the programme's
own measurable goals, the extra places of action 2.3 and 2.4, for the end of 2027.
The regiehouders are made-up people (see workflows/demo/people.py); nothing else is invented
except statuses and planning, which the source shows only as coloured cells.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from workflows.demo.people import DEMO_PEOPLE, owner_cell
from workflows.exporting.tables import Cell, Sheet
from workflows.exporting.write import write_xlsx
from workflows.programme.planning import parse_planning

TARGET = (
    Path(__file__).resolve().parent.parent / "workflows" / "demo" / "van_opvang_naar_wonen.xlsx"
)
NAME = "Van opvang naar wonen"

THEMES = {
    "1": "Voorkomen dat mensen dakloos raken",
    "2": "Werken aan perspectief",
    "3": "Voorkomen terugval",
    "4": "Een prettige, veilige woonomgeving",
}

# code, title, description (lines starting with "-" are steps), owner handle, partners,
# planning (compact form), target, status, stand van zaken
ACTIONS: list[dict[str, str]] = [
    dict(
        code="1.1",
        title="Programma Armoede en schulden",
        description="- Pilot Vroeg eropaf",
        owner="anna",
        partners="SDD; Drechtsteden gemeenten",
        planning="2026-H1 voorbereiding; 2026-H2 t/m 2027-H2 realisatie",
        status="op schema",
        text="Pilot loopt nu in Dordt West. Vervolg: deze op te schalen naar rest van "
        "Dordrecht en regio.",
    ),
    dict(
        code="1.2",
        title="Convenant preventie huisuitzettingen evalueren en herijken",
        description="Het huidige convenant tussen GGD, corporaties en gemeenten in regio "
        "Drechtsteden loopt t/m 2026; bij de evaluatie kijken we ook hoe we huisuitzettingen "
        "in particuliere sector kunnen voorkomen en uit kunnen breiden naar de Alblasserwaard",
        owner="dewi",
        partners="GGD; corporaties; gemeenten regio Drechtsteden",
        planning="2026-H1 t/m 2026-H2 voorbereiding; 2027-H1 realisatie",
        status="op schema",
        text="Evaluatie start in het najaar van 2026, onder leiding van GGD.",
    ),
    dict(
        code="1.3",
        title="Doorontwikkeling sociale wijkteams",
        description="- realiseren integrale toegang SWT (aansluiten Wmo consulent SDD "
        "opvraagverheldering)",
        owner="erik",
        partners="SDD; Avres",
        planning="2026-H1 t/m 2027-H2 realisatie",
        status="op schema",
        text="In de gemeenten in de regio Drechtsteden wordt per gemeente gewerkt aan de "
        "doorontwikkeling van sociale wijkteams naar integrale teams met aansluiting SDD – WMO "
        "(zie stappen). In Alblasserwaard zijn integrale teams 0-100 en aansluiting met Avres "
        "gerealiseerd.",
    ),
    dict(
        code="1.4",
        title="Actieprogramma dak- en thuisloze jongeren",
        description="- in kaart brengen problematiek dak- en thuisloze jongeren\n"
        "- realiseren extra woon(zorg)plekken voor dak- en thuisloze jongeren (zie Actielijn 2 "
        "Uitbreiding tussen- en vervolgvoorzieningen)\n"
        "- doorontwikkeling Jongeren op de rit/brede laagdrempelige intake (zie bij Actielijn 2)",
        owner="fatima",
        planning="2026-H1 voorbereiding; 2026-H2 t/m 2027-H2 realisatie",
        status="nog niet gestart",
    ),
    dict(
        code="1.5",
        title="Verbeteren keten signalering en inzet toeleiding en bemoeizorg",
        description="- herijken regionale keten toeleiding en bemoeizorg\n"
        "- doorontwikkeling stedelijk netwerk Dordrecht\n"
        "- inzet wijk-GGD'er",
        owner="dewi",
        partners="GGD",
        planning="2026-H1 voorbereiding; 2026-H2 t/m 2027-H1 realisatie",
        status="op schema",
        text="Pilots lopen in Dordrecht West, Gorinchem en Sliedrecht, voorbereiding plan voor "
        "uitbreiding en structurele financiering loopt.",
    ),
    dict(
        code="2.1",
        title="Organiseren bredere en laagdrempelige intake en op herstelgerichte trajecten",
        description="De benodigde deskundigheid en middelen van verschillende partners en "
        "ervaringsdeskundigen gaan we effectiever inzetten. Zo kunnen de cliënten zo snel als "
        "mogelijk aan de slag met een passend plan van aanpak en ondersteuning. Dit is gericht "
        "op de gebieden als financiën en schulden, wonen, GGZ en verslaving en herstel of "
        "opbouw van zijn of haar sociaal netwerk.",
        owner="anna",
        partners="OCD; ervaringsdeskundigen",
        planning="2026-H1 onderzoek; 2026-H2 t/m 2027-H1 realisatie",
        status="op schema",
        text="Analyse huidige processen en onderzoek inventarisatie knelpunten en suggesties "
        "betrokken professionals door OCD is afgerond; Uitwerking nieuw proces voor toegang tot "
        "maatschappelijke opvang, bredere samenwerking organisaties met benodigde expertise "
        "binnen opvang, en organisatie samenwerking bij voorkomen dakloosheid (ook relatie met "
        "doorontwikkeling sociale wijkteams) start in juli.",
    ),
    dict(
        code="2.2",
        title="Vereenvoudigen en versnellen procedures uitkeringen, postadressen etc.",
        description="- Verbeteren proces postadressen thuislozen",
        owner="erik",
        partners="SDD",
        planning="2026-H1 t/m 2026-H2 realisatie",
        status="op schema",
        text="Project is gestart en richt zich met name op proces voor verkrijgen postadres "
        "door ‘thuislozen’: bankslapers. Proces feitelijk daklozen lijkt eenvoudig en duidelijk "
        "genoeg.",
    ),
    dict(
        code="2.3",
        title="Vernieuwing nachtopvang naar moderne crisisopvang",
        description="Op de huidige locatie Kromhout/Kasperspad wordt door interne verbouwing en "
        "verhuizing van de Beschermd Wonen-locatie naar elders ruimte gemaakt voor ca 50 "
        "individuele kleine kamers en 10 plekken als restcapaciteit",
        owner="gijs",
        partners="Leger des Heils",
        planning="2026-H1 voorbereiding; 2026-H2 realisatie",
        status="op schema",
        text="In mei zijn buurtbijeenkomsten gehouden over conceptplannen LdH; daarna start "
        "vergunningtraject; Planning: 1 september start verbouwing, 20 december gereed.",
    ),
    dict(
        code="2.4",
        title="Uitbreiding aanbod tussen-/vervolgvoorzieningen",
        description="We realiseren verschillende woon(zorg)concepten voor verschillende "
        "doelgroepen waarbij indien mogelijk mensen zelf een woning/kamer huren en begeleiding "
        "op maat krijgen. De concepten staan hieronder als 2.4a tot en met 2.4l.\n"
        "We zoeken daarvoor naar locaties zowel in Dordrecht als de regio, rekening houdend met "
        "draagkracht en draaglast van wijken. Daarvoor zijn we ook in overleg met "
        "regiogemeenten. De aantallen die genoemd worden zijn een voorlopige indicatie op basis "
        "van huidige inschatting benodigde plekken.",
        owner="bram",
        partners="regiogemeenten; corporaties",
        planning="2026-H1 t/m 2026-H2 voorbereiding; 2027-H1 t/m 2027-H2 realisatie",
        status="op schema",
    ),
    dict(
        code="2.4a",
        title="Kleinschalige tussenvoorzieningen voor mensen met lichte problemen",
        owner="bram",
        planning="2026-H1 voorbereiding; 2026-H2 t/m 2027-H2 realisatie",
        target="24 woonplekken",
        status="op schema",
        text="Doorstart Sterrenburg (8 plekken) is in mei gestart. Mogelijkheden voor extra "
        "projecten elders in de regio worden onderzocht.\n(oa. in Zwijndrecht en Hendrik Ido "
        "Ambacht)",
    ),
    dict(
        code="2.4b",
        title="Tijdelijke extra (winter)opvang",
        owner="gijs",
        planning="2026-H1 voorbereiding; 2026-H2 realisatie",
        target="30 plekken",
        status="aandacht nodig",
        text="Voor verwachte (tijdelijke) extra vraag naar opvang ivm Corona en winter. "
        "Locatieonderzoek loopt. Noodzaak langere termijn afhankelijk van realisatie ander "
        "aanbod tussen-/vervolgvoorzieningen.",
    ),
    dict(
        code="2.4c",
        title="Housing First",
        description="- volwassenen (uitbreiding)\n- jongeren (nieuw)",
        owner="hanneke",
        partners="Leger des Heils; SDD; corporaties",
        planning="2026-H1 t/m 2027-H2 realisatie",
        target="jaarlijks 25 woningen",
        status="op schema",
        text="Het convenant tussen Leger des Heils, SDD en corporaties wordt herijkt; daarbij "
        "is ambitie ook uitbreiding naar andere gemeenten in de regio Drechtsteden en "
        "Alblasserwaard.",
    ),
    dict(
        code="2.4d",
        title="Woon/kamertraining jongvolwassenen",
        owner="fatima",
        planning="2026-H1 t/m 2026-H2 onderzoek; 2027-H1 t/m 2027-H2 realisatie",
        target="30 woonplekken",
        status="op schema",
        text="Onderzoek naar mogelijkheden loopt; ook in regiogemeenten.",
    ),
    dict(
        code="2.4e",
        title="Flexwonen/tijdelijk wonen in bijvoorbeeld wooncontainers en leegstaand vastgoed",
        owner="hanneke",
        partners="leegstandbeheerders; Trivire; Rijksvastgoedbedrijf",
        planning="2026-H1 voorbereiding; 2026-H2 t/m 2027-H2 realisatie",
        target="80 woonplekken",
        status="aandacht nodig",
        text="- afspraken met leegstandbeheerders, Trivire en evt andere corporaties tijdelijk "
        "wonen in leegstaande panden beter mogelijk te maken in voorbereiding\n"
        "- tijdelijk wonen op locatie Leerpark begin 2027 gereed\n"
        "- We onderzoeken verdere mogelijkheden voor plaatsen van tijdelijke "
        "woningen/wooncontainers op nieuwbouwlocaties of benutten leegstaand vastgoed (oa door "
        "quickscan ism Rijksvastgoedbedrijf)",
    ),
    dict(
        code="2.4f",
        title="Realisatie extra (kleinschalige) Short Stay Facility",
        owner="gijs",
        planning="2026-H2 voorbereiding; 2027-H1 t/m 2027-H2 realisatie",
        status="nog niet gestart",
    ),
    dict(
        code="2.4g",
        title="Uitbreiding crisisopvang gezinnen",
        owner="anna",
        planning="2026-H1 onderzoek; 2026-H2 t/m 2027-H1 realisatie",
        target="3",
        status="vertraagd",
        text="Er is begin 2026 1 extra crisisplek gerealiseerd (er zijn nu 3 plekken in "
        "totaal). Er zijn meer plekken nodig. We onderzoeken mogelijkheden elders in de regio",
    ),
    dict(
        code="2.4h",
        title="Uitbreiding Merwedehuusjes (Skaeve huse) voor de zeer complexe doelgroep",
        owner="bram",
        planning="2026-H1 t/m 2026-H2 voorbereiding; 2027-H1 t/m 2027-H2 realisatie",
        target="12 units, geclusterd of verspreid",
        status="nog niet gestart",
    ),
    dict(
        code="2.4i",
        title="Terugval/time-out plekken",
        owner="dewi",
        partners="aanbieders Beschermd Wonen; Huizen van Hoop",
        planning="2026-H1 voorbereiding; 2026-H2 t/m 2027-H2 realisatie",
        target="6-12 plekken",
        status="op schema",
        text="In Zwijndrecht wordt gewerkt aan een plan voor een kleinschalige "
        "terugval/time-out voorziening tbv doelgroep Beschermd Thuis/GGZ-doelgroep. In Huizen "
        "van Hoop worden ook logeerplekken gerealiseerd voor mensen die tijdelijk een andere "
        "plek nodig hebben. We onderzoeken met aanbieders verdere mogelijkheden voor "
        "crisis/logeerplekken in Beschermd Wonen-voorzieningen.",
    ),
    dict(
        code="2.4j",
        title="Probeerplekken in Beschermd Wonen-voorzieningen",
        owner="dewi",
        partners="aanbieders Beschermd Wonen",
        planning="2026-H2 t/m 2027-H1 voorbereiding; 2027-H2 realisatie",
        target="ntb",
        status="nog niet gestart",
        text="Idee is dat mensen die in opvang verblijven, een plek in beschermd wonen "
        "voorziening kunnen proberen. Dat vermindert koudwatervrees en voorkomt verkeerde "
        "plaatsingen. Uitwerking van dit idee met BW-aanbieders moet nog starten.",
    ),
    dict(
        code="2.4k",
        title="Tijdelijke opvang bij particulieren (a la Kamers met Aandacht/Onder de Pannen)",
        owner="fatima",
        partners="De Rustplek",
        planning="2026-H1 voorbereiding; 2026-H2 t/m 2027-H2 realisatie",
        target="25 per jaar",
        status="op schema",
        text="Particulier initiatief De Rustplek is in voorbereiding. Vergelijking met andere "
        "voorbeelden elders in het land loopt; op basis daarvan ondersteunen van realisatie van "
        "het beste project in onze regio.",
    ),
    dict(
        code="2.4l",
        title="Woonzorgvoorziening voor langdurig dak- en thuislozen met zeer complexe "
        "problematiek",
        owner="hanneke",
        partners="VGZ; zorgpartijen",
        planning="2026-H1 t/m 2027-H1 voorbereiding; 2027-H2 realisatie",
        target="ntb",
        status="op schema",
        text="Zorgverzekeraar VGZ bereidt met zorgpartijen plan voor",
    ),
    dict(
        code="2.5",
        title="Gebruikersruimte: uitwerking waar en hoe",
        owner="gijs",
        planning="2026-H1 voorbereiding; 2026-H2 realisatie",
        status="gereed",
        text="Na verbouwing locatie Kromhout Kasperspad is gebruik op kamers toegestaan (binnen "
        "redelijke voorwaarden).",
    ),
    dict(
        code="2.6",
        title="Uitbreiding mogelijkheden activering, dagbesteding en participatietrajecten",
        owner="erik",
        planning="2026-H2 voorbereiding; 2027-H1 t/m 2027-H2 realisatie",
        status="nog niet gestart",
    ),
    dict(
        code="3.1",
        title="Programma’s acceptatie en aansluiting in de wijk en sociaal netwerk",
        owner="fatima",
        partners="ervaringsdeskundigen; bewoners/vrijwilligers",
        planning="2026-H1 voorbereiding; 2026-H2 t/m 2027-H2 realisatie",
        status="op schema",
        text="De voorbereidingen zijn gestart voor het programma ‘Samen sterk tegen stigma’ in "
        "Dordrecht, gecombineerd met methodiek Vangnetwerken (zie 3.4). Pilots starten in het "
        "najaar in Vogelbuurt, Krispijn en Wielwijk/Crabbehof. Deze bestaan uit het opzetten "
        "van een netwerk van sleutelfiguren in de wijken Krispijn en Vogelbuurt van "
        "professionals, bewoners/ vrijwilligers, netwerk van ervaringsdeskundigen die hun "
        "ervaringen willen delen. Van bewustwordingsbijeenkomsten voor professionals en "
        "vrijwilligers/ buurtbewoners; Zwijndrecht heeft een campagne gepland in 2027; in "
        "Gorichem oriënteert men zich nog.",
    ),
    dict(
        code="3.2",
        title="Ontwikkeling aanbod voorbereiding op zelfstandig wonen door trainingen en coaching",
        owner="hanneke",
        planning="2026-H2 voorbereiding; 2027-H1 t/m 2027-H2 realisatie",
        status="nog niet gestart",
    ),
    dict(
        code="3.3",
        title="Verplicht preventief budgetbeheer bij doorstroom naar zelfstandig wonen",
        owner="erik",
        partners="opvang- en zorgaanbieders",
        planning="2026-H1 t/m 2026-H2 voorbereiding; 2027-H1 realisatie",
        status="vertraagd",
        text="Preventief budgetbeheer is reeds beschikbaar in regio Drechtsteden en "
        "Alblasserwaard; afspraken over verplicht stellen met opvang- en zorgaanbieders nog "
        "uitwerken.",
    ),
    dict(
        code="3.4",
        title="Organiseren waakvlamfunctie",
        owner="fatima",
        planning="2026-H1 voorbereiding; 2026-H2 t/m 2027-H2 realisatie",
        status="op schema",
        text="Vangnetwerken starten in het najaar in Vogelbuurt, Krispijn en "
        "Wielwijk/Crabbehof in Dordrecht: een professioneel begeleid, wijkgericht steunnetwerk "
        "van 25-40 personen. Deelnemers bieden elkaar sociale steun en organiseren activiteiten "
        "voor en met elkaar en de omringende wijk. Dit wordt gecombineerd met aanpak Samen sterk "
        "tegen stigma (zie 3.1). In Hardinxveld Giessendam loopt een pilot waakvlam binnen "
        "sociaal wijkteam.",
    ),
    dict(
        code="4.1",
        title="Bij nieuwe locaties: informeren omwonenden",
        description="De gemeente maakt de locatie zo snel mogelijk bekend bij de omwonenden, "
        "voordat het besluit breed openbaar wordt gemaakt. Daarna volgt een bijeenkomst waar "
        "gemeente, zorgorganisaties en andere partners (wijkmanager, politie, handhaving) met "
        "de omwonenden bespreken wat er nodig is om de voorziening zo goed mogelijk in de buurt "
        "op te nemen. Dat kan gaan over een kennismakingsbijeenkomst met de nieuwe bewoners, "
        "maatregelen als (tijdelijk) extra toezicht en bereikbaarheid van de leiding. Ook maken "
        "we afspraken over hoe de buurt verder betrokken wil blijven.",
        owner="gijs",
        partners="zorgorganisaties; wijkmanager; politie; handhaving",
        planning="2026-H1 t/m 2027-H2 realisatie",
        target="per locatie",
        status="op schema",
        text="Per locatie wordt een communicatieplan op maat opgesteld voor de communicatie met "
        "omwonenden en andere belanghebbenden.",
    ),
    dict(
        code="4.2",
        title="Afspraken met zorgorganisaties af dat zij een actieve rol spelen in de contacten "
        "met de buurt",
        owner="gijs",
        partners="zorgorganisaties",
        planning="2026-H1 t/m 2027-H2 realisatie",
        status="op schema",
        text="Per locatie worden hierover afspraken gemaakt.",
    ),
    dict(
        code="4.3",
        title="Monitoring leefbaarheid en veiligheid buurten",
        description="Het Onderzoekscentrum Drechtsteden voert jaarlijks een monitor uit. "
        "Specifiek voor buurt Kromhout Kasperpad laten we uitgebreider onderzoek uitvoeren naar "
        "de ontwikkeling van leefbaarheid en veiligheid en de relatie met opvangvoorzieningen in "
        "de buurt.",
        owner="erik",
        partners="Onderzoekscentrum Drechtsteden",
        planning="2026-H1 t/m 2027-H2 realisatie",
        target="jaarlijks",
        status="op schema",
    ),
]

# name, unit, baseline (extra places: 0), baseline year, target (end of 2027), measurements.
# The programme's "Totaal extra plekken" column (actions 2.3 and 2.4); the measurements are the
# ones its texts give: Doorstart Sterrenburg (8 plekken) started, and 1 extra crisis place for
# families (3 in all).
INDICATORS: list[tuple[str, str, int, int, str, list[tuple[int, date]]]] = [
    ("Kleinschalige tussenvoorzieningen", "woonplekken", 0, 2026, "24", [(8, date(2026, 5, 31))]),
    ("Tijdelijke extra (winter)opvang", "plekken", 0, 2026, "30", []),
    ("Housing First", "woningen per jaar", 0, 2026, "25", []),
    ("Woon-/kamertraining jongvolwassenen", "woonplekken", 0, 2026, "30", []),
    ("Flexwonen en tijdelijk wonen", "woonplekken", 0, 2026, "80", []),
    ("Extra crisisopvang gezinnen", "plekken", 0, 2026, "3", [(1, date(2026, 3, 31))]),
    ("Merwedehuusjes (Skaeve huse)", "units", 0, 2026, "12", []),
    ("Terugval- en time-outplekken", "plekken", 0, 2026, "6-12", []),
    ("Individuele kamers crisisopvang", "kamers", 0, 2026, "50", []),
]
TARGET_YEAR = 2027


def _half_years() -> list[str]:
    return ["2026-H1", "2026-H2", "2027-H1", "2027-H2"]


def actions_sheet() -> Sheet:
    halves = _half_years()
    labels = {
        "2026-H1": "1e helft 2026",
        "2026-H2": "2e helft 2026",
        "2027-H1": "1e helft 2027",
        "2027-H2": "2e helft 2027",
    }
    headers = [
        "Nr",
        "Actielijn",
        "Actie",
        "Omschrijving",
        "Regiehouder",
        "Partners",
        *(labels[h] for h in halves),
        "Doel",
        "Status",
        "Stand van zaken",
    ]
    rows: list[list[Cell]] = []
    for action in ACTIONS:
        number = action["code"].split(".")[0]
        planning = parse_planning(action["planning"])
        grid = [
            {"preparation": "V", "realisation": "R"}.get(planning.get(h, ""), "") for h in halves
        ]
        rows.append(
            [
                action["code"],
                f"{number}. {THEMES[number]}",
                action["title"],
                action.get("description", ""),
                owner_cell(action["owner"]),
                action.get("partners", ""),
                *grid,
                action.get("target", ""),
                action["status"],
                action.get("text", ""),
            ]
        )
    return Sheet("Acties", headers, rows, wide=("Omschrijving", "Stand van zaken", "Actie"))


def indicators_sheet() -> Sheet:
    headers = [
        "Indicator",
        "Eenheid",
        "Nulmeting",
        "Nulmeting jaar",
        "Doel",
        "Doeljaar",
        "Stand",
        "Peildatum",
    ]
    rows: list[list[Cell]] = []
    for name, unit, baseline, year, target, measurements in INDICATORS:
        base: list[Cell] = [name, unit, baseline, year, target, TARGET_YEAR]
        rows += [[*base, value, day] for value, day in measurements] or [[*base, None, None]]
    return Sheet("Indicatoren", headers, rows)


def people_sheet() -> Sheet:
    rows: list[list[Cell]] = [[p.name, p.email, p.slack_id] for p in DEMO_PEOPLE]
    return Sheet("Personen", ["Naam", "E-mail", "Slack-id"], rows)


def main(target: Path = TARGET) -> None:
    write_xlsx(target, [actions_sheet(), indicators_sheet(), people_sheet()], title=NAME)
    print(f"{target}: {len(ACTIONS)} acties, {len(INDICATORS)} indicatoren")


if __name__ == "__main__":
    main()
