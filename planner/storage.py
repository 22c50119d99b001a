"""The plan document: versioned JSON, saved atomically, loaded whole or not at all."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Container
from pathlib import Path
from typing import Any

from planner.plan import MEALS, Day, Entry, Plan, PlanError
from planner.targets import Profile, ProfileError

KIND = "magplan-plan"
VERSION = 1


class PlanFileError(ValueError):
    """A plan file that cannot be read: missing, damaged, of a newer version or another kind."""


def to_dict(plan: Plan) -> dict[str, Any]:
    p = plan.profile
    return {
        "kind": KIND,
        "version": VERSION,
        "start": plan.start.isoformat(),
        "profile": {"sex": p.sex, "age": p.age, "life_stage": p.life_stage,
                    "standard": p.standard, "own_targets": dict(p.own_targets)},
        "household_size": plan.household_size,
        "supplements": dict(plan.supplements),
        "ratio_band": list(plan.ratio_band),
        "ratio_nudge": plan.ratio_nudge,
        "exclusions": sorted(plan.exclusions),
        "favourites": sorted(plan.favourites),
        "disliked": sorted(plan.disliked),
        "in_stock": sorted(plan.in_stock),
        "ticked": sorted(plan.ticked),
        "days": [
            {"date": day.date.isoformat(), "note": day.note,
             "meals": {meal: [_entry_to_dict(e) for e in day.meals[meal]] for meal in MEALS}}
            for day in plan.days
        ],
    }


def _entry_to_dict(entry: Entry) -> dict[str, Any]:
    out: dict[str, Any] = {"food_id": entry.food_id, "grams": entry.grams}
    if entry.portions is not None:
        out["portions"] = entry.portions
    return out


def from_dict(doc: Any) -> Plan:
    """A plan from a parsed document; PlanFileError names what is wrong."""
    if not isinstance(doc, dict) or doc.get("kind") != KIND:
        raise PlanFileError("not a Magplan plan")
    version = doc.get("version")
    if not isinstance(version, int):
        raise PlanFileError("the plan has no version number")
    if version > VERSION:
        raise PlanFileError(f"the plan was saved by a newer Magplan (format {version}; "
                            f"this one reads up to {VERSION})")
    try:
        profile = Profile(**{**doc["profile"],
                             "own_targets": dict(doc["profile"].get("own_targets") or {})})
        days = [
            Day(date=dt.date.fromisoformat(d["date"]), note=str(d.get("note", "")),
                meals={meal: [Entry(e["food_id"], e["grams"], e.get("portions"))
                              for e in d["meals"].get(meal, [])] for meal in MEALS})
            for d in doc["days"]
        ]
        unknown_meals = {m for d in doc["days"] for m in d["meals"]} - set(MEALS)
        if unknown_meals:
            raise PlanError(f"unknown meal {sorted(unknown_meals)[0]!r}")
        return Plan(
            start=dt.date.fromisoformat(doc["start"]),
            days=days,
            profile=profile,
            household_size=doc.get("household_size", 1),
            supplements={k: v for k, v in doc.get("supplements", {}).items()},
            ratio_band=tuple(doc.get("ratio_band", (1.7, 2.6))),
            ratio_nudge=doc.get("ratio_nudge", False),
            exclusions=set(doc.get("exclusions", [])),
            favourites=set(doc.get("favourites", [])),
            disliked=set(doc.get("disliked", [])),
            in_stock=set(doc.get("in_stock", [])),
            ticked=set(doc.get("ticked", [])),
        )
    except KeyError as err:
        raise PlanFileError(f"the plan lacks {err.args[0]!r}") from None
    except (PlanError, ProfileError) as err:
        raise PlanFileError(f"the plan is not valid: {err}") from None
    except (TypeError, ValueError, AttributeError) as err:
        raise PlanFileError(f"the plan is damaged: {err}") from None


def read_bytes(path: Path, error: type[Exception], kind: str = "file") -> bytes:
    """The file's bytes, or `error` naming the path and why it cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise error(f"{path}: no such file") from None
    except IsADirectoryError:
        raise error(f"{path}: is a folder, not a {kind}") from None
    except OSError as err:
        raise error(f"{path}: cannot be read ({err.strerror})") from None


def load(path: Path | str) -> Plan:
    path = Path(path)
    data = read_bytes(path, PlanFileError, "plan")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise PlanFileError(f"{path}: damaged (not UTF-8 text)") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise PlanFileError(f"{path}: damaged (not valid JSON: {err.msg} at line {err.lineno})") from None
    try:
        return from_dict(doc)
    except PlanFileError as err:
        raise PlanFileError(f"{path}: {err}") from None


def dumps(plan: Plan) -> str:
    return json.dumps(to_dict(plan), ensure_ascii=False, indent=1) + "\n"


def save(plan: Plan, path: Path | str) -> None:
    """Write atomically: a crash at any moment leaves the old file or the new one, never half."""
    write_atomic(Path(path), dumps(plan).encode("utf-8"))


def write_atomic(path: Path, data: bytes) -> None:
    folder = path.resolve().parent
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    # Make the rename itself durable.
    dir_fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def missing_foods(plan: Plan, known: Container[str]) -> list[str]:
    """Food ids the plan uses that the food table lacks: kept in the plan, shown as unknown."""
    return sorted(fid for fid in plan.food_ids() if fid not in known)
