"""Fuzzing the plan loader and the CSV import: every input loads to a plan that saves and loads
back equal, with finite numbers only, or is refused with one line; never a traceback.

The inputs start from valid plans (and CSV files) and are then damaged: a value anywhere in
the document replaced by another of any JSON type (huge, non-finite, deeply nested, lone
surrogates, numbers of thousands of digits written as is), keys dropped or added, the text
cut, bytes changed. Each run tries MAGPLAN_FUZZ_EXAMPLES inputs per test (default: a few
seconds' worth); `pytest tests/test_plan_fuzz.py --hypothesis-show-statistics` shows how many
were refused and why.
"""

import json
import math
import os
import re

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from planner import csv_io, storage
from planner.plan import MEALS, Plan
from tests.test_storage import FOOD_IDS, MONDAY, plans

EXAMPLES = int(os.environ.get("MAGPLAN_FUZZ_EXAMPLES", 200))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Numbers as a file may spell them, beyond what json.dumps writes.
RAW_NUMBERS = [
    "9" * 5000,
    "1" + "0" * 400,
    "1e400",
    "-1e400",
    "1e-400",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e308",
    "-0",
    "0",
    "1" * 19,
    "2000.0000000000002",
    "4000",
    "0.5",
]
RAW = "@raw{}@"  # a string json.dumps writes, then replaced by a raw number

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=30),
    st.sampled_from(
        ["\ud800", "a\udfffb", "=HYPERLINK()", "ciqual:32140", "2026-11-30", "lunch", "F", "nl"]
    ),
    st.sampled_from([200, 201, 2000, 2001]).map("x".__mul__),  # the longest id and note
    st.sampled_from(range(len(RAW_NUMBERS))).map(RAW.format),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


def paths(node, prefix=()):
    """Every place in a JSON document, as the keys and indexes that lead there."""
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from paths(value, (*prefix, i))


@st.composite
def damaged_documents(draw) -> bytes:
    doc = storage.to_dict(draw(plans()))
    for _ in range(draw(st.integers(0, 3))):
        places = [p for p in paths(doc) if p]
        place = draw(st.sampled_from(places))
        parent = doc
        for step in place[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "replace", "drop", "add key", "nest"]))
        if action == "replace":
            parent[place[-1]] = draw(values)
        elif action == "drop":
            del parent[place[-1]]
        elif action == "add key" and isinstance(parent, dict):
            parent[draw(st.text(max_size=10))] = draw(values)
        elif action == "nest":
            parent[place[-1]] = [parent[place[-1]]] * draw(st.integers(1, 3))
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()))
    text = re.sub(r'"@raw(\d+)@"', lambda m: RAW_NUMBERS[int(m[1])], text)
    data = text.encode("utf-8", "surrogatepass")
    damage = draw(st.sampled_from(["none", "none", "cut", "byte", "deep"]))
    if damage == "cut":
        data = data[: draw(st.integers(0, len(data)))]
    elif damage == "byte":
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1 :]
    elif damage == "deep":
        depth = draw(st.sampled_from([19, 25, 100_000]))
        data = b'{"kind": "magplan-plan", "version": 1, "days": ' + b"[" * depth + data
    return data


def finite(node) -> bool:
    if isinstance(node, float):
        return math.isfinite(node)
    if isinstance(node, dict):
        return all(finite(v) for v in node.values())
    if isinstance(node, list):
        return all(finite(v) for v in node)
    return True


def reason(message: str) -> str:
    """What kind of refusal: the message without its place and its values."""
    message = re.sub(r"^(day \d(, \w+, entry \d+)?|the profile): ", "", message)
    return re.split(r", not |: |\d|(?<=unknown key) ", message, maxsplit=1)[0]


def saves_and_loads_back(plan: Plan) -> None:
    doc = storage.to_dict(plan)
    assert finite(doc)
    again = storage.loads(storage.dumps(plan).encode("utf-8"))
    assert again == plan and storage.to_dict(again) == doc


