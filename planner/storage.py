"""The plan document: versioned JSON, saved atomically, loaded whole or not at all.

The file is `{"kind": "magplan-plan", "version": 2, ...}` around the plan's own object
(Plan.to_dict). Its schema is strict (planner/schema.py): any value out of bounds or key this
version does not know refuses the file with one line. A later format raises VERSION and reads
the older ones by converting them here, before Plan.from_dict; an older Magplan refuses a
newer file rather than drop what it cannot read.

Versions: 1, foods only; 2 adds saved-meal entries (an entry's "recipe"). A version 1 file
reads as it is. A plan without saved meals is still written as version 1, so a Magplan from
before saved meals opens it; one with them is written as version 2, which that Magplan refuses
as newer rather than drop the meals.
"""

from __future__ import annotations

import json
from collections.abc import Container
from pathlib import Path
from typing import Any

from planner import schema
from planner.file_io import read_bytes, write_atomic
from planner.messages import PlannerError
from planner.plan import Plan

KIND = "magplan-plan"
VERSION = 2
SAVED_MEALS_VERSION = 2  # the first version that holds saved-meal entries


class PlanFileError(PlannerError):
    """A plan file that cannot be read: missing, damaged, of a newer version or another kind."""


def to_dict(plan: Plan) -> dict[str, Any]:
    """The file's object, of the oldest version that holds the plan."""
    saved_meals = any(e.recipe is not None for _, _, e in plan.entries())
    return {"kind": KIND, "version": SAVED_MEALS_VERSION if saved_meals else 1, **plan.to_dict()}


def from_dict(doc: Any) -> Plan:
    """A plan from a parsed document; PlanFileError names what is wrong, in one line."""
    schema.version(doc, KIND, VERSION, "plan", PlanFileError)
    try:
        return Plan.from_dict({k: v for k, v in doc.items() if k not in ("kind", "version")})
    except schema.SchemaError as err:
        raise PlanFileError(err.message) from None


def loads(data: bytes) -> Plan:
    """A plan from a file's bytes: within the size and nesting limits, UTF-8 JSON, valid."""
    return from_dict(schema.parse_json(data, PlanFileError))


def load(path: Path | str) -> Plan:
    path = Path(path)
    data = read_bytes(path, PlanFileError, "plan", limit=schema.MAX_FILE_BYTES)
    try:
        return loads(data)
    except PlanFileError as err:
        raise PlanFileError("file.in", path=str(path), error=err.message) from None


def dumps(plan: Plan) -> str:
    return json.dumps(to_dict(plan), ensure_ascii=False, allow_nan=False, indent=1) + "\n"


def save(plan: Plan, path: Path | str) -> None:
    """Write atomically: a crash at any moment leaves the old file or the new one, never half."""
    write_atomic(Path(path), dumps(plan).encode("utf-8"))


def missing_foods(plan: Plan, known: Container[str]) -> list[str]:
    """Food ids the plan uses that the food table lacks: kept in the plan, shown as unknown."""
    return sorted(fid for fid in plan.food_ids() if fid not in known)
