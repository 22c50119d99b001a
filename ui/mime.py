"""What travels on the clipboard and in a drag: foods, entries, whole days.

Each kind has its own MIME type holding JSON, and plain text beside it for other programs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QMimeData

from planner.plan import MEALS, Entry, Meals, PlanError, Slot

FOODS = "application/x-magplan-foods"
ENTRIES = "application/x-magplan-entries"
DAY = "application/x-magplan-day"


@dataclass(frozen=True)
class DraggedEntries:
    entries: list[Entry]
    sources: list[Slot]     # where they stand in the plan, so a drop can move them


def foods_mime(food_ids: list[str], names: list[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(FOODS, json.dumps(food_ids).encode())
    mime.setText("\n".join(names))
    return mime


def read_foods(mime: QMimeData) -> list[str]:
    try:
        ids = json.loads(bytes(mime.data(FOODS)).decode()) if mime.hasFormat(FOODS) else []
    except (UnicodeDecodeError, json.JSONDecodeError):
        return []
    return [i for i in ids if isinstance(i, str) and i] if isinstance(ids, list) else []


def entries_mime(entries: list[Entry], sources: list[Slot], text: str) -> QMimeData:
    mime = QMimeData()
    payload = {"entries": [_entry(e) for e in entries],
               "sources": [[s.day, s.meal, s.index] for s in sources]}
    mime.setData(ENTRIES, json.dumps(payload).encode())
    mime.setText(text)
    return mime


def read_entries(mime: QMimeData) -> DraggedEntries | None:
    if not mime.hasFormat(ENTRIES):
        return None
    try:
        payload = json.loads(bytes(mime.data(ENTRIES)).decode())
        entries = [Entry(e["food_id"], e["grams"], e.get("portions")) for e in payload["entries"]]
        sources = [Slot(int(d), str(m), int(i)) for d, m, i in payload.get("sources", [])]
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError,
            PlanError):
        return None
    return DraggedEntries(entries, sources)


def day_mime(meals: Meals, text: str) -> QMimeData:
    mime = QMimeData()
    payload = {meal: [_entry(e) for e in meals[meal]] for meal in MEALS}
    mime.setData(DAY, json.dumps(payload).encode())
    mime.setText(text)
    return mime


def read_day(mime: QMimeData) -> Meals | None:
    if not mime.hasFormat(DAY):
        return None
    try:
        payload = json.loads(bytes(mime.data(DAY)).decode())
        return {meal: [Entry(e["food_id"], e["grams"], e.get("portions"))
                       for e in payload.get(meal, [])] for meal in MEALS}
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError,
            AttributeError, PlanError):
        return None


def _entry(entry: Entry) -> dict:
    out = {"food_id": entry.food_id, "grams": entry.grams}
    if entry.portions is not None:
        out["portions"] = entry.portions
    return out