@FUZZ
@given(damaged_documents())
def test_every_plan_file_loads_whole_or_is_refused_with_one_line(data):
    try:
        plan = storage.loads(data)
    except storage.PlanFileError as err:
        message = str(err)
        assert message and "\n" not in message
        event("refused: " + reason(message))
        return
    event("loaded")
    saves_and_loads_back(plan)


# --- the CSV import ---------------------------------------------------------------------

NEEDED = ["meal", "food_id", "grams"]
OTHERS = ["food", "portions", "energy_kcal"]


def either(good: list[str], bad: st.SearchStrategy) -> st.SearchStrategy:
    """Mostly a good value, sometimes a bad one."""
    return st.integers(0, 4).flatmap(lambda n: bad if n == 0 else st.sampled_from(good))


cells = {
    "date": either(
        ["2026-11-30", "2026-12-03", "30-11-2026", "2026-12-06"],
        st.one_of(
            st.sampled_from(
                ["2026-12-07", "2999-12-31", "0001-01-02", "1900-01-01", "2026-02-30", ""]
            ),
            st.text(max_size=12),
        ),
    ),
    "weekday": either(["Monday", "tue", "ma", "Zondag"], st.text(max_size=8)),
    "meal": either(list(MEALS) + ["Lunch"], st.one_of(st.just("brunch"), st.text(max_size=8))),
    "food_id": either(
        FOOD_IDS, st.one_of(st.sampled_from(["usda:99999", "", "=1+1"]), st.text(max_size=12))
    ),
    "food": st.text(max_size=20),
    "grams": either(
        ["40", "2000", "1.5", "0.5", "125"],
        st.one_of(
            st.sampled_from(["0", "-3", "2000.5", "1,5", "abc", "", "nan", "inf"]),
            st.sampled_from(RAW_NUMBERS),
            st.floats().map(repr),
            st.text(max_size=8),
        ),
    ),
    "portions": either(
        ["", "1", "2", "0.5"],
        st.one_of(
            st.sampled_from(["0", "0,5", "4000", "4001"]),
            st.sampled_from(RAW_NUMBERS),
            st.floats().map(repr),
        ),
    ),
    "energy_kcal": st.text(max_size=6),
}


@st.composite
def csv_files(draw) -> bytes:
    header = (
        NEEDED
        + draw(st.sampled_from([["date"], ["date", "weekday"], ["weekday"]]))
        + draw(st.lists(st.sampled_from(OTHERS), unique=True))
    )
    if draw(st.integers(0, 9)) == 0:  # now and then a needed column is missing
        header.remove(draw(st.sampled_from(NEEDED)))
    header = draw(st.permutations(header))
    rows = draw(
        st.lists(st.fixed_dictionaries({c: cells[c] for c in header}), min_size=1, max_size=12)
    )
    separator = draw(st.sampled_from([",", ";"]))
    lines = [separator.join(header)] + [
        separator.join(
            '"' + row[c].replace('"', '""') + '"' if draw(st.booleans()) else row[c] for c in header
        )
        for row in rows
    ]
    text = draw(st.sampled_from(["\r\n", "\n"])).join(lines)
    data = ("\ufeff" if draw(st.booleans()) else "").encode() + text.encode(
        "utf-8", "surrogatepass"
    )
    if draw(st.integers(0, 4)) == 0:  # a few damaged bytes
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=4)) + data[at:]
    return data


@FUZZ
@given(csv_files(), st.sampled_from([None, MONDAY]))
def test_every_csv_imports_its_good_rows_or_is_refused_with_one_line(data, start):
    try:
        result = csv_io.read_entries(data, set(FOOD_IDS), start=start)
    except csv_io.CsvImportError as err:
        message = str(err)
        assert message and "\n" not in message
        event("refused: " + reason(message))
        return
    for bad in result.bad_rows:
        assert bad.reason and "\n" not in bad.reason
    event("imported" if result.used_rows else "imported no row")
    assert len(result.plan.entries()) == result.used_rows
    saves_and_loads_back(result.plan)
