"""Locate the language data shipped under ``models/``.

The folder ``models/`` of the repository is installed as the package
``pipeline.models`` (see ``[tool.setuptools] package-dir`` in pyproject.toml),
so one call to :func:`importlib.resources.files` finds it both in a wheel and
in an editable install.  Nothing here walks up from ``__file__``.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable

MODELS_PACKAGE = "pipeline.models"


def model_path(*parts: str) -> Traversable:
    """Return the resource ``models/<parts...>``."""
    resource = files(MODELS_PACKAGE)
    for part in parts:
        resource = resource.joinpath(part)
    return resource


def read_text(*parts: str) -> str:
    return model_path(*parts).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def read_tsv(*parts: str) -> tuple[dict[str, str], ...]:
    """Read a tab-separated table with a header row; ``#`` lines are comments.

    Cached: the tables are immutable data, read once per process.
    """
    lines = [
        line
        for line in read_text(*parts).splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return _rows(reader, parts)


@lru_cache(maxsize=None)
def read_csv(*parts: str) -> tuple[dict[str, str], ...]:
    """Read a comma-separated table with a header row (cached)."""
    lines = read_text(*parts).splitlines()
    reader = csv.DictReader(lines)
    return _rows(reader, parts)


def _rows(reader: csv.DictReader, parts: tuple[str, ...]) -> tuple[dict[str, str], ...]:
    rows = []
    for row in reader:
        # a field too many (an unquoted comma in a note) would shift nothing
        # visibly but hand a list to the caller: name the line instead
        if None in row:
            raise ValueError(f"{'/'.join(parts)}: row {reader.line_num} has more fields than its header")
        rows.append({k: (v or "").strip() for k, v in row.items()})
    return tuple(rows)


@lru_cache(maxsize=None)
def read_lines(*parts: str) -> tuple[str, ...]:
    """Read a one-item-per-line list; blank lines and ``#`` comments dropped."""
    return tuple(
        line.strip()
        for line in read_text(*parts).splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )
