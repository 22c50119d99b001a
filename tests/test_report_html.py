import datetime as dt
from html import escape
from html.parser import HTMLParser

import pytest

from planner import DATA_DIR, report, storage
from planner.foods import FoodTable
from planner.plan import MEALS, Entry, Plan
from planner.shopping import shopping_list
from planner.targets import ReferenceIntakes
from planner.totals import Status, assess

SAMPLE = DATA_DIR / "sample-week.json"
MONDAY = dt.date(2026, 11, 30)


class Text(HTMLParser):
    """The visible text and the image sources of an HTML page."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.images: list[dict[str, str]] = []
        self.skip = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.skip = tag in ("style", "title")
        if tag == "img":
            self.images.append(dict(attrs))

    def handle_endtag(self, tag):
        self.skip = False

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.parts).split())


@pytest.fixture
def sample() -> Plan:
    return storage.load(SAMPLE)


def test_shopping_html_lists_every_item_with_a_box_in_section_order(sample, foods):
    shopping = shopping_list(sample, foods)
    html = report.shopping_html(shopping)
    page = Text(html)
    assert "Shopping list" in page.text
    assert "Mon 30 Nov \u2013 Sun 6 Dec 2026" in page.text and "for 2 people" in page.text
    assert page.text.count(report.BOX) == len(shopping.items)
    positions = [page.text.index(item.name_en) for item in shopping.items]
    assert positions == sorted(positions)
    for section, _ in shopping.by_section():
        assert section.capitalize() in page.text
    for item in shopping.in_stock:
        assert page.text.index(item.name_en) > page.text.index("In stock at home")


def test_shopping_html_ticks_and_counts_and_escapes(foods):
    frame = foods.frame.copy()
    frame.loc["ciqual:32140", "name_en"] = "Oats <b>&</b> more"
    odd = FoodTable(frame)
    plan = Plan(start=MONDAY)
    plan.add(0, "breakfast", Entry("ciqual:32140", 60))
    plan.add(0, "snack", Entry("ciqual:13005", 118))
    plan.add(1, "snack", Entry("ciqual:13005", 118))
    plan.ticked = {"ciqual:13005"}
    html = report.shopping_html(shopping_list(plan, odd), report.Labels())
    assert escape("Oats <b>&</b> more") in html and "<b>&</b>" not in html
    page = Text(html)
    banana = odd.frame.loc["ciqual:13005"]
    assert (
        f"{report.TICKED} {banana['name_en']} 2 \u00d7 {banana['portion_en']}, about "
        f"{round(2 * banana['portion_g'], -1):.0f} g {2 * banana['portion_g']:.0f} g" in page.text
    )
    assert page.text.count(report.BOX) == 1


def test_dutch_labels_and_names(sample, foods):
    labels = report.Labels(
        lang="nl",
        decimal=",",
        people_many="voor {n} personen",
        weekdays=("ma", "di", "wo", "do", "vr", "za", "zo"),
    )
    shopping = shopping_list(sample, foods, lang="nl")
    text = report.shopping_text(shopping, labels)
    assert "voor 2 personen" in text and "ma 30 Nov" in text
    for item in shopping.items:
        assert item.name_nl in text
    assert any(
        "," in line.split("(")[0]
        for line in text.splitlines()
        if " l " in line or line.rstrip().endswith(" l") or " kg" in line
    )


def test_week_html_has_the_grid_the_status_and_the_chart_hook(sample, foods):
    targets = ReferenceIntakes.load().for_profile(sample.profile)
    assessment = assess(sample, foods, targets)
    html = report.week_html(sample, assessment, foods, chart_size=(800, 160))
    page = Text(html)
    assert page.images == [{"src": report.CHART_RESOURCE, "width": "800", "height": "160"}]
    for day in sample.days:
        assert f"{report.ENGLISH.date(day.date)}" in page.text
        for meal in MEALS:
            for entry in day.meals[meal]:
                assert f"{foods.name(entry.food_id)} {entry.grams:g} g" in page.text
    for meal in ("Breakfast", "Lunch", "Dinner", "Snacks"):
        assert meal in page.text
    # Every day's magnesium against its target, and the flag in words.
    target = targets.target("magnesium")
    for day in assessment.days:
        amount = f"{day.magnesium.amount:.0f} / {target:.0f} mg"
        assert amount in page.text
        flag = report.ENGLISH.status[day.magnesium.status]
        assert f"{amount} {flag}" in page.text
    low = sum(d.magnesium.status is not Status.OK for d in assessment.days)
    assert page.text.count("\u26a0 low") + page.text.count("possibly low") >= low
    assert "Vitamin D" in page.text and "Calcium" in page.text and "+ suppl.:" in page.text
    assert "does not give medical advice" in page.text
    assert Text(report.week_html(sample, assessment, foods, chart_size=None)).images == []


def test_week_html_marks_unknown_values_as_at_least(foods):
    missing_d = foods.frame.index[foods.frame["vitamin_d_ug"].isna()][0]
    plan = Plan(start=MONDAY)
    plan.add(0, "lunch", Entry(missing_d, 100))
    plan.add(0, "lunch", Entry("ciqual:22000", 50))
    assessment = assess(plan, foods, ReferenceIntakes.load().for_profile(plan.profile))
    page = Text(report.week_html(plan, assessment, foods))
    egg_d = 50 / 100 * foods.frame.loc["ciqual:22000", "vitamin_d_ug"]
    assert f"\u2265{egg_d:.1f} \u00b5g ? possibly low" in page.text
    assert "at least" in page.text
