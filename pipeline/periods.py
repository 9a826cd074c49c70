"""Reporting periods in Dutch text: "het derde kwartaal van 2025" -> 2025-Q3.

Labels: ``2025`` (year), ``2025-Q3``, ``2025-H1``, ``2025-9M``.  Relative
expressions ("vorig jaar", "het afgelopen kwartaal") are resolved against an
anchor date: the publication date, or, when the article has none, the day
after the latest period the article states explicitly, not in a forecast
("in de eerste negen maanden van 2025" puts "het laatste kwartaal" at
2025-Q3).  "vorig jaar" and "dit jaar" need the publication date: without
one, readers leave their period open (gold-format.md: null where "the
publication date cannot resolve it").  "een jaar
eerder" is left as ``REF-1Y``: it means the year before whatever period the
amount's sentence is about, which :func:`shift_year` resolves.

Pure functions; the words come from ``models/claims/period_words.tsv``.
"""

from __future__ import annotations

import calendar
from bisect import bisect_right
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pipeline.records import PeriodMention
from pipeline.segment import sentence_spans
from pipeline.resources import read_tsv
from pipeline.textscan import lowered, phrase_alternation

REFERENCE_PREVIOUS_YEAR = "REF-1Y"
REFERENCE_PREVIOUS_QUARTER = "REF-1Q"
#: "een jaar later", "het kwartaal daarna": the period after the one the sentence is about
REFERENCE_NEXT_YEAR = "REF+1Y"
REFERENCE_NEXT_QUARTER = "REF+1Q"
#: "dat jaar", "datzelfde jaar": the year of the period the sentence is about
REFERENCE_SAME_YEAR = "REF=Y"
#: "in het kwartaal": the quarter of the period the sentence is about
REFERENCE_SAME_QUARTER = "REF=Q"
#: "in die periode": the period the sentence is about, whatever its length
REFERENCE_THAT_PERIOD = "REF=P"
#: "hetzelfde kwartaal van 2024" -> "REF@2024": the sentence's period, in 2024
REFERENCE_SAME_PERIOD = "REF@"
#: "het derde kwartaal" in a text with no date to place it by -> "REF/Q3":
#: that part of the year the sentence is about ("Voor 2025 verwacht ASML …
#: In het derde kwartaal boekte het …" is 2025-Q3)
REFERENCE_PART_OF_YEAR = "REF/"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"


@dataclass(frozen=True)
class _Patterns:
    quarter: re.Pattern
    quarter_code: re.Pattern
    half: re.Pattern
    half_code: re.Pattern
    nine_months: re.Pattern
    quarter_months: re.Pattern
    relative: re.Pattern
    same_period: re.Pattern
    year: re.Pattern
    ordinals: dict
    relatives: dict


def _alt(words) -> str:
    return phrase_alternation(words, word_start=False)


