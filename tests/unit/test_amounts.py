"""Dutch money parsing, without spaCy."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.amounts import find_amounts, numeral_decimals, parse_amount, parse_number_words, parse_numeral


@pytest.mark.parametrize("text, value", [
    ("1,46", 1.46), ("4.000", 4000.0), ("1.234.567,89", 1234567.89), ("1.5", 1.5),
    ("12", 12.0), ("0,95", 0.95), ("1,000,000", 1_000_000.0), ("750.000", 750_000.0),
    ("23,40", 23.4), ("1.2.3", None), ("", None),
])
def test_parse_numeral(text, value):
    assert parse_numeral(text) == value


@pytest.mark.parametrize("text, decimals", [("1,46", 2), ("4.000", 0), ("8", 0), ("1,5", 1), ("1.234,567", 3)])
def test_numeral_decimals(text, decimals):
    assert numeral_decimals(text) == decimals


@pytest.mark.parametrize("words, value", [
    ("een", 1), ("één", 1), ("negentien", 19), ("twintig", 20), ("drieëntwintig", 23),
    ("vijfenveertig", 45), ("honderd", 100), ("tweehonderdvijftig", 250), ("duizend", 1000),
    ("vijfduizend", 5000), ("anderhalf", 1.5), ("een half", 0.5), ("een kwart", 0.25),
    ("driekwart", 0.75), ("Twee", 2), ("tientallen", None), ("honderden", None), ("bijeen", None),
])
def test_parse_number_words(words, value):
    assert parse_number_words(words) == value


def one(sentence):
    found = find_amounts(sentence)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


@pytest.mark.parametrize("sentence, value, currency", [
    ("De waarde is 1,25 biljoen dollar.", 1.25e12, "USD"),
    ("De nettowinst kwam uit op € 4,2 mrd.", 4.2e9, "EUR"),
    ("Het kostte €4,2mrd.", 4.2e9, "EUR"),
    ("Het project moet $500 miljard kosten.", 5e11, "USD"),
    ("ASML keert EUR 350 mln aan dividend uit.", 3.5e8, "EUR"),
    ("Shell rapporteerde een winst van USD 5,3 mld.", 5.3e9, "USD"),
    ("Anthropic haalde US$ 2 miljard op.", 2e9, "USD"),
    # a year before a sign or code: the sign starts the amount
    ("Spectris zette over 2024 £ 1,3 mrd om.", 1.3e9, "GBP"),
    ("Aegon keerde over 2024 EUR 1,1 miljard uit.", 1.1e9, "EUR"),
    # thousands grouped with a space
    ("Wie 12 500 euro inlegde, had er een jaar later 30 000.", 12500, "EUR"),
    # a code glued to the numeral, as wire copy writes it
    ("Het concern investeert EUR1,2 miljard in Polen.", 1.2e9, "EUR"),
    # the Taiwanese dollar's sign
    ("TSMC zette NT$ 2.894 miljard om.", 2.894e12, "TWD"),
    # a capital word after the abbreviation's point starts the next sentence
    ("Het bedrijfsresultaat steeg naar EUR 736 mln. Gulden verhoogde de verwachting.", 7.36e8, "EUR"),
    ("De obligatie bracht USD500 miljoen op.", 5e8, "USD"),
    ("Het bedrijf werd verkocht voor £ 2,5 miljard.", 2.5e9, "GBP"),
    ("Samen investeren de techbedrijven 4.000 miljard dollar.", 4e12, "USD"),
    ("De verbouwing kostte ca. 20 mln. euro.", 2e7, "EUR"),
    ("Het saldo was €1.234.567,89.", 1234567.89, "EUR"),
    ("De overname kost anderhalf miljard euro.", 1.5e9, "EUR"),
    ("De boete bedroeg een half miljoen euro.", 5e5, "EUR"),
    ("Het kabinet trekt twee miljard euro uit.", 2e9, "EUR"),
    ("Zij verdiende tweehonderdvijftig miljoen euro.", 2.5e8, "EUR"),
    ("De start-up haalde drieëntwintig miljoen euro op.", 2.3e7, "EUR"),
    ("Er ging een kwart miljard euro naartoe.", 2.5e8, "EUR"),
    ("Het dividend is 95 cent per aandeel.", 0.95, "EUR"),
    ("De koers daalde naar 23,40 euro.", 23.4, "EUR"),
    ("Het bedrijf haalde 250 miljoen Zwitserse frank op.", 2.5e8, "CHF"),
    ("Samsung verdiende 12,1 biljoen won.", 12.1e12, "KRW"),
    ("De investeerder betaalde 1,2 biljoen yen.", 1.2e12, "JPY"),
    ("De deal was 3 miljard Zweedse kronen waard.", 3e9, "SEK"),
    ("Er kwam 10 miljard yuan bij.", 1e10, "CNY"),
    ("Het fonds beheert 1,5 biljoen euro.", 1.5e12, "EUR"),
    ("De ronde bracht €500k op.", 5e5, "EUR"),
    ("De ronde bracht $3M op.", 3e6, "USD"),
    ("Het pakket is 2 miljard Canadese dollar waard.", 2e9, "CAD"),
    ("De omzet steeg naar ruim 300 miljoen.", 3e8, None),
    # a bare "kronen" takes the country the text names nearest to it
    ("Het Zweedse Ericsson leed een verlies van 26 miljard kronen.", 2.6e10, "SEK"),
    ("Het Deense Novo Nordisk koopt voor 15 miljard kroon aandelen in.", 1.5e10, "DKK"),
    ("Equinor, het Noorse energiebedrijf, keert 20 miljard kronen uit.", 2e10, "NOK"),
    ("Het kost de club 5 miljoen kronen.", 5e6, "SEK"),  # no country: the krona most quoted
    ("Het bedrijf zette in het boekjaar 2024/25 CHF 410 mln om.", 4.1e8, "CHF"),  # not "25 CHF"
])
def test_amount_values(sentence, value, currency):
    mention = one(sentence)
    assert mention.amount.value == pytest.approx(value)
    assert mention.amount.currency == currency
    assert sentence[mention.start:mention.end] == mention.text


@pytest.mark.parametrize("sentence, qualifier", [
    ("Het kost circa 5 miljard euro.", "approx"),
    ("Het kost ca. 5 miljard euro.", "approx"),
    ("Het kost ongeveer 5 miljard euro.", "approx"),
    ("Het kost zo'n 5 miljard euro.", "approx"),
    ("Het kost rond de 5 miljard euro.", "approx"),
    ("Het kost naar schatting 5 miljard euro.", "approx"),
    ("Het kost pakweg 5 miljard euro.", "approx"),
    ("Het kost grofweg 5 miljard euro.", "approx"),
    ("Een geschatte waarde van 5 miljard euro.", "approx"),
    ("Het kost meer dan 5 miljard euro.", "lower_bound"),
    ("Het kost ruim 5 miljard euro.", "lower_bound"),
    ("Het kost minstens 5 miljard euro.", "lower_bound"),
    ("Het kost ten minste 5 miljard euro.", "lower_bound"),
    ("Het kost zeker 5 miljard euro.", "lower_bound"),
    ("De waarde ligt boven de 5 miljard euro.", "lower_bound"),
    ("Het kost bijna 5 miljard euro.", "upper_bound"),
    ("Het kost nog geen 5 miljard euro.", "upper_bound"),
    ("Het kost krap 5 miljard euro.", "upper_bound"),
    ("Het kost een kleine 5 miljard euro.", "upper_bound"),
    ("Het kost minder dan 5 miljard euro.", "upper_bound"),
    ("Het kost maximaal 5 miljard euro.", "upper_bound"),
    ("Het kost hooguit 5 miljard euro.", "upper_bound"),
    ("De boete kan tot 5 miljard euro bedragen.", "upper_bound"),
    ("Het tekort loopt op tot 5 miljard euro.", "exact"),
    # where a change ends, also by a one-word separable verb, a particle or a noun of change
    ("De orderportefeuille zwol aan tot 55 miljard euro.", "exact"),
    ("De nettoschuld, die eind vorig jaar opliep tot 1,06 miljard euro, daalt.", "exact"),
    ("Het aandeel schoot dinsdag 17 procent omhoog tot 44,10 euro.", "exact"),
    ("Dat volgde na een daling van de netto-omzet tot 968 miljoen euro.", "exact"),
    # "aan" of another verb makes no change: "kondigde aan tot … in te kopen" is up to
    ("Nvidia kondigde aan tot 100 miljard dollar aan eigen aandelen in te kopen.", "upper_bound"),
    # a degree word makes "boven de"/"onder de" a comparison with that figure
    ("De ebitda lag ruim boven de 96 miljoen euro die analisten verwachtten.", "exact"),
    ("De beurswaarde zakte onder de 5 miljard euro.", "upper_bound"),
    # the change verb in the clause before the comma, or an infinitive
    ("De omzet steeg wel licht, tot 3,4 miljard euro.", "exact"),
    ("Het aandeel steeg na de opening 3 procent op het Damrak, tot 43,60 euro.", "exact"),
    ("De autotak zag de omzet terugvallen tot 2,2 miljard euro.", "exact"),
    ("De Canadezen verhoogden hun bod tot 18,19 dollar per aandeel.", "exact"),
    ("Beleggers krijgen, tot 5 miljoen euro, hun geld terug.", "upper_bound"),
    ("Het kost slechts 5 miljard euro.", "exact"),
    ("Het kost maar liefst 5 miljard euro.", "exact"),
])
def test_qualifiers(sentence, qualifier):
    assert one(sentence).amount.qualifier == qualifier


@pytest.mark.parametrize("sentence, low, high", [
    # a sign before the first number is both numbers'
    ("De adviseurs strijken naar schatting £ 60 à 80 mln aan honoraria op.", 6e7, 8e7),
    ("Een omzet van 15 tot 16 miljard dollar.", 15e9, 16e9),
    ("De investering ligt tussen de 5 en 6 miljard euro.", 5e9, 6e9),
    ("De investering ligt tussen 5 en 6 miljard euro.", 5e9, 6e9),
    ("De omzet wordt 4,5 à 4,6 miljard euro.", 4.5e9, 4.6e9),
    ("De omzet wordt 15-16 miljard dollar.", 15e9, 16e9),
    ("Het kost zo'n 40 tot 50 miljoen euro.", 4e7, 5e7),
    ("Het kost 900 miljoen tot 1,1 miljard euro.", 9e8, 1.1e9),
    # "met" before one scale for both: by how much, a range ("met 140
    # miljoen tot 2,1 miljard" is a change and its result)
    ("Fugro wil de kosten met 50 tot 60 miljoen euro per jaar verlagen.", 5e7, 6e7),
])
def test_ranges(sentence, low, high):
    mention = one(sentence)
    assert mention.amount.qualifier == "range"
    assert (mention.amount.value, mention.amount.value_max) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize("sentence, values", [
    ("De omzet steeg van 7,5 naar 7,6 miljard euro.", [7.5e9, 7.6e9]),
    ("De omzet is van 7,5 tot 7,6 miljard euro gestegen.", [7.5e9, 7.6e9]),
    ("De winst daalde van 900 miljoen naar 1,2 miljard euro.", [9e8, 1.2e9]),
])
def test_changes_are_two_amounts(sentence, values):
    found = find_amounts(sentence)
    assert [m.amount.value for m in found] == [pytest.approx(v) for v in values]
    assert all(m.amount.currency == "EUR" and m.amount.qualifier == "exact" for m in found)


@pytest.mark.parametrize("sentence, per", [
    ("xAI verbrandt maandelijks circa 1 miljard dollar.", "month"),
    ("Het bedrijf verbrandt 1 miljard dollar per maand.", "month"),
    ("Het dividend is 2 miljard euro per kwartaal.", "quarter"),
    ("Het kost 12 miljard euro per jaar.", "year"),
    ("Het kost jaarlijks 12 miljard euro.", "year"),
    ("De omzet ligt op jaarbasis op 12 miljard euro.", "year"),
    ("Het levert 12 miljard euro op jaarbasis op.", "year"),
    ("Het kost 3 miljoen euro per dag.", "day"),
    ("Het kost 3 miljoen euro per week.", "week"),
    ("Het dividend is 95 cent per aandeel.", None),
    ("Het kost 2 mln. per jaar.", "year"),
    # the abbreviation's full stop ends the sentence: the rate is the next one's
    ("De schuld liep op tot € 1,05 mrd. Basic-Fit betaalt daarover per kwartaal rente.", None),
])
def test_rates(sentence, per):
    assert one(sentence).amount.per == per


def test_currency_from_context_in_the_passage():
    text = "Apple boekte 94 miljard dollar omzet. Een jaar eerder was dat nog 868 miljard."
    first, second = find_amounts(text)
    assert second.amount.currency == "USD"


@pytest.mark.parametrize("sentence", [
    "De rente steeg met 3,5 procent.",
    "In 2024 steeg de omzet met 12 procent.",
    "Het aantal werknemers groeide tot 42.000.",
    "Het bedrijf kocht 5,5 miljoen eigen aandelen in.",
    "Er wonen 17 miljoen mensen in Nederland.",
    "Het platform heeft 3 miljoen klanten.",
    "Er gaat honderden miljarden dollars om in AI.",
    "Het project kostte tientallen miljoenen euro's.",
    "Het gaat om miljarden euro's.",
    "De marge steeg 2 procentpunten.",
    "Op 12 maart 2025 werd het bekend.",
    "Het 3M-concern groeit.",
    "Het is een van de waardevolste bedrijven geworden zonder ooit een cent winst te maken.",
    "Google sloot een deal voor de inzet van een miljoen TPU's.",
    "De ABC1-klasse en de COVID19-crisis kostten de RTX5090 veel.",
])
def test_not_money(sentence):
    assert find_amounts(sentence) == []


def test_parse_amount_single_expression():
    amount = parse_amount("1,25 biljoen dollar")
    assert amount.value == 1.25e12 and amount.currency == "USD"
    assert parse_amount("12 procent") is None


def _dutch(value: float, decimals: int) -> str:
    integer, _, fraction = f"{value:.{decimals}f}".partition(".")
    grouped = f"{int(integer):,}".replace(",", ".")
    return grouped + ("," + fraction if fraction else "")


@settings(max_examples=200, deadline=None)
@given(
    units=st.integers(min_value=1, max_value=999_999),
    decimals=st.integers(min_value=0, max_value=2),
    scale=st.sampled_from([("", 1), (" miljoen", 1e6), (" mln", 1e6), (" miljard", 1e9),
                           (" mrd", 1e9), (" biljoen", 1e12)]),
    currency=st.sampled_from([(" euro", "EUR", False), (" dollar", "USD", False), ("€ ", "EUR", True),
                              ("$", "USD", True), ("EUR ", "EUR", True), (" pond", "GBP", False)]),
)
def test_property_dutch_formatting_round_trips(units, decimals, scale, currency):
    value = units / (10 ** decimals)
    number = _dutch(value, decimals)
    surface, code, before = currency
    text = f"{surface}{number}{scale[0]}" if before else f"{number}{scale[0]}{surface}"
    mention = one(f"Het bedrag is {text} volgens het bedrijf.")
    assert mention.amount.currency == code
    assert mention.amount.value == pytest.approx(value * scale[1], rel=1e-9)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,€$ miljoenardbtot-àeun'k\nMQ")), max_size=80))
def test_fuzz_no_crash(text):
    for mention in find_amounts(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.amount.value >= 0


@pytest.mark.parametrize("text, expected", [
    pytest.param("In maart ging het bedrijf nog uit van 1,6 tot 1,7 miljard euro.",
                 [("1,6 tot 1,7 miljard euro", "EUR", "range")], id="uitgaan-van-is-a-range"),
    pytest.param("De omzet steeg van 1,6 tot 1,7 miljard euro.",
                 [("1,6", "EUR", "exact"), ("1,7 miljard euro", "EUR", "exact")], id="steeg-van-tot-is-a-change"),
    pytest.param("Shell verdiende 18,5 miljard dollar (15,7 miljard euro), ruim 5 miljard minder dan in 2024.",
                 [("18,5 miljard dollar", "USD", "exact"), ("15,7 miljard euro", "EUR", "exact"),
                  ("5 miljard", "USD", "lower_bound")], id="bare-amount-skips-the-conversion-in-brackets"),
    pytest.param("Voltera nu ruim half miljard waard\n\nDe start-up haalde 60 miljoen euro op.",
                 [("half miljard", "EUR", "lower_bound"), ("60 miljoen euro", "EUR", "exact")],
                 id="headline-takes-the-articles-currency"),
])
def test_ranges_and_inherited_currencies(text, expected):
    assert [(m.text, m.amount.currency, m.amount.qualifier) for m in find_amounts(text)] == expected


@pytest.mark.parametrize("text, qualifier", [
    ("Colruyt ziet winst wegsmelten tot 298 miljoen euro", "exact"),
    ("Het aandeel verloor 4 procent, tot 36,20 euro.", "exact"),
    ("De kaspositie was geslonken tot 14 miljoen euro.", "exact"),
    ("Een boete kan oplopen tot 20 miljoen euro.", "upper_bound"),
    ("Het bedrijf leent tot 20 miljoen euro.", "upper_bound"),
])
def test_tot_after_a_change_is_where_it_ended(text, qualifier):
    (amount,) = find_amounts(text)
    assert amount.amount.qualifier == qualifier



def test_won_after_a_bare_number_is_the_verb():
    assert find_amounts("De brede Europese Stoxx 600 won 0,4 procent.") == []


def test_a_minus_between_currency_code_and_number_belongs_to_the_amount():
    (amount,) = find_amounts("Nettoresultaat: DKK -1,7 mrd (Ørsted (Q3 2025)).")
    assert (amount.text, amount.amount.value, amount.amount.currency) == ("DKK -1,7 mrd", 1.7e9, "DKK")


@pytest.mark.parametrize("text, expected", [
    # a change by an amount and its result are two amounts, a qualifier between "met" and the change too
    ("De omzet steeg met ruim 2,7 miljard dollar tot 37,9 miljard dollar.", [(2.7e9, None), (37.9e9, None)]),
    ("De omzet daalde met 140 miljoen euro tot 2,1 miljard euro.", [(1.4e8, None), (2.1e9, None)]),
    # one scale for both: a range
    ("De kosten moeten met 50 tot 60 miljoen euro omlaag.", [(5e7, 6e7)]),
    ("Het bedrijf rekent met een omzet van 2 tot 3 miljard euro.", [(2e9, 3e9)]),
])
def test_a_change_and_its_result_are_no_range(text, expected):
    assert [(m.amount.value, m.amount.value_max) for m in find_amounts(text)] == expected


def test_a_bare_krone_is_the_one_last_named_in_full():
    # whatever country is named between the two
    text = ("Ørsted haalde 60 miljard Deense kronen op, en het Noorse Equinor deed mee. Het plan werd "
            "teruggeschroefd naar 210 miljard kronen.")
    assert [m.amount.currency for m in find_amounts(text)] == ["DKK", "DKK"]


@pytest.mark.parametrize("text, qualifier", [
    # a bound denied is the other bound
    ("De omzet komt dit jaar niet boven de 300 miljoen euro uit.", "upper_bound"),
    ("De waarde zakt niet onder de 2 miljard euro.", "lower_bound"),
])
def test_a_bound_denied(text, qualifier):
    assert one(text).amount.qualifier == qualifier


def test_a_count_of_times_is_no_money():
    text = "Nintendo zette 1,8 biljoen yen om. De Switch 2 ging meer dan tien miljoen keer over de toonbank."
    assert [m.text for m in find_amounts(text)] == ["1,8 biljoen yen"]


def test_a_count_of_a_compound_noun_is_no_money():
    text = "Anthropic kreeg toegang tot een miljoen TPU-chips, een contract van 10 miljard dollar."
    assert [m.text for m in find_amounts(text)] == ["10 miljard dollar"]
