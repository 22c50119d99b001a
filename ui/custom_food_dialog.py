"""Create or change a custom food: names, section, figures per 100 g, portion and tags.

A figure left empty is unknown, not zero. The food is saved in the user's data folder by the
library; a value it refuses is named under the form and the dialog stays open.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.foods import NUTRIENTS, SECTIONS, TAGS
from planner.library import Library
from planner.messages import say
from planner.plan import MAX_GRAMS
from ui import labels

# Marked for translation under the name pyside6-lupdate looks for (a wrapper it misses).
_NUTRIENT_LABELS = {
    "energy_kcal": QT_TRANSLATE_NOOP("CustomFoodDialog", "Energy (kcal)"),
    "protein_g": QT_TRANSLATE_NOOP("CustomFoodDialog", "Protein (g)"),
    "fat_g": QT_TRANSLATE_NOOP("CustomFoodDialog", "Fat (g)"),
    "carbohydrate_g": QT_TRANSLATE_NOOP("CustomFoodDialog", "Carbohydrate (g)"),
    "fiber_g": QT_TRANSLATE_NOOP("CustomFoodDialog", "Fibre (g)"),
    "magnesium_mg": QT_TRANSLATE_NOOP("CustomFoodDialog", "Magnesium (mg)"),
    "calcium_mg": QT_TRANSLATE_NOOP("CustomFoodDialog", "Calcium (mg)"),
    "vitamin_d_ug": QT_TRANSLATE_NOOP("CustomFoodDialog", "Vitamin D (µg)"),
    "potassium_mg": QT_TRANSLATE_NOOP("CustomFoodDialog", "Potassium (mg)"),
    "phosphorus_mg": QT_TRANSLATE_NOOP("CustomFoodDialog", "Phosphorus (mg)"),
    "sodium_mg": QT_TRANSLATE_NOOP("CustomFoodDialog", "Sodium (mg)"),
    "caffeine_mg": QT_TRANSLATE_NOOP("CustomFoodDialog", "Caffeine (mg)"),
}


def nutrient_label(key: str) -> str:
    """A nutrient column's name with its unit, as the user reads it."""
    return QCoreApplication.translate("CustomFoodDialog", _NUTRIENT_LABELS[key])


class CustomFoodDialog(QDialog):
    saved = Signal(str)  # the food's id

    def __init__(
        self,
        library: Library,
        food: dict[str, object] | None = None,
        parent: QWidget | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.lang = lang
        self.food_id = str(food.get("food_id", "")) if food else ""
        self.setWindowTitle(
            self.tr("Change custom food") if self.food_id else self.tr("New custom food")
        )

        self.name_en = QLineEdit()
        self.name_nl = QLineEdit()
        self.name_nl.setPlaceholderText(self.tr("the English name"))
        self.section = QComboBox()
        for key in SECTIONS:
            self.section.addItem(labels.section(key), key)
        self.section.setCurrentIndex(SECTIONS.index("other"))
        self.figures: dict[str, QLineEdit] = {}
        figures = QGroupBox(self.tr("Per 100 g (empty: not known)"))
        grid = QFormLayout(figures)
        for nutrient in NUTRIENTS:
            edit = QLineEdit()
            edit.setObjectName(nutrient)
            edit.setAccessibleName(nutrient_label(nutrient))
            self.figures[nutrient] = edit
            grid.addRow(nutrient_label(nutrient) + ":", edit)
        self.portion_g = QDoubleSpinBox()
        self.portion_g.setRange(0.5, MAX_GRAMS)
        self.portion_g.setDecimals(1)
        self.portion_g.setSuffix(" g")
        self.portion_g.setValue(100)
        self.portion_en = QLineEdit()
        self.portion_en.setPlaceholderText(self.tr("e.g. 1 bowl"))
        self.portion_nl = QLineEdit()
        self.portion_nl.setPlaceholderText(self.tr("e.g. 1 kom"))
        self.tags: dict[str, QCheckBox] = {}
        tag_box = QGroupBox(self.tr("What is true of this food"))
        tag_grid = QGridLayout(tag_box)
        for i, tag in enumerate(TAGS):
            self.tags[tag] = QCheckBox(self._tag_label(tag))
            tag_grid.addWidget(self.tags[tag], i // 2, i % 2)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Name (English):"), self.name_en)
        form.addRow(self.tr("Name (&Dutch):"), self.name_nl)
        form.addRow(self.tr("&Section:"), self.section)
        portion = QHBoxLayout()
        portion.addWidget(self.portion_g)
        portion.addWidget(self.portion_en)
        portion.addWidget(self.portion_nl)
        form.addRow(self.tr("Portion:"), portion)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(figures)
        layout.addWidget(tag_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if food:
            self._show(food)

    def _tag_label(self, tag: str) -> str:
        return {
            "vegetarian": self.tr("Vegetarian"),
            "vegan": self.tr("Vegan"),
            "contains_nuts": self.tr("Contains nuts"),
            "contains_fish": self.tr("Contains fish"),
            "contains_dairy": self.tr("Contains dairy"),
            "contains_gluten": self.tr("Contains gluten"),
            "contains_egg": self.tr("Contains egg"),
            "contains_soy": self.tr("Contains soy"),
        }[tag]

    def _show(self, food: dict[str, object]) -> None:
        self.name_en.setText(str(food.get("name_en", "")))
        name_nl = str(food.get("name_nl", ""))
        self.name_nl.setText("" if name_nl == food.get("name_en") else name_nl)
        self.section.setCurrentIndex(SECTIONS.index(str(food.get("section", "other"))))
        for nutrient, edit in self.figures.items():
            value = food.get(nutrient)
            edit.setText("" if value is None or _is_nan(value) else f"{float(value):g}")
        self.portion_g.setValue(float(food.get("portion_g", 100) or 100))
        self.portion_en.setText(str(food.get("portion_en", "")))
        self.portion_nl.setText(str(food.get("portion_nl", "")))
        for tag, box in self.tags.items():
            box.setChecked(bool(food.get(tag, 0)))

    def food(self) -> dict[str, object]:
        """The form as the library's fields; raises ValueError, in the window's words, for a
        figure that is no number."""
        food: dict[str, object] = {
            "name_en": self.name_en.text().strip(),
            "name_nl": self.name_nl.text().strip(),
            "section": self.section.currentData(),
            "portion_g": self.portion_g.value(),
            "portion_en": self.portion_en.text().strip(),
            "portion_nl": self.portion_nl.text().strip(),
            **{tag: int(box.isChecked()) for tag, box in self.tags.items()},
        }
        if self.food_id:
            food["food_id"] = self.food_id
        for nutrient, edit in self.figures.items():
            text = edit.text().strip().replace(",", ".")
            if not text:
                continue
            try:
                food[nutrient] = float(text)
            except ValueError:
                raise ValueError(
                    self.tr("%s: “%s” is not a number") % (nutrient_label(nutrient), edit.text())
                ) from None
        return food

    def _on_save(self) -> None:
        try:
            food_id = self.library.save_custom_food(self.food())
        except ValueError as err:  # LibraryError among them, said in the user's language
            self.problem.setText(self.tr("Not saved: %s") % say(err, self.lang))
            self.problem.show()
            return
        self.food_id = food_id
        self.saved.emit(food_id)
        self.accept()


def _is_nan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)
