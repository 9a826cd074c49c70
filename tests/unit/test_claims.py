"""The claim linker as a pure function: metric, sign, company, period, modality."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pipeline.amounts import find_amounts
from pipeline.claims import link_claims
from pipeline.clean import clean_text
from pipeline.periods import find_periods
from pipeline.records import CompanyMention
from pipeline.segment import sentence_spans

NAMES = ["Hoogveld Technologies", "Cinven", "Lotus Bakeries", "AB InBev", "Amazon", "Tesla", "Air France-KLM", "ABN Amro", "Just Eat Takeaway", "AM Pharma", "xAI", "SpaceX", "ASML", "ING",
         "Prosus", "Picnic", "GitLab", "Nvidia", "Philips", "Shell", "Apple", "Tesla", "SolarCity",
         "Microsoft", "OpenAI", "Adyen", "Heineken", "Bunq", "Mollie", "Rabobank", "BASF", "McKinsey",
         "TenneT", "Morgan Stanley", "Arcadis", "BNP Paribas Fortis", "BNP Paribas", "Belfius", "Vandewalle",
         "Drenth Verf", "KBC Securities", "Colruyt", "Signify", "iconectiv", "Ericsson", "Koch Equity Development",
         "CoreWeave", "Alphabet", "NIBC", "DoorDash", "Deliveroo", "Pfizer", "Metsera", "Porsche", "Takeda", "Besi",
         "Quantaris", "Lexwerk", "Partech", "Balderton Capital",
         "Eneco", "Mitsubishi", "Chubu Electric", "Ørsted", "Equinor",
         "FIFCO", "DSV", "DB Schenker", "Gilead", "Galapagos", "Permira", "Squarespace", "Staci",
         "Infineon", "Wolters Kluwer", "Danfoss",
         "Magnum Ice Cream Company", "Unilever", "JET", "Wonder", "BP",
         "Airbnb", "Booking", "Bekaert",
         "Vestas", "Siemens Energy", "Drahtwerk Rheintal",
         "Oracle", "Vlasveld Logistiek", "Vantage Data Centers", "JPMorgan Chase", "MUFG", "Parkwind", "JERA", "Colruyt", "Froneri",
         "Stop & Shop", "Food Lion", "Albert Heijn", "Ahold Delhaize", "Mistral AI", "Strategy", "Hansa Kapital", "Grubhub", "Couche-Tard", "Seven & i", "TotalEnergies", "Samsung", "FläktGroup", "Coinbase", "Deribit", "Toyota Industries", "Toyota", "Elliott Management", "Louis Vuitton", "Picnic", "Netflix", "BP", "Lyten", "Northvolt", "VDL Nedcar", "VDL", "Novo Nordisk", "Eli Lilly", "BMW", "Merck & Co", "Verona Pharma", "Novartis", "Avidity Biosciences", "Nvidia", "Mellanox", "Oracle", "OpenAI", "ASML", "CoreWeave", "Weights & Biases", "Core Scientific", "Meta", "Scale AI", "Lilly", "Apple", "SoftBank", "Tesla", "xAI", "Morgan Stanley", "Syensqo", "Solvay", "Boeing", "Nscale", "Helsing", "Tata Steel UK", "Microsoft", "Cisco", "Spectris", "Advent International", "KKR"]
_NAME_RE = re.compile("|".join(re.escape(n) for n in NAMES))


def claims_for(text, published=None):
    text = clean_text(text)
    money = find_amounts(text)
    companies = [CompanyMention(m.start(), m.end(), m.group(), m.group()) for m in _NAME_RE.finditer(text)]
    periods = find_periods(text, published, exclude=[(m.start, m.end) for m in money])
    return link_claims(text, sentences=sentence_spans(text), money=money, companies=companies,
                       periods=periods, doc_id="t", published=published)


def linked(claims):
    """What a test compares: each claim's amount, company and metric."""
    return [(c.money_text, c.company, c.metric) for c in claims]


def only(text, published=None):
    claims = claims_for(text, published)
    assert len(claims) == 1, [(c.money_text, c.company) for c in claims]
    return claims[0]


@pytest.mark.parametrize("sentence, metric", [
    ("Porsche zegde 5,8 miljard dollar toe voor een joint venture rond software.", "investment"),
    ("Nvidia heeft voor de nieuwe fabrieken 16 miljard dollar uitgetrokken.", "investment"),
    ("Oracle heeft bij een groep banken 38 miljard dollar geleend.", "debt"),
    # a cue opening a compound: "ebitda-prognose", "winstverwachting"
    ("Voor 2025 gaf Shell een ebitda-prognose van 8 à 11 miljard dollar.", "ebitda"),
    ("Shell verhoogde de winstverwachting naar 2 miljard dollar.", "net_income"),
    ("De nieuwe combinatie Shell belooft de komende tien jaar 11 miljard pond in het netwerk te stoppen.",
     "investment"),
    # a person's pay, also under a compound title
    ("Dat Shell-topman Wael Sawan vorig jaar ruim 10 miljoen euro verdiende, wekt weinig verontwaardiging.",
     "other"),
    # a loss as the value of the result before it
    ("Het bedrijfsresultaat van Shell sloeg om in een verlies van 400 miljoen euro.", "operating_income"),
    # the value of assets held is no company value
    ("Shell bezit woningen met een getaxeerde waarde van circa 83 miljard euro.", "other"),
    # a bill for something bought is a cost
    ("De brandstofrekening van Shell liep op tot zo'n 2,1 miljard pond.", "costs"),
    # what capacity costs is an investment, other costing a cost
    ("De nieuwe fabriek van Shell in Pernis kostte circa een half miljard euro.", "investment"),
    ("De reorganisatie van Shell kostte 200 miljoen euro.", "costs"),
    # a figure per unit is no company result
    ("Per geleverde auto verloor Tesla daarmee ruim 90.000 dollar.", "other"),
    # a rate charged is no result: "dagtarief"
    ("- Gemiddeld verdiend dagtarief van Shell: 26.480 dollar per schip per dag", "other"),
    # a compound cue after a hyphen: "TCE-inkomsten", "rente-inkomsten"
    ("De netto rente-inkomsten van ING bedroegen vorig jaar 15,2 miljard euro.", "revenue"),
    ("- TCE-inkomsten (omzet na aftrek van brandstof- en havenkosten) van Shell: USD 312,5 mln", "revenue"),
    # a cue in an aside that qualifies the one before it names no metric of its own
    ("Bij Shell kwam het nettoresultaat, inclusief de herwaardering van de woningen, uit op 483 miljoen euro.",
     "net_income"),
    ("ASML boekte 7,5 miljard euro omzet.", "revenue"),
    ("ASML boekte een omzet van 7,5 miljard euro.", "revenue"),
    ("ASML heeft in het eerste halfjaar 812 miljoen euro omgezet.", "revenue"),
    ("De omzet van ASML kwam uit op 7,5 miljard euro.", "revenue"),
    ("ASML boekte een nettowinst van 2,1 miljard euro.", "net_income"),
    ("Het bedrijfsresultaat van ASML bedroeg 2,4 miljard euro.", "operating_income"),
    ("De ebitda van Shell was 15 miljard dollar.", "ebitda"),
    ("Adyen boekte een brutowinst van 900 miljoen euro.", "gross_profit"),
    ("xAI verbrandt maandelijks circa 1 miljard dollar.", "cash_burn"),
    ("xAI verbruikte bijna 8 miljard dollar aan liquide middelen.", "cash_burn"),
    ("Het bedrijf verbruikte in het kwartaal maandelijks zo'n 15 miljoen euro aan kasgeld.", "cash_burn"),
    ("Picnic had eind juni een kasgeld van 38 miljoen euro.", "cash"),
    ("Shell had een vrije kasstroom van 9 miljard dollar.", "free_cash_flow"),
    ("Picnic wordt gewaardeerd op 2 miljard euro.", "valuation"),
    # a sale of shares between private parties is no stock market
    ("Bij een verkoop van aandelen door werknemers werd OpenAI gewaardeerd op 500 miljard dollar.", "valuation"),
    ("Nvidia heeft een beurswaarde van 4 biljoen dollar.", "market_cap"),
    ("Mollie haalde 600 miljoen euro op bij investeerders.", "funding_raised"),
    ("Bunq sloot een financieringsronde van 50 miljoen euro af.", "funding_raised"),
    ("Microsoft investeert 10 miljard dollar in datacenters.", "investment"),
    ("Heineken had een schuld van 16 miljard euro.", "debt"),
    ("Philips had 1,5 miljard euro aan liquide middelen.", "cash"),
    ("ING keert 1,1 miljard euro aan dividend uit.", "dividend"),
    ("Shell verhoogt de uitkering per kwartaal naar 0,372 dollar per aandeel.", "dividend"),
    ("Heineken verhoogt de slotuitkering tot 1,04 euro per aandeel.", "dividend"),
    ("De productomzet van Philips steeg tot 3,8 miljard euro.", "revenue"),
    ("Shell start een inkoop van eigen aandelen van 3,5 miljard dollar.", "buyback"),
    ("De kosten van Philips liepen op tot 1,1 miljard euro.", "costs"),
    ("Na de ronde heeft Picnic circa 80 miljoen euro in kas.", "cash"),
    ("Picnic heeft een kasreserve van 80 miljoen euro.", "cash"),
    ("Ageas koopt zo per kwartaal voor zo'n 50 miljoen euro aandelen terug.", "buyback"),
    # a particle that opens a phrase is a preposition: no "kocht … in"
    ("ASML kocht in het kwartaal voor 148 miljoen euro aan eigen aandelen in.", "buyback"),
    ("Philips kocht in 2023 het Amerikaanse Picnic voor 2,7 miljard dollar.", "acquisition_price"),
    # a split verb before the amount is as near as its particle, and ends at "en"
    ("Toch koopt Adyen onverminderd eigen aandelen in: in 2025 voor 250 miljoen euro.", "buyback"),
    ("Adyen houdt een grote kasreserve aan en beschikt over 2 miljard euro aan liquide middelen.", "cash"),
    # spending on capacity is an investment, other spending a cost
    ("ASML geeft per kwartaal ruim 24 miljard dollar uit aan nieuwe servers.", "investment"),
    ("Philips besteedt 300 miljoen euro aan twee fabrieken.", "investment"),
    ("Heineken gaf 2 miljard euro uit aan marketing.", "costs"),
    # a book gain on a sale is no profit from operations
    ("Philips boekte een eenmalige boekwinst van 2,7 miljard dollar.", "other"),
    ("ASML besteedt jaarlijks 4 miljard euro aan onderzoek.", "costs"),
    # money raised by borrowing is debt
    ("Shell haalde in september 18 miljard dollar op met obligaties.", "debt"),
    ("Shell haalde 5 miljard dollar op via een obligatie-uitgifte.", "debt"),
    ("Mollie haalde 600 miljoen euro op met een nieuwe ronde.", "funding_raised"),
    # a label line takes its metric from the label
    ("Philips had een goed halfjaar.\n\n- Marketinguitgaven: € 4,5 mld., ruim 15 procent van de omzet",
     "costs"),
])
def test_metric(sentence, metric):
    assert only(sentence).metric == metric


@pytest.mark.parametrize("sentence, value", [
    ("xAI leed een verlies van 1,46 miljard dollar.", -1.46e9),
    ("Het nettoverlies van Philips liep op tot 300 miljoen euro.", -3e8),
    ("ASML boekte een nettowinst van 2 miljard euro.", 2e9),
    ("Philips verloor 200 miljoen euro.", -2e8),
    ("Het bedrijfsresultaat van Philips sloeg om in een verlies van 400 miljoen euro.", -4e8),
    # a cash flow or ebitda below zero, where the text says so
    ("Bij Rivian kwam de vrije kasstroom uit op min 1,9 miljard dollar.", -1.9e9),
    ("Umicore boekte een negatieve ebitda van 38 miljoen euro.", -3.8e7),
    ("Rivian had een vrije kasstroom van 1,9 miljard dollar.", 1.9e9),
    # a loss word near a cash flow is another figure's
    ("Ondanks het verlies had Rivian een vrije kasstroom van 1,9 miljard dollar.", 1.9e9),
])
def test_sign(sentence, value):
    assert only(sentence).value == pytest.approx(value)


@pytest.mark.parametrize("text, company, company_text", [
    ("Prosus neemt Just Eat Takeaway over voor 4,1 miljard euro.", "Just Eat Takeaway", "Just Eat Takeaway"),
    ("Daarnaast neemt Prosus voor 6,5 miljard dollar de Amerikaanse bezorger GitLab over.", "GitLab", "GitLab"),
    ("De overname van SolarCity door Tesla kostte 2,6 miljard dollar.", "SolarCity", "SolarCity"),
    ("ING boekte 2,1 miljard euro winst, ABN Amro 700 miljoen euro.", "ING", "ING"),
    ("De omzet van Philips bedroeg 4,5 miljard euro.", "Philips", "Philips"),
    ("Apple is groot. Het bedrijf boekte 94 miljard dollar omzet.", "Apple", "Het bedrijf"),
    ("ASML meldde cijfers. In het derde kwartaal genereerde het 7,5 miljard euro omzet.", "ASML", "het"),
    ("OpenAI wordt gefinancierd door Microsoft, dat 13 miljard dollar investeerde.", "Microsoft", "Microsoft"),
])
def test_company(text, company, company_text):
    first = claims_for(text)[0]
    assert (first.company, first.company_text) == (company, company_text)


def test_second_company_in_a_clause_gets_its_own_amount():
    claims = claims_for("ING boekte 2,1 miljard euro winst, ABN Amro 700 miljoen euro.")
    assert [(c.company, c.value) for c in claims] == [("ING", 2.1e9), ("ABN Amro", 7e8)]


def test_distributive_subject_gives_one_row_per_company():
    claims = claims_for("Picnic, GitLab en AM Pharma haalden ieder meer dan honderd miljoen euro op.")
    assert [c.company for c in claims] == ["Picnic", "GitLab", "AM Pharma"]
    assert len({(c.start, c.end) for c in claims}) == 1
    assert all(c.metric == "funding_raised" and c.qualifier == "lower_bound" for c in claims)


def test_amount_without_company_keeps_its_row():
    (claim,) = claims_for("Het kabinet trekt twee miljard euro uit voor de chipsector.")
    assert claim.company == "" and claim.value == 2e9


def test_a_government_opening_the_sentence_is_not_the_articles_company():
    claims = claims_for("ASML boekte winst. ASML groeit. Het kabinet trok vorig jaar 2,5 miljard euro uit "
                        "voor de regio Eindhoven, nadat ASML had gedreigd te vertrekken.")
    assert [(c.money_text, c.company) for c in claims] == [("2,5 miljard euro", "")]


@pytest.mark.parametrize("text, published, period", [
    ("ASML boekte in het derde kwartaal van 2025 een omzet van 7,5 miljard euro.", None, "2025-Q3"),
    ("ASML boekte vorig jaar een omzet van 28 miljard euro.", date(2025, 2, 1), "2024"),
    ("ASML boekte in Q2 een omzet van 7 miljard euro.", date(2025, 8, 1), "2025-Q2"),
    ("ASML boekte een omzet van 7 miljard euro.", date(2025, 8, 1), ""),
    ("Over 2024 boekte ASML 28 miljard euro omzet. De nettowinst was 7,6 miljard euro.", None, "2024"),
    # a target year: "tegen 2030" (by 2030), unlike "tot 2028" (a horizon)
    ("Tegen 2030 moet de jaaromzet van ASML uitkomen op 40 tot 50 miljard euro.", None, "2030"),
    # a relative period a dateless text cannot place is still not the previous sentence's
    ("Klarna leed in 2024 een verlies van 21 miljoen dollar. Dit jaar moet dat een winst van 100 miljoen "
     "dollar worden.", None, ""),
    ("Klarna leed in 2024 een verlies van 21 miljoen dollar. Dit jaar moet dat een winst van 100 miljoen "
     "dollar worden.", date(2025, 6, 1), "2025"),
])
def test_period(text, published, period):
    assert claims_for(text, published)[-1].period == period


def test_a_year_earlier_shifts_the_sentence_period():
    claims = claims_for("Apple boekte in het derde kwartaal van 2025 een omzet van 94 miljard dollar, "
                        "tegen 85 miljard dollar een jaar eerder.")
    assert [c.period for c in claims] == ["2025-Q3", "2024-Q3"]


@pytest.mark.parametrize("sentence, modality", [
    ("ASML verwacht een omzet van 30 miljard euro.", "forecast"),
    ("ASML raamt de omzet op 30 miljard euro.", "forecast"),
    ("ASML zal 30 miljard euro omzet halen.", "forecast"),
    ("Volgens analisten boekt ASML 30 miljard euro omzet.", "estimate"),
    ("ASML boekte 30 miljard euro omzet.", "reported"),
])
def test_modality(sentence, modality):
    assert only(sentence).modality == modality


def test_conversion_in_brackets_is_linked():
    claims = claims_for("Philips betaalt een schuld van 1,2 miljard euro (1,4 miljard dollar) af.")
    assert [(c.currency, c.company, c.metric) for c in claims] == [("EUR", "Philips", "debt"), ("USD", "Philips", "debt")]
    assert claims[0].claim_group == claims[1].claim_group


def test_seed_claims(seed_text):
    path, gold = seed_text
    claims = claims_for(path.read_text(encoding="utf-8"))
    got = [(c.company, c.metric, c.value, c.period or None) for c in claims]
    want = [(g["company"], g["metric"], g["value"], g["period"]) for g in gold["claims"]]
    assert got == want


def test_loss_word_near_the_amount_makes_it_negative():
    (claim,) = claims_for("Bij Coolblue bleef onder de streep een verlies van 12 miljoen euro over.")
    assert (claim.metric, claim.value) == ("net_income", -12e6)


def test_apposition_does_not_part_metric_and_amount():
    claims = claims_for("De genormaliseerde ebitda van AB InBev, de graadmeter die de brouwer zelf het "
                        "belangrijkst vindt, steeg van 19,84 naar 19,98 miljard dollar.")
    assert [c.metric for c in claims] == ["ebitda", "ebitda"]


def test_split_verb_around_a_long_object():
    (claim,) = claims_for("Tesla zette in het derde kwartaal van 2025 een recordbedrag van 28,1 miljard dollar om.")
    assert (claim.metric, claim.period) == ("revenue", "2025-Q3")


def test_bid_price_is_the_takeover_price_of_the_target():
    claims = claims_for("Cinven biedt 1,9 miljard euro op Hoogveld Technologies. "
                        "Inclusief schulden bedraagt de overnamesom zo'n 2,3 miljard euro.")
    assert [(c.company, c.metric) for c in claims] == [("Hoogveld Technologies", "acquisition_price")] * 2


def test_conversion_after_omgerekend():
    claims = claims_for("Amazon zette 213,4 miljard dollar om, omgerekend zo'n 181 miljard euro.")
    assert [(c.company, c.metric, c.currency) for c in claims] == [("Amazon", "revenue", "USD"),
                                                                     ("Amazon", "revenue", "EUR")]
    assert claims[0].claim_group == claims[1].claim_group


def test_a_year_right_after_another_amount_is_that_amounts():
    claims = claims_for("Lotus Bakeries boekte in 2024 een nettowinst van 166 miljoen euro, "
                        "meer dan de 136 miljoen euro van 2023.", date(2025, 2, 14))
    assert [c.period for c in claims] == ["2024", "2023"]


def test_results_figure_takes_the_companys_reporting_period():
    text = ("Amazon heeft over het vierde kwartaal van 2025 beter gepresteerd dan verwacht.\n\n"
            "De nettowinst kwam uit op 21,2 miljard dollar.")
    assert claims_for(text, date(2026, 2, 6))[-1].period == "2025-Q4"


