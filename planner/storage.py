"""The plan document: versioned JSON, saved atomically, loaded whole or not at all.

The file is `{"kind": "magplan-plan", "version": 1, ...}` around the plan's own object
(Plan.to_dict). Its schema is strict (planner/schema.py): any value out of bounds or key this
version does not know refuses the file with one line. A later format raises VERSION and reads
the older ones by converting them here, before Plan.from_dict; an older Magplan refuses a
newer file rather than drop what it cannot read.
"""

from __future__ import annotations

import json
from collections.abc import Container
from pathlib import Path
from typing import Any

from planner import schema
from planner.file_io import read_bytes, write_atomic
from planner.plan import Plan

KIND = "magplan-plan"
VERSION = 1


class PlanFileError(ValueError):
    """A plan file that cannot be read: missing, damaged, of a newer version or another kind."""


def to_dict(plan: Plan) -> dict[str, Any]:
    return {"kind": KIND, "version": VERSION, **plan.to_dict()}


def from_dict(doc: Any) -> Plan:
    """A plan from a parsed document; PlanFileError names what is wrong, in one line."""
    if not isinstance(doc, dict) or doc.get("kind") != KIND:
        raise PlanFileError("not a Magplan plan")
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise PlanFileError(f"the plan's format version must be a whole number from 1, "
                            f"not {schema.shown(version)}")
    if version > VERSION:
        raise PlanFileError(f"the plan was saved by a newer Magplan (format {version}; "
                            f"this one reads up to {VERSION})")
    try:
        return Plan.from_dict({k: v for k, v in doc.items() if k not in ("kind", "version")})
    except schema.SchemaError as err:
        raise PlanFileError(str(err)) from None


def loads(data: bytes) -> Plan:
    """A plan from a file's bytes: within the size and nesting limits, UTF-8 JSON, valid."""
    return from_dict(schema.parse_json(data, PlanFileError))


def load(path: Path | str) -> Plan:
    path = Path(path)
    data = read_bytes(path, PlanFileError, "plan", limit=schema.MAX_FILE_BYTES)
    try:
        return loads(data)
    except PlanFileError as err:
        raise PlanFileError(f"{path}: {err}") from None


def dumps(plan: Plan) -> str:
    return json.dumps(to_dict(plan), ensure_ascii=False, allow_nan=False, indent=1) + "\n"


def save(plan: Plan, path: Path | str) -> None:
    """Write atomically: a crash at any moment leaves the old file or the new one, never half."""
    write_atomic(Path(path), dumps(plan).encode("utf-8"))


def missing_foods(plan: Plan, known: Container[str]) -> list[str]:
    """Food ids the plan uses that the food table lacks: kept in the plan, shown as unknown."""
    return sorted(fid for fid in plan.food_ids() if fid not in known)
