"""The window's File menu: new, open (and recent), save, save as, print, CSV in and out, and
what a window's start and close do with files: plans autosaved by windows that did not close
offered back, foods named by ids of the earlier table offered their new ids, unsaved changes
asked about."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QStyle

from planner.messages import Message, PlannerError, os_reason, say
from planner.plan import Plan, monday_of
from planner.replaced_ids import replacements
from ui import csv_dialogs, dialogs
from ui.actions import make_action
from ui.printing import week_printout

if TYPE_CHECKING:
    from ui.main_window import MainWindow

FILE_ERRORS = (PlannerError, OSError)


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.settings = window.settings
        self.autosave = window.autosave
        self._replacements_offered: Plan | None = None
        P, K = QStyle.StandardPixmap, QKeySequence.StandardKey
        self.new_action = make_action(
            window,
            self.tr("&New Plan"),
            self.new_plan,
            K.New,
            P.SP_FileIcon,
            self.tr("Start an empty week"),
        )
        self.open_action = make_action(
            window,
            self.tr("&Open…"),
            self.open_plan,
            K.Open,
            P.SP_DialogOpenButton,
            self.tr("Open a saved plan"),
        )
        self.save_action = make_action(
            window,
            self.tr("&Save"),
            self.save,
            K.Save,
            P.SP_DialogSaveButton,
            self.tr("Save the plan"),
        )
        self.save_as_action = make_action(window, self.tr("Save &As…"), self.save_as, K.SaveAs)
        self.print_shopping_action = make_action(
            window,
            self.tr("Print &Shopping List…"),
            window.shopping_view.print_preview,
            tip=self.tr("Print or save as PDF the shopping list of the days chosen in its panel"),
        )
        self.print_week_action = make_action(
            window,
            self.tr("&Print Week…"),
            self.print_week,
            K.Print,
            tip=self.tr("Print or save as PDF the week menu"),
        )
        self.export_action = make_action(
            window,
            self.tr("&Export CSV…"),
            self.export_csv,
            tip=self.tr("The week, its totals or the shopping list as a CSV file"),
        )
        self.import_action = make_action(
            window,
            self.tr("&Import CSV…"),
            self.import_csv,
            tip=self.tr("A week exported as CSV, as a new plan"),
        )
        self.quit_action = make_action(window, self.tr("&Quit"), window.close, K.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.autosave.failed.connect(self._on_autosave_failed)

    # --- plans in and out -------------------------------------------------------------------

    def new_plan(self) -> None:
        if not self.maybe_save():
            return
        self.document.replace_plan(self.document.plan.fresh_week(monday_of(dt.date.today())), None)

    def open_plan(self) -> None:
        if not self.maybe_save():
            return
        start = str(self.document.path.parent) if self.document.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open Plan"), start, self._filter()
        )
        if name:
            self.open_path(Path(name), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open a plan file; a damaged one gives a message and the open plan stays as it was."""
        if ask and not self.maybe_save():
            return False
        try:
            self.document.open(path)
        except FILE_ERRORS as err:
            dialogs.show_error(
                self.window, self.tr("Cannot open the plan"), _message(err, path, self.window.lang)
            )
            return False
        self._remember(path)
        self.window.statusBar().showMessage(self.tr("Opened %s") % path.name, 4000)
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self, path: Path | None = None) -> bool:
        if path is None:
            start = str(self.document.path or Path.home() / self.tr("week plan.json"))
            name, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Save Plan"), start, self._filter()
            )
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
            dialogs.show_error(
                self.window, self.tr("Cannot save the plan"), _message(err, path, self.window.lang)
            )
            return False
        self._remember(path)
        self.window.statusBar().showMessage(self.tr("Saved %s") % path.name, 4000)
        return True

    def print_week(self) -> None:
        printout = week_printout(
            self.document.plan, self.document.assessment(), self.document.foods, self.window.lang
        )
        self.window.printing.preview(printout, self.window).exec()

    def export_csv(self) -> None:
        path = csv_dialogs.export_csv(self.window, self.document, self.window.lang)
        if path is not None:
            self.window.statusBar().showMessage(self.tr("Exported %s") % path.name, 4000)

    def import_csv(self, path: Path | None = None) -> None:
        """A plan CSV as a new, unsaved plan with this plan's profile; nothing changes until
        the file is read and the user has said yes."""
        plan = csv_dialogs.import_csv(self.window, self.document, path, self.window.lang)
        if plan is not None and self.maybe_save():
            self.document.replace_plan(plan, None, modified=True)

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels (or saving fails)."""
        if not self.document.is_modified():
            return True
        choice = dialogs.ask_save_changes(self.window, self.file_name())
        if choice is dialogs.Choice.SAVE:
            return self.save()
        return choice is dialogs.Choice.DISCARD

    def file_name(self) -> str:
        return self.document.path.name if self.document.path else self.tr("Untitled")

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

    # --- start and close --------------------------------------------------------------------

    def offer_replacements(self) -> None:
        """Once for each plan put in the window: when it names foods by ids of the earlier
        food table, offer the foods that stand for them now, as one undoable step."""
        plan = self.document.plan
        if plan is self._replacements_offered:
            return
        self._replacements_offered = plan
        new_ids = replacements(plan, self.document.foods)
        if new_ids and dialogs.ask_replace_old_ids(
            self.window,
            [(old, self.document.food_name(new, self.window.lang)) for old, new in new_ids.items()],
        ):
            self.document.replace_food_ids(new_ids)

    def offer_restore(self) -> None:
        """Offer back, one by one, each plan autosaved by a window that did not close: the
        first restored in this window (unless it has changes of its own), any other in a
        window of its own, as they were before."""
        for orphan in self.autosave.orphans():
            name = orphan.origin.name if orphan.origin else self.tr("Untitled")
            if not dialogs.ask_restore(
                self.window, name, orphan.saved_at.strftime("%Y-%m-%d %H:%M")
            ):
                orphan.discard()
                continue
            try:
                plan = orphan.load()
                self.document.intakes.for_profile(plan.profile)
            except FILE_ERRORS as err:
                dialogs.show_error(
                    self.window, self.tr("Cannot restore the plan"), say(err, self.window.lang)
                )
                orphan.discard()
                continue
            window = self.window if not self.document.is_modified() else self.window.open_window()
            window.document.replace_plan(plan, orphan.origin, modified=True)
            # In the window's own autosave before the old one goes: never in memory only.
            window.autosave.save_if_modified()
            orphan.discard()

    def close(self) -> None:
        """The window closes (its changes saved or discarded): remember its plan for the next
        start, and leave no autosave behind."""
        self.settings.last_plan = self.document.path.resolve() if self.document.path else None
        self.settings.started_before = True
        self.settings.sync()
        self.autosave.close()

    def _on_autosave_failed(self, err: OSError) -> None:
        self.window.statusBar().showMessage(
            self.tr("Autosave failed: %s") % say(err, self.window.lang), 8000
        )


def _message(err: Exception, path: Path, lang: str) -> str:
    """One sentence naming the file, in lang; planner errors already name it."""
    if isinstance(err, OSError):
        return Message("file.os_error", path=str(path), reason=os_reason(err)).text(lang)
    text = say(err, lang)
    return text if str(path) in text or path.name in text else f"{path}: {text}"