def test_worth_of_a_listed_company_is_its_market_cap():
    text = "Daarmee is Lotus Bakeries bijna 8 miljard euro waard."
    money = find_amounts(text)
    listed = [CompanyMention(11, 25, "Lotus Bakeries", "Lotus Bakeries", id="BE0003604155")]
    (claim,) = link_claims(text, sentences=sentence_spans(text), money=money, companies=listed, periods=[])
    assert claim.metric == "market_cap"
    unlisted = [CompanyMention(11, 25, "Lotus Bakeries", "Lotus Bakeries")]
    (claim,) = link_claims(text, sentences=sentence_spans(text), money=money, companies=unlisted, periods=[])
    assert claim.metric == "valuation"


def test_a_sentence_opening_with_a_description_keeps_the_focus():
    text = ("Just Eat Takeaway staat in de etalage. De maaltijdbezorger verkocht Grubhub vorig jaar aan Wonder. "
            "Over 2024 boekte het bedrijf een omzet van 3,6 miljard euro.")
    assert claims_for(text)[-1].company == "Just Eat Takeaway"


def test_description_in_apposition_renames_the_company_before_it():
    text = ("ING boekte 6,5 miljard euro winst. "
            "Bij Adyen, de grootste bank van Vlaanderen, bleef onder de streep 1 miljard euro over.")
    assert claims_for(text)[-1].company == "Adyen"


def test_a_sector_total_belongs_to_no_company():
    text = ("ING boekte 6,5 miljard euro winst. "
            "Bij elkaar verdienden de twintig grootste banken vorig jaar naar schatting 130 miljard euro.")
    assert claims_for(text)[-1].company == ""


@pytest.mark.parametrize("text, expected", [
    pytest.param("ING boekte een nettowinst van 6,4 miljard euro, ABN Amro volgde met 2,5 miljard en Rabobank, "
                 "de coöperatie uit Utrecht, kwam uit op ruim € 3,1 mrd.",
                 [("6,4 miljard euro", "ING"), ("2,5 miljard", "ABN Amro"), ("€ 3,1 mrd.", "Rabobank")],
                 id="subject-before-an-apposition"),
    pytest.param("ING boekte een nettowinst van 6,4 miljard euro en ABN Amro volgde met 2,5 miljard. "
                 "Samen is dat bijna negen miljard euro winst.",
                 [("6,4 miljard euro", "ING"), ("2,5 miljard", "ABN Amro"), ("negen miljard euro", "")],
                 id="a-total-of-several-has-no-company"),
])
def test_companies_of_amounts_in_columns(text, expected):
    assert [(c.money_text, c.company) for c in claims_for(text, date(2026, 2, 20))] == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Microsoft bevestigde dat het circa 10 miljard dollar (ongeveer 8,5 miljard euro) steekt in "
                 "de uitbreiding van zijn datacentercampus.",
                 [("10 miljard dollar", "investment"), ("8,5 miljard euro", "investment")],
                 id="verb-after-a-conversion-in-brackets"),
    pytest.param("Ook BASF, die zijn prognose verlaagde naar een ebitda van 7,3 tot 7,7 miljard euro, noteerde lager.",
                 [("7,3 tot 7,7 miljard euro", "ebitda")], id="naar-een-ebitda-van-tot-is-a-range"),
])
def test_metric_past_brackets_and_ranges_after_naar(text, expected):
    assert [(c.money_text, c.metric) for c in claims_for(text, date(2026, 3, 24))] == expected


@pytest.mark.parametrize("text", [
    "Volgens adviesbureau McKinsey wordt er tot 2030 naar schatting 5,2 biljoen dollar in datacenters geïnvesteerd.",
    "Volgens zakenbank Morgan Stanley lopen de investeringen in datacenters op tot bijna 2.900 miljard dollar.",
    "Volgens McKinsey gaat er 40 miljard euro om in de markt voor warmtepompen.",
])
def test_a_source_after_volgens_is_not_the_figures_company(text):
    assert only(text).company == ""


def test_a_source_does_not_lose_its_own_figures():
    claim = only("Volgens eigen opgave boekte McKinsey een omzet van 16 miljard dollar.")
    assert (claim.company, claim.metric) == ("McKinsey", "revenue")


@pytest.mark.parametrize("text, company, metric", [
    ("De Staat stak in 2025 al 5 miljard euro extra eigen vermogen in TenneT.", "TenneT", "funding_raised"),
    ("Het kabinet investeert 2 miljard euro in TenneT.", "TenneT", "funding_raised"),
    # a company that invests keeps the figure
    ("Microsoft investeert 10 miljard dollar in OpenAI.", "Microsoft", "investment"),
    ("Pensioenfondsen steken 3 miljard euro in windparken.", "", "investment"),
])
def test_money_put_into_a_company_by_no_company_is_its_funding(text, company, metric):
    claim = only(text)
    assert (claim.company, claim.metric) == (company, metric)


def test_a_figure_without_a_cue_takes_the_metric_of_the_last_one_of_its_company():
    claims = claims_for("Philips rekent nu op een ebitda van 1,2 miljard euro. In maart ging Philips nog uit van "
                        "1,6 tot 1,7 miljard euro; in juli werd dat bijgesteld naar circa 1,5 miljard.")
    assert linked(claims) == [
        ("1,2 miljard euro", "Philips", "ebitda"), ("1,6 tot 1,7 miljard euro", "Philips", "ebitda"),
        ("1,5 miljard", "Philips", "ebitda")]


def test_a_part_in_a_period_takes_the_metric_of_the_whole():
    # "in het derde kwartaal" after the amount is its period, not its object
    claims = claims_for("Shell boekte in de eerste negen maanden een ebitda van 1,08 miljard euro, "
                        "waarvan ruim 360 miljoen euro in het derde kwartaal.", published=date(2025, 11, 20))
    assert [(c.money_text, c.metric, c.period) for c in claims] == [
        ("1,08 miljard euro", "ebitda", "2025-9M"), ("360 miljoen euro", "ebitda", "2025-Q3")]


@pytest.mark.parametrize("second", [
    "Adyen zegt jaarlijks zo'n 60 miljoen euro aan synergieën te halen.",  # its own object
    "Maandelijks verwerkt Adyen ruim 100 miljard euro.",  # a rate: another figure
    "Het verwerkte betalingsvolume van Adyen steeg naar 649 miljard euro.",  # a subject of its own
])
def test_a_figure_with_a_subject_object_or_rate_of_its_own_takes_no_cue_metric(second):
    claims = claims_for("Adyen boekte een nettowinst van 469 miljoen euro. " + second)
    # "other": the company's figure, no cue names its metric
    assert claims[0].metric == "net_income" and claims[1].metric == "other"


@pytest.mark.parametrize("text, company", [
    # the members of a list share the preposition before the first
    ("Bij ING, Rabobank en ABN Amro daalde de rente. Shell boekte 10 miljard dollar winst.", "Shell"),
    ("Samen met Mollie, Adyen en Bunq haalde Picnic 300 miljoen euro op.", "Picnic"),
    # a list with no preposition is the subject
    ("Mollie, Adyen en Bunq haalden ieder 300 miljoen euro op.", "Mollie"),
])
def test_a_list_of_names_after_a_preposition_is_oblique(text, company):
    assert claims_for(text)[0].company == company


def test_a_change_told_end_first_shares_its_metric():
    claims = claims_for("Heineken boekte winst. Het dividend over 2025 gaat omhoog naar 1,92 euro per aandeel, "
                        "van 1,86 euro een jaar eerder.")
    assert [(c.money_text, c.metric) for c in claims] == [("1,92 euro", "dividend"), ("1,86 euro", "dividend")]


def test_debt_included_in_a_takeover_price_is_the_price():
    claims = claims_for("Philips neemt het Britse Tesla over voor 1,2 miljard pond (ongeveer 1,38 miljard euro), "
                        "inclusief schulden.")
    assert {c.metric for c in claims} == {"acquisition_price"}


def test_a_fact_box_line_is_the_articles_company():
    claims = claims_for("Picnic haalt geld op bij beleggers. Picnic wil groeien.\n\n"
                        "- Opgehaald: € 85 mln.\n- Waardering: circa € 420 mln. (na de ronde)\n"
                        "- Omzet 2024: € 41 mln. (2023: € 13,6 mln.)")
    assert linked(claims) == [
        ("€ 85 mln.", "Picnic", "funding_raised"), ("€ 420 mln.", "Picnic", "valuation"),
        ("€ 41 mln.", "Picnic", "revenue"), ("€ 13,6 mln.", "Picnic", "revenue")]
    assert [c.period for c in claims[2:]] == ["2024", "2023"]


def test_a_table_row_is_the_tables_company_and_label():
    claims = claims_for("Adyen boekte winst.\nAdyen (in euro).\n"
                        "Nettowinst: € 1,1 mld (2025); € 0,8 mld (2024).")
    assert [(c.company, c.metric, c.period) for c in claims] == [("Adyen", "net_income", "2025"),
                                                                ("Adyen", "net_income", "2024")]


def test_a_comparison_after_a_conversion_compares_with_the_converted_figure():
    claims = claims_for("Philips rekent nu op een bedrijfsresultaat van 3,8 biljoen yen (ongeveer 21 miljard euro), "
                        "tegen ¥ 3.400 miljard eerder.")
    assert linked(claims) == [
        ("3,8 biljoen yen", "Philips", "operating_income"), ("21 miljard euro", "Philips", "operating_income"),
        ("¥ 3.400 miljard", "Philips", "operating_income")]


def test_a_multiple_of_an_earlier_figure_is_a_comparison():
    claims = claims_for("Picnic wordt gewaardeerd op 1,1 miljard euro, bijna drie keer zoveel als de 380 miljoen "
                        "euro bij de vorige kapitaalronde.")
    assert [c.metric for c in claims] == ["valuation", "valuation"]


def test_a_market_cap_without_a_company_is_the_articles():
    claims = claims_for("Adyen verloor terrein. Adyen kreeg klappen. Vandaag schommelt de beurswaarde rond 60 miljoen euro.")
    assert [(c.company, c.metric) for c in claims] == [("Adyen", "market_cap")]


def test_a_years_figure_without_a_period_is_the_last_full_year():
    claims = claims_for("Shell zag de nettowinst in het vierde kwartaal halveren tot $1,2 miljard. "
                        "Apple rapporteerde een jaaromzet van $58,7 miljard.", published=date(2026, 2, 13))
    assert [(c.company, c.period) for c in claims] == [("Shell", "2025-Q4"), ("Apple", "2025")]


def test_a_fiscal_year_that_ended_in_march_is_the_period_reported_on():
    # published in June: the year 2026 has not ended, the fiscal year 2025/26 has
    claims = claims_for("Lotus Bakeries ziet winst dalen tot 298 miljoen euro\n\n"
                        "Lotus Bakeries heeft in het boekjaar 2025/26, dat eind maart werd afgesloten, een "
                        "nettowinst van 298 miljoen euro geboekt. De omzet kwam uit op 10,9 miljard euro.",
                        published=date(2026, 6, 18))
    assert [(c.money_text, c.period) for c in claims] == [
        ("298 miljoen euro", "2026"), ("298 miljoen euro", "2026"), ("10,9 miljard euro", "2026")]


def test_a_name_right_after_a_description_is_the_sentences_subject():
    # "De Halse supermarktgroep Colruyt": the description names Colruyt, it
    # does not refer back to the company in focus (Tesla, from the subtitle)
    claims = claims_for("Prijzenslag met Tesla weegt op de marges\n\n"
                        "De Halse supermarktgroep Lotus Bakeries heeft een nettowinst van 298 miljoen euro geboekt. "
                        "De prijzenoorlog blijft knagen. Het duurt lang.\n\n"
                        "De omzet van de groep klokte af op 10,9 miljard euro.")
    assert [(c.money_text, c.company) for c in claims] == [
        ("298 miljoen euro", "Lotus Bakeries"), ("10,9 miljard euro", "Lotus Bakeries")]


def test_a_section_heading_gives_its_period_to_the_list_under_it():
    claims = claims_for("Philips koopt Acme\n\nPhilips neemt Acme over. Het bedrijf groeit.\n\n"
                        "Cijfers eerste halfjaar 2025\n\n"
                        "- Omzet: € 2,89 mld. (eerste halfjaar 2024: € 3,02 mld.)\n"
                        "- Nettowinst: € 151 mln.\n\n"
                        "Minder vraag uit China\n\n"
                        "Philips verwacht dat de omzet uitkomt op 6 miljard euro.",
                        published=date(2025, 7, 25))
    assert [(c.money_text, c.period) for c in claims] == [
        ("€ 2,89 mld.", "2025-H1"), ("€ 3,02 mld.", "2024-H1"), ("€ 151 mln.", "2025-H1"),
        ("6 miljard euro", "")]  # a forecast without a period of its own


def test_a_balance_date_is_not_the_period_the_flows_are_for():
    claims = claims_for("In de eerste negen maanden van 2025 leed Philips een verlies van 63 miljoen euro. "
                        "De omzet daalde naar 612 miljoen euro.\n\n"
                        "De kaspositie van Philips was eind september geslonken tot 14 miljoen euro, terwijl "
                        "Philips ongeveer 4 miljoen euro per maand verbruikt.", published=date(2025, 11, 4))
    assert [(c.money_text, c.period) for c in claims] == [
        ("63 miljoen euro", "2025-9M"), ("612 miljoen euro", "2025-9M"), ("14 miljoen euro", "2025-Q3"),
        ("4 miljoen euro", "2025-Q3")]


def test_a_table_cell_takes_its_metric_from_its_own_column_only():
    claims = claims_for("Shell: € 1.012 mln (Nettoresultaat H1 2025); € 1,24 (Interim-dividend per aandeel); "
                        "€ 300 mln (Lopende programma's).")
    assert [(c.money_text, c.metric) for c in claims] == [
        ("€ 1.012 mln", "net_income"), ("€ 1,24", "dividend"), ("€ 300 mln", "other")]


def test_a_total_of_several_companies_is_none_of_theirs():
    claims = claims_for("Shell, Tesla en Apple kondigden nieuwe uitkeringen aan. "
                        "Samen keren zij dit jaar ruim 4 miljard euro aan dividend uit.")
    assert [(c.money_text, c.company) for c in claims] == [("4 miljard euro", "")]


def test_a_price_in_a_relative_clause_is_for_the_company_taken_over():
    claims = claims_for("De schuld liep op door de overname van het Duitse softwarebedrijf Cinven, "
                        "waarvoor ASML bijna 400 miljoen euro betaalde.")
    assert linked(claims) == [("400 miljoen euro", "Cinven", "acquisition_price")]


def test_actors_outside_the_amounts_clause_do_not_take_its_figure_away():
    claims = claims_for("Philips boekte in het derde kwartaal een omzet van 5,79 miljard euro. "
                        "Toch reageerden beleggers opgelucht: het bedrijfsresultaat van 178 miljoen euro lag "
                        "boven de verwachting van analisten.")
    assert linked(claims) == [("5,79 miljard euro", "Philips", "revenue"),
                              ("178 miljoen euro", "Philips", "operating_income")]


@pytest.mark.parametrize("text", [
    "Dat kost ING, ABN Amro en Rabobank samen naar schatting 3 tot 4 miljard euro per jaar.",
    "ING en ABN Amro verdienden in die periode samen ruim 6,5 miljard euro.",
])
def test_a_total_of_listed_companies_is_none_of_theirs(text):
    assert [c.company for c in claims_for(text)] == [""]


def test_together_after_the_amount_is_a_comparison_not_a_total():
    claims = claims_for("Tesla heeft een beurswaarde van zo'n 1,4 biljoen dollar, meer dan Apple en Amazon samen.")
    assert linked(claims) == [("1,4 biljoen dollar", "Tesla", "market_cap")]


@pytest.mark.parametrize("text, period", [
    # announced programmes: the period beside them is the results'
    ("Ahold Delhaize keert over 2023 een dividend uit van 1,10 euro per aandeel en kondigde een "
     "inkoop van eigen aandelen ter waarde van 1 miljard euro aan.", ""),
    ("Shell boekte in het eerste kwartaal een winst van 5,6 miljard dollar, en kondigde een inkoop "
     "van eigen aandelen aan van 3,5 miljard dollar.", ""),
    ("Het inkoopprogramma van 1,5 miljard euro van Heineken, dat begin 2025 werd aangekondigd, blijft overeind.", ""),
    # the buyback's own clause says when
    ("ASML koopt in 2025 voor 1 miljard euro aan eigen aandelen in.", "2025"),
    ("ASML stelt over 2025 een dividend voor van 7,50 euro per aandeel en kocht dat jaar voor "
     "€ 5,2 mrd eigen aandelen in.", "2025"),
    ("ING start een programma voor de inkoop van eigen aandelen van 2 miljard euro, dat in de eerste helft van 2026 wordt uitgevoerd.", "2026-H1"),
])
def test_a_buyback_has_the_period_of_its_own_clause_only(text, period):
    buyback = [c for c in claims_for(text) if c.metric == "buyback"]
    assert len(buyback) == 1, linked(claims_for(text))
    assert buyback[0].period == period


@pytest.mark.parametrize("text, money_text, period", [
    # a round and the valuation it was done at are one event, with one date
    ("In 2022 haalde bunq 193 miljoen euro op bij investeerders, tegen een waardering van 1,65 miljard euro.",
     "1,65 miljard euro", "2022"),
    ("Mollie werd bij zijn laatste ronde in 2021 gewaardeerd op 6,5 miljard dollar, na een kapitaalinjectie "
     "van 800 miljoen dollar onder leiding van Blackstone.", "800 miljoen dollar", "2021"),
    ("Lovable bereikte in juli 2025 een jaaromzet van 100 miljoen dollar, haalde toen 200 miljoen dollar op en "
     "werd daarbij gewaardeerd op 1,8 miljard dollar.", "1,8 miljard dollar", "2025"),
    # the time in commas after an opening phrase dates the main clause
    ("Bij de vorige ronde, in 2023, haalde Nerventa nog 15 miljoen euro op.", "15 miljoen euro", "2023"),
    # "in 2023, toen …": the toen-clause happened then
    ("Dat is vier keer zoveel als bij de vorige ronde in 2023, toen Voltera 22 miljoen euro ophaalde.",
     "22 miljoen euro", "2023"),
    # without a date of its own a valuation has none, whatever the sentence before says
    ("Picnic boekte in 2024 een omzet van 1 miljard euro. Picnic is gewaardeerd op 3 miljard euro.",
     "3 miljard euro", ""),
])
def test_an_events_period_comes_from_the_event(text, money_text, period):
    assert {c.money_text: c.period for c in claims_for(text)}[money_text] == period


@pytest.mark.parametrize("text, money_text, period", [
    ("TenneT zette in de eerste helft van 2025 5,9 miljard euro om. In diezelfde zes maanden investeerde het "
     "bedrijf 7,4 miljard euro.", "7,4 miljard euro", "2025-H1"),
    ("OpenAI boekte in de eerste helft van 2025 een omzet van 4,3 miljard dollar. Het bedrijf verbruikte in "
     "dezelfde periode ruim 2,5 miljard dollar.", "2,5 miljard dollar", "2025-H1"),
    # "in dezelfde periode" is the part of the year named last, not a year named in passing
    ("Stellantis leed in de eerste helft van 2025 een verlies van 2,3 miljard euro. Dat is minder dan de winst "
     "van 2023. Volkswagen haalde in dezelfde periode een bedrijfsresultaat van 6,7 miljard euro.",
     "6,7 miljard euro", "2025-H1"),
    # with "een jaar eerder" beside it, it is the same part of the year before
    ("Deltachem leed in de eerste helft van 2025 een verlies van 85 miljoen euro. Een jaar eerder boekte "
     "Deltachem over dezelfde periode nog een winst van 210 miljoen euro.", "210 miljoen euro", "2024-H1"),
    # "dezelfde periode vorig jaar" stays the year before
    ("ASR boekte in de eerste helft van 2025 een operationeel resultaat van 733 miljoen euro, tegen 661 miljoen "
     "euro in dezelfde periode van vorig jaar.", "661 miljoen euro", "2024-H1"),
])
def test_the_same_period_refers_back(text, money_text, period):
    assert {c.money_text: c.period for c in claims_for(text)}[money_text] == period


