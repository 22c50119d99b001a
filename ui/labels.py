"""Words the user reads for the planner's keys (meals, sections, nutrients, statuses).

The planner returns keys and enums; these turn them into translated text in one place.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from planner.targets import TARGET_NUTRIENTS
from planner.totals import Figures, NutrientStatus, RatioStatus, Status


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


# The English words, marked for translation; each call translates only the word asked for.
# pyside6-lupdate finds these only under the full name QT_TRANSLATE_NOOP.
_MEALS = {
    "breakfast": QT_TRANSLATE_NOOP("Labels", "Breakfast"),
    "lunch": QT_TRANSLATE_NOOP("Labels", "Lunch"),
    "dinner": QT_TRANSLATE_NOOP("Labels", "Dinner"),
    "snack": QT_TRANSLATE_NOOP("Labels", "Snacks"),
}
_SECTIONS = {
    "vegetables": QT_TRANSLATE_NOOP("Labels", "Vegetables"),
    "fruit": QT_TRANSLATE_NOOP("Labels", "Fruit"),
    "bread and cereals": QT_TRANSLATE_NOOP("Labels", "Bread and cereals"),
    "grains and pasta": QT_TRANSLATE_NOOP("Labels", "Grains and pasta"),
    "potatoes": QT_TRANSLATE_NOOP("Labels", "Potatoes"),
    "legumes": QT_TRANSLATE_NOOP("Labels", "Legumes"),
    "nuts and seeds": QT_TRANSLATE_NOOP("Labels", "Nuts and seeds"),
    "dairy and eggs": QT_TRANSLATE_NOOP("Labels", "Dairy and eggs"),
    "cheese": QT_TRANSLATE_NOOP("Labels", "Cheese"),
    "meat": QT_TRANSLATE_NOOP("Labels", "Meat"),
    "fish": QT_TRANSLATE_NOOP("Labels", "Fish"),
    "plant proteins": QT_TRANSLATE_NOOP("Labels", "Plant proteins"),
    "fats and spreads": QT_TRANSLATE_NOOP("Labels", "Fats and spreads"),
    "sweets and snacks": QT_TRANSLATE_NOOP("Labels", "Sweets and snacks"),
    "drinks": QT_TRANSLATE_NOOP("Labels", "Drinks"),
    "herbs and spices": QT_TRANSLATE_NOOP("Labels", "Herbs and spices"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
_NUTRIENTS = {
    "magnesium": QT_TRANSLATE_NOOP("Labels", "Magnesium"),
    "calcium": QT_TRANSLATE_NOOP("Labels", "Calcium"),
    "vitamin_d": QT_TRANSLATE_NOOP("Labels", "Vitamin D"),
    "caffeine": QT_TRANSLATE_NOOP("Labels", "Caffeine"),
}
_SHORT = {"magnesium": "Mg", "calcium": "Ca", "vitamin_d": QT_TRANSLATE_NOOP("Labels", "Vit. D")}
_PER = {
    "100g": QT_TRANSLATE_NOOP("Labels", "per 100 g"),
    "portion": QT_TRANSLATE_NOOP("Labels", "per portion"),
    "100kcal": QT_TRANSLATE_NOOP("Labels", "per 100 kcal"),
}
_STATUS = {
    Status.OK: QT_TRANSLATE_NOOP("Labels", "On target"),
    Status.LOW: QT_TRANSLATE_NOOP("Labels", "Below target"),
    Status.POSSIBLY_LOW: QT_TRANSLATE_NOOP("Labels", "Possibly low"),
    Status.ABOVE_LIMIT: QT_TRANSLATE_NOOP("Labels", "Above upper limit"),
}
_RATIO = {
    RatioStatus.BELOW: QT_TRANSLATE_NOOP("Labels", "below the band"),
    RatioStatus.IN_BAND: QT_TRANSLATE_NOOP("Labels", "in the band"),
    RatioStatus.ABOVE: QT_TRANSLATE_NOOP("Labels", "above the band"),
    RatioStatus.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "no magnesium yet"),
}


def _word(words: dict, key) -> str:
    text = words.get(key)
    return _t(text) if text is not None else str(key)


def meal(key: str) -> str:
    return _word(_MEALS, key)


def section(key: str) -> str:
    return _word(_SECTIONS, key)


def nutrient(key: str) -> str:
    return _word(_NUTRIENTS, key)


def short(key: str) -> str:
    """The symbol used in tight places: Mg, Ca, Vit. D."""
    return _word(_SHORT, key)


def unit(key: str) -> str:
    return "µg" if key == "vitamin_d" else "mg"


def per(key: str) -> str:
    return _word(_PER, key)


def status(value: Status) -> str:
    return _word(_STATUS, value)


def ratio_status(value: RatioStatus) -> str:
    return _word(_RATIO, value)


def number(value: float, decimals: int | None = None) -> str:
    """A number in the user's locale (1,7 in Dutch); None: as few decimals as it needs."""
    if decimals is None:
        return QLocale().toString(float(value), "g", 12)
    return QLocale().toString(float(value), "f", decimals)


