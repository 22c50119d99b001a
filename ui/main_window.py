"""The main window: food browser and day docks, the week grid and chart, menus and files.

Everything it shows is passed in; menus are attributes (file_menu, edit_menu, plan_menu,
view_menu, help_menu) so other features add their actions with a few lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QLabel, QMainWindow, QSplitter,
                               QStyle, QToolBar, QWidget)

from planner.foods import FoodTable
from planner.library import Library
from planner.messages import Message, PlannerError, os_reason, say
from planner.plan import Entry, MealFullError, Plan, empty_meals, monday_of
from planner.replaced_ids import replacements
from planner.schema import MAX_ENTRIES_PER_MEAL
from ui import dialogs, labels, mime
from ui.autosave import Autosave
from ui.balance_dialog import BalanceDialog, propose
from ui import csv_dialogs
from ui.commands import (AddEntriesCommand, RemoveEntriesCommand, ReplaceDaysCommand,
                         SetGramsCommand)
from ui.day_panel import DayPanel
from ui.food_browser import FoodBrowser
from ui.meal_actions import MealActions
from ui.plan_document import PlanDocument, PlanSettings
from ui.portion_dialog import PortionDialog
from ui.preferences_dialog import PreferencesDialog
from ui.printing import Printing, week_printout
from ui.profile_dialog import ProfileDialog
from ui.progress import BackgroundJob
from ui.settings import Settings
from ui.shopping_view import ShoppingView
from ui.week_chart import WeekChart
from ui.week_model import WeekModel
from ui.week_view import WeekView

FILE_ERRORS = (PlannerError, OSError)


class MainWindow(QMainWindow):
    def __init__(self, document: PlanDocument, settings: Settings, autosave: Autosave,
                 library: Library, new_window: Callable[[Plan, Path | None], MainWindow],
                 lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.autosave = autosave
        self.library = library
        self.new_window = new_window
        self.windows: list[MainWindow] = []      # opened from this one, kept alive here
        self._replacements_offered: Plan | None = None
        self.lang = lang
        self.setObjectName("main_window")

        self.week_model = WeekModel(document, lang, self)
        self.week_view = WeekView(self.week_model)
        self.chart = WeekChart(document)
        self.day_panel = DayPanel(document, lang)
        self.browser = FoodBrowser(document.foods, lang, settings.per, document.meals)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("week_splitter")
        self.splitter.addWidget(self.week_view)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.browser_dock = self._dock(self.tr("Foods"), "foods_dock", self.browser)
        self.day_dock = self._dock(self.tr("Day"), "day_dock", self.day_panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.browser_dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.day_dock)
        self.splitDockWidget(self.browser_dock, self.day_dock, Qt.Orientation.Vertical)
        # One printer for the session, so page choices stick between printouts.
        self.printing = Printing(lang)
        self.shopping_view = ShoppingView(document, self.printing, lang)
        self.shopping_dock = self._dock(self.tr("Shopping List"), "shopping_dock",
                                        self.shopping_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.shopping_dock)
        self.shopping_dock.hide()

        self.days_below = QLabel()
        self.days_below.setAccessibleName(self.tr("Days below the magnesium target"))
        self.statusBar().addPermanentWidget(self.days_below)

        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self.setTabOrder(self.browser.view, self.week_view)
        self.setTabOrder(self.week_view, self.day_panel.sources)

        document.day_changed.connect(self._update_days_below)
        document.profile_changed.connect(self._update_days_below)
        document.plan_replaced.connect(self._on_plan_replaced)
        document.path_changed.connect(self._update_title)
        document.modified_changed.connect(self._update_title)
        self.week_view.day_selected.connect(self._on_day_selected)
        self.week_view.empty_cell_activated.connect(self.browser.focus_search)
        self.chart.day_clicked.connect(self.week_view.select_day)
        self.browser.food_chosen.connect(self.add_food)
        self.day_panel.balance_requested.connect(lambda day: self.balance([day]))
        self.browser.per_changed.connect(self._on_per_changed)
        self.autosave.failed.connect(self._on_autosave_failed)

        self.lay_out(1280, 800)
        self._restore_state()
        self._update_title()
        self._update_days_below()
        self._on_day_selected(self.week_view.current_day())
        self.chart.refresh()

    # --- building -------------------------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        return dock

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None,
                icon: QStyle.StandardPixmap | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        P, K = QStyle.StandardPixmap, QKeySequence.StandardKey
        self.meal_actions = MealActions(self)
        meals = self.meal_actions
        self.new_action = self._action(self.tr("&New Plan"), self.new_plan, K.New, P.SP_FileIcon,
                                       self.tr("Start an empty week"))
        self.open_action = self._action(self.tr("&Open…"), self.open_plan, K.Open,
                                        P.SP_DialogOpenButton, self.tr("Open a saved plan"))
        self.save_action = self._action(self.tr("&Save"), self.save, K.Save,
                                        P.SP_DialogSaveButton, self.tr("Save the plan"))
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, K.SaveAs)
        self.print_shopping_action = self._action(
            self.tr("Print &Shopping List…"), self.shopping_view.print_preview,
            tip=self.tr("Print or save as PDF the shopping list of the days chosen in its panel"))
        self.print_week_action = self._action(self.tr("&Print Week…"), self.print_week, K.Print,
                                              tip=self.tr("Print or save as PDF the week menu"))
        self.export_action = self._action(self.tr("&Export CSV…"), self.export_csv,
                                          tip=self.tr("The week, its totals or the shopping list "
                                                      "as a CSV file"))
        self.import_action = self._action(self.tr("&Import CSV…"), self.import_csv,
                                          tip=self.tr("A week exported as CSV, as a new plan"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, K.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(K.Undo)
        self.undo_action.setIcon(self.style().standardIcon(P.SP_ArrowBack))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence(K.Redo), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(self.style().standardIcon(P.SP_ArrowForward))

        # Entry and day edits act on the week grid; their keys work when the grid has focus,
        # so Delete or Ctrl+C in the food list or the search field keep their usual meaning.
        self.cut_action = self._action(self.tr("Cu&t"), self.cut, K.Cut)
        self.copy_action = self._action(self.tr("&Copy"), self.copy, K.Copy)
        self.paste_action = self._action(self.tr("&Paste"), self.paste, K.Paste)
        self.delete_action = self._action(self.tr("&Delete"), self.delete, K.Delete)
        self.delete_action.setShortcuts([QKeySequence(K.Delete), QKeySequence("Backspace")])
        self.edit_grams_action = self._action(self.tr("Edit &Grams"), self.edit_grams, "F2")
        self.amount_action = self._action(self.tr("&Amount…"), self.choose_amount, "Ctrl+E",
                                          tip=self.tr("Set the amount in portions or grams"))
        self.cut_day_action = self._action(self.tr("Cut Da&y"), self.cut_day, "Ctrl+Shift+X")
        self.copy_day_action = self._action(self.tr("C&opy Day"), self.copy_day, "Ctrl+Shift+C")
        self.paste_day_action = self._action(self.tr("Paste Day &Here"), self.paste_day,
                                              "Ctrl+Shift+V")
        self.clear_day_action = self._action(self.tr("C&lear Day"), self.clear_day)
        self.grid_actions = [self.edit_grams_action, self.amount_action, self.cut_action,
                             self.copy_action, self.paste_action, self.delete_action,
                             meals.save_selection_action, self.cut_day_action,
                             self.copy_day_action, self.paste_day_action, self.clear_day_action]
        for action in self.grid_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.week_view.addActions(self.grid_actions)
        self.week_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.copy_food_action = self._action(self.tr("&Copy Food"), self.copy_foods, K.Copy)
        self.copy_food_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.browser.view.addAction(self.copy_food_action)
        separator = QAction(self)
        separator.setSeparator(True)
        self.browser.view.addActions([separator, meals.new_action, meals.edit_action,
                                      meals.delete_action])
        self.browser.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.find_action = self._action(self.tr("&Find Food"), self.browser.focus_search, K.Find,
                                        tip=self.tr("Search the food table"))
        self.add_action = self._action(self.tr("&Add Food to Meal"), self.add_chosen_food,
                                       "Ctrl+Return", P.SP_ArrowDown,
                                       self.tr("Put the chosen food in the selected meal"))
        self.add_amount_action = self._action(self.tr("Add Food &with Amount…"),
                                              self.add_chosen_food_with_amount, "Ctrl+Shift+Return")
        self.profile_action = self._action(self.tr("&Profile…"), self.edit_profile, None,
                                           P.SP_FileDialogDetailedView,
                                           self.tr("Who the plan is for, targets and supplements"))
        self.food_tables_action = self._action(
            self.tr("&Food Tables…"), self.edit_food_tables, None, None,
            self.tr("Imported food tables, on or off, and your own foods"))
        self.balance_day_action = self._action(
            self.tr("&Balance Day…"), self.balance_day, "Ctrl+B",
            tip=self.tr("Propose the changes that bring the selected day to its targets"))
        self.balance_week_action = self._action(
            self.tr("Balance &Week…"), self.balance_week, "Ctrl+Shift+B",
            tip=self.tr("Propose the changes that bring every day to its targets"))
        self.previous_day_action = self._action(self.tr("&Previous Day"), self.previous_day,
                                                "Ctrl+PgUp")
        self.next_day_action = self._action(self.tr("&Next Day"), self.next_day, "Ctrl+PgDown")
        self.focus_week_action = self._action(self.tr("Go to &Week"), self.focus_week, "Ctrl+1")
        self.focus_foods_action = self._action(self.tr("Go to &Foods"), self.focus_foods, "Ctrl+2")
        self.focus_day_action = self._action(self.tr("Go to &Day"), self.focus_day, "Ctrl+3")
        self.preferences_action = self._action(self.tr("Pr&eferences…"), self.edit_preferences,
                                               "Ctrl+,")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action = self._action(self.tr("&About Magplan"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"), QGuiApplication.instance().aboutQt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = self.file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save_action, self.save_as_action])
        # Printing and CSV actions go in here, above Quit.
        self.file_menu_end = self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        for group in ([self.print_shopping_action, self.print_week_action],
                      [self.export_action, self.import_action],
                      [self.meal_actions.import_action, self.meal_actions.export_action]):
            self.file_menu.insertSeparator(self.file_menu_end)
            self.file_menu.insertActions(self.file_menu_end, group)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.cut_action, self.copy_action, self.paste_action,
                                   self.delete_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.edit_grams_action, self.amount_action,
                                   self.meal_actions.save_selection_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.cut_day_action, self.copy_day_action,
                                   self.paste_day_action, self.clear_day_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)

        self.plan_menu = bar.addMenu(self.tr("&Plan"))
        self.plan_menu.addActions([self.add_action, self.add_amount_action])
        self.plan_menu.addSeparator()
        self.plan_menu.addActions([self.meal_actions.new_action, self.meal_actions.edit_action,
                                   self.meal_actions.delete_action])
        self.plan_menu.addSeparator()
        self.plan_menu.addActions([self.profile_action, self.food_tables_action])
        self.plan_menu.addSeparator()
        self.plan_menu.addActions([self.balance_day_action, self.balance_week_action])

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addActions([self.previous_day_action, self.next_day_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.focus_week_action, self.focus_foods_action,
                                   self.focus_day_action])
        self.view_menu.addSeparator()
        for dock, text in ((self.browser_dock, self.tr("F&oods Panel")),
                           (self.day_dock, self.tr("D&ay Panel"))):
            dock.toggleViewAction().setText(text)
            self.view_menu.addAction(dock.toggleViewAction())

        self.shopping_dock.toggleViewAction().setText(self.tr("&Shopping List"))
        self.view_menu.addAction(self.shopping_dock.toggleViewAction())

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addActions([self.about_action, self.about_qt_action])

    def _create_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.new_action, self.open_action, self.save_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.add_action, self.profile_action])
        self.addToolBar(self.toolbar)
        self.toolbar.toggleViewAction().setText(self.tr("&Toolbar"))
        self.view_menu.addAction(self.toolbar.toggleViewAction())

    # --- putting food in the week -----------------------------------------------------------

    def add_food(self, food_id: str, grams: float | None = None,
                 portions: float | None = None) -> None:
        """Put a food in the selected cell's meal: one household portion unless told."""
        day, meal, position = self.week_view.current_cell()
        if grams is None:
            grams, portions = self.week_model.portion_grams(food_id), 1.0
        entry = Entry(food_id, grams, portions)
        name = self.document.food_name(food_id, self.lang)
        if not self.add_entries(day, meal, position, [entry], self.tr("Add %s") % name):
            return
        self.week_view.select_cell(day, meal, position + 1)
        self.statusBar().showMessage(self.tr("Added %s (%s) to %s, %s") % (
            name, labels.grams(grams), labels.weekday(self.document.plan.days[day].date, True),
            labels.meal(meal).lower()), 4000)

    def add_chosen_food(self) -> None:
        meal = self.browser.current_meal()
        if meal is not None:
            self.meal_actions.add_meal(meal.meal_id)
            return
        food = self.browser.current_food_id()
        if food:
            self.add_food(food)

    def add_chosen_food_with_amount(self) -> None:
        meal = self.browser.current_meal()
        if meal is not None:
            self.meal_actions.add_meal_with_amount(meal)
            return
        food = self.browser.current_food_id()
        if not food:
            return
        amount = self._ask_amount(food, self.week_model.portion_grams(food), 1.0)
        if amount:
            self.add_food(food, *amount)

    def choose_amount(self) -> None:
        slot = self.week_model.slot(self.week_view.currentIndex())
        if slot is None:
            return
        entry = self.document.plan.entry(slot)
        amount = self._ask_amount(entry.food_id, entry.grams, entry.portions, entry)
        if amount and amount != (entry.grams, entry.portions):
            name = self.document.entry_name(entry, self.lang)
            self.document.push(SetGramsCommand(self.document, slot, *amount,
                                               self.tr("Change Amount of %s") % name))

    def _ask_amount(self, food_id: str, grams: float, portions: float | None,
                    entry: Entry | None = None) -> tuple[float, float | None] | None:
        """(grams, portions) asked for a food, or for an entry (a saved meal's in servings,
        which follow its grams)."""
        foods = self.document.foods
        recipe = entry.recipe if entry is not None else None
        if recipe is not None:
            portion, portion_g = labels.servings(1), recipe.serving_grams
        elif food_id in foods:
            row = foods.row(food_id)
            portion, portion_g = row[f"portion_{self.lang}"], float(row["portion_g"])
        else:
            portion, portion_g = "100 g", 100.0
        name = self.document.entry_name(entry, self.lang) if entry is not None else \
            self.document.food_name(food_id, self.lang)
        dialog = PortionDialog(name, portion, portion_g, grams, portions, self)
        if not dialog.exec():
            return None
        grams, portions = dialog.amount()
        return (grams, grams / portion_g) if recipe is not None else (grams, portions)

    def edit_grams(self) -> None:
        index = self.week_view.currentIndex()
        if self.week_model.slot(index) is not None:
            self.week_view.setFocus()
            self.week_view.edit(index)

    def delete(self) -> None:
        slots = self.week_view.selected_slots()
        if slots:
            self.document.push(RemoveEntriesCommand(self.document, slots,
                                                    self._entries_text(self.tr("Delete %s"), slots)))

    def copy(self) -> bool:
        indexes = [i for i in self.week_view.selectionModel().selectedIndexes()
                   if self.week_model.slot(i) is not None]
        if not indexes:
            return False
        QGuiApplication.clipboard().setMimeData(self.week_model.mimeData(indexes))
        return True

    def cut(self) -> None:
        slots = self.week_view.selected_slots()
        if slots and self.copy():
            self.document.push(RemoveEntriesCommand(self.document, slots,
                                                    self._entries_text(self.tr("Cut %s"), slots)))

    def copy_foods(self) -> None:
        ids = self.browser.chosen_food_ids()
        if ids:
            names = [self.document.food_name(i, self.lang) for i in ids]
            QGuiApplication.clipboard().setMimeData(mime.foods_mime(ids, names))

    def paste(self) -> None:
        """Paste copied entries, or copied foods as one portion each, into the selected meal."""
        data = QGuiApplication.clipboard().mimeData()
        dragged = mime.read_entries(data) if data else None
        if dragged is not None:
            entries = dragged.entries
        else:
            entries = [Entry(f, self.week_model.portion_grams(f)) for f in mime.read_foods(data)] \
                if data else []
        if not entries:
            self.statusBar().showMessage(self.tr("Nothing to paste: copy foods or entries first"),
                                         4000)
            return
        day, meal, position = self.week_view.current_cell()
        text = self.tr("Paste %s") % self.document.entry_name(entries[0], self.lang) \
            if len(entries) == 1 else self.tr("Paste %n Foods", "", len(entries))
        self.add_entries(day, meal, position, entries, text)

    def add_entries(self, day: int, meal: str, position: int, entries: list[Entry],
                    text: str) -> bool:
        """Add entries as one undo step; a meal without room for them says so instead."""
        try:
            self.document.push(AddEntriesCommand(self.document, day, meal, position, entries,
                                                 text))
        except MealFullError:
            where = f"{labels.meal(meal)}, {labels.weekday(self.document.plan.days[day].date, True)}"
            dialogs.show_error(self, self.tr("The meal is full"), self.tr(
                "There is no room for that in %s: a meal holds at most %s entries.")
                % (where, MAX_ENTRIES_PER_MEAL))
            return False
        return True

    def copy_day(self) -> None:
        day = self.document.plan.days[self.week_view.current_day()]
        lines = [f"{labels.meal(m)}: " + ", ".join(
            f"{self.document.entry_name(e, self.lang)} {e.grams:g} g" for e in day.meals[m])
            for m in day.meals if day.meals[m]]
        text = "\n".join([labels.weekday(day.date, True)] + lines)
        QGuiApplication.clipboard().setMimeData(mime.day_mime(day.meals, text))

    def cut_day(self) -> None:
        self.copy_day()
        self._replace_day(empty_meals(), self.tr("Cut %s"))

    def paste_day(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        meals = mime.read_day(data) if data else None
        if meals is None:
            self.statusBar().showMessage(self.tr("Nothing to paste: copy a day first"), 4000)
            return
        self._replace_day(meals, self.tr("Paste Day on %s"))

    def clear_day(self) -> None:
        self._replace_day(empty_meals(), self.tr("Clear %s"))

    def _replace_day(self, meals, text: str) -> None:
        day = self.week_view.current_day()
        name = labels.weekday(self.document.plan.days[day].date, True)
        self.document.push(ReplaceDaysCommand(self.document, {day: meals}, text % name))

    def _entries_text(self, template: str, slots) -> str:
        if len(slots) == 1:
            entry = self.document.plan.entry(slots[0])
            return template % self.document.entry_name(entry, self.lang)
        return template % self.tr("%n Foods", "", len(slots))

    # --- moving around ----------------------------------------------------------------------

    def previous_day(self) -> None:
        self.week_view.select_day(max(0, self.week_view.current_day() - 1))

    def next_day(self) -> None:
        self.week_view.select_day(min(6, self.week_view.current_day() + 1))

    def focus_week(self) -> None:
        self.week_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_foods(self) -> None:
        self.browser_dock.show()
        self.browser.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_day(self) -> None:
        self.day_dock.show()
        self.day_panel.sources.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_day_selected(self, day: int) -> None:
        self.day_panel.set_day(day)
        self.chart.set_selected_day(day)

    # --- balance ----------------------------------------------------------------------------

    def balance_day(self) -> None:
        self.balance([self.week_view.current_day()])

    def balance_week(self) -> None:
        self.balance(None)

    def balance(self, days: list[int] | None) -> None:
        """Work out the changes off the window's thread, then preview them; Apply makes the
        ticked ones one undo step."""
        proposal = propose(self.document, days, self)
        if proposal is None:
            self.statusBar().showMessage(self.tr("Balancing cancelled"), 4000)
            return
        dialog = BalanceDialog(self.document, proposal, self.lang, self)
        if dialog.exec():
            self.statusBar().showMessage(self.tr("%n change(s) applied", "",
                                                 len(dialog.kept_changes())), 4000)

    # --- profile ----------------------------------------------------------------------------

    def edit_profile(self) -> None:
        dialog = ProfileDialog(PlanSettings.of(self.document.plan), self.document.check_settings,
                               self, self.lang)
        if dialog.exec():
            self.document.set_settings(dialog.result_settings(), self.tr("Change Profile"))

    def edit_preferences(self) -> None:
        PreferencesDialog(self.settings, self).exec()

    def edit_food_tables(self) -> None:
        # Imported here: it brings the importers and the downloader (http, ssl), which
        # start-up does not need.
        from ui.library_dialog import LibraryDialog
        dialog = LibraryDialog(self.library, self, lang=self.lang)
        dialog.changed.connect(self._on_library_changed)
        dialog.exec()

    def _on_library_changed(self) -> None:
        self._take_foods(self.library.food_table(), self.library.problems)

    def _take_foods(self, foods: FoodTable, problems: list[Message]) -> None:
        self.document.set_foods(foods)
        self.browser.set_foods(foods)
        if problems:
            dialogs.show_error(self, self.tr("Food tables"),
                               "\n".join(say(p, self.lang) for p in problems))

    def rebuild_food_tables(self) -> None:
        """Rebuild, off the window's thread, the imported tables an older Magplan stored
        (seconds for a large one, once); the window works meanwhile with the other foods and
        shows the plan's foods from those tables as unknown. Food Tables waits for it."""
        stale = self.library.to_rebuild()
        if not stale:
            return
        folder = self.library.folder

        def rebuild() -> tuple[FoodTable, list[Message]]:
            library = Library(folder)    # its own: `problems` is not shared across threads
            return library.food_table(), library.problems

        self._rebuild = BackgroundJob(rebuild, "rebuild", self)
        self._rebuild.finished.connect(self._on_rebuild_finished)
        self.food_tables_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Preparing %s for opening fast, once…")
                                     % ", ".join(i.name for i in stale))
        self._rebuild.start()

    def _on_rebuild_finished(self) -> None:
        job = self._rebuild
        self.food_tables_action.setEnabled(True)
        self.statusBar().clearMessage()
        if job.error is not None:
            raise job.error         # a bug: the error reporter takes it from here
        foods, problems = job.result
        for window in [self, *self.windows]:
            window._take_foods(foods, problems if window is self else [])

    # --- files ------------------------------------------------------------------------------

    def new_plan(self) -> None:
        if not self.maybe_save():
            return
        self.document.replace_plan(self.document.plan.fresh_week(monday_of(dt.date.today())),
                                   None)

    def open_plan(self) -> None:
        if not self.maybe_save():
            return
        start = str(self.document.path.parent) if self.document.path else ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open Plan"), start, self._filter())
        if name:
            self.open_path(Path(name), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open a plan file; a damaged one gives a message and the open plan stays as it was."""
        if ask and not self.maybe_save():
            return False
        try:
            self.document.open(path)
        except FILE_ERRORS as err:
            dialogs.show_error(self, self.tr("Cannot open the plan"),
                               _message(err, path, self.lang))
            return False
        self._remember(path)
        self.statusBar().showMessage(self.tr("Opened %s") % path.name, 4000)
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self, path: Path | None = None) -> bool:
        if path is None:
            start = str(self.document.path or Path.home() / self.tr("week plan.json"))
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save Plan"), start,
                                                  self._filter())
            if not name:
                return False
            path = Path(name)
            if not path.suffix:
                path = path.with_suffix(".json")
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except OSError as err:
            dialogs.show_error(self, self.tr("Cannot save the plan"),
                               _message(err, path, self.lang))
            return False
        self._remember(path)
        self.statusBar().showMessage(self.tr("Saved %s") % path.name, 4000)
        return True

    def print_week(self) -> None:
        printout = week_printout(self.document.plan, self.document.assessment(),
                                 self.document.foods, self.lang)
        self.printing.preview(printout, self).exec()

    def export_csv(self) -> None:
        path = csv_dialogs.export_csv(self, self.document, self.lang)
        if path is not None:
            self.statusBar().showMessage(self.tr("Exported %s") % path.name, 4000)

    def import_csv(self, path: Path | None = None) -> None:
        """A plan CSV as a new, unsaved plan with this plan's profile; nothing changes until
        the file is read and the user has said yes."""
        plan = csv_dialogs.import_csv(self, self.document, path, self.lang)
        if plan is not None and self.maybe_save():
            self.document.replace_plan(plan, None, modified=True)

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels (or saving fails)."""
        if not self.document.is_modified():
            return True
        choice = dialogs.ask_save_changes(self, self._file_name())
        if choice is dialogs.Choice.SAVE:
            return self.save()
        return choice is dialogs.Choice.DISCARD

    def _filter(self) -> str:
        return self.tr("Magplan plans (*.json);;All files (*)")

    def _remember(self, path: Path) -> None:
        self.settings.add_recent(path)
        self.settings.last_plan = path.resolve()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.settings.recent_files
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not paths:
            self.recent_menu.addAction(self.tr("No recent plans")).setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("&Clear Menu"), self.settings.clear_recent)

    def _file_name(self) -> str:
        return self.document.path.name if self.document.path else self.tr("Untitled")

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("%s[*] — Magplan") % self._file_name())
        self.setWindowModified(self.document.is_modified())

    def _on_plan_replaced(self) -> None:
        self._update_days_below()
        self.week_view.select(self.week_model.index(0, 0))
        self._on_day_selected(0)
        QTimer.singleShot(0, self.offer_replacements)

    def offer_replacements(self) -> None:
        """Once for each plan put in the window: when it names foods by ids of the earlier
        food table, offer the foods that stand for them now, as one undoable step."""
        plan = self.document.plan
        if plan is self._replacements_offered:
            return
        self._replacements_offered = plan
        new_ids = replacements(plan, self.document.foods)
        if new_ids and dialogs.ask_replace_old_ids(
                self, [(old, self.document.food_name(new, self.lang))
                       for old, new in new_ids.items()]):
            self.document.replace_food_ids(new_ids,
                                           self.tr("Replace Foods from the Earlier Table"))

    def _update_days_below(self) -> None:
        assessment = self.document.assessment()
        below = len(assessment.days_below)
        text = self.tr("%n of 7 days below the magnesium target", "", below)
        possibly = sum(d.magnesium.status.value == "possibly_low" for d in assessment.days)
        if possibly:
            text += self.tr(" (%n possibly)", "", possibly)
        self.days_below.setText(text)

    def _on_autosave_failed(self, err: OSError) -> None:
        self.statusBar().showMessage(self.tr("Autosave failed: %s") % say(err, self.lang), 8000)

    def _on_per_changed(self, per: str) -> None:
        self.settings.per = per

    # --- start and close --------------------------------------------------------------------

    def start(self, problem: str | None = None, offer_restore: bool = True) -> None:
        """After show: say what went wrong opening the plan, offer autosaved plans back, and
        start autosaving."""
        if problem:
            QTimer.singleShot(0, lambda: dialogs.show_error(
                self, self.tr("Some files could not be read"), problem))
        if offer_restore:
            QTimer.singleShot(0, self.offer_restore)
        QTimer.singleShot(0, self.offer_replacements)
        self.autosave.start()

    def offer_restore(self) -> None:
        """Offer back, one by one, each plan autosaved by a window that did not close: the
        first restored in this window (unless it has changes of its own), any other in a
        window of its own, as they were before."""
        for orphan in self.autosave.orphans():
            name = orphan.origin.name if orphan.origin else self.tr("Untitled")
            if not dialogs.ask_restore(self, name, orphan.saved_at.strftime("%Y-%m-%d %H:%M")):
                orphan.discard()
                continue
            try:
                plan = orphan.load()
                self.document.intakes.for_profile(plan.profile)
            except FILE_ERRORS as err:
                dialogs.show_error(self, self.tr("Cannot restore the plan"), say(err, self.lang))
                orphan.discard()
                continue
            window = self if not self.document.is_modified() else self._open_window()
            window.document.replace_plan(plan, orphan.origin, modified=True)
            # In the window's own autosave before the old one goes: never in memory only.
            window.autosave.save_if_modified()
            orphan.discard()

    def _open_window(self) -> MainWindow:
        window = self.new_window(Plan(start=self.document.plan.start), None)
        if window.document.foods is not self.document.foods:   # tables rebuilt since start
            window._take_foods(self.document.foods, [])
        self.windows.append(window)
        window.show()
        window.start(offer_restore=False)
        return window

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.set_state("geometry", self.saveGeometry())
        self.settings.set_state("docks", self.saveState())
        self.settings.set_state("week_splitter", self.splitter.saveState())
        self.settings.last_plan = self.document.path.resolve() if self.document.path else None
        self.settings.started_before = True
        self.settings.sync()
        self.autosave.timer.stop()
        self.autosave.discard()
        event.accept()

    def lay_out(self, width: int, height: int) -> None:
        """A first layout for a window of this size: docks about a quarter of the width but
        never so wide that the week's seven days do not fit, the week as tall as its rows need
        (at least 60 % of the height), the chart below."""
        self.resize(width, height)
        separator = self.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent)
        room = width - self.week_view.needed_width() - separator
        dock = max(280, min(520, round(width * 0.27), room))
        self.resizeDocks([self.browser_dock], [dock], Qt.Orientation.Horizontal)
        docks = height - 100
        self.resizeDocks([self.browser_dock, self.day_dock], [round(docks * 0.55),
                                                              round(docks * 0.45)],
                         Qt.Orientation.Vertical)
        view = self.week_view
        central = height - 100
        rows = view.verticalHeader().defaultSectionSize() * self.week_model.rowCount()
        week = max(rows + view.horizontalHeader().sizeHint().height() + 8, round(central * 0.6))
        week = min(week, central - self.chart.minimumHeight())
        self.splitter.setSizes([week, central - week])

    def _restore_state(self) -> None:
        for name, restore in (("geometry", self.restoreGeometry), ("docks", self.restoreState),
                              ("week_splitter", self.splitter.restoreState)):
            state = self.settings.state(name)
            if isinstance(state, QByteArray) and not state.isEmpty():
                restore(state)

    def show_about(self) -> None:
        dialogs.AboutDialog(self.document.intakes, self).exec()


def _message(err: Exception, path: Path, lang: str) -> str:
    """One sentence naming the file, in lang; planner errors already name it."""
    if isinstance(err, OSError):
        return Message("file.os_error", path=str(path), reason=os_reason(err)).text(lang)
    text = say(err, lang)
    return text if str(path) in text or path.name in text else f"{path}: {text}"

