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
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pipeline.periods import REFERENCE_PREVIOUS_YEAR, shift_year
from pipeline.records import SIGNED_METRICS, Claim, CompanyMention, MoneyMention, PeriodMention
from pipeline.resources import read_lines, read_tsv

_WORD = re.compile(r"[\w€$£¥][\w'’.,€$£¥-]*")
_CLAUSE_BREAK = re.compile(r"[,;:–—()]|\b(?:terwijl|maar|waarna|nadat|omdat|hoewel|doordat)\b")
_DISTRIBUTIVE = re.compile(r"\b(?:ieder|elk|elke|allebei|beide|allemaal|respectievelijk)\b", re.I)
# prepositions that make a company an agent, possessor or object, not the subject
_OBLIQUE = {"door", "van", "bij", "voor", "met", "aan", "in", "op", "dan", "als", "naar", "uit", "tegen", "over", "om"}


@dataclass(frozen=True)
class _Cue:
    pattern: re.Pattern
    metric: str
    sign: int
    priority: int
    defers: bool = False  # "kostte": the metric is the subject's ("de overname kostte")


@lru_cache(maxsize=1)
def _metric_cues() -> list[_Cue]:
    cues = []
    for row in read_tsv("claims", "metric_cues.tsv"):
        cue = row["cue"]
        tail = r"\w*" if cue.endswith("*") else r"(?![\w-])"
        body = re.escape(cue.rstrip("*")).replace(r"\ ", r"\s+")
        cues.append(_Cue(re.compile(rf"(?<![\w-]){body}{tail}", re.IGNORECASE),
                         row["metric"], int(row["sign"]), int(row["priority"]),
                         row.get("defers") == "yes"))
    return cues


@lru_cache(maxsize=1)
def _combined_cue_pattern() -> tuple[re.Pattern, dict[str, _Cue]]:
    """One regex for all cues (longest first), a named group per cue."""
    cues = sorted(_metric_cues(), key=lambda c: len(c.pattern.pattern), reverse=True)
    groups, lookup = [], {}
    for index, cue in enumerate(cues):
        name = f"c{index}"
        groups.append(f"(?P<{name}>{cue.pattern.pattern})")
        lookup[name] = cue
    return re.compile("|".join(groups), re.IGNORECASE), lookup


@lru_cache(maxsize=1)
def _modality_pattern() -> tuple[re.Pattern, dict[str, str]]:
    rows = read_tsv("claims", "modality_cues.tsv")
    lookup = {re.sub(r"\s+", " ", r["cue"].casefold()): r["modality"] for r in rows}
    alt = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(lookup, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE), lookup


@lru_cache(maxsize=1)
def _reference_pattern() -> tuple[re.Pattern, re.Pattern]:
    rows = read_tsv("claims", "references.tsv")
    nouns = [r["expression"] for r in rows if r["kind"] == "noun"]
    pronouns = [r["expression"] for r in rows if r["kind"] == "pronoun"]
    def alt(items):
        return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in sorted(items, key=len, reverse=True))
    return (re.compile(rf"(?<![\w-])(?:{alt(nouns)})(?![\w-])", re.IGNORECASE),
            re.compile(rf"(?<![\w-])(?:{alt(pronouns)})(?![\w-])"))


@lru_cache(maxsize=1)
def _non_company_actor_pattern() -> re.Pattern:
    actors = read_lines("claims", "non_company_actors.txt")
    alt = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(actors, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])")


@dataclass
class _Sentence:
    start: int
    end: int
    paragraph: int
    companies: list[CompanyMention]
    periods: list[PeriodMention]


def _word_index(words: list[tuple[int, int]], position: int) -> int:
    """Index of the word at or after ``position``."""
    lo, hi = 0, len(words)
    while lo < hi:
        mid = (lo + hi) // 2
        if words[mid][1] <= position:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _clause_id(text: str, start: int, end: int, breaks: list[int]) -> int:
    return sum(1 for b in breaks if b < start)


