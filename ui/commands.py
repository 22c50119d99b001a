"""Tiny undo commands: each applies and reverts one planner edit through the document.

Only ui.plan_document builds them (a test holds it to that), and gives each the text the Edit
menu shows ("Add Pumpkin seeds"), already translated.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from planner.plan import DAYS, MEALS, Entry, FoodIds, Meals, PlanSettings, Slot
from planner.saved_meals import SavedMeal

if TYPE_CHECKING:
    from ui.plan_document import PlanDocument

SET_GRAMS_ID = 1


class PlanCommand(QUndoCommand):
    """apply() does the edit and raises PlanError with the plan unchanged; revert() undoes it."""

    # Whether it changes the plan (and so leaves it unsaved); a saved meal's does not.
    changes_plan = True

    def __init__(self, document: PlanDocument, text: str) -> None:
        super().__init__(text)
        self.document = document
        self._applied = False

    def mark_applied(self) -> None:
        """The document did the first apply itself; the stack's first redo must not repeat it."""
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
        else:
            self.apply()

    def undo(self) -> None:
        self.revert()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class AddEntriesCommand(PlanCommand):
    """Insert entries into one meal, from a position on."""

    def __init__(
        self,
        document: PlanDocument,
        day: int,
        meal: str,
        index: int,
        entries: list[Entry],
        text: str,
    ) -> None:
        super().__init__(document, text)
        self.day, self.meal, self.index = day, meal, index
        self.entries = [dataclasses.replace(e) for e in entries]

    def apply(self) -> None:
        entries = [dataclasses.replace(e) for e in self.entries]
        self.document.change(
            [self.day], lambda plan: plan.add_entries(self.day, self.meal, entries, self.index)
        )

    def revert(self) -> None:
        slot = Slot(self.day, self.meal, self.index)
        self.document.change([self.day], lambda plan: [plan.remove(slot) for _ in self.entries])


class RemoveEntriesCommand(PlanCommand):
    def __init__(self, document: PlanDocument, slots: list[Slot], text: str) -> None:
        super().__init__(document, text)
        self.slots = sorted(set(slots), key=lambda s: (s.day, MEALS.index(s.meal), s.index))
        self.removed: list[Entry] = []

    def apply(self) -> None:
        def remove(plan) -> list[Entry]:
            for slot in self.slots:  # all checked before any is taken out
                plan.entry(slot)
            return [plan.remove(slot) for slot in reversed(self.slots)][::-1]

        self.removed = self.document.change({s.day for s in self.slots}, remove)

    def revert(self) -> None:
        def put_back(plan) -> None:
            for slot, entry in zip(self.slots, self.removed):
                plan.add(slot.day, slot.meal, entry, slot.index)

        self.document.change({s.day for s in self.slots}, put_back)


class SetGramsCommand(PlanCommand):
    """Consecutive amounts for the same entry merge, so typing "125" is one undo step."""

    def __init__(
        self, document: PlanDocument, slot: Slot, grams: float, portions: float | None, text: str
    ) -> None:
        super().__init__(document, text)
        self.slot, self.grams, self.portions = slot, grams, portions
        self.old: tuple[float, float | None] | None = None

    def apply(self) -> None:
        old = self.document.change(
            [self.slot.day], lambda plan: plan.set_grams(self.slot, self.grams, self.portions)
        )
        if self.old is None:
            self.old = old

    def revert(self) -> None:
        self.document.change([self.slot.day], lambda plan: plan.set_grams(self.slot, *self.old))

    def id(self) -> int:
        return SET_GRAMS_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetGramsCommand) or other.slot != self.slot:
            return False
        self.grams, self.portions = other.grams, other.portions
        # Typed back to where it started: no step left to undo.
        self.setObsolete((self.grams, self.portions) == self.old)
        return True


class MoveEntryCommand(PlanCommand):
    def __init__(
        self,
        document: PlanDocument,
        source: Slot,
        day: int,
        meal: str,
        index: int | None,
        text: str,
    ) -> None:
        super().__init__(document, text)
        self.source, self.day, self.meal, self.index = source, day, meal, index
        self.target: Slot | None = None

    def apply(self) -> None:
        self.target = self.document.change(
            {self.source.day, self.day},
            lambda plan: plan.move(self.source, self.day, self.meal, self.index),
        )

    def revert(self) -> None:
        s = self.source
        self.document.change(
            {s.day, self.day}, lambda plan: plan.move(self.target, s.day, s.meal, s.index)
        )


