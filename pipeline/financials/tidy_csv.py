"""Read a tidy CSV of reported figures, one figure per row.

Columns (header row, any order): ``company, metric, period, per, value,
currency, source, note``; ``company_id`` may be added for matching by
identifier.  This is the form for figures no filing holds: private
companies (xAI, SpaceX) as reported by the press, each row with its source.
"""

from __future__ import annotations

import csv
import io

from pipeline.financials.records import (
    PERIOD_LABEL,
    FinancialsError,
    ReportedFigure,
)

REQUIRED_COLUMNS = ("company", "metric", "period", "value", "currency")
#: Columns of claims.csv that a table of reported figures never has: a claims
#: table has every required column too, and must not be read as figures.
CLAIMS_TABLE_COLUMNS = ("doc_id", "money_text")


def header_of(text: str) -> list[str]:
    """The column names of the first line, trimmed and case-folded."""
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    return [name.strip().casefold() for name in next(csv.reader([first_line]), [])]


def is_tidy_csv(text: str) -> bool:
    """True when the first line names every required column."""
    return set(REQUIRED_COLUMNS) <= set(header_of(text))


def read_tidy_csv(text: str, *, origin: str = "") -> list[ReportedFigure]:
    """Every row with a value; a malformed row is an error naming its line.

    Rows with an empty value are placeholders for a figure not yet found and
    are skipped.  A row carries a period label, not dates: its figure's
    ``start`` and ``end`` stay empty rather than claim dates no source gave.
    """
    where = origin or "tidy CSV"
    if not is_tidy_csv(text):
        missing = sorted(set(REQUIRED_COLUMNS) - set(header_of(text)))
        raise FinancialsError(f"{where}: missing column(s) {', '.join(missing)}")
    if set(CLAIMS_TABLE_COLUMNS) <= set(header_of(text)):
        raise FinancialsError(f"{where}: a claims table (doc_id, money_text), not reported figures")
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    # reading .fieldnames consumes the header; match columns case-insensitively
    reader.fieldnames = [name.strip().casefold() for name in reader.fieldnames]
    figures = []
    for row in reader:
        cells = {k: (v or "").strip() for k, v in row.items() if k is not None}
        line = reader.line_num
        if not cells.get("value"):
            continue
        try:
            value = float(cells["value"].replace("_", ""))
        except ValueError:
            raise FinancialsError(
                f"{where}, line {line}: value {cells['value']!r} is not a number") from None
        period = cells.get("period", "")
        if period and not PERIOD_LABEL.match(period):
            raise FinancialsError(f"{where}, line {line}: period {period!r} is not "
                                  "like 2025, 2025-Q3, 2025-H1, 2025-9M")
        if not cells.get("company") or not cells.get("metric"):
            raise FinancialsError(f"{where}, line {line}: company and metric are required")
        company_id = cells.get("company_id", "")
        figures.append(ReportedFigure(
            company=cells["company"],
            metric=cells["metric"],
            period=period,
            value=value,
            currency=cells.get("currency", "").upper(),
            per=cells.get("per", ""),
            source=cells.get("source", "") or where,
            note=cells.get("note", ""),
            company_ids=(company_id,) if company_id else (),
        ))
    return figures
