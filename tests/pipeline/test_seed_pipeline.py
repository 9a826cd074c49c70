"""The whole pipeline on the seed article and on corpus/, scored by gold-format.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import Scores, evaluate_corpus, score_companies, score_money
from pipeline.extract import analyse_article
from pipeline.records import Article

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def seed_result(seed_text, nlp):
    path, gold = seed_text
    article = Article(doc_id=path.name, raw=path.read_text(encoding="utf-8"))
    return analyse_article(article, nlp), gold


def test_seed_money_is_exact(seed_result):
    result, gold = seed_result
    scores = Scores()
    predicted = [{"value": m.amount.value, "value_max": m.amount.value_max, "currency": m.amount.currency,
                  "qualifier": m.amount.qualifier, "per": m.amount.per} for m in result.money]
    score_money("seed", predicted, gold["money"], scores)
    assert scores.money.f1 == 1.0
    assert scores.qualifier.value == 1.0 and scores.per.value == 1.0


def test_seed_companies_are_exact(seed_result):
    result, gold = seed_result
    scores = Scores()
    score_companies("seed", [c["name"] for c in result.companies], [c["name"] for c in gold["companies"]],
                    gold.get("optional_companies", []), scores)
    assert scores.mentions.f1 == 1.0


def test_seed_claims_match_gold(seed_result):
    result, gold = seed_result
    got = [(c.company, c.metric, c.value, c.value_max, c.currency, c.period or None, c.per) for c in result.claims]
    want = [(g["company"], g["metric"], g["value"], g.get("value_max"), g["currency"], g["period"], g["per"])
            for g in gold["claims"]]
    assert got == want


def test_spans_and_attributes_on_the_doc(nlp):
    doc = nlp.make_doc("Nvidia boekte 57 miljard dollar omzet in het derde kwartaal van 2025.")
    for _, component in nlp.pipeline:
        doc = component(doc)
    (money,) = doc.spans["money"]
    assert money.text == "57 miljard dollar" and money._.amount.value == 57e9
    assert [s.text for s in doc.spans["companies"]] == ["Nvidia"]
    assert [s._.period.label for s in doc.spans["periods"]] == ["2025-Q3"]
    (claim,) = doc._.claims
    assert (claim.company, claim.metric, claim.period) == ("Nvidia", "revenue", "2025-Q3")


def test_pipeline_is_one_blank_nl_with_our_factories(nlp):
    assert nlp.lang == "nl"
    assert nlp.pipe_names == ["cijfercheck_sentences", "cijfercheck_money", "cijfercheck_companies",
                              "cijfercheck_periods", "cijfercheck_claims"]


@pytest.mark.skipif(not any(CORPUS.glob("*.gold.json")), reason="corpus/ has no gold files")
def test_corpus_scores_hold(nlp):
    scores = evaluate_corpus(CORPUS, nlp=nlp).as_dict()
    # floors a little under the figures in the README, so a regression fails
    assert scores["money"]["f1"] >= 0.98
    assert scores["companies"]["mention"]["f1"] >= 0.95
    assert scores["claims"]["f1"] >= 0.83


def test_gold_entries_naming_a_jsonl_file_pair_with_its_articles_in_order(tmp_path, nlp):
    import json

    lines = [
        {"title": "Een", "published": "2026-04-14", "body": "Colruyt haalde een omzet van 10,8 miljard euro."},
        {"title": "Twee", "published": "2026-04-14", "body": "Sligro boekte 2,9 miljard euro omzet."},
    ]
    (tmp_path / "dump.jsonl").write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")

    def gold(company, value, text):
        return {"doc": "dump.jsonl", "published": "2026-04-14",
                "money": [{"text": text, "value": value, "value_max": None, "currency": "EUR",
                           "qualifier": "exact", "per": None}],
                "companies": [{"text": company, "name": company}],
                "claims": [{"company": company, "metric": "revenue", "value": value, "currency": "EUR",
                            "period": None, "per": None, "money_text": text}]}

    entries = [gold("Colruyt", 10.8e9, "10,8 miljard euro"), gold("Sligro", 2.9e9, "2,9 miljard euro")]
    (tmp_path / "dump.gold.json").write_text(json.dumps(entries), encoding="utf-8")
    scores = evaluate_corpus(tmp_path, nlp=nlp).as_dict()
    assert scores["money"]["tp"] == 2 and scores["money"]["fn"] == 0
    assert scores["companies"]["mention"]["tp"] == 2