@pytest.mark.parametrize("text, period", [
    # the shares of a total are for the total's period
    ("De vier techbedrijven gaven in het derde kwartaal van 2025 samen bijna 113 miljard dollar uit aan "
     "datacenters. Microsoft was goed voor 34,9 miljard dollar.", "2025-Q3"),
    # "goed voor" alone is no share of a total, and an investment states its own period
    ("Microsoft boekte in het derde kwartaal van 2025 een omzet van 77 miljard dollar. Het investeringsprogramma, "
     "goed voor 80 miljard dollar, loopt door.", ""),
])
def test_a_share_of_a_total_takes_the_totals_period(text, period):
    assert claims_for(text)[-1].period == period


@pytest.mark.parametrize("comparison", ["een jaar eerder", "in het vorige boekjaar", "dezelfde periode vorig jaar"])
def test_a_reference_after_dan_is_the_base_of_a_change_not_the_amounts_period(comparison):
    text = ("Heineken boekte over 2025 een nettowinst van 298 miljoen euro. "
            f"De omzet kwam uit op 10,9 miljard euro, amper 0,6 procent meer dan {comparison}.")
    assert [c.period for c in claims_for(text)] == ["2025", "2025"]


def test_what_was_used_after_aan_leaves_the_metric_to_the_verb_of_burning():
    claims = claims_for("Wel verbruikte Philips in het kwartaal ongeveer 12 miljoen euro aan kasgeld. "
                        "Philips had eind juni 30 miljoen euro aan kasgeld.")
    assert [c.metric for c in claims] == ["cash_burn", "cash"]


def test_we_in_a_quote_is_the_articles_company():
    text = ("Picnic haalde 62 miljoen euro op. Ook Bunq haalde vorig jaar geld op.\n\n"
            '"Daarom haalden we nu 62 miljoen euro op, en niet meer," zegt de topvrouw.')
    assert [c.company for c in claims_for(text)] == ["Picnic", "Picnic"]


def test_we_outside_a_quote_is_nobody_in_particular():
    text = "Picnic haalde 62 miljoen euro op.\n\nDaarom haalden we nu 62 miljoen euro op."
    assert [c.company for c in claims_for(text)] == ["Picnic", ""]


def test_a_price_clause_with_a_verb_of_paying_prices_its_antecedent():
    text = "Philips moest genoegen nemen met Picnic, waarvoor het maximaal 5,2 miljard dollar neertelt."
    assert linked(claims_for(text)) == [("5,2 miljard dollar", "Picnic", "acquisition_price")]


def test_a_comparisons_period_in_brackets_is_not_the_lists_period():
    text = ("Philips had een goed halfjaar.\n\nDe cijfers over het eerste halfjaar\n\n"
            "- Omzet: € 30,1 mld. (eerste halfjaar 2024: € 31,1 mld.)\n"
            "- Nettowinst: € 3,5 mld., tegen € 3,7 mld. een jaar eerder")
    assert [c.period for c in claims_for(text, date(2025, 7, 31))] == ["2025-H1", "2024-H1", "2025-H1", "2024-H1"]


def test_a_round_at_a_company_and_a_valuation_in_its_relative_clause_are_its():
    text = ("Philips deed mee aan een financieringsronde van 250 miljoen dollar bij Picnic, dat daarbij op "
            "1,4 miljard dollar werd gewaardeerd.")
    assert linked(claims_for(text)) == [
        ("250 miljoen dollar", "Picnic", "funding_raised"), ("1,4 miljard dollar", "Picnic", "valuation")]


@pytest.mark.parametrize("text, value", [
    ("Philips: – € 85 mln (Nettoresultaat 1e halfjaar 2025); € 10,2 mld. (Beurswaarde).", -85e6),
    ("Philips boekte winst – 85 miljoen euro – en meer.", 85e6),
])
def test_a_minus_opening_a_cell_is_a_loss_a_dash_in_prose_is_not(text, value):
    assert claims_for(text)[0].value == value


@pytest.mark.parametrize("text, company", [
    ("Philips deed een bod op Picnic van 2 miljard euro.", "Picnic"),
    ("In de biedingsoorlog om het Amerikaanse Picnic trok Philips aan het langste eind, "
     "met een bod van ruim 10 miljard dollar.", "Picnic"),
    ("Het overnamebod op het Duitse Picnic bedraagt 3 miljard euro.", "Picnic"),
])
def test_what_is_bid_for_takes_the_price(text, company):
    assert [(c.company, c.metric) for c in claims_for(text)] == [(company, "acquisition_price")]


def test_a_cue_qualifying_the_one_before_it_names_no_metric():
    text = ("KPN bevestigde de prognose voor heel 2025: een aangepaste ebitda na leasekosten van ruim "
            "2,6 miljard euro en een vrije kasstroom van meer dan 920 miljoen euro.")
    assert [c.metric for c in claims_for(text)] == ["ebitda", "free_cash_flow"]


def test_a_year_after_dan_is_the_base_of_a_change():
    text = "Over het hele jaar 2025 kwam de omzet van Philips uit op € 19,4 mld., 7 procent meer dan in 2024."
    assert claims_for(text)[0].period == "2025"


def test_the_whole_year_is_the_year_the_text_is_about():
    text = ("Philips boekte in het vierde kwartaal van 2025 een omzet van 5,3 miljard euro. "
            "Over het hele jaar kwam de omzet uit op € 19,4 mld.")
    assert [c.period for c in claims_for(text)] == ["2025-Q4", "2025"]


@pytest.mark.parametrize("row, metrics", [
    ("Philips: € 7,9 mld. (Intrinsieke waarde (30 juni)); € 7,2 mld. (Beurswaarde).", ["other", "market_cap"]),
    ("Ageas: € 5,1 mld. (Premie-inkomen); € 352 mln (Nettoresultaat).", ["revenue", "net_income"]),
])
def test_a_table_cell_takes_the_metric_of_its_column(row, metrics):
    assert [c.metric for c in claims_for(row)] == metrics


@pytest.mark.parametrize("sentence, metric", [
    ("Shell gaf voor 500 miljoen euro nieuwe aandelen uit.", "funding_raised"),
    ("Shell gaf onlangs voor 4,2 miljard euro aan obligaties uit.", "debt"),
])
def test_issuing_shares_or_bonds_is_no_spending(sentence, metric):
    assert only(sentence).metric == metric


def test_companions_in_an_opening_phrase_leave_the_focus_alone():
    # (the article is mostly about Tesla: only the focus can give Microsoft)
    claims = claims_for("Tesla groeit. Tesla verdient. Tesla betaalt. Microsoft leent fors. Met OpenAI en Nvidia "
                        "wil het concern veel bouwen. De schuld van de groep liep op tot 13 miljard dollar.")
    assert linked(claims) == [("13 miljard dollar", "Microsoft", "debt")]


@pytest.mark.parametrize("text, expected", [
    # a comparison across companies without a word for the figure
    ("Microsoft verhoogde de kapitaaluitgaven tot 175 miljard dollar. Amazon mikt op 200 miljard dollar.",
     [("175 miljard dollar", "Microsoft", "investment"), ("200 miljard dollar", "Amazon", "investment")]),
    # in the same sentence even past a cue that is the first figure's
    ("Microsoft geeft per kwartaal 24 miljard dollar uit aan servers en trok de verwachting op naar 175 "
     "miljard dollar. Amazon mikt op 200 miljard dollar.",
     [("24 miljard dollar", "Microsoft", "investment"), ("175 miljard dollar", "Microsoft", "investment"),
      ("200 miljard dollar", "Amazon", "investment")]),
    # not across a currency, a size, or a sentence with a cue of its own
    ("Microsoft verhoogde de kapitaaluitgaven tot 175 miljard dollar. Amazon mikt op 200 miljard euro.",
     [("175 miljard dollar", "Microsoft", "investment"), ("200 miljard euro", "Amazon", "other")]),
    ("Microsoft verhoogde de kapitaaluitgaven tot 175 miljard dollar. Amazon mikt op 2 miljard dollar.",
     [("175 miljard dollar", "Microsoft", "investment"), ("2 miljard dollar", "Amazon", "other")]),
    ("Microsoft verhoogde de kapitaaluitgaven tot 175 miljard dollar. Amazon heeft 200 miljard dollar schuld.",
     [("175 miljard dollar", "Microsoft", "investment"), ("200 miljard dollar", "Amazon", "debt")]),
])
def test_a_figure_without_a_cue_continues_the_comparison_before_it(text, expected):
    assert linked(claims_for(text)) == expected


def test_a_sentence_opening_with_a_company_makes_it_the_one_het_bedrijf_means():
    text = ("Microsoft investeert fors. Microsoft zag de winst dalen. Het aandeel Microsoft verloor. "
            "OpenAI, de maker van ChatGPT, is zuiniger. Het bedrijf haalde 13 miljard dollar op.")
    assert linked(claims_for(text)) == [("13 miljard dollar", "OpenAI", "funding_raised")]


def test_a_table_by_period_takes_its_metric_from_the_heading_above_it():
    # a Markdown table as ingest turns it into rows (see test_ingest)
    text = ("Shell boekte winst.\n\nOperationeel resultaat per onderdeel\n\nOnderdeel.\n"
            "Overig: min € 71 mln (Eerste halfjaar 2026); min € 63 mln (Eerste halfjaar 2025).\n"
            "Totaal: € 1.121 mln (Eerste halfjaar 2026); € 1.102 mln (Eerste halfjaar 2025).\n\nDe rest.")
    claims = claims_for(text, date(2026, 8, 13))
    assert [(c.money_text, c.company, c.metric, c.value, c.period) for c in claims] == [
        ("€ 71 mln", "Shell", "operating_income", -71e6, "2026-H1"),
        ("€ 63 mln", "Shell", "operating_income", -63e6, "2025-H1"),
        ("€ 1.121 mln", "Shell", "operating_income", 1.121e9, "2026-H1"),
        ("€ 1.102 mln", "Shell", "operating_income", 1.102e9, "2025-H1")]


@pytest.mark.parametrize("text, company", [
    ("Shell boekte winst. Topman Wael Sawan waarschuwde voor 90 miljoen euro aan eenmalige kosten.", "Shell"),
    # the title says whose: that company, or none named
    ("Shell boekte winst. De topman van de toezichthouder waarschuwde voor 90 miljoen euro aan kosten.", ""),
])
def test_an_executive_speaks_for_the_company_the_text_is_about(text, company):
    claims = [c for c in claims_for(text) if c.money_text == "90 miljoen euro"]
    assert [(c.company, c.metric) for c in claims] == [(company, "costs")]


def test_a_description_ending_in_a_kind_of_business_refers_back():
    claims = claims_for("Tesla groeit. Tesla verdient. Tesla betaalt. Picnic heeft het weer gedaan. "
                        "De online supermarkt haalde 430 miljoen euro op.")
    assert linked(claims) == [("430 miljoen euro", "Picnic", "funding_raised")]


def test_a_counterbid_restated_as_a_total_is_the_price_of_the_target():
    claims = claims_for("Cinven bood 41,50 euro per aandeel voor Picnic; het bod waardeert Picnic op 1,46 miljard "
                        "euro. Vorige week kwam Prosus met een tegenbod van 45 euro per aandeel, ofwel zo'n 1,58 "
                        "miljard euro.")
    assert [c[1:] for c in linked(claims) if c[0] == "1,58 miljard euro"] == [("Picnic", "acquisition_price")]


def test_a_period_after_dan_is_a_base_before_the_amount_too():
    claims = claims_for("Philips zette vorig jaar 634 miljoen euro om, 9 procent meer dan in 2024, en boekte een "
                        "ebitda van 118 miljoen euro.", published=date(2026, 3, 18))
    assert [(c.money_text, c.metric, c.period) for c in claims] == [
        ("634 miljoen euro", "revenue", "2025"), ("118 miljoen euro", "ebitda", "2025")]


def test_a_company_bought_does_not_take_the_focus():
    text = ("Adyen heeft in het eerste halfjaar 812 miljoen euro omgezet. De groei kwam uit Spanje, waar de keten "
            "sinds de overname van branchegenoot Mollie vorig jaar 500 clubs telt. De ebitda kwam uit op 171 miljoen "
            "euro, tegen 139 miljoen euro in dezelfde periode van 2025. Onder de streep hield het bedrijf 21 miljoen "
            "euro winst over.")
    claims = claims_for(text, date(2026, 7, 30))
    assert [(c.money_text, c.company, c.metric, c.period) for c in claims] == [
        ("812 miljoen euro", "Adyen", "revenue", "2026-H1"),
        ("171 miljoen euro", "Adyen", "ebitda", "2026-H1"),
        # "dezelfde periode" is the half year reported, not the year named in passing
        ("139 miljoen euro", "Adyen", "ebitda", "2025-H1"),
        ("21 miljoen euro", "Adyen", "net_income", "2026-H1")]


@pytest.mark.parametrize("sentence, metric", [
    # a change by an amount is no figure to check against a report
    ("Microsoft zag zijn kwartaalwinst met 3,1 miljard dollar gedrukt worden.", "other"),
    ("Het aandeel Nvidia verloor 10 procent, een daling van de beurswaarde met ruim 350 miljard dollar.", "other"),
    ("Bij Philips steeg de omzet met 140 miljoen euro.", "other"),
    # the figure itself, and a saving on costs, are
    ("Bij Philips steeg de omzet tot 140 miljoen euro.", "revenue"),
    ("Philips wil de kosten met 100 miljoen euro per jaar omlaag brengen.", "costs"),
])
def test_a_change_by_an_amount(sentence, metric):
    assert only(sentence).metric == metric


def test_money_set_aside_for_what_was_just_named():
    claims = claims_for("Toch koopt Adyen eigen aandelen in: in 2025 voor 250 miljoen euro, en dit jaar trekt het "
                        "daar tot 500 miljoen euro voor uit.")
    assert linked(claims) == [("250 miljoen euro", "Adyen", "buyback"), ("500 miljoen euro", "Adyen", "buyback")]


def test_prices_bidders_offer_are_for_the_company_bid_on():
    text = ("Prosus overtroeft Cinven met tegenbod op Picnic\n\nProsus biedt 46,50 euro per aandeel, wat de bezorger "
            "in totaal waardeert op 2,3 miljard euro. Dat is meer dan de 41,75 euro per aandeel, of 2,07 miljard euro "
            "in totaal, die Cinven begin maart bood.")
    assert [c[1:] for c in linked(claims_for(text)) if "miljard" in c[0]] == [
        ("Picnic", "acquisition_price"), ("Picnic", "acquisition_price")]


def test_a_column_label_with_a_period_names_the_metric():
    text = ("Shell boekte winst.\n\nResultaat per divisie\n\nDivisie.\n"
            "Recorded Music: € 4.410 mln (Omzet H1 2026); € 1.052 mln (Aangepaste ebitda H1 2026).\n\nDe rest.")
    claims = claims_for(text, date(2026, 7, 29))
    assert [(c.money_text, c.metric, c.period) for c in claims] == [
        ("€ 4.410 mln", "revenue", "2026-H1"), ("€ 1.052 mln", "ebitda", "2026-H1")]


@pytest.mark.parametrize("text", [
    # the article is mostly about Tesla, so only the focus can give Prosus
    "Tesla groeit. Tesla verdient. Tesla betaalt. Prosus verdient weer geld. De bedrijven van het concern – "
    "Picnic, Mollie en het belang in Bunq – maken winst. De groep boekte een nettowinst van 11,3 miljard dollar.",
    "Prosus verdient weer geld. Het concern verkocht Picnic aan Mollie. De groep boekte 11,3 miljard dollar winst.",
])
def test_a_sentence_that_refers_to_the_company_in_focus_keeps_it(text):
    assert linked(claims_for(text)) == [("11,3 miljard dollar", "Prosus", "net_income")]


def test_a_sentence_opening_with_a_pronoun_keeps_the_focus_past_the_banks_it_names():
    text = ("Arcadis financiert de aankoop met nieuwe leningen. Het heeft een krediet van 700 miljoen euro "
            "afgesloten bij banken onder leiding van ABN Amro en BNP Paribas. Na de deal loopt de nettoschuld "
            "op tot ongeveer 1.250 miljoen euro.")
    assert linked(claims_for(text))[-1] == ("1.250 miljoen euro", "Arcadis", "debt")


def test_examples_and_sources_do_not_become_the_company_a_paragraph_is_about():
    text = ("Vandewalle verlaagt zijn prognose.\n\nDe banken van het bedrijf, onder wie BNP Paribas Fortis en "
            "Belfius, stemden in. Het dividend wordt verlaagd tot hooguit 0,40 euro per aandeel.")
    assert linked(claims_for(text)) == [("0,40 euro", "Vandewalle", "dividend")]
    text = ("Colruyt keerde dividend uit. De supermarktketen is populair. Analisten van KBC Securities "
            "schatten de waarde van de groep op 5 miljard euro.\n\nVoor het boekjaar mikt het bedrijf op een "
            "nettowinst van 240 miljoen euro.")
    assert [c.company for c in claims_for(text)] == ["Colruyt", "Colruyt"]


def test_the_amount_of_a_comparison_base_in_brackets_has_its_period():
    text = ("Signify heeft over 2025 een omzet geboekt van € 5,79 mrd, 5,7% minder dan een jaar eerder "
            "(€ 6,14 mrd).")
    assert [(c.money_text, c.period) for c in claims_for(text, date(2026, 1, 30))] == [
        ("€ 5,79 mrd", "2025"), ("€ 6,14 mrd", "2024")]


def test_an_article_opening_on_a_full_year_reports_that_year_despite_a_table_by_quarter():
    text = ("Signify heeft over 2025 een omzet geboekt van € 5,79 mrd.\n\n"
            "Omzet: € 1.508 mln (vierde kwartaal 2025)\n\n"
            "De nettowinst daalde naar € 312 mln.")
    claims = claims_for(text, date(2026, 1, 30))
    assert [(c.money_text, c.period) for c in claims][-1] == ("€ 312 mln.", "2025")


def test_a_bullet_with_a_short_label_speaks_for_the_article_company():
    text = ("Signify boekte winst.\n\n- Herstructurering: het besparingsprogramma kostte in 2025 zo'n € 85 "
            "miljoen; in 2026 volgen nog hooguit € 40 miljoen aan herstructureringskosten.")
    assert [(c.company, c.metric, c.period) for c in claims_for(text, date(2026, 1, 30))] == [
        ("Signify", "costs", "2025"), ("Signify", "costs", "2026")]


def test_a_sentence_with_a_long_label_is_no_label_line():
    # "Winst maakt X nog niet:" is prose, its colon no label
    text = "Winst maakt Signify nog niet: de start-up verbrandt maandelijks zo'n 2 miljoen euro."
    assert only(text).metric == "cash_burn"


