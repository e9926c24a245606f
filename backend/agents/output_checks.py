"""Checks on the analyst's final answer; a failure is a `ModelRetry` telling the model what to fix."""

from __future__ import annotations

from pydantic_ai import ModelRetry

from backend.agents.tsx_check import check_tsx
from backend.core.result_store import StoredResult
from backend.models.viz import AnalystOutput, NeedsClarification, ParamsChange, VizCode, VizSpec


def charted_result(
    data_id: str | None, results: list[StoredResult], previous: StoredResult | None
) -> StoredResult | None:
    """The result a chart names (default: the newest of this run, else the previous turn's)."""
    if data_id is None:
        return results[-1] if results else previous
    return next((r for r in [*results, *([previous] if previous else [])] if r.id == data_id), None)


def _result_or_retry(data_id: str | None, results: list[StoredResult], previous: StoredResult | None) -> StoredResult:
    stored = charted_result(data_id, results, previous)
    if stored is not None:
        return stored
    if not results and previous is None:
        raise ModelRetry("call run_sql before drawing a chart")
    ids = [r.id for r in [*results, *([previous] if previous else [])]]
    raise ModelRetry(f"data_id {data_id!r} is not a result of this conversation; use one of {ids}")


def check_code(output: VizCode) -> VizCode:
    """The component, if it compiles, imports only what the sandbox has and declares its params; else `ModelRetry`."""
    problems = check_tsx(output.code)
    names = [p.name for p in output.param_schema]
    if "title" not in names:
        problems.append("param_schema needs a `title` parameter (kind string) that the component shows")
    if len(set(names)) != len(names):
        problems.append("param_schema has duplicate names")
    for spec in output.param_schema:
        if spec.kind == "enum" and (not spec.options or str(spec.default) not in spec.options):
            problems.append(f"param {spec.name!r}: an enum needs options that include its default")
    if problems:
        raise ModelRetry(
            "The component was rejected; fix it and answer with VizCode again:\n- " + "\n- ".join(problems)
        )
    return output


def check_output(output: AnalystOutput, results: list[StoredResult], previous: StoredResult | None) -> AnalystOutput:
    """The output, if it can be shown; else `ModelRetry` with what is wrong."""
    if isinstance(output, VizSpec):
        stored = _result_or_retry(output.data_id, results, previous)
        known = set(stored.column_names)
        missing = [c for c in (output.x, *output.y, output.series, output.size) if c and c not in known]
        if missing:
            raise ModelRetry(f"columns {missing} are not in the result; its columns are {sorted(known)}")
    elif isinstance(output, VizCode):
        _result_or_retry(output.data_id, results, previous)
        check_code(output)
    elif isinstance(output, ParamsChange) and previous is None:
        raise ModelRetry("there is no previous chart to change; answer the question with run_sql")
    elif isinstance(output, NeedsClarification):
        pass
    return output