_SHIFTED = re.compile(r"\s+(?:een\s+jaar|een\s+kwartaal|vorig|van|daarvoor|ervoor|daarna|erna)\b")
_SAME_OF_REFERENCE = frozenset({"same_year_of_reference", "same_quarter_of_reference", "same_period_of_reference"})


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    # the word patterns run on lowered(text), without re.IGNORECASE (faster,
    # see pipeline.textscan); all their literals are lower case
    rows = read_tsv("claims", "period_words.tsv")
    by_kind: dict[str, list[dict]] = {}
    for row in rows:
        by_kind.setdefault(row["kind"], []).append(row)
    ordinals = {r["word"].lower(): r["value"] for r in by_kind["ordinal"]}
    relatives = {re.sub(r"\s+", " ", r["word"].lower()): (r["kind"], int(r["value"]))
                 for k in ("relative_year", "relative_quarter", "previous_year_of_reference",
                           "previous_quarter_of_reference", "next_year_of_reference",
                           "next_quarter_of_reference", "same_year_of_reference",
                           "same_quarter_of_reference", "same_period_of_reference")
                 for r in by_kind.get(k, [])}
    same_period = phrase_alternation(r["word"] for r in by_kind.get("same_period_of_year", []))
    ordinal = phrase_alternation(ordinals)
    quarter_word = _alt(r["word"] for r in by_kind["quarter_word"])
    half_word = _alt(r["word"] for r in by_kind["half_word"])
    # "het tweede kwartaal van (het) boekjaar 2026", "… van fiscaal 2026";
    # of "boekjaar 2025/26" the year it ends in
    year_tail = (rf"(?:\s+(?:van|in|over|uit)?\s*(?:(?:het|zijn|haar|hun)\s+(?:boek)?jaar\s+|boekjaar\s+|fiscaal\s+)?"
                 rf"(?P<year>{_YEAR}(?:/(?P<split_end>\d\d)\b)?|dit\s+jaar|vorig\s+jaar))?")
    quarter_months = phrase_alternation(r["word"] for k in ("last_quarter_months", "first_quarter_months")
                                        for r in by_kind.get(k, []))
    return _Patterns(
        quarter=re.compile(rf"(?P<ord>{ordinal})\s+{quarter_word}\b{year_tail}"),
        # the letter first: a pattern that starts with a character set is
        # searched by skipping ahead; (?<!\w.) is the \b before it
        quarter_code=re.compile(rf"[QK](?<!\w.)(?P<num>[1-4])(?:\s*['’]?(?P<yy>\d{{2}})\b|\s+(?P<year>{_YEAR})\b)?"),
        half=re.compile(rf"(?P<ord>{phrase_alternation(['eerste', 'tweede', '1e', '2e'])})\s+{half_word}\b{year_tail}"),
        half_code=re.compile(rf"H(?<!\w.)(?P<num>[12])(?:\s*['’]?(?P<yy>\d{{2}})\b|\s+(?P<year>{_YEAR})\b)?"),
        nine_months=re.compile(rf"(?:{phrase_alternation(['eerste'])}\s+)?"
                               rf"{phrase_alternation(r['word'] for r in by_kind['nine_months'])}\b{year_tail}"),
        quarter_months=re.compile(rf"(?P<which>{quarter_months})(?:\s+van\s+het\s+jaar)?\b{year_tail}"),
        relative=re.compile(rf"{phrase_alternation(relatives)}\b"),
        same_period=re.compile(rf"{same_period}\s+(?P<year>{_YEAR})\b"),
        # "2025", not in "€2025", "3,2025" or "2025,5"; digit class first
        year=re.compile(r"[12](?<![\d.,/€$-].)(?:(?<=1)9[5-9]|(?<=2)0[0-4])\d(?![\d]|[.,]\d)"),
        ordinals=ordinals,
        relatives=relatives,
    )