@pytest.mark.parametrize("text, expected", [
    ("De winst van Ericsson werd opgestuwd door de verkoop van dochter iconectiv aan Koch Equity Development "
     "voor ongeveer 1 miljard dollar.", ("1 miljard dollar", "iconectiv", "acquisition_price")),
    # sales of a product are no deal
    ("De verkoop van smartphones leverde Apple 200 miljard dollar omzet op.",
     ("200 miljard dollar", "Apple", "revenue")),
])
def test_the_sale_of_a_company_prices_it(text, expected):
    assert linked(claims_for(text)) == [expected]


def test_with_the_subject_after_the_verb_the_later_company_is_the_one_bought():
    text = "Vorig jaar nam Vandewalle nog het Nederlandse Drenth Verf over voor circa 38 miljoen euro."
    assert linked(claims_for(text)) == [("38 miljoen euro", "Drenth Verf", "acquisition_price")]


def test_een_boekjaar_eerder_is_the_fiscal_year_before():
    text = ("Colruyt verwacht voor het boekjaar 2025/26 een omzet van ongeveer 0,61 mld euro, tegen 648 "
            "miljoen euro een boekjaar eerder.")
    assert [c.period for c in claims_for(text, date(2026, 4, 14))] == ["2026", "2025"]


def test_respectievelijk_pairs_the_amounts_with_the_companies_in_order():
    text = ("Microsoft en Alphabet kunnen zich dat veroorloven: hun vrije kasstroom bedroeg in 2024 "
            "respectievelijk 74 en 73 miljard dollar.")
    assert [(c.company, c.value) for c in claims_for(text)] == [("Microsoft", 74e9), ("Alphabet", 73e9)]


def test_het_bedrijf_after_a_company_introduced_with_a_description_is_that_company():
    text = ("Nvidia boekte een omzet van 46,7 miljard dollar. De chipmaker investeert in OpenAI, dat Nvidia-chips "
            "koopt. Het scherpst zie je de spanning bij CoreWeave, de cloudaanbieder die zijn datacenters "
            "volstopt met Nvidia-processors. Het bedrijf boekte een omzet van 1,21 miljard dollar.")
    assert linked(claims_for(text))[-1] == ("1,21 miljard dollar", "CoreWeave", "revenue")


def test_the_quarter_after_is_the_next_one():
    text = ("CoreWeave boekte over het tweede kwartaal van 2025 een omzet van 1,21 miljard dollar. In het "
            "kwartaal daarna groeide de omzet naar 1,36 miljard dollar.")
    assert [c.period for c in claims_for(text)] == ["2025-Q2", "2025-Q3"]


def test_a_price_repeated_later_is_for_the_company_it_was_first_stated_for():
    text = ("Prosus neemt Just Eat Takeaway over voor 4,1 miljard euro. Eerder kocht DoorDash het Britse "
            "Deliveroo voor 2,9 miljard pond.\n\nHet bod van 4,1 miljard euro is geen redding.")
    assert linked(claims_for(text))[-1] == ("4,1 miljard euro", "Just Eat Takeaway", "acquisition_price")


def test_a_fronted_voor_names_what_is_paid_for():
    assert linked(claims_for("Eén daarvan gaat nu door: voor NIBC betaalt ABN Amro circa 960 miljoen euro.")) == [
        ("960 miljoen euro", "NIBC", "acquisition_price")]


def test_a_price_for_a_description_is_for_the_company_in_focus():
    text = ("Het gevecht om Metsera was het meest zichtbare voorbeeld. Pfizer bood aanvankelijk 4,9 miljard "
            "dollar voor het Amerikaanse biotechbedrijf.")
    assert linked(claims_for(text)) == [("4,9 miljard dollar", "Metsera", "acquisition_price")]


@pytest.mark.parametrize("sentence, metric", [
    # "haalde" with an object noun: the noun says what was achieved
    ("Voor Pfizer, dat in 2024 een omzet haalde van 63,6 miljard dollar, is het een gok.", "revenue"),
    ("Picnic haalde 355 miljoen euro op.", "funding_raised"),
    # "bleef steken op": stuck, no investment
    ("Bij Takeda bleef de nettowinst steken op 108 miljard yen.", "net_income"),
    # the words between a split verb and its particle hold cues too
    ("Bij Porsche bleef van het bedrijfsresultaat nog geen 40 miljoen euro over.", "operating_income"),
    ("Bij Porsche bleef onder de streep een verlies van 12 miljoen euro over.", "net_income"),
])
def test_verbs_that_take_the_metric_of_their_object(sentence, metric):
    assert only(sentence).metric == metric


def test_een_bank_die_is_any_bank():
    text = "ING keert de helft uit. Een bank die jaarlijks pakweg 6 miljard euro verdient, moet dat uitleggen."
    assert [c.company for c in claims_for(text)] == [""]


def test_the_amount_in_a_toen_clause_after_a_base_has_the_base_period():
    text = ("Besi heeft in het derde kwartaal een omzet van 132,7 miljoen euro geboekt. Dat is ruim 15 procent "
            "minder dan een jaar eerder, toen de chipmachinemaker nog 156,9 miljoen euro omzette.")
    assert [c.period for c in claims_for(text, date(2025, 10, 23))] == ["2025-Q3", "2024-Q3"]


def test_over_die_periode_and_a_consensus_take_the_period_just_named():
    text = ("Over de eerste negen maanden van het jaar zette Besi circa 418 miljoen euro om. Het "
            "bedrijfsresultaat over die periode bedroeg 112 mln euro. Voor het vierde kwartaal verwacht de "
            "chipmachinemaker een omzet van 120 miljoen euro. Dat is minder dan analisten hoopten: zij rekenden "
            "gemiddeld op zo'n 138 miljoen euro.")
    assert [c.period for c in claims_for(text, date(2025, 10, 23))] == ["2025-9M", "2025-9M", "2025-Q4", "2025-Q4"]


def test_a_maturity_year_is_no_period_of_the_debt():
    text = "Besi heeft een schuld van ongeveer 560 miljoen euro, in obligaties die in 2029 en 2030 aflopen."
    assert only(text, date(2025, 10, 23)).period == ""


def test_money_on_the_bank_is_cash_and_a_repeated_figure_is_that_figure_again():
    text = ("Quantaris meldde dat het 85 miljoen euro had opgehaald. Eind december stond er volgens het "
            "bedrijf 61 miljoen euro op de bank. Reken even mee. Tel daar de nieuwe 85 miljoen euro bij op.")
    assert [(c.money_text, c.company, c.metric) for c in claims_for(text)] == [
        ("85 miljoen euro", "Quantaris", "funding_raised"), ("61 miljoen euro", "Quantaris", "cash"),
        ("85 miljoen euro", "Quantaris", "funding_raised")]


def test_an_executives_pay_is_no_profit_of_the_company():
    text = "Quantaris haalde geld op. Topman Joris Kamphuis verdient 450.000 euro per jaar, plus een bonus."
    assert [c.metric for c in claims_for(text) if c.money_text == "450.000 euro"] == ["other"]


def test_investors_joining_a_round_do_not_take_the_focus():
    text = ("Lexwerk heeft 42 miljoen euro opgehaald. De ronde staat onder leiding van Balderton Capital. Ook "
            "Partech doet mee. Volgens ingewijden wordt de start-up gewaardeerd op 310 miljoen euro.")
    assert linked(claims_for(text))[-1] == ("310 miljoen euro", "Lexwerk", "valuation")


def test_a_government_spending_for_a_fund_is_no_company_figure():
    text = ("Eneco werd in 2020 verkocht. Mitsubishi betaalde destijds samen met partner Chubu Electric 4,1 miljard "
            "euro voor het bedrijf. De Europese Unie trekt voor het Innovatiefonds tot 2030 zo'n 40 miljard euro uit.")
    assert linked(claims_for(text)) == [("4,1 miljard euro", "Eneco", "acquisition_price"),
                                        ("40 miljard euro", "", "investment")]


@pytest.mark.parametrize("sentence, metric", [
    ("Ørsted moest in 2025 zijn aandeelhouders om 60 miljard Deense kroon vragen.", "funding_raised"),
    ("Equinor investeerde in windparken en schreef daarop in 2024 bijna 1 miljard dollar af.", "other"),
])
def test_rights_issues_and_write_downs(sentence, metric):
    assert only(sentence).metric == metric


@pytest.mark.parametrize("text, company", [
    ("Heineken neemt voor 3,2 miljard dollar de drankactiviteiten over van het Costa Ricaanse FIFCO.", "FIFCO"),
    ("DSV, dat in 2025 het Duitse DB Schenker inlijfde voor ruim 14 miljard euro, wil groeien.", "DB Schenker"),
    ("Neem Permira, dat voor 7,2 miljard dollar websitebouwer Squarespace van de beurs haalde.", "Squarespace"),
    # "die" with the buyer right after it: the antecedent is what was bought
    ("Staci, die Bpost voor 1,3 miljard euro overnam, groeit.", "Staci"),
    ("Gilead wil Galapagos van de beurs halen. Voor de resterende 75 procent van de aandelen betaalt Gilead "
     "in totaal zo'n 1,56 miljard euro.", "Galapagos"),
])
def test_what_a_takeover_price_is_for(text, company):
    assert [(c.company, c.metric) for c in claims_for(text)][-1] == (company, "acquisition_price")


@pytest.mark.parametrize("sentence, metric", [
    ("Infineon wil dit boekjaar maximaal 2,1 miljard euro uitgeven aan nieuwe fabrieken en machines.", "investment"),
    ("Infineon wil dit jaar 200 miljoen euro uitgeven aan marketing.", "costs"),
    ("Wolters Kluwer kondigde bovendien een inkoop aan van 1,5 miljard euro in 2026.", "buyback"),
])
def test_spending_and_buying_back(sentence, metric):
    assert only(sentence).metric == metric


def test_purchasing_is_no_buyback():
    text = "Danfoss zegt jaarlijks zo'n 60 miljoen euro te besparen door de inkoop samen te voegen."
    assert only(text).metric != "buyback"


def test_a_description_sharing_the_stem_of_an_introduction_refers_to_that_company():
    text = ("Unilever splitst zijn ijsdivisie af. Unilever houdt een belang. "
            "Op 8 december 2025 kreeg The Magnum Ice Cream Company, de voormalige ijsdivisie van Unilever, een "
            "eigen beursnotering. Met merken als Ben & Jerry's is het 's werelds grootste ijsbedrijf. Het "
            "ijsconcern zette in 2024 7,9 miljard euro om.")
    assert linked(claims_for(text))[-1] == ("7,9 miljard euro", "Magnum Ice Cream Company", "revenue")


def test_a_shared_stem_does_not_override_the_subject_of_the_sentence_before():
    text = ("JET heeft Grubhub in 2024 doorverkocht aan Wonder, een jonge Amerikaanse maaltijdonderneming. Over 2024 boekte "
            "JET een omzet van 3,6 miljard euro. Door afboekingen leed de maaltijdbezorger een nettoverlies van "
            "ruim 1,6 miljard euro.")
    assert linked(claims_for(text))[-1] == ("1,6 miljard euro", "JET", "net_income")


def test_one_cue_after_a_list_of_amounts_is_all_of_theirs():
    text = "Per kwartaal kopen Shell en BP dus respectievelijk 3,5 miljard en 750 mln dollar aan eigen aandelen in."
    assert linked(claims_for(text)) == [("3,5 miljard", "Shell", "buyback"), ("750 mln dollar", "BP", "buyback")]


def test_a_cue_leading_an_amount_of_its_own_in_the_next_clause_is_that_amounts():
    text = ("De omzet van Airbnb steeg in het derde kwartaal van 2025 met 10 procent naar 4,1 miljard dollar, de "
            "nettowinst kwam uit op 1,37 miljard dollar.")
    assert [c.metric for c in claims_for(text)] == ["revenue", "net_income"]


def test_a_share_price_is_no_continuation_of_the_figure_before():
    text = ("Booking kocht voor 5,9 miljard dollar eigen aandelen in. Met een koers van rond de 5.000 dollar is "
            "Booking een van de duurste aandelen.")
    assert [c.metric for c in claims_for(text)] == ["buyback", "other"]


@pytest.mark.parametrize("sentence", [
    "In april 2024 trof Philips een schikking van 1,1 miljard dollar met Amerikaanse gebruikers.",
    "Een jaar eerder had Philips al 479 miljoen dollar opzijgezet voor schade.",
])
def test_settlements_and_provisions_are_costs(sentence):
    assert only(sentence).metric == "costs"


@pytest.mark.parametrize("sentence, metric", [
    ("Het zakencijfer van Bekaert krimpt tot 3,72 mld. euro.", "revenue"),
    ("De REBIT van Bekaert bedroeg 330 miljoen euro.", "operating_income"),
])
def test_flemish_metric_words(sentence, metric):
    assert only(sentence).metric == metric


def test_a_table_with_a_column_per_company():
    text = ("Omzet: € 5,3 mrd (Vestas (Q3 2025)); DKK 17,1 mrd (Ørsted (Q3 2025)).\n"
            "Operationeel: EBIT € 385 mln (Vestas (Q3 2025)); ebitda DKK 8,5 mrd (Ørsted (Q3 2025)).\n"
            "Nettoresultaat: € 181 mln (Vestas (Q3 2025)); DKK -1,7 mrd (Ørsted (Q3 2025)).")
    assert [(c.company, c.metric, pytest.approx(c.value)) for c in claims_for(text)] == [
        ("Vestas", "revenue", 5.3e9), ("Ørsted", "revenue", 17.1e9),
        ("Vestas", "operating_income", 385e6), ("Ørsted", "ebitda", 8.5e9),
        ("Vestas", "net_income", 181e6), ("Ørsted", "net_income", -1.7e9)]


def test_a_payer_described_pays_for_the_company_named_before():
    text = ("Bekaert boekte winst. Tegelijk kondigde Bekaert de overname aan van Drahtwerk Rheintal, een "
            "Zwitserse specialist. De staaldraadproducent betaalt 85 miljoen Zwitserse frank (circa 91 miljoen "
            "euro) voor het familiebedrijf uit Sankt Gallen.")
    assert [(c.company, c.metric) for c in claims_for(text)] == [("Drahtwerk Rheintal", "acquisition_price")] * 2


@pytest.mark.parametrize("sentence, metric, value", [
    # a free cash flow is signed where the text says it is negative
    ("Bij Oracle kwam de vrije kasstroom uit op een negatief saldo van 10 miljard dollar.", "free_cash_flow", -10e9),
    ("De rentelasten van Oracle liepen op tot ongeveer 3,6 miljard dollar.", "costs", 3.6e9),
    ("De operationele kasstroom van Oracle ligt rond de 22 miljard dollar.", "other", 22e9),
    ("Vlasveld Logistiek boekte een bedrijfskasstroom (ebitda) van 38,4 miljoen euro.", "ebitda", 38.4e6),
])
def test_cash_flows_and_interest(sentence, metric, value):
    claim = only(sentence)
    assert (claim.metric, claim.value) == (metric, pytest.approx(value))


def test_respectievelijk_with_qualifiers_in_the_list():
    text = ("Microsoft en Nvidia zegden toe respectievelijk tot 5 miljard en tot 10 miljard dollar in het bedrijf "
            "te steken, terwijl Anthropic beloofde voor 30 miljard dollar af te nemen.")
    assert [(c.company, c.money_text) for c in claims_for(text)][:2] == [
        ("Microsoft", "5 miljard"), ("Nvidia", "10 miljard dollar")]


def test_loans_to_a_company_are_its_debt_not_the_lenders():
    text = ("Een groep banken onder leiding van JPMorgan Chase en MUFG verstrekte 38 miljard dollar aan leningen "
            "aan Vantage Data Centers, dat datacenters bouwt.")
    assert linked(claims_for(text)) == [("38 miljard dollar", "Vantage Data Centers", "debt")]


@pytest.mark.parametrize("text, period", [
    ("In 2023 verkocht Colruyt Parkwind aan JERA voor 1,55 miljard euro.", "2023"),
    ("Vorig jaar nam Vandewalle nog het Nederlandse Drenth Verf over voor circa 38 miljoen euro.", "2025"),
    # none from the sentence before: the article's period is no deal's
    ("Vandewalle boekte in 2025 winst. Het nam Drenth Verf over voor 38 miljoen euro.", ""),
])
def test_a_deal_has_the_period_its_own_clause_states(text, period):
    claims = [c for c in claims_for(text, date(2026, 4, 14)) if c.metric == "acquisition_price"]
    assert [c.period for c in claims] == [period]


@pytest.mark.parametrize("text, company, metric", [
    ("Froneri werd in 2024 gewaardeerd op ruim 15 miljard euro, een maatstaf waarbij de beurswaarde van "
     "Magnum Ice Cream Company klein oogt.", "Froneri", "valuation"),
    ("Daarmee is Colruyt nog 4,6 mld. euro waard, nauwelijks de helft van de beurswaarde van vijf jaar geleden.",
     "Colruyt", "market_cap"),
])
def test_a_stock_market_word_in_a_later_clause_about_another_company_makes_no_market_cap(text, company, metric):
    assert [(c.company, c.metric) for c in claims_for(text)][0] == (company, metric)


def test_a_company_figure_no_cue_names_is_other_and_a_companyless_one_stays_empty():
    claims = claims_for("Adyen boekte een nettowinst van 469 miljoen euro. Maandelijks verwerkt Adyen ruim "
                        "100 miljard euro. Er ging wereldwijd 5 miljard euro om.")
    assert [(c.money_text, c.company, c.metric) for c in claims] == [
        ("469 miljoen euro", "Adyen", "net_income"), ("100 miljard euro", "Adyen", "other"),
        ("5 miljard euro", "", "")]
    # the confidence keeps a cue-less "other" apart from one a cue made
    assert claims[1].confidence < claims[0].confidence


@pytest.mark.parametrize("text, expected", [
    ("Microsoft investeert tot 5 miljard dollar in OpenAI, Nvidia tot 10 miljard dollar.",
     [("5 miljard dollar", "Microsoft"), ("10 miljard dollar", "Nvidia")]),
    ("Apple stak 8 miljard dollar in OpenAI, Alphabet ruim 3 miljard dollar.",
     [("8 miljard dollar", "Apple"), ("3 miljard dollar", "Alphabet")]),
    # a list after "in" that goes on past the amount is no gapped clause
    ("Microsoft investeert 5 miljard dollar in OpenAI, Nvidia en CoreWeave.", [("5 miljard dollar", "Microsoft")]),
])
def test_a_clause_of_a_name_and_an_amount_repeats_the_verb_for_that_name(text, expected):
    assert [(c.money_text, c.company) for c in claims_for(text)] == expected


def test_a_description_read_as_a_company_is_that_company_again_later():
    text = ("Tesla is het bewijs dat beleggers geduld hebben. Na de beursgang was de Amerikaanse autobouwer "
            "even 150 miljard dollar waard. Apple, dat een belang van 15 procent bezit, zit al jaren aan tafel. "
            "En de overheid kende een lening toe. "
            "De autobouwer verbrandt intussen zo'n 700 miljoen dollar per kwartaal.")
    assert [(c.money_text, c.company) for c in claims_for(text)] == [
        ("150 miljard dollar", "Tesla"), ("700 miljoen dollar", "Tesla")]


@pytest.mark.parametrize("text, expected", [
    # what a holding is worth is no value of the company held
    ("Alleen al het belang in Nvidia is meer dan 50 miljard dollar waard.", [("Nvidia", "other")]),
    # a stock market the company never went to makes no market value
    ("Bunq, dat nooit naar de beurs ging, werd gewaardeerd op 1,6 miljard euro.", [("Bunq", "valuation")]),
    # "in oktober" after "kocht" is a preposition, not the particle of "kocht … in" (a buyback)
    ("Microsoft kocht in oktober het Amerikaanse CoreWeave voor 40 miljard dollar.",
     [("CoreWeave", "acquisition_price")]),
    # a description by a compound head: "betaaldienst", "AI-lab"
    ("Adyen groeide hard. De Nederlandse betaaldienst was daarmee zo'n 50 miljard euro waard.",
     [("Adyen", "valuation")]),  # (a test mention has no ISIN to make it market_cap)
    ("OpenAI groeide hard. Bij de laatste ronde werd het AI-lab gewaardeerd op 500 miljard dollar.",
     [("OpenAI", "valuation")]),
])
def test_what_a_value_is_of(text, expected):
    assert [(c.company, c.metric) for c in claims_for(text)] == expected