def amount(value: float, key: str) -> str:
    """A nutrient amount as people write it: whole mg, one decimal for µg of vitamin D."""
    if math.isnan(value):
        return "?"
    return QLocale().toString(float(value), "f", 1 if key == "vitamin_d" else 0)


def at_least(value: NutrientStatus, key: str) -> str:
    """The amount, marked as a lower bound when some foods lack a value."""
    text = amount(value.amount, key)
    return at_least_text(text) if value.missing else text


def at_least_text(text: str) -> str:
    """'at least 161': an amount that is a lower bound."""
    return QCoreApplication.translate("Labels", "at least %s") % text


# Before a figure that is an estimate: the source says "traces" or "< x".
ESTIMATE = "≈"


def estimate_note() -> str:
    """What the mark means, for tooltips."""
    return QCoreApplication.translate(
        "Labels",
        "≈ an estimate: the source reports traces (counted as 0)\nor a value below "
        "its detection limit (counted as half that limit)",
    )


def grams(value: float) -> str:
    return QLocale().toString(float(value), "f", 0 if value >= 10 else 1) + " g"


def day_name(date: dt.date) -> str:
    """The weekday alone, short: Mon, ma."""
    return QLocale().dayName(date.isoweekday(), QLocale.FormatType.ShortFormat)


def weekday(date: dt.date, long: bool = False) -> str:
    locale = QLocale()
    day = locale.dayName(
        date.isoweekday(), QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    )
    month = locale.monthName(
        date.month, QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    )
    return f"{day} {date.day} {month}"


def servings(count: float) -> str:
    """'1 serving', '2 servings', '1.5 servings' (in the locale's numbers)."""
    if count == 1:
        return QCoreApplication.translate("Labels", "1 serving")
    return QCoreApplication.translate("Labels", "%s servings") % number(round(count, 2))


def times(count: float) -> str:
    """A count of servings where room is short: '2×', '1,5×'."""
    return f"{number(round(count, 2))}×"


def lacking(found: Figures) -> str:
    """'≥ at least: 1 of 3 ingredient lines lack a value for Vit. D', by how many lack each
    of magnesium, calcium and vitamin D; '' when none lacks one."""
    groups: dict[int, list[str]] = {}
    for key, column in TARGET_NUTRIENTS.items():
        if found.missing[column]:
            groups.setdefault(found.missing[column], []).append(short(key))
    if not groups:
        return ""
    return QCoreApplication.translate("Labels", "\u2265 at least: %s") % "; ".join(
        QCoreApplication.translate("Labels", "%s of %s ingredient lines lack a value for %s")
        % (missing, found.foods, ", ".join(names))
        for missing, names in groups.items()
    )
