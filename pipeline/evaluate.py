"""Score predictions against ``NAME.gold.json`` files, by gold-format.md.

* money: per article, a predicted amount matches an unmatched gold amount
  with the same currency whose value (and value_max) lies within 0.5 %;
  micro precision/recall/F1; qualifier and per accuracy on matched pairs;
  range accuracy = the share of gold ranges found as the same range;
* companies: per article, mentions matched by normalised name as multisets
  (mention P/R/F1), and article-level set P/R/F1; ``optional_companies`` are
  dropped from both sides;
* claims: per article, same normalised company, metric and currency and a
  value within 0.5 %; metric ``other`` left out on both sides; a prediction
  matching an ``optional_claims`` entry is left out of precision; period
  accuracy on matched pairs.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.names import normalise_name

TOLERANCE = 0.005


def close(a: float | None, b: float | None, tolerance: float = TOLERANCE) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += bool(ok)


@dataclass
class Scores:
    articles: int = 0
    money: Counts = field(default_factory=Counts)
    qualifier: Ratio = field(default_factory=Ratio)
    per: Ratio = field(default_factory=Ratio)
    ranges: Ratio = field(default_factory=Ratio)
    mentions: Counts = field(default_factory=Counts)
    company_sets: Counts = field(default_factory=Counts)
    claims: Counts = field(default_factory=Counts)
    period: Ratio = field(default_factory=Ratio)
    misses: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "money": {**self.money.as_dict(), "qualifier_accuracy": round(self.qualifier.value, 4),
                      "per_accuracy": round(self.per.value, 4), "range_accuracy": round(self.ranges.value, 4)},
            "companies": {"mention": self.mentions.as_dict(), "article_set": self.company_sets.as_dict()},
            "claims": {**self.claims.as_dict(), "period_accuracy": round(self.period.value, 4)},
        }


def _amount_matches(pred: dict, gold: dict) -> bool:
    return (pred.get("currency") or None) == (gold.get("currency") or None) and close(
        pred["value"], float(gold["value"])) and close(
        pred.get("value_max"), None if gold.get("value_max") is None else float(gold["value_max"]))


def score_money(doc_id: str, predicted: list[dict], gold: list[dict], scores: Scores) -> None:
    unmatched = list(range(len(gold)))
    for pred in predicted:
        match = next((i for i in unmatched if _amount_matches(pred, gold[i])), None)
        if match is None:
            scores.money.fp += 1
            scores.misses.append({"doc": doc_id, "kind": "money", "error": "false positive", "predicted": pred})
            continue
        unmatched.remove(match)
        scores.money.tp += 1
        g = gold[match]
        scores.qualifier.add(pred.get("qualifier") == g.get("qualifier"))
        scores.per.add((pred.get("per") or None) == (g.get("per") or None))
        if pred.get("qualifier") != g.get("qualifier") or (pred.get("per") or None) != (g.get("per") or None):
            scores.misses.append({"doc": doc_id, "kind": "money", "error": "qualifier/per", "predicted": pred, "gold": g})
    for i in unmatched:
        scores.money.fn += 1
        scores.misses.append({"doc": doc_id, "kind": "money", "error": "missed", "gold": gold[i]})
    for g in gold:
        if g.get("value_max") is not None:
            scores.ranges.add(any(_amount_matches(p, g) for p in predicted))


def score_companies(doc_id: str, predicted: list[str], gold: list[str], optional: list[str],
                    scores: Scores) -> None:
    skip = {normalise_name(name) for name in optional}
    pred = Counter(n for n in (normalise_name(p) for p in predicted) if n not in skip)
    want = Counter(n for n in (normalise_name(g) for g in gold) if n not in skip)
    common = sum((pred & want).values())
    scores.mentions.tp += common
    scores.mentions.fp += sum(pred.values()) - common
    scores.mentions.fn += sum(want.values()) - common
    for name, count in (pred - want).items():
        scores.misses.append({"doc": doc_id, "kind": "company", "error": "false positive", "name": name, "count": count})
    for name, count in (want - pred).items():
        scores.misses.append({"doc": doc_id, "kind": "company", "error": "missed", "name": name, "count": count})
    pred_set, want_set = set(pred), set(want)
    scores.company_sets.tp += len(pred_set & want_set)
    scores.company_sets.fp += len(pred_set - want_set)
    scores.company_sets.fn += len(want_set - pred_set)


def _claim_matches(pred: dict, gold: dict) -> bool:
    return (normalise_name(pred.get("company") or "") == normalise_name(gold.get("company") or "")
            and pred.get("metric") == gold.get("metric")
            and (pred.get("currency") or None) == (gold.get("currency") or None)
            and close(float(pred["value"]), float(gold["value"])))


def score_claims(doc_id: str, predicted: list[dict], gold: list[dict], optional: list[dict],
                 scores: Scores) -> None:
    predicted = [p for p in predicted if p.get("company") and p.get("metric") and p.get("metric") != "other"]
    gold = [g for g in gold if g.get("metric") != "other"]
    unmatched = list(range(len(gold)))
    for pred in predicted:
        match = next((i for i in unmatched if _claim_matches(pred, gold[i])), None)
        if match is None:
            if any(_claim_matches(pred, o) for o in optional):
                continue
            scores.claims.fp += 1
            scores.misses.append({"doc": doc_id, "kind": "claim", "error": "false positive", "predicted": pred})
            continue
        unmatched.remove(match)
        scores.claims.tp += 1
        g = gold[match]
        ok = (pred.get("period") or None) == (g.get("period") or None)
        scores.period.add(ok)
        if not ok:
            scores.misses.append({"doc": doc_id, "kind": "claim", "error": "period", "predicted": pred, "gold": g})
    for i in unmatched:
        scores.claims.fn += 1
        scores.misses.append({"doc": doc_id, "kind": "claim", "error": "missed", "gold": gold[i]})


# ---------------------------------------------------------------------------


@dataclass
class GoldArticle:
    doc_id: str
    path: Path
    gold: dict


def find_gold(corpus: Path) -> list[GoldArticle]:
    """Every gold annotation under ``corpus`` with the article it belongs to."""
    found = []
    for gold_path in sorted(corpus.rglob("*.gold.json")):
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        entries = data if isinstance(data, list) else [data]
        folder = gold_path.parent.relative_to(corpus).as_posix()
        for entry in entries:
            doc = entry["doc"]
            file_name = doc.split("#", 1)[0]
            doc_id = doc if folder == "." else f"{folder}/{doc}"
            found.append(GoldArticle(doc_id, gold_path.parent / file_name, entry))
    return found


def evaluate_corpus(corpus: Path, *, nlp=None, on_progress=None) -> Scores:
    """Run the pipeline over every article with gold, and score it."""
    from pipeline.extract import PipelineOptions, analyse_article, get_nlp
    from pipeline.ingest import Source, read_source
    from pipeline.records import Article

    nlp = nlp or get_nlp(PipelineOptions())
    golds = find_gold(corpus)
    by_file: dict[Path, list[GoldArticle]] = {}
    for gold in golds:
        by_file.setdefault(gold.path, []).append(gold)
    scores = Scores()
    done = 0
    for path, entries in by_file.items():
        prefix = path.relative_to(corpus).as_posix()
        results = {}
        for item in read_source(Source(path, prefix)):
            if isinstance(item, Article):
                results[item.doc_id] = analyse_article(item, nlp)
        in_order = list(results.values())
        for position, gold in enumerate(entries):
            scores.articles += 1
            result = results.get(gold.doc_id)
            if result is None and "#" not in gold.doc_id and len(entries) == len(in_order) > 1:
                # a list of gold entries that all name the JSONL file itself:
                # the n-th entry annotates the file's n-th article
                result = in_order[position]
            claims = getattr(result, "claims", []) or []
            money = getattr(result, "money", []) or []
            companies = getattr(result, "companies", []) or []
            if result is None or not hasattr(result, "claims"):
                scores.misses.append({"doc": gold.doc_id, "kind": "article", "error": "not processed"})
            predicted_money = [
                {"text": m.text, "value": m.amount.value, "value_max": m.amount.value_max,
                 "currency": m.amount.currency, "qualifier": m.amount.qualifier, "per": m.amount.per}
                for m in money
            ]
            score_money(gold.doc_id, predicted_money, gold.gold.get("money", []), scores)
            score_companies(gold.doc_id, [c["name"] for c in companies],
                            [c["name"] for c in gold.gold.get("companies", [])],
                            gold.gold.get("optional_companies", []) or [], scores)
            predicted_claims = [
                {"company": c.company, "metric": c.metric, "value": c.value, "currency": c.currency,
                 "period": c.period or None, "per": c.per, "money_text": c.money_text}
                for c in claims
            ]
            score_claims(gold.doc_id, predicted_claims, gold.gold.get("claims", []),
                         gold.gold.get("optional_claims", []) or [], scores)
        done += 1
        if on_progress:
            on_progress(done, len(by_file), prefix)
    return scores