@pytest.mark.parametrize("text", [
    "Porsche groeit hard. Berlijn trok in 2022 een speciaal fonds van 100 miljard euro uit voor de Bundeswehr.",
    "Porsche groeit hard. Brussel presenteerde een plan dat 800 miljard euro moet mobiliseren, waarvan 150 miljard "
    "euro in de vorm van leningen aan lidstaten.",
])
def test_a_government_named_by_its_capital_spends_for_no_company(text):
    assert [c.company for c in claims_for(text)] == [""] * len(claims_for(text))


def test_a_company_opening_a_sentence_after_a_topic_phrase_is_what_the_next_description_means():
    text = ("Shell boekte een recordwinst. Bij het Britse BP is het beeld niet anders. De oliemaatschappij "
            "rapporteerde een nettowinst van 8,1 miljard dollar.")
    assert [(c.money_text, c.company) for c in claims_for(text)] == [("8,1 miljard dollar", "BP")]


@pytest.mark.parametrize("text, published, period", [
    ("In oktober plaatste Colruyt een obligatielening van 500 miljoen euro.", date(2026, 3, 26), "2025"),
    ("TenneT heeft dinsdag voor 1,5 miljard euro aan groene obligaties geplaatst.", date(2026, 4, 15), "2026"),
    # without a date nothing places the month
    ("In oktober plaatste Colruyt een obligatielening van 500 miljoen euro.", None, ""),
    # a month in another clause does not date the deal
    ("In oktober daalde de koers, maar Colruyt plaatste een obligatielening van 500 miljoen euro.",
     date(2026, 3, 26), ""),
])
def test_a_month_or_day_in_its_clause_dates_an_event(text, published, period):
    assert claims_for(text, published)[0].period == period


def test_a_description_in_a_bids_sentence_is_the_company_bid_for():
    text = ("Permira biedt 34,50 euro per aandeel voor Danfoss. De investeerder wil het bedrijf van de beurs halen. "
            "Het bod waardeert de maker van inspectiesystemen op 1,42 miljard euro. Inclusief schulden komt de "
            "overnamesom uit op circa 1,68 miljard euro.")
    # (the price per share is the company bid for's too: some readers require it, the rest leave it optional)
    assert [(c.money_text, c.company, c.metric) for c in claims_for(text) if c.metric == "acquisition_price"] == [
        ("34,50 euro", "Danfoss", "acquisition_price"), ("1,42 miljard euro", "Danfoss", "acquisition_price"),
        ("1,68 miljard euro", "Danfoss", "acquisition_price")]


@pytest.mark.parametrize("text, metric", [
    ("Colruyt haalde 1,71 miljard euro op met levens- en groepsverzekeringen.", "revenue"),
    ("Colruyt haalde 500 miljoen euro op met een obligatie.", "debt"),
    ("Colruyt haalde 200 miljoen euro op bij beleggers.", "funding_raised"),
])
def test_what_money_was_raised_with(text, metric):
    assert only(text).metric == metric


def test_the_owner_in_an_opening_subject_is_what_the_next_description_means():
    text = ("Quantaris haalde geld op. De ondergang van Tesla ligt beleggers nog vers in het geheugen. De "
            "Amerikaanse autobouwer ging failliet, nadat het ruim 15 miljard dollar had opgehaald.")
    assert [(c.money_text, c.company) for c in claims_for(text)] == [("15 miljard dollar", "Tesla")]


@pytest.mark.parametrize("text", [
    "Nvidia groeit. Frankrijk kondigde 109 miljard euro aan AI-investeringen aan.",
    "De netto rente-inkomsten van ING bedroegen 15,2 miljard euro. Nederlanders hebben bij elkaar zo'n 520 "
    "miljard euro op spaarrekeningen staan.",
])
def test_a_country_or_its_people_spend_for_no_company(text):
    assert [c.company for c in claims_for(text)][-1] == ""


def test_a_comparison_in_brackets_dates_the_figure_a_year_later():
    claims = claims_for("Shell boekte winst.\n- Nettowinst: 197,3 miljoen dollar (eerste halfjaar 2025: 157,4 miljoen "
                        "dollar)")
    assert [(c.money_text, c.period) for c in claims] == [
        ("197,3 miljoen dollar", "2026-H1"), ("157,4 miljoen dollar", "2025-H1")]


def test_without_a_date_the_paragraphs_period_beats_the_texts():
    text = ("Over 2024 zette BASF 65,3 miljard euro om. De ebitda kwam uit op 7,9 miljard euro.\n"
            "In het derde kwartaal van 2025 boekte BASF een omzet van 15 miljard euro.")
    assert [(c.money_text, c.period) for c in claims_for(text)] == [
        ("65,3 miljard euro", "2024"), ("7,9 miljard euro", "2024"), ("15 miljard euro", "2025-Q3")]


def test_a_relative_clause_past_an_apposition_is_about_the_company_before_it():
    text = ("Orange en DoorDash brachten hun activiteiten samen in Deliveroo, een combinatie die bij de "
            "aankondiging op 18,6 miljard euro werd gewaardeerd.")
    assert [(c.company, c.metric) for c in claims_for(text)] == [("Deliveroo", "valuation")]


@pytest.mark.parametrize("text, expected", [
    ("Het bod van circa 9 miljard dollar in aandelen op Deliveroo werd weggestemd.",
     [("Deliveroo", "acquisition_price")]),
    ("Adyen ging naar de beurs. Dat klinkt als een succes, totdat je bedenkt dat hetzelfde bedrijf in 2021 nog "
     "werd gewaardeerd op 45,6 miljard dollar.", [("Adyen", "valuation")]),
])
def test_bids_and_the_same_company(text, expected):
    assert [(c.company, c.metric) for c in claims_for(text)] == expected


@pytest.mark.parametrize("text, company", [
    ("Nvidia groeit. De totale marktwaarde van alle cryptomunten stond op ruim 4 biljoen dollar.", ""),
    ("Nvidia groeit. De omzet van de hele sector steeg naar 40 miljard dollar.", ""),
    ("Nvidia groeit. De omzet steeg naar 40 miljard dollar.", "Nvidia"),
])
def test_a_metric_owned_by_no_company_is_no_companys(text, company):
    assert claims_for(text)[0].company == company


@pytest.mark.parametrize("text, expected", [
    # what a seller got for something that is no company
    ("Prosus verkocht in oktober zijn volledige belang voor 5,83 miljard dollar.", [("Prosus", "other")]),
    # what was sold, in the passive
    ("Booking, dat in 1996 begon, werd in 2005 voor 133 miljoen dollar verkocht aan Priceline.",
     [("Booking", "acquisition_price")]),
])
def test_a_sellers_price(text, expected):
    assert [(c.company, c.metric) for c in claims_for(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a stake in a company, sold: that company is priced
    ("In september werd een minderheidsbelang van 46 procent in TenneT verkocht aan een consortium, voor 9,5 "
     "miljard euro.", [("TenneT", "acquisition_price")]),
    # the subject of a relative clause on the amount's noun is not the amount's
    ("Mistral groeit. De financieringsronde van 1,7 miljard euro waarin ASML de hoofdrol speelde, trok veel aandacht.",
     [("", "funding_raised")]),
])
def test_stakes_and_relative_clauses(text, expected):
    assert [(c.company, c.metric) for c in claims_for(text)][:1] == expected


def test_each_company_of_a_list_of_takeovers_has_its_own_price():
    text = ("Eerder dat jaar nam het concern al Metsera over voor 3,1 miljard dollar, Squarespace voor maximaal 1,7 "
            "miljard dollar en Deliveroo voor circa 1,4 miljard dollar.")
    assert [(c.money_text, c.company) for c in claims_for(text)] == [
        ("3,1 miljard dollar", "Metsera"), ("1,7 miljard dollar", "Squarespace"), ("1,4 miljard dollar", "Deliveroo")]


def test_the_same_quarter_after_a_paragraph_about_another_year_is_the_last_quarter_named():
    text = ("Philips rapporteerde over het derde kwartaal van 2025 een omzet van 4,3 miljard euro. De topman kreeg "
            "over vorig jaar een beloning van 5 miljoen euro.\nAhold Delhaize doet het beter. Over hetzelfde kwartaal "
            "meldde Ahold Delhaize een omzet van 22,5 miljard euro.")
    assert claims_for(text)[-1].period == "2025-Q3"


def test_a_period_after_a_comma_opens_the_next_clause_not_the_amount_before():
    text = "Die vrije kasstroom van Adyen bedroeg over 2024 EUR 1,1 miljard, en voor 2025 mikt Adyen op 1,3 miljard euro."
    assert [(c.money_text, c.period) for c in claims_for(text)] == [
        ("EUR 1,1 miljard", "2024"), ("1,3 miljard euro", "2025")]


def test_a_holding_named_in_passing_does_not_take_the_focus():
    text = ("Heineken zette 35 miljard euro om. De nettowinst daalde door een afboeking op het belang in Tesla. "
            "In de eerste helft van 2025 bleef het operationele resultaat met 2,4 miljard euro nagenoeg gelijk.")
    assert claims_for(text)[-1].company == "Heineken"


def test_the_group_after_a_subsidiary_is_its_parent():
    text = ("Heineken boekte winst. Ahold Delhaize doet het goed. In Nederland groeit Albert Heijn vooral online. "
            "Voor heel 2025 verwacht het concern een vrije kasstroom van circa 2,2 miljard euro.")
    names = ["Heineken", "Ahold Delhaize", "Albert Heijn"]
    companies = [CompanyMention(text.index(n), text.index(n) + len(n), n, n) for n in names]
    claims = link_claims(text, sentences=sentence_spans(text), money=find_amounts(text), companies=companies,
                         periods=[], doc_id="t")
    assert [(c.company, c.metric) for c in claims] == [("Ahold Delhaize", "free_cash_flow")]


@pytest.mark.parametrize("text, expected", [
    # "investeringsvehikel" names a business, not an investment; the second company after the verb is bought
    ("Intussen kocht investeringsvehikel Permira eind 2024 nog contractproducent Squarespace voor 16,5 miljard "
     "dollar.", [("Squarespace", "acquisition_price")]),
    # not the seller after "van"
    ("Prada nam Takeda over van het Amerikaanse Gilead voor 1,25 miljard euro.", [("Takeda", "acquisition_price")]),
    # a subject pronoun after the amount makes the company after it the object
    ("Apple groeit. Met een beurswaarde van meer dan 240 miljard euro streefde het zelfs even Tesla voorbij.",
     [("Apple", "market_cap")]),
])
def test_buyers_objects_and_pronoun_subjects(text, expected):
    assert [(c.company, c.metric) for c in claims_for(text)] == expected


def test_a_deals_year_is_not_the_period_the_company_reports_on():
    text = ("Het boekjaar 2025/26, dat eind juni afliep, was het beste van Colruyt. Het zakencijfer steeg tot 412 "
            "miljoen euro. In 2021 klopte Permira aan met een bod van 500 miljoen euro voor Colruyt.")
    assert claims_for(text, date(2026, 10, 17))[0].period == "2026"


def test_the_company_a_relative_clauses_verb_of_buying_follows_is_bought():
    text = "Colruyt, dat in 2023 Vandewalle overnam voor 4,9 miljard euro, keert minder uit dan het verdient."
    assert [(c.company, c.metric) for c in claims_for(text)] == [("Vandewalle", "acquisition_price")]


def company_metrics(text, names, published=None):
    """What most claim tests compare: each claim's company and metric."""
    return [(c.company, c.metric) for c in claims_with(text, names, published)]


def claims_with(text, names, published=None):
    """Claims of ``text`` with exactly the companies ``names`` (every occurrence)."""
    text = clean_text(text)
    money = find_amounts(text)
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    companies = [CompanyMention(m.start(), m.end(), m.group(), m.group()) for m in pattern.finditer(text)]
    periods = find_periods(text, published, exclude=[(m.start, m.end) for m in money])
    return link_claims(text, sentences=sentence_spans(text), money=money, companies=companies,
                       periods=periods, doc_id="t", published=published)


def test_a_yearless_quarter_takes_the_year_the_text_is_about():
    text = ("ASML verwacht voor 2025 een omzet van ongeveer 32,5 miljard euro. In het derde kwartaal boekte "
            "ASML een nettowinst van 2,1 miljard euro op een omzet van 7,5 miljard euro.")
    assert [c.period for c in claims_with(text, ["ASML"])] == ["2025", "2025-Q3", "2025-Q3"]


def test_a_relative_year_without_a_date_leaves_the_period_open():
    text = "In het derde kwartaal van 2025 groeide Klarna. Vorig jaar zette Klarna 2,8 miljard dollar om."
    assert [c.period for c in claims_with(text, ["Klarna"])] == [""]
    assert [c.period for c in claims_with(text, ["Klarna"], date(2025, 11, 20))] == ["2024"]


def test_a_year_after_a_conjunction_is_the_next_amounts():
    text = ("Het Franse IT-concern Atos zag zijn nettoschuld oplopen tot bijna 5 miljard euro en leed in 2023 "
            "een nettoverlies van 3,4 miljard euro.")
    claims = claims_with(text, ["Atos"])
    assert [(c.metric, c.value, c.period) for c in claims][1] == ("net_income", -3.4e9, "2023")


@pytest.mark.parametrize("text, metrics", [
    # a range's "en" between a split verb and its particle joins no clauses
    ("Meta trekt dit jaar tussen de 66 en 72 miljard dollar uit voor datacenters en chips.", ["investment"]),
    # the noun naming the amount beats the verb around it; that verb is not the other amount's
    ("Adyen hield een netto-omzet van 2 miljard euro over.", ["revenue"]),
    ("Adyen verwerkte voor 1,29 biljoen euro aan betalingen en hield daar een netto-omzet van bijna 2 miljard "
     "euro aan over.", ["other", "revenue"]),
    # "mld." does not end the sentence a split verb spans
    ("Ahold Delhaize zette in 2024 € 89,4 mld. om en genereerde een vrije kasstroom van 2,3 miljard euro.",
     ["revenue", "free_cash_flow"]),
    # a subsidy or a fine is no investment, whatever the sentence before was about
    ("Het kabinet trekt 3 miljard euro uit voor de verduurzaming van de industrie. Tata Steel kan rekenen op "
     "maximaal 2 miljard euro subsidie.", ["other"]),
    ("De Europese Commissie legde Meta een boete op van 798 miljoen euro.", ["other"]),
])
def test_metric_cues_split_verbs_and_figures_that_are_no_results(text, metrics):
    names = ["Meta", "Adyen", "Ahold Delhaize", "Tata Steel"]
    assert [c.metric for c in claims_with(text, names) if c.company] == metrics


def test_the_description_after_a_company_introduced_with_an_apposition_is_that_company():
    text = ("Picnic haalde 355 miljoen euro op. Daarnaast sloot Picnic een lening af bij ING en Rabobank.\n"
            "Vergelijk dat met Ahold Delhaize, het moederbedrijf van Albert Heijn, dat online gewoon als extra "
            "kanaal runt. Het concern zette in 2024 € 89,4 mld. om.")
    claims = claims_with(text, ["Picnic", "ING", "Rabobank", "Ahold Delhaize", "Albert Heijn"])
    assert [(c.company, c.metric) for c in claims][-1] == ("Ahold Delhaize", "revenue")


def test_the_takeover_sum_after_a_bid_is_the_price_of_the_company_bid_for():
    text = ("Het Amerikaanse Keurig Dr Pepper biedt 31,85 euro per aandeel in contanten voor JDE Peet's. "
            "Het overnamebedrag komt daarmee uit op ongeveer 15,7 miljard euro (18 miljard dollar).")
    claims = claims_with(text, ["Keurig Dr Pepper", "JDE Peet's"])
    assert [(c.company, c.metric) for c in claims][1:] == [("JDE Peet's", "acquisition_price")] * 2


def test_a_place_after_in_is_no_actor():
    # "in Nederland" sets the scene; the figure is still the article's company's
    text = "Picnic groeit hard. In Nederland bedroeg de omzet vorig jaar 1,3 miljard euro."
    assert company_metrics(text, ["Picnic"]) == [("Picnic", "revenue")]


def test_the_winner_of_a_bidding_fight_pays_for_the_company_fought_over():
    text = ("Dat bleek uit de strijd om het Amerikaanse biotechbedrijf Metsera. Novo deed een vijandig tegenbod, "
            "maar Pfizer trok aan het langste eind en betaalt maximaal 10 miljard dollar.")
    claims = claims_with(text, ["Metsera", "Novo", "Pfizer"])
    assert [(c.company, c.metric) for c in claims] == [("Metsera", "acquisition_price")]


def test_an_adjective_after_the_article_keeps_a_name_inside_its_prepositional_phrase():
    text = ("Bij BP, dat onder druk van de activistische belegger Elliott een reset aankondigde, is de ommezwaai "
            "groot. De Britten schroeven de investeringen in duurzame energie terug tot 1,5 à 2 miljard dollar.")
    assert [c.company for c in claims_with(text, ["BP", "Elliott"])] == ["BP"]


def test_a_footer_after_a_blank_line_does_not_make_the_body_one_paragraph():
    body = ("Bij Shell ging het goed. Shell verdiende veel.\n"
            "TotalEnergies doet het ook goed. Voor 2025 rekent de groep op netto-investeringen van 17 miljard "
            "dollar. Voor 2026 verwacht Pouyanné dat bedrag terug te brengen naar 15 tot 16,5 miljard dollar.\n"
            "Shell en Shell blijven Shell.")
    names = ["Shell", "TotalEnergies"]
    expected = [("TotalEnergies", "investment")] * 2
    assert company_metrics(body, names) == expected
    assert company_metrics(body + "\n\nZie ook: Opinie over olie", names) == expected


@pytest.mark.parametrize("text", [
    "De nettoschuld van Shell daalde naar circa 41 miljard dollar, en Sawan mikt op een structurele "
    "kostenbesparing van $ 5-7 mrd tegen eind 2028.",
    "Shell verhoogde het dividend naar 0,36 dollar. Een olieprijs van rond de 65 dollar per vat geeft weinig "
    "reden tot paniek.",
])
def test_savings_and_commodity_prices_are_no_results(text):
    claims = claims_with(text, ["Shell"])
    assert [c.metric for c in claims if c.money_text[:2] not in ("41", "0,")] == ["other"]


def test_a_fronted_company_paid_for_after_another_sentence_and_a_gapped_second():
    text = ("Intussen koopt Siemens bij in software. Voor het Amerikaanse Altair betaalde de groep 10 miljard "
            "dollar (ongeveer 9,2 miljard euro), en voor Dotmatics nog eens 5,1 miljard dollar.")
    claims = claims_with(text, ["Siemens", "Altair", "Dotmatics"])
    assert [(c.company, c.metric) for c in claims] == [("Altair", "acquisition_price")] * 2 + [
        ("Dotmatics", "acquisition_price")]


def test_the_market_cap_at_a_listing_is_the_listed_companys():
    text = "JAB bracht JDE Peet's in 2020 naar de beurs, bij een beurswaarde van circa 15,5 miljard euro."
    assert company_metrics(text, ["JAB", "JDE Peet's"]) == [
        ("JDE Peet's", "market_cap")]


