"""The open plan: the one owner of the Plan, its undo stack and its file.

Every change goes through a command pushed here; the command calls `change()` or
`change_settings()`, which run the planner method and then say what changed, so each view
refreshes only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner import storage
from planner.foods import FoodTable
from planner.plan import DEFAULT_RATIO_BAND, Entry, Meals, Plan
from planner.saved_meals import SavedMeal
from planner.targets import DailyTargets, Profile, ReferenceIntakes
from planner.totals import Assessment, DayTotals, assess, day_totals
from ui.commands import (PlanCommand, RemoveMealCommand, ReplaceDaysCommand,
                         ReplaceFoodIdsCommand, SaveMealsCommand, SetInStockCommand,
                         SetSettingsCommand, SetTickedCommand)
from ui.meal_book import MealBook

T = TypeVar("T")


@dataclass(frozen=True)
class PlanSettings:
    """What the profile dialog edits: who the plan is for and how it is judged."""

    profile: Profile = field(default_factory=Profile)
    household_size: int = 1
    supplements: dict[str, float] = field(default_factory=dict)
    ratio_band: tuple[float, float] = DEFAULT_RATIO_BAND
    ratio_nudge: bool = False

    @classmethod
    def of(cls, plan: Plan) -> PlanSettings:
        return cls(plan.profile, plan.household_size, dict(plan.supplements), plan.ratio_band,
                   plan.ratio_nudge)


class PlanDocument(QObject):
    day_changed = Signal(int)          # a day's meals changed (index 0 to 6)
    profile_changed = Signal()         # profile, targets, household, supplements or band
    ticked_changed = Signal(str)       # a food was ticked or unticked on the shopping list
    in_stock_changed = Signal(str)     # a food was kept in stock (off the list) or put back
    plan_replaced = Signal()           # a whole other plan (new, opened, restored)
    foods_replaced = Signal()          # another food table (imports switched on or off)
    path_changed = Signal()
    modified_changed = Signal(bool)

    def __init__(self, foods: FoodTable, intakes: ReferenceIntakes, plan: Plan,
                 path: Path | None = None, meals: MealBook | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.foods = foods
        self.intakes = intakes
        self.plan = plan
        # The saved meals, shared with the other windows; their changes are undone here too.
        self.meals = meals if meals is not None else MealBook(None, self)
        self.targets: DailyTargets = intakes.for_profile(plan.profile)
        self.path = path
        self.undo_stack = QUndoStack(self)
        self._assessment: Assessment | None = None
        # The week's totals, and the days changed since (None: every day to sum again).
        self._totals: DayTotals | None = None
        self._changed_days: set[int] | None = None
        self._names: dict[str, dict[str, str]] = {}
        self._modified_without_undo = False
        self._modified = False
        self.undo_stack.indexChanged.connect(self._on_undo_stack_changed)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_changed)

    # --- reading --------------------------------------------------------------------------

    def assessment(self) -> Assessment:
        """The week judged against the targets, recomputed only after a change, and then
        only the days that changed summed again."""
        if self._assessment is None:
            if self._totals is None or self._changed_days is None:
                self._totals = day_totals(self.plan, self.foods)
            elif self._changed_days:
                self._totals = day_totals(self.plan, self.foods, self._changed_days,
                                          self._totals)
            self._changed_days = set()
            self._assessment = assess(self.plan, self.foods, self.targets, self._totals)
        return self._assessment

    def _forget_totals(self, days: Iterable[int] | None = None) -> None:
        """After a change: the assessment, and the totals of these days (None: all)."""
        self._assessment = None
        if days is None or self._changed_days is None:
            self._changed_days = None
        else:
            self._changed_days.update(days)

    def is_modified(self) -> bool:
        """Whether the plan differs from its file: a step that changes the plan lies between
        the saved state and now (saving a meal to the data folder does not count)."""
        stack = self.undo_stack
        clean = stack.cleanIndex()
        if self._modified_without_undo or clean < 0:
            return True
        low, high = sorted((clean, stack.index()))
        return any(getattr(stack.command(i), "changes_plan", True) for i in range(low, high))

    def _on_undo_stack_changed(self) -> None:
        modified = self.is_modified()
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    def food_name(self, food_id: str, lang: str = "en") -> str:
        """The food's name, or its id when the table lacks it; kept once looked up, as
        painting the week asks for hundreds of names (of a few dozen foods)."""
        names = self._names.setdefault(lang, {})
        name = names.get(food_id)
        if name is None:
            name = names[food_id] = self.foods.name(food_id, lang)
        return name

    # --- editing: what commands call ------------------------------------------------------

    def push(self, command: PlanCommand) -> None:
        """Do the command now and record it as one undo step.

        Doing it before QUndoStack.push lets a PlanError reach the caller with the plan
        unchanged; raised inside the stack's own redo, Qt would only print it.
        """
        command.apply()
        command.mark_applied()
        self.undo_stack.push(command)

    def change(self, days: Iterable[int], edit: Callable[[Plan], T]) -> T:
        """Run one planner edit, then say which days it touched (nothing if it raised)."""
        days = sorted(set(days))
        result = edit(self.plan)
        self._forget_totals(days)
        for day in days:
            self.day_changed.emit(day)
        return result

    def check_settings(self, settings: PlanSettings) -> DailyTargets:
        """The targets for these settings; ProfileError or PlanError if any value is wrong."""
        targets = self.intakes.for_profile(settings.profile)
        Plan(start=self.plan.start, profile=settings.profile,
             household_size=settings.household_size, supplements=dict(settings.supplements),
             ratio_band=settings.ratio_band)   # raises PlanError for any value out of range
        return targets

    def change_settings(self, settings: PlanSettings) -> PlanSettings:
        """Put new settings in place, all checked before any is set; returns the old ones."""
        targets = self.check_settings(settings)
        old = PlanSettings.of(self.plan)
        self.plan.profile = settings.profile
        self.plan.household_size = settings.household_size
        self.plan.supplements = {k: float(v) for k, v in settings.supplements.items() if v}
        self.plan.ratio_band = (float(settings.ratio_band[0]), float(settings.ratio_band[1]))
        self.plan.ratio_nudge = bool(settings.ratio_nudge)
        self.targets = targets
        self._assessment = None      # the same totals, judged against other targets
        self.profile_changed.emit()
        return old

    def change_ticked(self, food_id: str, ticked: bool) -> bool:
        return self._change_foods(self.plan.ticked, food_id, ticked, self.ticked_changed)

    def change_in_stock(self, food_id: str, in_stock: bool) -> bool:
        return self._change_foods(self.plan.in_stock, food_id, in_stock, self.in_stock_changed)

    def _change_foods(self, foods: set[str], food_id: str, member: bool, changed) -> bool:
        """Put a food in or take it out of one of the plan's sets; returns whether it was in.
        No day's totals change, so the assessment stays."""
        was = food_id in foods
        (foods.add if member else foods.discard)(food_id)
        changed.emit(food_id)
        return was

    # --- editing: what the window and other features call ---------------------------------

    def replace_days(self, meals_by_day: dict[int, Meals], text: str) -> None:
        """Put new meals in several days as one undo step (used by "apply" of a balance)."""
        self.push(ReplaceDaysCommand(self, meals_by_day, text))

    def replace_food_ids(self, new_ids: dict[str, str], text: str) -> None:
        """Name foods by their new ids everywhere in the plan, as one undo step."""
        if new_ids:
            self.push(ReplaceFoodIdsCommand(self, new_ids, text))

    def set_ticked(self, food_id: str, ticked: bool) -> None:
        if (food_id in self.plan.ticked) != ticked:
            self.push(SetTickedCommand(self, food_id, ticked))

    def set_in_stock(self, food_id: str, in_stock: bool, text: str) -> None:
        if (food_id in self.plan.in_stock) != in_stock:
            self.push(SetInStockCommand(self, food_id, in_stock, text))

    def set_settings(self, settings: PlanSettings, text: str) -> None:
        if settings != PlanSettings.of(self.plan):
            self.push(SetSettingsCommand(self, settings, text))

    def entry_name(self, entry: Entry, lang: str = "en") -> str:
        """What an entry is called: its food's name, or its saved meal's."""
        if entry.recipe is not None:
            return entry.recipe.name(lang)
        return self.food_name(entry.food_id, lang)

    def save_meals(self, meals: list[SavedMeal], text: str) -> None:
        """Save meals in the data folder (new, changed or imported) as one undo step; MealError
        or OSError when they cannot be."""
        if meals:
            self.push(SaveMealsCommand(self, meals, text))

    def remove_meal(self, meal_id: str, text: str) -> None:
        """Take a saved meal out of the data folder, as one undo step; plans keep theirs."""
        self.push(RemoveMealCommand(self, meal_id, text))

    def set_foods(self, foods: FoodTable) -> None:
        """Judge the plan against another food table; every day may show other figures."""
        self.foods, self._names = foods, {}
        self._forget_totals()
        self.foods_replaced.emit()
        for day in range(len(self.plan.days)):
            self.day_changed.emit(day)

    # --- the file ---------------------------------------------------------------------------

    def replace_plan(self, plan: Plan, path: Path | None, modified: bool = False) -> None:
        """Show another plan; its targets are checked first, so a bad one changes nothing."""
        targets = self.intakes.for_profile(plan.profile)
        self.plan, self.targets = plan, targets
        self._forget_totals()
        self.undo_stack.clear()
        self._modified_without_undo = modified
        self.path = path
        self.plan_replaced.emit()
        self.path_changed.emit()
        self._modified = self.is_modified()
        self.modified_changed.emit(self._modified)

    def save(self, path: Path) -> None:
        """Write the plan atomically; on an OSError nothing about the document changes."""
        storage.save(self.plan, path)
        self._modified_without_undo = False
        self.undo_stack.setClean()
        if path != self.path:
            self.path = path
            self.path_changed.emit()
        self._modified = False
        self.modified_changed.emit(False)

    def open(self, path: Path) -> None:
        """Load and show a plan; PlanFileError, ProfileError or OSError leave this one as is."""
        self.replace_plan(storage.load(path), path)

