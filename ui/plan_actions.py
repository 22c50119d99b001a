"""The window's Plan menu beyond adding food: who the plan is for (the profile), the food
tables (imports on or off, rebuilt in the background when an older Magplan stored them),
balancing a day or the week, and the foods balancing prefers or never suggests (the food
list's context menu)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStyle

from planner.foods import FoodTable
from planner.library import Library
from planner.messages import Message
from ui.actions import make_action
from ui.balance_dialog import BalanceDialog, propose
from ui.profile_dialog import ProfileDialog
from ui.progress import BackgroundJob

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class PlanActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.library = window.library
        P = QStyle.StandardPixmap
        self.profile_action = make_action(
            window,
            self.tr("&Profile…"),
            self.edit_profile,
            None,
            P.SP_FileDialogDetailedView,
            self.tr("Who the plan is for, targets and supplements"),
        )
        self.food_tables_action = make_action(
            window,
            self.tr("&Food Tables…"),
            self.edit_food_tables,
            None,
            None,
            self.tr("Imported food tables, on or off, and your own foods"),
        )
        self.balance_day_action = make_action(
            window,
            self.tr("&Balance Day…"),
            self.balance_day,
            "Ctrl+B",
            tip=self.tr("Propose the changes that bring the selected day to its targets"),
        )
        self.balance_week_action = make_action(
            window,
            self.tr("Balance &Week…"),
            self.balance_week,
            "Ctrl+Shift+B",
            tip=self.tr("Propose the changes that bring every day to its targets"),
        )
        self.favourite_action = make_action(
            window,
            self.tr("F&avourite"),
            lambda on: self.set_preference("favourites", on),
            tip=self.tr("Balancing prefers this food, and may add it though it is coffee or tea"),
        )
        self.never_suggest_action = make_action(
            window,
            self.tr("Never &Suggest"),
            lambda on: self.set_preference("disliked", on),
            tip=self.tr("Balancing never adds or swaps in this food"),
        )
        for action in (self.favourite_action, self.never_suggest_action):
            action.setCheckable(True)
        browser = window.browser
        browser.view.selectionModel().currentChanged.connect(self._show_preference)
        browser.model.modelReset.connect(self._show_preference)
        self.document.preference_changed.connect(self._show_preferences)
        self.document.plan_replaced.connect(self._show_preferences)
        self._show_preferences()

    # --- preferences ------------------------------------------------------------------------

    def set_preference(self, preference: str, on: bool) -> None:
        """Of the food chosen in the food list."""
        food_id = self.window.browser.current_food_id()
        if food_id is not None:
            self.document.set_preference(food_id, preference if on else None)
        self._show_preference()

    def _show_preferences(self) -> None:
        plan = self.document.plan
        self.window.browser.model.set_preferences(plan.favourites, plan.disliked)
        self._show_preference()

    def _show_preference(self) -> None:
        """The actions checked as the chosen food is; off on a saved meal."""
        food_id = self.window.browser.current_food_id()
        preference = self.document.plan.preference(food_id) if food_id else None
        for action, name in (
            (self.favourite_action, "favourites"),
            (self.never_suggest_action, "disliked"),
        ):
            action.setEnabled(food_id is not None)
            action.setChecked(preference == name)

    # --- balance ----------------------------------------------------------------------------

    def balance_day(self) -> None:
        self.balance([self.window.week_view.current_day()])

    def balance_week(self) -> None:
        self.balance(None)

    def balance(self, days: list[int] | None) -> None:
        """Work out the changes off the window's thread, then preview them; Apply makes the
        ticked ones one undo step."""
        proposal = propose(self.document, days, self.window)
        if proposal is None:
            self.window.statusBar().showMessage(self.tr("Balancing cancelled"), 4000)
            return
        dialog = BalanceDialog(self.document, proposal, self.window.lang, self.window)
        if dialog.exec():
            self.window.statusBar().showMessage(
                self.tr("%n change(s) applied", "", len(dialog.kept_changes())), 4000
            )

    # --- profile ----------------------------------------------------------------------------

    def edit_profile(self) -> None:
        dialog = ProfileDialog(
            self.document.plan.settings(),
            self.document.check_settings,
            self.window,
            self.window.lang,
        )
        if dialog.exec():
            self.document.set_settings(dialog.result_settings())

    # --- food tables ------------------------------------------------------------------------

    def edit_food_tables(self) -> None:
        # Imported here: it brings the importers and the downloader (http, ssl), which
        # start-up does not need.
        from ui.library_dialog import LibraryDialog

        dialog = LibraryDialog(self.library, self.window, lang=self.window.lang)
        dialog.changed.connect(self._on_library_changed)
        dialog.exec()

    def _on_library_changed(self) -> None:
        self.window.take_foods(self.library.food_table(), self.library.problems)

    def rebuild_food_tables(self) -> None:
        """Rebuild, off the window's thread, the imported tables an older Magplan stored
        (seconds for a large one, once); the window works meanwhile with the other foods and
        shows the plan's foods from those tables as unknown. Food Tables waits for it."""
        stale = self.library.to_rebuild()
        if not stale:
            return
        folder = self.library.folder

        def rebuild() -> tuple[FoodTable, list[Message]]:
            library = Library(folder)  # its own: `problems` is not shared across threads
            return library.food_table(), library.problems

        self._rebuild = BackgroundJob(rebuild, "rebuild", self)
        self._rebuild.finished.connect(self._on_rebuild_finished)
        self.food_tables_action.setEnabled(False)
        self.window.statusBar().showMessage(
            self.tr("Preparing %s for opening fast, once…") % ", ".join(i.name for i in stale)
        )
        self._rebuild.start()

    def _on_rebuild_finished(self) -> None:
        job = self._rebuild
        self.food_tables_action.setEnabled(True)
        self.window.statusBar().clearMessage()
        if job.error is not None:
            raise job.error  # a bug: the error reporter takes it from here
        foods, problems = job.result
        for window in [self.window, *self.window.windows]:
            window.take_foods(foods, problems if window is self.window else [])