def test_a_paragraph_without_a_name_goes_on_with_the_company_its_figures_went_to():
    text = ("Volkswagen boekte verlies. Volkswagen schrapt banen. Volkswagen lijdt.\n"
            "Bij Stellantis, het concern achter Peugeot, Fiat en Jeep, is de schade groter.\n"
            "De groep boekte over het eerste halfjaar van 2025 een nettoverlies van 2,3 miljard euro. De vrije "
            "kasstroom was negatief: min 3 miljard euro.")
    claims = claims_with(text, ["Volkswagen", "Stellantis"])
    assert [(c.company, c.metric) for c in claims] == [("Stellantis", "net_income"),
                                                       ("Stellantis", "free_cash_flow")]


@pytest.mark.parametrize("text, company", [
    # an investor named as an example does not take "het" from the company raising the money
    ("Volkswagen leed verlies. Volkswagen schrapt banen. Het pijnlijkste verhaal is dat van Northvolt. "
     "Northvolt haalde geld op bij onder anderen Volkswagen en Goldman Sachs. Toch ging het bedrijf failliet. "
     "Op het laatst verbrandde het 2 miljoen dollar per dag.", "Northvolt"),
    # "zoals zo vaak" names no example: the company after it is the topic
    ("Hermès groeit. Kering zakte. Kering verkocht Kering Beauté aan L'Oréal. De uitzondering is, zoals zo vaak, "
     "Hermès. "
     "Het familiebedrijf groeide over 2024 tot een omzet van 15,2 miljard euro.", "Hermès"),
])
def test_examples_and_what_is_not_an_example(text, company):
    names = ["Volkswagen", "Northvolt", "Goldman Sachs", "Kering Beauté", "Kering", "L'Oréal", "Hermès"]
    assert [c.company for c in claims_with(text, names)] == [company]


@pytest.mark.parametrize("text", [
    # a noun of its own names the second amount: no carried metric
    "Hoogveld Technologies leende 1,2 miljard euro. Daarnaast heeft Hoogveld Technologies een reservering van 19 "
    "miljoen euro gemaakt.",
    "PayPal kocht voor 6 miljard dollar eigen aandelen in. PayPal lanceerde ook een stablecoin, maar die heeft met "
    "een omloop van nog geen 3 miljard dollar weinig gewicht.",
])
def test_an_amount_named_by_a_noun_of_its_own_takes_no_metric_from_the_figure_before(text):
    claims = claims_with(text, ["Hoogveld Technologies", "PayPal"])
    assert claims[-1].metric in ("", "other")


@pytest.mark.parametrize("text, names, expected", [
    # a part pointed at is the one company named right before it
    ("Unilever koos voor de bijl. Het concern heeft zijn ijsdivisie afgesplitst in The Magnum Ice Cream Company. "
     "Die ijstak, met merken als Cornetto, zette vorig jaar 7,9 miljard euro om.",
     ["Unilever", "The Magnum Ice Cream Company"], [("The Magnum Ice Cream Company", "revenue")]),
    ("Just Eat Takeaway leed verlies door afschrijvingen op Grubhub. Dat Amerikaanse onderdeel werd eind 2024 voor "
     "650 miljoen dollar verkocht.", ["Just Eat Takeaway", "Grubhub"], [("Grubhub", "acquisition_price")]),
    # not one of a list
    ("Prosus groeit. De e-commercebedrijven van het concern – iFood, OLX, PayU en het belang in Swiggy – maken "
     "winst. Het bedrijfsresultaat van die tak kwam uit op 640 miljoen dollar.",
     ["Prosus", "iFood", "OLX", "PayU", "Swiggy"], [("Prosus", "operating_income")]),
    # "zelf" after a description opening the sentence turns to the other company just discussed
    ("Prosus nam Just Eat Takeaway over voor 4,1 miljard euro. Prosus-topman Bloisi wil groeien. Prosus moest "
     "zijn belang in branchegenoot Delivery Hero afbouwen. Het bezorgbedrijf zelf boekte in 2024 een omzet van "
     "3,6 miljard euro.", ["Prosus", "Just Eat Takeaway", "Delivery Hero"],
     [("Just Eat Takeaway", "acquisition_price"), ("Just Eat Takeaway", "revenue")]),
])
def test_parts_pointed_at_and_the_company_itself(text, names, expected):
    assert company_metrics(text, names) == expected


@pytest.mark.parametrize("text, names, expected", [
    # the group of a subsidiary is the company that carries its name, wherever the article named it
    ("Air France-KLM boekte winst. KLM vliegt veel. KLM droeg 574 miljoen euro bij aan het bedrijfsresultaat, minder dan Air France. "
     "KLM-topman Rintel wil de kosten omlaag brengen. Rintel heeft weinig keus: de nettoschuld van de groep liep op "
     "tot 7,3 miljard euro.", ["Air France-KLM", "KLM", "Air France"],
     [("KLM", "operating_income"), ("Air France-KLM", "debt")]),
    # the parent of a company named after "moederbedrijf van"
    ("IAG groeit. IAG is groot. Beleggers kijken naar Booking Holdings en TUI. Het Amerikaanse moederbedrijf van "
     "Booking.com zette in het derde kwartaal 9 miljard dollar om.", ["IAG", "Booking Holdings", "TUI", "Booking.com"],
     [("Booking Holdings", "revenue")]),
])
def test_groups_and_parents(text, names, expected):
    assert company_metrics(text, names) == expected


def test_the_noun_right_after_the_amount_beats_a_verb_that_defers():
    text = ("Bij Lufthansa, dat een aangepaste EBIT van 1,3 miljard euro haalde op 10,7 miljard euro omzet, is de "
            "stemming niet veel beter.")
    assert [c.metric for c in claims_with(text, ["Lufthansa"])] == ["operating_income", "revenue"]


def test_an_agent_noun_shares_its_stem_and_the_shares_named_are_the_company_bought():
    text = ("HAL bezit onder meer baggeraar Boskalis en een minderheidsbelang in Coolblue. Voor de resterende aandelen "
            "Boskalis betaalde HAL destijds 33 euro per aandeel, wat het baggerbedrijf een totale waarde van ruim 4 "
            "miljard euro gaf.")
    claims = claims_with(text, ["HAL", "Boskalis", "Coolblue"])
    assert [c.company for c in claims] == ["Boskalis", "Boskalis"]


@pytest.mark.parametrize("text, names, expected", [
    # a sentence opening with another company ("Boeing-topman") keeps a description from an earlier one
    ("De Europese vliegtuigbouwer Airbus groeit. Airbus leverde veel toestellen. Boeing-topman Kelly Ortberg mag de "
     "productie opvoeren, maar de Amerikaanse vliegtuigbouwer torst nog een schuld van ruim 53 miljard dollar.",
     ["Airbus", "Boeing"], [("Boeing", "debt")]),
    # of equals in a paragraph, the group it opened with before the subsidiary in focus
    ("Bij Kering is het beeld somber. Gucci zette nog geen 3 miljard euro om. De nieuwe topman, die overkwam van "
     "Renault, moet schulden afbouwen: de nettoschuld bedroeg eind juni circa 9,5 miljard euro.",
     ["Kering", "Gucci", "Renault"], [("Gucci", "revenue"), ("Kering", "debt")]),
])
def test_descriptions_and_groups_in_a_paragraph(text, names, expected):
    assert company_metrics(text, names) == expected


def test_an_executive_opening_the_sentence_invests_for_his_company():
    text = "Prada boekte winst. Topman Andrea Guerra wil de komende jaren een half miljard euro in Versace steken."
    assert company_metrics(text, ["Prada", "Versace"]) == [("Prada", "investment")]


@pytest.mark.parametrize("text, names, expected", [
    # the description after the buyers is what they bought
    ("Odido heeft een ander profiel. Sinds de investeerders Apax en Warburg Pincus het bedrijf in 2022 voor 5,1 "
     "miljard euro kochten, rust er een schuld op.", ["Odido", "Apax", "Warburg Pincus"],
     [("Odido", "acquisition_price")]),
    # a minority stake bought is the buyer's investment, the price before or after the stake
    ("Philips zakte. Exor, de investeringsmaatschappij van de familie Agnelli, kocht in 2023 een belang van 15 "
     "procent voor zo'n 2,6 miljard euro.", ["Philips", "Exor"], [("Exor", "investment")]),
    ("Exor zit vast aan Philips, waarin het in 2023 voor 2,6 miljard euro een belang van 15 procent nam.",
     ["Philips", "Exor"], [("Exor", "investment")]),
    ("Tencent betaalt 1,16 miljard euro voor een belang van een kwart in de nieuwe dochter.", ["Tencent"],
     [("Tencent", "investment")]),
])
def test_what_buyers_buy(text, names, expected):
    assert company_metrics(text, names) == expected


def test_a_time_phrase_opening_the_sentence_dates_its_main_clause():
    text = ("In juni 2023, kort na de oprichting, haalde Mistral AI 105 miljoen euro op bij een waardering van zo'n "
            "240 miljoen euro.")
    assert [(c.metric, c.period) for c in claims_with(text, ["Mistral AI"])] == [
        ("funding_raised", "2023"), ("valuation", "2023")]


# --- session 10: held-out sets 24 and 25 -----------------------------------

def test_a_states_figure_is_no_companys():
    text = ("De Amerikaanse staatsschuld is inmiddels opgelopen tot ruim 38 biljoen dollar. Nvidia is op de beurs "
            "ruim 4,5 biljoen dollar waard.")
    assert company_metrics(text, ["Nvidia"]) == [("", ""), ("Nvidia", "market_cap")]


def test_a_cue_in_a_contrasting_clause_after_the_amount_is_not_its_metric():
    text = ("Oracle sloot een contract van 300 miljard dollar met OpenAI af. Dat is 60 miljard per jaar, terwijl "
            "Oracle zelf een vrije kasstroom heeft die negatief is.")
    assert claims_with(text, ["Oracle", "OpenAI"])[-1].metric != "free_cash_flow"


@pytest.mark.parametrize("text, names, expected", [
    # a stake sold: what the seller got, no takeover price
    ("SoftBank verkocht zijn complete belang in Nvidia voor 5,8 miljard dollar om zijn investeringen in OpenAI te "
     "financieren.", ["SoftBank", "Nvidia", "OpenAI"], [("SoftBank", "other")]),
    # a stake bought in a named company: the buyer's investment
    ("Exor kocht in 2023 een belang van 15 procent in Philips voor 2,6 miljard euro.", ["Exor", "Philips"],
     [("Exor", "investment")]),
    # a state buying in funds the company, the company after the price too
    ("De Amerikaanse regering nam een belang van bijna 10 procent in Intel voor 8,9 miljard dollar.", ["Intel"],
     [("Intel", "funding_raised")]),
    ("De Staat kocht voor 2 miljard euro een belang van 20 procent in ABN Amro.", ["ABN Amro"],
     [("ABN Amro", "funding_raised")]),
])
def test_stakes_sold_and_bought(text, names, expected):
    assert company_metrics(text, names) == expected


def test_a_figure_of_the_same_kind_in_the_next_sentence_is_the_same_companys():
    text = ("Anthropic haalde in september 13 miljard dollar op bij een waardering van 183 miljard dollar. Een paar "
            "maanden later werd al over een waardering van 350 miljard gesproken.")
    assert company_metrics(text, ["Anthropic"])[-1] == ("Anthropic", "valuation")
    # not a total of several
    text = ("Beleggers zijn tevreden. ING alleen al verdiende vorig kwartaal 1,8 miljard euro. Opgeteld gaat het om "
            "bijna 7 miljard euro in zes maanden.")
    assert company_metrics(text, ["ING"])[-1][0] == ""


@pytest.mark.parametrize("text, names, expected", [
    # "zou … kosten": the verb carries the metric of its subject
    ("Het bod van Unicredit op Commerzbank zou de Italianen ruim 10 miljard euro kosten.",
     ["Unicredit", "Commerzbank"], [("Commerzbank", "acquisition_price")]),
    ("De reorganisatie gaat Philips 300 miljoen euro kosten.", ["Philips"], [("Philips", "costs")]),
    # "werd geschat op" carries the metric of its subject
    ("Mistral groeit. Het verlies over 2024 werd geschat op bijna 200 miljoen euro.", ["Mistral"],
     [("Mistral", "net_income")]),
    # the result of a change "met X tot Y" takes the cue before the change
    ("De omzet van Philips steeg met ruim 2,7 miljard dollar tot 37,9 miljard dollar.", ["Philips"],
     [("Philips", "other"), ("Philips", "revenue")]),
    # an impairment, however far its word; an event before the figure is no cue for it
    ("Diageo zag het bedrijfsresultaat terugvallen naar 4,3 miljard dollar. Aan afwaarderingen, onder meer op merken "
     "die in Latijns-Amerika minder opbrengen dan gehoopt, boekte de drankenproducent bijna 1,4 miljard dollar.",
     ["Diageo"], [("Diageo", "operating_income"), ("Diageo", "other")]),
    ("Porsche boekte over het eerste halfjaar een verlies van 20 miljard euro na een waardevermindering van haar "
     "deelnemingen.", ["Porsche"], [("Porsche", "net_income")]),
    # what shareholders receive per share
    ("Philip Morris groeit. Aandeelhouders merken er weinig van: zij ontvangen $ 5,40 per aandeel per jaar.",
     ["Philip Morris"], [("Philip Morris", "dividend")]),
    # "gaat er … doorheen" is burning cash; analysts cited are no actor
    ("Geld verbrandt Mistral in rap tempo. Volgens schattingen van analisten gaat er maandelijks zo'n 40 tot 50 "
     "miljoen euro doorheen: aan onderzoekers die bij Google of Meta 1 miljoen dollar per jaar kunnen verdienen.",
     ["Mistral", "Google", "Meta"], [("Mistral", "cash_burn"), ("Meta", "other")]),
])
def test_verbs_that_defer_changes_impairments_and_payouts(text, names, expected):
    assert company_metrics(text, names) == expected


@pytest.mark.parametrize("text, names, expected", [
    # the paragraph moved on to a company opening a sentence of its own
    ("Kering zag de omzet krimpen tot 17,2 miljard euro. De nettowinst van Kering zakte naar 1,1 miljard euro. "
     "Hermès International blijft de uitzondering die de regel bevestigt. Over 2024 krijgen aandeelhouders een "
     "dividend van € 16 per aandeel.", ["Kering", "Hermès International"],
     [("Kering", "revenue"), ("Kering", "net_income"), ("Hermès International", "dividend")]),
    # a company introduced with a description opening its sentence is what "het concern" is next
    ("Maersk zag de omzet dalen tot 14,2 miljard dollar. Intussen investeert Maersk fors in havens.\n"
     "Ook de Duitse concurrent uit Hamburg, de beursgenoteerde rederij Hapag-Lloyd AG, voelt dezelfde pijn. Het "
     "concern boekte een ebitda van 2,9 miljard euro.", ["Maersk", "Hapag-Lloyd AG"],
     [("Maersk", "revenue"), ("Hapag-Lloyd AG", "ebitda")]),
    # "Via X" is no subject; "het bedrijf" stays the company in focus
    ("Het Belgische Proximus kiest voor samenwerking. Via Fiberklaar, een joint venture met Eurofiber, legt het "
     "bedrijf glasvezel aan, en voor 2025 rekent het op investeringen tussen 1,2 en 1,3 mrd. euro. Dat is fors "
     "voor een onderneming met een beurswaarde van nog geen 2,5 miljard euro.",
     ["Proximus", "Fiberklaar", "Eurofiber"], [("Proximus", "investment"), ("Proximus", "market_cap")]),
    # the investors of a round listed after "onder meer" are no subject
    ("Mistral AI groeit. In juni 2024 haalde het Parijse bedrijf al geld op bij onder meer General Catalyst, "
     "Nvidia en Andreessen Horowitz, bij een waardering van 5,8 miljard euro.",
     ["Mistral AI", "General Catalyst", "Nvidia", "Andreessen Horowitz"], [("Mistral AI", "valuation")]),
])
def test_which_company_a_paragraph_is_about(text, names, expected):
    assert company_metrics(text, names) == expected


def test_a_reference_to_the_company_counts_as_a_mention_of_it():
    text = ("Intel is het spiegelbeeld. Het concern boekte in het derde kwartaal van 2025 een nettowinst van 4,1 "
            "miljard dollar. De Amerikaanse overheid nam voor 8,9 miljard dollar een belang van bijna 10 procent, "
            "SoftBank stak er 2 miljard dollar in en Nvidia kocht voor 5 miljard dollar aan Intel-aandelen. De omzet "
            "bleef met 13,7 miljard dollar nagenoeg gelijk.")
    assert company_metrics(text, ["Intel", "SoftBank", "Nvidia"])[-1] == ("Intel", "revenue")


@pytest.mark.parametrize("text, names, expected", [
    # the one pointed at after "Voor die …" is the company named before
    ("Zalando zette ruim 2,8 miljard euro om, inclusief het overgenomen About You. Voor die concurrent betaalde "
     "Zalando zo'n 1,1 miljard euro.", ["Zalando", "About You"],
     [("Zalando", "revenue"), ("About You", "acquisition_price")]),
    # a deal's value without a company named is the takeover the text is about
    ("Inzet was Spectris plc, een Britse maker van meetapparatuur. In een paar weken liep het bod met ruim 10 "
     "procent op, tot een totale dealwaarde van circa 4,8 miljard pond.", ["Spectris"],
     [("Spectris", "acquisition_price")]),
    # what a transaction is worth is a takeover price
    ("KKR bood het meest. Inclusief schulden is de transactie voor Spectris 4,8 miljard pond waard.",
     ["KKR", "Spectris"], [("Spectris", "acquisition_price")]),
])
def test_takeovers_pointed_at(text, names, expected):
    assert company_metrics(text, names) == expected


def test_a_founding_year_is_no_reporting_period():
    text = "Picnic heeft sinds de oprichting in 2015 in totaal ruim 1,8 miljard euro opgehaald."
    assert [(c.company, c.period) for c in claims_with(text, ["Picnic"])] == [("Picnic", "")]


@pytest.mark.parametrize("text, names, expected", [
    # "een bod uitgebracht op X" makes X the company bid for; "de kleppenmaker" is "de maker van kleppen"
    ("CVC Capital Partners heeft een bod uitgebracht op Koninklijke Brandwijk N.V., de Zeeuwse maker van "
     "industriële kleppen en pompen. CVC biedt € 38,50 per aandeel, wat het hele bedrijf inclusief schulden "
     "waardeert op circa 2,1 miljard euro. Met andere woorden: het bedrijf gaat zijn eigen overname betalen. De "
     "nettoschuld van de kleppenmaker zal oplopen naar ruim 1,2 miljard euro.",
     ["CVC Capital Partners", "CVC", "Koninklijke Brandwijk N.V."],
     [("CVC", "other"), ("Koninklijke Brandwijk N.V.", "acquisition_price"), ("Koninklijke Brandwijk N.V.", "debt")]),
    # named as often as the bidder, the company the figures were about is the article's
    ("CVC bood op Brandwijk. CVC biedt veel. Brandwijk zette 1,1 miljard euro om. De groep boekte "
     "een ebitda van € 198 miljoen. CVC betaalt veel.\n\nJarenlang werd het aandeel links liggen gelaten; de "
     "beurswaarde zakte in 2023 zelfs tot onder de 1 miljard euro.", ["CVC", "Brandwijk"],
     [("Brandwijk", "revenue"), ("Brandwijk", "ebitda"), ("Brandwijk", "market_cap")]),
    # a company a figure is compared with does not become the topic
    ("ASML boekte winst. ASML groeit. En dan Nvidia. De nettowinst bedroeg bijna 32 miljard dollar: in één kwartaal ongeveer evenveel als ASML in "
     "een heel jaar omzet. Met een beurswaarde van ruim 4,5 biljoen dollar is het bedrijf het waardevolste ter "
     "wereld.", ["Nvidia", "ASML"], [("Nvidia", "net_income"), ("Nvidia", "market_cap")]),
])
def test_bids_makers_and_comparisons(text, names, expected):
    assert company_metrics(text, names) == expected


