"""Words the user reads for the planner's keys (meals, sections, nutrients, statuses).

The planner returns keys and enums; these turn them into translated text in one place.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QT_TRANSLATE_NOOP as N
from PySide6.QtCore import QCoreApplication, QLocale

from planner.totals import NutrientStatus, RatioStatus, Status


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


# The English words, marked for translation; each call translates only the word asked for.
_MEALS = {"breakfast": N("Labels", "Breakfast"), "lunch": N("Labels", "Lunch"),
          "dinner": N("Labels", "Dinner"), "snack": N("Labels", "Snacks")}
_SECTIONS = {
    "vegetables": N("Labels", "Vegetables"), "fruit": N("Labels", "Fruit"),
    "bread and cereals": N("Labels", "Bread and cereals"),
    "grains and pasta": N("Labels", "Grains and pasta"), "potatoes": N("Labels", "Potatoes"),
    "legumes": N("Labels", "Legumes"), "nuts and seeds": N("Labels", "Nuts and seeds"),
    "dairy and eggs": N("Labels", "Dairy and eggs"), "cheese": N("Labels", "Cheese"),
    "meat": N("Labels", "Meat"), "fish": N("Labels", "Fish"),
    "plant proteins": N("Labels", "Plant proteins"),
    "fats and spreads": N("Labels", "Fats and spreads"),
    "sweets and snacks": N("Labels", "Sweets and snacks"), "drinks": N("Labels", "Drinks"),
    "herbs and spices": N("Labels", "Herbs and spices"), "other": N("Labels", "Other"),
}
_NUTRIENTS = {"magnesium": N("Labels", "Magnesium"), "calcium": N("Labels", "Calcium"),
              "vitamin_d": N("Labels", "Vitamin D")}
_SHORT = {"magnesium": "Mg", "calcium": "Ca", "vitamin_d": N("Labels", "Vit. D")}
_PER = {"100g": N("Labels", "per 100 g"), "portion": N("Labels", "per portion"),
        "100kcal": N("Labels", "per 100 kcal")}
_STATUS = {Status.OK: N("Labels", "On target"), Status.LOW: N("Labels", "Below target"),
           Status.POSSIBLY_LOW: N("Labels", "Possibly low"),
           Status.ABOVE_LIMIT: N("Labels", "Above upper limit")}
_RATIO = {RatioStatus.BELOW: N("Labels", "below the band"),
          RatioStatus.IN_BAND: N("Labels", "in the band"),
          RatioStatus.ABOVE: N("Labels", "above the band"),
          RatioStatus.UNKNOWN: N("Labels", "no magnesium yet")}


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


def amount(value: float, key: str) -> str:
    """A nutrient amount as people write it: whole mg, one decimal for µg of vitamin D."""
    if math.isnan(value):
        return "?"
    return QLocale().toString(float(value), "f", 1 if key == "vitamin_d" else 0)


def at_least(value: NutrientStatus, key: str) -> str:
    """The amount, marked as a lower bound when some foods lack a value."""
    text = amount(value.amount, key)
    return _t("at least %s") % text if value.missing else text


def grams(value: float) -> str:
    return QLocale().toString(float(value), "f", 0 if value >= 10 else 1) + " g"


def weekday(date: dt.date, long: bool = False) -> str:
    locale = QLocale()
    day = locale.dayName(date.isoweekday(), QLocale.FormatType.LongFormat if long
                         else QLocale.FormatType.ShortFormat)
    month = locale.monthName(date.month, QLocale.FormatType.LongFormat if long
                             else QLocale.FormatType.ShortFormat)
    return f"{day} {date.day} {month}"
