import datetime as dt
import json
import os
import random
import signal
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner import storage
from planner.plan import EXCLUSIONS, MEALS, Entry, Plan, Recipe
from planner.targets import Profile

MONDAY = dt.date(2026, 11, 30)
FOOD_IDS = ["ciqual:32140", "ciqual:15064", "ciqual:13005", "nevo:2806", "custom:my-bread"]

food_entries = st.builds(
    Entry,
    st.sampled_from(FOOD_IDS),
    st.floats(min_value=0.5, max_value=2000, allow_nan=False),
    st.one_of(st.none(), st.floats(min_value=0.25, max_value=10)),
)
recipes = st.builds(
    Recipe,
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=20).filter(
        str.strip
    ),
    st.sampled_from(["Havermout", "Stamppot boerenkool"]),
    st.lists(
        st.tuples(st.sampled_from(FOOD_IDS), st.floats(min_value=0.5, max_value=500)),
        min_size=1,
        max_size=4,
    ).map(tuple),
    st.lists(st.sampled_from(["a pinch of salt", "1 blikje kokosmelk"]), max_size=2).map(tuple),
)
# A saved meal's entry: its grams, up to two servings.
recipe_entries = st.builds(
    lambda recipe, servings: Entry(
        "meal:x", min(recipe.serving_grams * servings, 2000), servings, recipe
    ),
    recipes,
    st.floats(min_value=0.5, max_value=2),
)
entries = st.one_of(food_entries, food_entries, recipe_entries)
profiles = st.builds(
    Profile,
    sex=st.just("F"),
    age=st.integers(18, 120),
    life_stage=st.sampled_from([None, "pregnancy", "lactation"]),
    standard=st.sampled_from(["nl", "efsa", "us"]),
    own_targets=st.dictionaries(
        st.sampled_from(["magnesium", "calcium"]), st.floats(min_value=1, max_value=5000)
    ),
)


@st.composite
def plans(draw) -> Plan:
    plan = Plan(
        start=MONDAY,
        profile=draw(profiles),
        household_size=draw(st.integers(1, 8)),
        supplements=draw(
            st.dictionaries(
                st.sampled_from(["vitamin_d_ug", "magnesium_mg"]),
                st.floats(min_value=0.5, max_value=400),
            )
        ),
        ratio_band=(1.5, draw(st.floats(min_value=2, max_value=4))),
        exclusions=set(draw(st.lists(st.sampled_from(EXCLUSIONS)))),
        in_stock=set(draw(st.lists(st.sampled_from(FOOD_IDS)))),
        ticked=set(draw(st.lists(st.sampled_from(FOOD_IDS)))),
    )
    for day in range(7):
        for meal in MEALS:
            for entry in draw(st.lists(entries, max_size=3)):
                plan.add(day, meal, entry)
        plan.set_note(day, draw(st.text(max_size=20)))
    return plan


@settings(max_examples=60, deadline=None)
@given(plans())
def test_a_saved_plan_loads_back_equal(tmp_path_factory, plan):
    path = tmp_path_factory.mktemp("plans") / "week.json"
    storage.save(plan, path)
    assert storage.load(path) == plan


def test_missing_foods_are_kept_and_reported(tmp_path):
    plan = Plan(start=MONDAY)
    plan.add(0, "lunch", Entry("nevo:2806", 120))
    storage.save(plan, tmp_path / "p.json")
    loaded = storage.load(tmp_path / "p.json")
    assert loaded.meal(0, "lunch")[0].food_id == "nevo:2806"
    assert storage.missing_foods(loaded, {"ciqual:32140"}) == ["nevo:2806"]


def valid_doc() -> dict:
    return storage.to_dict(Plan(start=MONDAY))


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "not valid JSON"),
        (b'{"kind": "magplan-plan", "vers', "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2, 3]", "not a Magplan plan"),
        (b'{"kind": "something-else", "version": 1}', "not a Magplan plan"),
        (json.dumps({**valid_doc(), "version": 99}).encode(), "newer Magplan"),
        (
            json.dumps({k: v for k, v in valid_doc().items() if k != "days"}).encode(),
            "lacks 'days'",
        ),
        (json.dumps({**valid_doc(), "days": valid_doc()["days"][:3]}).encode(), "7 days"),
        (json.dumps({**valid_doc(), "household_size": "two"}).encode(), "household size"),
    ],
)
def test_bad_files_give_a_specific_error(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(storage.PlanFileError, match=message):
        storage.load(path)


def test_a_bad_entry_rejects_the_whole_file(tmp_path):
    doc = valid_doc()
    doc["days"][2]["meals"]["lunch"] = [{"food_id": "ciqual:32140", "grams": -40}]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(storage.PlanFileError, match="grams"):
        storage.load(path)


def test_missing_file(tmp_path):
    with pytest.raises(storage.PlanFileError, match="no such file"):
        storage.load(tmp_path / "nope.json")


def test_killing_a_save_never_leaves_a_damaged_file(tmp_path):
    """A child process saves two different plans over and over; it is killed at random
    moments, and each time the file must hold one of the two plans, whole."""
    path = tmp_path / "week.json"
    small = Plan(start=MONDAY)
    large = Plan(start=MONDAY, household_size=4)
    for day in range(7):
        for meal in MEALS:
            for i in range(6):
                large.add(day, meal, Entry(FOOD_IDS[i % 5], 10 + i))
    storage.save(small, path)
    rng = random.Random(7)
    for _ in range(60):
        pid = os.fork()
        if pid == 0:  # the child: save forever until killed
            try:
                while True:
                    storage.save(large, path)
                    storage.save(small, path)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0, 0.02))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        assert storage.load(path) in (small, large)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "week.json"]
    # A killed save may leave its temporary file (removed by a later save once stale),
    # never a damaged plan.
    assert all(name.startswith(".magplan-") and name.endswith(".tmp") for name in leftovers)