def test_a_yearless_quarter_is_placed_by_the_period_stated_before_it():
    # not by a later fiscal year; and a forecast's quarter is not "hetzelfde kwartaal"
    text = ("ASML boekte in het derde kwartaal van 2025 een omzet van 7,5 miljard euro. Voor het vierde kwartaal mikt "
            "de chipmachinemaker op een omzet tussen 9,2 en 9,8 miljard euro. Dat klinkt riant, maar de verkopen aan "
            "China zullen in 2026 teruglopen. TSMC zette in hetzelfde kwartaal 33,1 "
            "miljard dollar om. Nvidia haalde in het derde kwartaal van boekjaar 2026 een omzet van 57 miljard "
            "dollar.")
    assert [c.period for c in claims_with(text, ["ASML", "TSMC", "Nvidia"])] == [
        "2025-Q3", "2025-Q4", "2025-Q3", "2026-Q3"]


@pytest.mark.parametrize("text, names, expected", [
    # a company named after a colon ending the sentence is introduced: "de chipmaker" next is it
    ("Microsoft investeert veel. Microsoft groeit. Een groot deel van dat geld belandt bij één leverancier: Nvidia. De "
     "chipmaker boekte in datzelfde kwartaal een omzet van 57 miljard dollar en is op de beurs inmiddels meer dan "
     "4,5 biljoen dollar waard.", ["Microsoft", "Nvidia"], [("Nvidia", "revenue"), ("Nvidia", "market_cap")]),
    # a company named after its role and a preposition is not the subject
    ("OpenAI, het bedrijf achter ChatGPT, leed volgens de boeken van aandeelhouder Microsoft in het derde kwartaal "
     "een verlies van circa 11,5 miljard dollar.", ["OpenAI", "Microsoft"], [("OpenAI", "net_income")]),
    # the executive speaks for the company in focus, not for the one after a preposition
    ("Shell kocht aandelen in. Shell groeit. Shell wint.\n\nBij BP is het beeld somberder. Onder druk van de "
     "activistische belegger Elliott Management draaide topman Murray Auchincloss de ambities terug. Het concern "
     "wil voortaan jaarlijks circa 10 miljard dollar in olie en gas steken.", ["Shell", "BP", "Elliott Management"],
     [("BP", "investment")]),
    # a market's turnover in a relative clause is no company's
    ("Ahold Delhaize groeit. De supermarktketen moet het doen in een Nederlandse supermarktmarkt die jaarlijks zo'n "
     "50 miljard euro omzet.", ["Ahold Delhaize"], [("", "")]),
])
def test_introductions_roles_executives_and_markets(text, names, expected):
    assert company_metrics(text, names) == expected


@pytest.mark.parametrize("text, names, expected", [
    # a figure per unit named after it is no result
    ("Ferrari leverde 13.750 auto's. Dat komt neer op meer dan 110.000 euro winst per auto.", ["Ferrari"],
     [("", "other")]),
    # the proceeds of a deal are no revenue
    ("Aegon verkocht Aegon Nederland aan ASR. Met de opbrengst van die deal, zo'n € 4,9 miljard, werd een "
     "aandeleninkoop van 1,5 mrd. euro gefinancierd.", ["Aegon", "Aegon Nederland", "ASR"],
     [("", "other"), ("Aegon", "buyback")]),
    # the result of a change told after a comma takes the cue before the change
    ("Bij Novo Nordisk gaat het de andere kant op. Ondertussen is de beurswaarde sinds de top met meer dan 60 "
     "procent geslonken, naar nog geen 250 miljard dollar.", ["Novo Nordisk"], [("Novo Nordisk", "market_cap")]),
    # "lasten" are costs
    ("Stellantis leed een verlies van 2,3 miljard euro, onder meer door 3,3 miljard euro aan eenmalige lasten.",
     ["Stellantis"], [("Stellantis", "net_income"), ("Stellantis", "costs")]),
])
def test_units_proceeds_results_and_charges(text, names, expected):
    assert [(c.company, c.metric or "other") for c in claims_with(text, names)] == expected


def test_rounds_investors_and_a_change_told_with_its_verb():
    text = ("Tegelpay B.V. is het schoolvoorbeeld. In 2021 haalde Tegelpay B.V. 60 miljoen euro op bij een waardering "
            "van 850 miljoen euro. Twee jaar later volgde een ronde van € 40 mln tegen een waardering van 600 miljoen "
            "euro. Nu leggen Grachtengordel Capital en Noorderlicht Ventures samen 25 miljoen euro in, bij een "
            "waardering van maximaal 300 miljoen euro.\nDe cijfers verklaren waarom. De omzet is over 2024 met 9 "
            "miljoen euro gestegen tot 31 miljoen euro.")
    result = company_metrics(text, ["Tegelpay B.V.", "Grachtengordel Capital", "Noorderlicht Ventures"])
    # the rounds and their valuations, the later ones too, and the investors' money is Tegelpay's round
    assert result[:6] == [("Tegelpay B.V.", "funding_raised"), ("Tegelpay B.V.", "valuation")] * 3
    # the change is no result; the figure it rose to is
    assert [metric for _, metric in result[6:]] == ["other", "revenue"]


@pytest.mark.parametrize("text, names, expected", [
    # a split verb around the amount and its conversion, whose number has a point
    ("SoftBank zegde nog eens 30 miljard dollar (ruim 4.400 miljard yen) toe, deels met geleend geld.",
     ["SoftBank"], [("SoftBank", "investment"), ("SoftBank", "investment")]),
    # "bleef … steken op" and "steekt … af" hold a cue word but invest nothing
    ("OpenAI zette in 2025 13 miljard dollar om. In 2024 bleef de teller nog steken op 3,7 miljard dollar.",
     ["OpenAI"], [("OpenAI", "revenue"), ("OpenAI", "revenue")]),
    ("Dat steekt schril af tegen de 17 miljard dollar die STMicro in 2023 nog omzette.",
     ["STMicro"], [("STMicro", "revenue")]),
    # analysts' estimate of a figure is the figure of the company in focus
    ("Argenx zette 2,2 miljard dollar om. Voor heel 2025 rekenen analisten op een productomzet van meer dan "
     "4 miljard dollar.", ["Argenx"], [("Argenx", "revenue"), ("Argenx", "revenue")]),
    # a company changing hands for a price: the one that goes, not where it goes
    ("Siemens kocht gericht bij: Altair ging voor ruim 10 miljard dollar naar München, en Dotmatics, een maker "
     "van software, volgde voor $5,1 miljard.", ["Siemens", "Altair", "Dotmatics"],
     [("Altair", "acquisition_price"), ("Dotmatics", "acquisition_price")]),
    ("Novo verloor de strijd om Metsera, die uiteindelijk voor ruim 10 miljard dollar bij Pfizer belandde.",
     ["Novo", "Metsera", "Pfizer"], [("Metsera", "acquisition_price")]),
    ("Kering Beauté, de divisie die de groep in 2023 oprichtte, gaat voor 4 miljard euro naar L'Oréal.",
     ["Kering Beauté", "L'Oréal"], [("Kering Beauté", "acquisition_price")]),
    # a figure going up to a level goes nowhere
    ("De omzet van Shell ging in 2024 voor het eerst naar 300 miljard dollar.", ["Shell"], [("Shell", "revenue")]),
])
def test_prices_of_companies_changing_hands_and_verbs_that_name_no_metric(text, names, expected):
    assert company_metrics(text, names) == expected


@pytest.mark.parametrize("text, names, expected", [
    # a description by home town: the company at home there, not the one named last
    ("Wie de cijfers van Ahold Delhaize naast die van Jumbo legt, ziet twee werelden. Het Zaandamse concern zette "
     "ruim 22,5 miljard euro om.", ["Ahold Delhaize", "Jumbo"], [("Ahold Delhaize", "revenue")]),
    ("Spotify zette 4 miljard euro om. SAP is groter. Toen het concern uit Walldorf zijn jaarcijfers presenteerde, "
     "bleek de omzet gestegen tot 34,2 miljard euro.", ["Spotify", "SAP"],
     [("Spotify", "revenue"), ("SAP", "revenue")]),
    # a demonym: the company of that country, with its conversion in brackets
    ("Nokia en Ericsson kampen met een zwakke markt. Nokia zette 4,8 miljard euro om. De Zweden boekten een omzet "
     "van 56,2 miljard kronen (ruim 5 miljard euro).", ["Nokia", "Ericsson"],
     [("Nokia", "revenue"), ("Ericsson", "revenue"), ("Ericsson", "revenue")]),
    # and a town's people; the takeover's total after a price per share
    ("Zalando verkoopt kleding. Coolblue groeit. De Berlijners namen About You over voor € 6,50 per aandeel, in "
     "totaal zo'n 1,1 miljard euro.", ["Zalando", "Coolblue", "About You"],
     [("About You", "other"), ("About You", "acquisition_price")]),
    # no company of that country named: the description goes its usual way
    ("Tegelpay haalde geld op. Het Zweedse bedrijf zette 40 miljoen euro om.", ["Tegelpay"],
     [("Tegelpay", "revenue")]),
])
def test_companies_pointed_at_by_their_home(text, names, expected):
    assert company_metrics(text, names) == expected


def test_the_group_of_a_subsidiary_is_its_parent():
    text = ("In eigen land draait Albert Heijn, met Bol als digitale aanhanger, op hoge marges. Over de eerste negen "
            "maanden van 2025 genereerde de groep een vrije kasstroom van zo'n 1,7 miljard euro.")
    names = ["Ahold Delhaize", "Albert Heijn", "Bol"]
    assert company_metrics("Ahold Delhaize groeit. " + text, names) == [("Ahold Delhaize", "free_cash_flow")]


@pytest.mark.parametrize("text, names, expected", [
    # "X aan <noun>" right after the amount says what it is
    ("Adyen is op de beurs nu zo'n 45 miljard euro waard en heeft circa 10 miljard euro aan liquide middelen.",
     ["Adyen"], [("Adyen", "market_cap"), ("Adyen", "cash")]),
    ("Arm ontvangt naar schatting jaarlijks 300 miljoen dollar aan royalty's.", ["Arm"], [("Arm", "revenue")]),
    # but a verb of burning after it says how the money went
    ("Dit jaar verwacht OpenAI een omzet van 13 miljard dollar, terwijl het 8,5 miljard dollar aan liquide "
     "middelen verbrandt.", ["OpenAI"], [("OpenAI", "revenue"), ("OpenAI", "cash_burn")]),
    # a company whose home is unknown stops the search for one at home there
    ("Adyen groeit hard. Het Nederlandse bunq, opgericht door Ali Niknam, zit in de middenmoot. De Amsterdamse "
     "neobank boekte over 2024 een winst van 85 miljoen euro.", ["Adyen", "bunq"], [("bunq", "net_income")]),
])
def test_what_the_amount_is_of_and_homes_not_guessed(text, names, expected):
    assert company_metrics(text, names) == expected


@pytest.mark.parametrize("text, names, expected", [
    # the management speaks for the company in focus, also after a fronted phrase
    ("ABN Amro zette 9 miljard euro om. Voor 2026 mikt het management op kosten van hooguit 5,3 miljard euro.",
     ["ABN Amro"], [("ABN Amro", "revenue"), ("ABN Amro", "costs")]),
    # a bid by the only company named is for the company in focus
    ("Arm heeft een beurswaarde van zo'n 150 miljard dollar. Nvidia bood in 2020 nog 40 miljard dollar, maar die "
     "overname strandde.", ["Arm", "Nvidia"], [("Arm", "market_cap"), ("Arm", "acquisition_price")]),
    # a relative clause is about its antecedent, whatever the metric
    ("Het Duitse concern bezit ruim de helft van T-Mobile US, dat op de beurs zo'n 270 miljard dollar waard is.",
     ["T-Mobile US"], [("T-Mobile US", "market_cap")]),
    ("Despegar concurreert met Booking Holdings, dat in het derde kwartaal alleen al 9 miljard dollar omzette.",
     ["Despegar", "Booking Holdings"], [("Booking Holdings", "revenue")]),
])
def test_management_bids_and_relative_clauses(text, names, expected):
    assert company_metrics(text, names) == expected


def test_an_investment_firm_buying_in_does_not_take_the_topic_over():
    text = ("BP leed over 2024 een nettoverlies van bijna 2 miljard dollar en zag activistische belegger Elliott "
            "Management een belang opbouwen. De nettoschuld van zo'n 26 miljard dollar moet omlaag.")
    assert company_metrics(text, ["BP", "Elliott Management"]) == [("BP", "net_income"), ("BP", "debt")]


def test_a_takeover_announced_without_a_price_is_what_its_price_is_for_later():
    text = ("Het Amerikaanse Keurig Dr Pepper neemt JDE Peet's over. De koper biedt € 31,85 per aandeel. De totale "
            "overnamesom komt uit op € 15,7 mrd (circa 18,4 miljard dollar).")
    result = company_metrics(text, ["Keurig Dr Pepper", "JDE Peet's"])
    assert result[1:] == [("JDE Peet's", "acquisition_price")] * 2


@pytest.mark.parametrize("text, names, expected", [
    # with no cue, money tied to capacity being built or priced is an investment
    ("Een paar kilometer verderop bouwt TSMC voor ruim 10 miljard euro een fabriek.", ["TSMC"],
     [("TSMC", "investment")]),
    ("Intel blies zijn geplande megafabriek in Maagdenburg, goed voor 30 miljard euro, na lang twijfelen af.",
     ["Intel"], [("Intel", "investment")]),
    # "van" alone ties nothing: a maker of equipment, a budget
    ("Het Duitse Siemens Healthineers, de fabrikant van scanners en apparatuur, telt 70.000 werknemers. De "
     "Chips Act, met een budget van 43 miljard euro, zit ernaast.", ["Siemens Healthineers"], [("", "other")]),
])
def test_money_for_capacity(text, names, expected):
    assert [(c.company, c.metric or "other") for c in claims_with(text, names)] == expected


@pytest.mark.parametrize("text, names, expected", [
    # a change with qualifiers on both ends: both ends share the cue
    ("Rheinmetall groeit. De beurswaarde steeg van nog geen 4 miljard euro naar ruim 80 miljard euro.",
     ["Rheinmetall"], [("Rheinmetall", "market_cap"), ("Rheinmetall", "market_cap")]),
    # companies pooling a business: its figure is none of theirs
    ("In april bundelen Airbus, Thales en Leonardo hun satellietactiviteiten in een nieuw bedrijf met een "
     "jaaromzet van zo'n 6,5 miljard euro.", ["Airbus", "Thales", "Leonardo"], [("", "revenue")]),
    # capital generation is a figure of its own, not the net profit before it
    ("NN Group rapporteerde een nettowinst van 887 miljoen euro en een operationele kapitaalgeneratie van "
     "1 miljard euro.", ["NN Group"], [("NN Group", "net_income"), ("NN Group", "other")]),
])
def test_changes_pooled_businesses_and_capital_generation(text, names, expected):
    assert company_metrics(text, names) == expected


def test_a_list_of_labelled_figures_is_of_the_company_its_introduction_names():
    text = ("Vonovia is de reus van de sector. CTP groeit snel.\n\nEn dan Wereldhave, het kleinste van het stel. Over "
            "2025 presenteerde Wereldhave de volgende cijfers:\n\nHuurinkomsten: 212 miljoen euro (2024: 176 miljoen)\n"
            "Nettoschuld: 1,1 miljard euro (2024: 1,0 miljard)\n\nDe les: CTP kan groeien.")
    result = company_metrics(text, ["Vonovia", "CTP", "Wereldhave"])
    assert result == [("Wereldhave", "revenue")] * 2 + [("Wereldhave", "debt")] * 2


def test_a_price_paid_for_a_company_past_its_conversion():
    text = "Universal Music Group betaalt $775 miljoen (circa 715 miljoen euro) voor het onafhankelijke Downtown Music."
    assert company_metrics(text, ["Universal Music Group", "Downtown Music"]) == [
        ("Downtown Music", "acquisition_price")] * 2


@pytest.mark.parametrize("text, names, expected", [
    # a figure put another way is the figure before, whatever its size
    ("xAI haalde zo'n 10 miljard dollar op en verbrandt ruim 1 miljard dollar per maand. Dat is omgerekend meer "
     "dan 30 miljoen dollar per dag.", ["xAI"],
     [("xAI", "funding_raised"), ("xAI", "cash_burn"), ("xAI", "cash_burn")]),
    # a pronoun opening the sentence stands for the metric the sentence before named
    ("Meta groeit hard. Maar kijk naar de vrije kasstroom. Die kwam in het derde kwartaal uit op 25,7 miljard "
     "dollar.", ["Meta"], [("Meta", "free_cash_flow")]),
    # spending on investments is investment; money handed over is a cost
    ("In het derde kwartaal gaf Microsoft 34,9 miljard dollar uit aan kapitaalinvesteringen.", ["Microsoft"],
     [("Microsoft", "investment")]),
    ("Google maakt jaarlijks rond de 20 miljard dollar over aan Apple.", ["Google", "Apple"], [("Google", "costs")]),
    # a particle followed by "te" is an infinitive's: no "maakte … over"
    ("Eerder dit kwartaal maakte ABN Amro bekend zakenbank NIBC over te nemen voor 960 miljoen euro.",
     ["ABN Amro", "NIBC"], [("NIBC", "acquisition_price")]),
])
def test_restatements_pronouns_and_money_handed_over(text, names, expected):
    assert company_metrics(text, names) == expected


@pytest.mark.parametrize("text, names, expected", [
    # figures that are no metric of the vocabulary
    ("De schuld van Oracle bedraagt ruim 100 miljard dollar, bij een eigen vermogen van nog geen 25 miljard dollar.",
     ["Oracle"], [("Oracle", "debt"), ("", "other")]),
    ("Uber leverde een nettowinst van 9,9 miljard dollar op, al zat daar een belastingvoordeel van 6,4 miljard "
     "dollar in.", ["Uber"], [("Uber", "net_income"), ("Uber", "other")]),
    ("Bij Uber groeide het bruto boekingsvolume naar 49,7 miljard dollar en kwam de vrije kasstroom uit op 2,2 "
     "miljard dollar.", ["Uber"], [("Uber", "other"), ("Uber", "free_cash_flow")]),
    # equity put into a company by a state funds it
    ("Het kabinet helpt: de Staat stak in 2025 al 5 miljard euro extra eigen vermogen in TenneT.", ["TenneT"],
     [("TenneT", "funding_raised")]),
    # a bid for parts of a company is that company's price
    ("In december 2025 bood Netflix 72 miljard dollar voor de filmstudio's en de streamingtak van Warner Bros. "
     "Discovery.", ["Netflix", "Warner Bros. Discovery"], [("Warner Bros. Discovery", "acquisition_price")]),
])
def test_equity_tax_benefits_volumes_and_parts_bid_for(text, names, expected):
    assert company_metrics(text, names) == expected


