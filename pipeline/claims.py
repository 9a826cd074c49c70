"""Tie every amount to a company, a metric and a period: claim records.

Pure functions over the text and the mentions the components found, so the
rules are testable without spaCy.  For each amount, in its sentence:

* **metric**: the nearest metric cue (``models/claims/metric_cues.tsv``),
  measured in words, preferring the amount's own clause; cue priorities let
  "verbruikte … 8 miljard aan liquide middelen" read as cash burn;
* **sign**: a loss cue makes net_income / operating_income negative;
* **company**: by structure before distance — the target of a takeover
  ("overname van X", "neemt X over"), the company after the metric cue ("de
  omzet van X"), the subject of the amount's clause, a coordinated subject
  with "ieder"/"elk" (one row per company), a reference back ("het bedrijf",
  "de chipmaker", "het") resolved to the company in focus, and finally the
  company the paragraph is about;
* **period**: the nearest period expression in the sentence, "een jaar
  eerder" shifted from the sentence's other period, else the previous
  sentence's period in the same paragraph (not for rates);
* **modality**: forecast / estimate cues in the clause;
* **conversions** "1,2 miljard euro (1,4 miljard dollar)" share a claim group.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from pipeline.amounts import BY_CHANGE_BEFORE, grammar
from pipeline.homes import COUNTRY, Home, demonyms, home_of, place_words
from pipeline.names import normalise_name
from pipeline.periods import (REFERENCE_PART_OF_YEAR, REFERENCE_SAME_PERIOD, REFERENCE_SAME_QUARTER,
                              REFERENCE_THAT_PERIOD, event_times,
                              is_reference, label_end, month_numbers, relative_spans, resolve_reference,
                              shift_year)
from pipeline.records import LOSS_METRICS, SIGNED_METRICS, Claim, CompanyMention, MoneyMention, PeriodMention
from pipeline.resources import read_csv, read_lines, read_tsv
from pipeline.textscan import lowered, phrase_alternation

_WORD = re.compile(r"[\w€$£¥][\w'’.,€$£¥-]*")
# not the comma of "3,4"; every branch starts with a literal (see pipeline.textscan)
_CLAUSE_BREAK = re.compile(r",(?:(?<!\d,)|(?!\d))|[;:–—()]|"
                           + phrase_alternation(["terwijl", "maar", "waarna", "nadat", "omdat", "hoewel", "doordat"])
                           + r"\b")
# a subordinate clause with a subject of its own, after the amount
_CONTRAST_CLAUSE = re.compile(r"\b(?:terwijl|hoewel|omdat|doordat|nadat|waarna|zodat)\b", re.IGNORECASE)
# "1,2 miljard euro (1,4 miljard dollar)", "…, omgerekend zo'n 181 miljard euro"
_CONVERSION_GAP = re.compile(
    r"\s*(?:\w{1,4}\s*)?(?:\(|,\s*(?:omgerekend|ofwel|oftewel|dat\s+is|of\s+omgerekend)\b)[^\d()]{0,25}",
    re.IGNORECASE)
# "45 euro per aandeel, ofwel zo'n 1,58 miljard euro": the same figure again
_RESTATEMENT_GAP = re.compile(
    r"\s*(?:per\s+aandeel)?\s*,?\s*\(?(?:ofwel|oftewel|dat\s+is|in\s+totaal|goed\s+voor|"
    r"(?:wat|dat)\s+(?:\w+\s+)?neerkomt\s+op|neerkomend\s+op|(?<=,\s)of|(?<=,)of)\s+[^\d()]{0,20}",
    re.IGNORECASE)
_CONJUNCT = re.compile(r"\b(?:en|maar|dat|die|toen|waarna)\b", re.IGNORECASE)
_DISTRIBUTIVE = re.compile(r"\b(?:ieder|elk|elke|allebei|beide|allemaal|respectievelijk)\b", re.I)
# "volgens (het Amerikaanse adviesbureau) McKinsey": a source; the words
# between are a determiner, adjectives and a noun naming what kind of source
# it is (not a verb: "Volgens eigen opgave boekte McKinsey" has McKinsey as
# subject)
_SOURCE_BEFORE = re.compile(
    # (also "volgens schattingen van analisten", "aldus")
    r"(?<![\w-])(?:[Vv]olgens|VOLGENS|[Aa]ldus)\s+(?:[\w-]+\s+van\s+)?"
    r"(?:(?:het|de|een|dit|deze)\s+)?(?:[\w-]+e\s+){0,2}"
    r"(?:[\w-]*(?:bureau|bank|huis|kantoor|firma|bedrijf|concern|groep|fonds|instituut|platform|dienst|"
    r"maker|fabrikant|belegger|investeerder|partij|analist|analisten|krant|blad|persbureau|zender)\s+)?$"
    # "Analisten van KBC Securities schatten …": whose analysts, not whose figure
    r"|(?<![\w-])(?:[Aa]nalisten|[Ee]conomen|[Ss]trategen|[Aa]nalist|[Ee]conoom|[Ss]trateeg)\s+van\s+$")
# prepositions that make a company an agent, possessor or object, not the subject
_OBLIQUE = {"door", "van", "bij", "voor", "met", "aan", "in", "op", "dan", "als", "naar", "uit", "tegen", "over", "om",
            "via", "onder", "zonder", "achter", "na", "sinds", "tijdens", "namens"}


@dataclass(frozen=True)
class _Cue:
    words: tuple[str, ...]  # casefolded; for a split verb: (verb, particle)
    metric: str
    sign: int
    priority: int
    defers: bool = False  # "kostte": the metric is the subject's ("de overname kostte")
    kind: str = "exact"  # exact, prefix ("omzet*"), compound ("…dividend"), split ("zette … om")


@dataclass(frozen=True)
class _CueHit:
    """A metric cue found in the text (``start()``/``end()`` like a match)."""

    begin: int
    finish: int
    cue: _Cue

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


@lru_cache(maxsize=1)
def _qualifiers() -> str:
    """The qualifier cues that stand before a number (models/money/qualifiers.tsv),
    as one alternation: the words between a noun or verb and the amount it names."""
    return phrase_alternation(cue for cue, _ in grammar().qualifiers_before)


@lru_cache(maxsize=1)
def _names_the_amount() -> re.Pattern:
    """A metric noun right before its amount: "een netto-omzet van bijna 2 miljard"."""
    return re.compile(rf"\s+van\s+(?:{_qualifiers()}\s+)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _abbreviated_scales() -> frozenset[str]:
    """Scale words written with a point ("mld.", "mln."), without it."""
    return frozenset(surface.rstrip(".").casefold() for surface in grammar().scales if surface.endswith("."))


_CUE_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# a particle that starts a phrase is a preposition: "kocht in 2023 het
# Amerikaanse Carmot" is no "kocht … in" (a buyback)
# "kocht in oktober …", "stak in totaal …": a preposition, not the verb's
# particle (the month names come from period_words.tsv: see _cue_index)
_PREPOSITION_WORDS = ("de", "het", "een", "deze", "dit", "zijn", "haar", "hun", "totaal", "ruil",
                      "contanten", "cash", "eigen")
_TE_AFTER = re.compile(r"\s+te\s")
# a separable verb's particle closes its clause ("kocht voor 1 miljard euro
# eigen aandelen in."); "in" before a noun is a preposition ("kocht Samsung
# FläktGroup, specialist in koeling, voor € 1,5 mrd")
# (an article or a digit after it is a preposition's: _PREPOSITION_WORDS)
_PARTICLE_END = re.compile(
    r"\s*(?:$|[^\w\s]|(?:aan|bij|van|voor|met|in|op|uit|over|tegen|naar|door|via|onder|boven|na|om|tot|"
    r"sinds|zonder|per|en|of|maar|terwijl|want|dan|als|omdat|nadat|waarna|zodat|doordat|ook|nog|al|wel|niet|"
    r"dat)\b)")
# (not the point inside a number: "30 miljard dollar (ruim 4.400 miljard yen) toe")
_SENTENCE_PUNCTUATION = re.compile(r"(?<!\d)[.;:!?]|[.;:!?](?!\d)")
_FRONTED_TIME = re.compile(r"\s*(?:(?:in|begin|eind|medio|half|vanaf|sinds|ook\s+in)\s+)?(?:[a-z]+\s+)?",
                           re.IGNORECASE)
_ASIDE = re.compile(r"^,[^,;:.]*,")
# a share of a total before it: "X was goed voor …", "… nam Y voor zijn rekening"
_SHARE_OF_TOTAL = re.compile(r"\bgoed\s+voor\b|\bvoor\s+rekening\s+van\b"
                             r"|\bnam(?:en)?\s+(?:\w+\s+){0,3}?voor\s+(?:zijn|haar|hun)\s+rekening\b")
_TOTAL = re.compile(r"\b(?:samen|gezamenlijk|in\s+totaal|bij\s+elkaar|opgeteld)\b")
_THEN_CLAUSE = re.compile(r",\s*toen\b[^,;:.()]*", re.IGNORECASE)
_FRONTED_PHRASE_THEN_TIME = re.compile(r"\s*(?:bij|na|tijdens|met|sinds)\s+[^,;:.()]{2,40},\s*(?:(?:ook\s+)?in\s+)?",
                                       re.IGNORECASE)
_PARENT_WORD = re.compile(r"moeder\w*$")
_OF_GAP = re.compile(r"\s+van\s+(?:het\s+|de\s+)?")
_ITSELF = re.compile(r"\s+zelf\b")
_CAUSE_BEFORE = re.compile(r"\b(?:door|dankzij|vanwege|wegens)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "een verlies van 20 miljard euro na een waardevermindering": what came before the figure
_EVENT_BEFORE = re.compile(r"\bna\s+een\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


@dataclass
class _CueIndex:
    """The metric cues of ``models/claims/metric_cues.tsv``, looked up per
    word (a dictionary, not one big regex: that was the pipeline's hot spot)."""

    starting: dict[str, list[_Cue]]  # exact, multiword and split cues by first word
    prefixes: list[_Cue]
    compounds: list[_Cue]
    not_cues: frozenset[str] = frozenset()  # words that begin like a cue but name a business
    preposition_use: re.Pattern | None = None  # what follows a preposition, not a particle

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[_CueHit]:
        end = len(text) if end is None else end
        matches = list(_CUE_WORD.finditer(text, start, end))
        # casefolded in one call: a word holds no newline, so the split gives
        # back one word per match
        words = "\n".join(_CUE_WORD.findall(text, start, end)).casefold().split("\n") if matches else []
        # the cheap tests once per distinct word: most words start, begin and
        # end no cue
        starting, prefixes, endings = self.starting, self._prefix_words, self._endings
        possible = {word for word in set(words)
                    if (word in starting or word.startswith(prefixes) or word[-3:] in endings)
                    and word not in self.not_cues}
        hits: list[_CueHit] = []
        free_from = 0  # the words of a multiword cue found are not searched again
        for index in [i for i, word in enumerate(words) if word in possible]:
            if index < free_from:
                continue
            hit, advance = self._match_at(text, matches, words, index)
            if hit is not None:
                hits.append(hit)
                free_from = index + advance
        # a phrase that names no metric hides its words (a split verb's
        # particle, searched again, too: "bleef … steken"), then goes itself
        hidden_ends = {hit.end() for hit in hits if hit.cue.metric == NO_METRIC}
        if hidden_ends:
            hits = [hit for hit in hits if hit.end() not in hidden_ends]
        return hits

    def _match_at(self, text: str, matches: list[re.Match], words: list[str], index: int):
        start, word = matches[index].start(), words[index]
        for cue in self.starting.get(word, ()):  # longest first
            if cue.kind == "split":
                for offset in range(1, 24):  # "zette in het derde kwartaal … 28,1 miljard dollar om"
                    if index + offset >= len(words):
                        break
                    # (one past the gap: the next word's first character, no
                    # punctuation, lets the pattern see a digit after a point)
                    if (_SENTENCE_PUNCTUATION.search(text, matches[index + offset - 1].end(),
                                                     matches[index + offset].start() + 1)
                            # not the point of "€ 89,4 mld. om"
                            and not (words[index + offset - 1] in _abbreviated_scales()
                                     and text[matches[index + offset - 1].end():matches[index + offset].start()].strip()
                                     == "." and words[index + offset][:1].islower())):
                        break
                    if words[index + offset] in _CLAUSE_JOINERS and not (
                            # "trekt tussen de 66 en 72 miljard dollar uit": a range's "en"
                            words[index + offset - 1][-1:].isdigit() and index + offset + 1 < len(words)
                            and words[index + offset + 1][:1].isdigit()) and not (
                            # "leggen Grachtengordel Capital en Noorderlicht Ventures samen
                            # 25 miljoen euro in": the "en" of a list of names
                            index + offset + 1 < len(words)
                            and text[matches[index + offset - 1].start()].isupper()
                            and text[matches[index + offset + 1].start()].isupper()):
                        break  # "houdt een kasreserve aan en beschikt over": another verb's particle
                    # (not one followed by "te": "maakte bekend NIBC over te nemen",
                    # "zette geld opzij om te investeren" is an infinitive's)
                    if words[index + offset] == cue.words[1] and _PARTICLE_END.match(
                            text, matches[index + offset].end()) and not self.preposition_use.match(
                            text, matches[index + offset].end()) and not _TE_AFTER.match(
                            text, matches[index + offset].end()):
                        # the words between verb and particle are searched too:
                        # "bleef van het bedrijfsresultaat nog 40 miljoen over"
                        return _CueHit(start, matches[index + offset].end(), cue), 1
                continue
            size = len(cue.words)
            if tuple(words[index:index + size]) == cue.words:
                return _CueHit(start, matches[index + size - 1].end(), cue), size
        for cue in self.prefixes:
            if word.startswith(cue.words[0]):
                return _CueHit(start, matches[index].end(), cue), 1
        if word[-3:] not in self._endings:  # most words end no cue
            return None, 1
        for length in self._lengths:  # longest first
            cue = self.compounds_by_body.get(word[-length:])
            if cue is not None and (len(word) == length or word[-length - 1].isalnum() or word[-length - 1] == "-"):
                return _CueHit(start, matches[index].end(), cue), 1
        return None, 1

    def __post_init__(self) -> None:
        self.compounds_by_body = {c.words[0]: c for c in self.compounds}
        self._lengths = sorted({len(body) for body in self.compounds_by_body}, reverse=True)
        self._endings = frozenset(body[-3:] for body in self.compounds_by_body)
        self._prefix_words = tuple(cue.words[0] for cue in self.prefixes)


@lru_cache(maxsize=1)
def _cue_index() -> _CueIndex:
    starting: dict[str, list[_Cue]] = {}
    prefixes, compounds = [], []
    for row in read_tsv("claims", "metric_cues.tsv"):
        text = row["cue"].casefold()
        common = dict(metric=row["metric"], sign=int(row["sign"]), priority=int(row["priority"]),
                      defers=row.get("defers") == "yes")
        if " … " in text:
            cue = _Cue(tuple(text.split(" … ")), kind="split", **common)
        elif text.endswith("*"):
            cue = _Cue((text.rstrip("*"),), kind="prefix", **common)
        else:
            cue = _Cue(tuple(text.split()), **common)
        if cue.kind == "prefix":
            prefixes.append(cue)
        else:
            starting.setdefault(cue.words[0], []).append(cue)
        # "productomzet", "groepsomzet": a compound ends in the cue ("omzet*"
        # covers the words that start with it, this the words that end in it)
        if row.get("compound") == "yes" and cue.kind in ("exact", "prefix") and len(cue.words) == 1:
            compounds.append(_Cue(cue.words, kind="compound", **common))
    for cues in starting.values():
        # multiword before single word, split verbs before their bare verb
        cues.sort(key=lambda c: (-len(c.words) if c.kind == "exact" else -1.5))
    prefixes.sort(key=lambda c: -len(c.words[0]))
    compounds.sort(key=lambda c: -len(c.words[0]))
    not_cues = frozenset(word.casefold() for word in read_lines("claims", "not_metric_cues.txt"))
    after_preposition = "|".join((*_PREPOSITION_WORDS, *month_numbers()))
    preposition_use = re.compile(rf"\s+(?:\d|[A-Z]|(?:{after_preposition})\b)")
    return _CueIndex(starting, prefixes, compounds, not_cues, preposition_use)


#: The metric of metric_cues.tsv rows for phrases that hold a cue word but
#: name no metric ("bleef steken op 3,7 miljard dollar").
NO_METRIC = "none"

#: The metric of metric_cues.tsv rows that name a state's or an economy's
#: finances ("staatsschuld", "begrotingstekort", "bbp"): figures of no company.
PUBLIC_FINANCE = "public_finance"

_WORD_OR_HYPHEN = r"[\w-]"  # what may not stand before a cue: "…-omzet" is a compound


@lru_cache(maxsize=1)
def _modality_pattern() -> tuple[re.Pattern, dict[str, str]]:
    rows = read_tsv("claims", "modality_cues.tsv")
    lookup = {re.sub(r"\s+", " ", r["cue"].lower()): r["modality"] for r in rows}
    # searched in lowered(text): see pipeline.textscan
    return re.compile(phrase_alternation(lookup, not_after=_WORD_OR_HYPHEN) + r"(?![\w-])"), lookup


@lru_cache(maxsize=1)
def _reference_pattern() -> tuple[re.Pattern, re.Pattern]:
    """Definite descriptions ("het bedrijf", "de Britse maaltijdbezorger"),
    searched in lowered(text), and pronouns that refer back to a company,
    searched in the text as it is ("Het" opening a sentence is no pronoun
    rule's business: see _pronoun)."""
    rows = read_tsv("claims", "references.tsv")
    nouns = [r["expression"] for r in rows if r["kind"] == "noun"]
    heads = [r["expression"] for r in rows if r["kind"] == "head"]
    pronouns = [r["expression"] for r in rows if r["kind"] == "pronoun"]

    def alt(items):
        return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in sorted(items, key=len, reverse=True))
    determiner = phrase_alternation(["het", "de", "dit", "deze"], not_after=_WORD_OR_HYPHEN)
    nouns_alternation = phrase_alternation(nouns, not_after=_WORD_OR_HYPHEN)
    description = (rf"{nouns_alternation}"
                   rf"|{determiner}\s+(?:[\w-]+e\s+){{0,2}}[a-zë-]*(?:{alt([h.lower() for h in heads])})")
    return (re.compile(rf"(?:{description})(?![\w-])"),
            re.compile(rf"(?<![\w-])(?:{alt(pronouns)})(?![\w-])"))


@lru_cache(maxsize=1)
def _subsidiary_names() -> frozenset[str]:
    """Companies curated.csv knows as another company's subsidiary."""
    return frozenset(name for name, kind in _company_kinds().items() if kind == "subsidiary")


