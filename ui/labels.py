"""Words the user reads for the planner's keys (meals, sections, nutrients, statuses).

The planner returns keys and enums; these turn them into translated text in one place.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QCoreApplication, QLocale

from planner.totals import NutrientStatus, RatioStatus, Status


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def meal(key: str) -> str:
    return {"breakfast": _t("Breakfast"), "lunch": _t("Lunch"), "dinner": _t("Dinner"),
            "snack": _t("Snacks")}.get(key, key)


def section(key: str) -> str:
    return {
        "vegetables": _t("Vegetables"), "fruit": _t("Fruit"),
        "bread and cereals": _t("Bread and cereals"), "grains and pasta": _t("Grains and pasta"),
        "potatoes": _t("Potatoes"), "legumes": _t("Legumes"), "nuts and seeds": _t("Nuts and seeds"),
        "dairy and eggs": _t("Dairy and eggs"), "cheese": _t("Cheese"), "meat": _t("Meat"),
        "fish": _t("Fish"), "plant proteins": _t("Plant proteins"),
        "fats and spreads": _t("Fats and spreads"), "sweets and snacks": _t("Sweets and snacks"),
        "drinks": _t("Drinks"), "herbs and spices": _t("Herbs and spices"), "other": _t("Other"),
    }.get(key, key)


def nutrient(key: str) -> str:
    return {"magnesium": _t("Magnesium"), "calcium": _t("Calcium"),
            "vitamin_d": _t("Vitamin D")}.get(key, key)


def short(key: str) -> str:
    """The symbol used in tight places: Mg, Ca, D."""
    return {"magnesium": "Mg", "calcium": "Ca", "vitamin_d": _t("Vit. D")}.get(key, key)


def unit(key: str) -> str:
    return "µg" if key == "vitamin_d" else "mg"


def per(key: str) -> str:
    return {"100g": _t("per 100 g"), "portion": _t("per portion"),
            "100kcal": _t("per 100 kcal")}.get(key, key)


def status(value: Status) -> str:
    return {Status.OK: _t("On target"), Status.LOW: _t("Below target"),
            Status.POSSIBLY_LOW: _t("Possibly low"),
            Status.ABOVE_LIMIT: _t("Above upper limit")}[value]


def ratio_status(value: RatioStatus) -> str:
    return {RatioStatus.BELOW: _t("below the band"), RatioStatus.IN_BAND: _t("in the band"),
            RatioStatus.ABOVE: _t("above the band"), RatioStatus.UNKNOWN: _t("no magnesium yet")}[value]


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
