"""The week's entries -> a shopping list: summed per food, times the household, by store section.

Rules, so a printed list and a CSV agree:

- A food's total is the sum of its grams over the chosen days and all meals, times the
  household size. Supplements are not groceries and never appear.
- The amount to buy is the total rounded *up* to a step a shop sells in: 10 g below 100 g,
  50 g below 1 kg, 100 g from 1 kg (shown as kilograms). Rounding up never gives zero.
- A household count ("3 × 1 banana") is given only for countable portions: a portion label
  that starts with "1 " and names a thing (banana, egg, slice, can), not a measure (handful,
  tablespoon, glass, serving, piece, grams). The count is the total over the portion's grams,
  rounded up, except that less than a fifth of a portion over is let go (tomatoes and
  bananas vary more than that): 340 g of bananas at 118 g each is 3 bananas, 370 g of
  tomatoes at 123 g is 3 tomatoes. The count is what is bought; the amount is only its
  weight, to 10 g (100 g from 1 kg): "3 × 1 banana, about 350 g".
- Drinks, and foods served by the glass or cup (milk, juice), are shown in millilitres and
  litres, taking 1 g as 1 ml.
- Foods the user keeps in stock (salt, oil) are listed apart, with their amounts, so they can
  be checked at home. Foods missing from the food table stay on the list, in the section
  "unknown", under their id.
- A saved meal's ingredients are summed with the same foods eaten apart (Entry.parts). Its
  ingredient lines matched to no food have no amount to sum: they are listed apart, each once
  with the meal it is in, for the user to read.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from planner.foods import SECTIONS, FoodTable, normalise
from planner.plan import DAYS, Plan, PlanError, check_household_size

UNKNOWN_SECTION = "unknown"
# Words that make an English portion label a measure rather than a thing to count.
MEASURES = frozenset(
    """
    g gram grams ml dl cl l litre liter kg tablespoon tablespoons tbsp teaspoon teaspoons tsp
    spoon spoons dessertspoon handful handfuls cup cups glass glasses mug mugs serving servings
    portion portions bowl bowls scoop scoops pinch dash splash knob dollop sprinkle drizzle
    helping plate ladle shot piece pieces chunk wedge square squares cube cubes stick
""".split()
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Portions that mean a liquid: shown in ml and l.
LIQUID_MEASURES = frozenset({"glass", "glasses", "cup", "cups", "mug", "mugs", "espresso"})
LIQUID_SECTIONS = frozenset({"drinks"})
# Tolerance so 450.0000001 g, a sum of floats, still buys 450 g and not 500 g.
_EPSILON = 1e-6
# Up to this much of a portion over a whole number of portions is not bought as one more.
COUNT_SLACK = 0.2


def buy_step(grams: float) -> float:
    return 10.0 if grams < 100 else 50.0 if grams < 1000 else 100.0


def buy_amount(grams: float) -> float:
    """The total rounded up to what a shop sells: 437 g -> 450 g, 1,234 g -> 1,300 g."""
    if grams <= 0:
        return 0.0
    step = buy_step(grams)
    return max(step, math.ceil(grams / step - _EPSILON) * step)


def about_amount(grams: float) -> float:
    """A count's weight to 10 g, or 100 g from 1 kg: 4 bananas of 118 g are about 470 g."""
    step = 10.0 if grams < 1000 else 100.0
    return max(step, round(grams / step) * step)


def format_amount(grams: float, decimal: str = ".", liquid: bool = False) -> str:
    """'450 g', or from 1 kg on '1.3 kg' ('1,3 kg' with a decimal comma); '450 ml', '1.3 l'."""
    small, large = ("ml", "l") if liquid else ("g", "kg")
    if grams >= 1000:
        text = f"{grams / 1000:.1f}".removesuffix(".0")
        return f"{text.replace('.', decimal)} {large}"
    return f"{grams:.0f} {small}"


def is_countable(portion_label: str) -> bool:
    """'1 banana', '1 egg', '1 slice' count; '1 handful', '1 tablespoon', '30 g' do not.

    The English label decides; the Dutch one names the same portion.
    """
    words = normalise(portion_label).split()
    return (
        portion_label.strip().startswith("1 ")
        and len(words) >= 2
        and not MEASURES.intersection(words[1:])
    )


def is_liquid(section: str, portion_label: str) -> bool:
    return section in LIQUID_SECTIONS or bool(
        LIQUID_MEASURES.intersection(normalise(portion_label).split())
    )


def portion_count(grams: float, portion_g: float) -> int:
    return max(1, math.ceil(grams / portion_g - COUNT_SLACK))


@dataclass(frozen=True)
class ShoppingItem:
    food_id: str
    section: str  # a store section, or "unknown" for a food not in the table
    grams: float  # the exact total over the chosen days and the household
    buy_grams: float  # rounded up to a buying step; for a count, its weight
    count: int | None  # household portions, for countable portions only
    portion_g: float | None
    name_en: str
    name_nl: str
    portion_en: str
    portion_nl: str
    liquid: bool = False  # shown in ml and l (1 g taken as 1 ml)
    ticked: bool = False
    in_stock: bool = False

    @property
    def known(self) -> bool:
        return self.section != UNKNOWN_SECTION

    def name(self, lang: str = "en") -> str:
        return self.name_nl if lang == "nl" else self.name_en

    def portion(self, lang: str = "en") -> str:
        return self.portion_nl if lang == "nl" else self.portion_en


