"""Balance Day and Balance Week: the proposed changes, each with a tick box, and every day's
magnesium, calcium, vitamin D and Ca:Mg before and after the ticked ones. Apply puts the
ticked changes in the plan as one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView,
                               QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from planner.balance import BalanceResult, Bound, Unmet, balance
from planner.suggestions import Change, apply_changes
from planner.totals import Assessment, DayStatus, Status, assess
from ui import icons, labels
from ui.plan_document import PlanDocument

NUTRIENTS = ("magnesium", "calcium", "vitamin_d")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class BalanceDialog(QDialog):
    """Balance the given days of the document's plan (every day when days is None)."""

    def __init__(self, document: PlanDocument, days: list[int] | None = None, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.lang = lang
        self.setObjectName("balance_dialog")
        plan = document.plan
        if days is not None and len(days) == 1:
            self.setWindowTitle(self.tr("Balance %s") % labels.weekday(plan.days[days[0]].date,
                                                                         long=True))
        else:
            self.setWindowTitle(self.tr("Balance the Week"))
        self.resize(880, 620 if days is None or len(days) > 1 else 420)

        # HiGHS takes up to a few hundred milliseconds for a week.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.proposal: BalanceResult = balance(plan, document.foods, document.targets, days)
        finally:
            QGuiApplication.restoreOverrideCursor()

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.changes = QTreeWidget()
        self.changes.setObjectName("balance_changes")
        self.changes.setAccessibleName(self.tr("Proposed changes; untick those you do not want"))
        self.changes.setRootIsDecorated(False)
        self.changes.setUniformRowHeights(True)
        self.changes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changes.setHeaderLabels([self.tr("Change"), self.tr("Where"), "Mg (mg)",
                                      "Ca (mg)", self.tr("Vit. D (µg)"), "kcal"])
        for change in self.proposal.changes:
            self.changes.addTopLevelItem(self._change_item(change))
        self._fit(self.changes)
        changes_label = QLabel(self.tr("&Changes:"))
        changes_label.setBuddy(self.changes)

        self.days = QTreeWidget()
        self.days.setObjectName("balance_days")
        self.days.setAccessibleName(self.tr("Each day before and after the ticked changes"))
        self.days.setRootIsDecorated(False)
        self.days.setUniformRowHeights(True)
        self.days.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.days.setHeaderLabels([self.tr("Day")] + [
            self.tr("%s before") % labels.nutrient(k) if i % 2 == 0 else self.tr("after")
            for k in NUTRIENTS for i in range(2)] + [self.tr("Ca:Mg before"), self.tr("after")])
        days_label = QLabel(self.tr("&Before and after (from food, as the week shows it):"))
        days_label.setBuddy(self.days)

        self.unmet = QLabel()
        self.unmet.setObjectName("balance_unmet")
        self.unmet.setWordWrap(True)
        self.unmet.setStyleSheet(f"color: {icons.COLOURS[Status.LOW].name()};")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(changes_label)
        layout.addWidget(self.changes, 3)
        layout.addWidget(days_label)
        layout.addWidget(self.days, 2)
        layout.addWidget(self.unmet)
        layout.addWidget(self.buttons)

        self.changes.itemChanged.connect(self._on_changes_item_changed)
        self._refresh()

    # --- what the user chose ------------------------------------------------------------------

    def kept_changes(self) -> list[Change]:
        return [change for i, change in enumerate(self.proposal.changes)
                if self.changes.topLevelItem(i).checkState(0) == Qt.CheckState.Checked]

    def set_kept(self, index: int, kept: bool) -> None:
        self.changes.topLevelItem(index).setCheckState(
            0, Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked)

    def accept(self) -> None:
        """Put the ticked changes in the plan: one undo step, whatever the number of days."""
        kept = self.kept_changes()
        if kept:
            balanced = apply_changes(self.document.plan, kept)
            days = sorted({change.day for change in kept})
            self.document.replace_days({day: balanced.days[day].meals for day in days},
                                       self.windowTitle())
        super().accept()

    # --- showing it ---------------------------------------------------------------------------

    def _on_changes_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self._refresh()

    def _refresh(self) -> None:
        kept = self.kept_changes()
        after = assess(apply_changes(self.document.plan, kept), self.document.foods,
                       self.document.targets)
        self._fill_days(self.proposal.before, after)
        energy = sum(change.effects["energy_kcal"] for change in kept)
        if not self.proposal.changes:
            self.summary.setText(self.tr("No change is needed or possible: the days are as "
                                         "balanced as the foods allowed."))
        else:
            self.summary.setText(self.tr("%s of %s changes ticked, adding %s kcal. Untick any "
                                         "you do not want.") % (
                len(kept), len(self.proposal.changes), labels.amount(energy, "energy")))
        self.apply_button.setEnabled(bool(kept))
        lines = [self._unmet_text(u) for u in self.proposal.unmet]
        lines += [self.tr("Nothing is planned on %s: it is left as it is.")
                  % labels.weekday(self.document.plan.days[d].date, long=True)
                  for d in self.proposal.skipped]
        self.unmet.setText("\n".join(lines))
        self.unmet.setVisible(bool(lines))

    def _change_item(self, change: Change) -> QTreeWidgetItem:
        foods = self.document.foods
        name = self.document.food_name(change.food_id, self.lang)
        amount = self.tr("+%s %s") % (labels.grams(change.grams_added), name)
        if change.portions is not None:
            portion = foods.frame.at[change.food_id, f"portion_{self.lang}"]
            amount += f" ({_portions(change.portions)} × {portion})"
        if not change.is_new_entry:
            amount += self.tr(" (more of what is planned)")
        where = f"{labels.weekday(change.date)}, {labels.meal(change.meal).lower()}"
        effects = change.effects
        item = QTreeWidgetItem([amount, where] + [
            _signed(effects[column], key) for column, key in (
                ("magnesium_mg", "magnesium"), ("calcium_mg", "calcium"),
                ("vitamin_d_ug", "vitamin_d"), ("energy_kcal", "energy"))])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked)
        for column in range(2, 6):
            item.setTextAlignment(column, RIGHT)
        item.setToolTip(0, self.tr("%s to %s: %s mg magnesium, %s mg calcium, %s kcal") % (
            amount, where, _signed(effects["magnesium_mg"], "magnesium"),
            _signed(effects["calcium_mg"], "calcium"), _signed(effects["energy_kcal"], "energy")))
        return item

    def _fill_days(self, before: Assessment, after: Assessment) -> None:
        self.days.clear()
        for day in sorted(self.proposal.days + self.proposal.skipped):
            b, a = before.days[day], after.days[day]
            item = QTreeWidgetItem([labels.weekday(b.date)])
            column = 1
            for key in NUTRIENTS:
                for status in (b, a):
                    self._set_status(item, column, key, status)
                    column += 1
            for status in (b, a):
                item.setText(column, "–" if status.ratio is None else labels.number(status.ratio, 2))
                item.setToolTip(column, labels.ratio_status(status.ratio_status))
                item.setTextAlignment(column, RIGHT)
                column += 1
            self.days.addTopLevelItem(item)
        self._fit(self.days)

    def _set_status(self, item: QTreeWidgetItem, column: int, key: str, day: DayStatus) -> None:
        """The amount from food with its flag, an icon and words (for screen readers and
        tooltips), as the week shows it: above the limit counts the supplement too."""
        food = day.food[key]
        flag = Status.ABOVE_LIMIT if day.with_supplements[key].status is Status.ABOVE_LIMIT \
            else food.status
        item.setText(column, f"{labels.at_least(food, key)} {labels.unit(key)}")
        item.setIcon(column, icons.status_icon(flag))
        item.setToolTip(column, labels.status(flag))
        item.setData(column, Qt.ItemDataRole.AccessibleTextRole,
                     f"{item.text(column)}, {labels.status(flag)}")
        item.setData(column, Qt.ItemDataRole.UserRole, flag)
        item.setTextAlignment(column, RIGHT)

    def _unmet_text(self, unmet: Unmet) -> str:
        day = labels.weekday(unmet.date, long=True)
        return {
            Bound.MAGNESIUM_TARGET: self.tr("Could not reach the magnesium target on %s."),
            Bound.CALCIUM_TARGET: self.tr("Could not reach the calcium target on %s."),
            Bound.CALCIUM_LIMIT: self.tr("Calcium stays above its upper limit on %s."),
            Bound.RATIO_BAND: self.tr("Could not bring the Ca:Mg ratio into the band on %s."),
        }[unmet.bound] % day

    @staticmethod
    def _fit(tree: QTreeWidget) -> None:
        header = tree.header()
        header.setStretchLastSection(False)
        for column in range(tree.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def _signed(value: float, key: str) -> str:
    """'+178', '+0.4', '0'; '?' for a value the table lacks."""
    text = labels.amount(value, key)
    return "0" if value == 0 else text if text == "?" else f"+{text}"


def _portions(count: float) -> str:
    """1.5 -> '1½', 0.5 -> '½'."""
    whole, half = divmod(count, 1)
    return f"{int(whole) or ''}{'½' if half else ''}"
