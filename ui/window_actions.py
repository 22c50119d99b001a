"""The window's moves between days and panels (View menu), Preferences and the About boxes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication

from ui import dialogs
from ui.actions import make_action
from ui.preferences_dialog import PreferencesDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class WindowActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.previous_day_action = make_action(
            window, self.tr("&Previous Day"), self.previous_day, "Ctrl+PgUp"
        )
        self.next_day_action = make_action(
            window, self.tr("&Next Day"), self.next_day, "Ctrl+PgDown"
        )
        self.focus_week_action = make_action(
            window, self.tr("Go to &Week"), self.focus_week, "Ctrl+1"
        )
        self.focus_foods_action = make_action(
            window, self.tr("Go to &Foods"), self.focus_foods, "Ctrl+2"
        )
        self.focus_day_action = make_action(window, self.tr("Go to &Day"), self.focus_day, "Ctrl+3")
        self.preferences_action = make_action(
            window,
            self.tr("Pr&eferences…"),
            lambda: PreferencesDialog(window.settings, window).exec(),
            "Ctrl+,",
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action = make_action(
            window,
            self.tr("&About Magplan"),
            lambda: dialogs.AboutDialog(window.document.intakes, window).exec(),
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = make_action(
            window, self.tr("About &Qt"), QGuiApplication.instance().aboutQt
        )
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

    def previous_day(self) -> None:
        view = self.window.week_view
        view.select_day(max(0, view.current_day() - 1))

    def next_day(self) -> None:
        view = self.window.week_view
        view.select_day(min(6, view.current_day() + 1))

    def focus_week(self) -> None:
        self.window.week_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_foods(self) -> None:
        self.window.browser_dock.show()
        self.window.browser.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_day(self) -> None:
        self.window.day_dock.show()
        self.window.day_panel.sources.setFocus(Qt.FocusReason.ShortcutFocusReason)