def _metric_for(text: str, sentence: _Sentence, money: MoneyMention, others: list[MoneyMention],
                words: list[tuple[int, int]], breaks: list[int]):
    pattern, lookup = _combined_cue_pattern()
    money_first = _word_index(words, money.start)
    money_last = _word_index(words, money.end - 1)
    clause = _clause_id(text, money.start, money.end, breaks)
    best = None
    earlier_in_clause = []
    for match in pattern.finditer(text, sentence.start, sentence.end):
        # a cue inside another amount's text ("8 miljard dollar winst" is
        # fine, but not "eigen" of a count) — skip cues overlapping the amount
        if money.start <= match.start() < money.end:
            continue
        cue = lookup[match.lastgroup]
        cue_index = _word_index(words, match.start())
        if cue_index < money_first:
            distance = money_first - cue_index
            between = (match.end(), money.start)
        else:
            distance = cue_index - money_last
            between = (money.end, match.start())
        # another amount between the cue and ours: the cue is that amount's
        if any(between[0] <= o.start < between[1] for o in others):
            distance += 8
        if _clause_id(text, match.start(), match.end(), breaks) != clause:
            distance += 4
        score = distance - cue.priority
        if (cue_index < money_first and not cue.defers
                and _clause_id(text, match.start(), match.end(), breaks) == clause):
            earlier_in_clause.append((score, cue, match))
        if best is None or score < best[0]:
            best = (score, cue, match)
    if best is None or best[0] > 12:
        return None
    if best[1].defers and earlier_in_clause:
        # "De overname van SolarCity kostte 2,6 miljard": the verb of costing
        # carries the metric of its subject
        best = min(earlier_in_clause, key=lambda item: item[0])
    return best[1], best[2]


def _is_oblique(text: str, mention: CompanyMention, sentence_start: int) -> bool:
    before = text[max(sentence_start, mention.start - 20):mention.start].split()
    return bool(before) and before[-1].casefold() in _OBLIQUE


def _acquisition_target(text: str, sentence: _Sentence, money: MoneyMention) -> CompanyMention | None:
    companies = sentence.companies
    for company in companies:
        before = text[max(sentence.start, company.start - 30):company.start].casefold()
        if re.search(r"\b(?:overname|inlijving|aankoop|koop)\s+van\s+(?:het\s+\w+\s+|de\s+\w+\s+)?$", before):
            return company
        after = text[company.end:company.end + 40].casefold()
        if re.match(r"\s+(?:wordt|werd|is)\s+(?:\w+\s+)?(?:overgenomen|gekocht|ingelijfd)", after):
            return company
    # "A neemt B over", "A koopt B voor X": the object after the verb
    for company in companies:
        before = text[max(sentence.start, company.start - 40):company.start].casefold()
        if re.search(r"\b(?:neemt|nam|namen|koopt|kocht|kochten|lijft|lijfde)\s+(?:\w+\s+){0,3}$", before):
            if not _is_oblique(text, company, sentence.start):
                return company
    return None


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


