"""spaCy component ``cijfercheck_hf_ner``: a Hugging Face token classifier.

Optional (needs the ``transformers`` extra: ``pip install
"cijfercheck[transformers]"``).  transformers and torch are imported when the
component is built, never when this module or :mod:`pipeline` is imported.

The model runs on ``doc.text`` through a *fast* tokenizer, whose offset
mapping ties every word piece to its characters.  A word takes the label
predicted for its first piece; BIO tags (``B-ORG``, ``I-ORG``) or plain tags
(``ORG``) are decoded into entities over words; each entity is aligned back
to the spaCy tokens that cover its characters and written to
``doc.spans["hf_ner"]``.  Texts longer than the model's window are read in
overlapping windows.  :mod:`pipeline.components.companies` merges the
``ORG`` spans with its rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.components.extensions import ensure_extensions

#: span group this component writes
HF_NER_KEY = "hf_ner"

#: Labels of common NER models mapped onto ours (after the BIO prefix is cut).
DEFAULT_LABEL_MAP = {
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "COMPANY": "ORG",
    "CORPORATION": "ORG",
    "PER": "PER",
    "PERSON": "PER",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "GPE": "LOC",
    "MISC": "MISC",
}


def resolve_device(device: str):
    """``cpu``, ``cuda`` or ``cuda:N`` as a torch device; a clear error when
    torch sees no GPU."""
    import torch

    name = (device or "cpu").strip().lower()
    if name.startswith("cuda"):
        if not torch.cuda.is_available():
            raise ValueError(f"device {device!r} asked for, but torch sees no CUDA GPU")
        index = int(name.split(":", 1)[1]) if ":" in name else 0
        if index >= torch.cuda.device_count():
            raise ValueError(
                f"device {device!r} asked for, but torch sees "
                f"{torch.cuda.device_count()} GPU(s)"
            )
        return torch.device(f"cuda:{index}")
    if name != "cpu":
        raise ValueError(f"unknown device {device!r}: use cpu, cuda or cuda:N")
    return torch.device("cpu")


def decode_entities(
    words: list[tuple[int, int, str]],
) -> list[tuple[int, int, str]]:
    """BIO (or plain) tags over words -> entities ``(start, end, tag)``.

    ``words`` holds ``(start_char, end_char, tag)`` in text order, ``tag``
    being ``O``, ``B-X``, ``I-X`` or plain ``X``.  An ``I-X`` after another
    type starts a new entity, as does ``B-X``; plain tags join neighbours of
    the same type.
    """
    entities: list[tuple[int, int, str]] = []
    current: list | None = None
    for start, end, tag in words:
        if tag == "O" or not tag:
            current = None
            continue
        prefix, _, kind = tag.partition("-") if tag[:2] in ("B-", "I-") else ("", "", tag)
        if current is not None and current[2] == kind and prefix != "B":
            current[1] = end
            entities[-1] = tuple(current)
            continue
        current = [start, end, kind]
        entities.append(tuple(current))
    return entities


class HFNamedEntities:
    """Run a token-classification model and write ``doc.spans["hf_ner"]``."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        model: str,
        device: str = "cpu",
        batch_size: int = 8,
        max_length: int = 512,
        stride: int = 64,
        label_map: dict[str, str] | None = None,
    ) -> None:
        try:
            import torch  # noqa: F401
            from transformers import AutoModelForTokenClassification, AutoTokenizer
        except ImportError as error:  # pragma: no cover - depends on the install
            raise ImportError(
                "the Hugging Face backend needs transformers and torch: "
                'pip install "cijfercheck[transformers]"'
            ) from error
        ensure_extensions()
        self.name = name
        self.model_name = model
        self.device = resolve_device(device)
        self.tokenizer = AutoTokenizer.from_pretrained(model)
        if not getattr(self.tokenizer, "is_fast", False):
            raise ValueError(
                f"{model!r} has no fast tokenizer: offsets are needed to align word "
                "pieces with the text"
            )
        self.model = AutoModelForTokenClassification.from_pretrained(model)
        self.model.to(self.device)
        self.model.eval()
        self.id2label = {int(i): str(label) for i, label in self.model.config.id2label.items()}
        self.batch_size = max(1, int(batch_size))
        limit = getattr(self.tokenizer, "model_max_length", max_length) or max_length
        self.max_length = int(min(max_length, limit))
        self.stride = int(min(stride, self.max_length // 4))
        self.label_map = {**DEFAULT_LABEL_MAP, **(label_map or {})}

    # -- spaCy API -----------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        size = batch_size or self.batch_size
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= size:
                yield from self._process(batch)
                batch = []
        if batch:
            yield from self._process(batch)

    # -- work ----------------------------------------------------------------

    def _process(self, docs: list[Doc]) -> list[Doc]:
        for doc, entities in zip(docs, self.predict([doc.text for doc in docs]), strict=True):
            spans = []
            for start, end, label in entities:
                span = doc.char_span(start, end, label=label, alignment_mode="expand")
                if span is not None and span.text.strip():
                    spans.append(span)
            doc.spans[HF_NER_KEY] = _without_overlaps(spans)
        return docs

    def predict(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """Entities ``(start_char, end_char, label)`` for each text."""
        import torch

        if not texts:
            return []
        encoded = self.tokenizer(
            texts,
            return_offsets_mapping=True,
            return_overflowing_tokens=True,
            truncation=True,
            max_length=self.max_length,
            stride=self.stride,
            padding=True,
            return_tensors="pt",
        )
        offsets = encoded.pop("offset_mapping").tolist()
        window_text = encoded.pop("overflow_to_sample_mapping").tolist()
        inputs = {k: v.to(self.device) for k, v in encoded.items() if k in _MODEL_INPUTS}
        predictions = []
        with torch.inference_mode():
            for begin in range(0, len(window_text), self.batch_size):
                chunk = {k: v[begin : begin + self.batch_size] for k, v in inputs.items()}
                logits = self.model(**chunk).logits
                predictions.extend(logits.argmax(-1).tolist())

        # a word's label is that of its first piece, taken from the first
        # window in which that piece is not in the overlap with the window
        # before (where it had less context on the left)
        word_tags: list[dict[int, tuple[int, int, str]]] = [{} for _ in texts]
        seen_windows: dict[int, int] = {}
        for window, text_index in enumerate(window_text):
            order = seen_windows.get(text_index, 0)
            seen_windows[text_index] = order + 1
            word_ids = encoded.word_ids(window)
            tags = word_tags[text_index]
            for position, word in enumerate(word_ids):
                if word is None:
                    continue
                start, end = offsets[window][position]
                if end <= start:
                    continue
                label = self.id2label.get(predictions[window][position], "O")
                if word in tags:
                    first_start, _, first_label = tags[word]
                    tags[word] = (first_start, end, first_label)
                    continue
                if order and position <= self.stride:
                    continue  # overlap: the previous window labelled this word
                tags[word] = (start, end, label)
        results = []
        for tags in word_tags:
            words = [tags[word] for word in sorted(tags)]
            mapped = [(start, end, self._map(tag)) for start, end, tag in words]
            results.append(decode_entities(mapped))
        return results

    def _map(self, tag: str) -> str:
        """``B-ORGANIZATION`` -> ``B-ORG`` through ``label_map``; unknown -> O."""
        if tag in ("O", ""):
            return "O"
        prefix, kind = ("", tag)
        if tag[:2] in ("B-", "I-", "E-", "S-", "L-", "U-"):
            prefix, kind = tag[:2], tag[2:]
            prefix = "B-" if prefix in ("B-", "S-", "U-") else "I-"
        mapped = self.label_map.get(kind.upper(), self.label_map.get(kind))
        if not mapped:
            return "O"
        return f"{prefix}{mapped}"


_MODEL_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Expanded spans may touch; keep the first of overlapping ones."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


@Language.factory(
    "cijfercheck_hf_ner",
    default_config={
        "device": "cpu",
        "batch_size": 8,
        "max_length": 512,
        "stride": 64,
        "label_map": {},
    },
    assigns=["doc.spans"],
)
def make_hf_ner(
    nlp: Language,
    name: str,
    model: str,
    device: str,
    batch_size: int,
    max_length: int,
    stride: int,
    label_map: dict[str, str],
) -> HFNamedEntities:
    """Factory: ``nlp.add_pipe("cijfercheck_hf_ner", config={"model": PATH})``.

    Parameters
    ----------
    model:
        Path or hub name of a token-classification model with a fast
        tokenizer (a hub name needs the model in the local cache: cijfercheck
        never downloads at run time).
    device:
        ``cpu``, ``cuda`` or ``cuda:N``.
    batch_size:
        Windows per forward pass.
    max_length, stride:
        Window size in word pieces, and the overlap between windows.
    label_map:
        Extra label mapping onto ``ORG``/``PER``/``LOC``/``MISC``, e.g.
        ``{"BEDRIJF": "ORG"}``.
    """
    return HFNamedEntities(
        nlp,
        name,
        model=model,
        device=device,
        batch_size=batch_size,
        max_length=max_length,
        stride=stride,
        label_map=label_map,
    )
