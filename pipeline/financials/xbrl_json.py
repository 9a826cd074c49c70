"""Read xBRL-JSON reports (the OIM JSON form of ESEF annual reports).

Each fact is ``{"value": "302632000", "decimals": -3, "dimensions":
{"concept": "ifrs-full:Revenue", "entity": "scheme:2138…", "period":
"2021-04-01T00:00:00/2022-04-01T00:00:00", "unit": "iso4217:GBP"}}``.
Three things differ from SEC companyfacts:

- values are strings, with ``decimals`` saying how far they are rounded;
- period ends are exclusive instants: ``…/2022-04-01T00:00:00`` ends with
  2022-03-31, and a balance "at 2022-04-01T00:00:00" is the one of 2022-03-31;
- a fact with a taxonomy dimension (``ifrs-full:ComponentsOfEquityAxis``) is
  one cell of a breakdown, not the company's total, and is left out.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pipeline.financials.records import (
    FinancialsError,
    ReportedFigure,
    calendar_label,
    concept_rules,
    instant_label,
    keep_preferred_concepts,
)

#: The dimensions every OIM fact may carry; any other key is a taxonomy
#: dimension (a breakdown).
CORE_DIMENSIONS = frozenset({"concept", "entity", "period", "unit", "language", "noteId"})

#: Concepts that hold the reporting entity's name (ESEF tags it in ifrs-full).
ENTITY_NAME_CONCEPTS = (
    "ifrs-full:NameOfReportingEntityOrOtherMeansOfIdentification",
    "dei:EntityRegistrantName",
)

_CURRENCY_PREFIX = "iso4217:"


def is_xbrl_json(data: object) -> bool:
    """True for an OIM xBRL-JSON document."""
    if not isinstance(data, dict) or not isinstance(data.get("facts"), dict):
        return False
    info = data.get("documentInfo")
    return isinstance(info, dict) and str(info.get("documentType", "")).endswith("xbrl-json")


def _instant(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError as err:
        raise FinancialsError(f"xBRL-JSON: unreadable period {text!r}") from err


def _last_day(moment: datetime) -> date:
    """The day a period ending at ``moment`` last covers.

    OIM period ends are instants: midnight at the start of April 1 closes
    March 31.  A time of day other than midnight lies inside its own day.
    """
    if moment.time() == datetime.min.time():
        return moment.date() - timedelta(days=1)
    return moment.date()


def parse_period(text: str) -> tuple[date | None, date]:
    """``start/end`` or an instant -> (first day or None, last day), inclusive.

    >>> parse_period("2021-04-01T00:00:00/2022-04-01T00:00:00")
    (datetime.date(2021, 4, 1), datetime.date(2022, 3, 31))
    >>> parse_period("2022-04-01T00:00:00")
    (None, datetime.date(2022, 3, 31))
    """
    if "/" in text:
        start_text, end_text = text.split("/", 1)
        return _instant(start_text).date(), _last_day(_instant(end_text))
    return None, _last_day(_instant(text))


def _rounding(decimals: object) -> float:
    """Half a unit of the last digit ``decimals`` keeps (-3: thousands -> 500)."""
    if isinstance(decimals, int) and not isinstance(decimals, bool):
        return 0.5 * 10.0 ** (-decimals)
    return 0.0


def _entity_ids(entity: str, namespaces: dict) -> tuple[str, ...]:
    """``scheme:213800H2PQMIF3OVZY47`` -> the identifier, and its scheme URI form."""
    prefix, _, identifier = entity.partition(":")
    if not identifier:
        return (entity,) if entity else ()
    scheme = namespaces.get(prefix, prefix)
    return (identifier, f"{scheme}:{identifier}")


def read_xbrl_json(data: dict, *, origin: str = "") -> list[ReportedFigure]:
    """The figures of an xBRL-JSON report whose concepts map to a metric.

    ``origin`` names the report (its file name) in each figure's source.
    """
    if not is_xbrl_json(data):
        raise FinancialsError("not an xBRL-JSON document (no documentInfo.documentType)")
    namespaces = (data.get("documentInfo") or {}).get("namespaces") or {}
    facts = data["facts"]
    rules = concept_rules()

    names: dict[str, str] = {}
    for fact in facts.values():
        dims = fact.get("dimensions") or {}
        if dims.get("concept") in ENTITY_NAME_CONCEPTS and fact.get("value"):
            names.setdefault(dims.get("entity", ""), str(fact["value"]).strip())

    seen: set[tuple] = set()
    figures = []
    for fact_id, fact in facts.items():
        dims = fact.get("dimensions") or {}
        concept = dims.get("concept", "")
        unit = dims.get("unit", "")
        if concept not in rules or not unit.startswith(_CURRENCY_PREFIX):
            continue
        if set(dims) - CORE_DIMENSIONS:
            continue  # one cell of a breakdown, not the total
        if not dims.get("period"):
            continue  # a "forever" fact has no period to match a claim to
        # the same fact is often tagged twice (income statement and equity note)
        key = (dims.get("entity"), concept, unit, dims.get("period"))
        if key in seen:
            continue
        seen.add(key)
        try:
            value = float(fact["value"])
        except (KeyError, TypeError, ValueError):
            continue  # nil or non-numeric: nothing to compare with
        start, end = parse_period(str(dims.get("period", "")))
        entity = dims.get("entity", "")
        figures.append(ReportedFigure(
            company=names.get(entity, entity),
            metric=rules[concept].metric,
            period=instant_label(end) if start is None else calendar_label(start, end),
            value=value,
            currency=unit[len(_CURRENCY_PREFIX):],
            source=f"{origin or 'xBRL-JSON'} {concept} ({fact_id})",
            company_ids=_entity_ids(entity, namespaces),
            concept=concept, start=start, end=end, instant=start is None,
            rounding=_rounding(fact.get("decimals")),
        ))
    return keep_preferred_concepts(figures)
