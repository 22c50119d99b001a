"""Printable output: the shopping list and the week as plain HTML tables, and the list as text.

The HTML is for a QTextDocument (which knows a modest subset of HTML and CSS), so it is plain
tables with few styles. The week chart is not drawn here: the week page holds an
<img src="CHART_RESOURCE"> that the window fills with an image of the on-screen chart.

Words come from a Labels value, English by default; the window passes its translations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html import escape

from planner.foods import SECTIONS, FoodTable
from planner.plan import MEALS, Entry, Plan
from planner.shopping import UNKNOWN_SECTION, ShoppingItem, ShoppingList, format_amount
from planner.targets import TARGET_NUTRIENTS
from planner.totals import Assessment, NutrientStatus, RatioStatus, Status

# The name under which the window adds the week chart image to the document.
CHART_RESOURCE = "magplan-week-chart.png"
BOX, TICKED = "\u2610", "\u2611"  # ☐ ☑


def _section_names() -> dict[str, str]:
    return {s: s.capitalize() for s in SECTIONS} | {UNKNOWN_SECTION: "Not in the food table"}


@dataclass(frozen=True)
class Labels:
    shopping_list: str = "Shopping list"
    people_one: str = "for 1 person"
    people_many: str = "for {n} people"
    about: str = "about"
    exact: str = "exact total"
    in_stock: str = "In stock at home (not on the list)"
    unmatched: str = "In saved meals, not matched to a food (not counted)"
    servings_one: str = "1 serving"
    servings_many: str = "{n} servings"
    week: str = "Week menu"
    meals: dict[str, str] = field(
        default_factory=lambda: {
            "breakfast": "Breakfast",
            "lunch": "Lunch",
            "dinner": "Dinner",
            "snack": "Snacks",
        }
    )
    note: str = "Note"
    nutrients: dict[str, str] = field(
        default_factory=lambda: {
            "magnesium": "Magnesium",
            "calcium": "Calcium",
            "vitamin_d": "Vitamin D",
        }
    )
    ratio: str = "Ca:Mg"
    status: dict[Status, str] = field(
        default_factory=lambda: {
            Status.OK: "\u2713 ok",
            Status.LOW: "\u26a0 low",
            Status.POSSIBLY_LOW: "? possibly low",
            Status.ABOVE_LIMIT: "\u26a0 above limit",
        }
    )
    ratio_status: dict[RatioStatus, str] = field(
        default_factory=lambda: {
            RatioStatus.BELOW: "below band",
            RatioStatus.IN_BAND: "in band",
            RatioStatus.ABOVE: "above band",
            RatioStatus.UNKNOWN: "-",
        }
    )
    targets: str = "Targets"
    person: dict[str, str] = field(default_factory=dict)  # sex and life stage, when not as is
    band: str = "band"
    supplements: str = "Supplements, apart from food"
    with_supplements: str = "+ suppl."
    at_least_note: str = "\u2265 means at least: some foods lack a value."
    disclaimer: str = "Magplan informs; it does not give medical advice."
    weekdays: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months: tuple[str, ...] = (
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    )
    sections: dict[str, str] = field(default_factory=_section_names)
    decimal: str = "."
    lang: str = "en"  # which of the food table's names to print

    def date(self, day: dt.date, year: bool = False) -> str:
        text = f"{self.weekdays[day.weekday()]} {day.day} {self.months[day.month - 1]}"
        return f"{text} {day.year}" if year else text

    def dates(self, days: list[dt.date]) -> str:
        """'Mon 30 Nov – Sun 6 Dec 2026', or one date, or a list of scattered ones."""
        if len(days) == 1:
            return self.date(days[0], year=True)
        if all((b - a).days == 1 for a, b in zip(days, days[1:])):
            return f"{self.date(days[0])} \u2013 {self.date(days[-1], year=True)}"
        return ", ".join(self.date(d) for d in days[:-1]) + ", " + self.date(days[-1], True)

    def profile(self, sex: str, age: int, life_stage: str | None) -> str:
        """'F 55, pregnancy' (as the plan says it) or 'vrouw 55, zwangerschap'."""
        stage = f", {self.person.get(life_stage, life_stage)}" if life_stage else ""
        return f"{self.person.get(sex, sex)} {age}{stage}"

    def people(self, n: int) -> str:
        return self.people_one if n == 1 else self.people_many.format(n=n)

    def number(self, value: float, decimals: int = 0) -> str:
        return f"{value:.{decimals}f}".replace(".", self.decimal)

    def servings(self, n: float) -> str:
        """'1 serving', '2 servings', '1.5 servings' (with this language's decimal sign)."""
        if n == 1:
            return self.servings_one
        return self.servings_many.format(n=f"{round(n, 2):g}".replace(".", self.decimal))

    def grams(self, value: float) -> str:
        """'70 g', '1.5 g': whole grams unless the plan has a fraction."""
        return f"{self.number(value, 0 if value == round(value) else 1)} g"


ENGLISH = Labels()


def item_amount(item: ShoppingItem, labels: Labels = ENGLISH) -> str:
    """'450 g', '1.3 kg', '1.2 l', or '3 × 1 banana, about 350 g' for a countable portion."""
    amount = format_amount(item.buy_grams, labels.decimal, item.liquid)
    if item.count is None:
        return amount
    return f"{item.count} \u00d7 {item.portion(labels.lang)}, {labels.about} {amount}"


def exact_amount(item: ShoppingItem, labels: Labels = ENGLISH) -> str:
    """The exact total, '437 g' or '1200 ml', beside the rounded amount."""
    return f"{labels.number(item.grams)} {'ml' if item.liquid else 'g'}"


def shopping_title(shopping: ShoppingList, labels: Labels = ENGLISH) -> str:
    return (
        f"{labels.shopping_list}, {labels.dates(shopping.dates)}, "
        f"{labels.people(shopping.household_size)}"
    )


def shopping_text(shopping: ShoppingList, labels: Labels = ENGLISH) -> str:
    """The list as aligned plain text, for a terminal or the clipboard."""
    everything = shopping.items + shopping.in_stock
    name_width = max((len(i.name(labels.lang)) for i in everything), default=0)
    amount_width = max((len(item_amount(i, labels)) for i in everything), default=0)

    def line(item: ShoppingItem, box: bool) -> str:
        mark = ("[x] " if item.ticked else "[ ] ") if box else "    "
        return (
            f"  {mark}{item.name(labels.lang):<{name_width}}  "
            f"{item_amount(item, labels):>{amount_width}}  ({exact_amount(item, labels)})"
        )

    out = [shopping_title(shopping, labels)]
    for section, items in shopping.by_section():
        out += ["", labels.sections[section]] + [line(i, True) for i in items]
    if shopping.in_stock:
        out += ["", labels.in_stock] + [line(i, False) for i in shopping.in_stock]
    if shopping.unmatched:
        out += ["", labels.unmatched] + [
            f"  [ ] {text} ({meal})" for text, meal in shopping.unmatched
        ]
    return "\n".join(out) + "\n"


_STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; margin-bottom: 2pt; }
.section { font-size: 11pt; font-weight: bold; padding-top: 8pt; }
td, th { padding: 2pt 4pt; vertical-align: top; }
.list td { vertical-align: middle; }
th { text-align: left; background-color: #e8e8e8; }
.num { text-align: right; white-space: nowrap; }
.small { font-size: 8pt; color: #333333; }
.flag { font-weight: bold; }
"""


def _page(title: str, body: list[str]) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{escape(title)}</title>"
        f"<style>{_STYLE}</style></head><body>" + "".join(body) + "</body></html>"
    )


def shopping_html(shopping: ShoppingList, labels: Labels = ENGLISH) -> str:
    """The list for print: one table, a box to tick per line, grouped by store section."""

    def rows(items: list[ShoppingItem], box: bool) -> list[str]:
        out = []
        for i in items:
            mark = (TICKED if i.ticked else BOX) if box else ""
            name = escape(i.name(labels.lang))
            out.append(
                f"<tr><td class='box'>{mark}</td>"
                f"<td align='left'>{name if i.known else f'<i>{name}</i>'}</td>"
                f"<td align='right'>{escape(item_amount(i, labels))}</td>"
                f"<td align='right' class='small'>{escape(exact_amount(i, labels))}</td></tr>"
            )
        return out

    def heading(text: str) -> str:
        return f"<tr><td colspan='4' class='section'>{escape(text)}</td></tr>"

    table = [
        "<table class='list' width='100%' cellspacing='0' cellpadding='3'>",
        "<tr><td width='5%'></td><td width='45%'></td><td width='35%'></td>"
        f"<td width='15%' align='right' class='small'>{escape(labels.exact)}</td></tr>",
    ]
    for section, items in shopping.by_section():
        table += [heading(labels.sections[section]), *rows(items, True)]
    if shopping.in_stock:
        table += [heading(labels.in_stock), *rows(shopping.in_stock, False)]
    if shopping.unmatched:
        table += [heading(labels.unmatched)] + [
            f"<tr><td class='box'>{BOX}</td><td colspan='3' align='left'>{escape(text)} "
            f"<span class='small'>({escape(meal)})</span></td></tr>"
            for text, meal in shopping.unmatched
        ]
    table.append("</table>")
    return _page(
        labels.shopping_list,
        [
            f"<h1>{escape(labels.shopping_list)}</h1>",
            f"<p>{escape(labels.dates(shopping.dates))} &middot; "
            f"{escape(labels.people(shopping.household_size))}</p>",
            *table,
        ],
    )


def _unit(column: str) -> tuple[str, int]:
    """The unit and the decimals worth printing: 'µg' to 0.1 for vitamin_d_ug, else whole mg."""
    return ("\u00b5g", 1) if column.endswith("_ug") else ("mg", 0)


def _quantity(value: float, column: str, labels: Labels) -> str:
    unit, decimals = _unit(column)
    return f"{labels.number(value, decimals)} {unit}"


def _amount(status: NutrientStatus, decimals: int, labels: Labels) -> str:
    text = labels.number(status.amount, decimals)
    return f"\u2265{text}" if status.missing else text


def _status_cell(
    status: NutrientStatus, unit: str, decimals: int, labels: Labels, with_target: bool
) -> str:
    amount = _amount(status, decimals, labels)
    if with_target:
        amount += f" / {labels.number(status.target, decimals)}"
    text, flag = f"{escape(amount)} {unit}", escape(labels.status[status.status])
    if status.status is not Status.OK:
        return f"{text}<br><span class='flag'>{flag}</span>"
    return f"{text}<br>{flag}" if with_target else text


def _supplement_line(
    total: NutrientStatus, column: str, plan: Plan, unit: str, decimals: int, labels: Labels
) -> str:
    """Food plus the daily supplement, when there is one: the food line stays food only."""
    if not plan.supplements.get(column):
        return ""
    return (
        f"<br><span class='small'>{escape(labels.with_supplements)}: "
        f"{escape(_amount(total, decimals, labels))} {unit} "
        f"{escape(labels.status[total.status])}</span>"
    )


def _entry_html(entry: Entry, foods: FoodTable, labels: Labels) -> str:
    """'Rolled oats 40 g'; a saved meal by its name and servings, its ingredients below it in
    small type."""
    recipe = entry.recipe
    if recipe is None:
        return (
            f"{escape(foods.name(entry.food_id, labels.lang))} "
            f"{escape(labels.grams(entry.grams)).replace(' ', '&nbsp;')}"
        )
    servings = labels.servings(entry.servings)
    ingredients = [foods.name(food_id, labels.lang) for food_id, _ in recipe.ingredients]
    return (
        f"{escape(recipe.name(labels.lang))} {escape(servings).replace(' ', '&nbsp;')}"
        f"<br><span class='small'>{escape(', '.join(ingredients + list(recipe.unmatched)))}"
        f"</span>"
    )


def week_html(
    plan: Plan,
    assessment: Assessment,
    foods: FoodTable,
    labels: Labels = ENGLISH,
    chart_size: tuple[int, int] | None = (1000, 180),
) -> str:
    """The week on one landscape page: meals by day, each day's status, the chart, targets.

    chart_size is the chart image's size in the document's pixels; None leaves the chart out.
    """
    head = "".join(f"<th>{escape(labels.date(d))}</th>" for d in plan.dates)
    grid = [
        f"<table width='100%' border='1' cellspacing='0' cellpadding='2'>"
        f"<tr><th width='10%'></th>{head}</tr>"
    ]
    for meal in MEALS:
        cells = []
        for day in plan.days:
            lines = [_entry_html(e, foods, labels) for e in day.meals[meal]]
            cells.append(f"<td width='12.8%'>{'<br>'.join(lines)}</td>")
        grid.append(f"<tr><th>{escape(labels.meals[meal])}</th>{''.join(cells)}</tr>")
    if any(day.note for day in plan.days):
        notes = "".join(f"<td><i>{escape(d.note)}</i></td>" for d in plan.days)
        grid.append(f"<tr><th>{escape(labels.note)}</th>{notes}</tr>")
    for key, column in TARGET_NUTRIENTS.items():
        unit, decimals = _unit(column)
        main = key == "magnesium"
        statuses = "".join(
            f"<td class='num'>{_status_cell(d.food[key], unit, decimals, labels, main)}"
            f"{_supplement_line(d.with_supplements[key], column, plan, unit, decimals, labels)}"
            f"</td>"
            for d in assessment.days
        )
        grid.append(f"<tr><th>{escape(labels.nutrients[key])}</th>{statuses}</tr>")
    ratios = "".join(
        f"<td class='num'>{'-' if d.ratio is None else labels.number(d.ratio, 2)} "
        f"<span class='small'>{escape(labels.ratio_status[d.ratio_status])}</span></td>"
        for d in assessment.days
    )
    grid.append(f"<tr><th>{escape(labels.ratio)}</th>{ratios}</tr></table>")

    t, profile = assessment.targets, plan.profile
    targets = ", ".join(
        f"{labels.nutrients[key]} {_quantity(t.target(key), column, labels)}"
        for key, column in TARGET_NUTRIENTS.items()
    )
    low, high = plan.ratio_band
    who = labels.profile(profile.sex, profile.age, profile.life_stage)
    facts = [
        f"{labels.targets} ({profile.standard}, {who}): {targets}; "
        f"{labels.ratio} {labels.band} {labels.number(low, 1)}\u2013{labels.number(high, 1)}"
    ]
    if plan.supplements:
        facts.append(
            f"{labels.supplements}: "
            + ", ".join(
                f"{labels.nutrients[k.rsplit('_', 1)[0]]} {_quantity(v, k, labels)}"
                for k, v in plan.supplements.items()
            )
        )
    if any(s.missing for d in assessment.days for s in d.food.values()):
        facts.append(labels.at_least_note)
    facts.append(labels.disclaimer)

    body = [f"<h1>{escape(labels.week)}, {escape(labels.dates(plan.dates))}</h1>", *grid]
    if chart_size is not None:
        width, height = chart_size
        body.append(f"<p><img src='{CHART_RESOURCE}' width='{width}' height='{height}'></p>")
    body.append("<p class='small'>" + "<br>".join(escape(f) for f in facts) + "</p>")
    return _page(labels.week, body)
