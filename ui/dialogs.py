"""The About dialog and the few questions and messages the window puts to the user."""

from __future__ import annotations

import html
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.targets import STANDARDS, ReferenceIntakes
from ui import labels

translate = QCoreApplication.translate
MAX_LISTED = 12  # foods named in a question; the rest are counted


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def row_table(name: str, headers: list[str], stretched: set[int]) -> QTableWidget:
    """A table of rows chosen whole and not typed in, its columns fitted to their text but
    the stretched ones, which share the rest."""
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for column in range(len(headers)):
        table.horizontalHeader().setSectionResizeMode(
            column,
            QHeaderView.ResizeMode.Stretch
            if column in stretched
            else QHeaderView.ResizeMode.ResizeToContents,
        )
    return table


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("error_message")
    box.exec()


def ask_save_changes(parent: QWidget | None, name: str) -> Choice:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Dialogs", "Unsaved changes"),
        translate("Dialogs", "Save the changes to “%s”?") % name,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("save_changes")
    box.setInformativeText(translate("Dialogs", "Without saving, the changes are lost."))
    save = box.addButton(QMessageBox.StandardButton.Save)
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return (
        Choice.SAVE if clicked is save else Choice.DISCARD if clicked is discard else Choice.CANCEL
    )


def ask_restore(parent: QWidget | None, name: str, when: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Dialogs", "Restore unsaved plan"),
        translate(
            "Dialogs",
            "Magplan did not close properly. Restore the plan “%s” "
            "with the unsaved changes autosaved at %s?",
        )
        % (name, when),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("restore_autosave")
    restore = box.addButton(translate("Dialogs", "&Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Discard)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def ask_replace_old_ids(parent: QWidget | None, names: list[tuple[str, str]]) -> bool:
    """Offer to name foods of the earlier food table by the foods that stand for them now;
    names are (old id, new food's name)."""
    # Counts in variables: pyside6-lupdate misses a translate() whose count is a call.
    count, more = len(names), len(names) - MAX_LISTED
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Dialogs", "Foods from the earlier food table"),
        translate(
            "Dialogs",
            "This plan names %n food(s) by an id of Magplan’s "
            "earlier food table, shown as unknown. Replace them with the "
            "foods that stand for them now?",
            "",
            count,
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("replace_old_ids")
    shown = [f"{old} → {new}" for old, new in names[:MAX_LISTED]]
    if more > 0:
        shown.append(translate("Dialogs", "and %n more", "", more))
    box.setInformativeText("\n".join(shown))
    replace = box.addButton(translate("Dialogs", "&Replace"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Dialogs", "&Keep Them Unknown"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(replace)
    box.exec()
    return box.clickedButton() is replace


class AboutDialog(QDialog):
    """Where the numbers come from, under which licences, and what the app is not."""

    def __init__(self, intakes: ReferenceIntakes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Magplan"))
        self.resize(640, 560)
        text = QTextBrowser()
        text.setOpenExternalLinks(True)
        text.setAccessibleName(self.tr("About Magplan"))
        text.setHtml(self._html(intakes))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def _html(self, intakes: ReferenceIntakes) -> str:
        names = {
            "NL_Gezondheidsraad": self.tr("Dutch Health Council (Gezondheidsraad), the default"),
            "EFSA": self.tr("European Food Safety Authority (EFSA)"),
            "US_NASEM": self.tr("US National Academies of Sciences, Engineering, and Medicine"),
        }
        frame = intakes.frame
        standards = []
        for standard in STANDARDS.values():
            sources = sorted(frame.loc[frame["standard"] == standard, "source"].unique())
            items = "".join(f"<li>{html.escape(s)}</li>" for s in sources)
            standards.append(f"<p><b>{names[standard]}</b></p><ul>{items}</ul>")
        # Outside f-strings: pyside6-lupdate does not look for self.tr inside them.
        return "".join(
            [
                "<h2>Magplan</h2><p>",
                self.tr(
                    "A weekly meal planner for magnesium, with calcium and vitamin D in balance."
                ),
                "</p><p><b>",
                self.tr(
                    "Magplan informs; it is not medical advice. Talk to a doctor or dietitian "
                    "before changing your diet or taking supplements."
                ),
                "</b></p><h3>",
                self.tr("Food data"),
                "</h3>",
                "<p>",
                self.tr(
                    "Each food's nutrient values per 100 g come from the one source row "
                    "its id names:"
                ),
                "</p><ul><li>",
                self.tr(
                    "ciqual:… — Anses. 2025. Ciqual French food composition table. Open data "
                    "under the Licence Ouverte / Etalab (reuse free, citing the source). Used "
                    "for every food it describes, as it describes European foods."
                ),
                "</li><li>",
                self.tr(
                    "usda:… — U.S. Department of Agriculture, Agricultural Research Service. "
                    "USDA National Nutrient Database for Standard Reference, Release 28. "
                    "Nutrient Data Laboratory. A work of the U.S. Government: public domain, "
                    "published in FoodData Central under CC0 1.0. Used where Ciqual lacks a "
                    "food."
                ),
                "</li><li>",
                self.tr(
                    "Caffeine: SR28's caffeine values for coffee, tea, cocoa and chocolate "
                    "(public domain); for cola and energy drinks the typical servings in EFSA's "
                    "Scientific Opinion on the safety of caffeine, EFSA Journal "
                    "2015;13(5):4102."
                ),
                "</li></ul><p>",
                html.escape(labels.estimate_note()),
                ".</p><p>",
                self.tr(
                    "The selection of foods, their Dutch and English names, store sections and "
                    "household portions are Magplan's own."
                ),
                "</p><p>",
                self.tr(
                    "Tables you import stay on your computer under their own terms: NEVO "
                    "(RIVM) may not be redistributed; Ciqual is under the Licence Ouverte / "
                    "Etalab; FoodData Central is CC0 1.0."
                ),
                "</p>",
                "<h3>",
                self.tr("Reference intakes"),
                "</h3>",
                "<p>",
                self.tr(
                    "Daily targets and upper limits by standard, sex, age and life stage. "
                    "Magnesium's upper limit applies to supplements only, never to food. "
                    "No authority sets a Ca:Mg ratio; the band (1.7 to 2.6 by default, "
                    "Rosanoff, Dai and Shapses, Adv Nutr 2016) is an indicator."
                ),
                "</p><p>",
                self.tr(
                    "Only the reference values are taken from these public reports, each with "
                    "the report it comes from; the NIH Office of Dietary Supplements fact "
                    "sheets are works of the U.S. Government (public domain)."
                ),
                "</p>",
                *standards,
                "<h3>",
                self.tr("Software"),
                "</h3><p>",
                self.tr(
                    "Magplan is MIT licensed. It is built on Qt for Python (PySide6, LGPLv3), "
                    "pandas, NumPy and SciPy (BSD licences)."
                ),
                "</p>",
            ]
        )
