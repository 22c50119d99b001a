"""Food ids of the earlier (USDA) bundled table: each is still in the table or names the food
that now stands for it; a plan that names them is mapped, in the domain and by
`magplan map-old-ids`."""

import datetime as dt
import json
from pathlib import Path

import pytest

from planner import DATA_DIR, storage
from planner.plan import Entry, Plan, PlanError
from planner.replaced_ids import REPLACED_IDS, replacements
from tests.in_process import magplan

BEFORE = Path(__file__).resolve().parent / "data" / "food_ids_before_ciqual.txt"


@pytest.fixture(scope="module")
def ids_before() -> list[str]:
    lines = BEFORE.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def test_every_earlier_id_is_in_the_table_or_maps_to_a_food_that_is(foods, ids_before):
    assert len(ids_before) == 457
    lost = [i for i in ids_before if i not in foods.ids and REPLACED_IDS.get(i) not in foods.ids]
    assert lost == []


def test_the_replacement_table_maps_only_ids_that_left_to_foods_that_are_there(foods, ids_before):
    # Earlier USDA ids, and the Ciqual row karnemelk cited before it moved to SR28's.
    assert set(REPLACED_IDS) <= set(ids_before) | {"ciqual:19801"}
    assert not set(REPLACED_IDS) & set(foods.ids)  # an id still in the table stays itself
    assert set(REPLACED_IDS.values()) <= set(foods.ids)  # so no chains: a new id is never old


@pytest.mark.parametrize(
    "old, new, name",
    [
        ("usda:12014", "ciqual:15064", "Pumpkin seeds"),
        ("usda:18069", "ciqual:7009", "White bread"),
        ("usda:01022", "ciqual:12736", "Gouda"),
        ("usda:15046", "ciqual:26051", "Mackerel, raw"),
        ("usda:08013", "ciqual:32005", "Corn flakes (fortified)"),  # Cheerios left the table
        ("usda:09210", "ciqual:2012", "Orange juice (from concentrate)"),  # US fortified juice
    ],
)
def test_a_few_replacements_checked_by_hand(foods, old, new, name):
    assert REPLACED_IDS[old] == new
    assert foods.name(new) == name


# --- mapping a plan's old ids ------------------------------------------------------------


def old_plan() -> Plan:
    """A week saved with the earlier table: white bread and pumpkin seeds by USDA ids, butter
    kept in stock, a food still in the table (sockeye salmon) and one nobody knows."""
    plan = Plan(
        start=dt.date(2026, 11, 30),
        in_stock={"usda:01001"},
        ticked={"usda:12014", "custom:my-bread"},
    )
    plan.add(0, "breakfast", Entry("usda:18069", 70, portions=2))
    plan.add(0, "breakfast", Entry("usda:01001", 10))
    plan.add(2, "snack", Entry("usda:12014", 25))
    plan.add(3, "dinner", Entry("usda:15086", 85))
    plan.add(3, "dinner", Entry("usda:99999", 40))
    plan.add(4, "lunch", Entry("ciqual:7009", 35))  # already the new white bread
    return plan


def test_replacements_name_the_old_ids_the_table_lacks(foods):
    assert replacements(old_plan(), foods) == {
        "usda:01001": "ciqual:16402",
        "usda:12014": "ciqual:15064",
        "usda:18069": "ciqual:7009",
    }
    # An id the user's own tables still hold (an imported USDA table) stays as it is.
    assert "usda:18069" not in replacements(old_plan(), set(foods.ids) | {"usda:18069"})


def test_replacing_changes_only_the_ids_and_undoing_puts_back_each_one(foods):
    plan = old_plan()
    before = plan.to_dict()
    old = plan.replace_food_ids(replacements(plan, foods))
    assert [(d, m, e.food_id, e.grams, e.portions) for d, m, e in plan.entries()] == [
        (0, "breakfast", "ciqual:7009", 70, 2),
        (0, "breakfast", "ciqual:16402", 10, None),
        (2, "snack", "ciqual:15064", 25, None),
        (3, "dinner", "usda:15086", 85, None),
        (3, "dinner", "usda:99999", 40, None),
        (4, "lunch", "ciqual:7009", 35, None),
    ]
    assert plan.in_stock == {"ciqual:16402"}
    assert plan.ticked == {"ciqual:15064", "custom:my-bread"}
    assert replacements(plan, foods) == {}
    # Back by what each entry held, not by the mapping turned round: Friday's white bread
    # was already ciqual:7009 and stays so.
    plan.set_food_ids(old)
    assert plan.to_dict() == before


def test_food_ids_that_do_not_fit_the_plan_change_nothing():
    plan = old_plan()
    before = plan.to_dict()
    entries, lists = plan.replace_food_ids({})
    with pytest.raises(PlanError, match="5 food ids for 6 entries"):
        plan.set_food_ids((entries[:-1], lists))
    with pytest.raises(PlanError, match="a food id must be text"):
        plan.set_food_ids((entries[:-1] + [("",)], lists))
    assert plan.to_dict() == before


def test_cli_lists_the_mapping_and_writes_it_only_when_asked(tmp_path, foods):
    source, out = tmp_path / "old.json", tmp_path / "mapped.json"
    storage.save(old_plan(), source)
    saved = source.read_bytes()

    listed = magplan("map-old-ids", str(source))
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "usda:01001 -> ciqual:16402  Butter, salted",
        "usda:12014 -> ciqual:15064  Pumpkin seeds",
        "usda:18069 -> ciqual:7009  White bread",
        "custom:my-bread: not in the food table, and no food stands for it",
        "usda:99999: not in the food table, and no food stands for it",
        "Nothing written: -o OUT writes the plan with these foods.",
    ]
    assert source.read_bytes() == saved and not out.exists()

    written = magplan("map-old-ids", str(source), "-o", str(out))
    assert written.returncode == 0, written.stderr
    assert written.stdout.splitlines()[-1] == f"Wrote {out}"
    mapped = storage.load(out)
    expected = old_plan()
    expected.replace_food_ids(replacements(expected, foods))
    assert mapped == expected
    # The report now counts Monday's bread and butter: 70 g x 20.4 + 10 g x 4.94 mg Mg / 100.
    monday = json.loads(magplan("report", str(out), "--json").stdout)[0]
    assert monday["magnesium_mg"] == pytest.approx(0.7 * 20.4 + 0.1 * 4.94, abs=0.5)
    assert monday["missing"]["magnesium"] == 0


def test_cli_on_a_plan_with_nothing_to_map(tmp_path):
    result = magplan("map-old-ids", str(DATA_DIR / "sample-week.json"))
    assert (result.returncode, result.stdout) == (0, "Nothing to map.\n")
