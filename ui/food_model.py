"""The food browser's table: the saved meals that match, then an array of row positions over
the FoodTable.

Searching and sorting happen in numpy (FoodTable.search and FoodTable.order, SavedMeals.search);
the model only holds the resulting positions, and data() makes the text of the few cells on
screen, so a table of 400,000 foods costs no more to show than one of 400. Saved meals are a
section of their own, above the foods, with their mark: their figures are a serving's (per
portion), or per 100 g or 100 kcal of it, "≥" where an ingredient lacks the value.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from planner.foods import NUTRIENTS, PER, FoodTable
from planner.library import BUNDLED
from planner.plan import Entry
from planner.saved_meals import MealFigures, SavedMeal
from planner.targets import TARGET_NUTRIENTS
from ui import icons, labels, mime
from ui.meal_book import MealBook

NAME_COLUMN = 0
# Column 0 is the name; then magnesium, calcium and vitamin D for each way of counting.
COLUMNS: tuple[tuple[str, str] | None, ...] = (None,) + tuple(
    (key, per) for per in PER for key in TARGET_NUTRIENTS
)
FOOD_ID_ROLE = Qt.ItemDataRole.UserRole
FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# data() is asked seven roles for every cell drawn: these as plain numbers make it quick to
# answer the two it knows, and the five it does not.
_DISPLAY, _ALIGNMENT, _TOOLTIP, _FOOD_ID, _DECORATION = (
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        FOOD_ID_ROLE,
        Qt.ItemDataRole.DecorationRole,
    )
)
# The section filter's key for saved meals alone (the store sections show foods alone).
SAVED_MEALS = "saved meals"

Index = QModelIndex | QPersistentModelIndex
# The tables the bundled foods take their figures from, by the prefix of their ids.
BUNDLED_SOURCES = {"ciqual": "Ciqual 2025 (Anses)", "usda": "USDA SR28"}


def column_for(key: str, per: str) -> int:
    return COLUMNS.index((key, per))


def _figure(value: float, key: str) -> str:
    """A figure as the browser shows it, a food's or a saved meal's: whole mg, vitamin D's µg
    to one decimal with the locale's decimal point (no group separator: the columns are
    narrow)."""
    if key != "vitamin_d":
        return f"{value:.0f}"
    return f"{value:.1f}".replace(".", QLocale().decimalPoint())


class FoodModel(QAbstractTableModel):
    def __init__(
        self, foods: FoodTable, lang: str = "en", meals: MealBook | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.meals = meals
        self._sort_column, self._sort_order = -1, Qt.SortOrder.AscendingOrder
        self._text_filter, self._section = "", None
        self._meal_rows = np.arange(0)  # positions in meals.meals shown, in order
        self._shown_meals: list[SavedMeal] = []  # those meals (kept until shown anew)
        self._meal_values_of: MealFigures | None = None
        self._preferences: dict[str, str] = {}  # food id -> "favourites" or "disliked"
        self._meal_value_cache: dict[tuple[str, str], np.ndarray] = {}
        self._take(foods)

    def _take(self, foods: FoodTable) -> None:
        self.foods = foods
        self._values: dict[int, np.ndarray] = {}  # a nutrient column's figures, by column
        self._name_rank: np.ndarray | None = None
        self._matches = np.arange(len(foods))  # the search's rows, best first
        self._rows = self._ordered(self._matches)  # the same, in the chosen order
        self._find_meals()

    # --- the Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._meal_rows) + len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = _DISPLAY):
        meals = len(self._meal_rows)
        if role == _DISPLAY:
            if not index.isValid():
                return None
            row = index.row()
            return (
                self._text(index.column(), int(self._rows[row - meals]))
                if row >= meals
                else self._meal_text(index.column(), int(self._meal_rows[row]))
            )
        if role == _ALIGNMENT:
            return RIGHT if index.isValid() and index.column() != NAME_COLUMN else None
        if not index.isValid():
            return None
        row = index.row()
        if role == _FOOD_ID:
            return self.food_id(row)
        if role == _TOOLTIP:
            return (
                self._tooltip(int(self._rows[row - meals]))
                if row >= meals
                else self._meal_tooltip(int(self._meal_rows[row]))
            )
        if role == _DECORATION and index.column() == NAME_COLUMN:
            if row < meals:
                return icons.meal_icon()
            preference = self._preferences.get(self.food_id(row)) if self._preferences else None
            return icons.preference_icon(preference) if preference else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if column is None:
                return self.tr("Food")
            symbol = "D" if column[0] == "vitamin_d" else labels.short(column[0])
            return f"{symbol} ({labels.unit(column[0])})"
        if role == Qt.ItemDataRole.ToolTipRole and column is not None:
            return (
                self.tr("%s in %s %s")
                % (labels.nutrient(column[0]), labels.unit(column[0]), labels.per(column[1]))
                + "\n"
                + labels.estimate_note()
            )
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            # The richest foods first when a nutrient column is clicked.
            return Qt.SortOrder.AscendingOrder if column is None else Qt.SortOrder.DescendingOrder
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not None:
            return RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def mimeTypes(self) -> list[str]:
        return [mime.FOODS]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        """Foods as their ids; with saved meals among them, everything as entries to add (a
        food at one household portion, a meal at one serving)."""
        rows = list(dict.fromkeys(i.row() for i in indexes if i.isValid()))
        meals = len(self._meal_rows)
        positions = self._rows[[r - meals for r in rows if r >= meals]]
        ids = self.foods.food_ids(positions)
        names = self.foods.strings(f"name_{self.lang}", positions)
        chosen = [m for m in (self.meal_at(r) for r in rows) if m is not None]
        if not chosen:
            return mime.foods_mime(ids, names)
        entries = [m.entry(1.0) for m in chosen] + [
            Entry(food_id, float(self.foods.portion_g[p]), 1.0)
            for food_id, p in zip(ids, positions.tolist())
        ]
        text = "\n".join([m.name(self.lang) for m in chosen] + names)
        return mime.entries_mime(entries, [], text)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._reorder(self._ordered(self._matches))

    # --- what the browser calls ------------------------------------------------------------

    def set_filter(self, text: str, section: str | None = None) -> None:
        """Show the meals and foods matching the text (and section: SAVED_MEALS for meals
        alone), keeping the chosen sort order."""
        self.beginResetModel()
        self._text_filter, self._section = text, section
        self._matches = self.foods.search(text, section) if section != SAVED_MEALS else np.arange(0)
        self._rows = self._ordered(self._matches)
        self._find_meals()
        self.endResetModel()

    def meal_count(self) -> int:
        return len(self._meal_rows)

    def meal_at(self, row: int) -> SavedMeal | None:
        """The saved meal a row shows, or None for a food."""
        return self._shown_meals[row] if 0 <= row < len(self._shown_meals) else None

    def set_foods(self, foods: FoodTable) -> None:
        """Show another food table (the user switched imported tables on or off)."""
        self.beginResetModel()
        self._take(foods)
        self.endResetModel()

    def set_preferences(self, favourites: set[str], disliked: set[str]) -> None:
        """Mark the plan's favourites and the foods balancing never suggests."""
        self._preferences = dict.fromkeys(favourites, "favourites") | dict.fromkeys(
            disliked, "disliked"
        )
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, NAME_COLUMN),
                self.index(self.rowCount() - 1, NAME_COLUMN),
                [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole],
            )

    def food_id(self, row: int) -> str:
        """The food's id, or the saved meal's."""
        meal = self.meal_at(row)
        if meal is not None:
            return meal.meal_id
        return self.foods.id_at(int(self._rows[row - len(self._meal_rows)]))

    def row_of(self, food_id: str) -> int:
        """The row showing a food or saved meal, or -1 when the filter hides it."""
        for row, meal in enumerate(self._shown_meals):
            if meal.meal_id == food_id:
                return row
        position = self.foods.positions([food_id])[0]
        found = np.flatnonzero(self._rows == position)
        return int(found[0]) + len(self._meal_rows) if len(found) else -1

    # --- inside ----------------------------------------------------------------------------

    def _ordered(self, rows: np.ndarray) -> np.ndarray:
        column, descending = self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder
        if not 0 <= column < len(COLUMNS):
            return rows  # relevance, as the search ranked them
        if COLUMNS[column] is None:
            ranked = rows[np.argsort(self._ranks()[rows], kind="stable")]
            return ranked[::-1] if descending else ranked
        key, per = COLUMNS[column]
        return self.foods.order(rows, TARGET_NUTRIENTS[key], per, descending=descending)

    def _ranks(self) -> np.ndarray:
        """Each food's place in alphabetical order, computed once (the only thing here that
        reads every name: about a second at 400,000 foods, once the user sorts by name)."""
        if self._name_rank is None:
            names = self.foods.strings(f"name_{self.lang}", np.arange(len(self.foods)))
            order = np.argsort(np.array([n.casefold() for n in names]), kind="stable")
            self._name_rank = np.empty(len(order), dtype=np.intp)
            self._name_rank[order] = np.arange(len(order))
        return self._name_rank

    def _reorder(self, rows: np.ndarray) -> None:
        """The same meals and foods in another order; the selection follows them."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        meals = len(self._meal_rows)
        shown = [
            (True, int(self._meal_rows[i.row()]))
            if i.row() < meals
            else (False, int(self._rows[i.row() - meals]))
            for i in old
        ]
        self._rows = rows
        self._find_meals()
        where = np.empty(len(self.foods), dtype=np.intp)
        where[rows] = np.arange(len(rows))
        meal_where = {int(p): r for r, p in enumerate(self._meal_rows.tolist())}
        self.changePersistentIndexList(
            old,
            [
                self.index(meal_where[p] if is_meal else int(where[p]) + meals, i.column())
                for (is_meal, p), i in zip(shown, old)
            ],
        )
        self.layoutChanged.emit()

    # --- saved meals -----------------------------------------------------------------------

    def _find_meals(self) -> None:
        """The saved meals the search and section show, in the chosen order."""
        if self.meals is None or self._section not in (None, SAVED_MEALS):
            self._meal_rows, self._shown_meals = np.arange(0), []
            return
        found = self.meals.saved.search(self._text_filter)
        column, descending = self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder
        if 0 <= column < len(COLUMNS):
            if COLUMNS[column] is None:
                names = np.array(
                    [self.meals.meals[i].name(self.lang).casefold() for i in found.tolist()],
                    dtype=str,
                )
                found = found[np.argsort(names, kind="stable")]
                found = found[::-1] if descending else found
            else:
                key, per = COLUMNS[column]
                value = self._meal_values(TARGET_NUTRIENTS[key], per)[found]
                order = np.lexsort((-value if descending else value, np.isnan(value)))
                found = found[order]
        self._meal_rows = found
        self._shown_meals = [self.meals.meals[i] for i in found.tolist()]

    def _meal_values(self, column: str, per: str) -> np.ndarray:
        """Every saved meal's figure per serving, per 100 g or per 100 kcal; NaN where none
        of its ingredients has the value (or, per 100 kcal, its energy is not known). Kept
        until the meals or the foods change, as each cell drawn asks."""
        assert self.meals is not None
        figures = self.meals.saved.figures(self.foods)
        if self._meal_values_of is not figures:
            self._meal_values_of, self._meal_value_cache = figures, {}
        values = self._meal_value_cache.get((column, per))
        if values is None:
            values = self._meal_value_cache[column, per] = self._meal_column(figures, column, per)
        return values

    @staticmethod
    def _meal_column(figures: MealFigures, column: str, per: str) -> np.ndarray:
        j = NUTRIENTS.index(column)
        value = np.where(figures.missing[:, j] < figures.lines, figures.known[:, j], np.nan)
        if per == "100g":
            return value / figures.serving_grams * 100
        if per == "100kcal":
            energy = figures.known[:, NUTRIENTS.index("energy_kcal")]
            with np.errstate(divide="ignore", invalid="ignore"):
                return np.where(energy > 0, value / energy * 100, np.nan)
        return value

    def _meal_text(self, column: int, position: int) -> str:
        assert self.meals is not None
        if column == NAME_COLUMN:
            return self.meals.meals[position].name(self.lang)
        key, per = COLUMNS[column]
        value = float(self._meal_values(TARGET_NUTRIENTS[key], per)[position])
        if value != value:
            return "?"
        text = _figure(value, key)
        figures = self.meals.saved.figures(self.foods)
        column = NUTRIENTS.index(TARGET_NUTRIENTS[key])
        if figures.missing[position, column]:
            return f"\u2265{text}"
        return labels.ESTIMATE + text if figures.estimated[position, column] else text

    def _meal_tooltip(self, position: int) -> str:
        assert self.meals is not None
        meal = self.meals.meals[position]
        all_figures = self.meals.saved.figures(self.foods)
        figures = all_figures.of(position)
        names = meal.name_en if meal.name_en == meal.name_nl else f"{meal.name_en} / {meal.name_nl}"
        text = self.tr("%s\nSaved meal: %s, one serving %s\n%s") % (
            names,
            labels.servings(meal.servings),
            labels.grams(meal.serving_grams),
            ", ".join(self.foods.name(i.food_id, self.lang) for i in meal.ingredients),
        )
        lacking = labels.lacking(figures)
        text = f"{text}\n{lacking}" if lacking else text
        return text + self._estimated_note(all_figures.estimated[position])

    def _estimated_note(self, estimated: np.ndarray) -> str:
        """'Estimated (≈): Magnesium' on a line of its own for the target nutrients whose
        figure (or an ingredient's) is an estimate, by NUTRIENTS column; '' when none is."""
        names = [
            labels.nutrient(key)
            for key, column in TARGET_NUTRIENTS.items()
            if estimated[NUTRIENTS.index(column)]
        ]
        if not names:
            return ""
        return (
            "\n"
            + self.tr("Estimated (%s): %s") % (labels.ESTIMATE, ", ".join(names))
            + "\n"
            + labels.estimate_note()
        )

    def _text(self, column: int, position: int) -> str:
        if column == NAME_COLUMN:
            return self.foods.name_at(position, self.lang)
        values = self._values.get(column)
        if values is None:
            key, per = COLUMNS[column]
            values = self._values[column] = self.foods.per(TARGET_NUTRIENTS[key], per)
        value = float(values[position])
        if value != value:
            return "?"
        key = COLUMNS[column][0]
        text = _figure(value, key)
        if self.foods.estimated[position, NUTRIENTS.index(TARGET_NUTRIENTS[key])]:
            return labels.ESTIMATE + text
        return text

    def _tooltip(self, position: int) -> str:
        row = self.foods.row_at(position)
        names = (
            row["name_en"]
            if row["name_en"] == row["name_nl"]
            else f"{row['name_en']} / {row['name_nl']}"
        )
        portion = row["portion_en" if self.lang == "en" else "portion_nl"]
        text = self.tr("%s\n%s: %s = %s g\n%s") % (
            names,
            self.tr("Portion"),
            portion,
            labels.number(row["portion_g"]),
            labels.section(row["section"]),
        )
        text += self._estimated_note(self.foods.estimated[position])
        preference = self._preferences.get(self.foods.id_at(position))
        if preference == "favourites":
            text += "\n" + self.tr("Favourite: balancing prefers it")
        elif preference == "disliked":
            text += "\n" + self.tr("Never suggested when balancing")
        # Foods say where they come from: the bundled ones the source row their id cites.
        source = row.get("source", "")
        food_id = self.foods.id_at(position)
        if source == BUNDLED and food_id.partition(":")[0] in BUNDLED_SOURCES:
            source = f"{BUNDLED_SOURCES[food_id.partition(':')[0]]}, {food_id}"
        return text + "\n" + self.tr("Source: %s") % source if source else text