class ReplaceDaysCommand(PlanCommand):
    """New meals for several days at once, one undo step (a paste of a day, a balance)."""

    def __init__(self, document: PlanDocument, meals_by_day: dict[int, Meals], text: str) -> None:
        super().__init__(document, text)
        self.new = dict(meals_by_day)
        self.old: dict[int, Meals] = {}

    def apply(self) -> None:
        self.old = self.document.change(self.new, lambda plan: plan.replace_days(self.new))

    def revert(self) -> None:
        self.document.change(self.old, lambda plan: plan.replace_days(self.old))


class ReplaceFoodIdsCommand(PlanCommand):
    """Foods named by old ids, in every day and list of foods, named by their new ids."""

    def __init__(self, document: PlanDocument, new_ids: dict[str, str], text: str) -> None:
        super().__init__(document, text)
        self.new_ids = dict(new_ids)
        self.old: FoodIds | None = None

    def apply(self) -> None:
        self.old = self.document.change(
            range(DAYS), lambda plan: plan.replace_food_ids(self.new_ids)
        )

    def revert(self) -> None:
        old = self.old
        assert old is not None  # undo comes after a first apply
        self.document.change(range(DAYS), lambda plan: plan.set_food_ids(old))


class SetSettingsCommand(PlanCommand):
    def __init__(self, document: PlanDocument, settings: PlanSettings, text: str) -> None:
        super().__init__(document, text)
        self.new = settings
        self.old: PlanSettings | None = None

    def apply(self) -> None:
        self.old = self.document.change_settings(self.new)

    def revert(self) -> None:
        self.document.change_settings(self.old)


class SetTickedCommand(PlanCommand):
    def __init__(self, document: PlanDocument, food_id: str, ticked: bool, text: str) -> None:
        super().__init__(document, text)
        self.food_id, self.ticked = food_id, ticked

    def apply(self) -> None:
        self.document.change_ticked(self.food_id, self.ticked)

    def revert(self) -> None:
        self.document.change_ticked(self.food_id, not self.ticked)


class SetPreferenceCommand(PlanCommand):
    """A food made a favourite, disliked or neither; undo puts back what it was."""

    def __init__(
        self, document: PlanDocument, food_id: str, preference: str | None, text: str
    ) -> None:
        super().__init__(document, text)
        self.food_id, self.preference = food_id, preference
        self.old: str | None = None

    def apply(self) -> None:
        self.old = self.document.change_preference(self.food_id, self.preference)

    def revert(self) -> None:
        self.document.change_preference(self.food_id, self.old)


class SetInStockCommand(PlanCommand):
    """Keep a food at home (off the list, listed apart) or put it back on the list."""

    def __init__(self, document: PlanDocument, food_id: str, in_stock: bool, text: str) -> None:
        super().__init__(document, text)
        self.food_id, self.in_stock = food_id, in_stock

    def apply(self) -> None:
        self.document.change_in_stock(self.food_id, self.in_stock)

    def revert(self) -> None:
        self.document.change_in_stock(self.food_id, not self.in_stock)


class SaveMealsCommand(PlanCommand):
    """Saved meals saved (new, changed or imported) in the data folder; undo puts back what
    each replaced. The plan is not changed."""

    changes_plan = False

    def __init__(self, document: PlanDocument, meals: list[SavedMeal], text: str) -> None:
        super().__init__(document, text)
        self.meals = list(meals)
        self.old: list[SavedMeal | None] = []

    def apply(self) -> None:
        self.old = self.document.meals.put_all(self.meals)

    def revert(self) -> None:
        self.document.meals.restore([(m.meal_id, old) for m, old in zip(self.meals, self.old)])


class RemoveMealCommand(PlanCommand):
    """A saved meal taken out of the data folder; the plan's entries of it keep it."""

    changes_plan = False

    def __init__(self, document: PlanDocument, meal_id: str, text: str) -> None:
        super().__init__(document, text)
        self.meal_id = meal_id
        self.old: SavedMeal | None = None

    def apply(self) -> None:
        self.old = self.document.meals.remove(self.meal_id)

    def revert(self) -> None:
        self.document.meals.restore([(self.meal_id, self.old)])
