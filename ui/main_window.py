"""The main window: food browser and day docks, the week grid and chart, menus and toolbar.

It only assembles: the widgets are given the document, and the actions live in their own
modules (file_actions, edit_actions, plan_actions, meal_actions, window_actions), each made
with the window, and its layout maths in window_layout.
Menus are attributes (file_menu, edit_menu, plan_menu, view_menu, help_menu) so other
features add their actions with a few lines.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QWidget,
)

from planner.foods import FoodTable
from planner.library import Library
from planner.messages import Message, say
from planner.plan import Plan
from ui import dialogs, window_layout
from ui.actions import separator
from ui.autosave import Autosave
from ui.day_panel import DayPanel
from ui.edit_actions import EditActions
from ui.file_actions import FileActions
from ui.food_browser import FoodBrowser
from ui.meal_actions import MealActions
from ui.plan_actions import PlanActions
from ui.plan_document import PlanDocument
from ui.printing import Printing
from ui.settings import Settings
from ui.shopping_view import ShoppingView
from ui.week_chart import WeekChart
from ui.week_model import WeekModel
from ui.week_view import WeekView
from ui.window_actions import WindowActions


class MainWindow(QMainWindow):
    def __init__(
        self,
        document: PlanDocument,
        settings: Settings,
        autosave: Autosave,
        library: Library,
        new_window: Callable[[Plan, Path | None], MainWindow],
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.autosave = autosave
        self.library = library
        self.new_window = new_window
        self.windows: list[MainWindow] = []  # opened from this one, kept alive here
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
        self.shopping_dock = self._dock(
            self.tr("Shopping List"), "shopping_dock", self.shopping_view
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.shopping_dock)
        self.shopping_dock.hide()

        self.days_below = QLabel()
        self.days_below.setAccessibleName(self.tr("Days below the magnesium target"))
        self.statusBar().addPermanentWidget(self.days_below)

        self.meal_actions = MealActions(self)
        self.file_actions = FileActions(self)
        self.edit_actions = EditActions(self)
        self.plan_actions = PlanActions(self)
        self.window_actions = WindowActions(self)
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
        self.browser.food_chosen.connect(self.edit_actions.add_food)
        self.day_panel.balance_requested.connect(lambda day: self.plan_actions.balance([day]))
        self.browser.per_changed.connect(self._on_per_changed)

        self.lay_out(1280, 800)
        window_layout.restore_state(self)
        self._update_title()
        self._update_days_below()
        self._on_day_selected(self.week_view.current_day())
        self.chart.refresh()

    # --- building -------------------------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        return dock

    def _create_actions(self) -> None:
        """The grid's and the food list's context menus, and the window's own actions."""
        edits, meals = self.edit_actions, self.meal_actions
        # Entry and day edits act on the week grid; their keys work when the grid has focus,
        # so Delete or Ctrl+C in the food list or the search field keep their usual meaning.
        grid = [edits.edit_grams_action, edits.amount_action, *edits.entry_actions]
        grid += [meals.save_selection_action, *edits.day_actions]
        for action in grid:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.week_view.addActions(grid)
        self.week_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        edits.copy_food_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        plans = self.plan_actions
        self.browser.view.addActions(
            [
                edits.copy_food_action,
                separator(self),
                plans.favourite_action,
                plans.never_suggest_action,
                separator(self),
                meals.new_action,
                meals.edit_action,
                meals.delete_action,
            ]
        )
        self.browser.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _create_menus(self) -> None:
        files, edits, views = self.file_actions, self.edit_actions, self.window_actions
        meals, plans = self.meal_actions, self.plan_actions
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu.addActions([files.new_action, files.open_action])
        self.file_menu.addMenu(files.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([files.save_action, files.save_as_action])
        # Printing and CSV actions go in here, above Quit.
        self.file_menu_end = self.file_menu.addSeparator()
        self.file_menu.addAction(files.quit_action)
        for group in (
            [files.print_shopping_action, files.print_week_action],
            [files.export_action, files.import_action],
            [meals.import_action, meals.export_action],
        ):
            self.file_menu.insertSeparator(self.file_menu_end)
            self.file_menu.insertActions(self.file_menu_end, group)

        self.edit_menu = self._menu(
            self.tr("&Edit"),
            [
                [edits.undo_action, edits.redo_action],
                edits.entry_actions,
                [edits.edit_grams_action, edits.amount_action, meals.save_selection_action],
                edits.day_actions,
                [edits.find_action],
                [views.preferences_action],
            ],
        )
        self.plan_menu = self._menu(
            self.tr("&Plan"),
            [
                [edits.add_action, edits.add_amount_action],
                [meals.new_action, meals.edit_action, meals.delete_action],
                [plans.profile_action, plans.food_tables_action],
                [plans.balance_day_action, plans.balance_week_action],
            ],
        )
        docks = []
        for dock, text in (
            (self.browser_dock, self.tr("F&oods Panel")),
            (self.day_dock, self.tr("D&ay Panel")),
            (self.shopping_dock, self.tr("&Shopping List")),
        ):
            dock.toggleViewAction().setText(text)
            docks.append(dock.toggleViewAction())
        self.view_menu = self._menu(
            self.tr("&View"),
            [
                [views.previous_day_action, views.next_day_action],
                [views.focus_week_action, views.focus_foods_action, views.focus_day_action],
                docks,
            ],
        )
        self.help_menu = self._menu(self.tr("&Help"), [[views.about_action, views.about_qt_action]])

    def _menu(self, title: str, groups: list[list[QAction]]) -> QMenu:
        """A menu of the menu bar: groups of actions with separators between them."""
        menu = self.menuBar().addMenu(title)
        for group in groups:
            if menu.actions():
                menu.addSeparator()
            menu.addActions(group)
        return menu

    def _create_toolbar(self) -> None:
        files, edits = self.file_actions, self.edit_actions
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([files.new_action, files.open_action, files.save_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([edits.undo_action, edits.redo_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([edits.add_action, self.plan_actions.profile_action])
        self.addToolBar(self.toolbar)
        self.toolbar.toggleViewAction().setText(self.tr("&Toolbar"))
        self.view_menu.addAction(self.toolbar.toggleViewAction())

    def _on_day_selected(self, day: int) -> None:
        self.day_panel.set_day(day)
        self.chart.set_selected_day(day)

    # --- what the window shows --------------------------------------------------------------

    def take_foods(self, foods: FoodTable, problems: list[Message]) -> None:
        """Show the plan and the food list with another food table (imports switched)."""
        self.document.set_foods(foods)
        self.browser.set_foods(foods)
        if problems:
            dialogs.show_error(
                self, self.tr("Food tables"), "\n".join(say(p, self.lang) for p in problems)
            )

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("%s[*] — Magplan") % self.file_actions.file_name())
        self.setWindowModified(self.document.is_modified())

    def _on_plan_replaced(self) -> None:
        self._update_days_below()
        self.week_view.select(self.week_model.index(0, 0))
        self._on_day_selected(0)
        QTimer.singleShot(0, self.file_actions.offer_replacements)

    def _update_days_below(self) -> None:
        assessment = self.document.assessment()
        below = len(assessment.days_below)
        text = self.tr("%n of 7 days below the magnesium target", "", below)
        possibly = sum(d.magnesium.status.value == "possibly_low" for d in assessment.days)
        if possibly:
            text += self.tr(" (%n possibly)", "", possibly)
        self.days_below.setText(text)

    def _on_per_changed(self, per: str) -> None:
        self.settings.per = per

    # --- start, more windows, close ---------------------------------------------------------

    def start(self, problem: str | None = None, offer_restore: bool = True) -> None:
        """After show: say what went wrong opening the plan, offer autosaved plans back, and
        start autosaving."""
        if problem:
            QTimer.singleShot(
                0,
                lambda: dialogs.show_error(self, self.tr("Some files could not be read"), problem),
            )
        if offer_restore:
            QTimer.singleShot(0, self.file_actions.offer_restore)
        QTimer.singleShot(0, self.file_actions.offer_replacements)
        self.autosave.start()

    def open_window(self) -> MainWindow:
        """Another window like this one, with an empty week (for a restored plan)."""
        window = self.new_window(Plan(start=self.document.plan.start), None)
        if window.document.foods is not self.document.foods:  # tables rebuilt since start
            window.take_foods(self.document.foods, [])
        self.windows.append(window)
        window.show()
        window.start(offer_restore=False)
        return window

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.file_actions.maybe_save():
            event.ignore()
            return
        window_layout.save_state(self)
        self.file_actions.close()
        event.accept()

    def lay_out(self, width: int, height: int) -> None:
        window_layout.lay_out(self, width, height)