def relative_spans(lower: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of relative periods ("dit jaar", "vorig kwartaal") in
    ``lower[start:end]`` (a lowered text, see pipeline.textscan), resolved or
    not: a sentence with one that could not be placed still says its
    figures are not the previous sentence's period."""
    p = _patterns()
    return [m.span() for m in p.relative.finditer(lower, start, end)
            if p.relatives[re.sub(r"\s+", " ", m.group(0))][0] in ("relative_year", "relative_quarter")]


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Dutch month names (period_words.tsv, kind ``month``) -> 1..12."""
    return {r["word"]: int(r["value"]) for r in read_tsv("claims", "period_words.tsv") if r["kind"] == "month"}


@lru_cache(maxsize=1)
def _event_time_pattern() -> re.Pattern:
    """"in oktober", "begin maart", "op 12 mei" (not "in oktober 2024": that
    year is found as a year), a weekday, "vandaag", "deze week", "vorige maand"."""
    months = "|".join(month_numbers())
    return re.compile(
        rf"(?<![\w-])(?:(?:in|sinds|begin|medio|half|halverwege|eind|op\s+\d{{1,2}}|\d{{1,2}})\s+"
        rf"(?P<month>{months})(?!\s+(?:19|20)\d\d)"
        r"|(?P<day>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|gisteren|deze\s+week|"
        r"deze\s+maand|vorige\s+week|vorige\s+maand))(?![\w-])")


_DAYS_BACK = {"gisteren": 1, "vorige week": 7, "vorige maand": 31}


def event_times(lower: str, start: int, end: int, published: date) -> list[tuple[int, int, str]]:
    """When something happened, by a month without a year or a day near
    publication ("In oktober plaatste de verzekeraar een obligatielening",
    "heeft dinsdag … geplaatst"): (start, end, year label) in
    ``lower[start:end]``, the year being that of the month nearest to
    ``published`` (before or after it) or of the day."""
    found = []
    months = month_numbers()
    for match in _event_time_pattern().finditer(lower, start, end):
        if match.group("month"):
            year = _nearest_year_of_month(months[match.group("month")], published)
        else:
            back = _DAYS_BACK.get(re.sub(r"\s+", " ", match.group("day")), 0)
            year = date.fromordinal(published.toordinal() - back).year
        found.append((match.start(), match.end(), str(year)))
    return found


def _nearest_year_of_month(month: int, published: date) -> int:
    """The year in which ``month`` lies nearest to ``published`` (a tie goes
    to the past: news reports more than it announces)."""
    ahead = (month - published.month) % 12  # months until the next one
    if ahead == 0:
        return published.year
    behind = 12 - ahead
    if ahead < behind:
        return published.year + (month < published.month)
    return published.year - (month > published.month)


def _last_completed_quarter(anchor: date) -> tuple[int, int]:
    quarter = (anchor.month - 1) // 3 + 1
    return (anchor.year, quarter - 1) if quarter > 1 else (anchor.year - 1, 4)


def _last_completed_fiscal_quarter(anchor: date, year_end_month: int) -> tuple[str, date]:
    """The last fiscal quarter ended before ``anchor`` of a fiscal year
    ending in ``year_end_month``, labelled as filings do: Oracle's quarter of
    September to November 2025 (its year ends in May) is 2026-Q2."""
    year, month = anchor.year, anchor.month - 1  # the month before the anchor's
    while (month - year_end_month) % 3:
        month -= 1
    if month < 1:
        year, month = year - 1, month + 12
    quarter = ((month - year_end_month - 1) % 12) // 3 + 1
    fiscal_year = year if month <= year_end_month else year + 1
    return f"{fiscal_year}-Q{quarter}", _month_end(year, month)


def _year_from(match: re.Match, anchor: date | None) -> int | None:
    year = match.groupdict().get("year")
    if match.groupdict().get("split_end"):
        return int(year[:2] + match.group("split_end"))  # "2025/26": the fiscal year ending in 2026
    if year:
        year = re.sub(r"\s+", " ", year.casefold())
        if year == "dit jaar":
            return anchor.year if anchor else None
        if year == "vorig jaar":
            return anchor.year - 1 if anchor else None
        return int(year)
    yy = match.groupdict().get("yy")
    if yy:
        return 2000 + int(yy)
    return None


def _latest_finished(anchor: date | None, last_month: int) -> int | None:
    """The year of the most recent period ending in ``last_month`` before ``anchor``."""
    if anchor is None:
        return None
    return anchor.year if anchor.month > last_month else anchor.year - 1


def _latest_started(anchor: date | None, first_month: int) -> int | None:
    """The year of the most recent quarter starting in ``first_month`` that
    had begun by ``anchor``: in October "het vierde kwartaal" is this year's
    (the one under way, of a forecast), in February it is last year's."""
    if anchor is None:
        return None
    return anchor.year if anchor.month >= first_month else anchor.year - 1


def label_end(label: str) -> date | None:
    match = re.fullmatch(r"(\d{4})(?:-(Q[1-4]|H[12]|9M))?", label)
    if not match:
        return None
    year, part = int(match[1]), match[2]
    month = {None: 12, "Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12, "9M": 9}[part]
    return date(year, month, 28)


def _explicit(text: str, lower: str, anchor: date | None, taken: list[tuple[int, int]],
              pending: list | None = None) -> list[PeriodMention]:
    """Quarters, halves and nine months.  One with no year that ``anchor``
    cannot place goes to ``pending`` (match, labeller) when given: a text
    without a date may place it later (see :func:`_place_pending`)."""
    # word patterns search ``lower`` (see _patterns), the codes ("Q3") ``text``
    p = _patterns()
    found: list[PeriodMention] = []

    def add(match: re.Match, labeller, part: str) -> None:
        label = labeller(anchor)
        if label is None and anchor is None and pending is not None:
            pending.append((match, labeller, part))
        elif label and _free(match, taken):
            taken.append((match.start(), match.end()))
            found.append(PeriodMention(match.start(), match.end(), text[match.start():match.end()], label))

    def quarter_label(match: re.Match, quarter: int):
        def label(at: date | None) -> str | None:
            year = _year_from(match, at) or _latest_started(at, quarter * 3 - 2)
            return f"{year}-Q{quarter}" if year else None
        return label

    def half_label(match: re.Match, half: int):
        def label(at: date | None) -> str | None:
            year = _year_from(match, at) or _latest_finished(at, half * 6)
            return f"{year}-H{half}" if year else None
        return label

    def nine_months_label(match: re.Match):
        def label(at: date | None) -> str | None:
            year = _year_from(match, at) or _latest_finished(at, 9)
            return f"{year}-9M" if year else None
        return label

    for match in p.quarter.finditer(lower):
        ordinal = p.ordinals.get(match.group("ord").casefold())
        if ordinal == "last":
            year = _year_from(match, anchor)
            if year is not None:  # "het laatste kwartaal" alone is relative, handled later
                add(match, lambda at, year=year: f"{year}-Q4", "Q4")
            continue
        add(match, quarter_label(match, int(ordinal)), f"Q{ordinal}")
    for match in p.quarter_months.finditer(lower):
        # "de laatste drie maanden van het jaar": the fourth quarter
        quarter = 4 if match.group("which").casefold().startswith("laatste") else 1
        add(match, quarter_label(match, quarter), f"Q{quarter}")
    for match in p.quarter_code.finditer(text):
        add(match, quarter_label(match, int(match.group("num"))), f"Q{match.group('num')}")
    for pattern, haystack in ((p.half, lower), (p.half_code, text)):
        for match in pattern.finditer(haystack):
            raw = (match.groupdict().get("ord") or match.groupdict().get("num") or "").casefold()
            half = 1 if raw in ("eerste", "1e", "1") else 2
            add(match, half_label(match, half), f"H{half}")
    for match in p.nine_months.finditer(lower):
        add(match, nine_months_label(match), "9M")
    return found


def _place_pending(text: str, pending: list, anchor: date | None,
                   taken: list[tuple[int, int]], stated: list[tuple[int, date]] = ()) -> list[PeriodMention]:
    """The yearless quarters and halves of a text without a date, placed by
    the anchor its stated periods give; without one, a reference to that
    part of whatever year the sentence is about."""
    found = []
    for match, labeller, part in pending:
        # the period stated last before it places it best: "in het derde
        # kwartaal van 2025 … Voor het vierde kwartaal mikt …" is 2025's,
        # whatever later period (a fiscal 2026) the text goes on to
        placed_by = _day_after_latest(stated, before=match.start()) or anchor
        label = labeller(placed_by) if placed_by is not None else REFERENCE_PART_OF_YEAR + part
        if label and _free(match, taken):
            taken.append((match.start(), match.end()))
            found.append(PeriodMention(match.start(), match.end(), text[match.start():match.end()], label))
    return found


def _free(match: re.Match, taken: list[tuple[int, int]]) -> bool:
    """``match`` overlaps none of the spans already taken."""
    return all(match.end() <= start or match.start() >= end for start, end in taken)


_SPLIT_YEAR = re.compile(r"(?<![\d.,/€$-])(?P<first>(?:19|20)\d\d)/(?P<second>(?:19|20)\d\d|\d\d)(?![\d/])")
_DESCRIBES_PERIOD = re.compile(r"(?<!\w)(?:dat|die)\s+$")
# how a month's last day is written before the month: "op 31", "per 30", "eind"
_DAY_OF_MONTH_END = r"(?:(?:op|per)\s+)?(?:31\s+|30\s+|eind\s+)?"


@dataclass(frozen=True)
class _FiscalPatterns:
    months: dict  # month name -> 1..12
    split_year_end: re.Pattern
    year_by_end: re.Pattern
    convention: re.Pattern
    balance_date: re.Pattern


@lru_cache(maxsize=1)
def _fiscal_patterns() -> _FiscalPatterns:
    """Patterns of fiscal years named by the month they end in, and of
    balance dates; the month names come from period_words.tsv."""
    months = month_numbers()
    month = "|".join(months)
    quarter_ends = "|".join(name for name, number in months.items() if number % 3 == 0)
    return _FiscalPatterns(
        months=months,
        # "2025/26, dat eind maart werd afgesloten": the month a split year ends in
        split_year_end=re.compile(rf",?\s*(?:dat|die|dat\s+liep\s+tot)\s+{_DAY_OF_MONTH_END}(?P<month>{month})\b"),
        # "het boekjaar dat eind maart afloopt" (the one under way), "… dat
        # eind maart afliep" (the one just closed): the tense says which end
        year_by_end=re.compile(
            rf"\bboekjaar,?\s+(?:dat|die)\s+{_DAY_OF_MONTH_END}(?P<month>{month})(?:\s+(?P<year>{_YEAR}))?\s+"
            rf"(?:(?P<ahead>afloopt|eindigt|ten\s+einde\s+loopt|zal\s+eindigen|wordt\s+afgesloten)"
            rf"|afliep|eindigde|ten\s+einde\s+liep|werd\s+afgesloten|is\s+afgesloten|afgesloten\s+werd)\b"),
        # "laat zijn boekjaar eind mei aflopen", "dat zijn boekjaar eind mei
        # afsluit", "waarvan het boekjaar eind juni afloopt": the company's
        # habit, so the fiscal year under way ends in that month
        convention=re.compile(
            rf"\b(?:(?:laat|liet|sluit|sloot)\s+(?:zijn|haar|het)\s+boekjaar\s+{_DAY_OF_MONTH_END}(?P<month>{month})"
            rf"\s+(?:aflopen|eindigen|af)"
            rf"|(?:zijn|haar|waarvan\s+het)\s+boekjaar\s+{_DAY_OF_MONTH_END}(?P<month2>{month})"
            rf"\s+(?:afsluit|afloopt|eindigt|laat\s+aflopen|laat\s+eindigen))\b"),
        # "per 30 juni", "op 31 december 2025", "eind september", "ultimo
        # maart": the date of a balance (debt, cash) at a quarter's end
        balance_date=re.compile(
            rf"(?<!\w)(?:(?:per|op)\s+(?:(?:eind|ultimo)\s+)?(?:(?P<day>\d{{1,2}})\s+)?|(?:eind|ultimo)\s+)"
            rf"(?P<month>{quarter_ends})(?:\s+(?P<year>{_YEAR}))?(?!\w)"),
    )


def _balance_label(year: int, month: int) -> str:
    """The period a balance at the end of ``month`` closes: 2025-Q1, 2025-H1, 2025-Q3, 2025."""
    return f"{year}" + {3: "-Q1", 6: "-H1", 9: "-Q3", 12: ""}[month]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _fiscal_year_by_end(month: int, ahead: bool, anchor: date) -> date:
    """The end of the fiscal year ending in ``month`` that is under way at
    ``anchor`` (``ahead``) or that had last ended by then."""
    end = _month_end(anchor.year, month)
    if ahead:
        return end if end >= anchor else _month_end(anchor.year + 1, month)
    return end if end <= anchor else _month_end(anchor.year - 1, month)


def find_periods(text: str, published: date | None = None,
                 exclude: list[tuple[int, int]] | None = None,
                 sentences: list[tuple[int, int]] | None = None) -> list[PeriodMention]:
    """Every period expression in ``text`` with its resolved label.

    ``exclude`` holds character spans that cannot hold a period (money
    amounts: "2025 euro" is not a year).  ``sentences`` are the text's
    sentence spans when the caller has them (else they are found here).
    Relative expressions that cannot be resolved (no publication date, no
    explicit period to anchor on) are left out rather than guessed.
    """
    p = _patterns()
    fiscal = _fiscal_patterns()
    taken = list(exclude or [])
    lower = lowered(text)
    pending: list = []
    found = _explicit(text, lower, published, taken, pending)
    for match in p.same_period.finditer(lower):
        if _free(match, taken):
            taken.append((match.start(), match.end()))
            found.append(PeriodMention(match.start(), match.end(), text[match.start():match.end()],
                                       REFERENCE_SAME_PERIOD + match.group("year")))
    for match in _SPLIT_YEAR.finditer(text):
        # "boekjaar 2025/26" (April 2025 to March 2026): a fiscal year is
        # labelled by the year it ends in, as companies' filings label it
        first, second = int(match.group("first")), match.group("second")
        end_year = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if end_year == first + 1 and _free(match, taken):
            taken.append((match.start(), match.end()))
            # most split years end in March (Japan, India, British and Belgian
            # retailers) unless the text names the month
            told = fiscal.split_year_end.match(lower, match.end())
            ends = _month_end(end_year, fiscal.months[told.group("month")] if told else 3)
            if told:
                taken.append((told.start(), told.end()))  # ", dat eind maart …" is said of it
            found.append(PeriodMention(match.start(), match.end(), match.group(0), str(end_year), ends))
    fiscal_ends: list[date] = []
    # (both fiscal patterns need the word: most texts have none)
    named_fiscal = "boekjaar" in lower
    for match in fiscal.year_by_end.finditer(lower) if named_fiscal else ():
        if _free(match, taken) and (match.group("year") or published is not None):
            month = fiscal.months[match.group("month")]
            if match.group("year"):  # "het boekjaar dat eind maart 2026 afloopt"
                ends = _month_end(int(match.group("year")), month)
            else:
                ends = _fiscal_year_by_end(month, bool(match.group("ahead")), published)
            taken.append((match.start(), match.end()))
            fiscal_ends.append(ends)
            found.append(PeriodMention(match.start(), match.end(), text[match.start():match.end()],
                                       str(ends.year), ends))
    if published is not None and named_fiscal:
        for match in fiscal.convention.finditer(lower):
            if _free(match, taken):
                month = fiscal.months[match.group("month") or match.group("month2")]
                taken.append((match.start(), match.end()))
                fiscal_ends.append(_fiscal_year_by_end(month, True, published))
    for match in fiscal.balance_date.finditer(lower):
        month = fiscal.months[match.group("month")]
        day = match.group("day")
        if not _free(match, taken) or day and int(day) < 28:
            continue  # "op 12 juni" is a day, not the end of a period
        if _DESCRIBES_PERIOD.search(lower, max(0, match.start() - 6), match.start()):
            continue  # "het eerste kwartaal van boekjaar 2026, dat eind september afliep"
        if match.group("year"):
            year = int(match.group("year"))
        elif published is not None:
            # the last such month end by publication
            end = _month_end(published.year, month)
            year = published.year if end <= published else published.year - 1
        else:
            continue
        taken.append((match.start(), match.end()))
        found.append(PeriodMention(match.start(), match.end(), text[match.start():match.end()],
                                   _balance_label(year, month), kind="balance"))
    for match in p.year.finditer(text):
        if _free(match, taken):
            taken.append((match.start(), match.end()))
            found.append(PeriodMention(match.start(), match.end(), match.group(0), match.group(0)))
    stated = [] if published else _stated_ends(found, text, sentences)
    anchor = published or _day_after_latest(stated)
    if pending:
        # "… in dat halfjaar 3 miljard, waarvan 1,67 miljard in het tweede
        # kwartaal": without a date, a quarter or half with no year is the
        # one the text's latest stated period puts it in
        found.extend(_place_pending(text, pending, anchor, taken, stated))
    # the fiscal year under way when the text appeared ("dit boekjaar"),
    # ending in the month the article's fiscal year ends in
    current_fiscal_end = None
    if fiscal_ends:
        current_fiscal_end = (_fiscal_year_by_end(fiscal_ends[0].month, True, published) if published
                              else fiscal_ends[0])
    for match in p.relative.finditer(lower):
        if not _free(match, taken):
            continue
        kind, offset = p.relatives[re.sub(r"\s+", " ", match.group(0).casefold())]
        if kind in _SAME_OF_REFERENCE and _SHIFTED.match(lower, match.end()):
            continue  # "in het kwartaal een jaar eerder": the year before it, found next
        label, ends = None, None
        if kind == "previous_year_of_reference":
            label = REFERENCE_PREVIOUS_YEAR
        elif kind == "previous_quarter_of_reference":
            label = REFERENCE_PREVIOUS_QUARTER
        elif kind == "next_year_of_reference":
            label = REFERENCE_NEXT_YEAR
        elif kind == "next_quarter_of_reference":
            label = REFERENCE_NEXT_QUARTER
        elif kind == "same_year_of_reference":
            label = REFERENCE_SAME_YEAR
        elif kind == "same_quarter_of_reference":
            label = REFERENCE_SAME_QUARTER
        elif kind == "same_period_of_reference":
            label = REFERENCE_THAT_PERIOD
        elif current_fiscal_end and kind == "relative_year" and "boekjaar" in match.group(0):
            # "dit boekjaar", "het lopende boekjaar" in an article about a year
            # that ends in March
            ends = _month_end(current_fiscal_end.year + offset, current_fiscal_end.month)
            label = str(ends.year)
        elif published is not None and kind == "relative_year":
            label = str(anchor.year + offset)
        elif anchor is not None and kind == "relative_quarter" and current_fiscal_end:
            # "het afgelopen kwartaal" of a company whose year ends in May:
            # its last fiscal quarter, labelled by its fiscal year
            label, ends = _last_completed_fiscal_quarter(anchor, current_fiscal_end.month)
        elif anchor is not None and kind == "relative_quarter":
            year, quarter = _last_completed_quarter(anchor)
            label = f"{year}-Q{quarter}"
        if label:
            taken.append((match.start(), match.end()))
            found.append(PeriodMention(match.start(), match.end(), text[match.start():match.end()], label, ends))
    if current_fiscal_end:
        found = [_in_fiscal_year(m, text, lower, current_fiscal_end) for m in found]
    found.sort(key=lambda m: m.start)
    return found


_OF_THE_FISCAL_YEAR = re.compile(
    r"\s+van\s+(?:het|dit|zijn|haar)\s+(?:lopende\s+|huidige\s+|gebroken\s+)?boekjaar\b")
_PART_OF_YEAR = re.compile(r"\d{4}-(?:Q[1-4]|H[12]|9M)")


def _in_fiscal_year(mention: PeriodMention, text: str, lower: str, current: date) -> PeriodMention:
    """"de eerste helft van het boekjaar" in an article about a year that ends
    in March is that fiscal year's half, labelled like the year itself by the
    calendar year it ends in (as filings do: Nintendo's April-September 2025
    is 2026-H1).  ``current`` is the end of the fiscal year under way."""
    tail = _OF_THE_FISCAL_YEAR.match(lower, mention.end)
    if tail is None or not _PART_OF_YEAR.fullmatch(mention.label):
        return mention
    part = mention.label[5:]
    months = {"H1": 6, "H2": 12, "9M": 9}.get(part) or 3 * int(part[1])
    # the part ends ``months`` after the fiscal year began (its end a year back)
    month_index = (current.month + months - 1) % 12 + 1
    year = current.year - 1 + (current.month + months - 1) // 12
    return PeriodMention(mention.start, tail.end(), text[mention.start:tail.end()],
                         f"{current.year}-{part}", _month_end(year, month_index), mention.kind)


@lru_cache(maxsize=1)
def _forecast_pattern() -> re.Pattern:
    cues = [row["cue"] for row in read_tsv("claims", "modality_cues.tsv") if row["modality"] == "forecast"]
    return re.compile(phrase_alternation(cues) + r"(?!\w)", re.IGNORECASE)


def _stated_ends(found: list[PeriodMention], text: str,
                 sentences: list[tuple[int, int]] | None) -> list[tuple[int, date]]:
    """Where each stated sub-year period stands and when it ends (a bare
    year says too little about when the text was written), leaving out the
    periods of forecasts, which lie ahead of the writing ("Verwacht wordt
    dat de transactie in de eerste helft van 2026 wordt afgerond")."""
    parts = [m for m in found if "-" in m.label]
    if not parts:
        return []
    sentences = sentences if sentences is not None else sentence_spans(text)
    starts = [start for start, _ in sentences]

    def in_a_forecast(mention: PeriodMention) -> bool:
        start, end = sentences[max(0, bisect_right(starts, mention.start) - 1)]
        return _forecast_pattern().search(text, start, end) is not None

    return [(m.end, ends) for m in parts if not in_a_forecast(m) and (ends := label_end(m.label))]


def _day_after_latest(stated: list[tuple[int, date]], before: int | None = None) -> date | None:
    """Without a publication date: the day after the latest of the stated
    periods (those ending before ``before`` only, when given)."""
    ends = [end for position, end in stated if before is None or position <= before]
    if not ends:
        return None
    latest = max(ends)
    month = latest.month + 1
    return date(latest.year + (month > 12), (month - 1) % 12 + 1, 1)


def resolve_reference(label: str, reference: str) -> str:
    """Resolve REF-1Y / REF-1Q / REF@YEAR against the period the sentence is
    about (``reference``, e.g. ``2025-Q3``); "" when it cannot be."""
    if not reference or reference.startswith("REF"):
        return ""
    if label == REFERENCE_PREVIOUS_YEAR:
        return shift_year(reference, -1)
    if label == REFERENCE_SAME_YEAR:
        return reference[:4] if re.match(r"\d{4}", reference) else ""
    if label == REFERENCE_SAME_QUARTER:
        return reference if re.fullmatch(r"\d{4}-Q[1-4]", reference) else ""
    if label == REFERENCE_THAT_PERIOD:
        return reference if re.fullmatch(r"\d{4}(?:-(?:Q[1-4]|H[12]|9M))?", reference) else ""
    if label == REFERENCE_NEXT_YEAR:
        return shift_year(reference, 1)
    if label in (REFERENCE_PREVIOUS_QUARTER, REFERENCE_NEXT_QUARTER):
        match = re.fullmatch(r"(\d{4})-Q([1-4])", reference)
        if not match:
            return ""
        step = -1 if label == REFERENCE_PREVIOUS_QUARTER else 1
        year, quarter = divmod(int(match[1]) * 4 + int(match[2]) - 1 + step, 4)
        return f"{year}-Q{quarter + 1}"
    if label.startswith(REFERENCE_PART_OF_YEAR):
        return f"{reference[:4]}-{label[len(REFERENCE_PART_OF_YEAR):]}" if re.match(r"\d{4}", reference) else ""
    if label.startswith(REFERENCE_SAME_PERIOD):
        year = label[len(REFERENCE_SAME_PERIOD):]
        match = re.fullmatch(r"\d{4}(-.+)?", reference)
        return f"{year}{match[1] or ''}" if match else year
    return label


def is_reference(label: str) -> bool:
    return label.startswith("REF")


def shift_year(label: str, years: int) -> str:
    """``shift_year("2025-Q3", -1) == "2024-Q3"``."""
    match = re.fullmatch(r"(\d{4})(-.*)?", label)
    if not match:
        return ""
    return f"{int(match[1]) + years}{match[2] or ''}"
