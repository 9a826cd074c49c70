"""Build the one spaCy pipeline cijfercheck runs.

``spacy.blank("nl")`` (or a user's own spaCy pipeline) plus our registered
factories, in this order::

    cijfercheck_sentences  Dutch sentence splitter (abbreviations, amounts)
    cijfercheck_money      doc.spans["money"]      span._.amount
    [cijfercheck_hf_ner]   doc.spans["hf_ner"]     optional transformers NER
    cijfercheck_companies  doc.spans["companies"]  span._.company
    cijfercheck_periods    doc.spans["periods"]    span._.period
    cijfercheck_claims     doc._.claims            list[pipeline.records.Claim]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

COMPONENT_ORDER = (
    "cijfercheck_sentences",
    "cijfercheck_money",
    "cijfercheck_companies",
    "cijfercheck_periods",
    "cijfercheck_claims",
)


def _register_factories() -> None:
    # Importing the modules runs their @Language.factory decorators.
    from pipeline.components import (  # noqa: F401
        claims,
        companies,
        money,
        periods,
        sentences,
    )


def build_nlp(
    *,
    spacy_model: str | None = None,
    hf_ner: str | None = None,
    device: str = "cpu",
) -> "Language":
    """Return the cijfercheck pipeline.

    Parameters
    ----------
    spacy_model:
        Name or path of an installed spaCy pipeline whose NER (and parser,
        when present) is used in addition to the rules.  ``None`` (default)
        runs on ``spacy.blank("nl")`` and what the package ships.
    hf_ner:
        Path or name of a Hugging Face token-classification model (needs the
        ``transformers`` extra); its entities are merged into the company
        mentions.
    device:
        ``cpu``, ``cuda`` or ``cuda:N`` for the transformers model.
    """
    import spacy

    from pipeline.components.tokenizer import customise_tokenizer

    _register_factories()
    if spacy_model:
        nlp = spacy.load(spacy_model)
    else:
        nlp = spacy.blank("nl")
    customise_tokenizer(nlp)
    nlp.add_pipe("cijfercheck_sentences", first=True)
    nlp.add_pipe("cijfercheck_money")
    if hf_ner:
        from pipeline.components import hf_ner as _hf  # noqa: F401  registers the factory

        nlp.add_pipe("cijfercheck_hf_ner", config={"model": hf_ner, "device": device})
    nlp.add_pipe("cijfercheck_companies")
    nlp.add_pipe("cijfercheck_periods")
    nlp.add_pipe("cijfercheck_claims")
    return nlp
