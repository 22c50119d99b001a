"""The user's saved meals, shared by every window: the one place they change, so each window's
food browser hears of it (`changed`).

The meals live in the data folder (planner.saved_meals). A meals file that cannot be read at
start leaves the book empty with the reason in `problem`; every change is then refused (the
planner reads the file again first), so the file is never written over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from planner.messages import Message, message_of
from planner.saved_meals import MealError, SavedMeal, SavedMeals


class MealBook(QObject):
    changed = Signal()

    def __init__(self, folder: Path | None, parent: QObject | None = None) -> None:
        """The meals of the data folder; None: a book without one, which holds none and
        refuses every change (a document made without the window)."""
        super().__init__(parent)
        self.problem: Message | str | None = None
        self._writable = folder is not None
        try:
            self.saved = SavedMeals.open(folder) if folder is not None else SavedMeals(Path())
        except (MealError, OSError) as err:
            self.saved, self.problem = SavedMeals(Path(folder)), message_of(err)

    @property
    def meals(self) -> tuple[SavedMeal, ...]:
        return self.saved.meals

    def get(self, meal_id: str) -> SavedMeal:
        return self.saved.get(meal_id)

    # Each change reads the file again first, so other windows' meals come in too.

    def _check(self) -> None:
        if not self._writable:
            raise MealError("meals.no_folder")

    def put_all(self, meals: list[SavedMeal]) -> list[SavedMeal | None]:
        """Save meals (new, or in place of those of their ids); returns what each replaced."""
        self._check()
        old = self.saved.put_all(meals)
        self.changed.emit()
        return old

    def remove(self, meal_id: str) -> SavedMeal:
        self._check()
        old = self.saved.remove(meal_id)
        self.changed.emit()
        return old

    def restore(self, meals: list[tuple[str, SavedMeal | None]]) -> None:
        """Put back meals as they were (None: not there), undoing a save or a removal."""
        self._check()
        self.saved.restore(meals)
        self.changed.emit()
