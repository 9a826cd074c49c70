"""The optional statistical backends, with tiny models the tests build.

Nothing is downloaded: a spaCy NER model is trained here on a handful of
sentences and saved to a temporary folder; a two-layer BERT token classifier
with a hand-written WordPiece vocabulary is trained for a few steps and saved
with ``save_pretrained``.  Both are loaded by path through
``pipeline.nlp.build_nlp``.  The names (Zorblax, Quintor) are in no list and
stand where no cue is, so only the model can find them.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy
from spacy.training import Example

from pipeline.nlp import build_nlp

TRAINING = [
    ("Zorblax meldt een hogere omzet .", [("Zorblax", "ORG")]),
    ("De omzet van Zorblax steeg flink .", [("Zorblax", "ORG")]),
    ("Beleggers kochten Quintor en Zorblax .", [("Quintor", "ORG"), ("Zorblax", "ORG")]),
    ("Quintor boekte winst .", [("Quintor", "ORG")]),
    ("Gisteren won Quintor terrein .", [("Quintor", "ORG")]),
    ("De markt steeg vandaag .", []),
    ("Jan kocht een fiets .", []),
    ("Het weer was goed .", []),
]
# no cue in these: "won" and "meldt" are no company words
PROBE = "Gisteren won Quintor terrein . Zorblax meldt een hogere omzet ."


def _char_entities(text: str, names: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    entities, at = [], 0
    for name, label in names:
        start = text.index(name, at)
        entities.append((start, start + len(name), label))
        at = start + len(name)
    return entities


# -- spaCy ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def spacy_ner_path(tmp_path_factory):
    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("nl")
    nlp.add_pipe("ner")
    examples = [
        Example.from_dict(nlp.make_doc(text), {"entities": _char_entities(text, names)})
        for text, names in TRAINING
    ]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        nlp.update(examples, sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("spacy") / "tiny_ner"
    nlp.to_disk(path)
    return path


def test_spacy_model_by_path_adds_unknown_names(spacy_ner_path):
    nlp = build_nlp(spacy_model=str(spacy_ner_path))
    assert "ner" in nlp.pipe_names
    doc = nlp(PROBE)
    assert {ent.text for ent in doc.ents if ent.label_ == "ORG"} >= {"Quintor", "Zorblax"}
    found = [(m.text, m.source) for m in doc._.companies]
    assert ("Quintor", "spacy") in found and ("Zorblax", "spacy") in found


def test_spacy_entities_never_override_rules(spacy_ner_path):
    nlp = build_nlp(spacy_model=str(spacy_ner_path))
    doc = nlp("Quintor boekte winst . De ECB en Shell ook .")
    names = [(m.name, m.source) for m in doc._.companies]
    assert ("Shell", "curated") in names
    assert all(name != "ECB" for name, _ in names)


def test_components_can_ignore_ents(spacy_ner_path):
    import pipeline.components.companies  # noqa: F401

    nlp = spacy.load(spacy_ner_path)
    nlp.add_pipe("cijfercheck_companies", config={"use_ents": False})
    doc = nlp(PROBE)
    assert doc._.companies == []


# -- Hugging Face ----------------------------------------------------------------

LABELS = ["O", "B-ORG", "I-ORG"]


@pytest.fixture(scope="module")
def hf_model_path(tmp_path_factory):
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")

    path = tmp_path_factory.mktemp("hf") / "tiny_bert_ner"
    path.mkdir()
    words = sorted({word.lower() for text, _ in TRAINING for word in text.split()})
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *words, "##s", "##'", "’"]
    (path / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizerFast.from_pretrained(str(path), do_lower_case=True)

    config = transformers.BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=128,
        num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    torch.manual_seed(0)
    model = transformers.BertForTokenClassification(config)

    split = [text.split() for text, _ in TRAINING]
    encoded = tokenizer(split, is_split_into_words=True, padding=True, return_tensors="pt")
    targets = []
    for row, (words_of, (_, names)) in enumerate(zip(split, TRAINING, strict=True)):
        orgs = {name for name, _ in names}
        tags = ["B-ORG" if word in orgs else "O" for word in words_of]
        targets.append(
            [-100 if w is None else LABELS.index(tags[w]) for w in encoded.word_ids(row)]
        )
    labels = torch.tensor(targets)
    optimizer = torch.optim.AdamW(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(60):
        loss = model(**encoded, labels=labels).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


def test_hf_model_by_path_adds_unknown_names(hf_model_path):
    nlp = build_nlp(hf_ner=str(hf_model_path))
    assert nlp.pipe_names.index("cijfercheck_hf_ner") < nlp.pipe_names.index(
        "cijfercheck_companies"
    )
    doc = nlp(PROBE)
    hf = [(span.text, span.label_) for span in doc.spans["hf_ner"]]
    assert ("Quintor", "ORG") in hf and ("Zorblax", "ORG") in hf
    found = [(m.text, m.source) for m in doc._.companies]
    assert ("Quintor", "hf") in found and ("Zorblax", "hf") in found


def test_hf_spans_align_to_spacy_tokens_across_windows(hf_model_path):
    import pipeline.components.hf_ner  # noqa: F401
    from pipeline.components.tokenizer import customise_tokenizer

    nlp = spacy.blank("nl")
    customise_tokenizer(nlp)
    # windows of 16 word pieces force the text through several windows
    nlp.add_pipe(
        "cijfercheck_hf_ner",
        config={"model": str(hf_model_path), "max_length": 16, "stride": 4, "batch_size": 2},
    )
    text = " ".join([PROBE] * 5)
    doc = nlp(text)
    spans = list(doc.spans["hf_ner"])
    assert [s.text for s in spans].count("Zorblax") == 5
    assert [s.text for s in spans].count("Quintor") == 5
    for span in spans:
        assert span.text == text[span.start_char : span.end_char]
    docs = list(nlp.pipe([PROBE, "De markt steeg vandaag .", PROBE], batch_size=2))
    assert [len(d.spans["hf_ner"]) for d in docs] == [2, 0, 2]


def test_hf_label_map(hf_model_path):
    import pipeline.components.hf_ner  # noqa: F401

    nlp = spacy.blank("nl")
    nlp.add_pipe(
        "cijfercheck_hf_ner",
        config={"model": str(hf_model_path), "label_map": {"ORG": "MISC"}},
    )
    doc = nlp(PROBE)
    assert {span.label_ for span in doc.spans["hf_ner"]} == {"MISC"}


@pytest.mark.parametrize(
    "words, entities",
    [
        ([(0, 3, "B-ORG"), (4, 7, "I-ORG"), (8, 9, "O")], [(0, 7, "ORG")]),
        ([(0, 3, "B-ORG"), (4, 7, "B-ORG")], [(0, 3, "ORG"), (4, 7, "ORG")]),
        ([(0, 3, "I-ORG"), (4, 7, "I-PER")], [(0, 3, "ORG"), (4, 7, "PER")]),
        (
            [(0, 3, "ORG"), (4, 7, "ORG"), (8, 9, "O"), (10, 12, "ORG")],
            [(0, 7, "ORG"), (10, 12, "ORG")],
        ),
        ([(0, 3, "O")], []),
    ],
)
def test_decode_entities(words, entities):
    from pipeline.components.hf_ner import decode_entities

    assert decode_entities(words) == entities


def test_device_checks():
    torch = pytest.importorskip("torch")
    from pipeline.components.hf_ner import resolve_device

    assert resolve_device("cpu").type == "cpu"
    with pytest.raises(ValueError, match="unknown device"):
        resolve_device("tpu")
    if not torch.cuda.is_available():
        with pytest.raises(ValueError, match="no CUDA"):
            resolve_device("cuda:0")
    else:  # pragma: no cover - only where a GPU is lent
        assert resolve_device("cuda").type == "cuda"


def test_default_path_never_imports_transformers():
    code = (
        "import sys\n"
        "from pipeline.nlp import build_nlp\n"
        "import pipeline.components.hf_ner\n"
        "build_nlp()('Shell groeit.')\n"
        "assert 'transformers' not in sys.modules, 'transformers imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
