"""The open plan: the one owner of the Plan, its undo stack and its file.

Every change is one of its intention methods (add_entries, set_amount, cut_day, ...): each
names its undo step in the window's language and pushes one of ui.commands' commands, which
no other module builds. A command calls `change()` or `change_settings()`, which run the
planner method and then say what changed, so each view refreshes only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner import storage
from planner.foods import FoodTable
from planner.plan import Entry, Meals, Plan, PlanSettings, Slot, check_settings, empty_meals
from planner.saved_meals import SavedMeal
from planner.targets import DailyTargets, ReferenceIntakes
from planner.totals import Assessment, DayTotals, assess, day_totals
from ui import labels
from ui.commands import (
    AddEntriesCommand,
    MoveEntryCommand,
    PlanCommand,
    RemoveEntriesCommand,
    RemoveMealCommand,
    ReplaceDaysCommand,
    ReplaceFoodIdsCommand,
    SaveMealsCommand,
    SetGramsCommand,
    SetInStockCommand,
    SetPreferenceCommand,
    SetSettingsCommand,
    SetTickedCommand,
)
from ui.meal_book import MealBook

T = TypeVar("T")


class PlanDocument(QObject):
    day_changed = Signal(int)  # a day's meals changed (index 0 to 6)
    profile_changed = Signal()  # profile, targets, household, supplements or band
    ticked_changed = Signal(str)  # a food was ticked or unticked on the shopping list
    in_stock_changed = Signal(str)  # a food was kept in stock (off the list) or put back
    preference_changed = Signal(str)  # a food became a favourite, disliked or neither
    plan_replaced = Signal()  # a whole other plan (new, opened, restored)
    foods_replaced = Signal()  # another food table (imports switched on or off)
    path_changed = Signal()
    modified_changed = Signal(bool)

    def __init__(
        self,
        foods: FoodTable,
        intakes: ReferenceIntakes,
        plan: Plan,
        path: Path | None = None,
        meals: MealBook | None = None,
        lang: str = "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang  # the language of the undo steps' names
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
                self._totals = day_totals(self.plan, self.foods, self._changed_days, self._totals)
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

    def _push(self, command: PlanCommand) -> None:
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
        check_settings(settings)
        return targets

    def change_settings(self, settings: PlanSettings) -> PlanSettings:
        """Put new settings in place, all checked before any is set; returns the old ones."""
        targets = self.intakes.for_profile(settings.profile)
        old = self.plan.set_settings(settings)
        self.targets = targets
        self._assessment = None  # the same totals, judged against other targets
        self.profile_changed.emit()
        return old

    def change_ticked(self, food_id: str, ticked: bool) -> bool:
        return self._change_foods(self.plan.ticked, food_id, ticked, self.ticked_changed)

    def change_in_stock(self, food_id: str, in_stock: bool) -> bool:
        return self._change_foods(self.plan.in_stock, food_id, in_stock, self.in_stock_changed)

    def change_preference(self, food_id: str, preference: str | None) -> str | None:
        """Returns what the food was; no day's totals change."""
        old = self.plan.set_preference(food_id, preference)
        self.preference_changed.emit(food_id)
        return old

    def _change_foods(self, foods: set[str], food_id: str, member: bool, changed) -> bool:
        """Put a food in or take it out of one of the plan's sets; returns whether it was in.
        No day's totals change, so the assessment stays."""
        was = food_id in foods
        (foods.add if member else foods.discard)(food_id)
        changed.emit(food_id)
        return was

    # --- editing: what the window and other features call ---------------------------------
    # Each is one undo step, named here; PlanError (MealFullError for a full meal) with the
    # plan unchanged when it cannot be made.

    def add_entries(self, day: int, meal: str, position: int, entries: list[Entry]) -> None:
        """Put entries (foods, saved meals, dragged or added) into a meal from a position on."""
        self._add(
            day,
            meal,
            position,
            entries,
            self.tr("Add %s"),
            self.tr("Add %n Foods", "", len(entries)),
        )

    def paste_entries(self, day: int, meal: str, position: int, entries: list[Entry]) -> None:
        self._add(
            day,
            meal,
            position,
            entries,
            self.tr("Paste %s"),
            self.tr("Paste %n Foods", "", len(entries)),
        )

    def _add(
        self, day: int, meal: str, position: int, entries: list[Entry], one: str, many: str
    ) -> None:
        text = one % self.entry_name(entries[0], self.lang) if len(entries) == 1 else many
        self._push(AddEntriesCommand(self, day, meal, position, entries, text))

    def set_amount(self, slot: Slot, grams: float, portions: float | None) -> None:
        """An entry's grams and household portions (a saved meal's servings); typing several
        amounts in a row for the same entry is one step, and none if it ends where it began."""
        entry = self.plan.entry(slot)
        if (grams, portions) != (entry.grams, entry.portions):
            self._push(
                SetGramsCommand(
                    self,
                    slot,
                    grams,
                    portions,
                    self.tr("Change Amount of %s") % self.entry_name(entry, self.lang),
                )
            )

    def delete_entries(self, slots: list[Slot]) -> None:
        self._remove(slots, self.tr("Delete %s"))

    def cut_entries(self, slots: list[Slot]) -> None:
        """Take entries out, the caller having copied them."""
        self._remove(slots, self.tr("Cut %s"))

    def _remove(self, slots: list[Slot], template: str) -> None:
        if not slots:
            return
        if len(slots) == 1:
            name = self.entry_name(self.plan.entry(slots[0]), self.lang)
        else:
            name = self.tr("%n Foods", "", len(slots))
        self._push(RemoveEntriesCommand(self, slots, template % name))

    def move_entry(self, source: Slot, day: int, meal: str, position: int) -> None:
        """Move an entry to a position of a meal (the position once it is taken out)."""
        name = self.entry_name(self.plan.entry(source), self.lang)
        self._push(MoveEntryCommand(self, source, day, meal, position, self.tr("Move %s") % name))

    def paste_day(self, day: int, meals: Meals) -> None:
        """A copied day's meals in place of this day's."""
        self._replace_day(day, meals, self.tr("Paste Day on %s"))

    def clear_day(self, day: int) -> None:
        self._replace_day(day, empty_meals(), self.tr("Clear %s"))

    def cut_day(self, day: int) -> None:
        """Empty a day, the caller having copied it."""
        self._replace_day(day, empty_meals(), self.tr("Cut %s"))

    def _replace_day(self, day: int, meals: Meals, template: str) -> None:
        name = labels.weekday(self.plan.day(day).date, True)
        self._push(ReplaceDaysCommand(self, {day: meals}, template % name))

    def replace_days(self, meals_by_day: dict[int, Meals], text: str) -> None:
        """Put new meals in several days as one step, named by the caller (a balance names
        itself after its dialog: "Balance the Week", "Balance Monday 30 November")."""
        self._push(ReplaceDaysCommand(self, meals_by_day, text))

    def replace_food_ids(self, new_ids: dict[str, str]) -> None:
        """Name foods by their new ids everywhere in the plan (foods of the earlier table)."""
        if new_ids:
            self._push(
                ReplaceFoodIdsCommand(
                    self, new_ids, self.tr("Replace Foods from the Earlier Table")
                )
            )

    def set_ticked(self, food_id: str, ticked: bool) -> None:
        if (food_id in self.plan.ticked) != ticked:
            name = self.food_name(food_id, self.lang)
            text = (self.tr("Tick %s") if ticked else self.tr("Untick %s")) % name
            self._push(SetTickedCommand(self, food_id, ticked, text))

    def set_in_stock(self, food_id: str, in_stock: bool) -> None:
        """Keep a food at home (off the shopping list, listed apart) or put it back."""
        if (food_id in self.plan.in_stock) != in_stock:
            name = self.food_name(food_id, self.lang)
            text = (
                self.tr("Keep %s in Stock") if in_stock else self.tr("Put %s on the List")
            ) % name
            self._push(SetInStockCommand(self, food_id, in_stock, text))

    def set_preference(self, food_id: str, preference: str | None) -> None:
        """Make a food a favourite (balancing prefers it, and may add it though it is coffee
        or tea), disliked (balancing never suggests it) or neither."""
        old = self.plan.preference(food_id)
        if old == preference:
            return
        if preference == "favourites":
            text = self.tr("Mark %s as Favourite")
        elif preference == "disliked":
            text = self.tr("Never Suggest %s")
        else:
            text = (
                self.tr("Suggest %s Again")
                if old == "disliked"
                else self.tr("Unmark %s as Favourite")
            )
        name = self.food_name(food_id, self.lang)
        self._push(SetPreferenceCommand(self, food_id, preference, text % name))

    def set_settings(self, settings: PlanSettings) -> None:
        """Who the plan is for and how it is judged (the profile dialog's values)."""
        if settings != self.plan.settings():
            self._push(SetSettingsCommand(self, settings, self.tr("Change Profile")))

    def entry_name(self, entry: Entry, lang: str = "en") -> str:
        """What an entry is called: its food's name, or its saved meal's."""
        if entry.recipe is not None:
            return entry.recipe.name(lang)
        return self.food_name(entry.food_id, lang)

    def save_meals(self, meals: list[SavedMeal], text: str) -> None:
        """Save meals in the data folder (new, changed or imported) as one step, named by the
        caller, who knows which of these it is; MealError or OSError when they cannot be."""
        if meals:
            self._push(SaveMealsCommand(self, meals, text))

    def remove_meal(self, meal: SavedMeal) -> None:
        """Take a saved meal out of the data folder, as one step; plans keep theirs."""
        self._push(
            RemoveMealCommand(self, meal.meal_id, self.tr("Delete Meal %s") % meal.name(self.lang))
        )

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