@dataclass(frozen=True)
class ShoppingList:
    dates: list[dt.date]  # the chosen days
    household_size: int
    items: list[ShoppingItem]  # to buy, in section order, by name within a section
    in_stock: list[ShoppingItem]  # kept at home; listed apart
    # Saved meals' ingredient lines matched to no food, as (line, the meal's name), each once.
    unmatched: list[tuple[str, str]] = field(default_factory=list)

    def by_section(self) -> Iterator[tuple[str, list[ShoppingItem]]]:
        """(section, items) in store order, skipping empty sections; "unknown" last."""
        current: list[ShoppingItem] = []
        for item in self.items:
            if current and item.section != current[0].section:
                yield current[0].section, current
                current = []
            current.append(item)
        if current:
            yield current[0].section, current


def parse_days(text: str, plan: Plan) -> list[int]:
    """Day indexes from 'mon,tue', 'mon-wed', '2026-12-01' or '1,2' (1 = Monday)."""
    chosen: list[int] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        first, _, last = part.partition("-") if not _ISO.match(part) else (part, "", "")
        lo = _day_index(first, plan)
        hi = _day_index(last, plan) if last else lo
        if hi < lo:
            raise PlanError("days.backwards", days=repr(part))
        chosen.extend(range(lo, hi + 1))
    if not chosen:
        raise PlanError("days.none")
    return sorted(set(chosen))


def weekday_index(text: str) -> int | None:
    """0 for 'Monday', 'mon', 'maandag' or 'ma'; None when it is not a weekday."""
    word = normalise(text)
    if len(word) < 2:
        return None
    for names in (WEEKDAYS, WEEKDAYS_NL):
        for i, name in enumerate(names):
            if name.startswith(word) and (len(word) >= 3 or names is WEEKDAYS_NL):
                return i
    return None


def _day_index(text: str, plan: Plan) -> int:
    if _ISO.match(text):
        try:
            date = dt.date.fromisoformat(text)
        except ValueError:
            raise PlanError("days.not_date", value=repr(text)) from None
        return plan.day_index(date)
    if text.isdigit() and 1 <= int(text) <= DAYS:
        return int(text) - 1
    index = weekday_index(text)
    if index is None:
        raise PlanError("days.not_day", value=repr(text))
    return index


def shopping_list(
    plan: Plan,
    foods: FoodTable,
    days: Iterable[int] | None = None,
    people: int | None = None,
    lang: str = "en",
) -> ShoppingList:
    """The list for the chosen day indexes (the whole week by default) and household size."""
    chosen = sorted(set(range(DAYS) if days is None else days))
    for day in chosen:
        plan.day(day)  # validates the index
    people = plan.household_size if people is None else people
    check_household_size(people)

    totals: dict[str, float] = {}
    unmatched: dict[tuple[str, str], None] = {}
    for day in chosen:
        for _, _, entry in plan.day(day).entries():
            for part in entry.parts():
                if part.food_id:
                    totals[part.food_id] = totals.get(part.food_id, 0.0) + part.grams
                elif entry.recipe is not None:
                    unmatched[part.line, entry.recipe.name(lang)] = None
    ids = list(totals)
    rows = foods.positions(ids)
    # The columns of the planned foods at once, not a lookup per food.
    names = ("section", "name_en", "name_nl", "portion_en", "portion_nl", "portion_g")
    found = iter(
        [
            dict(zip(names, values))
            for values in zip(*(foods.column(c, rows[rows >= 0]) for c in names))
        ]
    )
    items = [
        _item(fid, totals[fid] * people, plan, next(found) if row >= 0 else None)
        for fid, row in zip(ids, rows)
    ]
    order = {section: i for i, section in enumerate(SECTIONS + (UNKNOWN_SECTION,))}
    items.sort(key=lambda i: (order[i.section], normalise(i.name(lang)), i.food_id))
    return ShoppingList(
        dates=[plan.days[d].date for d in chosen],
        household_size=people,
        items=[i for i in items if not i.in_stock],
        in_stock=[i for i in items if i.in_stock],
        unmatched=list(unmatched),
    )


def _item(food_id: str, grams: float, plan: Plan, row: dict | None) -> ShoppingItem:
    """One line; row holds the food's table columns, None when the table lacks it."""
    flags = {"ticked": food_id in plan.ticked, "in_stock": food_id in plan.in_stock}
    if row is None:
        return ShoppingItem(
            food_id,
            UNKNOWN_SECTION,
            grams,
            buy_amount(grams),
            None,
            None,
            food_id,
            food_id,
            "",
            "",
            **flags,
        )
    portion_g = float(row["portion_g"])
    if is_countable(row["portion_en"]):
        count = portion_count(grams, portion_g)
        buy = about_amount(count * portion_g)
    else:
        count, buy = None, buy_amount(grams)
    return ShoppingItem(
        food_id,
        row["section"],
        grams,
        buy,
        count,
        portion_g,
        row["name_en"],
        row["name_nl"],
        row["portion_en"],
        row["portion_nl"],
        liquid=is_liquid(row["section"], row["portion_en"]),
        **flags,
    )
