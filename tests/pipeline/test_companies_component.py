"""The cijfercheck_companies component inside spaCy pipelines."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import spacy

from pipeline.components.tokenizer import customise_tokenizer
from pipeline.names import normalise_name

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = "000_8f33b1ed245ba9de"


@pytest.fixture(scope="module")
def full_nlp():
    from pipeline.nlp import build_nlp

    return build_nlp()


@pytest.fixture(scope="module")
def small_nlp():
    """spacy.blank("nl") with our tokenizer rules and only this component."""
    import pipeline.components.companies  # noqa: F401  registers the factory

    nlp = spacy.blank("nl")
    customise_tokenizer(nlp)
    nlp.add_pipe("cijfercheck_companies")
    return nlp


@pytest.fixture(scope="module")
def seed() -> tuple[str, dict]:
    text_path = SHARED / "seeds" / f"{SEED}.txt"
    gold_path = SHARED / "seeds" / f"{SEED}.gold.json"
    if not (text_path.is_file() and gold_path.is_file()):
        pytest.skip("the seed article in ../shared/seeds is not present")
    return text_path.read_text(encoding="utf-8"), json.loads(gold_path.read_text(encoding="utf-8"))


def _score(predicted: list[str], gold: list[str], optional: list[str]) -> tuple[int, int, int]:
    """Mention-level true positives, false positives, false negatives by the
    rules of gold-format.md: normalised names, counted as multisets."""
    skip = {normalise_name(name) for name in optional}
    p = Counter(normalise_name(n) for n in predicted if normalise_name(n) not in skip)
    g = Counter(normalise_name(n) for n in gold)
    return sum((p & g).values()), sum((p - g).values()), sum((g - p).values())


@pytest.mark.parametrize("pipeline_fixture", ["small_nlp", "full_nlp"])
def test_seed_gives_exactly_the_gold_mentions(pipeline_fixture, seed, request):
    nlp = request.getfixturevalue(pipeline_fixture)
    text, gold = seed
    doc = nlp(text)
    tp, fp, fn = _score(
        [m.name for m in doc._.companies],
        [c["name"] for c in gold["companies"]],
        gold.get("optional_companies", []),
    )
    assert (tp, fp, fn) == (len(gold["companies"]), 0, 0) == (18, 0, 0)
    # in order of appearance, as the gold lists them
    assert [m.text for m in doc._.companies] == [c["text"] for c in gold["companies"]]


@pytest.mark.parametrize("pipeline_fixture", ["small_nlp", "full_nlp"])
def test_records_and_spans_agree(pipeline_fixture, request):
    nlp = request.getfixturevalue(pipeline_fixture)
    text = (
        "Koninklijke Philips N.V. verkoopt Nvidia-chips aan ASML’s klanten. "
        "De KLM-topman en de start-up Zorblax praten met Air France-KLM."
    )
    doc = nlp(text)
    mentions = doc._.companies
    assert [(m.text, m.name) for m in mentions] == [
        ("Koninklijke Philips N.V.", "Philips"),
        ("Nvidia", "Nvidia"),
        ("ASML", "ASML"),
        ("KLM", "KLM"),
        ("Zorblax", "Zorblax"),
        ("Air France-KLM", "Air France-KLM"),
    ]
    spans = doc.spans["companies"]
    assert len(spans) == len(mentions)
    for span, mention in zip(spans, mentions, strict=True):
        assert span._.company == mention
        assert text[mention.start : mention.end] == mention.text
        assert span.start_char <= mention.start and mention.end <= span.end_char
        assert span.label_ == "ORG"
    # the tokenizer splits compounds and possessives, so spans fit exactly
    assert [s.text for s in spans][1:4] == ["Nvidia", "ASML", "KLM"]


def test_amazons_span_covers_the_whole_token(small_nlp):
    doc = small_nlp("Amazons cloudtak groeit.")
    (mention,) = doc._.companies
    (span,) = doc.spans["companies"]
    assert (mention.text, mention.name, span.text) == ("Amazon", "Amazon", "Amazons")


def test_no_companies_gives_empty_results(small_nlp):
    doc = small_nlp("De ECB en de AEX; Elon Musk en ChatGPT.")
    assert doc._.companies == []
    assert list(doc.spans["companies"]) == []


def test_pipe_over_many_docs(small_nlp):
    texts = ["Shell groeit.", "", "Volgens Unilever niet.", "De chipmaker Zorblax."]
    names = [[m.name for m in doc._.companies] for doc in small_nlp.pipe(texts)]
    assert names == [["Shell"], [], ["Unilever"], ["Zorblax"]]


def test_include_media_config():
    import pipeline.components.companies  # noqa: F401

    nlp = spacy.blank("nl")
    customise_tokenizer(nlp)
    nlp.add_pipe("cijfercheck_companies", config={"include_media": True})
    doc = nlp("Dat meldt Bloomberg over Shell.")
    assert [(m.name, m.source) for m in doc._.companies] == [
        ("Bloomberg", "media"),
        ("Shell", "curated"),
    ]


def test_component_order_in_build_nlp(full_nlp):
    names = full_nlp.pipe_names
    assert names.index("cijfercheck_money") < names.index("cijfercheck_companies")
    assert names.index("cijfercheck_companies") < names.index("cijfercheck_claims")
