"""cijfercheck: Dutch-language claim extraction.

The public API, importable without side effects (spaCy and the data load
only when a function is called):

- :func:`build_nlp` — the spaCy pipeline (``spacy.blank("nl")`` + our factories);
- :func:`extract_claims` — articles (files or folders) to claims/companies/errors tables;
- :func:`check_claims` — claims held against reported financials.

(Not ``extract``/``check``: those are the submodules ``pipeline.extract`` and
``pipeline.check``, and importing a submodule rebinds its name on the package.)

Pure functions live in their modules: :func:`pipeline.amounts.find_amounts`,
:func:`pipeline.companies.find_companies`, :func:`pipeline.periods.find_periods`,
:func:`pipeline.claims.link_claims`.
"""

from __future__ import annotations

__version__ = "0.1.0"


def build_nlp(**options):
    """See :func:`pipeline.nlp.build_nlp`."""
    from pipeline.nlp import build_nlp as _build_nlp

    return _build_nlp(**options)


def extract_claims(paths, claims, *, companies=None, errors=None, fmt=None, workers=1, resume=False, **options):
    """Extract claims from the articles under ``paths`` into the table ``claims``
    (and ``companies``/``errors`` when given); returns the run's
    :class:`pipeline.extract.Summary`.  ``options`` go to
    :func:`pipeline.batch.run_batch` (``max_bytes``, ``on_progress``, ``engine``, …)."""
    from pipeline.batch import Outputs, run_batch

    outputs = Outputs(claims=claims, companies=companies, errors=errors, fmt=fmt)
    return run_batch(paths, outputs, workers=workers, resume=resume, **options)


def check_claims(claims, financials):
    """Verdicts for ``claims`` (:class:`pipeline.records.Claim` records)
    against the reported figures in the files ``financials``."""
    from pipeline.check import check_claims as _check_claims
    from pipeline.financials import load_financials

    return _check_claims(claims, load_financials(financials))
