"""The planner's words: every sentence in every language, errors that say themselves in the
user's language while their English stays as it was, and one list of languages."""

import copy
import errno
import json
import pickle
import re
import string
from pathlib import Path

import pytest

from planner import csv_io, phrases, storage
from planner.file_io import FileWriteError
from planner.messages import LANGUAGE, LANGUAGES, Message, PlannerError, say
from planner.plan import Plan
from planner.texts import TEXTS
from tests.test_storage import MONDAY

ROOT = Path(__file__).resolve().parent.parent
CODE = re.compile(r"""["']((?:%s)\.[a-z_][a-z0-9_.]*)["']""")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_sentence_is_in_every_language_with_the_same_fields():
    for code, texts in TEXTS.items():
        assert len(texts) == len(LANGUAGES) and all(t.strip() for t in texts), code
        english = fields(texts[0])
        for text in texts[1:]:
            # The system's reasons (errno.*) are its own English words, ours in Dutch.
            assert fields(text) == english or code.startswith("errno."), code


def test_every_code_the_code_names_is_in_the_catalogue():
    """A code written out in planner/ or ui/ (not one made from a key, like f"meal.{meal}")."""
    namespaces = "|".join(sorted({code.split(".")[0] for code in TEXTS}))
    pattern = re.compile(CODE.pattern % namespaces)
    named = {
        code
        for folder in ("planner", "ui")
        for path in (ROOT / folder).rglob("*.py")
        for code in pattern.findall(path.read_text(encoding="utf-8"))
        if not code.endswith((".csv", ".json", ".xml", ".py"))
    }
    assert len(named) > 250
    assert sorted(named - set(TEXTS)) == []


def test_one_list_of_languages_for_every_set_of_words():
    assert LANGUAGES == ("en", "nl") == tuple(LANGUAGE)
    assert set(phrases.PRINTOUT_WORDS) == set(phrases.REPORT_WORDS) == set(LANGUAGES)
    assert set(phrases.MEAL_WORDS) == set(LANGUAGES)


def test_a_plan_error_keeps_its_english_and_says_itself_in_dutch():
    doc = storage.to_dict(Plan(start=MONDAY))
    doc["days"][2]["meals"]["lunch"] = [
        {"food_id": "ciqual:20047", "grams": 80},
        {"food_id": "ciqual:20047", "grams": 2500.5},
    ]
    with pytest.raises(storage.PlanFileError) as caught:
        storage.loads(json.dumps(doc).encode())
    err = caught.value
    assert isinstance(err, PlannerError) and err.code == "schema.at"
    assert str(err) == ("day 3, lunch, entry 2: grams must be above 0 and at most 2000, not 2500.5")
    assert say(err, "en") == str(err)
    # The value as it stands in the file; the limits in Dutch numbers.
    assert say(err, "nl") == (
        "dag 3, lunch, item 2: gram moet boven 0 liggen en hoogstens 2000 zijn, niet 2500.5"
    )


def test_a_damaged_file_and_a_csv_row_in_dutch(tmp_path):
    damaged = tmp_path / "week.json"
    damaged.write_text('{"kind": "magplan-plan", "version": 1,', encoding="utf-8")
    with pytest.raises(storage.PlanFileError) as caught:
        storage.load(damaged)
    assert str(caught.value) == (
        f"{damaged}: damaged (not valid JSON: Expecting property "
        "name enclosed in double quotes at line 1)"
    )
    assert say(caught.value, "nl") == (
        f"{damaged}: beschadigd (geen geldige JSON: naam tussen "
        "dubbele aanhalingstekens verwacht op regel 1)"
    )
    text = "date,meal,food_id,grams\n2026-11-30,brunch,ciqual:20047,80\n"
    result = csv_io.read_entries(text.encode(), {"ciqual:20047"})
    (bad,) = result.bad_rows
    assert bad.reason == "unknown meal 'brunch' (use breakfast, lunch, dinner, snack)"
    assert say(bad.reason, "nl") == (
        "onbekende maaltijd 'brunch' (gebruik breakfast, lunch, dinner, snack)"
    )


def test_the_systems_reasons_in_dutch_and_the_english_as_before():
    full = FileWriteError(errno.ENOSPC, "No space left on device", "/srv/week.json")
    assert str(full) == "/srv/week.json: cannot be written (No space left on device)"
    assert say(full, "nl") == (
        "/srv/week.json: kan niet worden geschreven (geen ruimte meer op het apparaat)"
    )
    odd = OSError(errno.EXDEV, "Invalid cross-device link", "/srv/week.json")
    assert say(odd, "nl") == "/srv/week.json: Invalid cross-device link"  # no words of ours


def test_a_float_field_takes_the_languages_decimal_sign():
    note = Message("import.per_100ml", density=1.03)
    assert note == "per 100 ml, converted at 1.03 g/ml"
    assert note.text("nl") == "per 100 ml, omgerekend met 1,03 g/ml"


def test_a_message_survives_a_copy_and_a_pickle():
    message = Message(
        "schema.at", place=Message("place.day", number=3), error=Message("csv.no_grams")
    )
    for other in (copy.deepcopy(message), pickle.loads(pickle.dumps(message))):
        assert other == message and other.code == "schema.at"
        assert other.text("nl") == "dag 3: geen gram"


def test_an_unknown_code_is_a_mistake_found_at_once():
    with pytest.raises(KeyError):
        Message("schema.no_such_code")
