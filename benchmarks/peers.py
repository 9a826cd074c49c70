"""Money extraction: cijfercheck against the peers a user would pick.

Runs, on the same cleaned text of every corpus article with gold:

* cijfercheck (``pipeline.amounts.find_amounts``),
* Microsoft Recognizers-Text (``recognize_currency``, culture nl-nl),
* price-parser (``Price.fromstring``, one call per sentence that holds a
  digit: it reads one price from a string, so a sentence is its unit),

scores each by the money rules of gold-format.md (same currency, value and
value_max within 0.5 %) and times it (characters per second, best of
``--repeat`` runs).  Writes ``benchmarks/results/peers.json`` and prints a
Markdown table for the README.

    pip install -e ".[bench]"
    python benchmarks/peers.py corpus/
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from datetime import date
from pathlib import Path

from pipeline.amounts import find_amounts
from pipeline.clean import clean_text
from pipeline.evaluate import Scores, find_gold, score_money
from pipeline.ingest import Source, read_source
from pipeline.records import Article
from pipeline.segment import sentence_spans


def corpus_texts(corpus: Path) -> list[tuple[str, str, list[dict]]]:
    """(doc_id, cleaned text, gold money) for every article with gold."""
    golds = find_gold(corpus)
    by_file: dict[Path, list] = {}
    for gold in golds:
        by_file.setdefault(gold.path, []).append(gold)
    texts = []
    for path, entries in by_file.items():
        articles = {a.doc_id: a for a in read_source(Source(path, path.relative_to(corpus).as_posix()))
                    if isinstance(a, Article)}
        for gold in entries:
            if gold.doc_id in articles:
                texts.append((gold.doc_id, clean_text(articles[gold.doc_id].raw), gold.gold.get("money", [])))
    return texts


def case_texts(path: Path) -> list[tuple[str, str, list[dict]]]:
    """(id, sentence, gold money) from a regression case file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [(case["id"], case["text"], case["money"]) for case in data["cases"]]


def run_cijfercheck(text: str) -> list[dict]:
    return [{"value": m.amount.value, "value_max": m.amount.value_max, "currency": m.amount.currency,
             "qualifier": m.amount.qualifier, "per": m.amount.per} for m in find_amounts(text)]


_RECOGNIZER_UNITS = {"Euro": "EUR", "Dollar": "USD", "United States dollar": "USD", "British pound": "GBP",
                     "Pound": "GBP", "Swiss franc": "CHF", "Japanese yen": "JPY", "Yen": "JPY",
                     "Chinese yuan": "CNY", "Yuan": "CNY", "Cent": "EUR"}


def run_recognizers(text: str) -> list[dict]:
    from recognizers_number_with_unit import recognize_currency

    found = []
    for result in recognize_currency(text, "nl-nl"):
        resolution = result.resolution or {}
        value = resolution.get("value")
        if value in (None, ""):
            continue
        try:
            number = float(value)
        except ValueError:
            continue
        currency = resolution.get("isoCurrency") or _RECOGNIZER_UNITS.get(resolution.get("unit", ""))
        if resolution.get("unit") == "Cent":
            number /= 100
        found.append({"value": number, "value_max": None, "currency": currency, "qualifier": "exact", "per": None})
    return found


_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "EUR": "EUR", "USD": "USD", "GBP": "GBP",
            "CHF": "CHF", "euro": "EUR", "dollar": "USD"}


def run_price_parser(text: str) -> list[dict]:
    from price_parser import Price

    found = []
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        if not any(ch.isdigit() for ch in sentence):
            continue
        price = Price.fromstring(sentence, decimal_separator=",")
        if price.amount is None or price.currency is None:
            continue
        found.append({"value": float(price.amount_float), "value_max": None,
                      "currency": _SYMBOLS.get(price.currency.strip(), price.currency.strip()),
                      "qualifier": "exact", "per": None})
    return found


SYSTEMS = {
    "cijfercheck": run_cijfercheck,
    "ms-recognizers-text (nl-nl)": run_recognizers,
    "price-parser": run_price_parser,
}


def measure(texts: list[tuple[str, str, list[dict]]], repeat: int, name: str) -> dict:
    characters = sum(len(text) for _, text, _ in texts)
    report = {"dataset": name, "date": date.today().isoformat(),
              "machine": f"{platform.machine()}, {platform.python_version()}", "articles": len(texts), "characters": characters, "gold_amounts": sum(len(g) for *_, g in texts),
              "systems": {}}
    for name, system in SYSTEMS.items():
        try:
            system("warm-up: 5 miljoen euro.")
        except ImportError as error:
            report["systems"][name] = {"error": f"not installed: {error}"}
            continue
        scores = Scores()
        best = float("inf")
        for run in range(repeat):
            started = time.perf_counter()
            predictions = [(doc_id, system(text), gold) for doc_id, text, gold in texts]
            best = min(best, time.perf_counter() - started)
        for doc_id, predicted, gold in predictions:
            score_money(doc_id, predicted, gold, scores)
        report["systems"][name] = {
            "precision": round(scores.money.precision, 4), "recall": round(scores.money.recall, 4),
            "f1": round(scores.money.f1, 4), "seconds": round(best, 4),
            "chars_per_second": round(characters / best) if best else None,
        }
    ours = report["systems"]["cijfercheck"]["chars_per_second"]
    for name, result in report["systems"].items():
        if "chars_per_second" in result and result["chars_per_second"]:
            result["cijfercheck_speedup"] = round(ours / result["chars_per_second"], 1)
    return report


def markdown(report: dict) -> str:
    lines = [f"Money extraction on {report['dataset']} ({report['articles']} texts, {report['gold_amounts']} gold amounts, "
             f"{report['characters']:,} characters; {report['date']}, {report['machine']})", "",
             "| system | precision | recall | F1 | characters/second | cijfercheck is faster by |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, r in report["systems"].items():
        if "error" in r:
            lines.append(f"| {name} | – | – | – | – | {r['error']} |")
            continue
        lines.append(f"| {name} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
                     f"{r['chars_per_second']:,} | {r['cijfercheck_speedup']}× |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=Path("corpus"))
    parser.add_argument("--cases", type=Path, default=Path("tests/regression/heldout_money.json"),
                        help="a JSON case file of sentences written without seeing the parser")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "peers.json")
    args = parser.parse_args()
    reports = [measure(corpus_texts(args.corpus), args.repeat, f"{args.corpus}/")]
    if args.cases.exists():
        reports.append(measure(case_texts(args.cases), args.repeat, args.cases.name))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(reports, indent=2), encoding="utf-8")
    print("\n\n".join(markdown(report) for report in reports))


if __name__ == "__main__":
    main()