# below this a figure is a price or an amount per customer, not a company's
# result, spending or value (the corpus's smallest is a family firm's 40.000
# euro of costs)
_SMALLEST_COMPANY_FIGURE = 30_000
_OPERATING_COMPANY_WORD = re.compile(r"\b(?:concern|onderneming)\b")
_YOUNG_COMPANY_WORD = re.compile(r"(?:start|scale)-?up\b")
_RIVAL_WORD = re.compile(r"\b(?:rivaliserende|concurrerende|andere)\b")
_GROUP_WORD = re.compile(r"(?:concern|groep|holding|moeder\w*)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _executive_words() -> re.Pattern:
    """Any title of an executive in a sentence ("Oprichter en topman …")."""
    titles = read_lines("claims", "executive_titles.txt")
    # (also a compound's second half: "Allianz-topman Oliver Bäte")
    return re.compile(rf"(?<![\w])(?:{phrase_alternation(titles)})(?![\w-])", re.IGNORECASE)


def _executive_in(text: str, sentence: _Sentence) -> bool:
    return _executive_words().search(text, sentence.start, sentence.end) is not None


@lru_cache(maxsize=1)
def _investor_words() -> frozenset[str]:
    return frozenset(read_lines("claims", "investor_words.txt"))


def _is_investor(company: CompanyMention) -> bool:
    """"Grachtengordel Capital", "Noorderlicht Ventures" (investor_words.txt)."""
    return company.name.split()[-1] in _investor_words()


def _is_investment_firm(company: CompanyMention) -> bool:
    """An investor by name, or a fund or investment firm curated.csv knows
    ("Elliott", "Permira"): one that buys into the company in focus does not
    take the topic over (its own fund and figures are its own)."""
    return _is_investor(company) or company.name in _investment_firms()


_INVESTMENT_FIRM_NOTE = re.compile(r"private[ -]equity|hedge fund|venture capital|investment (?:holding|firm|company)",
                                   re.IGNORECASE)


@lru_cache(maxsize=1)
def _investment_firms() -> frozenset[str]:
    """Names and aliases of the funds and investment firms of curated.csv."""
    names = set()
    for row in read_csv("companies", "curated.csv"):
        if row["kind"] == "fund" or _INVESTMENT_FIRM_NOTE.search(row.get("note") or ""):
            names.add(row["name"])
            names.update(alias.lstrip("~") for alias in (row.get("aliases") or "").split("|") if alias)
    return frozenset(names)


_SUBORDINATOR_BEFORE = re.compile(r"\b(?:dat|omdat|doordat|terwijl|nadat)\s+$")


def _description_before(lower: str, descriptions: re.Pattern, start: int, end: int) -> re.Match | None:
    """The description that is the subject of the amount's clause: the
    sentence's first, or a later one that opens a subordinate clause ("Uit de
    cijfers van de softwaregigant viel af te leiden dat de start-up een
    verlies van 11,5 miljard dollar leed")."""
    first = descriptions.search(lower, start, end)
    if first is None:
        return None
    chosen = first
    for later in descriptions.finditer(lower, first.end(), end):
        if _SUBORDINATOR_BEFORE.search(lower, max(start, later.start() - 12), later.start()):
            chosen = later
    return chosen


def _is_listed(company: CompanyMention) -> bool:
    """A company the gazetteer or curated.csv knows as listed on a stock exchange."""
    return _company_kinds().get(company.name) == "listed"


def _may_be_young(company: CompanyMention) -> bool:
    """A company "de start-up" can be: a private one or one no list knows,
    not a listed, state-owned or cooperative one, nor an investor."""
    return _company_kinds().get(company.name, "private") == "private" and not _is_investment_firm(company)


@lru_cache(maxsize=1)
def _company_kinds() -> dict[str, str]:
    """Company name -> listed, private, subsidiary, fund, state-owned or
    cooperative: curated.csv where it knows the company, else the gazetteer
    (which holds listed companies only)."""
    kinds = {row["name"]: row["kind"] for row in read_csv("companies", "curated.csv")}
    for row in read_csv("companies", "gazetteer.csv"):
        kinds.setdefault(row["name"], "listed")
    return kinds


# a fronted time or purpose phrase and the verb after it: "Voor 2026 mikt"
# "Om de kredietbeoordelaars te sussen haalde (topman Kelly Ortberg …)"
_FRONTED_PURPOSE_GAP = re.compile(r"\s*Om\s+(?:[\w-]+\s+){1,6}?te\s+[\w-]+\s+[a-z]+\s+")
_FRONTED_EXECUTIVE_GAP = re.compile(r"\s*(?:Voor|In|Over|Tegen|Vanaf|Dit|Volgend)\s+(?:[\w-]+\s+){0,3}?[a-z]+t\s+(?=de\s|het\s)")


@lru_cache(maxsize=1)
def _executive_opening() -> re.Pattern:
    """A sentence opening with a title of an executive, not saying whose
    ("Topman David Knibbe", "De directie", not "De topman van Shell")."""
    titles = read_lines("claims", "executive_titles.txt")
    return re.compile(rf"\s*{phrase_alternation(titles)}(?![\w-])(?!\s+van\b)", re.IGNORECASE)


def _executive_speaks(text: str, start: int) -> bool:
    """An executive opens the sentence at ``start``, also after a fronted
    phrase and its verb ("Voor 2026 mikt het management op kosten van
    hooguit 5,3 miljard euro")."""
    if _executive_opening().match(text, start):
        return True
    fronted = _FRONTED_EXECUTIVE_GAP.match(text, start) or _FRONTED_PURPOSE_GAP.match(text, start)
    return fronted is not None and _executive_opening().match(text, fronted.end()) is not None


@lru_cache(maxsize=1)
def _non_company_actor_pattern() -> re.Pattern:
    actors = read_lines("claims", "non_company_actors.txt")

    def phrase(actor: str) -> str:
        escaped = re.escape(actor).replace(r"\ ", r"\s+")
        if actor.startswith(("de ", "het ")):
            # "het kabinet" opening a sentence too: "Het kabinet trok … uit"
            return f"[{actor[0]}{actor[0].upper()}]" + escaped[1:]
        return escaped
    alt = "|".join(phrase(a) for a in sorted(actors, key=len, reverse=True))
    # not a place the sentence is set in: "wordt in de sector op 3 miljard
    # euro geschat", "bezorgt in Nederland"
    return re.compile(rf"(?<![\w-])(?<!\b[Ii]n\s)(?<!\b[Uu]it\s)(?<![Bb]innen\s)(?:{alt})(?![\w-])")


@dataclass
class _Sentence:
    start: int
    end: int
    paragraph: int  # the line it starts on: the cleaner keeps a line per paragraph
    companies: list[CompanyMention]
    periods: list[PeriodMention]
    text: str = ""  # on one line, for the claims table


def _word_index(word_ends: list[int], position: int) -> int:
    """Index of the word at or after ``position`` (``word_ends``: where each
    word of the text ends, in order)."""
    return bisect_right(word_ends, position)


def _by_sentence(items: list, sentences: list[tuple[int, int]]) -> list[list]:
    """For each sentence the items (mentions with a ``start``) that start in
    it, in their order."""
    starts = [item.start for item in items]
    if any(a > b for a, b in zip(starts, starts[1:])):  # not in text order: filter
        return [[item for item in items if start <= item.start < end] for start, end in sentences]
    return [items[bisect_left(starts, start):bisect_left(starts, end)] for start, end in sentences]


def _clause_start(breaks: list[int], sentence: _Sentence, position: int) -> int:
    """The last clause break of ``sentence`` before ``position``, else the
    sentence's start."""
    index = bisect_left(breaks, position) - 1
    return breaks[index] if index >= 0 and breaks[index] >= sentence.start else sentence.start


def _clause_id(text: str, start: int, end: int, breaks: list[int]) -> int:
    return bisect_left(breaks, start)


# a table cell as pipeline.ingest writes a row: "€ 300 mln (Lopende inkoop);"
# "(Beurswaarde)", "(Intrinsieke waarde (30 juni))": one level of brackets
# inside (with a date), no figure outside them (that is a conversion)
_CELL_LABEL = re.compile(r"\s*\(((?:[^()]|\([^()]{1,30}\)){2,80})\)\s*(?:[;.]|$)")


def _table_cell(text: str, money: MoneyMention, sentence: _Sentence) -> re.Match | None:
    """The column label after ``money`` when it is a cell of a table row."""
    cell = _CELL_LABEL.match(text, money.end, sentence.end)
    if cell is None or "); " not in text[sentence.start:sentence.end]:
        return None
    # a column label may hold a period ("Omzet H1 2026"), but an amount in
    # brackets is a conversion, not a label
    return None if re.match(r"\s*[\d€$£]", cell.group(1)) else cell


def _heading_cues(text: str, row_start: int) -> list[_CueHit]:
    """The metric cues of the heading over the table whose row starts at
    ``row_start`` (found here: link_claims finds cues only in sentences with
    amounts)."""
    heading = _table_heading(text, row_start)
    return _cue_index().find(text, *heading) if heading is not None else []


def _table_heading(text: str, row_start: int) -> tuple[int, int] | None:
    """The span of the short heading line above the table whose row starts
    at ``row_start`` (the rows are lines of their own, "Label: cell (Column); …")."""
    at = row_start
    while at > 0:
        line_start = text.rfind("\n", 0, at - 1) + 1
        line = text[line_start:at].strip()
        if line and not (line.endswith(".") and (": " in line or len(line.split()) <= 2)):
            # the first line up that is no row (nor the header row "Onderdeel.")
            words = line.split()
            return (line_start, at) if len(words) <= 8 and line[-1] not in ".!?;:" else None
        at = line_start
    return None


def _metric_for(text: str, sentence: _Sentence, money: MoneyMention, others: list[MoneyMention],
                word_ends: list[int], breaks: list[int], cue_matches: list[_CueHit], cell: re.Match | None):
    if cell:
        # a table cell, "€ 300 mln (Lopende inkoop);": its column says what
        # it is, not the cells beside it
        in_label = [m for m in cue_matches if cell.start(1) <= m.start() < cell.end(1)]
        if not in_label:
            # the cell's own words before its figure: "EBIT € 385 mln (Vestas)"
            cell_start = max(text.rfind(";", sentence.start, money.start), text.find(":", sentence.start, money.start))
            if cell_start > 0:
                in_label = [m for m in cue_matches if cell_start < m.start() < money.start]
        if not in_label:
            # a column for a period ("Eerste halfjaar 2026"): the row's label
            # ("Omzet: …"), else the heading over the table ("Operationeel
            # resultaat per onderdeel") says what the cells are
            colon = text.find(":", sentence.start, money.start)
            in_label = [m for m in cue_matches if sentence.start <= m.start() < colon] if colon > 0 else []
            if colon > 0 and not in_label:
                in_label = _heading_cues(text, sentence.start)
        if not in_label:
            return None
        chosen = max(in_label, key=lambda m: m.cue.priority)
        return chosen.cue, chosen
    label_line = _LABEL_LINE.match(text, sentence.start)
    if label_line and money.start < label_line.end() + 4:
        # "- Marketinguitgaven: € 4,5 mld., ruim 15 procent van de omzet": the
        # label says what the figure is, not the words after it
        colon = text.index(":", sentence.start)
        in_label = [m for m in cue_matches if sentence.start <= m.start() < colon]
        # "TCE-inkomsten (omzet na aftrek van brandstof- en havenkosten):" the
        # label's own word, not its explanation in brackets
        unbracketed = [m for m in in_label if "(" not in text[sentence.start:m.start()]]
        in_label = unbracketed or in_label
        if in_label:
            chosen = max(in_label, key=lambda m: (m.cue.priority, m.start()))
            return chosen.cue, chosen
    money_first = _word_index(word_ends, money.start)
    money_last = _word_index(word_ends, money.end - 1)
    clause = _clause_id(text, money.start, money.end, breaks)
    # "10 miljard dollar (ongeveer 8,5 miljard euro) steekt in": the amount's
    # conversion in brackets stands between it and a verb after it, but
    # belongs to it; measure from the closing bracket
    tail_end = money.end
    conversion = _CONVERSION_AFTER.match(text, money.end)
    if conversion:
        tail_end = conversion.end()
    tail_last = _word_index(word_ends, tail_end - 1)
    clause_after = _clause_id(text, tail_end, tail_end, breaks)
    best = None
    earlier_in_clause = []
    right_after = []  # "op 10,7 miljard euro omzet": the noun right after the amount
    first = bisect_left(cue_matches, sentence.start, key=lambda m: m.start())
    listed = _listed_after(text, money, others)
    for match in cue_matches[first:]:
        if match.start() >= sentence.end:
            break
        # a cue inside another amount's text ("8 miljard dollar winst" is
        # fine, but not "eigen" of a count) — skip cues overlapping the amount
        if money.start <= match.start() < money.end:
            continue
        cue = match.cue
        if cue.words in _CUES_OF_A_COMPANY_SOLD and not any(
                c.start >= match.end() and _SOLD_COMPANY_GAP.fullmatch(text, match.end(), c.start)
                for c in sentence.companies):
            continue  # "de verkoop van Ozempic" is sales; "de verkoop van dochter iconectiv" a deal
        cue_index = _word_index(word_ends, match.start())
        if cue.kind == "split" and match.end() <= money.start:
            # "koopt eigen aandelen in: in 2025 voor € 250 mln": a split verb
            # before the amount is as near as its particle
            cue_index = _word_index(word_ends, match.end() - 1)
        if (match.start() < money.start and match.end() >= money.end
                # not a particle in another clause: "dat een omzet haalde van 63,6
                # miljard dollar, is het een gok op …"
                and not _CLAUSE_BREAK.search(text, tail_end, match.end())):
            if any(match.start() < inner.start() and inner.cue.kind != "split"
                   and _names_the_amount().fullmatch(text, inner.end(), money.start) for inner in cue_matches):
                # "hield een netto-omzet van bijna 2 miljard euro over": the
                # noun that names the amount, not the verb around it
                continue
            distance = 0  # a split verb around the amount: "zette … 28 miljard om"
            between = (money.start, money.start)
        elif match.start() < money.start and match.end() >= money.end:
            continue
        elif cue.kind == "split" and any(match.start() < o.start < match.end() and not tail_end > o.start >= money.end
                                         for o in others):
            # "… en hield daar een omzet van 2 miljard aan over", "gaat er 40
            # miljoen euro doorheen: aan onderzoekers die 1 miljoen dollar
            # verdienen": the verb around another amount (not around our own
            # conversion in brackets: "zegde 30 miljard dollar (ruim 4.400
            # miljard yen) toe")
            continue
        elif cue_index < money_first:
            distance = money_first - cue_index
            between = (match.end(), money.start)
            gap = text[match.end():money.start]
            trimmed = _APPOSITION.sub(" ", gap)
            if trimmed != gap and not _CLAUSE_BREAK.search(trimmed):
                # "De genormaliseerde ebitda, de graadmeter die …, steeg van
                # 19,84 naar 19,98": the apposition does not part the two
                distance = len(trimmed.split()) + 1
                between = (money.start, money.start)
        else:
            distance = cue_index - (tail_last if match.start() >= tail_end else money_last)
            between = (tail_end if match.start() >= tail_end else money.end, match.start())
            if match.start() >= tail_end and (_OF_WHAT_NAMED.fullmatch(text, tail_end, match.start())
                                              # "trok 100 miljard dollar uit voor de
                                              # inkoop van eigen aandelen": what it is for
                                              or _SET_ASIDE_FOR.fullmatch(text, tail_end, match.start())):
                # "circa 10 miljard euro aan liquide middelen", "300 miljoen
                # dollar aan royalty's": what the amount is, as near as a noun
                # right after it
                distance = 0
            if _CONTRAST_CLAUSE.search(text, tail_end, match.start()):
                # "Dat is 60 miljard per jaar, terwijl Oracle zelf een vrije
                # kasstroom heeft die negatief is": a clause of its own
                distance += 12
            elif _CONJUNCTION.search(text, money.end, match.start()):
                distance += 4  # "… 2 miljard euro aan en keert een dividend uit": the next conjunct's
        # another amount between the cue and ours: the cue is that amount's
        # (not one listed with ours: "respectievelijk 3,5 miljard en 750 mln
        # dollar aan eigen aandelen")
        if any(between[0] <= o.start < between[1] and o not in listed and not _change_before(text, o, money)
               for o in others):
            distance += 8
        elif match.start() >= tail_end and any(
                o.start > match.end() and o not in listed and not _CLAUSE_BREAK.search(text, match.end(), o.start)
                and (o.start - match.end() < match.start() - tail_end
                     or _CLAUSE_BREAK.search(text, tail_end, match.start())) for o in others):
            # "…, de nettowinst kwam uit op 1,37 miljard": a cue after ours that
            # leads an amount of its own, nearer to it, is that amount's
            distance += 8
        if between == (money.start, money.start) and cue_index < money_first:
            pass  # an apposition bridged: same clause in effect
        elif (cue_index < money_first and _RESULT_AFTER_COMMA.search(text, match.end(), money.start)
              and _clause_id(text, match.end(), match.end(), breaks) + 1 == clause):
            # "de beurswaarde is met meer dan 60 procent geslonken, naar nog
            # geen 250 miljard dollar": the result of the change told after a comma
            pass
        elif _clause_id(text, match.start(), match.end(), breaks) != (
                clause_after if match.start() >= tail_end else clause):
            distance += 5
        elif cue_index < money_first:
            distance -= 1  # "de kosten komen uit op X": the metric leads its clause
        if _CAUSE_BEFORE.search(text, max(sentence.start, match.start() - 40), match.start()) or (
                match.start() >= tail_end and _EVENT_BEFORE.search(text, tail_end, match.start())):
            distance += 6  # "terugviel door afboekingen tot 4,3 miljard": a cause, not what the figure is
        score = distance - cue.priority
        if (cue_index < money_first and not cue.defers
                and _clause_id(text, match.start(), match.end(), breaks) == clause):
            earlier_in_clause.append((score, cue, match))
        if match.start() >= tail_end and distance <= 1 and not cue.defers:
            right_after.append((score, cue, match))
        # equal scores: the stronger cue ("verbranden" over "liquide middelen")
        if best is None or (score, -cue.priority) < (best[0], -best[1].priority):
            best = (score, cue, match)
    if best is None or best[0] > 15:
        return None
    if best[1].kind == "split":
        # "zou Takeda 62 miljard dollar kosten": the particle is the verb's, no noun after the amount
        right_after = [item for item in right_after if not best[2].start() <= item[2].start() < best[2].end()]
    if best[1].defers and right_after:
        # "een EBIT van 1,3 miljard euro haalde op 10,7 miljard euro omzet":
        # the noun right after the amount says what it is
        best = min(right_after, key=lambda item: item[0])
    elif best[1].defers and earlier_in_clause:
        # "De overname van SolarCity kostte 2,6 miljard": the verb of costing
        # carries the metric of its subject
        best = min(earlier_in_clause, key=lambda item: item[0])
    elif best[1].defers and best[1].metric == "costs" and best[2].start() < money.start and any(
            word.endswith(_investment_objects())
            for word in text[_clause_start(breaks, sentence, best[2].start()):best[2].start()].casefold().split()):
        # "De nieuwe munitiefabriek in Unterlüß kostte een half miljard euro":
        # what capacity costs is an investment
        return replace(best[1], metric="investment"), best[2]
    elif (best[1].metric == "buyback" and best[1].kind == "split" and best[2].start() < money.start
          and _BOUGHT_GOODS.match(text, money.end)):
        # "kocht OpenAI voor circa 300 miljard dollar aan rekenkracht in":
        # goods or services bought in, not the company's own shares
        return replace(best[1], metric="costs"), best[2]
    elif (best[1].metric == "acquisition_price" and best[1].words[0].endswith("kocht")
          and best[2].start() < money.start
          and any(word.strip(",;:").endswith(_investment_objects())
                  for word in text[max(sentence.start, best[2].start() - 40):best[2].start()].casefold().split()[-2:])):
        # "bezit ruim 640.000 bitcoins, gekocht voor 47 miljard dollar": what
        # was bought is no company but an asset, an investment
        return replace(best[1], metric="investment"), best[2]
    elif best[1].sign < 0 and best[2].start() < money.start:
        # "Het bedrijfsresultaat sloeg om in een verlies van 400 miljoen": the
        # loss is the subject's, a result below zero
        results = [item for item in earlier_in_clause if item[1].metric in _LOSS_CAN_BE_OF
                   and item[2].end() <= best[2].start() and item[1].sign > 0]
        if results:
            subject = min(results, key=lambda item: item[2].start())
            return replace(subject[1], sign=-1), subject[2]
    elif best[1].metric == "cash" and best[2].start() >= tail_end and _OF_WHAT.match(text, tail_end):
        # "verbruikte het bedrijf in het kwartaal 12 miljoen euro aan kasgeld",
        # "8,5 miljard dollar aan liquide middelen verbrandt": "aan kasgeld"
        # says what was used; the verb of burning says how
        burning = [item for item in earlier_in_clause if item[1].metric == "cash_burn"]
        burning += [(0, match.cue, match) for match in cue_matches[first:]
                    if match.cue.metric == "cash_burn" and best[2].end() <= match.start() < sentence.end
                    and not _CLAUSE_BREAK.search(text, best[2].end(), match.start())]
        if burning:
            best = min(burning, key=lambda item: item[0])
    elif best[1].metric == "costs" and (best[1].kind == "split" or best[1].words[0].startswith(("beste", "uitgeve"))):
        # "geeft 24 miljard dollar uit aan servers", "besteedt 300 miljoen aan
        # datacenters": spending on capacity is an investment; "geeft nieuwe
        # aandelen uit" is no spending at all
        issued = _ISSUED.search(text, best[2].start(), best[2].end()) if best[1].kind == "split" else None
        if issued:
            # "gaf voor 4,2 miljard euro aan obligaties uit": borrowing;
            # "gaf nieuwe aandelen uit": raising equity
            debt = issued.group(0).casefold().startswith(("obligatie", "lening"))
            return replace(best[1], metric="debt" if debt else "funding_raised"), best[2]
        # what was spent on follows the verb ("geeft … uit aan") or the
        # amount ("besteedt 300 miljoen aan")
        objects = [found.group(1).casefold().split() for at in {best[2].end(), tail_end}
                   if (found := _SPENT_ON.match(text, at))]
        if any(word.endswith(_investment_objects()) for words in objects for word in words):
            return replace(best[1], metric="investment"), best[2]
    elif best[1].metric == "funding_raised":
        clause_end = _CLAUSE_BREAK.search(text, tail_end, sentence.end)
        if _WITH_PRODUCTS.search(text, tail_end, clause_end.start() if clause_end else sentence.end):
            # "haalde 1,74 miljard euro op met levensverzekeringen": money
            # taken in by selling is revenue (premiums), not funding
            return replace(best[1], metric="revenue"), best[2]
        # "haalde 18 miljard dollar op met obligaties": money raised by
        # borrowing is debt, not equity funding
        for match in cue_matches[first:]:
            if match.start() >= sentence.end:
                break
            if (match.cue.metric == "debt" and match.start() >= tail_end
                    and _clause_id(text, match.start(), match.end(), breaks) == clause_after
                    and _BY_MEANS_OF.search(text, tail_end, match.start())):
                return match.cue, match
    return best[1], best[2]


_CAPACITY_LINK = re.compile(r"\b(?:bouw\w*|aanleg\w*|legt|leggen|neerzet\w*|zet\w*\s+neer|goed\s+voor|"
                            r"ter\s+waarde\s+van)\b", re.IGNORECASE)


def _builds_capacity(text: str, sentence: _Sentence, money: MoneyMention) -> bool:
    """An amount with no cue, in a clause that builds capacity ("bouwt voor
    10 miljard euro een fabriek") or that prices it ("de megafabriek, goed
    voor 30 miljard euro"): words of investment_objects.txt within six words
    of the amount, and a verb of building or a link between them."""
    before = text[max(sentence.start, money.start - 80):money.start].split()[-6:]
    after = text[money.end:min(sentence.end, money.end + 60)].split()[:6]
    if not any(word.casefold().strip(",.;:()").endswith(_investment_objects()) for word in before + after):
        return False
    return bool(_CAPACITY_LINK.search(" ".join(before)))


def _change_before(text: str, change: MoneyMention, money: MoneyMention) -> bool:
    """``change`` is the size of a change whose result is ``money``: "de
    omzet steeg met ruim 2,7 miljard dollar tot 37,9 miljard dollar" (the
    cue before the change says what the result is)."""
    return bool(change.end <= money.start and _TO_RESULT.fullmatch(text, change.end, money.start)
                and BY_CHANGE_BEFORE.search(text, max(0, change.start - 30), change.start))


_TO_RESULT = re.compile(r"\s+(?:\w+\s+)?tot\s+(?:[\w']+\s+)?")  # "… gestegen tot (ruim)"


# cues that price a deal only when a company is named right after them:
# "de verkoop van (het Britse) (dochterbedrijf) X"
_CUES_OF_A_COMPANY_SOLD = frozenset({("verkoop", "van")})
_SOLD_COMPANY_GAP = re.compile(r"\s*(?:(?:het|de|zijn|haar|hun)\s+)?(?:[\w-]+e\s+)?(?:[\w-]+\s+)?")
# parts of a business a description may name ("ijsdivisie"), besides the
# heads of references.tsv
_PART_HEADS = ("divisie", "tak", "dochter", "afdeling", "activiteiten", "poot", "onderdeel")
# "Dat Amerikaanse onderdeel", "Die ijstak": a part pointed at
_PART_REFERENCE = re.compile(r"\b(?:[Dd]ie|[Dd]at|[Dd]eze|[Dd]it)\s+(?:[\w-]+e\s+){0,2}[\w-]*"
                             rf"(?:{'|'.join(_PART_HEADS)})(?:bedrijf)?\b")


@lru_cache(maxsize=1)
def _stem_heads() -> tuple[str, ...]:
    return tuple(sorted(_descriptor_heads() + _PART_HEADS, key=len, reverse=True))


@lru_cache(maxsize=4096)
def _description_stem(word: str) -> str:
    """"ijsconcern" -> "ijs", "chipmaker" -> "chip": the word without the
    longest head it ends in; "" for a bare head or a word with none."""
    word = word.casefold().strip("‘’'\"")
    for head in _stem_heads():
        if word.endswith(head):
            # a bare head ("verzekeraar") has no stem
            return word[:-len(head)].rstrip("-") if len(word) - len(head) >= 3 else ""
    if word.endswith("aar") and len(word) >= 7:
        return word[:-3]  # "baggeraar" is a "baggerbedrijf"
    return ""


_APPOSITION_WORDS = re.compile(r",\s+(?:de|het|een)\s+([^,.;:()]{3,80})[,.;]")


def _described_company(text: str, stem: str, earlier: list[_Sentence]) -> CompanyMention | None:
    """The company an earlier description with the same stem (see
    _description_stem) introduced: "Magnum, de ijsdivisie van Unilever" or
    "het ijsbedrijf Magnum" for "het ijsconcern" (the latest such company)."""
    if not stem:
        return None
    found = None
    for record in earlier:
        for company in record.companies:
            words = []
            after = _APPOSITION_WORDS.match(text, company.end)
            if after:
                words += after.group(1).split()[:6]
            before = text[max(record.start, company.start - 40):company.start].split()
            words += before[-1:]
            if any(_description_stem(word) == stem for word in words) or _maker_of(words, stem):
                found = company
    return found


def _maker_of(words: list[str], stem: str) -> bool:
    """"de Zeeuwse maker van industriële kleppen en pompen" for "de
    kleppenmaker": the stem is what the maker makes."""
    lowered = [word.casefold().strip(",.;:") for word in words]
    return any(word.endswith(_stem_heads()) and lowered[index + 1:index + 2] == ["van"]
               and stem in lowered[index + 2:index + 5]
               for index, word in enumerate(lowered))


def _listed_after(text: str, money: MoneyMention, others: list[MoneyMention]) -> list[MoneyMention]:
    """The amounts listed right after ``money`` ("3,5 miljard en 750 mln
    dollar", "74, 73 en 60 miljard"): one cue after the list is all of theirs."""
    listed, end = [], money.end
    for other in sorted((o for o in others if o.start >= money.end), key=lambda o: o.start):
        if not _LIST_GAP.fullmatch(text, end, other.start):
            break
        listed.append(other)
        end = other.end
    return listed


_PER_SHARE_AFTER = re.compile(r"\s*(?:\w+\s+)?per\s+aandeel\b", re.IGNORECASE)
_SHAREHOLDERS_RECEIVE = re.compile(r"\baandeelhouders?\b.*\b(?:ontvang\w*|krijg\w*|kregen|kreeg)\b"
                                   r"|\b(?:ontvang\w*|krijg\w*|kregen|kreeg)\s+(?:de\s+)?aandeelhouders\b",
                                   re.IGNORECASE | re.DOTALL)
_SHARE_PRICE_NEAR = re.compile(r"\b(?:koers|beurskoers|slotkoers|aandelenkoers|aandeelprijs)\b[^.;:]{0,25}$", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,|en|of)\s*(?:(?:tot|ruim|bijna|circa|ongeveer|zo'n|hooguit|minstens)\s+)?")
_OF_WHAT = re.compile(r"\s+aan\s+", re.IGNORECASE)
_OF_WHAT_NAMED = re.compile(r"\s+aan\s+(?:[\w-]+e\s+)?")
_SET_ASIDE_FOR = re.compile(r"\s+uit\s+voor\s+(?:de|het|een)\s+(?:[\w-]+e\s+)?")
# "geeft … uit aan (nieuwe) servers": what money was spent on
_SPENT_ON = re.compile(r"\s+aan\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)")
# "gaf … aandelen/obligaties uit": securities issued, not money spent
_ISSUED = re.compile(r"\b(?:aandelen|obligaties|obligatieleningen|certificaten|leningen)\b", re.IGNORECASE)
# "op met (een) obligaties", "via een obligatie-uitgifte": how money was raised
_WITH_PRODUCTS = re.compile(r"\b(?:met|via)\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:verzekeringen|premies|polissen|"
                            r"abonnementen|verkopen|producten)\b", re.IGNORECASE)
_BY_MEANS_OF = re.compile(r"\b(?:met|via|door|in\s+de\s+vorm\s+van)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# (also in an aside: "Het nettoresultaat, inclusief de herwaardering van de woningen, …")
_QUALIFYING = re.compile(r",?\s+(?:na|voor|exclusief|inclusief|zonder|excl\.|incl\.)\s+(?:(?:de|het|een)\s+)?",
                         re.IGNORECASE)


@lru_cache(maxsize=1)
def _investment_objects() -> tuple[str, ...]:
    return tuple(word.casefold() for word in read_lines("claims", "investment_objects.txt"))


_ARTICLES = {"de", "het", "een", "zijn", "haar", "hun"}


def _is_oblique(text: str, mention: CompanyMention, sentence_start: int) -> bool:
    """Not a subject: inside a prepositional phrase ("bij het Vlaamse
    investeringsfonds Fortino"), or a modifier in a compound ("Nvidia-chips",
    "Google-moederbedrijf Alphabet")."""
    if re.match(r"-[a-zë]|['’]s\s", text[mention.end:mention.end + 3]):
        return True  # a modifier or a possessor: "Nvidia-chips", "ASML’s grootste klant"
    if _is_source(text, mention, sentence_start):
        return True  # "volgens adviesbureau McKinsey wordt er … geïnvesteerd"
    return _after_preposition(text, mention.start, sentence_start)


# what a company is to another, before its name: "volgens de boeken van
# aandeelhouder Microsoft", "bij klant Apple", "met concurrent Airbus"
_ROLE_NOUNS = ("aandeelhouder", "eigenaar", "klant", "partner", "concurrent", "rivaal", "branchegenoot",
               "sectorgenoot", "belegger", "geldschieter", "leverancier")


def _after_preposition(text: str, position: int, sentence_start: int) -> bool:
    """The phrase ending at ``position`` opens with a preposition: "bij het
    Vlaamse investeringsfonds (Fortino)", "voor het (Innovatiefonds)"."""
    before = _before_list_of_names(text[max(sentence_start, position - 80):position].split())
    heads = _descriptor_heads()
    window = before[-4:]
    for index in range(len(window) - 1, -1, -1):
        word = window[index]
        lowered = word.casefold()
        if lowered in _OBLIQUE:
            return True
        if word.endswith((",", ";", ":")):
            return False
        if lowered in _ARTICLES or word[:1].isupper() and lowered.endswith(("se", "sche")) \
                or lowered.endswith(heads) or lowered.endswith(_ROLE_NOUNS):
            continue  # "het Japanse", "investeringsfonds", "van aandeelhouder": still the same phrase
        if lowered.endswith("e") and lowered.isalpha() and index and window[index - 1].casefold() in _ARTICLES:
            continue  # "van de activistische belegger Elliott": an adjective after the article
        return False
    return False


def _first_word(text: str, start: int) -> int:
    """Where the first word at or after ``start`` begins."""
    return len(text) - len(text[start:].lstrip()) if text[start:start + 1].isspace() else start


def _is_source(text: str, mention: CompanyMention, sentence_start: int) -> bool:
    """The company is named as a source: "volgens adviesbureau McKinsey"."""
    return _SOURCE_BEFORE.search(text, max(sentence_start, mention.start - 60), mention.start) is not None


def _before_list_of_names(words: list[str]) -> list[str]:
    """The words before a list of names that ends right before a mention:
    in "met Aldi, Lidl en" the members share the preposition before the
    first ("met"), so it is what decides whether the mention is oblique."""
    index, is_list = len(words), False
    while index:
        word = words[index - 1]
        if word in ("en", "of", "&"):
            is_list = True
        elif word[:1].isupper() and word.rstrip(",").casefold() not in _OBLIQUE | _ARTICLES \
                and not word.endswith((";", ":")):
            is_list = is_list or word.endswith(",")
        else:
            break
        index -= 1
    before = words[:index] if is_list else words
    if [w.casefold() for w in before[-2:]] in (["onder", "meer"], ["onder", "andere"], ["onder", "anderen"]):
        # "bij onder meer General Catalyst, Nvidia en …": the preposition is "bij"
        before = before[:-2]
    return before


@lru_cache(maxsize=1)
def _descriptor_heads() -> tuple[str, ...]:
    rows = read_tsv("claims", "references.tsv")
    return tuple(r["expression"] for r in rows if r["kind"] == "head") + ("fonds", "maatschappij", "investeerder")


# the relative pronouns of a preposition: "waarin", "waarvan", "waarvoor" …
_WAAR_WORDS = r"waar(?:in|bij|mee|van|op|door|voor)"
_RELATIVE_WORD = re.compile(rf"\b{_WAAR_WORDS}\b", re.IGNORECASE)
# "het", "zij", "ze" as a subject (not "het" as the article of the name after it)
_SUBJECT_PRONOUN_BETWEEN = re.compile(r"\b(?:het|zij|ze)\b(?!\s+(?:[A-Z][\w-]*e\s+)?$)")
_RELATIVE_AFTER_NAME = re.compile(r",\s*(?:(?:een|de|het)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+)?(?:die|dat)\b")


_FROM_TOWN = re.compile(r"\s+uit\s+(\w[\w'-]*(?:\s+[A-Z][\w'-]*)?)")


@lru_cache(maxsize=1)
def _demonym_pattern() -> re.Pattern:
    """"De Zweden", "de Berlijners": a company by its people (lowered text)."""
    return re.compile(rf"\bde\s+({phrase_alternation(sorted(demonyms()))})(?![\w-])")


def _placed_company(text: str, lower: str, sentence: _Sentence, money: MoneyMention, reference: re.Match | None,
                    earlier: list[_Sentence], *, demonym_from: int | None = None
                    ) -> tuple[CompanyMention, str] | None:
    """The company a description or a demonym points at by its home ("het
    Zaandamse concern", "het concern uit Walldorf", "De Zweden"): the one
    at home there named last before it; with the words that point. A
    demonym is looked for from ``demonym_from`` (the sentence's start by
    default) to the amount."""
    words = place_words()
    places: list[tuple[str, str]] = []
    pointer = None
    if reference is not None:
        # the words between the article and the head; of a compound the
        # first part is the home ("het brits-nederlandse concern" is British
        # Unilever, "de belgisch-nederlandse groep" Belgian DPG Media)
        for word in lower[reference.start():reference.end()].split()[1:-1]:
            first = word.split("-")[0] if word not in words else word
            if first in words:
                places.append(words[first])
        town = _FROM_TOWN.match(text, reference.end())
        if town is not None and town.group(1).casefold() in words:
            places.append(words[town.group(1).casefold()])
        pointer = (reference.start(), town.end() if town is not None and places else reference.end())
    if not places:
        demonym = _demonym_pattern().search(lower, sentence.start if demonym_from is None else demonym_from,
                                            money.start)
        if demonym is None:
            return None
        places = [words[demonym.group(1)]]
        pointer = demonym.span()
    named = [c for record in earlier for c in record.companies]
    named += [c for c in sentence.companies if c.end <= pointer[0]]
    for company in reversed(named):
        home = home_of(company.name) or _home_stated(lower, company, named, words)
        if home is None and _EXAMPLES_BEFORE.search(lower, max(0, company.start - 60), company.start):
            continue  # "fabrikanten als SMIC en Hua Hong": examples, no candidates
        if home is None:
            # "bunq … De Amsterdamse neobank": a company whose home is not
            # known may be the one meant; no guess past it
            return None
        if any(home.matches(place) for place in places):
            return company, text[pointer[0]:pointer[1]]
    return None


_PLACE_ADJECTIVE_BEFORE = re.compile(r"\b(?:het|de)\s+([\w-]+)\s+$")


def _home_stated(lower: str, company: CompanyMention, named: list[CompanyMention],
                 words: dict[str, tuple[str, str]]) -> Home | None:
    """The home the article gives a company no list knows: "het Amerikaanse
    Lyten … De Amerikanen willen 1 miljard dollar ophalen"."""
    for mention in named:
        if mention.name != company.name:
            continue
        before = _PLACE_ADJECTIVE_BEFORE.search(lower, max(0, mention.start - 40), mention.start)
        place = words.get(before.group(1)) if before is not None else None
        if place is not None and place[0] == COUNTRY:
            return Home(country=place[1])
    return None


def _relative_antecedent(text: str, sentence: _Sentence, money: MoneyMention) -> CompanyMention | None:
    """The company a relative clause holding ``money`` is about: "Staci,
    die Bpost voor 1,3 miljard euro overnam"."""
    for company in sentence.companies:
        # (past an apposition too: "MasOrange, een combinatie die bij de
        # aankondiging op 18,6 miljard euro werd gewaardeerd")
        if company.end <= money.start and _RELATIVE_AFTER_NAME.match(text, company.end) \
                and not re.search(r"[,;:](?!\d)", text[company.end + 1:money.start]):
            # "DSV, dat in 2025 het Duitse DB Schenker inlijfde voor 14
            # miljard": a company with an article in the clause is its object
            # ("ASR, dat in 2023 Aegon Nederland overnam voor 4,9 miljard
            # euro": or the one the verb of buying follows)
            inner = [c for c in sentence.companies if company.end < c.start < money.start
                     and (re.search(r"\b(?:het|de)\s+(?:[\w-]+e\s+){0,2}$", text[max(company.end, c.start - 30):c.start])
                          or _TAKEN_OVER_AFTER.match(text, c.end))
                     and not _is_oblique(text, c, company.end)]
            if inner:
                return inner[0]
            # "Permira, dat voor 7,2 miljard dollar websitebouwer Squarespace van
            # de beurs haalde": the company after the price, before the verb
            after = [c for c in sentence.companies if c.start > money.end
                     and not re.search(r"[,;:]", text[money.end:c.start])
                     and _TAKEN_OVER_AFTER.match(text, c.end)]
            return after[0] if after else company
    return None


_TAKEN_OVER_AFTER = re.compile(r"\s+(?:van\s+de\s+beurs\s+(?:haalde|haalden|haalt|halen)|overnam|overnamen|kocht|kochten|"
                               r"inlijfde|inlijfden|overneemt|koopt)\b")


def _raised_at(text: str, sentence: _Sentence, money: MoneyMention) -> CompanyMention | None:
    """"een financieringsronde van 250 miljoen dollar bij het Indiase platform
    Shipbharat": the company after "bij" in the amount's clause."""
    for company in sentence.companies:
        if company.start >= money.end and re.fullmatch(
                r"\s+bij\s+(?:het\s+|de\s+|een\s+)?(?:[\w-]+\s+){0,4}", text[money.end:company.start]):
            return company
    return None


def _acquisition_target(text: str, sentence: _Sentence, money: MoneyMention) -> CompanyMention | None:
    companies = sentence.companies
    # "… dienstverlener Staci, die Bpost in 2024 voor 1,3 miljard euro
    # overnam": the relative clause is about its antecedent
    antecedent = _relative_antecedent(text, sentence, money)
    if antecedent is not None:
        return antecedent
    for company in companies:
        before = text[max(sentence.start, company.start - 30):company.start].casefold()
        # ("de verkoop van windparkontwikkelaar Parkwind aan JERA": what is sold)
        if re.search(r"\b(?:overname|inlijving|aankoop|koop|verkoop)\s+van\s+(?:(?:het|de)\s+)?(?:\w+\s+)?$", before):
            return company
        # "een minderheidsbelang van 46 procent in TenneT Germany werd
        # verkocht … voor 9,5 miljard euro": the stake's company is priced
        # (not a stake in another clause: "nam X over voor 3,1 miljard euro,
        # en heeft een meerderheidsbelang in Belron")
        if _STAKE_IN.search(text, max(sentence.start, company.start - 45), company.start) and not (
                company.start > money.end and _CLAUSE_BREAK.search(text, money.end, company.start)):
            return company
        # "een bod op Picnic van 2 miljard euro", "de biedingsoorlog om het
        # Amerikaanse Metsera": what is bid for
        if _BID_FOR.search(text, max(sentence.start, company.start - 60), company.start):
            return company
        after = text[company.end:sentence.end].casefold()
        # "Grubhub werd vorig jaar voor $650 miljoen doorverkocht", also past
        # a relative clause: "Booking.com, dat in 1996 begon, werd … verkocht"
        if re.match(r"(?:,[^,]*,)?\s+(?:wordt|werd|is|zal\s+worden)\s+(?:[^\s,.]+\s+){0,8}?"
                    r"(?:overgenomen|gekocht|ingelijfd|verkocht|doorverkocht)\b", after):
            return company
    # "toen Nexperia in 2021 Newport Wafer Fab voor £ 63 miljoen overnam":
    # verb last, subject first, the company after it is the one bought
    clause_end = re.search(r"[,;.]|$", text[money.end:sentence.end])
    after_amount = text[money.end:money.end + (clause_end.start() if clause_end else 0) + 1]
    # "neemt voor 3,2 miljard dollar de drankactiviteiten over van het Costa
    # Ricaanse FIFCO": bought from X, X's business is what is priced
    from_company = next((c for c in companies if c.start > money.end and re.search(
        r"\bover\s+van\s+(?:het\s+|de\s+)?(?:[\w-]+\s+){0,3}$", text[money.end:c.start])), None)
    if from_company is not None and re.search(r"\b(?:neemt|nam|namen|nemen)\b", text[sentence.start:money.start],
                                              re.IGNORECASE):
        return from_company
    # "dat in 2025 het Duitse DB Schenker inlijfde voor ruim 14 miljard euro":
    # the object right before a verb-final "… voor X"
    for company in companies:
        if company.end <= money.start and _BOUGHT_FOR.fullmatch(text, company.end, money.start):
            return company
    # "nam het concern Anthos over voor 3,1 miljard dollar, Regulus voor
    # maximaal 1,7 miljard dollar en Tourmaline Bio voor circa 1,4 miljard":
    # each listed company with its own price
    verb = _TAKEOVER_VERB.search(text, sentence.start, money.start)
    if verb is not None:
        between = [c for c in companies if verb.end() <= c.start and c.end <= money.start]
        for company in companies:
            if (company.end <= money.start and _LISTED_FOR.fullmatch(text, company.end, money.start)
                    and _LIST_SEPARATOR.search(text, max(sentence.start, company.start - 5), company.start)):
                return company
        # "kocht investeringsvehikel Novo Holdings nog contractproducent
        # Catalent voor 16,5 miljard dollar": after the subject, the object
        # (not the seller: "nam Versace over van het Amerikaanse Capri voor …")
        if (len(between) >= 2 and _LISTED_FOR.fullmatch(text, between[-1].end, money.start)
                and not _FROM_SELLER.search(text, max(sentence.start, between[-1].start - 40), between[-1].start)):
            return between[-1]
    # ("neemt SoftBank voor 6,5 miljard dollar de chipontwerper Ampere over":
    # the split verb's particle ends the clause)
    if re.search(r"\b(?:overnam|overnamen|overneemt|kocht|koopt|inlijfde)\b", after_amount) or (
            re.search(r"\bover\W*$", after_amount)
            and re.search(r"\b(?:neemt|nam|namen|nemen)\b", text[sentence.start:money.start], re.IGNORECASE)):
        between = [c for c in companies if money.end <= c.start < money.end + len(after_amount)]
        if between:
            return between[0]  # "dat voor 7,2 miljard dollar Squarespace kocht"
        before = [c for c in companies if c.end <= money.start]
        if len(before) >= 2:
            return before[-1]
    # "De groep kocht bij: Altair ging voor …, en Dotmatics, een maker van
    # software, volgde voor $5,1 miljard": after a verb of buying, a conjunct
    # of its own names the company its price is for
    conjuncts = [m.end() for m in _CONJUNCT_START.finditer(text, sentence.start, money.start)]
    if conjuncts and _TAKEOVER_VERB.search(text, sentence.start, conjuncts[-1]):
        own = [c for c in companies if conjuncts[-1] <= c.start < money.start]
        if own:
            return own[0]
    # "A neemt B over", "A koopt B voor X": the object after the verb; with
    # the subject after the verb too ("Vorig jaar nam Vandewalle het
    # Nederlandse Drenth Verf over voor 38 miljoen"), the later of the two
    objects = []
    for company in companies:
        before = text[max(sentence.start, company.start - 70):company.start].casefold()
        if re.search(r"\b(?:neemt|nam|namen|koopt|kocht|kochten|(?:in)?lijft|(?:in)?lijfde|verkocht|verkoopt|verkochten)"
                     r"\s+(?:[\w-]+\s+){0,5}$", before):
            if not _is_oblique(text, company, sentence.start):
                objects.append(company)
    if len(objects) >= 2 and objects[1].end <= money.start and not _CLAUSE_BREAK.search(
            text, objects[0].end, objects[1].start):
        return objects[1]
    return objects[0] if objects else None


def _paid_for(text: str, money: MoneyMention, sentence: _Sentence,
              before: MoneyMention | None = None) -> CompanyMention | None:
    """The company a price is paid or bid for: "betaalt 45 miljoen euro voor
    Dewaele", "bieden 1,9 miljard euro op Hoogveld Technologies"; a total
    after a price per share (``before``) is for what that price was."""
    if before is not None and before.end <= money.start and _TOTAL_OF_PRICE.fullmatch(text, before.end, money.start):
        # "107 dollar per aandeel voor het Britse Verona Pharma, in totaal
        # ongeveer 10 miljard dollar", "… 72 dollar per aandeel op tafel,
        # goed voor een overnamebedrag van circa 12 miljard dollar"
        return _paid_for(text, before, sentence)
    bid = _BID.search(text, sentence.start, money.start)
    prepositions = r"(?:voor|op)" if bid else r"voor"
    for company in reversed(sentence.companies):
        # "betaalde de groep 10 miljard dollar voor Altair, en voor Dotmatics
        # nog eens 5,1 miljard dollar": a gapped clause, its verb said before
        if (company.end <= money.start and _gapped_price().fullmatch(text, company.end, money.start)
                and _GAPPED_FOR.search(text, max(sentence.start, company.start - 40), company.start)
                and _PAY_VERB.search(text, sentence.start, company.start)):
            return company
    # (past the amount's conversion in brackets: "betaalt $775 miljoen (circa
    # 715 miljoen euro) voor het onafhankelijke Downtown Music")
    conversion = _CONVERSION_AFTER.match(text, money.end)
    price_end = conversion.end() if conversion else money.end
    for company in sentence.companies:
        # "… 5,3 miljard dollar neertelde voor het Britse cyberbeveiligingsbedrijf
        # Darktrace", "… 10 miljard dollar voor datacenterbouwer QTS"
        if company.start >= price_end and re.fullmatch(
                rf"\s+(?:per\s+aandeel\s+)?(?:op\s+tafel\s+|[a-z]+\s+)?{prepositions}\s+(?:het\s+|de\s+|een\s+)?"
                rf"(?:[\w-]+\s+){{0,2}}",
                text[price_end:company.start]) and not re.search(r"[,;:]", text[price_end:company.start]):
            return company
        # "bood Netflix 72 miljard dollar voor de filmstudio's en de
        # streamingtak van Warner Bros.": parts of a company bought, its price
        if (company.start >= price_end and bid and _FOR_PARTS_OF.fullmatch(text, price_end, company.start)
                and not re.search(r"[,;:]", text[price_end:company.start])):
            return company
        # "de overname van het Duitse Steuerwerk, waarvoor Wolters bijna 400
        # miljoen euro betaalde": the relative clause prices its antecedent
        # "… genoegen nemen met Akero Therapeutics, waarvoor het maximaal 5,2
        # miljard dollar neertelt": a verb of paying says so too
        # "voor NIBC betaalt ABN AMRO circa 960 miljoen euro": the object fronted
        # ("legde voor Avidity Biosciences 72 dollar per aandeel op tafel":
        # the verb of paying after the price)
        if (company.end <= money.start and _FRONTED_FOR.search(text, max(0, sentence.start - 1), company.start)
                and (_PAY_VERB.search(text, company.end, money.start)
                     or _PAY_VERB.match(text, _PER_SHARE_GAP.match(text, money.end).end()))
                and not _CLAUSE_BREAK.search(text, company.end, money.start)):
            return company
        if (company.end <= money.start and _PRICE_CLAUSE.fullmatch(text, company.end, money.start)
                and (_TAKEOVER_OF.search(text, max(sentence.start, company.start - 60), company.start)
                     or _PAY_VERB.search(text, money.end, min(sentence.end, money.end + 40)))):
            return company
    return None


# the qualifier words a price may carry ("voor ruim …", ", in totaal zo'n …")
_PRICE_QUALIFIER = r"(?:ruim|circa|ca\.|bijna|zo'n|ongeveer|rond|pakweg|naar\s+schatting|omgerekend)"
_PRICE_ONLY = re.compile(rf",\s*voor\s+(?:{_PRICE_QUALIFIER}\s+)?")
_BOUGHT_GOODS = re.compile(r"\s+aan\s+(?!eigen\s+aandelen|aandelen|\w*aandelen\b)[a-zë-]+")
_PER_SHARE_GAP = re.compile(r"\s*(?:per\s+aandeel\s*)?")
# a total after a price per share: ", in totaal (zo'n)", ", goed voor (een
# overnamebedrag van) (circa)"; the amount's qualifier is part of it
_TOTAL_OF_PRICE = re.compile(
    r"\s+per\s+aandeel\b[^.;:()]{0,60}?,\s*(?:in\s+totaal|goed\s+voor|samen|ofwel)"
    r"(?:\s+(?:een\s+)?(?:overname\w*|transactie\w*|deal\w*|totaal\w*)\s+van)?"
    rf"(?:\s+{_PRICE_QUALIFIER})?\s*")
_FOR_PARTS_OF = re.compile(r"\s+voor\s+(?:[\w'’-]+\s+){1,8}?van\s+(?:het\s+|de\s+)?(?:[\w-]+e\s+)?")
# ("Elke gigawatt aan datacentercapaciteit vertegenwoordigt zo'n 50 tot 60
# miljard dollar aan uitgaven": any one, no company's)
_GENERIC_SUBJECT = re.compile(r"\s*(?:een|elke|ieder|iedere|geen|wie)\b(?:\s+[\w-]+)?\s+(?:die|dat|wie)\b|\s*wie\s"
                              r"|\s*(?:elke|iedere|ieder)\s")
# "neemt (het Nederlandse) JDE Peet's over": the object of a takeover verb,
# with its particle right after the name
_TAKEN_OVER_OBJECT = re.compile(r"\b(?:neemt|nam|namen|nemen)\s+(?:[\w-]+\s+){0,3}$")
_TAKEOVER_PARTICLE = re.compile(r"\s+over\b")
_TO_TAKE_OVER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?over\s+te\s+nemen\b")
_CONJUNCT_START = re.compile(r"[;:]\s*|,?\s+en\s+")
_TAKEOVER_VERB = re.compile(r"\b(?:nam|namen|neemt|nemen|kocht|kochten|koopt|inlijfde|overnam|overneemt)\b",
                            re.IGNORECASE)
_FROM_SELLER = re.compile(r"\bvan\s+(?:het\s+|de\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_LISTED_FOR = re.compile(r"\s+voor\s+(?:[\w']+\s+){0,2}?")
_LIST_SEPARATOR_GAP = re.compile(r"\s*(?:,|en|&)\s*")
_LIST_SEPARATOR = re.compile(r"(?:,|\ben)\s*$")
_BOUGHT_FOR = re.compile(r"\s+(?:inlijfde|inlijfden|overnam|overnamen|kocht|kochten|overneemt|inlijft)\s+voor\s+(?:[\w']+\s+)?")
_FOR_THAT_ONE = re.compile(r"\s*[Vv]oor\s+(?:die|deze|dat|dit)\s+(?:[\w-]+\s+)?(?=[a-z])")
_FOR_THE_SHARES = re.compile(r"\s*[Vv]oor\s+(?:de|het|alle)\s+(?:[\w,%-]+\s+){0,5}?(?:aandelen|belang)\b")
_LENT_TO = re.compile(r"\s+(?:aan\s+)?(?:[\w-]+\s+){0,2}?(?:leningen|lening|krediet|kredieten|financiering)\s+"
                      r"(?:aan|voor)\s+(?:het\s+|de\s+)?(?:[\w-]+e\s+)?(?:[\w-]+\s+)?")
_PRICE_FOR = re.compile(r"\s+(?:[a-z]+\s+)?voor\s+")
_FRONTED_FOR = re.compile(r"(?:^|[.:;]\s+|\s)[Vv]oor\s+(?:het\s+|de\s+)?(?:[\w-]+e\s+)?(?:[\w-]+\s+)?$")
_BROUGHT_TO_MARKET = re.compile(r"\b(?:bracht|brengt|brachten|brengen)\s+(?:het\s+|de\s+)?$", re.IGNORECASE)
_TO_THE_MARKET = re.compile(r"[^.;:]{0,30}?\bnaar\s+de\s+beurs\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _gapped_price() -> re.Pattern:
    """Between the company of a gapped clause and its price: "en voor
    Dotmatics nog eens (ruim) 5,1 miljard"."""
    return re.compile(rf"\s+(?:(?:nog\s+eens|nog|ook|{_qualifiers()})\s+){{0,3}}", re.IGNORECASE)


_GAPPED_FOR = re.compile(r"(?:,|\ben)\s+voor\s+(?:het\s+|de\s+)?(?:[\w-]+e\s+)?$")
_PRICE_CLAUSE = re.compile(r",\s*waarvoor\b[^,;:()]*")
# "betaalt", "neertelt", "telt … neer", "ophoest", "op tafel legt"
_PAY_VERB = re.compile(r"\b(?:betaal\w*|neertel\w*|neer\b|ophoest\w*|op\s+tafel)", re.IGNORECASE)
# a company changing hands for a price: "Altair ging voor ruim 10 miljard
# dollar naar München", "Metsera, die voor ruim 10 miljard dollar bij Pfizer
# belandde", "… kwam voor 2 miljard euro in handen van KKR"
_FOR_BEFORE = re.compile(r"\bvoor\s+(?:(?:ruim|circa|bijna|zo'n|ongeveer|pakweg|maximaal|hooguit|omgerekend|"
                         r"naar\s+schatting|nog\s+geen|meer\s+dan|minder\s+dan|in\s+totaal)\s+)*$", re.IGNORECASE)
_GO_VERB = re.compile(r"\b(?:gaat|ging|gingen|gaan|verhuist|verhuisde|verhuisden)\b", re.IGNORECASE)
_HANDS_AFTER = re.compile(r"(?:\s*\([^()]*\))?\s+(?:[a-z][\w-]*\s+){0,2}?"
                          r"(?:(?P<to>naar)\s+(?:het\s+|de\s+)?(?:[\w-]+e\s+)?[A-Z]"
                          r"|bij\s+(?:het\s+|de\s+)?(?:[\w-]+e\s+)?[A-Z][^,;:.()]{0,40}?\s+"
                          r"(?:belandde|belandden|belandt|belanden|terechtkwam|terechtkwamen|terechtkomt)\b"
                          r"|in\s+handen\s+(?:kwam|kwamen|komt|komen)?\s*van\s+(?:het\s+|de\s+)?(?:[\w-]+e\s+)?[A-Z])")


def _changed_hands(text: str, sentence: _Sentence, money: MoneyMention, breaks: list[int]) -> CompanyMention | None:
    """The company a price changed hands for ("Altair ging voor 10 miljard
    dollar naar München"): the one named last before the price."""
    if not _FOR_BEFORE.search(text, sentence.start, money.start):
        return None
    after = _HANDS_AFTER.match(text, money.end, sentence.end)
    if after is None:
        return None
    if after.group("to") and not _GO_VERB.search(text, _clause_start(breaks, sentence, money.start), money.start):
        return None  # "steeg voor 2 miljard naar": no company going anywhere
    return next((c for c in reversed(sentence.companies) if c.end <= money.start), None)


_TAKEOVER_OF = re.compile(r"\b(?:overname|inlijving|aankoop|koop)\s+van\s+(?:het\s+|de\s+)?(?:[\w-]+\s+){0,3}$",
                          re.IGNORECASE)


# ", de graadmeter die de brouwer zelf het belangrijkst vindt," between a
# noun and its verb
_APPOSITION = re.compile(r",\s*(?:de|het|een|die|dat|wat|waar\w*|zoals)\b[^,;:.]*,", re.IGNORECASE)
_CONJUNCTION = re.compile(r"\b(?:en|maar|terwijl|waarna)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:die|dat|waar\w*|wat)\b", re.IGNORECASE)
# a minus sign opening a table cell or a label's figure (not a dash in prose)
_MINUS_BEFORE = re.compile(r"(?:^|[:;(|])\s*[-–−]\s?$", re.MULTILINE)
# a minus inside the amount's text, after its currency: "DKK -1,7 mrd"
_MINUS_INSIDE = re.compile(r"^(?:[A-Z]{3}|US\$|[€$£])\s?[-–−]\s?\d")
_LOSS_NEARBY = re.compile(r"\b(?:verlies|verliezen|nettoverlies|verlieslatend|min|negatief|negatieve)\b", re.IGNORECASE)
# "een vrije kasstroom van min 1,9 miljard", "een negatieve ebitda van 38
# miljoen": a flow below zero (a loss word near a cash flow is another figure's)
_NEGATIVE_NEARBY = re.compile(r"\b(?:min|negatief|negatieve)\b", re.IGNORECASE)
_STOCK_MARKET = re.compile(r"\b(?:beurs|beurswaarde|beurskoers|aandeel|noteert|noteerde)\b", re.IGNORECASE)
_ANAPHORIC_OPENING = re.compile(r"(?:[Dd]aar|[Hh]ier)(?:voor|mee|van|toe|bij|naast|door|om|in|uit)\b")
_RELATIVE_CLAUSE = re.compile(rf"[,;]?\s*(?:{_WAAR_WORDS}|dat|die|wat)\b", re.IGNORECASE)
# "per geleverde auto", "per klant": a figure per unit (not per share or per period)
# "per (geleverde) auto", not a share or a time
_PER_A_UNIT = (r"[Pp]er\s+(?:[a-z]+e\s+)?(?!(?:aandeel|certificaat|jaar|maand|kwartaal|dag|week|halfjaar|"
               r"boekjaar|stuk)\b)[a-z]+\b")
_PER_UNIT = re.compile(r"\b" + _PER_A_UNIT)
_RESULT_AFTER_COMMA = re.compile(r",\s+(?:naar|tot)\s+(?:[\w']+\s+){0,2}$")
_PER_UNIT_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?" + _PER_A_UNIT)  # "110.000 euro winst per auto"
# (a compound too: "een minderheidsbelang van 46 procent in TenneT Germany")
# ("voor 49 procent van Scale AI": a share of a company is a stake too)
_STAKE_IN = re.compile(r"(?:belang\s+(?:van\s+(?:ruim\s+|bijna\s+)?[\d,]+\s+(?:procent|%)\s+)?in"
                       r"|\bvoor\s+(?:ruim\s+|bijna\s+|circa\s+)?[\d,]+\s+(?:procent|%)\s+(?:van|in))\s+"
                       r"(?:(?:het|de)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_STAKE = re.compile(r"\b(?:belang|aandelenbelang|aandelenpakket|deelneming)\b", re.IGNORECASE)
_WORTH_AFTER = re.compile(r"\s+waard\b", re.IGNORECASE)
# "dat nooit naar de beurs ging", "niet op de beurs": no stock market
_NEGATED_BEFORE = re.compile(r"\b(?:nooit|niet|nog\s+niet|geen)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _on_stock_market(text: str, start: int, end: int) -> bool:
    """A stock-market word between ``start`` and ``end`` that is not negated."""
    return any(not _NEGATED_BEFORE.search(text, max(start, match.start() - 25), match.start())
               for match in _STOCK_MARKET.finditer(text, start, end))
_CONVERSION_AFTER = re.compile(r"\s*\([^()\d]{0,20}\d[^()]{0,40}\)")
# "samen", "gezamenlijk", "(bij elkaar) opgeteld": a total of several; not
# "samen met X" (with a partner). Searched in lowered(text).
_TOGETHER = re.compile(r"(?<![\w-])(?:samen|gezamenlijk|opgeteld)(?!\s+met\b)(?![\w-])")
# "bundelen Airbus, Thales en Leonardo hun satellietactiviteiten in een nieuw
# bedrijf met een jaaromzet van 6,5 miljard euro": pooled, none of theirs
# (anywhere in the sentence: the verb comes before the list)
_POOLED = re.compile(r"(?<![\w-])(?:bundelen|bundelden|bundelt|bundelde)(?![\w-])")
_ALL_TOGETHER = re.compile(r"\balles\s+bij\s+elkaar\b|\bbij\s+elkaar\s+opgeteld\b")
_COLON_BEFORE = re.compile(r":\s*$")
_SENTENCE_END_AFTER = re.compile(r"\s*[.!]")
# "evenveel als", "meer dan", "groter dan" (not "En dan Nvidia.")
_COMPARED_WITH = re.compile(r"\b(?:als|\w+er\s+dan)\s+(?:(?:het|de)\s+)?$")
# a market as the antecedent of the amount's relative clause
_MARKET_RELATIVE = re.compile(r"\b\w*(?:markt|sector|industrie|branche|economie)\s+"
                              r"(?:die|dat|waar(?:in|op|van|mee|bij|door)?)\b[^,.;:]*$", re.IGNORECASE)
_DEAL_WORTH = re.compile(r"\b(?:de|het)\s+(?:transactie|deal|overname|overeenkomst)\b", re.IGNORECASE)
# "biedt", "bood", "bod" and its compounds ("tegenbod", "overnamebod")
_BID = re.compile(r"\w*bod\b|\bbied\w*|\bbood\b|\bboden\b", re.IGNORECASE)
# a bid or a word for the deal itself
_TAKEOVER_WORD = re.compile(rf"{_BID.pattern}|\b(?:deal|overname|transactie)\w*", re.IGNORECASE)
_LEVEL_METRICS = frozenset({"revenue", "net_income", "operating_income", "ebitda", "gross_profit",
                            "free_cash_flow", "market_cap", "valuation", "cash", "debt"})
# nouns of a change ("een stijging van 5 miljoen"): a change, not the level
_CHANGE_NOUNS = frozenset({"stijging", "daling", "groei", "toename", "afname", "verbetering", "verslechtering",
                           "terugval", "teruggang", "sprong", "krimp", "verdubbeling", "halvering", "plus"})
_DELTA_WORD = re.compile(r"\b(?:gedrukt|gestegen|gedaald|toegenomen|afgenomen|verhoogd|verlaagd|gegroeid|gekrompen|"
                         r"teruggelopen|opgelopen|omhoog|omlaag|steeg|stijgt|daalde|daalt|groeide|groeit|kromp|"
                         rf"stijgen|dalen|{'|'.join(sorted(_CHANGE_NOUNS))})\b", re.IGNORECASE)
_CLAUSE_JOINERS = frozenset({"en", "maar", "terwijl", "want", "omdat", "doordat"})
_FOR_THAT = re.compile(r"\b(?:daar|hier|er)\b(?:\s+\S+){0,8}?\s+voor\b", re.IGNORECASE)
_BID_FOR = re.compile(r"(?:\b(?:\w*bod|biedingsoorlog|\w*strijd|overnamegevecht)"
                      # "Het bod van circa 9 miljard dollar in aandelen op Core Scientific"
                      r"(?:\s+van\s+[^.;:]{0,50}?)?"
                      # "een bod uitgebracht op Koninklijke Brandwijk"
                      r"(?:\s+(?:uitgebracht|gedaan|gelanceerd|aangekondigd|neergelegd))?\s+(?:op|om)\s+"
                      # "Permira biedt 34,50 euro per aandeel voor Vreeland Systems"
                      r"|\b(?:biedt|bood|bieden|boden)\b[^.;:]{0,40}\bvoor\s+"
                      # "de grootste prooi ontglipte de Canadezen: Seven & i"
                      r"|\b(?:prooi|overnamedoelwit|overnamekandidaat)\b[^.;:]{0,40}:\s*)"
                      r"(?:het\s+|de\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _company_after_cue(text: str, cue_match: re.Match, sentence: _Sentence) -> CompanyMention | None:
    """"de omzet van ASML", "ASML's omzet", "Nvidia-omzet"."""
    for company in sentence.companies:
        gap = text[cue_match.end():company.start]
        if 0 <= company.start - cue_match.end() <= 12 and re.fullmatch(r"\s+(?:van|bij)\s+(?:het\s+|de\s+)?", gap):
            return company
        gap_before = text[company.end:cue_match.start()]
        if 0 <= cue_match.start() - company.end <= 3 and re.fullmatch(r"(?:['’]s\s+|-)", gap_before):
            return company
    return None


def _outside_appositions(text: str, sentence: _Sentence, money: MoneyMention) -> _Sentence:
    """The sentence without the companies inside an apposition or relative
    clause that does not hold the amount: in "De operationele ebitda, de
    maatstaf die grootaandeelhouder 3i hanteert, kwam uit op 2,46 miljard"
    3i is not the ebitda's company."""
    inside = []
    for match in _APPOSITION.finditer(text, sentence.start, sentence.end):
        # only a relative clause hides its companies: ", het Taiwanese TSMC,"
        # renames the subject, ", de maatstaf die 3i hanteert," does not
        if not match.start() <= money.start < match.end() and _RELATIVE.search(match.group()):
            inside.append((match.start(), match.end()))
    if not inside:
        return sentence
    companies = [c for c in sentence.companies if not any(a <= c.start < b for a, b in inside)]
    return replace(sentence, companies=companies)


# what stands between the name and the amount of a clause that leaves out its
# verb: a qualifier or an adverb at most ("Google ruim 3 miljard dollar")
_GAPPED_SUBJECT = re.compile(r"\s+(?:(?:tot|ruim|bijna|circa|ca\.|zo'n|ongeveer|maximaal|minstens|slechts|nog|eens|"
                             r"ook|meer|minder|dan|maar|zelfs|liefst|net|krap|pakweg|rond|de)\s+){0,3}")
_GAPPED_END = re.compile(r"\s*(?:[.;]|$|,\s*[A-Z])")


def _clause_subject(text: str, sentence: _Sentence, money: MoneyMention, breaks: list[int]) -> CompanyMention | None:
    sentence = _outside_appositions(text, sentence, money)
    clause = _clause_id(text, money.start, money.end, breaks)
    clause_start = _clause_start(breaks, sentence, money.start)
    if re.match(r"[,;]\s*(?:dat|die|dat\s+zelf|waarvan|wat)\b", text[clause_start:clause_start + 12]):
        # ", dat 13 miljard investeerde": the relative clause is about the
        # company right before the comma
        antecedent = [c for c in sentence.companies if c.end <= clause_start
                      and not text[c.end:clause_start].strip()]
        if antecedent:
            return antecedent[-1]
    in_clause_before = [
        c for c in sentence.companies
        if c.end <= money.start and _clause_id(text, c.start, c.end, breaks) == clause
    ]
    for company in in_clause_before[-1:]:
        if (_GAPPED_SUBJECT.fullmatch(text, company.end, money.start)
                and re.search(r"[,;]\s*$", text[max(sentence.start, company.start - 3):company.start])
                and _GAPPED_END.match(text, money.end)):
            # "Microsoft investeert 5 miljard dollar in Anthropic, Nvidia tot
            # 10 miljard dollar.": a clause of a name and an amount repeats
            # the verb before it, with that name as its subject (not one more
            # name in the list after "in")
            return company
    direct = [c for c in in_clause_before if not _is_oblique(text, c, sentence.start)]
    if direct:
        return direct[-1]
    if clause_start > sentence.start:
        # "… en Rabobank, de coöperatie uit Utrecht, kwam uit op 3,1 miljard":
        # the clause goes on past an apposition; its subject stands before it
        for match in _APPOSITION.finditer(text, sentence.start, clause_start + 1):
            if match.end() != clause_start + 1:
                continue
            subject = [c for c in sentence.companies if c.end <= match.start()
                       and not text[c.end:match.start()].strip()]
            if subject and not _is_oblique(text, subject[-1], sentence.start):
                return subject[-1]
    in_clause_after = [
        c for c in sentence.companies
        if c.start >= money.end and _clause_id(text, c.start, c.end, breaks) == clause
        and not _is_oblique(text, c, sentence.start)
        # "De financieringsronde van € 1,7 mrd waarin ASML de hoofdrol
        # speelde": the subject of a relative clause on the amount's noun
        and not _RELATIVE_WORD.search(text, money.end, c.start)
        # "Met een beurswaarde van € 240 mrd streefde het zelfs LVMH
        # voorbij": a subject pronoun before it makes the company the object
        and not _SUBJECT_PRONOUN_BETWEEN.search(text[money.end:c.start])
        # "… 180,2 miljard dollar en cloudtak AWS groeide": the next conjunct's
        and not _CONJUNCTION.search(text, money.end, c.start)
    ]
    if in_clause_after and not in_clause_before:
        return in_clause_after[0]
    subjects = [c for c in sentence.companies if c.end <= money.start and not _is_oblique(text, c, sentence.start)]
    if subjects:
        return subjects[0]
    # "De overname van xAI door SpaceX, … een waarde van …": with no plain
    # subject, the agent after "door" is the one acting
    agents = [c for c in sentence.companies if c.end <= money.start
              and text[max(sentence.start, c.start - 6):c.start].casefold().endswith("door ")]
    if agents:
        return agents[0]
    return None


def _renamed_company(text: str, sentence: _Sentence, reference: re.Match) -> CompanyMention | None:
    """The company a description stands in apposition to ("KBC, de grootste
    bank van Vlaanderen"), if any."""
    for company in sentence.companies:
        if company.end <= reference.start() and re.fullmatch(r"\s*,\s*", text[company.end:reference.start()]):
            return company
    return None


def _oblique_owner(text: str, sentence: _Sentence, money: MoneyMention, breaks: list[int]) -> CompanyMention | None:
    """Last resort: a company in a prepositional phrase of the amount's
    clause ("bij Nexperia zelf dreigt …")."""
    clause = _clause_id(text, money.start, money.end, breaks)
    candidates = [c for c in sentence.companies if c.end <= money.start
                  and _clause_id(text, c.start, c.end, breaks) == clause
                  # a takeover target or a source is nobody's owner:
                  # "de overname van SABMiller", "volgens analisten van ING"
                  and not re.search(r"\b(?:overname|aankoop|koop|(?:volgens|analist|analisten|econoom|economen|strateeg)(?:\s+\S+){0,3})\s+(?:van|bij)\s+(?:het\s+|de\s+)?$",
                                    text[max(sentence.start, c.start - 40):c.start], re.IGNORECASE)
                  and not _is_source(text, c, sentence.start)]
    if candidates:
        return candidates[-1]
    # "Bij KBC, de grootste bank van Vlaanderen, bleef …": a sentence that
    # opens with "bij X" is about X
    opening = re.match(r"\s*(?:bij|voor)\s+", text[sentence.start:sentence.start + 8], re.IGNORECASE)
    if opening and sentence.companies and sentence.companies[0].start == sentence.start + opening.end() \
            and sentence.companies[0].end <= money.start:
        return sentence.companies[0]
    return None


_INVESTED_IN = re.compile(r"(?<![\w-])in\s+(?:het\s+|de\s+)?$")


def _investment_recipient(text: str, sentence: _Sentence, money: MoneyMention,
                          breaks: list[int]) -> CompanyMention | None:
    """The company after "in" in the amount's clause ("… in TenneT")."""
    clause = _clause_id(text, money.start, money.end, breaks)
    for company in sentence.companies:
        if company.start < money.end or _clause_id(text, company.start, company.end, breaks) != clause:
            continue
        if _INVESTED_IN.search(text, max(money.end, company.start - 12), company.start):
            return company
    return None


def _coordinated_subjects(text: str, sentence: _Sentence, money: MoneyMention,
                          others: list[MoneyMention]) -> list[CompanyMention]:
    """"Picnic, GitLab en AM Pharma haalden ieder meer dan 100 miljoen op";
    with "respectievelijk" the n-th amount is the n-th company's."""
    distributive = _DISTRIBUTIVE.search(text, sentence.start, money.start)
    if not distributive:
        return []
    before = [c for c in sentence.companies if c.end <= money.start]
    if len(before) < 2:
        return []
    group = [before[0]]
    for previous, company in zip(before, before[1:]):
        if re.fullmatch(r"\s*(?:,|en|&|of)\s*", text[previous.end:company.start]):
            group.append(company)
        else:
            group = [company]
    if len(group) < 2:
        return []
    if distributive.group(0).casefold() == "respectievelijk":
        # "Microsoft en Alphabet …: respectievelijk 74 en 73 miljard dollar"
        after = sorted([m for m in others if m.start > distributive.end()] + [money], key=lambda m: m.start)
        listed = [after[0]] + _listed_after(text, after[0], after[1:])
        if len(listed) == len(group) and money in listed:
            return [group[listed.index(money)]]
    return group


@lru_cache(maxsize=1)
def _pronoun_followers() -> frozenset[str]:
    return frozenset(read_lines("claims", "pronoun_followers.txt"))


_WE = re.compile(r"(?<![\w-])(?:we|wij)(?![\w-])", re.IGNORECASE)


def _we_in_a_quote(text: str, clause_start: int, amount: MoneyMention) -> bool:
    """"we"/"wij" in the amount's clause, and the amount inside a quotation
    (an odd number of straight quotes since the paragraph began, or an
    opening curly quote not closed yet)."""
    if not _WE.search(text, clause_start, amount.start):
        return False
    paragraph_start = text.rfind("\n", 0, amount.start) + 1
    before = text[paragraph_start:amount.start]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


def _pronoun(text: str, pattern: re.Pattern, start: int, end: int) -> re.Match | None:
    """A subject pronoun in ``text[start:end]``. "zij"/"ze" always; "het"
    only where it cannot be the article: after a verb ("genereerde het
    slechts …") or before a word that is no noun ("het boekte", "het nog")."""
    for match in pattern.finditer(text, start, end):
        if match.group().casefold() != "het":
            return match
        before = text[max(0, match.start() - 25):match.start()].split()
        after = text[match.end():match.end() + 25].split()
        previous = before[-1].casefold() if before else ""
        following = after[0].casefold().strip(",.") if after else ""
        if previous in _OBLIQUE or previous in ("van", "het", "de", "een", "dat", "wat"):
            continue
        if following in _pronoun_followers() or (previous.endswith(("de", "te", "dt")) and previous.isalpha()):
            return match
    return None


def _modality(lower: str, start: int, end: int) -> str:
    """The modality the cues in ``lower[start:end]`` (lowered text) give."""
    pattern, lookup = _modality_pattern()
    found = {lookup[" ".join(m.group(0).split())] for m in pattern.finditer(lower, start, end)}
    if "estimate" in found:
        return "estimate"
    if "forecast" in found:
        return "forecast"
    return "reported"


def _is_heading(text: str, sentence: _Sentence, amounts: list) -> bool:
    """A line of its own, short, with no amount and no closing punctuation:
    a headline, subtitle or section heading."""
    line = text[sentence.start:sentence.end].strip()
    return (not amounts and 0 < len(line) <= 90 and line[-1] not in ".!?:;,…'\"”)"
            and not line.startswith(("-", "*", "•"))
            and (sentence.start == 0 or text[sentence.start - 1] == "\n")
            and (sentence.end >= len(text) or text[sentence.end:sentence.end + 1] in ("\n", "")))


def _in_bracket_with_amount(text: str, period: PeriodMention, sentence: _Sentence, amounts: list) -> bool:
    bracket = _bracket_of(text, period.start, sentence)
    return bracket is not None and any(bracket[0] < m.start < bracket[1] for m in amounts)


def _bracket_of(text: str, position: int, sentence: _Sentence) -> tuple[int, int] | None:
    """The brackets of ``sentence`` around ``position``, if any."""
    opening = text.rfind("(", sentence.start, position)
    if opening < 0 or text.rfind(")", opening, position) >= 0:
        return None
    closing = text.find(")", position, sentence.end)
    return (opening, closing) if closing >= 0 else None


def _period_for(text: str, money: MoneyMention, sentence: _Sentence, running_period: str,
                others: list[MoneyMention], breaks: list[int], *, own_clause: bool = False,
                running_part: str = "") -> str:
    """The period of ``money`` from its sentence: the nearest expression in
    its own clause, else the nearest in the sentence; "een jaar eerder" and
    the like resolved against the sentence's other period, else the period
    the text was last about.  With ``own_clause`` only a period in the
    amount's own clause and conjunct counts."""
    periods = [p for p in sentence.periods if p.label]
    # a period belongs to the amount nearest to it: in "166 miljoen, meer dan
    # de 136 miljoen van 2023" the year is the second amount's; a reference
    # ("een jaar eerder") only to the amount right before it
    def distance(period, amount):
        return min(abs(period.start - amount.end), abs(amount.start - period.end))

    # (not "het derde kwartaal", which names a period of its own)
    periods = [p for p in periods if not is_reference(p.label) or p.label.startswith(REFERENCE_PART_OF_YEAR)
               or not any(money.end <= o.start < p.start or p.end <= o.start < money.start for o in others)]
    # "EUR 10,9 mld., amper 0,6 procent meer dan een jaar eerder", "… 7
    # procent meer dan in 2024": the period after "dan" is the base of a
    # change, not the amount's period
    # (before the amount too: "9 procent meer dan in 2024, en boekte een
    # ebitda van € 118 mln")
    # (but "5,7% minder dan een jaar eerder (€ 6,14 mrd)": the base's own
    # amount, in brackets right after it, has that period)
    periods = [p for p in periods if _BRACKET_AFTER.fullmatch(text, p.end, money.start) or not _COMPARISON_BASE.search(
        text, max(money.end if p.start >= money.end else sentence.start, p.start - 30), p.start)]
    # a period right after another amount ("de 136 miljoen euro van 2023",
    # "tegen 266 miljoen in hetzelfde kwartaal vorig jaar") is that amount's
    # (not across a semicolon: "kostte € 85 miljoen; in 2026 volgen nog € 40
    # miljoen" opens a clause of its own)
    periods = [p for p in periods if not any(
        0 <= p.start - o.end <= 30 and distance(p, o) < distance(p, money)
        # (nor across a comma: "… EUR 1,1 miljard, en voor 2025 mikt …")
        and ";" not in text[o.end:p.start] and "," not in text[o.end:p.start]
        # (nor across a conjunction: "… tot 5 miljard euro en leed in 2023
        # een verlies van 3,4 miljard euro")
        and not _CONJUNCT.search(text, o.end, p.start)
        for o in others)]
    # a period in brackets with another amount is that amount's: "Omzet:
    # € 2,89 mld. (eerste halfjaar 2024: € 3,02 mld.)"
    own_bracket = _bracket_of(text, money.start, sentence)
    periods = [p for p in periods if (bracket := _bracket_of(text, p.start, sentence)) is None
               or bracket == own_bracket
               or not any(_bracket_of(text, o.start, sentence) == bracket for o in others)]
    if not periods:
        return "", False
    def separation(period: PeriodMention) -> tuple[int, int, int]:
        # clauses apart, then conjuncts apart ("rekent dit jaar op X en
        # waarschuwde dat die volgend jaar …"), then characters apart
        left, right = sorted((period.start, money.start))
        between = text[left:right]
        return (len(_CLAUSE_BREAK.findall(between)), len(_CONJUNCT.findall(between)),
                min(abs(period.start - money.end), abs(money.start - period.end)))

    candidates = periods
    if own_clause:
        # (not "in dezelfde periode": a point-in-time value or a programme
        # over it has no period of a span the text reported on; "Eli Lilly
        # groeide in dezelfde periode door naar een marktwaarde van …")
        candidates = [p for p in periods if _in_own_clause(text, money, p, sentence)
                      and p.label != REFERENCE_THAT_PERIOD]
        if not candidates:
            return "", False
    # "Een jaar eerder boekte Deltachem over dezelfde periode …": the other
    # reference says which one is meant
    other_references = [p for p in candidates if is_reference(p.label) and p.label != REFERENCE_THAT_PERIOD]
    if other_references and len(other_references) < len(candidates):
        candidates = [p for p in candidates if p.label != REFERENCE_THAT_PERIOD] or candidates
    nearest = min(candidates, key=separation)
    if not is_reference(nearest.label):
        return nearest.label, False
    # "stelt over 2025 een dividend voor en kocht dat jaar voor € 5,2 mrd in":
    # a reference resolves against the sentence's period wherever it stands
    # (the nearest before it: "*Eindhoven, 30 januari 2026* — Signify heeft
    # over 2025 … dan een jaar eerder" is a year before 2025)
    anchors = [p for p in periods if not is_reference(p.label)]
    preceding = [p for p in anchors if p.end <= nearest.start]
    reference = (preceding[-1] if preceding else anchors[0]).label if anchors else running_period
    if (nearest.label.startswith((REFERENCE_SAME_PERIOD, REFERENCE_SAME_QUARTER, REFERENCE_THAT_PERIOD))
            and "-" not in reference and running_part):
        # "tegen 139 miljoen euro in dezelfde periode van 2025" after a
        # sentence that named "vorig jaar" in passing: the period meant is the
        # reported part of a year
        reference = running_part
    return resolve_reference(nearest.label, reference), True


_PAY_OF_A_PERSON = re.compile(r"\b(?:verdient|verdiende|verdienen|salaris\w*|beloning\w*|bonus\w*|loon|jaarloon|"
                              r"vergoeding)\b", re.IGNORECASE)
_JOINS_IN = re.compile(r"\b(?:do(?:en|et)\s+(?:\w+\s+)?mee|deden\s+(?:\w+\s+)?mee|"
                      r"stap(?:t|pen|te|ten)\s+(?:\w+\s+){0,2}?in\b|participe\w+|investeren\s+mee|investeerden\s+mee|"
                      r"(?:ronde|financieringsronde|kapitaalronde)\w*\s+(?:\w+\s+){0,2}?(?:onder\s+leiding\s+van|geleid\s+door))")
_MATURES_AFTER = re.compile(r"(?:\s+(?:en|of)\s+\d{4})?\s+(?:aflopen|afloopt|vervallen|vervalt|aflossen|afgelost)\b",
                            re.IGNORECASE)
# "… dan een jaar eerder (€ 6,14 mrd)", "… dan een jaar eerder, toen het
# bedrijf nog 156,9 miljoen euro omzette": the base's own amount
_BRACKET_AFTER = re.compile(r"\s*\(\s*|,\s*toen\b[^.;:()]*")
_COMPARISON_BASE = re.compile(
    r"(?:\bdan|\bten\s+opzichte\s+van|\bvergeleken\s+met|\bin\s+vergelijking\s+met)"
    r"(?:\s+in)?(?:\s+(?:het|de|dezelfde|hetzelfde))?\s*$", re.IGNORECASE)


# "een programma van 125 miljoen euro, dat voor het einde van dit jaar moet
# zijn afgerond": the relative clause says when the amount is carried out
_CARRIED_OUT = re.compile(r"\b(?:uitgevoerd|afgerond|voltooid|afgewikkeld|uit\s+te\s+voeren|af\s+te\s+ronden)\b",
                          re.IGNORECASE)
_RELATIVE_OPENING = re.compile(r"\W*(?:\w+\W+){0,8}?(?:dat|die)\b", re.IGNORECASE)


# "haalde in 2022 193 miljoen euro op, tegen een waardering van 1,65 miljard
# euro", "werd in 2021 gewaardeerd op 6,5 miljard dollar, na een
# kapitaalinjectie van 800 miljoen dollar", "… haalde toen 200 miljoen
# dollar op en werd daarbij gewaardeerd op 1,8 miljard": one event, one date
_SAME_EVENT = re.compile(
    r"\b(?:daarbij|waarbij|toen)\b|(?:tegen|bij|na|met)\s+een\s+(?:[\w-]+\s+){0,2}?"
    r"(?:waardering|kapitaalinjectie|(?:financierings|kapitaal)?ronde|investering)\s+(?:\w+\s+){0,3}?van\s*$",
    re.IGNORECASE)


def _period_of_same_event(text: str, reading: _Reading, readings: list[_Reading]) -> str:
    """The date of the amount before ``reading`` in its sentence when the two
    are one event (a round and the valuation it was done at), else ""."""
    before = next((r for r in reversed(readings[:-1])
                   if r.sentence is not reading.sentence or r.converted_from is None), None)
    if before is None or before.sentence is not reading.sentence or not before.period_explicit:
        return ""
    if not _SAME_EVENT.search(text, before.amount.end, reading.amount.start):
        return ""
    return before.period


def _in_own_clause(text: str, money: MoneyMention, period: PeriodMention, sentence: _Sentence) -> bool:
    """``period`` is said in the amount's own clause and conjunct, or in a
    relative clause on the amount that says when it is carried out."""
    left, right = (period.end, money.start) if period.end <= money.start else (money.end, period.start)
    between = text[left:right]
    if not _CLAUSE_BREAK.search(between) and not _CONJUNCT.search(between):
        return True
    if period.end <= money.start and _FRONTED_TIME.fullmatch(text, sentence.start, period.start):
        # "In juni 2023, kort na de oprichting, haalde Mistral 105 miljoen
        # euro op": a time phrase opening the sentence dates its main clause
        main = _ASIDE.sub(" ", between, count=1)
        if not _CLAUSE_BREAK.search(main) and not _CONJUNCT.search(main):
            return True
    if period.end <= money.start and _THEN_CLAUSE.fullmatch(between):
        # "bij de vorige ronde in 2023, toen Voltera 22 miljoen euro ophaalde"
        return True
    if period.end <= money.start and _FRONTED_PHRASE_THEN_TIME.fullmatch(text, sentence.start, period.start):
        # "Bij de vorige ronde, in 2023, haalde Nerventa 15 miljoen euro op":
        # the time in commas after an opening phrase dates the main clause
        main = between.removeprefix(",")
        if not _CLAUSE_BREAK.search(main) and not _CONJUNCT.search(main):
            return True
    if period.start < money.end or not _RELATIVE_OPENING.match(between):
        return False
    clause_end = _CLAUSE_BREAK.search(text, period.end, sentence.end)
    return _CARRIED_OUT.search(text, money.end, clause_end.start() if clause_end else sentence.end) is not None


@dataclass
class _Reading:
    """What the linker decided for one amount before rows are written."""

    amount: MoneyMention
    sentence: _Sentence
    metric: str = ""
    sign: int = 1
    targets: list = None
    company_text: str = ""
    period: str = ""
    period_explicit: bool = False
    modality: str = "reported"
    group: str = ""
    converted_from: int | None = None
    change_to: "_Reading | None" = None  # "van X naar Y": X's reading points at Y's
    period_from_reference: bool = False  # "een jaar eerder": a comparison's period
    annual: bool = False  # the cue names a year's figure: "jaaromzet", "jaarwinst"
    cue_at: int = -1  # where the metric's cue starts
    cue_metric: str = ""  # the cue's metric, before a price per share became "other"
    in_table: bool = False  # a cell of a table row: its column says what it is
    public: bool = False  # a state's or an economy's figure (staatsschuld, bbp): no company's
    restates: "_Reading | None" = None  # "Omgerekend gaat het om …": the figure it puts another way


# a sentence that puts the figure before another way
_RESTATED_OPENING = re.compile(r"\s*(?:Omgerekend\b|Reken\s+(?:dat|het)\s+om\b|Dat\s+is\s+(?:omgerekend|ruwweg|grofweg|dus)\b|"
                               r"Dat\s+komt\s+(?:omgerekend\s+)?neer\s+op\b|Per\s+(?:dag|week|maand)\s+is\s+dat\b)")
# a pronoun subject opening the sentence: "Die kwam uit op …"
# (a verb right after it: "Die overname …" is a determiner and its noun)
_PRONOUN_OPENING = re.compile(r"\s*(?:Die|Deze)\s+(?:kwam|komt|bedroeg|bedraagt|steeg|stijgt|daalde|daalt|lag|ligt|"
                              r"zakte|zakt|groeide|groeit|kromp|krimpt|viel|valt|bleef|blijft|liep|loopt|"
                              r"was|is|werd|wordt)\b")


def _restated(text: str, sentence: _Sentence, readings: list["_Reading"], records: list[_Sentence],
              index: int) -> "_Reading | None":
    """The figure a sentence opening with "Omgerekend", "Dat is omgerekend"
    or "Dat komt neer op" restates: the last one with a metric, in this
    sentence or the two before it, in the paragraph."""
    if not _RESTATED_OPENING.match(text, sentence.start):
        return None
    earliest = records[max(0, index - 2)].start if index < len(records) else sentence.start
    for reading in reversed(readings[:-1]):
        if reading.sentence.start < earliest or reading.sentence.paragraph != sentence.paragraph:
            return None
        if reading.metric and reading.metric != "other":
            return reading
    return None


def _metric_named_before(text: str, sentence: _Sentence, records: list[_Sentence], index: int) -> "_Cue | None":
    """The metric the sentence before names last, for a sentence that opens
    with a pronoun for it ("Die kwam uit op …") and has no cue of its own."""
    if not index or index >= len(records) or not _PRONOUN_OPENING.match(text, sentence.start):
        return None
    before = records[index - 1]
    if before.paragraph != sentence.paragraph:
        return None
    named = [hit for hit in _cue_index().find(text, before.start, before.end) if hit.cue.metric != PUBLIC_FINANCE]
    return named[-1].cue if named else None


def _carried_metric(text: str, readings: list[_Reading], sentence: _Sentence, sentence_records: list[_Sentence],
                   cue_matches: list[_CueHit]) -> "_Reading | None":
    """The figure before, when this one continues its comparison without a
    word for what it is: "Alphabet trok de verwachting op naar 175 miljard
    dollar aan kapitaaluitgaven. Meta mikt op 115 tot 135 miljard dollar" (a
    figure of the same currency and within 10x its size, in the same sentence, or in the
    sentence before when this one has no metric cue at all)."""
    amount = readings[-1].amount
    # "Tel daar de nieuwe 85 miljoen euro bij op": a figure pointed back to is
    # the one stated before, not the comparison just made
    repeated = next((r for r in _figures_repeated(text, amount, sentence, readings[:-1]) if r.targets), None)
    if repeated is not None:
        return repeated
    previous = next((r for r in reversed(readings[:-1]) if r.converted_from is None), None)
    if previous is None or previous.metric in ("", "other") or previous.amount.amount.currency != amount.amount.currency:
        return None
    if previous.sentence is not sentence:
        index = bisect_left(sentence_records, sentence.start, key=lambda r: r.start)
        if index == 0 or sentence_records[index - 1] is not previous.sentence or (
                previous.sentence.paragraph != sentence.paragraph):
            return None
    if previous.sentence is not sentence and _has_cue(cue_matches, sentence):
        return None  # the sentence has words for metrics, just none for this figure
    if _SPENT_ON.match(text, amount.end):
        return None  # "3.000 miljard dollar aan AI-infrastructuur" says what it is
    ratio = amount.amount.value / previous.amount.amount.value if previous.amount.amount.value else 0
    return previous if 0.1 <= ratio <= 10 else None


def _acting(text: str, actors: re.Pattern, start: int, end: int) -> bool:
    """A non-company actor in ``text[start:end]`` that is not a source:
    "Volgens schattingen van analisten gaat er maandelijks zo'n 40 tot 50
    miljoen euro doorheen" cites analysts, it is not their money."""
    return any(not _SOURCE_BEFORE.search(text, max(0, match.start() - 60), match.start())
               for match in actors.finditer(text, start, end))


def _has_cue(cue_matches: list[_CueHit], sentence: _Sentence) -> bool:
    """The sentence holds a metric cue (``cue_matches`` is in text order)."""
    first = bisect_left(cue_matches, sentence.start, key=lambda m: m.start())
    return first < len(cue_matches) and cue_matches[first].start() < sentence.end


@lru_cache(maxsize=1)
def _period_rules() -> tuple[frozenset[str], re.Pattern, re.Pattern]:
    free = frozenset(read_lines("claims", "period_free_metrics.txt"))
    words = [r["word"] for r in read_tsv("claims", "period_words.tsv")
             if r["kind"] == "not_reporting_period_before"]
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    not_reporting = re.compile(rf"(?:^|\s)(?:{alt})\s+(?:\w+\s+)?$", re.IGNORECASE)
    comparisons = read_lines("claims", "comparison_cues.txt")
    calt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(comparisons, key=len, reverse=True))
    # the cue ends the stretch between the two amounts: "…, tegen 468
    # miljoen", "…, duidelijk meer dan de 888 mln. euro"
    comparison = re.compile(rf"(?:^|\s|,)(?:{calt})\s*$", re.IGNORECASE)
    return free, not_reporting, comparison


def link_claims(
    text: str,
    *,
    sentences: list[tuple[int, int]],
    money: list[MoneyMention],
    companies: list[CompanyMention],
    periods: list[PeriodMention],
    doc_id: str = "",
    published: date | None = None,
    parsed_subjects: dict[int, CompanyMention] | None = None,
) -> list[Claim]:
    """Claim records for every amount in ``text`` (one per amount and company).

    ``parsed_subjects`` maps an amount's index in ``money`` to the company a
    dependency parse found as the subject of the amount's verb (see
    :func:`pipeline.components.claims.parsed_subjects`); where given, it is
    used before the word-order heuristics.
    """
    period_free, not_reporting, comparison = _period_rules()
    main_metrics = frozenset(read_lines("claims", "main_company_metrics.txt"))
    share_price = re.compile(r"\b(?:aandeel|aandelen|koers|noteer\w*|per\s+aandeel|slotkoers|beurskoers)\b",
                             re.IGNORECASE)
    unit_metrics = frozenset(read_lines("claims", "unit_price_metrics.txt"))
    # years after "tot", "sinds", "opgericht in" are horizons and history,
    # not the period a figure is reported for
    periods = [p for p in periods if not not_reporting.search(text[max(0, p.start - 25):p.start])
               and not re.search(r"\b(?:tussen|van)\s+\d{4}\s+(?:en|tot)\s+$", text[max(0, p.start - 25):p.start])
               # "obligaties die in 2029 en 2030 aflopen": a maturity
               and not _MATURES_AFTER.match(text, p.end)]
    separator = _paragraph_separator(text)
    line_starts = [0] + [m.end() for m in re.finditer(separator, text)]
    sentence_records: list[_Sentence] = []
    companies_of = _by_sentence(companies, sentences)
    periods_of = _by_sentence(periods, sentences)
    money_of = _by_sentence(money, sentences)
    for index, (start, end) in enumerate(sentences):
        line = bisect_left(line_starts, start + 1)
        sentence_records.append(_Sentence(
            start, end, line, companies_of[index], periods_of[index], " ".join(text[start:end].split()),
        ))
    word_ends = [m.end() for m in _WORD.finditer(text)]
    # metric cues found once per text; each amount looks at its sentence's
    # ... in the sentences that hold an amount (most hold none)
    cue_index = _cue_index()
    cue_matches = []
    for record, amounts in zip(sentence_records, money_of):
        if amounts:
            cue_matches.extend(cue_index.find(text, record.start, record.end))
    # "ebitda na leasekosten", "winst voor belastingen": a cue that qualifies
    # the one right before it names no metric of its own
    # (not after a split verb's particle: "trok 100 miljard dollar uit voor
    # de inkoop van eigen aandelen" says what the money is for)
    cue_matches = [match for previous, match in zip([None] + cue_matches, cue_matches)
                   if previous is None or previous.cue.kind == "split"
                   or not _QUALIFYING.fullmatch(text, previous.end(), match.start())]
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    lower = lowered(text)
    modalities: dict[int, str] = {}  # by sentence start: amounts share them
    noun_refs, pronoun_refs = _reference_pattern()
    actors = _non_company_actor_pattern()

    running_period = ""
    running_part = ""  # the last quarter, half or nine months named: "dezelfde periode van 2025" is one
    last_target: CompanyMention | None = None  # the company the last takeover price was for
    priced: dict[tuple, CompanyMention] = {}  # the company each takeover price was first stated for
    readings: list[_Reading] = []
    focus: CompanyMention | None = None  # the company the last sentences were about
    # the company a description ("de autobouwer") was first read as, by its stem
    resolved_descriptions: dict[str, CompanyMention] = {}
    bid_target: CompanyMention | None = None  # the company the last "bod op X" was for
    main = _main_company(companies)  # the company the article is about
    previous_period, previous_line = "", -1
    heading_period, body_started = "", False
    sentence_index = 0
    for number, amount in enumerate(money):
        while sentence_index < len(sentence_records) and sentence_records[sentence_index].end < amount.start:
            sentence = sentence_records[sentence_index]
            focus = _update_focus(text, lower, sentence, focus, noun_refs)
            # (or the company a takeover is announced for, with no price yet:
            # "Keurig Dr Pepper neemt JDE Peet's over. … De totale overnamesom
            # komt uit op € 15,7 mrd")
            announced = next((c for c in sentence.companies if _BID_FOR.search(
                text, max(sentence.start, c.start - 60), c.start) or _TAKEN_OVER_OBJECT.search(
                text, max(sentence.start, c.start - 50), c.start) and _TAKEOVER_PARTICLE.match(text, c.end)
                # "een poging om Core Scientific over te nemen"
                or _TO_TAKE_OVER.match(text, c.end)), None)
            if announced is not None:
                # a takeover announced since the last price is what the next
                # bid is about: "In 2023 nam het voor 3,1 miljard euro stations
                # van TotalEnergies over. Maar de grootste prooi ontglipte de
                # Canadezen: Seven & i. … hun bod … goed voor 47 miljard dollar"
                bid_target = announced
                if last_target is not None and last_target.name != announced.name:
                    last_target = None
            # not a comparison's period in brackets: "Omzet: € 30,1 mld.
            # (eerste halfjaar 2024: € 31,1 mld.)"
            labels = [p.label for p in sentence.periods if p.label and not is_reference(p.label)
                      and not _in_bracket_with_amount(text, p, sentence, money_of[sentence_index])]
            if labels:
                # a sentence's first period is what it reports on; later ones
                # are mostly comparisons ("…, tegen 661 miljoen in 2024")
                previous_period, previous_line = labels[0], sentence.paragraph
                running_period = labels[0]
                if sentence.start not in modalities:
                    modalities[sentence.start] = _modality(lower, sentence.start, sentence.end)
                if modalities[sentence.start] == "reported":
                    # (not a forecast's: "Voor het vierde kwartaal mikt ASML op
                    # … TSMC zette in hetzelfde kwartaal …" is the third)
                    running_part = next((label for label in labels if "-" in label), running_part)
            if _is_heading(text, sentence, money_of[sentence_index]):
                # "Cijfers eerste halfjaar 2025" over a list of figures: the
                # period of the section, until the next heading (the headline
                # and subtitle above the body are the article's, not a section's)
                if body_started:
                    heading_period = labels[0] if labels else ""
            else:
                body_started = True
            sentence_index += 1
        if sentence_index >= len(sentence_records):
            sentence = _Sentence(amount.start, amount.end, -1, [], [], amount.text)
        else:
            sentence = sentence_records[sentence_index]
        reading = _Reading(amount, sentence, targets=[], group=f"{doc_id}:{number + 1}")
        readings.append(reading)
        previous = readings[-2] if len(readings) > 1 else None

        # a conversion in brackets: "1,2 miljard euro (1,4 miljard dollar)"
        # (in the same currency it is a restatement, "45 euro per aandeel,
        # ofwel zo'n 1,58 miljard euro": a figure of its own)
        if (previous is not None and _CONVERSION_GAP.fullmatch(text[previous.amount.end:amount.start])
                and previous.amount.amount.currency != amount.amount.currency):
            reading.converted_from = len(readings) - 2
            continue

        # the other amounts of the sentence (none past the last sentence)
        others = [m for m in money_of[sentence_index] if m is not amount] if sentence_index < len(money_of) else []
        cell = _table_cell(text, amount, sentence)
        reading.in_table = cell is not None
        metric_found = _metric_for(text, sentence, amount, others, word_ends, breaks, cue_matches, cell)
        cue_match = None
        if metric_found and metric_found[0].kind == "split" and previous is not None and previous.metric and (
                _FOR_THAT.search(text, metric_found[1].start(), metric_found[1].end())):
            # "in 2025 voor € 250 mln, en dit jaar trekt het daar 500 miljoen
            # euro voor uit": the money is set aside for what was just named
            reading.metric, reading.sign = previous.metric, previous.sign
        elif metric_found:
            cue, cue_match = metric_found
            reading.metric, reading.sign = cue.metric, cue.sign
            reading.annual = lower.startswith("jaar", cue_match.start())
            reading.cue_at = cue_match.start()
            reading.cue_metric = cue.metric
            if cue.metric == PUBLIC_FINANCE or _MARKET_RELATIVE.search(
                    text, max(sentence.start, amount.start - 80), amount.start):
                # "De Amerikaanse staatsschuld is opgelopen tot 38 biljoen
                # dollar" in a column about Nvidia, "een supermarktmarkt die
                # jaarlijks zo'n 50 miljard euro omzet": a state's or a
                # market's figure, no company's, whatever the paragraph is about
                reading.metric, reading.public = "", True
        elif previous is not None and _RESTATEMENT_GAP.fullmatch(text, previous.amount.end, amount.start):
            # "een tegenbod van 45 euro per aandeel, ofwel zo'n 1,58 miljard
            # euro": the same figure as a total
            reading.metric, reading.sign = previous.cue_metric or previous.metric, previous.sign
        elif (restated := _restated(text, sentence, readings, sentence_records, sentence_index)) is not None:
            # "… verbrandt het ruim 1 miljard dollar per maand. Dat is omgerekend
            # meer dan 30 miljoen dollar per dag": the same figure put another
            # way, whatever its size
            reading.metric, reading.sign, reading.restates = restated.metric, restated.sign, restated
        elif (named := _metric_named_before(text, sentence, sentence_records, sentence_index)) is not None:
            # "Maar kijk naar de vrije kasstroom. Die kwam uit op 25,7 miljard
            # dollar": a pronoun opening the sentence stands for what the
            # sentence before named
            reading.metric, reading.sign = named.metric, named.sign
        elif _builds_capacity(text, sentence, amount):
            # "bouwt voor ruim 10 miljard euro een fabriek", "zijn geplande
            # megafabriek, goed voor 30 miljard euro": with no cue, money
            # tied to capacity is an investment
            reading.metric = "investment"
        else:
            carried = _carried_metric(text, readings, sentence, sentence_records, cue_matches)
            if carried is not None:
                reading.metric, reading.sign = carried.metric, carried.sign
        if reading.metric in SIGNED_METRICS and reading.sign > 0 and (_MINUS_BEFORE.search(
                text, max(sentence.start, amount.start - 6), amount.start) or _MINUS_INSIDE.search(amount.text)):
            reading.sign = -1  # "GBL: – € 85 mln (Nettoresultaat)": a minus in a table
        if reading.metric in SIGNED_METRICS and reading.sign > 0 and (
                _LOSS_NEARBY if reading.metric in LOSS_METRICS else _NEGATIVE_NEARBY).search(
                text, max(sentence.start, amount.start - 30), amount.start):
            # "Onder de streep bleef een verlies van 12 miljoen euro over":
            # the cue that won was "bleef … over", the loss is still a loss
            reading.sign = -1
        if reading.metric and reading.metric not in unit_metrics and (
                amount.amount.value < 1000
                or amount.amount.value < 100_000 and share_price.search(text, sentence.start, sentence.end)
                # "Een Chanel-tas die in 2019 nog 4.900 euro kostte", "een vaste
                # klant is goed voor 2.800 euro omzet per jaar": no company's
                # own figure is this small
                or amount.amount.value < _SMALLEST_COMPANY_FIGURE and amount.amount.qualifier != "range"
                # "Per geleverde auto verloor het bedrijf ruim 90.000 dollar"
                or amount.amount.value < 10_000_000
                and (_PER_UNIT.search(text, _clause_start(breaks, sentence, amount.start), amount.start)
                     # "meer dan 110.000 euro winst per auto"
                     or _PER_UNIT_AFTER.match(text, amount.end))):
            reading.metric = "other"  # a share price or a price per unit
        elif (not reading.metric and amount.amount.value < 1000 and _PER_SHARE_AFTER.match(text, amount.end)
              and _SHAREHOLDERS_RECEIVE.search(text, sentence.start, amount.start)):
            # "Aandeelhouders merken er weinig van: zij ontvangen $ 5,40 per
            # aandeel per jaar": what shareholders receive per share is a dividend
            reading.metric = "dividend"
        elif (not reading.metric and amount.amount.value < 100_000
              and _SHARE_PRICE_NEAR.search(text, max(sentence.start, amount.start - 30), amount.start)):
            # "Met een koers van rond de 5.000 dollar": a share price, whatever
            # the figures around it are
            reading.metric = "other"
        if reading.metric in _LEVEL_METRICS and BY_CHANGE_BEFORE.search(text, max(sentence.start, amount.start - 25),
                                                                 amount.start) and _DELTA_WORD.search(
                text, max(sentence.start, amount.start - 80), min(sentence.end, amount.end + 40)):
            # "zag zijn kwartaalwinst met 3,1 miljard dollar gedrukt worden",
            # "een daling van de beurswaarde met 350 miljard dollar": a change,
            # not the figure itself (no reported figure to check it against)
            reading.metric = "other"
        if (reading.metric in ("net_income", "costs") and _PAY_OF_A_PERSON.search(text, sentence.start, sentence.end)
                and _executive_in(text, sentence)):
            # "Oprichter en topman Joris Kamphuis verdient 450.000 euro per
            # jaar": a person's pay, not the company's profit
            reading.metric = "other"
        clause_end = _CLAUSE_BREAK.search(text, amount.end, sentence.end)
        later = clause_end.start() if clause_end else sentence.end
        if reading.metric == "valuation" and (
                _on_stock_market(text, sentence.start, later)
                # a later clause's only when it names no other company:
                # "gewaardeerd op 15 miljard euro, een maatstaf waarbij de
                # beurswaarde van Magnum …" is Magnum's stock market
                or _on_stock_market(text, later, sentence.end)
                and not any(c.start >= later for c in sentence.companies)):
            reading.metric = "market_cap"  # "was op de beurs 2,6 miljard euro waard"
        if (reading.metric in ("valuation", "market_cap") and _STAKE.search(text, sentence.start, amount.start)
                and _WORTH_AFTER.match(text, amount.end)):
            # "Alleen al het belang in Nvidia is meer dan 50 miljard dollar
            # waard": what a holding is worth, not the company's value
            reading.metric = "other"
        if reading.metric in ("valuation", "market_cap") and (
                _BID.search(text, sentence.start, amount.start)
                or _DEAL_WORTH.search(text, _clause_start(breaks, sentence, amount.start), amount.start)
                and _WORTH_AFTER.match(text, amount.end)):
            # "Het nieuwe bod waardeert Vortherm op 1,74 miljard euro",
            # "inclusief schulden is de transactie 4,8 miljard pond waard"
            reading.metric = "acquisition_price"
        paid_for = _paid_for(text, amount, sentence, money[number - 1] if number else None)
        if (paid_for is None and focus is not None and all(c.name != focus.name for c in sentence.companies)
                and (reading.metric == "acquisition_price"
                     or reading.metric == "costs" and _PAY_VERB.search(text, sentence.start, amount.start))):
            # "Pfizer bood 4,9 miljard dollar voor het Amerikaanse
            # biotechbedrijf": the description is the company in focus
            conversion = _CONVERSION_AFTER.match(text, amount.end)
            after = _PRICE_FOR.match(text, conversion.end() if conversion else amount.end)
            if after and noun_refs.match(lower, after.end()):
                paid_for = focus
                if noun_refs.match(lower, _first_word(text, sentence.start)):
                    # "De staaldraadproducent betaalt 85 miljoen frank voor het
                    # familiebedrijf": the payer is the company in focus, what
                    # it pays for the other company named just before
                    others_named = [c for r in sentence_records[max(0, sentence_index - 2):sentence_index]
                                    for c in r.companies if c.name != focus.name]
                    paid_for = others_named[-1] if others_named else None

        shares = _FOR_THE_SHARES.match(text, sentence.start) or _FOR_THAT_ONE.match(text, sentence.start)
        if paid_for is None and shares and _PAY_VERB.search(text, sentence.start, amount.start):
            # "Voor de resterende 75 procent van de aandelen betaalt Gilead
            # 1,56 miljard euro", "Voor die concurrent betaalde Zalando zo'n
            # 1,1 miljard euro": the shares of (or the one pointed at is) the
            # company named last before that is not the one paying
            # "Voor de resterende aandelen Boskalis betaalde HAL …": the company named with the shares
            named = next((c for c in sentence.companies if not text[shares.end():c.start].strip()), None)
            payers = {c.name for c in sentence.companies}
            earlier = [c for r in sentence_records[:sentence_index] for c in r.companies if c.name not in payers]
            paid_for = named or (last_target if last_target is not None and last_target.name not in payers else (
                earlier[-1] if earlier else None))
        if (paid_for is None and bid_target is not None and reading.metric == "costs"
                and _PAY_VERB.search(text, sentence.start, amount.start)
                and _BID.search(text, sentence.start, amount.start)
                and all(c.name != bid_target.name for c in sentence.companies)):
            # "… de strijd om het biotechbedrijf Metsera. Novo deed een
            # tegenbod, maar Pfizer betaalt maximaal 10 miljard dollar": what
            # the winner of the bidding pays is for the company bid for
            paid_for = bid_target
        if (paid_for is None and bid_target is not None and number
                and _TOTAL_OF_PRICE.fullmatch(text, money[number - 1].end, amount.start)
                and _PAY_VERB.search(text, sentence.start, amount.start)
                and all(c.name != bid_target.name for c in sentence.companies)):
            # "De biedingsoorlog om het Britse Spectris … Na meerdere rondes
            # legde KKR 41,75 pond per aandeel op tafel, goed voor een
            # totaalbedrag van ongeveer 4,2 miljard pond": the total of a price
            # paid per share is for the company bid for
            paid_for = bid_target
        if paid_for is None:
            paid_for = _changed_hands(text, sentence, amount, breaks)
        if paid_for is not None:
            # "betaalt zo'n 40 tot 50 miljoen euro voor Dewaele"
            reading.metric = "acquisition_price"

        # the company, by structure first
        targets: list[CompanyMention] = [paid_for] if paid_for is not None else []
        if not targets and reading.restates is not None and reading.restates.targets:
            targets = list(reading.restates.targets)
        if not targets and reading.metric == "debt":
            # "verstrekten 38 miljard dollar aan leningen aan Vantage": the
            # borrower, not the banks lending
            borrower = next((c for c in sentence.companies if c.start > amount.end and _LENT_TO.fullmatch(
                text, amount.end, c.start)), None)
            if borrower is not None:
                targets = [borrower]
        if not targets and cell is not None:
            # a table with a column per company: "€ 5,3 mrd (Vestas (Q3 2025));"
            targets = [c for c in sentence.companies if cell.start(1) <= c.start < cell.end(1)][:1]
        if not targets and reading.metric == "acquisition_price":
            target = _acquisition_target(text, sentence, amount)
            if target:
                targets = [target]
        if not targets and reading.metric == "acquisition_price":
            # "Sinds de investeerders Apax en Warburg Pincus het bedrijf in 2022
            # voor 5,1 miljard euro kochten": the description after the buyers
            # is what they bought, the company the text is about ("Het Delftse
            # Exact verdween van de beurs, toen Apax het bedrijf kocht voor
            # …": the one the sentence named before the buyer)
            before = [c for c in sentence.companies if c.end <= amount.start]
            buyers_end = max((c.end for c in before), default=None)
            bought = noun_refs.search(lower, buyers_end, amount.start) if buyers_end is not None else None
            buyer = before[-1] if before else None
            # (not a buyer's fellow buyer: "Apax en Warburg Pincus")
            buyers = [buyer] if buyer is not None else []
            for company in reversed(before[:-1]):
                if not _LIST_SEPARATOR_GAP.fullmatch(text, company.end, buyers[-1].start):
                    break
                buyers.append(company)
            named_before = [c for c in before if buyer is not None and all(c.name != b.name for b in buyers)
                            and not _is_oblique(text, c, sentence.start)]
            # (not an apposition of the buyer: "Exor, de investeringsmaatschappij
            # van de familie Agnelli, kocht …")
            if (bought is not None and "," not in text[buyers_end:bought.start()]
                    and _TAKEOVER_VERB.search(text, buyers_end, sentence.end)):
                if named_before:
                    targets = [named_before[0]]
                elif focus is not None and all(c.name != focus.name for c in sentence.companies):
                    targets = [focus]
        if not targets and reading.metric in ("valuation", "market_cap", "funding_raised"):
            # "JAB bracht JDE Peet's in 2020 naar de beurs …, bij een
            # beurswaarde van 15,5 miljard euro": the company listed, not the seller
            listed = next((c for c in sentence.companies if _BROUGHT_TO_MARKET.search(
                text, max(sentence.start, c.start - 16), c.start) and _TO_THE_MARKET.match(text, c.end)), None)
            if listed is not None:
                targets = [listed]
        if not targets and reading.metric and reading.metric != "acquisition_price":
            # "… platform Shipbharat, dat daarbij op 1,4 miljard dollar werd
            # gewaardeerd", "T-Mobile US, dat op de beurs zo'n 270 miljard
            # dollar waard is": a relative clause is about its antecedent;
            # "een financieringsronde van 250 miljoen dollar bij Shipbharat":
            # the company the round is of
            target = _relative_antecedent(text, sentence, amount) or (
                _raised_at(text, sentence, amount) if reading.metric == "funding_raised" else None)
            if target:
                targets = [target]
        if not targets:
            targets = _coordinated_subjects(text, sentence, amount, others)
        if not targets and cue_match is not None:
            owner = _company_after_cue(text, cue_match, sentence)
            if owner:
                targets = [owner]
        clause_start = _clause_start(breaks, sentence, amount.start)
        reference = (_description_before(lower, noun_refs, sentence.start, amount.start)
                     or _pronoun(text, pronoun_refs, clause_start, min(amount.end + 30, sentence.end))
                     or noun_refs.search(lower, amount.end, sentence.end))
        if not targets:
            # "Dat Amerikaanse onderdeel werd … verkocht", "Die ijstak zette …
            # om": a part pointed at is the company named right before it
            part = _PART_REFERENCE.search(text, sentence.start, amount.start)
            if part is not None:
                before = sentence_records[sentence_index - 1] if sentence_index else None
                named_before = ([c for c in sentence.companies if c.end <= part.start()]
                                or [c for c in (before.companies if before else [])
                                    if not _STAKE_IN.search(text, max(before.start, c.start - 45), c.start)])
                # (not one of a list: "iFood, OLX, PayU en Swiggy … die tak")
                if named_before and len({c.name for c in named_before}) <= 2:
                    targets = [named_before[-1]]
                    reading.company_text = part.group(0)
        if not targets and parsed_subjects and number in parsed_subjects:
            targets = [parsed_subjects[number]]
        if not targets:
            subject = _clause_subject(text, sentence, amount, breaks)
            # a description at the head of the sentence, before any company,
            # is its subject: "Het Rotterdamse energiebedrijf, sinds 2020 in
            # handen van Mitsubishi, investeert …"
            if (subject is not None and reference is not None and focus is not None
                    and reference.start() < subject.start and reference.start() - sentence.start < 4
                    and text[reference.end():subject.start].strip()):  # not "branchegenoot Carlsberg"
                subject = None
            if subject:
                targets = [subject]
                # (with no takeover before, the company in focus: "Arm … Nvidia
                # bood in 2020 nog 40 miljard dollar, maar die overname strandde")
                # (a company the sentence names besides the bidder before
                # one an earlier takeover was about: "Seven & i vond dat te
                # laag, waarna de Canadezen hun bod verhoogden tot …, goed
                # voor circa 47 miljard dollar")
                besides = [c for c in sentence.companies if c.name != subject.name and not _is_investment_firm(c)
                           and c.start < amount.start and not _EXAMPLES_BEFORE.search(lower, sentence.start, c.start)]
                bought = (besides[-1] if besides and reading.metric == "acquisition_price" else None) or (
                    last_target or bid_target or (
                        focus if focus is not None and len({c.name for c in sentence.companies}) == 1
                        and not _is_investor(focus) else None))
                if (reading.metric == "acquisition_price" and bought is not None
                        and bought.name != subject.name and _BID.search(
                            text, *((subject.end, amount.start) if subject.start < amount.start
                                    else (amount.end, subject.start)))):
                    # "Vorige week gooide EQT roet in het eten met een tegenbod
                    # van …, ofwel 1,58 miljard euro", "2,07 miljard euro, die
                    # Prysmian bood": the bidder's price is for the company the
                    # takeover is about
                    targets = [bought]
        if not targets and reading.metric == "acquisition_price" and (
                last_target is not None or bid_target is not None
                or (amount.amount.currency, amount.amount.value) in priced):
            # "Inclusief schulden bedraagt de overnamesom 2,3 miljard euro":
            # the takeover the article is about; "Het bod van 4,1 miljard
            # euro is geen redding": the takeover that price was stated for;
            # "KDP biedt 31,85 euro per aandeel voor JDE Peet's. Het
            # overnamebedrag komt uit op 15,7 miljard euro": the company bid for
            targets = [priced.get((amount.amount.currency, amount.amount.value), last_target or bid_target)]
        if (not targets and reference is not None and focus is not None
                and reference.start() - sentence.start < 4 and _ITSELF.match(text, reference.end())
                # (not right after a sentence that names the company in focus
                # alone: "En dan is er Tesla, dat … De autobouwer zelf boekte")
                and not (sentence_index and {c.name for c in sentence_records[sentence_index - 1].companies}
                         == {focus.name})):
            # "Het bezorgbedrijf zelf boekte …" after a sentence about its
            # buyer: "zelf" turns from the company in focus to the other one
            others = [c for r in sentence_records[max(0, sentence_index - 4):sentence_index] for c in r.companies
                      if c.name != focus.name and not _EXAMPLES_BEFORE.search(lower, r.start, c.start)
                      and not _STAKE_IN.search(text, max(r.start, c.start - 45), c.start)]
            if others:
                targets = [others[-1]]
                reading.company_text = text[reference.start():reference.end()]
        if not targets and reference is not None and _PARENT_WORD.search(reference.group(0)):
            # "Het Amerikaanse moederbedrijf van Booking.com zette … om" after
            # "Booking Holdings" was named: the parent that carries its name
            child = next((c for c in sentence.companies if c.start >= reference.end()
                          and _OF_GAP.fullmatch(text, reference.end(), c.start)), None)
            if child is not None:
                stem = normalise_name(child.name).split(" ")[0]
                parents = [c for r in sentence_records[:sentence_index] for c in r.companies
                           if c.name != child.name and normalise_name(c.name).split(" ")[0] == stem]
                if parents:
                    targets = [parents[-1]]
                    reading.company_text = text[reference.start():child.end]
        renamed = _renamed_company(text, sentence, reference) if reference is not None else None
        if not targets and renamed is not None:
            # "Bij KBC, de grootste bank van Vlaanderen, bleef …": the
            # description renames the company before it, it refers to no other
            targets = [renamed]
        if (reference is not None and actors.match(text, _first_word(text, sentence.start))
                and _after_preposition(text, reference.start(), sentence.start)):
            # "De Europese Unie trekt voor het Innovatiefonds 40 miljard euro
            # uit": a description after a preposition, with another actor
            # before it, is not who spends
            reference = None
        stem = _description_stem(reference.group(0).split()[-1]) if reference is not None else ""
        placed = (_placed_company(text, lower, sentence, amount, reference, sentence_records[:sentence_index])
                  if not targets else None)
        if placed is not None:
            # "Het Zaandamse concern zette … om", "De Zweden boekten …": the
            # company at home there named last, whoever is in focus (and
            # what "de autobouwer" means from now on)
            targets = [placed[0]]
            reading.company_text = placed[1]
            focus = placed[0]
            if stem:
                resolved_descriptions.setdefault(stem, placed[0])
        described = (_described_company(text, stem, sentence_records[:sentence_index])
                     if reference is not None and not targets else None)
        if described is None and reference is not None and not targets:
            # "Kort na de beursgang was de Amerikaanse autobouwer meer waard
            # dan Ford …" read as Rivian: a later "De autobouwer" is Rivian
            # again, whoever was named in between
            described = resolved_descriptions.get(stem)
        if described is not None and sentence_index:
            # not past the subject of the sentence before: "Over 2024 boekte JET
            # …. Door afboekingen leed de maaltijdbezorger …" is JET, whatever
            # "Wonder, een maaltijdonderneming" two sentences up shares with it
            before = sentence_records[sentence_index - 1]
            subject_before = next((c for c in before.companies if not _is_oblique(text, c, before.start)
                                   and not _EXAMPLES_BEFORE.search(lower, before.start, c.start)), None)
            if subject_before is not None and subject_before.name != described.name:
                described = None
        if described is not None and any(
                c.start < reference.start() and c.start - sentence.start < 3 and c.name != described.name
                for c in sentence.companies):
            # "Boeing-topman Kelly Ortberg mag …, maar de Amerikaanse
            # vliegtuigbouwer …": the sentence opened with another company
            described = None
        if described is not None:
            # "The Magnum Ice Cream Company, de voormalige ijsdivisie van
            # Unilever, …" and later "Het ijsconcern zette …": the description
            # shares its stem with the one the company was introduced with
            targets = [described]
            reading.company_text = text[reference.start():reference.end()]
        if not targets and reference is not None and focus is not None:
            # "het concern" is the company the article is about when that one
            # was named in the last sentences, even if another was named since
            # (the current sentence counts up to the reference only: "Het
            # bedrijf … bij onder meer Oracle, Microsoft" names no subject)
            # (not one named as an example: "haalde geld op bij onder anderen Volkswagen")
            # (nor one a figure is compared with: "ongeveer evenveel als ASML in
            # een heel jaar omzet")
            recent = [c.name for r in sentence_records[max(0, sentence_index - 2):sentence_index]
                      for c in r.companies if not _EXAMPLES_BEFORE.search(lower, r.start, c.start)
                      and not _COMPARED_WITH.search(text, max(r.start, c.start - 12), c.start)]
            recent += [c.name for c in sentence.companies if c.start < reference.start()]
            before = sentence_records[sentence_index - 1] if sentence_index else None
            # "Anthropic, de maker van Claude, is zuiniger. Het bedrijf …": a
            # sentence that opens with the company in focus makes it the topic
            # ("Syensqo, afgesplitst van Solvay, … Het zette … om. Het concern
            # kondigde …": a pronoun subject is the company in focus too)
            pronoun = before is not None and not before.companies and _OPENING_PRONOUN.match(text, before.start)
            opened_by_focus = (pronoun and pronoun.group(1) in _pronoun_followers()) or (
                               before is not None and before.companies
                               and (before.companies[0].name == focus.name
                                    and (before.companies[0].start - before.start < 3
                                         # "Bij het Franse AXA is het beeld …", "Het
                                         # Zwitserse Zurich rapporteert …"
                                         or _TOPIC_OPENING.fullmatch(text, before.start,
                                                                     before.companies[0].start))
                                    # "… de spanning bij CoreWeave, de cloudaanbieder
                                    # die …": a company introduced with a description
                                    or any(c.name == focus.name and (
                                        _INTRODUCED.match(text, c.end)
                                        # "… belandt bij één leverancier: Nvidia."
                                        or _COLON_BEFORE.search(text, before.start, c.start)
                                        and _SENTENCE_END_AFTER.match(text, c.end))
                                           for c in before.companies)
                                    # "Ook de Duitse concurrent uit Hamburg, de
                                    # beursgenoteerde rederij Hapag-Lloyd AG, voelt …"
                                    or _described_opening(text, lower, before, noun_refs) == focus.name))
            chosen = (main if main is not None and main.name in recent and focus.name != main.name
                      and not opened_by_focus else focus)
            if _RIVAL_WORD.search(reference.group(0)):
                # "… een bod voorbereidden op BP. Het rivaliserende concern is
                # … kleiner": a rival is the other company, the one named last
                rivals = [c for r in sentence_records[max(0, sentence_index - 2):sentence_index]
                          for c in r.companies if c.name != chosen.name]
                chosen = rivals[-1] if rivals else chosen
            if (_is_investment_firm(chosen) and _OPERATING_COMPANY_WORD.search(reference.group(0))
                    and main is not None and not _is_investment_firm(main)):
                # "Activistische belegger Elliott vindt het bod te laag. … Het
                # concern beschikt over liquide middelen van meer dan 9 biljoen
                # yen": an investor is no "concern"; the article's company is
                chosen = main
            if _YOUNG_COMPANY_WORD.search(reference.group(0)) and _is_listed(chosen):
                # "… de investering die ASML deed in het Franse Mistral AI. De
                # start-up haalde …": a listed company is no start-up
                young = [c for r in sentence_records[max(0, sentence_index - 2):sentence_index]
                         for c in r.companies if _may_be_young(c)]
                chosen = young[-1] if young else chosen
            # "Boeing-topman Kelly Ortberg mag …, maar de Amerikaanse
            # vliegtuigbouwer torst …": the company the sentence opened with
            opening = next((c for c in sentence.companies if c.start < reference.start()
                            and not _EXAMPLES_BEFORE.search(lower, sentence.start, c.start)
                            and not _is_source(text, c, sentence.start)), None)
            if opening is not None and opening.start - sentence.start < 3:
                chosen = opening
            if chosen.name in _subsidiary_names() and _GROUP_WORD.search(reference.group(0)):
                # "Ahold Delhaize … in Nederland groeit Albert Heijn … Voor heel
                # 2025 verwacht het concern …": the group is the last company
                # named that is no subsidiary, not the subsidiary
                groups = [c for r in sentence_records[max(0, sentence_index - 3):sentence_index]
                          for c in r.companies if c.name not in _subsidiary_names()]
                # the group that carries the subsidiary's name, wherever the
                # article named it: "KLM … de nettoschuld van de groep" is
                # Air France-KLM's
                # (or the group whose name the subsidiary carries: "VDL Nedcar
                # … het concern" is VDL's)
                parents = [c for r in sentence_records[:sentence_index] for c in r.companies
                           if c.name != chosen.name and c.name not in _subsidiary_names()
                           and (re.search(rf"(?<!\w){re.escape(chosen.name)}(?!\w)", c.name)
                                or chosen.name.startswith(c.name + " "))]
                chosen = parents[-1] if parents else groups[-1] if groups else chosen
            bought = last_target or bid_target
            if (reading.metric == "acquisition_price" and bought is not None and bought.name != chosen.name
                    and _BID.search(text, sentence.start, amount.start)):
                # "Het bod waardeert de maker van weegsystemen op 1,42 miljard
                # euro": the description in a bid's sentence is the company bid
                # for, not the bidder in focus
                chosen = bought
            targets = [chosen]
            reading.company_text = text[reference.start():reference.end()]
            if stem:
                resolved_descriptions.setdefault(stem, chosen)
        if not targets and main is not None and _we_in_a_quote(text, clause_start, amount):
            # '"Daarom haalden we nu 62 miljoen euro op," zegt de topvrouw':
            # the company speaking in an article about it is the article's
            targets = [main]
        if not targets:
            owner = _oblique_owner(text, sentence, amount, breaks)
            if owner:
                targets = [owner]
        # (not when an executive opens the sentence: "Topman Andrea Guerra wil
        # een half miljard euro in Versace steken" is his company's investment)
        if not targets and reading.metric == "investment" and not _executive_opening().match(text, sentence.start):
            # "de Staat stak 5 miljard euro eigen vermogen in TenneT": with no
            # company investing, the figure is the funding of the one invested in
            recipient = _investment_recipient(text, sentence, amount, breaks)
            if recipient is not None:
                targets = [recipient]
                reading.metric = "funding_raised"
        if (not targets and main is not None and not sentence.companies and reading.metric
                and reading.metric != "other" and _LABEL_LINE.match(text, sentence.start)):
            # "- Opgehaald: € 85 mln." in a fact box, "Nettowinst: $ 1,1 mld
            # (2025)" from a table: a label and its figure, of the company the
            # sentence introducing the list names ("Over 2025 presenteerde
            # Wereldhave de volgende cijfers:"), else the paragraph's, else
            # the article's (whatever the metric)
            targets = [_list_introducer(text, sentence_records[:sentence_index])
                       or _paragraph_company(text, lower, sentence, sentence_records[:sentence_index], focus,
                                             readings) or main]
        # an actor in a clause before the amount's ("Toch reageerden beleggers
        # opgelucht: het bedrijfsresultaat van 178 miljoen …") is not its actor,
        # nor one after it ("lag boven de verwachting van analisten")
        if (not targets and main is not None and not _acting(text, actors, clause_start, amount.start)
                # nor one opening the sentence whose relative clause holds the
                # amount ("Brussel presenteerde een plan …, waarvan 150 miljard
                # euro in leningen")
                and not (_RELATIVE_CLAUSE.match(text, clause_start)
                         and actors.match(text, _first_word(text, sentence.start)))
                # nor one opening the sentence before, which "Daarvoor is …"
                # goes on about ("De Duitse regering wil de industrie helpen.
                # Daarvoor is 6,5 miljard euro uitgetrokken.")
                and not (sentence_index and _ANAPHORIC_OPENING.match(text, _first_word(text, sentence.start))
                         and actors.match(text, _first_word(text, sentence_records[sentence_index - 1].start)))
                and (reading.metric in main_metrics
                     # "De eenmalige kosten bedragen zo'n 8 miljard kronen": a
                     # company's own costs named by a noun (not "kost", which
                     # prices anything: "Een nieuwe mijn kost al snel …")
                     or reading.metric == "costs" and cue_match is not None and not cue_match.cue.defers
                     and cue_match.cue.kind != "split")
                # "Samen is dat twaalf miljard euro winst": a total of several
                and not _TOGETHER.search(lower, sentence.start, sentence.end)
                # "Een bank die jaarlijks 6 miljard euro verdient …": any bank
                and not _GENERIC_SUBJECT.match(lower, sentence.start)
                # "De totale marktwaarde van alle cryptomunten": the metric
                # names an owner that is no company
                and not (cue_match is not None and _OWNED_BY_NO_COMPANY.match(text, cue_match.end()))):
            # "De nettowinst kwam uit op 413 miljoen euro." in an article
            # about Ahold Delhaize: the figure is the paragraph's company's,
            # else the article's
            fallback = _paragraph_company(text, lower, sentence, sentence_records[:sentence_index], focus,
                                          readings) or _main_company(companies, readings)
            # "Volgens adviesbureau McKinsey wordt er … geïnvesteerd": the
            # sentence's source is not whose figure it is
            if not any(c.name == fallback.name and _is_source(text, c, sentence.start) for c in sentence.companies):
                targets = [fallback]
        if (not targets and main is not None and reading.metric and reading.metric != "other"
                and not any(c.start < amount.start for c in sentence.companies)
                and _executive_speaks(text, sentence.start)
                # "Topman Joris Kamphuis verdient 450.000 euro per jaar": his pay
                and not _PAY_OF_A_PERSON.search(text, sentence.start, sentence.end)):
            # "Topman David Knibbe waarschuwde voor 90 miljoen euro aan
            # kosten": the executive speaks for the paragraph's company
            targets = [_paragraph_company(text, lower, sentence, sentence_records[:sentence_index], focus,
                                          readings) or main]
        if (not targets and reading.metric == "acquisition_price" and not sentence.companies and focus is not None
                and _TAKEOVER_WORD.search(text, sentence.start, sentence.end)):
            # "Inzet was Spectris plc, een Britse maker van meetapparatuur. In
            # een paar weken liep het bod op, tot een totale dealwaarde van
            # circa 4,8 miljard pond": the company the takeover is about
            targets = [focus]
        several = (len({c.name for c in sentence.companies}) >= 2
                   or reference is not None and reference.group(0).casefold() in ("zij", "ze"))
        if several and (_TOGETHER.search(lower, clause_start, amount.start)
                        or _POOLED.search(lower, sentence.start, amount.start)):
            # "Dat kost ING, ABN Amro en Rabobank samen 3 tot 4 miljard euro",
            # "Samen keren zij ruim 4 miljard uit": a total of several
            # companies is none of theirs
            targets = []
        if (reading.metric in ("investment", "funding_raised", "valuation")
                and focus is not None and sentence.companies and not _is_investor(focus)
                and all(_is_investor(c) for c in sentence.companies)):
            # "Nu leggen Grachtengordel Capital en Noorderlicht Ventures samen
            # 25 miljoen euro in, bij een waardering van maximaal 300 miljoen
            # euro": investors putting money into the company in focus, its
            # round and its value
            targets = [focus]
            if reading.metric == "investment":
                reading.metric = "funding_raised"
        if (reading.metric == "costs" and targets and _is_investment_firm(targets[0])
                and _PAY_VERB.search(text, clause_start, amount.start)):
            # "Spectris … werd het onderwerp van een biedingsoorlog tussen KKR
            # en Advent. … In totaal betaalt de Amerikaanse investeerder
            # ongeveer £ 4,4 mrd": what a buyer pays is the price of the
            # company bid for (else of the one in focus, a takeover just told)
            earlier_start = sentence_records[sentence_index - 1].start if sentence_index else sentence.start
            topic = next((c for r in sentence_records[:sentence_index + 1] if r.paragraph == sentence.paragraph
                          for c in r.companies if not _is_investment_firm(c)), None)
            bought = bid_target or last_target or (
                topic if _TAKEOVER_WORD.search(text, earlier_start, amount.start) else None)
            if bought is not None and bought.name != targets[0].name:
                targets = [bought]
                reading.metric = "acquisition_price"
        if (reading.metric == "market_cap" and targets and _company_kinds().get(targets[0].name) == "private"
                and 0 <= reading.cue_at < amount.start
                and not any(c.name == targets[0].name for c in sentence.companies)):
            # "De start-up haalde 1,7 miljard euro op. … een vreemde eend voor
            # een machinebouwer met een beurswaarde van zo'n 330 miljard euro":
            # a private company has no market value; the listed one named last has
            listed = [c for r in sentence_records[max(0, sentence_index - 3):sentence_index]
                      for c in r.companies if _is_listed(c)]
            if listed:
                targets = [listed[-1]]
        if (targets and "acquisition_price" not in (reading.metric, reading.cue_metric)
                and _demonym_pattern().search(lower, clause_start, amount.start)):
            # "de vrije kasstroom van Shell bedroeg $4,6 miljard, terwijl de
            # Fransen het met circa 1,9 miljard dollar moesten doen": a
            # demonym in the amount's own clause names its company
            own = _placed_company(text, lower, sentence, amount, None, sentence_records[:sentence_index],
                                  demonym_from=clause_start)
            if own is not None and own[0].name != targets[0].name:
                targets = [own[0]]
                reading.company_text = own[1]
        if reading.public:
            targets = []
        clause_subject = _CLAUSE_OPENER.match(text, clause_start)
        if (targets and clause_subject is not None and targets[0].start < clause_start
                and actors.match(text, clause_subject.end())):
            # "bouwt voor 1,25 miljard pond een oven, waarvan de Britse regering
            # 500 miljoen pond betaalt": the state's money in a clause of its own
            targets = []
        reading.targets = targets
        # "een belang van 15 procent in Philips": the company a stake is in
        # ("kocht voor 2 miljard euro een belang van 20 procent in ABN Amro")
        own_clause_end = _CLAUSE_BREAK.search(text, amount.end, sentence.end)
        # (a price told after a comma belongs to the clause before it: "verkocht
        # het zijn complete belang in Nvidia, voor 5,83 miljard dollar")
        stake_from = (_clause_start(breaks, sentence, clause_start)
                      if clause_start > sentence.start and _PRICE_ONLY.fullmatch(text, clause_start, amount.start)
                      else clause_start)
        stake_in = next((c for c in sentence.companies
                         if stake_from <= c.start < (own_clause_end.start() if own_clause_end else sentence.end)
                         and _STAKE_IN.search(text, max(stake_from, c.start - 45), c.start)), None)
        sale = (_SALE_VERB_WORD.search(text, stake_from, stake_in.start)
                if stake_in is not None and reading.metric in _STAKE_PRICE_METRICS else None)
        purchase = ((_TAKEOVER_VERB.search(text, clause_start, min(sentence.end, amount.end + 60))
                    # ("legde 14,3 miljard dollar neer voor 49 procent van Scale AI")
                    or _PAY_VERB.search(text, clause_start, min(sentence.end, amount.end + 12)))
                    if stake_in is not None else None)
        buyers = [c for c in sentence.companies if purchase is not None and clause_start <= c.start
                  and c.end <= purchase.start() and c.name != stake_in.name]
        if sale is not None:
            # "SoftBank verkocht zijn belang in Nvidia voor 5,8 miljard
            # dollar": what the seller got for a stake, no takeover price of
            # the company it was a stake in
            sellers = [c for c in sentence.companies if stake_from <= c.start and c.end <= sale.start()]
            targets = reading.targets = sellers[-1:]
            reading.metric = "other"
        elif buyers and reading.metric in _STAKE_PRICE_METRICS:
            # "Exor kocht in 2023 een belang van 15 procent in Philips voor
            # 2,6 miljard euro": a stake bought is the buyer's investment
            targets = reading.targets = buyers[-1:]
            reading.metric = "investment"
        elif (purchase is not None and reading.metric in _STAKE_PRICE_METRICS
              and actors.search(text, clause_start, purchase.start())):
            # "De Amerikaanse regering nam een belang van bijna 10 procent in
            # Intel voor 8,9 miljard dollar": a state buying in funds the company
            targets = reading.targets = [stake_in]
            reading.metric = "funding_raised"
        elif (reading.metric in ("acquisition_price", "costs") and targets and targets[0].end <= amount.start
                and stake_in is None and _STAKE.search(text, clause_start, min(sentence.end, amount.end + 40))
                and (_TAKEOVER_VERB.search(text, targets[0].end, min(sentence.end, amount.end + 60))
                     or _PAY_VERB.search(text, targets[0].end, amount.start))
                and not _STAKE_IN.search(text, max(sentence.start, targets[0].start - 45), targets[0].start)):
            # "Exor kocht in 2023 een belang van 15 procent voor 2,6 miljard
            # euro": a minority stake bought is the buyer's investment
            reading.metric = "investment"
        if (reading.metric == "acquisition_price" and targets and cue_match is not None
                and _SALE_VERB.fullmatch(text, cue_match.start(), cue_match.end())
                and targets[0].end <= cue_match.start()
                # (not "Booking.com werd in 2005 … verkocht": what was sold)
                and not _PASSIVE.search(text, min(targets[0].end, _clause_start(breaks, sentence, cue_match.start())),
                                        cue_match.start())
                and not any(cue_match.end() < c.start < amount.start for c in sentence.companies)):
            # "Ajax verkocht Antony voor 95 miljoen euro", "URW verkocht voor
            # 1 miljard euro aan vastgoed": what the seller got for something
            # that is no company is no takeover price, least of all the seller's
            reading.metric = "other"
        if reading.metric == "acquisition_price" and targets:
            last_target = targets[0]
            priced.setdefault((amount.amount.currency, amount.amount.value), targets[0])

        # period: the sentence's own, else the one the text was just about
        # a buyback programme is announced, not reported for a period: it has
        # one only where its own clause says when the shares are bought ("koopt
        # dit jaar voor 1 miljard euro in"), not from the results beside it
        # ("keert over 2023 een dividend uit en kondigde een inkoop … aan")
        period, reading.period_from_reference = _period_for(
            text, amount, sentence, running_period, others, breaks, running_part=running_part,
            own_clause=reading.metric == "buyback" or reading.metric in period_free)
        reading.period_explicit = bool(period)
        if not period and reading.metric in period_free:
            period = _period_of_same_event(text, reading, readings)
            reading.period_explicit = bool(period)
        if not period:
            # "Nettowinst: 197,3 miljoen dollar (eerste halfjaar 2025: 157,4
            # miljoen dollar)": the comparison in brackets is a year earlier
            compared = _compared_period(text, amount, sentence)
            if compared:
                period, reading.period_explicit = compared, True
        if (not period and amount.amount.per is None and running_part.count("-Q") and reading.cue_at >= 0
                and lower.startswith("kwartaal", reading.cue_at)):
            # "Het Amerikaanse ManpowerGroup boekte een kwartaalomzet van 4,6
            # miljard dollar" after "in hetzelfde kwartaal": the quarter named last
            period = running_part
        if not period and amount.amount.per is None:
            if previous_line == sentence.paragraph and not _unplaced_relative(lower, sentence):
                period = previous_period
                # "… gaven in het derde kwartaal samen 113 miljard dollar uit.
                # Microsoft was goed voor 34,9 miljard dollar": a share of the
                # total before it is for the total's period
                total_before = (sentence_records[sentence_index - 1]
                                if 0 < sentence_index < len(sentence_records) else None)
                reading.period_explicit = bool(
                    total_before is not None and _SHARE_OF_TOTAL.search(lower, sentence.start, sentence.end)
                    and _TOTAL.search(lower, total_before.start, total_before.end))
            elif heading_period:
                period = heading_period
                reading.period_explicit = True  # the section states it
        reading.period = period
        modality = modalities.get(sentence.start)
        if modality is None:
            modality = modalities[sentence.start] = _modality(lower, sentence.start, sentence.end)
        reading.modality = modality

    _share_within_sentences(text, readings, comparison)
    _repeat_earlier_figure(text, readings)
    _carry_metric_over(text, lower, readings, sentence_records, noun_refs, actors, cue_matches)
    _continue_company(text, lower, readings, sentence_records, actors)
    # a results figure with no period of its own ("De netto-omzet kwam uit op
    # 14,8 miljard euro.") is for the period its company reports on in the
    # article, if the article states one for that company
    reporting = _reporting_periods(readings, sentence_records, published, _fiscal_ends(periods))
    article_period = _article_period(periods, published)
    stated_only = frozenset(read_lines("claims", "stated_period_only_metrics.txt"))
    for reading in readings:
        if reading.metric in stated_only and not reading.period_explicit:
            reading.period = ""
            continue
        if (not reading.period_explicit and reading.amount.amount.per is None and reading.targets
                and reading.metric in main_metrics and reading.modality == "reported"
                # "Vorig jaar zette Klarna …" in a text without a date: another
                # period, one that cannot be placed
                and not _unplaced_relative(lower, reading.sentence)):
            # the period the company reports on beats the previous sentence's;
            # a company the article names no period for (the other banks of
            # a column, a subsidiary) reports on the article's period
            # (without a date, the period the paragraph just named beats the
            # one read off the whole text: "Over 2024 zette de chemiereus 65,3
            # miljard euro om. De ebitda kwam uit op 7,9 miljard" in a column
            # that goes on to 2025)
            paragraph_period = reading.period if published is None else ""
            reading.period = (paragraph_period or reporting.get(reading.targets[0].name) or reading.period
                              or article_period)
    for reading in readings:
        if reading.annual and not reading.period_explicit and published is not None \
                and reading.modality == "reported" and reading.amount.amount.per is None:
            # "AstraZeneca rapporteerde een jaaromzet van $58,7 miljard": the
            # last full year before publication, not the quarter in the news
            reading.period = str(published.year - 1)
    for reading in readings:
        # "steeg van 19,84 naar 19,98 miljard": the start of a change is the
        # year before (results are compared year on year)
        end = reading.change_to
        if end is not None and end.period and reading.period in ("", end.period):
            reading.period = shift_year(end.period, -1)
    claims: list[Claim] = []
    for reading in readings:
        # a deal, a round or a valuation has the period its own clause states
        # ("kocht in 2023 … voor 1,55 miljard euro"), never the article's
        if reading.metric in ("buyback", *period_free) and not reading.period_explicit:
            reading.period = ""
        if not reading.period and published is not None and reading.metric in _EVENT_METRICS:
            # "In oktober plaatste de verzekeraar een obligatielening van 500
            # miljoen euro", "heeft dinsdag voor 1,5 miljard euro aan
            # obligaties geplaatst": the publication date places the event
            reading.period = _event_year(text, lower, reading, published)
        claims.extend(_rows(reading, readings, doc_id, published))
    return claims


def _unplaced_relative(lower: str, sentence: _Sentence) -> bool:
    """The sentence names a relative period that could not be placed ("Dit
    jaar moet dat omslaan in winst" in a text without a date): its figures
    are not the previous sentence's period."""
    return any(not any(p.start <= start < p.end for p in sentence.periods)
               for start, _ in relative_spans(lower, sentence.start, sentence.end))


#: Metrics of an event (a round, a deal, a bond issue) that a month or a day
#: in the amount's clause dates
_EVENT_METRICS = frozenset({"funding_raised", "acquisition_price", "debt", "buyback", "valuation"})


def _event_year(text: str, lower: str, reading: "_Reading", published: date) -> str:
    """The year of a month or day named in the amount's own clause, else ""."""
    sentence, money = reading.sentence, reading.amount
    for start, end, year in event_times(lower, sentence.start, sentence.end, published):
        if _in_own_clause(text, money, PeriodMention(start, end, text[start:end], year), sentence):
            return year
    return ""


_COMPARISON_BRACKET = re.compile(r"\s*\(([^():]{1,40}):\s*[^()]{0,40}\)")


def _compared_period(text: str, money: MoneyMention, sentence: "_Sentence") -> str:
    """The period a year after the one of a comparison in brackets right
    after the amount ("… (eerste halfjaar 2025: 157,4 miljoen dollar)"), or ""."""
    bracket = _COMPARISON_BRACKET.match(text, money.end)
    if bracket is None:
        return ""
    for period in sentence.periods:
        if bracket.start(1) <= period.start < bracket.end(1) and period.label and not is_reference(period.label):
            return shift_year(period.label, 1)
    return ""


#: results a loss word can be the value of ("Het bedrijfsresultaat sloeg om in een verlies")
_LOSS_CAN_BE_OF = frozenset({"operating_income", "ebitda", "gross_profit", "free_cash_flow"})
_OWNED_BY_NO_COMPANY = re.compile(
    r"\s+van\s+(?:alle\b|(?:de|het)\s+(?:hele\s+|totale\s+|wereldwijde\s+|\w+se\s+)?"
    r"(?:sector|markt|industrie|branche|bedrijfstak|economie|wereld|beurs)\b)", re.IGNORECASE)
_SALE_VERB = re.compile(r"verkocht|verkoopt|verkochten|verkopen", re.IGNORECASE)
# what the price of a stake bought or sold is read as before it is known to be one
_STAKE_PRICE_METRICS = frozenset({"acquisition_price", "investment", "costs", "valuation"})
_SALE_VERB_WORD = re.compile(rf"\b(?:{_SALE_VERB.pattern}|verkoop)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:werd|wordt|werden|worden)\b", re.IGNORECASE)
_OWN_OBJECT = re.compile(r"\s+(?:aan|voor|in)\s+(?=\w)")


def _names_own_object(text: str, reading: _Reading) -> bool:
    """The amount names what it is for: "60 miljoen aan synergieën", "10
    miljoen in een fabriek"; not "360 miljoen in het derde kwartaal" (a
    period is no object)."""
    found = _OWN_OBJECT.match(text, reading.amount.end)
    return found is not None and not any(p.start == found.end() or text[found.end():p.start] in ("het ", "de ")
                                         for p in reading.sentence.periods)
_DEFINITE_OPENING = re.compile(r"\s*(?:De|Het|Dit|Deze)\s+\w")


@lru_cache(maxsize=1)
def _named_by() -> re.Pattern:
    """"een omloop van (nog geen) …": a noun with the amount after "van"."""
    return re.compile(rf"\b(?:een|de|het)\s+(?:[a-z][\w-]*e\s+)?(?P<noun>[a-z][\w-]{{3,}})\s+van\s+"
                      rf"(?:{_qualifiers()}\s+)?$")




def _named_by_a_noun(text: str, reading: _Reading) -> bool:
    """A noun that is no metric cue names the amount: "een omloop van nog
    geen 3 miljard dollar" is no buyback, whatever the sentence before was."""
    found = _named_by().search(text, max(0, reading.amount.start - 80), reading.amount.start)
    return found is not None and found.group("noun") not in _CHANGE_NOUNS


def _same_figure(earlier: "_Reading", money: MoneyMention) -> bool:
    stated, amount = earlier.amount.amount, money.amount
    return (bool(earlier.metric) and earlier.metric != "other" and stated.currency == amount.currency
            and stated.per == amount.per and stated.value_max == amount.value_max and amount.value >= 1000
            and abs(stated.value - amount.value) <= 0.005 * amount.value)


_DEFINITE_BEFORE = re.compile(r"\b(?:de|die|deze|dezelfde|diezelfde|dat|datzelfde|het)\s+(?:[\w-]+\s+)?$",
                              re.IGNORECASE)


def _figures_repeated(text: str, money: MoneyMention, sentence: _Sentence, earlier: list[_Reading]):
    """The figures, latest first, that ``money`` points back to as the same
    figure again ("Tel daar de nieuwe 85 miljoen euro bij op" after a round
    of 85 miljoen euro): same amount, another sentence, a determiner before."""
    if not _DEFINITE_BEFORE.search(text, max(0, money.start - 30), money.start):
        return
    for reading in reversed(earlier):
        if reading.sentence is not sentence and _same_figure(reading, money):
            yield reading


def _repeat_earlier_figure(text: str, readings: list[_Reading]) -> None:
    """An amount that repeats a figure stated before is that figure again:
    its metric, and its company if it names none."""
    for index, reading in enumerate(readings):
        if (reading.metric and reading.targets) or reading.converted_from is not None:
            continue
        for earlier in _figures_repeated(text, reading.amount, reading.sentence, readings[:index]):
            # the same metric and company, or none named
            if (reading.metric in ("", None, earlier.metric)
                    and [t.name for t in reading.targets][:1] in ([], [t.name for t in earlier.targets][:1])):
                reading.metric, reading.sign = earlier.metric, earlier.sign
                if not reading.targets:
                    reading.targets = list(earlier.targets)
                break


def _carry_metric_over(text: str, lower: str, readings: list[_Reading], sentence_records: list[_Sentence],
                       descriptions: re.Pattern, actors: re.Pattern, cue_matches: list[_CueHit]) -> None:
    """An amount with no metric cue, in the sentence of a figure of the same
    company or the one right after, takes that figure's metric: "Het concern
    rekent nu op een ebitda van 1,2 miljard euro. In maart ging het bedrijf
    nog uit van 1,6 tot 1,7 miljard euro; in juli werd dat bijgesteld naar
    1,5 miljard." (the later sentence names no metric of its own)."""
    position = {id(record): index for index, record in enumerate(sentence_records)}
    for previous, reading in zip(readings, readings[1:]):
        # an amount in a sentence that names no company at all continues the
        # figure before it ("Omzet 2024: € 41 mln. (2023: € 13,6 mln.)")
        orphan = (not reading.targets and not reading.sentence.companies and previous.targets
                  # not one whose subject is no company: "Nederlanders hebben
                  # 520 miljard euro op spaarrekeningen staan"
                  and not actors.match(text, _first_word(text, reading.sentence.start)))
        # "De grootste klappers: Mistral AI met 1,7 miljard euro, Nscale met
        # 1,1 miljard dollar": each company's share of the figure before (a
        # sector's total too, which is no company's figure)
        listed_with = bool(reading.targets) and _COMPANY_WITH.fullmatch(
            text, reading.targets[0].end, reading.amount.start) is not None
        carried = previous.metric or (previous.cue_metric if listed_with and not previous.targets else "")
        if (reading.metric or not carried or carried == "other"
                or reading.converted_from is not None or not (reading.targets or orphan)
                or reading.amount.amount.value < 1000
                # a rate is another figure ("maandelijks gaat er 100 miljard om")
                or reading.amount.amount.per != previous.amount.amount.per
                # the amount names its own object: "60 miljoen aan synergieën"
                or _names_own_object(text, reading)
                # or a noun names it: "met een omloop van nog geen 3 miljard dollar"
                or _named_by_a_noun(text, reading)
                # a table cell has its column, not its neighbour's metric
                or reading.in_table):
            continue
        opening = _DEFINITE_OPENING.match(text, reading.sentence.start)
        if opening and not descriptions.match(lower, reading.sentence.start) \
                and opening.end() <= reading.amount.start and not listed_with:
            continue  # "Het verwerkte betalingsvolume steeg naar …": a subject of its own
        here, there = position.get(id(reading.sentence)), position.get(id(previous.sentence))
        if here is None or there is None or here - there not in (0, 1) \
                or reading.sentence.paragraph != previous.sentence.paragraph:
            continue
        if here != there and _has_cue(cue_matches, reading.sentence):
            # "Aan afwaarderingen, onder meer op merken die …, boekte de
            # drankenproducent bijna 1,4 miljard dollar": the sentence has a
            # word for its figure, only too far from it
            continue
        if orphan:
            reading.targets = list(previous.targets)
        if previous.targets and (previous.targets[0].name == reading.targets[0].name
                                 # "Lilly zette in het derde kwartaal 17,6 miljard
                                 # dollar om. Novo Nordisk kwam in hetzelfde kwartaal
                                 # uit op 75 miljard Deense kronen": the same figure
                                 # of another company, side by side
                                 or here != there and any(
                                     p.label == REFERENCE_SAME_QUARTER or p.label == REFERENCE_THAT_PERIOD
                                     for p in reading.sentence.periods)):
            reading.metric, reading.sign = previous.metric, previous.sign
        elif listed_with:
            reading.metric, reading.sign = carried, previous.sign


_ROUND_METRICS = frozenset({"funding_raised", "valuation"})
# a clause opening with its own subject: ", waarvan de Britse regering …"
_CLAUSE_OPENER = re.compile(r"[,;]\s*(?:waarvan|waarvoor|waaraan|waarmee|terwijl|maar|en|want)\s+(?:ook\s+)?")
_COMPANY_WITH = re.compile(rf"\s+met\s+(?:{_PRICE_QUALIFIER}\s+)?")


def _continue_company(text: str, lower: str, readings: list[_Reading], sentence_records: list[_Sentence],
                      actors: re.Pattern) -> None:
    """A figure of the same kind as the one before it, in the next sentence
    of the paragraph, which names no company, is the same company's:
    "Anthropic haalde 13 miljard dollar op bij een waardering van 183
    miljard dollar. Een paar maanden later werd al over een waardering van
    350 miljard gesproken." (the company fallback covers results figures
    only; this covers deals, rounds and valuations too)."""
    position = {id(record): index for index, record in enumerate(sentence_records)}
    for previous, reading in zip(readings, readings[1:]):
        if (reading.targets or reading.sentence.companies or reading.public or not previous.targets
                or not reading.metric or reading.metric == "other"
                # (a round and the valuation it was raised at are one story:
                # "… 60 miljoen euro op bij een waardering van 850 miljoen euro.
                # Twee jaar later volgde een ronde van € 40 mln …")
                or reading.metric != previous.metric and not {reading.metric, previous.metric} <= _ROUND_METRICS
                or reading.amount.amount.per != previous.amount.amount.per
                or reading.sentence.paragraph != previous.sentence.paragraph
                or actors.search(text, reading.sentence.start, reading.amount.start)
                # "Samen is dat twaalf miljard euro winst", "Alles bij elkaar
                # zit er 20 miljard euro in": a total of several
                or _TOGETHER.search(lower, reading.sentence.start, reading.sentence.end)
                or _ALL_TOGETHER.search(lower, reading.sentence.start, reading.sentence.end)):
            continue
        here, there = position.get(id(reading.sentence)), position.get(id(previous.sentence))
        if here is None or there is None:
            continue
        # (a round's valuation may follow a sentence about who took part: "…
        # dat het 20 miljard dollar had opgehaald. Onder de deelnemers bevonden
        # zich Nvidia en Cisco. De waardering kwam uit op zo'n 230 miljard dollar")
        if here - there in (0, 1) or here - there == 2 and {reading.metric, previous.metric} <= _ROUND_METRICS:
            reading.targets = list(previous.targets)


_FROM_BEFORE = re.compile(r"\bvan\s+(?:(?:nog\s+geen|ruim|bijna|circa|zo'n|ongeveer|meer\s+dan|minder\s+dan|krap|"
                          r"pakweg|rond|nauwelijks)\s+)?$", re.IGNORECASE)


def _share_within_sentences(text: str, readings: list[_Reading], comparison: re.Pattern) -> None:
    """Amounts that lean on a neighbour in their sentence.

    * a change "van X naar Y": X and Y share metric and company, and X is
      the earlier period (a year before Y's, as results are compared);
    * a comparison "Y, tegen X een jaar eerder": X takes Y's metric and
      company; its own "een jaar eerder" already shifted its period.
    """
    for index in range(1, len(readings)):
        first, second = readings[index - 1], readings[index]
        if first.sentence is not second.sentence or second.converted_from is not None:
            continue
        gap = text[first.amount.end:second.amount.start]
        # ("van nog geen 4 miljard euro naar ruim 80 miljard euro": qualifiers on both ends)
        is_change = bool(re.fullmatch(r"\s*(?:naar|tot)\s+(?:\S+\s+)?", gap)) and _FROM_BEFORE.search(
            text, max(first.sentence.start, first.amount.start - 25), first.amount.start) is not None
        if is_change:
            # "zag de netto-omzet stijgen van 1,6 naar 2,0 miljard": the cue
            # before the change holds for both ends
            leader = first if first.metric else second
            for reading in (first, second):
                reading.metric, reading.sign = leader.metric, leader.sign
                if not reading.targets:
                    reading.targets = first.targets or second.targets
            first.change_to = second
            continue
        if (not second.metric and first.metric and second.targets and second.targets != first.targets
                # (a rate with a rate alike: not "40 miljoen euro per maand …
                # die 1 miljoen dollar per jaar verdienen")
                and first.amount.amount.per == second.amount.amount.per):
            # "ING boekte een nettowinst van 3,4 miljard, ABN AMRO kwam uit
            # op 1,3 miljard": a parallel clause with its own company
            second.metric, second.sign = first.metric, first.sign
            continue
        # "gaat omhoog naar 1,92 euro per aandeel, van 1,86 euro": the start
        # of a change told after its end is a comparison too
        before_first = text[max(first.sentence.start, first.amount.start - 6):first.amount.start]
        reversed_change = before_first.rstrip().endswith("naar") and _FROM_AFTER_COMMA.search(gap)
        # "3,8 biljoen yen (ongeveer 21 miljard euro), tegen ¥ 3.400 miljard
        # eerder": a comparison after a conversion compares with the figure
        # converted
        leader = first
        while leader.converted_from is not None:
            leader = readings[leader.converted_from]
        # "… ebitda van ruim 2,6 miljard euro en een vrije kasstroom van meer
        # dan 920 miljoen": a figure with a cue of its own between is no
        # comparison, nor one with a cue after it ("… en is op de beurs meer
        # dan 4,5 biljoen dollar waard")
        own_cue = second.metric and second.metric != leader.metric and (
            first.amount.end <= second.cue_at < second.amount.start
            or second.amount.end <= second.cue_at <= second.amount.end + 2)
        if len(gap) < 60 and (comparison.search(gap) or reversed_change) and leader.metric and not own_cue:
            second.metric, second.sign = leader.metric, leader.sign
            second.period_from_reference = True  # a comparison's period is not what the text reports on
            if leader.targets:
                second.targets = leader.targets
                second.company_text = leader.company_text


# a fact box's or a table row's "label: figure" (a bullet allowed before)
# "Nettowinst: $ 1,1 mld", or a bullet whose short label opens a sentence:
# "- Herstructurering: het programma kostte in 2025 zo'n € 85 miljoen"
# (a label may explain itself in brackets: "TCE-inkomsten (omzet na aftrek van …):")
_LABEL_LINE = re.compile(r"\s*(?:(?:[-*•]\s+)?[^\W\d][^:\n.()]{0,40}(?:\([^():\n]{0,80}\)[^:\n.()]{0,10})?:"
                         r"\s+[^\n]{0,15}?"
                         r"|[-*•]\s+[^\W\d][^\s:.]*(?:\s+[^\s:.]+){0,3}:\s+[^\n]{0,60}?)[€$£\d]")
_FROM_AFTER_COMMA = re.compile(r"^[^.;:]*,\s*van\s+$")
_ISIN = re.compile(r"[A-Z]{2}[A-Z0-9]{9}\d")


def _rows(reading: _Reading, readings: list[_Reading], doc_id: str, published: date | None) -> list[Claim]:
    amount = reading.amount
    if reading.converted_from is not None:
        base = readings[reading.converted_from]
        while base.converted_from is not None:
            base = readings[base.converted_from]
        reading.metric, reading.sign, reading.targets = base.metric, base.sign, base.targets
        reading.company_text, reading.period, reading.modality = base.company_text, base.period, base.modality
        reading.group = base.group
    metric = reading.metric
    sign = reading.sign if metric in SIGNED_METRICS else 1
    value = amount.amount.value * sign
    value_max = amount.amount.value_max
    if value_max is not None and sign < 0:
        value, value_max = -value_max, -amount.amount.value
    confidence = 0.3 + (0.3 if metric else 0) + (0.3 if reading.targets else 0) + (0.1 if reading.period else 0)
    sentence = reading.sentence
    rows = []
    for target in reading.targets or [None]:
        # what a listed company (one with an ISIN) "is worth" is its market value
        metric = reading.metric
        if metric == "valuation" and target is not None and _ISIN.fullmatch(target.id or ""):
            metric = "market_cap"
        elif not metric and target is not None:
            # a company's figure that no cue names is "other" (the confidence,
            # 0.3 lower, tells it from one a cue made "other"): a scorer that
            # reads an empty metric as a claim would count it wrong
            metric = "other"
        rows.append(Claim(
            doc_id=doc_id, start=amount.start, end=amount.end, money_text=amount.text,
            value=value, value_max=value_max, currency=amount.amount.currency,
            qualifier=amount.amount.qualifier, per=amount.amount.per,
            company=target.name if target else "",
            company_text=(reading.company_text or target.text) if target else "",
            company_id=target.id if target else "",
            metric=metric, period=reading.period,
            sentence=sentence.text,
            modality=reading.modality, claim_group=reading.group,
            published=published.isoformat() if published else "",
            confidence=round(confidence, 2),
        ))
    return rows


def _salient_company(text: str, lower: str, sentence: _Sentence, earlier: list[_Sentence],
                     focus: CompanyMention | None, readings: list[_Reading] = ()) -> CompanyMention | None:
    """The company the current paragraph is about: the most mentioned one in
    it so far (not counting modifiers like "Albert Heijn-winkels", nor
    examples: "de banken, onder wie Belfius"; counting the figures a
    reference such as "het concern" gave it), ties to the latest subject."""
    in_paragraph = [c for s in earlier if s.paragraph == sentence.paragraph for c in s.companies
                    if not re.match(r"-[a-zë]", text[c.end:c.end + 2])
                    and not _EXAMPLES_BEFORE.search(lower, s.start, c.start)]
    if not in_paragraph:
        return None
    counts = Counter(company.name for company in in_paragraph)
    # "Intel is het spiegelbeeld. Het concern boekte … SoftBank stak er 2
    # miljard dollar in en Nvidia kocht …": Intel is named once, but twice about
    counted = set()  # once per sentence
    for reading in readings:
        if (reading.targets and reading.company_text and reading.company_text != reading.targets[0].text
                and reading.sentence.paragraph == sentence.paragraph and reading.sentence is not sentence
                and id(reading.sentence) not in counted):
            counted.add(id(reading.sentence))
            if reading.targets[0].name not in counts:
                # "Het concern uit Zaandam, moeder van Albert Heijn en Stop &
                # Shop, zette … om": a company the paragraph names only by a
                # description is still what it is about
                in_paragraph.append(reading.targets[0])
            counts[reading.targets[0].name] += 1
    best = max(counts.values())
    leaders = [c for c in in_paragraph if counts[c.name] == best]
    groups = [c for c in leaders if c.name not in _subsidiary_names()]
    if focus is not None and focus.name in _subsidiary_names() and groups:
        # of equals, the group the paragraph opened with before its
        # subsidiary in focus: "Bij Kering … Gucci zette … om. … de
        # nettoschuld bedroeg 9,5 miljard euro" is the group's
        return groups[0]
    if focus is not None and any(c.name == focus.name for c in leaders):
        return focus
    if focus is not None and focus.name not in _subsidiary_names():
        # the paragraph moved on: "… De nettowinst van Kering zakte naar 1,1
        # miljard euro. Hermès International blijft de uitzondering. …
        # Over 2024 krijgen aandeelhouders een dividend van € 16" (a hard-wrapped
        # text without blank lines is one paragraph to us)
        # (introduced by a sentence that opens with it or names no other
        # company, "Dichter bij huis worstelt Vion.", not "…, SoftBank stak
        # er 2 miljard dollar in en Nvidia kocht voor 5 miljard dollar aan
        # Intel-aandelen")
        introduced = next(((c, s) for s in earlier if s.paragraph == sentence.paragraph
                           for c in s.companies if c.name == focus.name), None)
        if (introduced is not None and all(c.start < introduced[0].start for c in leaders)
                and (_TOPIC_OPENING.fullmatch(text, introduced[1].start, introduced[0].start)
                     or all(c.name == focus.name for c in introduced[1].companies))):
            return focus
    return leaders[-1]


def _period_end(label: str, fiscal_ends: dict[str, date]) -> date | None:
    """When ``label`` ends: a fiscal year the article says ends in March
    ends then, other labels as :func:`label_end` says."""
    return fiscal_ends.get(label) or label_end(label)


def _fiscal_ends(periods: list[PeriodMention]) -> dict[str, date]:
    """Year labels of the fiscal years the article names with their end
    ("boekjaar 2025/26" ending in March 2026)."""
    return {p.label: p.ends for p in periods if p.ends is not None}


def _recency(label: str, fiscal_ends: dict[str, date]) -> tuple:
    # latest end first; of equal ends the shorter period (a quarter before
    # the nine months that end with it)
    return (_period_end(label, fiscal_ends) or date.min, {"Q": 3, "H": 2, "9": 1}.get(label[5:6], 0))


def _article_period(periods: list[PeriodMention], published: date | None) -> str:
    """The latest sub-year period (else year) the article names that had
    ended by publication; "" without a publication date (then nothing tells
    a period reported on from one merely mentioned)."""
    if published is None:
        return ""
    fiscal_ends = _fiscal_ends(periods)
    ended = [p.label for p in periods if p.label and not is_reference(p.label)
             and (_period_end(p.label, fiscal_ends) or date.max) <= published]
    candidates = [label for label in ended if "-" in label] or ended
    if not candidates:
        return ""
    return max(candidates, key=lambda label: _recency(label, fiscal_ends))


_STOCK_METRICS = frozenset({"cash", "debt", "market_cap", "valuation"})
_DEAL_METRICS = frozenset({"acquisition_price", "funding_raised", "buyback"})


def _reporting_periods(readings: list[_Reading], sentences: list[_Sentence],
                       published: date | None, fiscal_ends: dict[str, date]) -> dict[str, str]:
    """Per company, the period the article reports its figures for: the
    full year its first explicit reported claim states, when no later period
    follows; else the latest sub-year period its reported claims state
    explicitly (earlier ones are comparisons); failing that, the latest sub-year period that had ended
    by publication and stands in a sentence naming the company (a lead's
    "Amazon heeft over het vierde kwartaal van 2025 …"); else the latest
    year its claims state."""
    def ended(label: str) -> bool:
        return "-" in label and (published is None or (_period_end(label, fiscal_ends) or date.max) <= published)

    stated: dict[str, list[str]] = {}
    for reading in readings:
        if (reading.period_explicit and not reading.period_from_reference and reading.period
                and reading.targets and reading.modality == "reported"
                # a balance "eind september" is a date, not the period the
                # flows of the article are for (they may be nine months')
                and reading.metric not in _STOCK_METRICS and reading.amount.amount.per is None
                # nor the year of a deal: "In 2021 klopte een koper aan met
                # een bod van 500 miljoen euro" says nothing of the results
                and reading.metric not in _DEAL_METRICS):
            stated.setdefault(reading.targets[0].name, []).append(reading.period)
    named: dict[str, list[str]] = {}
    for sentence in sentences:
        # not a balance date: "Philips had eind september 14 miljoen in kas"
        labels = [p.label for p in sentence.periods
                  if p.label and not is_reference(p.label) and ended(p.label) and p.kind != "balance"]
        for company in sentence.companies:
            named.setdefault(company.name, []).extend(labels)

    chosen = {}
    for company in set(stated) | set(named):
        labels = [label for label in stated.get(company, [])
                  if published is None or (_period_end(label, fiscal_ends) or date.max) <= published]
        if labels and re.fullmatch(r"\d{4}", labels[0]) and all(
                label[:4] <= labels[0] for label in labels + named.get(company, [])):
            # "Signify heeft over 2025 een omzet geboekt …" with a table by
            # quarter below: an article that opens on a full year reports
            # that year; its quarters are the year's parts, not its subject
            chosen[company] = labels[0]
            continue
        candidates = [label for label in labels if "-" in label] + named.get(company, []) or labels
        if candidates:
            chosen[company] = max(candidates, key=lambda label: _recency(label, fiscal_ends))
    return chosen


def _list_introducer(text: str, earlier: list[_Sentence]) -> CompanyMention | None:
    """The company of the sentence that introduces a list of labelled figures
    with a colon ("E.ON zette zijn cijfers over de eerste negen maanden op
    een rij:"), found past the list's lines before the current one."""
    for record in reversed(earlier):
        if _LABEL_LINE.match(text, record.start):
            continue  # an earlier line of the same list
        if not text[record.start:record.end].rstrip().endswith(":"):
            return None
        subjects = [c for c in record.companies if not _is_oblique(text, c, record.start)]
        return (subjects or record.companies or [None])[0]
    return None


def _paragraph_company(text: str, lower: str, sentence: _Sentence, earlier: list[_Sentence],
                       focus: CompanyMention | None, readings: list[_Reading]) -> CompanyMention | None:
    """The company the current paragraph is about: the one it names most,
    else the one its figures so far went to."""
    return _salient_company(text, lower, sentence, earlier, focus, readings) or _paragraph_target(readings, sentence)


def _paragraph_target(readings: list[_Reading], sentence: _Sentence) -> CompanyMention | None:
    """The company the paragraph's figures so far went to, when it names none
    itself: "De groep boekte een nettoverlies van 2,3 miljard euro. De
    vrije kasstroom was negatief: min 3 miljard euro." is about the company
    "de groep" was read as."""
    for reading in reversed(readings[:-1]):
        if reading.sentence.paragraph != sentence.paragraph:
            return None
        if reading.targets:
            return reading.targets[0]
    return None


def _paragraph_separator(text: str) -> str:
    """Paragraphs are blank-line blocks where the text is made of them, else
    lines (the cleaner keeps a line per paragraph): a hard-wrapped body with
    a footer after a blank line ("Zie ook: …") is one block, not one paragraph."""
    blocks = re.split(r"\n\s*\n", text)
    if len(blocks) >= 3 and max(len(block) for block in blocks) <= 0.6 * len(text):
        return r"\n\s*\n"
    return r"\n"


def _main_company(companies: list[CompanyMention], readings: list[_Reading] = ()) -> CompanyMention | None:
    """The most mentioned company (the first of equals); with ``readings``,
    the figures that went to a company count too ("CVC biedt op Brandwijk
    …" with both named three times: Brandwijk's results make it the
    article's)."""
    if not companies:
        return None
    counts = Counter(company.name for company in companies)
    counts.update(r.targets[0].name for r in readings if r.targets and r.targets[0].name in counts)
    best = max(counts.values())
    return next(c for c in companies if counts[c.name] == best)


def _update_focus(text: str, lower: str, sentence: _Sentence, focus, descriptions: re.Pattern):
    """The company a finished sentence leaves in focus: its subject, else its
    first company; unchanged when the sentence opens with a description of
    the company in focus ("De maaltijdbezorger verkocht Grubhub …")."""
    if not sentence.companies:
        return focus
    opening = descriptions.match(lower, sentence.start)
    if (focus is not None and opening is not None and opening.end() <= sentence.companies[0].start
            # "De Halse supermarktgroep Colruyt heeft …": the name right after
            # the description is its apposition, the sentence's subject
            and text[opening.end():sentence.companies[0].start].strip()):
        return focus
    named = [c for c in sentence.companies
             if not _EXAMPLES_BEFORE.search(lower, sentence.start, c.start)
             # "ongeveer evenveel als ASML in een heel jaar omzet": a comparison
             and not _COMPARED_WITH.search(text, max(sentence.start, c.start - 12), c.start)
             # "sinds de overname van franchiseketen Clever Fit": what was bought
             and not (focus is not None and _TAKEOVER_OF.search(lower, max(sentence.start, c.start - 50), c.start))]
    # "Analisten van KBC Securities schatten …", "volgens Bloomberg": a
    # source is not what the sentence is about
    named = [c for c in named if not _is_source(text, c, sentence.start)
             # "een afboeking op het belang in China Resources Beer": a holding
             # named, the holder stays the topic
             and not (focus is not None and _STAKE_IN.search(text, max(sentence.start, c.start - 45), c.start))]
    if not named and focus is not None:
        # "Tot de klanten behoren onder meer National Grid en Thames Water":
        # examples named in passing; "het bedrijf" next is still the one before
        return focus
    named = named or sentence.companies
    if focus is not None and not _is_investment_firm(focus) and all(_is_investment_firm(c) for c in named):
        # "Nu leggen Grachtengordel Capital en Noorderlicht Ventures samen 25
        # miljoen euro in": investors; the company they invest in stays the topic
        return focus
    if focus is not None and _JOINS_IN.search(lower, sentence.start, sentence.end):
        # "Ook het Franse Partech en Keen Venture Partners doen mee": investors
        # joining a round; the company raising it stays the topic
        return focus
    subjects = [c for c in named if not _is_oblique(text, c, sentence.start)]
    opening_pronoun = _OPENING_PRONOUN.match(text, sentence.start)
    if (focus is not None and not subjects and opening_pronoun
            and opening_pronoun.group(1).casefold() in _pronoun_followers()):
        # "Het heeft een krediet afgesloten bij banken onder leiding van ABN
        # AMRO": the pronoun is the subject, the company in focus; the
        # companies named after a preposition do not take its place
        return focus
    if focus is not None and not subjects and _FRONTED_COMPANION.match(text, sentence.start):
        # "Met OpenAI en Oracle wil Son … steken": companions named in an
        # opening phrase; the sentence is still about the company in focus
        return focus
    reference = descriptions.search(lower, sentence.start, named[0].start) if focus is not None else None
    if reference is not None and text[reference.end():named[0].start].strip(" ,"):
        # "De e-commercebedrijven van het concern – iFood, OLX en het belang
        # in Swiggy – maken winst", "Het concern verkocht Picnic": the
        # sentence is about the company in focus, the others are named in it
        # (not "het bedrijf Vopak", a description renaming)
        return focus
    if (focus is not None and not subjects
            and any(_executive_opening().match(text, m.start()) and text[m.start() - 1:m.start()] != "-"
                    for m in _executive_words().finditer(text, sentence.start, sentence.end))):
        # "Onder druk van de activistische belegger Elliott Management draaide
        # topman Murray Auchincloss de ambities terug": the executive speaks
        # for the company in focus; the one named after a preposition is not it
        # (a "Glencore-topman" speaks for Glencore)
        return focus
    return subjects[0] if subjects else named[0]


# "Het heeft", "Zij verkocht": a sentence opening with a subject pronoun and
# a verb (the word after it is checked against pronoun_followers.txt)
_OPENING_PRONOUN = re.compile(r"\s*(?:Het|Zij|Ze)\s+([a-z]+)\b")


def _described_opening(text: str, lower: str, sentence: _Sentence, descriptions: re.Pattern) -> str:
    """The name of the company a sentence opens with after a description
    of it ("De beursgenoteerde rederij Hapag-Lloyd AG voelt …", "Ook de
    Duitse concurrent uit Hamburg, de rederij Hapag-Lloyd, …"), else ""."""
    if not sentence.companies:
        return ""
    first = sentence.companies[0]
    description = descriptions.search(lower, sentence.start, first.start)
    if (description is None or text[description.end():first.start].strip()
            or len(text[sentence.start:description.start()].split()) > 8
            # (not "Begin februari bood de Britse private-equitygroep Cinven …":
            # the description is the object of a verb there)
            or not _OPENING_APPOSITION.fullmatch(text, sentence.start, description.start())):
        return ""
    return first.name


# what may stand before a description opening a sentence: "Ook", "En", an
# apposition ("Ook de Duitse concurrent uit Hamburg, de rederij …")
_OPENING_APPOSITION = re.compile(r"\s*(?:(?:Ook|En|Maar)\s+)?(?:[^,.;:]*,\s*)?")


_TOPIC_OPENING = re.compile(r"\s*(?:(?:Bij|Ook|En|Voor|Dan|Ook\s+bij)\s+)?"
                            # "En dan is er Tesla, dat …"
                            r"(?:(?:[Dd]an\s+)?(?:is|zijn)\s+er\s+(?:nog\s+|ook\s+)?)?"
                            r"(?:(?:het|de|Het|De)\s+)?(?:[A-Z][\w-]*e\s+)?"
                            # "De ondergang van Northvolt ligt …": the subject's owner
                            r"(?:(?<=De\s)[a-z]+\s+van\s+|(?<=Het\s)[a-z]+\s+van\s+)?")
# (", het moederbedrijf van Albert Heijn, dat …" too)
_INTRODUCED = re.compile(r",\s+(?:de|het|een)\s+(?:[\w-]+\s+){0,2}?[\w-]+"
                         r"(?:\s+van\s+[^,.;:()]{1,40}?,)?\s+(?:die|dat)\b")
_FRONTED_COMPANION = re.compile(r"\s*(?:samen\s+met|met|naast|net\s+als|zoals|anders\s+dan|via)\s", re.IGNORECASE)


# a list of examples ("onder meer X en Y", "zoals X") or a sentence naming
# a company's customers, rivals or owners ("Tot de klanten behoren")
_EXAMPLES_BEFORE = re.compile(
    r"\b(?:onder\s+meer|onder\s+anderen?|onder\s+wie|o\.a\.|waaronder|"
    # (not "zoals zo vaak", "zoals verwacht": no examples follow)
    r"zoals(?!\s+(?:zo\s+vaak|vaak|gezegd|verwacht|bekend|gebruikelijk|altijd|eerder|gemeld|gewoonlijk)\b)|"
    r"tot\s+de\s+(?:\w+\s+)?(?:klanten|afnemers|concurrenten|rivalen|leveranciers|aandeelhouders|partners)"
    r"\s+(?:behoren|behoorden|horen|hoorden|rekent|rekende)|"
    # "Chinese fabrikanten als SMIC en Hua Hong", "spelers als …"
    r"\w\w+(?:en|ers)\s+als)\b")
