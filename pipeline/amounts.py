"""Dutch monetary amounts: pure parsing, no spaCy.

Two layers:

* :func:`parse_numeral`, :func:`parse_number_words` and :func:`parse_amount`
  read one expression ("1,25 biljoen dollar", "€4,2mrd", "anderhalf miljard
  euro") into an :class:`~pipeline.records.Amount`;
* :func:`find_amounts` scans a whole text and returns every monetary amount
  with its character offsets, qualifier, rate, and ranges / changes / currency
  inherited from context resolved.

The grammar (number words, scale words, currencies, qualifier and rate cues,
count nouns, change verbs, money cues) is data under ``models/money/``; this
module compiles it once per process (:func:`grammar`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.records import Amount, MoneyMention
from pipeline.resources import read_lines, read_tsv
from pipeline.textscan import literal_alternation, lowered, phrase_alternation

# ---------------------------------------------------------------------------
# grammar (data -> compiled patterns)


@dataclass(frozen=True)
class Currency:
    code: str
    factor: float  # 0.01 for cent surfaces


@dataclass
class Grammar:
    """The money grammar compiled from ``models/money``."""

    number_words: dict[str, tuple[float, str]]
    scales: dict[str, float]
    currency_scales: set[str]  # scales read only beside a currency (k, M, bn)
    # currency words read only after a scale word ("12,1 biljoen won", not
    # "de Stoxx 600 won 0,4 procent"), casefolded
    scaled_currency_words: frozenset[str]
    currencies: dict[str, Currency]  # casefolded word surfaces, exact symbols/codes
    # "*krone" -> (pattern of country words, country word -> code, default code)
    currency_contexts: dict[str, tuple[re.Pattern, dict[str, str], str]]
    qualifiers_before: list[tuple[str, str]]
    qualifiers_after: list[tuple[str, str]]
    rates: list[tuple[str, str]]
    change_verbs: frozenset[str]
    count_nouns: frozenset[str]
    function_words: frozenset[str]
    modal_verbs: frozenset[str]
    money_cues: tuple[str, ...]
    amount_re: re.Pattern = field(repr=False, default=None)
    digit_anchor_re: re.Pattern = field(repr=False, default=None)
    word_anchor_re: re.Pattern = field(repr=False, default=None)
    currency_before_re: re.Pattern = field(repr=False, default=None)
    currency_before_reach: int = 0  # the longest sign or code, and a space
    partner_re: re.Pattern = field(repr=False, default=None)
    qualifier_before_re: re.Pattern = field(repr=False, default=None)
    qualifier_after_re: re.Pattern = field(repr=False, default=None)
    rate_after_re: re.Pattern = field(repr=False, default=None)
    rate_before_re: re.Pattern = field(repr=False, default=None)
    money_cue_re: re.Pattern = field(repr=False, default=None)
    estimate_re: re.Pattern = field(repr=False, default=None)

    def context_currency(self, placeholder: str, text: str, position: int) -> str:
        """The code a currency word several countries use stands for in
        ``text``: the one the text last named in full before ``position``
        ("60 miljard Deense kronen … circa 210 miljard kronen", whatever
        country is named in between), else the one of the country word
        nearest to it."""
        pattern, codes, default = self.currency_contexts[placeholder]
        matches = list(pattern.finditer(text))
        named_in_full = [m for m in matches if m.start() < position and _KRONE_WORD.match(text, m.end())]
        if named_in_full:
            return codes[named_in_full[-1].group(0)]
        nearest = min(matches, key=lambda match: abs(match.start() - position), default=None)
        return codes[nearest.group(0)] if nearest else default

    def currency(self, surface: str) -> Currency | None:
        surface = re.sub(r"\s+", " ", surface.strip())
        return self.currencies.get(surface) or self.currencies.get(surface.casefold())

    def scale(self, surface: str | None) -> float:
        if not surface:
            return 1.0
        return self.scales.get(surface, self.scales.get(surface.lower(), 1.0))


def _alternation(surfaces, *, word: bool) -> str:
    """Regex alternation, longest first; words get flexible inner spaces."""
    parts = []
    for surface in sorted(set(surfaces), key=len, reverse=True):
        escaped = re.escape(surface)
        if word:
            escaped = escaped.replace(r"\ ", r"\s+")
        parts.append(escaped)
    return "|".join(parts)


# A numeral: digits with optional thousands/decimal separators.  Validated and
# read by parse_numeral; the (?<![\w.,/]) keeps us out of "A4", "3.5.1" and
# the "25" of "boekjaar 2024/25".
# (thousands may be grouped with a space: "12 500 euro")
# the currency word right after a country adjective: "Deense kronen"
_KRONE_WORD = re.compile(r"\s+kro(?:nen|ne|on)\b", re.IGNORECASE)
# "met (ruim) 140 miljoen tot …": the size of a change before its result
BY_CHANGE_BEFORE = re.compile(r"\bmet\s+(?:[\w']+\s+){0,2}$", re.IGNORECASE)
_NUMERAL = r"(?<![\w.,/])(?:\d{1,3}(?: \d{3})+(?![\d.,])|\d+(?:[.,]\d+)*)(?:,-{1,2}(?!\d))?"
# after a currency sign or code the numeral may be glued to it: "EUR1,2 miljard"
_NUMERAL_AFTER_SIGN = r"\d+(?:[.,]\d+)*(?:,-{1,2}(?!\d))?"


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    number_words = {
        row["word"].casefold(): (float(row["value"]), row["kind"])
        for row in read_tsv("money", "numbers.tsv")
    }
    scales: dict[str, float] = {}
    currency_scales: set[str] = set()
    for row in read_tsv("money", "scales.tsv"):
        scales[row["surface"]] = float(row["multiplier"])
        if row["needs_currency"] == "yes":
            currency_scales.add(row["surface"])
    currencies: dict[str, Currency] = {}
    before, after = [], []
    scaled_words = set()
    for row in read_tsv("money", "currencies.tsv"):
        surface = row["surface"]
        if row.get("needs_scale") == "yes":
            scaled_words.add(surface.casefold())
        currency = Currency(row["code"], float(row["factor"] or 1))
        key = surface.casefold() if row["kind"] == "word" else surface
        currencies[key] = currency
        if row["position"] in ("before", "both"):
            before.append((surface, row["kind"]))
        if row["position"] in ("after", "both"):
            after.append((surface, row["kind"]))
    context_rows: dict[str, dict[str, str]] = {}
    for row in read_tsv("money", "currency_context.tsv"):
        context_rows.setdefault(row["placeholder"], {})[row["cue"]] = row["code"]
    currency_contexts = {}
    for placeholder, codes in context_rows.items():
        default = codes.pop("*")
        pattern = re.compile(rf"(?<!\w)(?:{_alternation(codes, word=False)})(?!\w)")
        currency_contexts[placeholder] = (pattern, codes, default)
    qualifiers = read_tsv("money", "qualifiers.tsv")
    g = Grammar(
        number_words=number_words,
        scales=scales,
        currency_scales=currency_scales,
        scaled_currency_words=frozenset(scaled_words),
        currencies=currencies,
        currency_contexts=currency_contexts,
        qualifiers_before=[(r["cue"], r["qualifier"]) for r in qualifiers if r["position"] == "before"],
        qualifiers_after=[(r["cue"], r["qualifier"]) for r in qualifiers if r["position"] == "after"],
        rates=[(r["cue"], r["per"]) for r in read_tsv("money", "rates.tsv")],
        change_verbs=frozenset(w.casefold() for w in read_lines("money", "change_verbs.txt")),
        count_nouns=frozenset(w.casefold() for w in read_lines("money", "count_nouns.txt")),
        function_words=frozenset(w.casefold() for w in read_lines("money", "function_words.txt")),
        modal_verbs=frozenset(w.casefold() for w in read_lines("money", "modal_verbs.txt")),
        money_cues=tuple(w.casefold() for w in read_lines("money", "money_cues.txt")),
    )
    _compile(g, before, after)
    return g


def _compile(g: Grammar, before: list[tuple[str, str]], after: list[tuple[str, str]]) -> None:
    # Words are matched case-insensitively through (?i:...), symbols and ISO
    # codes case-sensitively ("EUR" yes, "eur" no: that is a word fragment).
    def currency_group(entries):
        words = [s for s, kind in entries if kind == "word"]
        exact = [s for s, kind in entries if kind != "word"]
        alts = []
        if exact:
            alts.append(rf"(?:{_alternation(exact, word=False)})(?![A-Za-z])")
        if words:
            alts.append(rf"(?i:{_alternation(words, word=True)})(?![\w’'])")
        return "|".join(alts)

    cur_before = currency_group(before)
    cur_after = currency_group(after)
    word_scales = [s for s in g.scales if s not in g.currency_scales]
    scale_any = rf"(?:{_alternation(g.scales, word=False)})(?![\w])"
    scale_word = rf"(?i:{_alternation(word_scales, word=False)})(?![\w])"
    # number words: simple and compound ("tweehonderdvijftig"), built only
    # of number parts (so "bracht" is not "acht"); parse_number_words
    # validates the order.
    base_words = [w for w, (_, kind) in g.number_words.items() if kind != "fraction"]
    fraction_words = [w for w, (_, kind) in g.number_words.items() if kind == "fraction"]
    number_word = (
        rf"(?i:(?<![\w-])(?:{_alternation(fraction_words, word=True)}"
        rf"|(?:{_alternation(base_words + ['en', 'ën', 'half'], word=False)})+)(?![\w-]))"
    )
    number = rf"(?:{_NUMERAL}|{number_word})"
    # where an amount can start: a numeral, a sign or code right before a
    # numeral, or the first part of a number word.  Three scans that each
    # start with a character class (see pipeline.textscan): the first digit
    # of a numeral (not one after a letter, point or comma), the sign or
    # code ending right before it, and number words in the lowered text.
    before_exact = [s for s, kind in before if kind != "word"]
    # (or right after a capital code it is glued to: "EUR1,2 miljard")
    g.digit_anchor_re = re.compile(r"\d(?<![\w.,].)|\d(?<=[A-Z]{3}\d)(?<![A-Za-z]{4}\d)")
    # (a minus may stand between sign and number in a table: "DKK -1,7 mrd")
    g.currency_before_re = re.compile(rf"{literal_alternation(before_exact)}\s?(?:[-–−]\s?)?$")
    g.currency_before_reach = max(map(len, before_exact), default=0) + 3
    g.word_anchor_re = re.compile(phrase_alternation(fraction_words + base_words, not_after=r"[\w-]"))
    g.amount_re = re.compile(
        # A: currency sign or code first: "€ 4,2 mrd", "$500 miljard", "EUR 350 mln"
        rf"(?P<a_cur>{cur_before})\s?(?:[-–−]\s?)?(?P<a_num>{_NUMERAL_AFTER_SIGN})"
        rf"(?:\s?(?P<a_scale>{scale_any}))?(?:\s?(?P<a_cur2>{cur_after}))?"
        # B: number first, currency after: "1,25 biljoen dollar", "2.500 euro"
        rf"|(?P<b_num>{number})(?:\s?(?P<b_scale>{scale_any}))?\s?(?P<b_cur>{cur_after})"
        # C: bare number with a scale word: "868 miljard" (currency from context)
        rf"|(?P<c_num>{number})\s?(?P<c_scale>{scale_word})"
    )
    # A number right before a connector, ending where the next amount starts:
    # "15 tot ", "tussen 5 en ", "van 7,5 naar ", "4,5 à ", "15-".
    g.partner_re = re.compile(
        rf"(?:(?P<lead>tussen(?:\s+de)?|van)\s+)?"
        rf"(?P<num>{number})(?:\s?(?P<scale>{scale_word}))?"
        rf"\s*(?P<conn>tot\s+en\s+met|t/m|tot|naar|en|à|a|-|–)\s*(?:de\s+)?"
        rf"(?:(?P<qual>{_alternation([c for c, _ in g.qualifiers_before if c != 'tot'], word=True)})\s+)?$",
        re.IGNORECASE,
    )
    g.qualifier_before_re = re.compile(
        rf"(?:^|(?<=[\s(]))(?P<cue>{_alternation([c for c, _ in g.qualifiers_before], word=True)})\s*$",
        re.IGNORECASE,
    )
    g.qualifier_after_re = re.compile(
        rf"^\s*(?P<cue>{_alternation([c for c, _ in g.qualifiers_after], word=True)})\b",
        re.IGNORECASE,
    )
    rate_alt = _alternation([c for c, _ in g.rates], word=True)
    # up to four words between amount and rate ("1 miljard dollar aan cash per
    # maand"), but no punctuation and no second number
    g.rate_after_re = re.compile(
        rf"^(?:\s+(?!(?:en|of|maar|terwijl|want|dus|en\s+zet)\b)[^\s\d.,;:!?()]+){{0,4}}?\s+(?P<cue>{rate_alt})\b", re.IGNORECASE
    )
    # "maandelijks gaat er gemiddeld ruim 100 miljard euro": up to four words
    # of the same clause between the rate and the amount (or its qualifier)
    g.rate_before_re = re.compile(
        rf"(?:^|\s)(?P<cue>{rate_alt})(?:\s+(?!(?:en|of|maar|terwijl|want|dus)\b)[^\s\d.,;:!?()]+){{0,4}}\s+$",
        re.IGNORECASE)
    g.money_cue_re = re.compile(
        rf"(?<![\w])(?:\w*?)(?:{_alternation(g.money_cues, word=False)})", re.IGNORECASE
    )
    # "een geschatte waarde van", "naar verwachting zo'n", "wordt geschat op"
    g.estimate_re = re.compile(r"\b(?:geschat(?:te)?|naar\s+schatting)\b", re.IGNORECASE)


# ---------------------------------------------------------------------------
# numbers


def parse_numeral(text: str) -> float | None:
    """Read a written numeral the Dutch way.

    Decimal comma and thousands dot ("1.234.567,89"); a dot followed by other
    than three digits is a decimal point ("1.5"); repeated comma groups of
    three are English thousands ("1,000,000").

    >>> parse_numeral("1,46"), parse_numeral("4.000"), parse_numeral("1.5")
    (1.46, 4000.0, 1.5)
    """
    text = text.strip()
    if text.endswith(("-",)):
        text = text.rstrip("-").rstrip(",")  # "€ 40,-": a whole amount
    if not text or not text[0].isdigit():
        return None
    if re.fullmatch(r"\d{1,3}(?: \d{3})+", text):
        return float(text.replace(" ", ""))  # "12 500": thousands grouped with a space
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", text):
        return None
    dots, commas = text.count("."), text.count(",")
    try:
        if dots and commas:
            # the separator that comes last is the decimal one
            if text.rfind(",") > text.rfind("."):
                return float(text.replace(".", "").replace(",", "."))
            return float(text.replace(",", ""))
        if dots:
            groups = text.split(".")
            if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
                return float("".join(groups))
            if dots == 1:
                return float(text)
            return None
        if commas:
            groups = text.split(",")
            if commas > 1:
                if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
                    return float("".join(groups))
                return None
            return float(text.replace(",", "."))
        return float(text)
    except ValueError:
        return None


def numeral_decimals(text: str) -> int:
    """How many decimals a numeral states ("1,46" -> 2, "4.000" -> 0)."""
    text = text.strip()
    value = parse_numeral(text)
    if value is None:
        return 0
    for sep in (",", "."):
        if sep in text:
            tail = text.rsplit(sep, 1)[1]
            if parse_numeral(text.rsplit(sep, 1)[0] + sep + tail) == value and not (
                len(tail) == 3 and float(text.replace(".", "").replace(",", "")) == value
            ):
                return len(tail)
    return 0


def _parse_below_hundred(word: str, words: dict[str, tuple[float, str]]) -> float | None:
    if not word:
        return None
    entry = words.get(word)
    if entry and entry[1] in ("unit", "teen", "tens"):
        return entry[0]
    # "drieëntwintig", "vijfenveertig": unit + en/ën + tens
    match = re.fullmatch(r"([a-zé]+?)(?:en|ën)([a-z]+ig)", word)
    if match:
        unit, tens = words.get(match.group(1)), words.get(match.group(2))
        if unit and tens and unit[1] == "unit" and tens[1] == "tens":
            return unit[0] + tens[0]
    return None


def _parse_below_thousand(word: str, words) -> float | None:
    if not word:
        return None
    if "honderd" in word:
        head, _, tail = word.partition("honderd")
        hundreds = 1.0 if head in ("", "een", "één") else _parse_below_hundred(head, words)
        if hundreds is None or hundreds >= 10 and head not in ("tien", "elf", "twaalf",
                                                                "dertien", "veertien",
                                                                "vijftien", "zestien",
                                                                "zeventien", "achttien",
                                                                "negentien"):
            return None
        rest = 0.0 if not tail else _parse_below_hundred(tail, words)
        return None if rest is None else hundreds * 100 + rest
    return _parse_below_hundred(word, words)


def parse_number_words(text: str) -> float | None:
    """Read Dutch number words: "drieëntwintig" -> 23, "anderhalf" -> 1.5.

    Covers een … negentien, tens, compounds with "en"/"ën", honderd and
    duizend compounds ("tweehonderdvijftig", "vijfduizend"), and the
    fractions anderhalf, (een) half, (een) kwart, driekwart.
    """
    words = grammar().number_words
    key = re.sub(r"\s+", " ", text.strip().casefold())
    if not key:
        return None
    entry = words.get(key)
    if entry is not None:
        return entry[0]
    if " " in key:
        return None
    half = re.fullmatch(r"([a-zé]+?)(?:en|ën)half", key)
    if half:  # "tweeënhalf", "vijfenhalf"
        whole = parse_number_words(half.group(1))
        return None if whole is None else whole + 0.5
    if "duizend" in key:
        head, _, tail = key.partition("duizend")
        thousands = 1.0 if head in ("", "een", "één") else _parse_below_thousand(head, words)
        rest = 0.0 if not tail else _parse_below_thousand(tail.removeprefix("en"), words)
        if thousands is None or rest is None:
            return None
        return thousands * 1000 + rest
    return _parse_below_thousand(key, words)


def parse_number(text: str) -> float | None:
    """A numeral or number words."""
    text = text.strip()
    if text[:1].isdigit():
        return parse_numeral(text)
    return parse_number_words(text)


# ---------------------------------------------------------------------------
# one expression


def parse_amount(text: str) -> Amount | None:
    """Parse one money expression ("1,25 biljoen dollar", "€ 4,2 mrd").

    Returns None when ``text`` is not (wholly) a monetary amount with a
    currency; qualifiers, ranges and rates are read by :func:`find_amounts`,
    which sees the context.
    """
    found = find_amounts(text)
    if len(found) != 1:
        return None
    mention = found[0]
    if mention.amount.currency is None:
        return None
    return mention.amount


# ---------------------------------------------------------------------------
# scanning a text


@dataclass
class _Candidate:
    start: int
    end: int
    value: float
    currency: str | None
    has_scale: bool
    bare: bool  # no currency stated with it
    scale: float = 1.0
    value_max: float | None = None
    qualifier: str = "exact"
    per: str | None = None
    partner_of: int | None = None  # index of the candidate this one was split from
    link: str = ""  # "range", "change", "list" with the next candidate


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"'“‘(])|\n")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for match in _SENTENCE_END.finditer(text, max(0, start - 400), start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() + 1 if right_match else len(text)
    return left, right


def _paragraph_start(text: str, position: int) -> int:
    cut = text.rfind("\n\n", 0, position)
    return 0 if cut < 0 else cut + 2


_NUMERAL_NEXT = re.compile(r"\s?(?:[-–−]\s?)?\d")


def _candidate_from_match(match: re.Match, g: Grammar) -> _Candidate | None:
    kind = "a" if match.group("a_num") else "b" if match.group("b_num") else "c"
    number_text = match.group(f"{kind}_num")
    value = parse_number(number_text)
    if value is None:
        return None
    scale_text = match.group(f"{kind}_scale")
    currency = None
    factor = 1.0
    if kind == "a":
        cur = g.currency(match.group("a_cur"))
        cur2 = match.group("a_cur2")
        end = match.end()
        if cur2 and (scale_text or "").endswith(".") and cur2[:1].isupper():
            # "steeg naar EUR 736 mln. Gulden verhoogde …": the abbreviation's
            # point ends the sentence, the capital word after it is the next's
            end = match.start("a_cur2")
            while match.string[end - 1].isspace():
                end -= 1
        elif cur2:
            second = g.currency(cur2)
            if second and second.code != cur.code:
                return None  # "$ 5 euro": not one amount
        currency, factor = cur.code, cur.factor
    elif kind == "b":
        cur = g.currency(match.group("b_cur"))
        if cur is None:
            return None
        if not match.group("b_cur")[:1].isalpha() or match.group("b_cur").isupper():
            # "over 2024 £ 1,3 mrd", "over 2024 EUR 1,1 miljard": a sign or
            # code before a numeral starts the next amount
            if _NUMERAL_NEXT.match(match.string, match.end()):
                return None
        if not scale_text and match.group("b_cur").casefold() in g.scaled_currency_words:
            return None
        currency, factor = cur.code, cur.factor
        if scale_text in g.currency_scales and not number_text[:1].isdigit():
            return None
        if not scale_text and factor < 1 and not number_text[:1].isdigit() and value <= 1:
            return None  # "zonder ooit een cent winst te maken": an idiom, not a price
    else:
        if not number_text[:1].isdigit() and value < 1 and not scale_text:
            return None
    scale = g.scale(scale_text)
    return _Candidate(
        start=match.start(),
        end=end if kind == "a" else match.end(),
        value=value * scale * factor,
        currency=currency,
        has_scale=bool(scale_text),
        bare=currency is None,
        scale=scale,
    )


def _followed_by_count_noun(text: str, end: int, g: Grammar) -> bool:
    following = re.match(r"\s+([\w’'-]+)(?:\s+([\w’'-]+))?", text[end:end + 60])
    if not following:
        return False
    if re.fullmatch(r"[A-Z][A-Za-z0-9]*['’]s|[A-Z]{2,}[0-9]*s", following.group(1)):
        return True  # "een miljoen TPU's", "2 miljoen GPUs": a count of things named, no money
    words = [w.casefold() for w in following.groups() if w]
    # (a compound's last part too: "een miljoen TPU-chips")
    if words[0] in g.count_nouns or words[0].rsplit("-", 1)[-1] in g.count_nouns:
        return True
    # "5,5 miljoen eigen aandelen": one adjective may stand between; a
    # preposition may not ("12 miljard per jaar", "1 miljard aan chips")
    return len(words) > 1 and words[0] not in g.function_words and words[1] in g.count_nouns


_TIMES = frozenset({"keer", "maal"})


def _counted_in_clause(text: str, start: int, g: Grammar) -> bool:
    """"Het aantal gebruikers groeide naar ruim 12 miljoen": a count noun
    earlier in the clause, with no money cue after it, makes a bare amount a
    count."""
    sentence_start, _ = _sentence_bounds(text, start, start)
    clause = re.split(r"[,;:]", text[sentence_start:start])[-1]
    words = re.findall(r"[\w’'-]+", clause.casefold())
    # ("vier keer zoveel als de raming van 475 miljoen": "keer" counts
    # times, only right after an amount: "tien miljoen keer verkocht")
    last_count = max((i for i, w in enumerate(words)
                      if (w in g.count_nouns and w not in _TIMES) or w == "aantal"), default=None)
    if last_count is None:
        return False
    return not g.money_cue_re.search(" ".join(words[last_count + 1:]))


def _clause_has_change_verb(text: str, start: int, end: int, g: Grammar, *, after: bool = True,
                            conjuncts: bool = True) -> bool:
    sentence_start, sentence_end = _sentence_bounds(text, start, end)
    # the clause the amounts sit in: from the last comma or semicolon before
    # them to the next one after them ("is van 7,5 tot 7,6 miljard gestegen").
    # With conjuncts, "en"/"maar" part clauses too: in "verlaagde zijn
    # prognose en rekent op van 128 tot 132 miljard" the change verb is
    # another predicate's; without, "de ebitda zakte tot 142 miljoen en de
    # nettowinst tot 58 miljoen" shares its verb
    parts = r"[,;:]|\b(?:en|maar|terwijl)\b" if conjuncts else r"[,;:]"
    before = re.split(parts, text[sentence_start:start])[-1]
    after = re.split(parts, text[end:sentence_end])[0] if after else ""
    words = re.findall(r"\w+", before + " " + after)
    return any(w.casefold() in g.change_verbs for w in words)


#: degree words that make "boven de"/"onder de" a comparison: "ruim boven de 96 miljoen"
_DEGREE_WORDS = frozenset({"ruim", "ver", "net", "iets", "fors", "flink", "duidelijk", "royaal", "licht",
                           "ruimschoots"})


def _qualifier_before(text: str, start: int, g: Grammar) -> tuple[str, int] | None:
    window = text[max(0, start - 40):start]
    match = g.qualifier_before_re.search(window)
    if not match:
        return None
    cue = re.sub(r"\s+", " ", match.group("cue").casefold())
    qualifier = next(q for c, q in g.qualifiers_before if c.casefold() == cue)
    if cue in ("boven de", "onder de"):
        # "ruim boven de 96 miljoen euro", "ver onder de 87,3 miljard": a
        # degree word makes it a comparison with that figure, not a bound
        before_cue = window[:match.start()].split()
        if before_cue and before_cue[-1].casefold() in _DEGREE_WORDS:
            return None
    if cue == "tot":
        # "loopt op tot", "daalde eind vorig jaar tot", "steeg 4 procent tot":
        # "tot" marks where a change ends, not a cap
        before_cue = window[:match.start()].split()
        previous = before_cue[-1].casefold().rstrip(",") if before_cue else ""  # "4 procent, tot"
        cue_start = max(0, start - 40) + match.start()
        # "De omzet steeg wel licht, tot 3,4 miljard": after a comma the
        # change verb is in the clause before it
        after_comma = before_cue[-1].endswith(",") if before_cue else False
        comma_at = text.rfind(",", 0, cue_start)
        # ("zwol aan tot": a particle after a change verb, not "kondigde aan tot")
        particle_of_change = (previous == "aan" and len(before_cue) > 1
                              and before_cue[-2].casefold() in g.change_verbs)
        if (previous in g.change_verbs or previous in ("op", "toe", "af", "terug", "uit", "procent", "%")
                or particle_of_change
                or previous.endswith("%")
                or _clause_has_change_verb(text, cue_start, cue_start, g, after=False, conjuncts=False)
                or after_comma and comma_at > 0
                and _clause_has_change_verb(text, comma_at, comma_at, g, after=False, conjuncts=False)):
            # ... unless a modal makes the change a limit: "kan oplopen tot"
            clause = re.split(r"[,;:]", window[:match.start()])[-1].casefold().split()
            if not any(word in g.modal_verbs for word in clause):
                return None
    return qualifier, max(0, start - 40) + match.start()


def _rate(text: str, start: int, end: int, g: Grammar) -> str | None:
    # "€ 1,05 mrd. Basic-Fit betaalt per kwartaal …": the abbreviation's full
    # stop ended the sentence, the rate after it is another figure's
    sentence_ended = text[end - 1:end] == "." and re.match(r"\s+[A-Z]", text[end:end + 3])
    after = None if sentence_ended else g.rate_after_re.match(text[end:end + 60])
    if after:
        cue = re.sub(r"\s+", " ", after.group("cue").casefold())
        return next(p for c, p in g.rates if c == cue)
    before = g.rate_before_re.search(text[max(0, start - 60):start])
    if before:
        cue = re.sub(r"\s+", " ", before.group("cue").casefold())
        return next(p for c, p in g.rates if c == cue)
    return None


def _money_context(text: str, start: int, end: int, g: Grammar) -> bool:
    left, right = _sentence_bounds(text, start, end)
    return bool(g.money_cue_re.search(text, left, right))


_NOUN_VAN = re.compile(r"\bnaar\s+(?:(?:een|de|het|zijn|haar|hun)\s+)?[\w-]+\s+van\s+$", re.IGNORECASE)
_PHRASAL_VAN = re.compile(r"\buit\s+van\s+$", re.IGNORECASE)
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
_YEAR_CONTEXT = re.compile(r"\b(?:in|sinds|vanaf|tot|van|uit|eind|begin|medio|na|voor)\s+$", re.IGNORECASE)


def _anchors(text: str, g: Grammar) -> list[int]:
    """Where an amount can start, in order."""
    anchors = []
    for digit in g.digit_anchor_re.finditer(text):
        at = digit.start()
        # "€ 4,2 mrd", "US$5": the sign or code before the number starts it
        sign = g.currency_before_re.search(text, max(0, at - g.currency_before_reach), at) if at else None
        if sign is not None:
            anchors.append(sign.start())
        elif at and text[at - 1].isalpha():
            continue  # a code that is no currency: "ABC1"
        anchors.append(at)
    words = [m.start() for m in g.word_anchor_re.finditer(lowered(text))]
    return sorted(anchors + words) if words else anchors


def find_amounts(text: str) -> list[MoneyMention]:
    """Every monetary amount in ``text``, in order, with offsets into ``text``.

    Numbers stated with a currency are always money; a number with a scale
    word but no currency ("868 miljard") is money only in a money context,
    taking the currency of the nearest amount before it in the paragraph (or
    after it in the sentence), else none.  Counts ("5,5 miljoen aandelen"),
    percentages, years and vague multiples ("honderden miljarden") are not
    money.
    """
    g = grammar()
    candidates: list[_Candidate] = []
    position = 0
    # the full pattern is tried only where an amount can begin (a digit, a
    # currency sign or code, a number word): most positions of a text are
    # ruled out by cheap scans
    for anchor in _anchors(text, g):
        if anchor < position:
            continue
        match = g.amount_re.match(text, anchor)
        if match is None:
            continue
        position = match.end()
        number = match.group("b_num") or match.group("c_num")
        if number and _YEAR_NUMBER.fullmatch(number) and _YEAR_CONTEXT.search(text, max(0, match.start() - 12), match.start()):
            # "wie in 2015 duizend euro inlegde": a year, then the amount
            # (its number word is the next anchor)
            position = match.start() + len(number)
            continue
        candidate = _candidate_from_match(match, g)
        if candidate is None and match.group("b_cur"):
            # a rejected "2024 £": the sign may start the next amount
            position = match.start("b_cur")
        if candidate is not None:
            if candidate.currency and candidate.currency.startswith("*"):
                candidate.currency = g.context_currency(candidate.currency, text, candidate.start)
            candidates.append(candidate)

    # 1. partners: "15 tot 16 miljard", "van 7,5 naar 7,6 miljard euro",
    #    "tussen 5 en 6 miljard euro", and "15 miljard tot 16 miljard dollar"
    merged: list[_Candidate] = []
    for candidate in candidates:
        previous = merged[-1] if merged else None
        gap_start = previous.end if previous else max(0, candidate.start - 60)
        gap = text[gap_start:candidate.start]
        link = None
        first: _Candidate | None = None
        shared_scale = False  # the first number has the second's scale: "50 tot 60 miljoen"
        if previous is not None and re.fullmatch(
            r"\s*(?:tot\s+en\s+met|t/m|tot|naar|en|à|a|-|–)\s*", gap, re.IGNORECASE
        ) and (previous.bare or previous.currency == candidate.currency
               # "£ 60 à 80 mln": the sign before the first is both's
               or candidate.bare and not previous.has_scale and candidate.has_scale):
            first = previous
            if candidate.bare and not previous.bare:
                candidate.currency, candidate.bare = previous.currency, False
            if not first.has_scale and candidate.has_scale:
                # "€ 5 tot € 10 miljard": the first shares the second's scale
                first.value *= candidate.scale
                first.has_scale, first.scale = True, candidate.scale
                shared_scale = True
            link = gap.strip().casefold()
            lead_match = re.search(r"(?:tussen(?:\s+de)?|van)\s+$", text[max(0, first.start - 12):first.start], re.IGNORECASE)
            lead = lead_match.group(0).split()[0].casefold() if lead_match else ""
            merged.pop()
        else:
            # never reach back into the previous amount: "$500 en €500k"
            offset = max(gap_start, candidate.start - 60)
            partner = g.partner_re.search(text[offset:candidate.start])
            if partner:
                first_value = parse_number(partner.group("num"))
                if first_value is not None:
                    own_scale = g.scale(partner.group("scale")) if partner.group("scale") else None
                    first = _Candidate(
                        start=offset + partner.start("num"),
                        end=offset + partner.end("scale" if partner.group("scale") else "num"),
                        value=first_value * (own_scale or candidate.scale),
                        currency=candidate.currency,
                        has_scale=True,
                        bare=candidate.bare,
                        scale=own_scale or candidate.scale,
                    )
                    link = partner.group("conn").casefold()
                    shared_scale = own_scale is None
                    lead = (partner.group("lead") or "").split()[0].casefold() if partner.group("lead") else ""
                    # a year is no partner: "in 2025 tot 3 miljard"
                    if own_scale is None and re.fullmatch(r"(?:1[89]|20)\d\d", partner.group("num")):
                        first = None
        if first is None:
            merged.append(candidate)
            continue
        # the first amount shares scale and currency with the second
        if first.currency is None:
            first.currency = candidate.currency
            first.bare = candidate.bare
        if link in ("en",) and lead != "tussen":
            merged.extend([first, candidate])  # "5 en 6 miljard": two amounts
            continue
        if (link in ("tot", "naar") and not (shared_scale and link == "tot")
                and BY_CHANGE_BEFORE.search(text[max(0, first.start - 30):first.start])):
            # "daalde met 140 miljoen tot 2,1 miljard", "steeg met ruim 2,7
            # miljard dollar tot 37,9 miljard dollar": a change and its
            # result; but "de kosten met 50 tot 60 miljoen verlagen", one
            # scale for both, is a range
            merged.extend([first, candidate])
            continue
        is_change = link == "naar" or (
            lead == "van" and link in ("tot", "t/m", "tot en met")
            and _clause_has_change_verb(text, first.start, candidate.end, g)
            # "ging nog uit van 1,6 tot 1,7 miljard": "uitgaan van" is to
            # expect, its "van" opens a range
            and not _PHRASAL_VAN.search(text, max(0, first.start - 12), first.start)
            # "verlaagde naar een ebitda van 7,3 tot 7,7 miljard": the change
            # ends in "naar"; the noun's "van … tot" is a range
            and not _NOUN_VAN.search(text, max(0, first.start - 40), first.start)
        )
        if is_change:
            first.link = "change"
            candidate.partner_of = len(merged)
            merged.extend([first, candidate])
            continue
        if first.value > candidate.value:
            # "van 16 tot 15": not a range, read both
            merged.extend([first, candidate])
            continue
        merged.append(
            _Candidate(
                start=first.start,
                end=candidate.end,
                value=first.value,
                value_max=candidate.value,
                currency=candidate.currency,
                has_scale=True,
                bare=candidate.bare,
                scale=candidate.scale,
                qualifier="range",
            )
        )

    # 2. currency from context for bare amounts, and which bare ones are money
    kept: list[_Candidate] = []
    for index, candidate in enumerate(merged):
        if candidate.bare:
            # "kocht voor 102 miljoen eigen aandelen in": a price, whatever follows
            is_price = re.search(r"\bvoor\s+(?:\S+\s+)?$", text[max(0, candidate.start - 20):candidate.start])
            if not is_price and (_followed_by_count_noun(text, candidate.end, g)
                                 or _counted_in_clause(text, candidate.start, g)):
                continue
            currency = _context_currency(text, merged, index)
            if currency is None and not is_price and not _money_context(text, candidate.start, candidate.end, g):
                continue
            candidate.currency = currency
        kept.append(candidate)

    # 3. qualifiers and rates
    mentions: list[MoneyMention] = []
    for candidate in kept:
        qualifier = candidate.qualifier
        rate_anchor = candidate.start
        if qualifier != "range":
            found = None
            if candidate.partner_of is None:
                found = _qualifier_before(text, candidate.start, g)
            else:
                # the second amount of a change: only a cue after the connector
                gap = text[max(0, candidate.start - 25):candidate.start]
                cue = re.search(r"(?:naar|tot)\s+(.+?)\s*$", gap)
                if cue:
                    found = _qualifier_before(text, candidate.start, g)
            if found:
                qualifier, rate_anchor = found
            else:
                after = g.qualifier_after_re.match(text[candidate.end:candidate.end + 30])
                if after:
                    cue = re.sub(r"\s+", " ", after.group("cue").casefold())
                    qualifier = next(q for c, q in g.qualifiers_after if c == cue)
                elif _estimated(text, candidate.start, g):
                    qualifier = "approx"
        else:
            found = _qualifier_before(text, candidate.start, g)
            if found:
                rate_anchor = found[1]
        per = _rate(text, rate_anchor, candidate.end, g)
        if candidate.link == "change" and per is None:
            # "stijgen van 1,2 naar 1,6 miljoen euro per jaar": the rate after
            # the second amount holds for both
            partner = kept[kept.index(candidate) + 1] if kept.index(candidate) + 1 < len(kept) else None
            if partner is not None:
                per = _rate(text, partner.start, partner.end, g)
        mentions.append(
            MoneyMention(
                start=candidate.start,
                end=candidate.end,
                text=text[candidate.start:candidate.end],
                amount=Amount(
                    value=_round(candidate.value),
                    value_max=_round(candidate.value_max) if candidate.value_max is not None else None,
                    currency=candidate.currency,
                    qualifier=qualifier,
                    per=per,
                ),
            )
        )
    return mentions


def _estimated(text: str, start: int, g: Grammar) -> bool:
    """"een geschatte waarde van 1,25 biljoen": an estimate stated a few
    words before the amount, in the same clause."""
    window = text[max(0, start - 45):start]
    window = re.split(r"[,;:.]\s", window)[-1]
    return bool(g.estimate_re.search(window))


def _context_currency(text: str, candidates: list[_Candidate], index: int) -> str | None:
    """The currency a bare amount inherits: the nearest stated currency before
    it in the same paragraph, else the next one in the same sentence."""
    candidate = candidates[index]
    paragraph_start = _paragraph_start(text, candidate.start)
    converted = None  # a conversion in brackets is the text's second currency
    for other in reversed(candidates[:index]):
        if other.end < paragraph_start or candidate.start - other.end > 600:
            break
        if not other.bare and other.currency:
            if not _in_brackets(text, other):
                return other.currency
            converted = converted or other.currency
    if converted:
        return converted
    _, sentence_end = _sentence_bounds(text, candidate.start, candidate.end)
    for other in candidates[index + 1:]:
        if other.start > sentence_end:
            break
        if not other.bare and other.currency:
            return other.currency
    if paragraph_start == 0:
        # a headline ("… nu ruim half miljard waard"): the currency the
        # article goes on to state
        for other in candidates[index + 1:]:
            if not other.bare and other.currency and not _in_brackets(text, other):
                return other.currency
    return None


def _in_brackets(text: str, candidate: _Candidate) -> bool:
    """"(1,4 miljard dollar)", "(ongeveer 8,5 miljard euro)"."""
    opening = text.rfind("(", max(0, candidate.start - 25), candidate.start)
    return opening >= 0 and ")" not in text[opening:candidate.start] \
        and ")" in text[candidate.end:candidate.end + 3]


def _round(value: float) -> float:
    # 1,46 * 1e9 is 1459999999.9999998 in binary floating point
    rounded = round(value, 6)
    return float(round(rounded)) if abs(rounded - round(rounded)) < 1e-6 else rounded
