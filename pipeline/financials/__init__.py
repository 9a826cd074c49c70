"""Reported financials in three formats, read into one list of figures.

:func:`load_financials` takes files or folders and decides each file's
format by its content, not its name:

- SEC EDGAR companyfacts JSON (:mod:`pipeline.financials.sec`),
- OIM xBRL-JSON, as ESEF reports are published (:mod:`pipeline.financials.xbrl_json`),
- a tidy CSV of figures with their sources (:mod:`pipeline.financials.tidy_csv`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from pipeline.financials.records import FinancialsError, ReportedFigure
from pipeline.financials.sec import is_companyfacts, read_companyfacts
from pipeline.financials.tidy_csv import is_tidy_csv, read_tidy_csv
from pipeline.financials.xbrl_json import is_xbrl_json, read_xbrl_json

__all__ = ["FinancialsError", "ReportedFigure", "load_financials", "load_financials_file"]

#: Files a folder is searched for; a file named explicitly is read whatever its name.
FOLDER_SUFFIXES = (".csv", ".json")


def load_financials_file(path: Path | str) -> list[ReportedFigure]:
    """The figures of one file, its format told by its content.

    Raises :class:`FinancialsError` (one line, naming the file) when the file
    cannot be read or is none of the three formats.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        raise FinancialsError(f"{path}: cannot read ({reason})") from err
    if text.lstrip().startswith(("{", "[")):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise FinancialsError(f"{path}: invalid JSON ({err.msg}, line {err.lineno})") from err
        try:
            if is_companyfacts(data):
                return read_companyfacts(data)
            if is_xbrl_json(data):
                return read_xbrl_json(data, origin=path.name)
        except FinancialsError as err:
            raise FinancialsError(f"{path}: {err}") from err
        raise FinancialsError(f"{path}: JSON, but neither SEC companyfacts nor xBRL-JSON")
    if is_tidy_csv(text):
        return read_tidy_csv(text, origin=path.name)
    raise FinancialsError(
        f"{path}: not a financials file (tidy CSV with company,metric,period,value,currency; "
        "SEC companyfacts JSON; or xBRL-JSON)")


def _files(paths: Iterable[Path | str]) -> list[Path]:
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES
                                and not p.name.startswith(".")))
        else:
            files.append(path)
    return files


def load_financials(paths: Iterable[Path | str]) -> list[ReportedFigure]:
    """The figures of every file given; a folder stands for its .csv and .json files."""
    figures: list[ReportedFigure] = []
    for path in _files(paths):
        figures.extend(load_financials_file(path))
    return figures
