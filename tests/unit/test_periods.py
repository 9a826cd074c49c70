"""Periods: explicit and relative, resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.periods import event_times, find_periods, resolve_reference, shift_year


def labels(text, published=None):
    return [m.label for m in find_periods(text, published)]


@pytest.mark.parametrize("text, published, expected", [
    ("in het derde kwartaal van 2025", None, ["2025-Q3"]),
    ("in het eerste kwartaal", date(2025, 5, 2), ["2025-Q1"]),
    ("in het vierde kwartaal", date(2025, 2, 2), ["2024-Q4"]),
    ("in Q3 2024", None, ["2024-Q3"]),
    ("in Q2", date(2025, 8, 1), ["2025-Q2"]),
    ("over 2024", None, ["2024"]),
    ("in de eerste negen maanden van 2025", None, ["2025-9M"]),
    ("in de eerste drie kwartalen", date(2025, 11, 5), ["2025-9M"]),
    ("het eerste halfjaar van 2025", None, ["2025-H1"]),
    ("de eerste helft van het jaar", date(2025, 8, 1), ["2025-H1"]),
    ("in H1 2024", None, ["2024-H1"]),
    ("vorig jaar", date(2025, 3, 1), ["2024"]),
    ("dit jaar", date(2025, 3, 1), ["2025"]),
    ("volgend jaar", date(2025, 3, 1), ["2026"]),
    ("het afgelopen kwartaal", date(2025, 11, 1), ["2025-Q3"]),
    ("het laatste kwartaal van 2024", None, ["2024-Q4"]),
    ("een jaar eerder", date(2025, 3, 1), ["REF-1Y"]),
    ("kocht dat jaar aandelen in", date(2025, 3, 1), ["REF=Y"]),
    ("in datzelfde jaar", None, ["REF=Y"]),
    ("dat jaarverslag", None, []),
    ("verbrandde in het kwartaal 10 miljard", date(2025, 12, 11), ["REF=Q"]),
    ("leed in die periode verlies", None, ["REF=P"]),
    ("in het kwartaal een jaar eerder", date(2025, 12, 11), ["REF-1Y"]),
    ("in het kwartaal daarvoor", date(2025, 12, 11), ["REF-1Q"]),
    ("vorig jaar", None, []),
])
def test_periods(text, published, expected):
    assert labels(text, published) == expected


def test_relative_period_anchored_on_explicit_when_undated():
    text = "In het laatste kwartaal verloor het geld. In de eerste negen maanden van 2025 verbrandde het veel."
    assert labels(text) == ["2025-Q3", "2025-9M"]


def test_amount_is_not_a_year():
    assert find_periods("Het kost 2025 euro.", None, exclude=[(9, 19)]) == []


@pytest.mark.parametrize("label, years, shifted", [("2025-Q3", -1, "2024-Q3"), ("2025", -1, "2024"), ("x", 1, "")])
def test_shift_year(label, years, shifted):
    assert shift_year(label, years) == shifted


@pytest.mark.parametrize("text, label", [
    ("in het boekjaar 2025/26, dat eind maart werd afgesloten", "2026"),
    ("over boekjaar 2024/2025", "2025"),
])
def test_a_split_fiscal_year_is_labelled_by_the_year_it_ends_in(text, label):
    assert [m.label for m in find_periods(text)] == [label]


@pytest.mark.parametrize("text, ends", [
    ("in het boekjaar 2025/26, dat eind maart werd afgesloten", date(2026, 3, 31)),
    ("over boekjaar 2024/25, dat liep tot juni", date(2025, 6, 30)),
    ("over boekjaar 2024/2025", date(2025, 3, 31)),  # no month named: March, the usual end
])
def test_a_split_fiscal_year_knows_when_it_ends(text, ends):
    assert [m.ends for m in find_periods(text)] == [ends]


@pytest.mark.parametrize("text, published, label, ends", [
    # the year under way, named by its end: Toyota in February
    ("rekent voor het boekjaar dat eind maart afloopt op meer winst", date(2026, 2, 13), "2026", date(2026, 3, 31)),
    ("rekent voor het boekjaar dat eind maart afloopt op meer winst", date(2026, 5, 13), "2027", date(2027, 3, 31)),
    # the year just closed
    ("in het boekjaar dat eind juni afliep", date(2026, 9, 1), "2026", date(2026, 6, 30)),
    ("in het boekjaar dat op 31 maart werd afgesloten", date(2026, 2, 1), "2025", date(2025, 3, 31)),
])
def test_a_fiscal_year_named_by_its_end(text, published, label, ends):
    assert [(m.label, m.ends) for m in find_periods(text, published)] == [(label, ends)]


def test_a_fiscal_year_named_by_its_end_needs_a_date():
    assert find_periods("het boekjaar dat eind maart afloopt", None) == []


def test_this_fiscal_year_is_the_one_the_article_names_by_its_end():
    text = ("Toyota rekent voor het boekjaar dat eind maart afloopt op meer winst. "
            "De heffingen kosten het concern dit boekjaar 1,4 biljoen yen.")
    assert labels(text, date(2025, 11, 5)) == ["2026", "2026"]
    assert labels("De heffingen kosten het concern dit boekjaar veel.", date(2025, 11, 5)) == ["2025"]


def test_the_current_fiscal_year_is_the_one_under_way_at_publication():
    # the article names the year that ended; "het lopende boekjaar" is the next
    text = ("In het boekjaar dat eind juni 2025 afliep, behaalde het bedrijf 612 miljoen pond omzet. "
            "Voor het lopende boekjaar mikt de directie op 650 miljoen pond.")
    assert labels(text, date(2026, 1, 19)) == ["2025", "2026"]


@pytest.mark.parametrize("text, published, expected", [
    ("De nettoschuld per 30 juni: 1,1 miljard euro.", date(2025, 7, 25), ["2025-H1"]),
    ("De schuld stond op 31 december 2024 op 3 miljard euro.", date(2025, 7, 25), ["2024"]),
    ("Eind september had het bedrijf 38 miljoen euro in kas.", date(2025, 11, 20), ["2025-Q3"]),
    ("Eind september had het bedrijf 38 miljoen euro in kas.", date(2025, 8, 20), ["2024-Q3"]),
    ("Ultimo maart bedroeg de kaspositie 5 miljoen euro.", date(2025, 5, 2), ["2025-Q1"]),
    ("Op 12 juni werd de deal bekend.", date(2025, 7, 25), []),  # a day, not a period's end
    # the end of a period already named is no period of its own
    ("in het eerste kwartaal van zijn boekjaar 2026, dat eind september afliep", date(2025, 10, 31), ["2026-Q1"]),
])
def test_a_balance_date_is_the_end_of_a_reporting_period(text, published, expected):
    assert labels(text, published) == expected


@pytest.mark.parametrize("label, reference, resolved", [
    ("REF=Y", "2025-Q3", "2025"),
    ("REF=Y", "2024", "2024"),
    ("REF-1Y", "2025-Q3", "2024-Q3"),
    ("REF=Y", "", ""),
    ("REF=Q", "2025-Q3", "2025-Q3"),
    ("REF=Q", "2025", ""),  # "in het kwartaal" of a year says nothing
    ("REF=P", "2025-9M", "2025-9M"),
])
def test_resolve_reference(label, reference, resolved):
    assert resolve_reference(label, reference) == resolved



@pytest.mark.parametrize("part, label, ends", [
    ("de eerste helft van het boekjaar", "2026-H1", date(2025, 9, 30)),
    ("het tweede kwartaal van het boekjaar", "2026-Q2", date(2025, 9, 30)),
    ("het vierde kwartaal van het boekjaar", "2026-Q4", date(2026, 3, 31)),
    ("het volledige boekjaar", "2026", date(2026, 3, 31)),
])
def test_parts_of_a_fiscal_year_take_its_label(part, label, ends):
    # filings label a fiscal year ending in March 2026 "2026", and its
    # April-September half "2026-H1"
    text = f"Nintendo rekent in het boekjaar dat eind maart 2026 afloopt op meer. Over {part} zag het dat al."
    found = find_periods(text, date(2025, 11, 5))
    assert [(m.label, m.ends) for m in found][-1] == (label, ends)


def test_a_half_of_the_year_without_a_fiscal_year_stays_a_calendar_half():
    assert labels("Over de eerste helft van het jaar groeide het.", date(2025, 8, 1)) == ["2025-H1"]


@pytest.mark.parametrize("text, published, expected", [
    # the company's habit stated in passing sets the fiscal year under way
    ("Oracle laat zijn boekjaar eind mei aflopen. In het tweede kwartaal van zijn boekjaar groeide het.",
     date(2025, 12, 11), ["2026-Q2"]),
    ("Het concern, dat zijn boekjaar eind mei afsluit, groeide in het afgelopen kwartaal.",
     date(2025, 12, 11), ["2026-Q2"]),
    ("Microsoft, waarvan het boekjaar eind juni afloopt, investeerde het afgelopen kwartaal meer.",
     date(2025, 10, 30), ["2026-Q1"]),
    # without a fiscal year the last calendar quarter
    ("Het concern groeide in het afgelopen kwartaal.", date(2025, 12, 11), ["2025-Q3"]),
    ("Nvidia, dat zijn boekjaar eind januari afsluit, groeide in het gebroken boekjaar. "
     "In het derde kwartaal van zijn gebroken boekjaar verdiende het meer.", date(2025, 11, 20), ["2026-Q3"]),
])
def test_a_fiscal_year_stated_as_the_company_habit(text, published, expected):
    assert [label for label in labels(text, published) if "Q" in label or label[:1].isdigit()] == expected


@pytest.mark.parametrize("text, label", [
    ("in het tweede kwartaal van boekjaar 2026", "2026-Q2"),
    ("in het derde kwartaal van fiscaal 2026", "2026-Q3"),
    ("in het eerste halfjaar van boekjaar 2025/26", "2026-H1"),
    ("in het derde kwartaal van 2025, en", "2025-Q3"),
])
def test_a_quarter_of_a_named_fiscal_year(text, label):
    assert [p.label for p in find_periods(text)] == [label]


@pytest.mark.parametrize("label, reference, expected", [
    ("REF+1Y", "2024", "2025"),
    ("REF+1Q", "2025-Q2", "2025-Q3"),
    ("REF+1Q", "2025-Q4", "2026-Q1"),
    ("REF-1Q", "2025-Q1", "2024-Q4"),
])
def test_the_period_after_or_before_the_reference(label, reference, expected):
    assert resolve_reference(label, reference) == expected


def test_without_a_date_a_quarter_with_no_year_is_in_the_latest_stated_period():
    text = "In het eerste halfjaar van 2025 won ING, waarvan 1,67 mld in het tweede kwartaal."
    assert [p.label for p in find_periods(text)] == ["2025-H1", "2025-Q2"]


@pytest.mark.parametrize("text, published, years", [
    ("In oktober plaatste de verzekeraar een obligatie.", date(2026, 3, 26), ["2025"]),
    ("In januari haalde het bedrijf geld op.", date(2026, 3, 12), ["2026"]),
    # the month nearest to publication, ahead as well: "uit te keren in september" in July
    ("Het dividend wordt in september uitgekeerd.", date(2026, 7, 29), ["2026"]),
    ("Alliander heeft dinsdag obligaties geplaatst.", date(2026, 4, 15), ["2026"]),
    ("Het bedrijf haalde vorige week geld op.", date(2026, 1, 3), ["2025"]),
    # a month with its year is that year's, found as a year
    ("In oktober 2024 haalde het geld op.", date(2026, 3, 1), []),
])
def test_event_times(text, published, years):
    lower = text.lower()
    assert [year for _, _, year in event_times(lower, 0, len(lower), published)] == years


@pytest.mark.parametrize("text, expected", [
    # no date, no sub-year period to anchor on: that part of whatever year the sentence is about
    ("Voor 2025 verwacht ASML groei. In het derde kwartaal boekte het winst.", ["2025", "REF/Q3"]),
    ("In de tweede helft groeide de omzet.", ["REF/H2"]),
    # with a stated sub-year period the quarter is placed as before
    ("In de eerste negen maanden van 2025 verloor het. In het derde kwartaal ook.", ["2025-9M", "2025-Q3"]),
])
def test_a_yearless_quarter_without_a_date_is_a_part_of_the_sentences_year(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("label, reference, resolved", [
    ("REF/Q3", "2025", "2025-Q3"),
    ("REF/H1", "2024-Q4", "2024-H1"),
    ("REF/9M", "", ""),
])
def test_resolve_a_part_of_the_year(label, reference, resolved):
    assert resolve_reference(label, reference) == resolved


def test_a_relative_year_needs_the_publication_date():
    # an explicit quarter anchors "het afgelopen kwartaal", but "vorig jaar" is left open without a date
    text = "In het derde kwartaal van 2025 groeide het. Vorig jaar verloor het geld."
    assert labels(text) == ["2025-Q3"]
    assert labels(text, date(2025, 11, 3)) == ["2025-Q3", "2024"]


def test_a_forecasts_period_does_not_date_the_text():
    forecast = "Verwacht wordt dat de deal in de eerste helft van 2026 wordt afgerond. Het afgelopen kwartaal was zwak."
    reported = "In de eerste helft van 2026 groeide de omzet. Het afgelopen kwartaal was zwak."
    assert labels(forecast) == ["2026-H1"]
    assert labels(reported) == ["2026-H1", "2026-Q2"]