def _clause_subject(text: str, sentence: _Sentence, money: MoneyMention, breaks: list[int]) -> CompanyMention | None:
    clause = _clause_id(text, money.start, money.end, breaks)
    clause_start = max([b for b in breaks if sentence.start <= b < money.start] or [sentence.start])
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
    direct = [c for c in in_clause_before if not _is_oblique(text, c, sentence.start)]
    if direct:
        return direct[-1]
    in_clause_after = [
        c for c in sentence.companies
        if c.start >= money.end and _clause_id(text, c.start, c.end, breaks) == clause
        and not _is_oblique(text, c, sentence.start)
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
    if in_clause_before:
        return in_clause_before[-1]
    return None


def _coordinated_subjects(text: str, sentence: _Sentence, money: MoneyMention) -> list[CompanyMention]:
    """"Picnic, GitLab en AM Pharma haalden ieder meer dan 100 miljoen op"."""
    if not _DISTRIBUTIVE.search(text, sentence.start, money.start):
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
    return group if len(group) > 1 else []


def _modality(text: str, start: int, end: int) -> str:
    pattern, lookup = _modality_pattern()
    found = {lookup[re.sub(r"\s+", " ", m.group(0).casefold())] for m in pattern.finditer(text, start, end)}
    if "estimate" in found:
        return "estimate"
    if "forecast" in found:
        return "forecast"
    return "reported"


def _period_for(money: MoneyMention, sentence: _Sentence, previous_period: str) -> str:
    periods = [p for p in sentence.periods if p.label]
    if not periods:
        return ""
    nearest = min(periods, key=lambda p: min(abs(p.start - money.end), abs(money.start - p.end)))
    if nearest.label != REFERENCE_PREVIOUS_YEAR:
        # "in 2025 … tegen 85 miljard een jaar eerder": the reference applies
        # to the amount right before it
        return nearest.label
    reference = next((p.label for p in periods if p.label != REFERENCE_PREVIOUS_YEAR), previous_period)
    return shift_year(reference, -1) if reference else ""


def link_claims(
    text: str,
    *,
    sentences: list[tuple[int, int]],
    money: list[MoneyMention],
    companies: list[CompanyMention],
    periods: list[PeriodMention],
    doc_id: str = "",
    published: date | None = None,
) -> list[Claim]:
    """Claim records for every amount in ``text`` (one per amount and company)."""
    paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    sentence_records: list[_Sentence] = []
    for start, end in sentences:
        paragraph = sum(1 for p in paragraph_starts if p <= start)
        sentence_records.append(_Sentence(
            start, end, paragraph,
            [c for c in companies if start <= c.start < end],
            [p for p in periods if start <= p.start < end],
        ))
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    noun_refs, pronoun_refs = _reference_pattern()
    actors = _non_company_actor_pattern()

    claims: list[Claim] = []
    focus: CompanyMention | None = None  # the company the text is about
    focus_paragraph = -1
    previous_period, previous_paragraph = "", -1
    group_of: dict[int, str] = {}
    sentence_index = 0
    last_money_group: tuple[MoneyMention, Claim] | None = None
    for number, amount in enumerate(money):
        while sentence_index < len(sentence_records) and sentence_records[sentence_index].end < amount.start:
            sentence = sentence_records[sentence_index]
            focus, focus_paragraph = _update_focus(text, sentence, focus, focus_paragraph)
            if sentence.periods:
                labels = [p.label for p in sentence.periods if p.label and p.label != REFERENCE_PREVIOUS_YEAR]
                if labels:
                    previous_period, previous_paragraph = labels[-1], sentence.paragraph
            sentence_index += 1
        if sentence_index >= len(sentence_records):
            sentence = _Sentence(amount.start, amount.end, -1, [], [])
        else:
            sentence = sentence_records[sentence_index]
        others = [m for m in money if m is not amount and sentence.start <= m.start < sentence.end]

        # conversion in brackets: "1,2 miljard euro (1,4 miljard dollar)"
        if last_money_group and re.fullmatch(r"\s*\(\s*(?:ca\.\s*|circa\s+|ongeveer\s+|zo['’]n\s+)?",
                                             text[last_money_group[0].end:amount.start]):
            base = last_money_group[1]
            sign = -1 if base.value < 0 else 1
            claims.extend(_conversion_rows(amount, claims, base, sign, doc_id))
            last_money_group = (amount, base)
            continue

        metric_found = _metric_for(text, sentence, amount, others, words, breaks)
        metric, sign, cue_match = "", 1, None
        if metric_found:
            cue, cue_match = metric_found
            metric, sign = cue.metric, cue.sign

        # the company, by structure first
        targets: list[CompanyMention] = []
        company_text = ""
        if metric == "acquisition_price":
            target = _acquisition_target(text, sentence, amount)
            if target:
                targets = [target]
        if not targets:
            targets = _coordinated_subjects(text, sentence, amount)
        if not targets and cue_match is not None:
            owner = _company_after_cue(text, cue_match, sentence)
            if owner:
                targets = [owner]
        if not targets:
            subject = _clause_subject(text, sentence, amount, breaks)
            if subject:
                targets = [subject]
        if not targets:
            clause_start = max([b for b in breaks if b < amount.start and b >= sentence.start] or [sentence.start])
            reference = noun_refs.search(text, sentence.start, amount.start) or \
                pronoun_refs.search(text, clause_start, amount.end + 30)
            if reference is None:
                reference = noun_refs.search(text, amount.end, sentence.end)
            if reference is not None and focus is not None:
                targets = [focus]
                company_text = reference.group(0)
            elif (focus is not None and metric and focus_paragraph == sentence.paragraph
                  and not actors.search(text, sentence.start, amount.start)):
                # "De omzet steeg naar 5 miljard euro." right after a sentence
                # about ASML: the paragraph is still about ASML
                targets = [focus]
        if metric and metric not in SIGNED_METRICS:
            sign = 1
        if metric in SIGNED_METRICS and sign > 0 and re.search(
                r"\b(?:verlies|verliezen|verlieslatend|min)\b", text[max(sentence.start, amount.start - 25):amount.start], re.I):
            sign = -1

        period = _period_for(amount, sentence, previous_period if previous_paragraph == sentence.paragraph else "")
        if not period and amount.amount.per is None and previous_paragraph == sentence.paragraph:
            period = previous_period
        modality = _modality(text, sentence.start, sentence.end)
        value = amount.amount.value * (sign if metric in SIGNED_METRICS else 1)
        value_max = amount.amount.value_max
        if value_max is not None and metric in SIGNED_METRICS and sign < 0:
            value, value_max = -value_max, -amount.amount.value
        group = f"{doc_id}:{number + 1}"
        group_of[number] = group
        confidence = 0.3 + (0.3 if metric else 0) + (0.3 if targets else 0) + (0.1 if period else 0)
        rows = targets or [None]
        first_row = None
        for target in rows:
            claim = Claim(
                doc_id=doc_id, start=amount.start, end=amount.end, money_text=amount.text,
                value=value, value_max=value_max, currency=amount.amount.currency,
                qualifier=amount.amount.qualifier, per=amount.amount.per,
                company=target.name if target else "",
                company_text=(company_text or target.text) if target else "",
                company_id=target.id if target else "",
                metric=metric, period=period,
                sentence=" ".join(text[sentence.start:sentence.end].split()),
                modality=modality, claim_group=group,
                published=published.isoformat() if published else "",
                confidence=round(confidence, 2),
            )
            claims.append(claim)
            first_row = first_row or claim
        last_money_group = (amount, first_row)
    return claims


def _conversion_rows(amount: MoneyMention, claims: list[Claim], base: Claim, sign: int, doc_id: str) -> list[Claim]:
    rows = []
    for previous in [c for c in claims if c.claim_group == base.claim_group and c.start == base.start]:
        value = amount.amount.value * (sign if previous.metric in SIGNED_METRICS else 1)
        rows.append(Claim(
            doc_id=doc_id, start=amount.start, end=amount.end, money_text=amount.text,
            value=value, value_max=amount.amount.value_max, currency=amount.amount.currency,
            qualifier=amount.amount.qualifier, per=amount.amount.per or previous.per,
            company=previous.company, company_text=previous.company_text, company_id=previous.company_id,
            metric=previous.metric, period=previous.period, sentence=previous.sentence,
            modality=previous.modality, claim_group=previous.claim_group,
            published=previous.published, confidence=previous.confidence,
        ))
    return rows


def _update_focus(text: str, sentence: _Sentence, focus, focus_paragraph):
    """The company a finished sentence leaves in focus: its subject, else its
    first company."""
    if not sentence.companies:
        return focus, focus_paragraph
    subjects = [c for c in sentence.companies if not _is_oblique(text, c, sentence.start)]
    chosen = subjects[0] if subjects else sentence.companies[0]
    return chosen, sentence.paragraph
