"""What travels on the clipboard and in a drag: foods, entries, whole days.

Each kind has its own MIME type holding JSON, and plain text beside it for other programs.
Entries and days are written and read by the planner's own conversion (Entry.to_dict,
meals_from_dict), with the plan file's checks: whatever another program put there is refused
whole when any of it is wrong.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QMimeData

from planner import schema
from planner.plan import DAYS, MEALS, Entry, Meals, PlanError, Slot, meals_from_dict, meals_to_dict
from planner.schema import MAX_ENTRIES_PER_MEAL

FOODS = "application/x-magplan-foods"
ENTRIES = "application/x-magplan-entries"
DAY = "application/x-magplan-day"


@dataclass(frozen=True)
class DraggedEntries:
    entries: list[Entry]
    sources: list[Slot]  # where they stand in the plan, so a drop can move them


def foods_mime(food_ids: list[str], names: list[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(FOODS, json.dumps(food_ids).encode())
    mime.setText("\n".join(names))
    return mime


def read_foods(mime: QMimeData) -> list[str]:
    if not mime.hasFormat(FOODS):
        return []
    try:
        ids = schema.items(_payload(mime, FOODS), "what.copied_foods", PlanError)
        return [schema.food_id(i, PlanError) for i in ids]
    except PlanError:
        return []


def entries_mime(entries: list[Entry], sources: list[Slot], text: str) -> QMimeData:
    mime = QMimeData()
    payload = {
        "entries": [e.to_dict() for e in entries],
        "sources": [[s.day, s.meal, s.index] for s in sources],
    }
    mime.setData(ENTRIES, json.dumps(payload).encode())
    mime.setText(text)
    return mime


def read_entries(mime: QMimeData) -> DraggedEntries | None:
    if not mime.hasFormat(ENTRIES):
        return None
    try:
        payload = schema.fields(
            _payload(mime, ENTRIES), "what.copied_entries", ("entries",), ("sources",), PlanError
        )
        entries = [
            Entry.from_dict(e) for e in schema.items(payload["entries"], "what.entries", PlanError)
        ]
        sources = [
            _slot(s) for s in schema.items(payload.get("sources", []), "what.sources", PlanError)
        ]
    except PlanError:
        return None
    return DraggedEntries(entries, sources)


def day_mime(meals: Meals, text: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(DAY, json.dumps(meals_to_dict(meals)).encode())
    mime.setText(text)
    return mime


def read_day(mime: QMimeData) -> Meals | None:
    if not mime.hasFormat(DAY):
        return None
    try:
        return meals_from_dict(_payload(mime, DAY), "place.copied_day")
    except PlanError:
        return None


def _payload(mime: QMimeData, kind: str) -> object:
    return schema.parse_json(bytes(mime.data(kind)), PlanError)


def _slot(value: object) -> Slot:
    if not isinstance(value, list) or len(value) != 3 or value[1] not in MEALS:
        raise PlanError("plan.not_a_place", value=schema.shown(value))
    day, meal, index = value
    return Slot(
        schema.whole_number(day, "what.day_number", 0, DAYS - 1, PlanError),
        meal,
        schema.whole_number(index, "what.position", 0, MAX_ENTRIES_PER_MEAL - 1, PlanError),
    )
