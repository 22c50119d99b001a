"""The selected day in detail: where its magnesium comes from, the Ca:Mg ratio, vitamin D from
food and from supplements, and any upper-limit warning."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.foods import NUTRIENTS
from planner.targets import TARGET_NUTRIENTS
from planner.totals import Status, contributions, estimated_entries
from ui import icons, labels, scroll_bars
from ui.plan_document import PlanDocument

TOP = 6
# A source row's (food id, meal, the saved meal's place in the meal or -1 for a food alone).
SOURCE_KEY = Qt.ItemDataRole.UserRole


class DayPanel(QWidget):
    balance_requested = Signal(int)  # the day

    def __init__(
        self, document: PlanDocument, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.lang = lang
        self.day = 0
        self.setAccessibleName(self.tr("Selected day"))

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)

        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(6)
        self.icons: dict[str, QLabel] = {}
        self._flags: dict[str, Status | None] = {}  # the flag each icon shows
        self.lines: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        rows = [(key, labels.nutrient(key)) for key in TARGET_NUTRIENTS]
        rows += [("ratio", self.tr("Ca:Mg ratio")), ("caffeine", labels.nutrient("caffeine"))]
        for row, (key, name) in enumerate(rows):
            self.icons[key] = QLabel()
            self.icons[key].setFixedWidth(18)
            caption = self.captions[key] = QLabel(name + ":")
            self.lines[key] = QLabel()
            self.lines[key].setWordWrap(True)
            self.lines[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption.setBuddy(self.lines[key])
            grid.addWidget(self.icons[key], row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(caption, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.lines[key], row, 2)

        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Upper-limit warnings"))
        self.warnings.setStyleSheet(f"color: {icons.COLOURS[Status.ABOVE_LIMIT].name()};")

        self.sources_title = QLabel(self.tr("Top magnesium sources"))
        self.sources = QTreeWidget()
        self.sources.setAccessibleName(self.tr("Top magnesium sources of the day"))
        self.sources.setRootIsDecorated(False)
        self.sources.setUniformRowHeights(True)
        self.sources.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sources.setHeaderLabels(
            [self.tr("Food"), self.tr("Meal"), self.tr("Amount"), "Mg (mg)", self.tr("Share")]
        )
        header = self.sources.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.sources_title.setBuddy(self.sources)

        # Wrapped lines need their height: in a short dock the panel scrolls, never clips.
        content = QWidget()
        scroll = QScrollArea()
        scroll_bars.flatten(scroll)
        scroll_bars.flatten(self.sources)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.sources.setMinimumHeight(
            self.sources.header().sizeHint().height() + 4 * self.fontMetrics().lineSpacing() + 8
        )

        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        self.balance_button = QPushButton(self.tr("Balance Day…"))
        self.balance_button.setToolTip(
            self.tr("Propose the changes that bring this day to its targets")
        )
        self.balance_button.clicked.connect(lambda: self.balance_requested.emit(self.day))
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.balance_button)
        layout.addLayout(title_row)
        layout.addLayout(grid)
        layout.addWidget(self.warnings)
        layout.addWidget(self.sources_title)
        layout.addWidget(self.sources, 1)

        document.day_changed.connect(self._on_day_changed)
        document.profile_changed.connect(self.refresh)
        document.plan_replaced.connect(self.refresh)
        self.refresh()

    def set_day(self, day: int) -> None:
        self.day = day
        self.refresh()

    def _on_day_changed(self, day: int) -> None:
        if day == self.day:
            self.refresh()

    def refresh(self) -> None:
        assessment = self.document.assessment()
        status = assessment.days[self.day]
        supplements = self.document.plan.supplements
        estimated = estimated_entries(self.document.plan, self.document.foods, self.day)
        self.title.setText(labels.weekday(status.date, long=True))
        for key, column in TARGET_NUTRIENTS.items():
            food, total = status.food[key], status.with_supplements[key]
            unit = labels.unit(key)
            text = self.tr("%s of %s %s (%d %%): %s") % (
                labels.at_least(food, key),
                labels.amount(food.target, key),
                unit,
                round(food.percent),
                labels.status(food.status).lower(),
            )
            supplement = supplements.get(column, 0.0)
            if supplement:
                text = self.tr("%s %s from food + %s %s from supplements = %s of %s %s: %s") % (
                    labels.at_least(food, key),
                    unit,
                    labels.amount(supplement, key),
                    unit,
                    labels.at_least(total, key),
                    labels.amount(total.target, key),
                    unit,
                    labels.status(total.status).lower(),
                )
            text += self._without_value(food.missing)
            # Marked where the day's food includes estimates; the tooltip says how many.
            estimates = estimated[column]
            if estimates:
                text = f"{labels.ESTIMATE} {text}"
            self._set(key, total.status, text)
            self.lines[key].setToolTip(
                ""
                if not estimates
                else (
                    self.tr("Includes 1 estimate")
                    if estimates == 1
                    else self.tr("Includes %n estimates", "", estimates)
                )
                + "\n"
                + labels.estimate_note()
            )
        band = assessment.ratio_band
        if status.ratio is None:
            ratio = self.tr("no magnesium yet")
        else:
            ratio = self.tr("%s, %s %s to %s (an indicator, not a norm)") % (
                labels.number(status.ratio, 2),
                labels.ratio_status(status.ratio_status),
                labels.number(band[0]),
                labels.number(band[1]),
            )
        self.lines["ratio"].setText(ratio)
        self._show_caffeine(assessment)
        self.warnings.setText("\n".join(self._warnings(status)))
        self.warnings.setVisible(bool(self.warnings.text()))
        self._fill_sources(status.food["magnesium"].amount)

    def _show_caffeine(self, assessment) -> None:
        """Caffeine against its limit, shown in pregnancy and breastfeeding only."""
        limit = assessment.targets.caffeine
        for widget in (self.icons["caffeine"], self.captions["caffeine"], self.lines["caffeine"]):
            widget.setVisible(limit is not None)
        if limit is None:
            return
        column = NUTRIENTS.index("caffeine_mg")
        amount = float(assessment.totals.known.iat[self.day, column])
        missing = int(assessment.totals.missing.iat[self.day, column])
        text = self.tr("%s of at most %s mg") % (
            labels.amount(amount, "caffeine"),
            labels.amount(limit.amount, "caffeine"),
        )
        text += self._without_value(missing)
        # A flag only when above the limit.
        self._set("caffeine", Status.ABOVE_LIMIT if amount > limit.amount else None, text)

    def _without_value(self, missing: int) -> str:
        """'; 2 foods without a value' after a line's amount; '' when every food has one."""
        if not missing:
            return ""
        if missing == 1:
            return self.tr("; 1 food without a value")
        return self.tr("; %n foods without a value", "", missing)

    def _set(self, key: str, status: Status | None, text: str) -> None:
        """A line's text and flag (None: no flag). What did not change is left as it is, so
        an edit repaints what it changed and nothing is laid out again."""
        if self._flags.get(key, "") != status:
            self._flags[key] = status
            if status is None:
                self.icons[key].clear()
            else:
                self.icons[key].setPixmap(icons.status_icon(status).pixmap(16, 16))
            self.icons[key].setToolTip("" if status is None else labels.status(status))
        self.lines[key].setText(text)
        self.lines[key].setAccessibleName(f"{labels.nutrient(key)}: {text}")

    def _warnings(self, status) -> list[str]:
        out = []
        assessment = self.document.assessment()
        for key in ("calcium", "vitamin_d"):
            total = status.with_supplements[key]
            if total.status is Status.ABOVE_LIMIT:
                out.append(
                    self.tr("%s with supplements is %s %s, above the upper limit of %s %s a day.")
                    % (
                        labels.nutrient(key),
                        labels.amount(total.amount, key),
                        labels.unit(key),
                        labels.amount(total.limit, key),
                        labels.unit(key),
                    )
                )
        for key in assessment.supplement_above_limit:
            if key == "magnesium":
                out.append(
                    self.tr(
                        "The magnesium supplement (%s mg a day) is above the upper "
                        "limit for supplements (%s mg); magnesium from food does not "
                        "count toward it."
                    )
                    % (
                        labels.amount(self.document.plan.supplements["magnesium_mg"], key),
                        labels.amount(assessment.targets.limit(key), key),
                    )
                )
        return out

    def _fill_sources(self, day_total: float) -> None:
        """The day's largest magnesium sources. A row already there for the same food and
        meal is kept (and only its changed cells set), so an edit that moves one food up or
        down the list changes a row or two, not every cell."""
        top = contributions(self.document.plan, self.document.foods, self.day, "magnesium_mg")
        top = top[top["food_id"] != ""].head(TOP)  # lines matched to no food add nothing
        meals = self.document.plan.day(self.day).meals
        for i, (food_id, meal, index, in_saved_meal, grams, amount, estimated) in enumerate(
            zip(
                top["food_id"],
                top["meal"],
                top["index"],
                top["in_saved_meal"],
                top["grams"],
                top["amount"],
                top["estimated"],
            )
        ):
            item = self._source_row(i, (food_id, meal, int(index) if in_saved_meal else -1))
            share = (
                "?" if amount != amount or not day_total else f"{100 * amount / day_total:.0f} %"
            )
            mark = labels.ESTIMATE if estimated else ""
            name = self.document.food_name(food_id, self.lang)
            if in_saved_meal:  # an ingredient: "Rolled oats (in Overnight oats)"
                name = self.tr("%s (in %s)") % (
                    name,
                    self.document.entry_name(meals[meal][index], self.lang),
                )
            texts = [
                name,
                labels.meal(meal),
                labels.grams(grams),
                mark + labels.amount(amount, "magnesium"),
                share,
            ]
            for column, text in enumerate(texts):
                if item.text(column) != text:
                    item.setText(column, text)
            note = labels.estimate_note() if estimated else ""
            if item.toolTip(3) != note:
                item.setToolTip(3, note)
        while self.sources.topLevelItemCount() > len(top):
            self.sources.takeTopLevelItem(len(top))

    def _source_row(self, at: int, key: tuple[str, str, int]) -> QTreeWidgetItem:
        """The row for a food and meal at `at`: the one already there, or one found further
        down and moved up, or a new one."""
        for row in range(at, self.sources.topLevelItemCount()):
            if self.sources.topLevelItem(row).data(0, SOURCE_KEY) == key:
                if row != at:
                    self.sources.insertTopLevelItem(at, self.sources.takeTopLevelItem(row))
                return self.sources.topLevelItem(at)
        item = QTreeWidgetItem()
        item.setData(0, SOURCE_KEY, key)
        for column in (2, 3, 4):
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        self.sources.insertTopLevelItem(at, item)
        return item