@pytest.mark.parametrize("text, names, expected", [
    # a town's adjective of a company the homes list knows
    ("Maersk verdiende goed. Hapag-Lloyd volgt. Het Hamburgse bedrijf verwacht voor heel 2025 een ebitda van 3 "
     "miljard euro.", ["Maersk", "Hapag-Lloyd"], [("Hapag-Lloyd", "ebitda")]),
    # of a compound adjective the first part is the home
    ("DPG Media kocht RTL Nederland. Met RTL Nederland erbij zet de Belgisch-Nederlandse groep 3 miljard euro om.",
     ["DPG Media", "RTL Nederland"], [("DPG Media", "revenue")]),
    # rental income is revenue
    ("Over de eerste helft van 2025 boekte URW een nettohuurinkomen van 1,2 miljard euro.", ["URW"],
     [("URW", "revenue")]),
])
def test_homes_of_towns_compound_adjectives_and_rental_income(text, names, expected):
    assert company_metrics(text, names) == expected


@pytest.mark.parametrize("text, names, expected", [
    # "het bedrijf" bought after the buyer is the one the sentence named before it
    ("Het Delftse Exact verdween al in 2015 van de beurs, toen Apax het bedrijf kocht voor ongeveer 730 miljoen "
     "euro.", ["Exact", "Apax"], [("Exact", "acquisition_price")]),
    # (not the buyer's fellow buyer)
    ("Odido groeit. Sinds de investeerders Apax en Warburg Pincus het bedrijf in 2022 voor 5,1 miljard euro "
     "kochten, rust er schuld op.", ["Odido", "Apax", "Warburg Pincus"], [("Odido", "acquisition_price")]),
    # a stake in another clause is not what the price is for
    ("D'Ieteren nam de Franse groep Parts Holding Europe over voor 3,1 miljard euro, schulden inbegrepen, en heeft "
     "daarnaast een meerderheidsbelang in Belron.", ["D'Ieteren", "Parts Holding Europe", "Belron"],
     [("Parts Holding Europe", "acquisition_price")]),
])
def test_what_buyers_bought(text, names, expected):
    assert company_metrics(text, names) == expected


def test_a_quarterly_figure_without_a_period_is_of_the_quarter_named_last():
    text = ("Randstad zette in het derde kwartaal van 2025 5,8 miljard euro om. Het Zwitserse Adecco zette in "
            "hetzelfde kwartaal 5,9 miljard euro om. Het Amerikaanse ManpowerGroup boekte een kwartaalomzet van 4,6 "
            "miljard dollar.")
    claims = claims_with(text, ["Randstad", "Adecco", "ManpowerGroup"])
    assert [(c.company, c.period) for c in claims][-1] == ("ManpowerGroup", "2025-Q3")


def test_examples_named_with_als_are_no_topic_and_stop_no_search_for_a_home():
    text = ("Over 2024 boekte ASML een omzet van 28,3 miljard euro. Chinese fabrikanten als SMIC en Hua Hong kochten "
            "alles wat nog geleverd mocht worden. In het derde kwartaal van 2025 zette het Veldhovense concern 7,5 "
            "miljard euro om.")
    assert company_metrics(text, ["ASML", "SMIC", "Hua Hong"]) == [("ASML", "revenue")] * 2


def test_what_an_investment_firm_pays_in_a_bidding_war_is_the_targets_price():
    text = ("Het Britse Spectris is het schoolvoorbeeld. De fabrikant werd het onderwerp van een biedingsoorlog "
            "tussen KKR en Advent International. Advent International won met een bod van 41,75 pond per aandeel. In "
            "totaal betaalt de Amerikaanse investeerder ongeveer £ 4,4 mrd.")
    result = company_metrics(text, ["Spectris", "KKR", "Advent International"])
    assert result[-1] == ("Spectris", "acquisition_price")



def test_a_demonym_in_the_amounts_own_clause_names_its_company():
    text = ("TotalEnergies en Shell. De Britten genereren meer contanten: de vrije kasstroom van Shell bedroeg in dat "
            "kwartaal $4,6 miljard, terwijl de Fransen het met circa 1,9 miljard dollar moesten doen.")
    assert company_metrics(text, ["TotalEnergies", "Shell"]) == [
        ("Shell", "free_cash_flow"), ("TotalEnergies", "free_cash_flow")]


@pytest.mark.parametrize("text, names, expected", [
    # costs named by a noun are the company's
    ("Novo Nordisk schrapt 9.000 banen. De eenmalige kosten bedragen zo'n 8 miljard kronen.", ["Novo Nordisk"],
     [("Novo Nordisk", "costs")]),
    # "kost" prices anything: no company's
    ("Rio Tinto zoekt koper. Een nieuwe mijn kost al snel 5 tot 10 miljard dollar.", ["Rio Tinto"], [("", "costs")]),
])
def test_costs_named_by_a_noun_are_the_companys(text, names, expected):
    assert company_metrics(text, names) == expected


@pytest.mark.parametrize("text, names, expected", [
    # new equity taken in is funding
    ("In totaal haalde Intel in 2025 zo'n 20 miljard dollar aan nieuw eigen vermogen binnen.", ["Intel"],
     [("Intel", "funding_raised")]),
    # "elke" opening the sentence: any one, no company's
    ("Nvidia groeit. Elke gigawatt aan datacentercapaciteit vertegenwoordigt zo'n 50 tot 60 miljard dollar aan "
     "uitgaven.", ["Nvidia"], [("", "costs")]),
])
def test_new_equity_and_any_one(text, names, expected):
    assert company_metrics(text, names) == expected


def test_a_company_named_only_by_a_description_is_what_its_paragraph_is_about():
    claims = claims_for("Wie het grootste stuk pakt, bepaalt de koers van Ahold Delhaize.\n\n"
                        "Het concern uit Zaandam, moeder van Albert Heijn en van de ketens Food Lion en Stop & Shop, "
                        "zette in het derde kwartaal van 2025 ruim 22,5 miljard euro om. De nettowinst kwam uit op "
                        "446 miljoen euro.")
    assert linked(claims) == [("22,5 miljard euro", "Ahold Delhaize", "revenue"),
                              ("446 miljoen euro", "Ahold Delhaize", "net_income")]


def test_the_rival_is_the_other_company():
    claims = claims_for("Shell is een geldmachine. Shell keert veel uit. Shell heeft een beurswaarde van ruim 200 "
                        "miljard dollar. De krant meldde dat de Britten een bod voorbereidden op BP. Het rivaliserende "
                        "concern is met een marktwaarde van zo'n 60 miljard pond een stuk kleiner.")
    assert linked(claims)[-1] == ("60 miljard pond", "BP", "market_cap")


@pytest.mark.parametrize("text, expected", [
    # a listed company is no start-up
    ("ASML zette 7 miljard euro om. ASML investeerde 1,3 miljard euro in Mistral AI. De start-up haalde in die "
     "ronde in totaal 1,7 miljard euro op.", ("1,7 miljard euro", "Mistral AI", "funding_raised")),
    # and a private one has no market value: the listed one named last has
    ("ASML investeerde 1,3 miljard euro in Mistral AI. Mistral AI haalde in die ronde 1,7 miljard euro op. Het "
     "blijft vreemd voor een machinebouwer met een beurswaarde van zo'n 330 miljard euro.",
     ("330 miljard euro", "ASML", "market_cap")),
])
def test_what_kind_of_company_a_description_can_be(text, expected):
    assert expected in linked(claims_for(text))


@pytest.mark.parametrize("text, metric", [
    # bought assets are an investment, a bought company has a price
    ("Strategy bezit ruim 640.000 bitcoins, gekocht voor in totaal circa 47 miljard dollar.", "investment"),
    ("Grubhub werd in 2021 gekocht voor 7,3 miljard dollar.", "acquisition_price"),
    # assets under management are no price
    ("Hansa Kapital beheert ongeveer 1,8 miljard euro en heeft vaker bouwbedrijven gekocht.", "other"),
])
def test_what_was_bought_says_the_metric(text, metric):
    assert claims_for(text)[0].metric == metric


@pytest.mark.parametrize("text, expected", [
    # "in" before a noun is a preposition, not the particle of "kocht … in"
    ("In 2025 kocht Samsung het Duitse FläktGroup, specialist in koeling, voor 1,5 miljard euro.",
     ("1,5 miljard euro", "FläktGroup", "acquisition_price")),
    # paid partly in shares is no buyback
    ("In mei 2025 kocht Coinbase de optiebeurs Deribit voor 2,9 miljard dollar, deels in contanten en deels in "
     "eigen aandelen.", ("2,9 miljard dollar", "Deribit", "acquisition_price")),
])
def test_a_purchase_paid_in_shares_is_no_buyback(text, expected):
    assert expected in linked(claims_for(text))


def test_a_takeover_announced_since_the_last_price_is_what_the_next_bid_is_about():
    claims = claims_for("In 2023 nam Couche-Tard voor 3,1 miljard euro ruim tweeduizend stations van TotalEnergies "
                        "over. Maar de grootste prooi ontglipte de Canadezen: Seven & i Holdings.\n\n"
                        "Seven & i vond dat te laag, waarna de Canadezen hun bod verhoogden tot 18,19 dollar per "
                        "aandeel, goed voor circa 47 miljard dollar.")
    assert ("47 miljard dollar", "Seven & i", "acquisition_price") in linked(claims)


def test_an_investor_is_no_concern():
    claims = claims_for("Toyota biedt 4,7 biljoen yen voor Toyota Industries. Toyota heeft het geld. Activistische "
                        "belegger Elliott Management vindt het bod veel te laag. Het concern beschikt over liquide "
                        "middelen van meer dan 9 biljoen yen.")
    assert ("9 biljoen yen", "Toyota", "cash") in linked(claims)


@pytest.mark.parametrize("text, money_text", [
    # a price of a thing or a figure per customer is no company's own figure
    ("Louis Vuitton zette 20 miljard euro om. Een klassieke tas die in 2019 nog 4.900 euro kostte, gaat nu voor "
     "ruim 10.000 euro over de toonbank.", "4.900 euro"),
    ("Picnic claimt dat een vaste klant goed is voor ongeveer 2.800 euro omzet per jaar.", "2.800 euro"),
    # a tax claim, a guarantee and assets for sale are figures of no metric of the vocabulary
    ("De nettowinst van Netflix viel lager uit door een Braziliaanse belastingclaim van 619 miljoen dollar.",
     "619 miljoen dollar"),
    ("BP wil tot en met 2027 voor $20 mrd aan bezittingen verkopen.", "$20 mrd"),
])
def test_figures_of_no_metric(text, money_text):
    assert {c.money_text: c.metric for c in claims_for(text)}[money_text] in ("other", "")


def test_the_home_an_article_gives_a_company_points_a_demonym_at_it():
    claims = claims_for("Het Amerikaanse Lyten nam de fabrieken over. Dat is een fractie van de ruim 60 miljard kronen "
                        "die Northvolt erin had gestoken. De Amerikanen willen in 2026 meer dan 1 miljard dollar ophalen.")
    assert ("1 miljard dollar", "Lyten", "funding_raised") in linked(claims)


def test_the_group_a_subsidiary_is_named_after():
    claims = claims_for("VDL zette 5,4 miljard euro om. VDL Nedcar in Born vond na het vertrek van BMW geen nieuwe "
                        "opdrachtgever. De herstructurering van Born kost het concern naar schatting 140 miljoen euro.")
    assert ("140 miljoen euro", "VDL", "costs") in linked(claims)


def test_the_same_period_dates_no_market_value():
    claims = claims_for("Midden 2024 bedroeg de beurswaarde van Novo Nordisk ruim 600 miljard dollar. Eli Lilly groeide "
                        "in dezelfde periode door naar een marktwaarde van bijna 1 biljoen dollar.")
    assert {c.money_text: c.period for c in claims}["1 biljoen dollar"] == ""


@pytest.mark.parametrize("text, expected", [
    # the total after a price per share is for what that price was paid for
    ("Merck & Co betaalde in juli 107 dollar per aandeel voor het Britse Verona Pharma, in totaal ongeveer 10 "
     "miljard dollar.", ("10 miljard dollar", "Verona Pharma", "acquisition_price")),
    # the company paid for named before the price, the verb of paying after it
    ("Novartis legde in oktober 2025 voor Avidity Biosciences 72 dollar per aandeel op tafel, goed voor een "
     "overnamebedrag van circa 12 miljard dollar.", ("12 miljard dollar", "Avidity Biosciences", "acquisition_price")),
])
def test_a_total_after_a_price_per_share(text, expected):
    assert expected in linked(claims_for(text))


def test_a_split_verb_around_a_long_amount_and_its_conversion():
    claims = claims_for("Novo Nordisk zette over de eerste negen maanden van 2025 229,9 miljard Deense kronen (circa "
                        "30,8 miljard euro) om.")
    assert [c.metric for c in claims] == ["revenue", "revenue"]


@pytest.mark.parametrize("text, expected", [
    # the same figure put another way
    ("Nvidia zette 57 miljard dollar om. De nettowinst bedroeg 31,9 miljard dollar, wat neerkomt op ruim 340 miljoen "
     "dollar per dag.", ("340 miljoen dollar", "Nvidia", "net_income")),
    ("Het Israëlische Mellanox, in 2020 ingelijfd voor 6,9 miljard dollar, was de laatste grote.",
     ("6,9 miljard dollar", "Mellanox", "acquisition_price")),
    # computing power bought in is a cost, own shares bought in a buyback
    ("Bij Oracle kocht OpenAI voor circa 300 miljard dollar aan rekenkracht in.", ("300 miljard dollar", "OpenAI", "costs")),
    ("ASML kocht voor 1 miljard euro aan eigen aandelen in.", ("1 miljard euro", "ASML", "buyback")),
    # a takeover attempted since the last price is what the next bid prices
    ("CoreWeave kocht Weights & Biases, ingelijfd voor 1,7 miljard dollar. Daarna deed CoreWeave een poging om Core "
     "Scientific over te nemen. Het bod waardeerde Core Scientific op zo'n 9 miljard dollar.",
     ("9 miljard dollar", "Core Scientific", "acquisition_price")),
])
def test_restated_bought_and_bid_for(text, expected):
    assert expected in linked(claims_for(text))


def test_a_share_of_a_company_bought_is_an_investment():
    claims = claims_for("Meta legde 14,3 miljard dollar neer voor 49 procent van Scale AI.")
    assert linked(claims) == [("14,3 miljard dollar", "Meta", "investment")]


def test_another_companys_figure_for_the_same_period_side_by_side():
    claims = claims_for("Eerst de omzet. Lilly zette in het derde kwartaal van 2025 17,6 miljard dollar om. Novo Nordisk "
                        "kwam in hetzelfde kwartaal uit op 75 miljard Deense kronen.")
    assert ("75 miljard Deense kronen", "Novo Nordisk", "revenue") in linked(claims)


def test_what_money_is_set_aside_for_names_it():
    claims = claims_for("Apple trok in mei 2025 opnieuw 100 miljard dollar uit voor de inkoop van eigen aandelen.")
    assert linked(claims) == [("100 miljard dollar", "Apple", "buyback")]


def test_orders_booked_are_no_result():
    claims = claims_for("De nettowinst van ASML kwam uit op 2,1 miljard euro. De nieuwe boekingen bedroegen 5,4 miljard "
                        "euro, waarvan circa 3,6 miljard euro voor EUV-machines.")
    assert claims[0].metric == "net_income" and all(c.metric in ("other", "") for c in claims[1:])


def test_a_stake_sold_with_its_price_after_a_comma_is_no_takeover_price():
    claims = claims_for("SoftBank verkocht in oktober zijn complete belang in Nvidia, voor 5,83 miljard dollar.")
    assert [(c.company, c.metric) for c in claims] == [("SoftBank", "other")]


@pytest.mark.parametrize("text, expected", [
    # "zelf" right after a sentence about the company alone is that company
    ("xAI leende via Morgan Stanley 5 miljard dollar. En dan is er Tesla, dat Musk een beloningspakket gaf. De "
     "autobouwer zelf boekte in het derde kwartaal van 2025 een omzet van 28,1 miljard dollar.",
     ("28,1 miljard dollar", "Tesla", "revenue")),
    # a pronoun subject before a description keeps the company in focus
    ("Syensqo, in december 2023 afgesplitst van Solvay, zou het groeibedrijf worden. Het zette in het tweede kwartaal "
     "1,6 miljard euro om. Het concern kondigde wel een inkoopprogramma van 300 miljoen euro aan.",
     ("300 miljoen euro", "Syensqo", "buyback")),
    # an executive after a fronted purpose clause speaks for the company
    ("Boeing leed over 2024 een nettoverlies van 11,8 miljard dollar. Om de kredietbeoordelaars te sussen haalde "
     "topman Kelly Ortberg in oktober 2024 met een aandelenemissie zo'n 24 miljard dollar op.",
     ("24 miljard dollar", "Boeing", "funding_raised")),
])
def test_who_the_sentence_is_about(text, expected):
    assert expected in linked(claims_for(text))


def test_companies_listed_with_their_share_of_a_total():
    claims = claims_for("De Europese AI-sector haalde in 2025 naar schatting 20 miljard dollar aan durfkapitaal op, verdeeld "
                        "over honderden bedrijven. De grootste klappers: Mistral AI met 1,7 miljard euro, Nscale met 1,1 "
                        "miljard dollar en Helsing met 600 miljoen euro.")
    assert linked(claims)[1:] == [("1,7 miljard euro", "Mistral AI", "funding_raised"),
                                  ("1,1 miljard dollar", "Nscale", "funding_raised"),
                                  ("600 miljoen euro", "Helsing", "funding_raised")]


def test_the_states_money_in_a_clause_of_its_own():
    claims = claims_for("Tata Steel UK bouwt voor 1,25 miljard pond een elektrische oven, waarvan de Britse regering 500 "
                        "miljoen pond betaalt.")
    assert {c.money_text: c.company for c in claims}["500 miljoen pond"] == ""


@pytest.mark.parametrize("text, expected", [
    # the description opening the amount's subordinate clause is its subject
    ("Microsoft verwerkt zijn aandeel in de resultaten van OpenAI in de eigen boeken. Uit de kwartaalcijfers van de "
     "softwaregigant viel af te leiden dat de start-up in het derde kwartaal een verlies van ruim 11,5 miljard dollar "
     "heeft geleden.", ("11,5 miljard dollar", "OpenAI", "net_income")),
    # a round's valuation after a sentence about who took part in it
    ("Begin januari 2026 maakte xAI bekend dat het 20 miljard dollar had opgehaald. Onder de deelnemers bevonden zich "
     "Nvidia en Cisco. De waardering kwam volgens ingewijden uit op zo'n 230 miljard dollar.",
     ("230 miljard dollar", "xAI", "valuation")),
])
def test_whose_figure_across_sentences(text, expected):
    assert expected in linked(claims_for(text))


def test_a_burn_rate_restated_and_named_by_a_noun():
    claims = claims_for("Over de eerste negen maanden van 2025 verbruikte xAI 7,8 miljard dollar aan liquide middelen. "
                        "Reken dat om en je komt uit op ruim 860 miljoen dollar per maand, of zo'n 28 miljoen dollar per "
                        "dag. Voor heel 2025 rekende het management op een geldverbruik van ongeveer 13 miljard dollar.")
    assert [(c.company, c.metric) for c in claims] == [("xAI", "cash_burn")] * 4


def test_the_total_of_a_price_per_share_in_a_bidding_war():
    claims = claims_for("De biedingsoorlog om het Britse Spectris was het schoolvoorbeeld. Advent International opende "
                        "met een bod van 37,63 pond per aandeel, waarna KKR overbood. Na meerdere rondes legde KKR "
                        "41,75 pond per aandeel op tafel, goed voor een totaalbedrag van ongeveer 4,2 miljard pond.")
    assert ("4,2 miljard pond", "Spectris", "acquisition_price") in linked(claims)
