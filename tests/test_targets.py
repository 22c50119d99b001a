import pytest

from planner.targets import Profile, ProfileError


@pytest.mark.parametrize(
    "profile, magnesium, calcium, vitamin_d",
    [
        (Profile("F", 45, standard="nl"), 300, 950, 10),
        (Profile("M", 75, standard="nl"), 350, 1200, 20),
        (Profile("F", 55, standard="us"), 320, 1200, 15),
        (Profile("F", 30, "pregnancy", standard="efsa"), 300, 950, 15),
        # NASEM's 14 to 18 values (1997 and 2011 DRIs) for the youngest profile Magplan takes.
        (Profile("M", 18, standard="us"), 410, 1300, 15),
        (Profile("F", 18, standard="us"), 360, 1300, 15),
        (Profile("M", 19, standard="us"), 400, 1000, 15),
    ],
)
def test_targets_by_profile(intakes, profile, magnesium, calcium, vitamin_d):
    targets = intakes.for_profile(profile)
    assert targets.target("magnesium") == magnesium
    assert targets.target("calcium") == calcium
    assert targets.target("vitamin_d") == vitamin_d
    assert all(ref.source for ref in targets.targets.values())


def test_upper_limits_and_their_sources(intakes):
    targets = intakes.for_profile(Profile("F", 55))
    assert targets.limit("calcium") == 2500
    assert targets.limit("vitamin_d") == 100
    # Magnesium's limit is for supplements only; the source says so.
    assert targets.limit("magnesium") == 250
    assert "supplement" in targets.limits["magnesium"].source.lower()


def test_us_limits_at_18(intakes):
    targets = intakes.for_profile(Profile("F", 18, standard="us"))
    assert (targets.limit("calcium"), targets.limit("vitamin_d"), targets.limit("magnesium")) == (
        3000,
        100,
        350,
    )


def test_dutch_pregnancy_and_lactation_calcium_say_they_are_efsas(intakes):
    for stage, age, calcium in (
        ("pregnancy", 24, 1000),
        ("pregnancy", 30, 950),
        ("lactation", 24, 1000),
        ("lactation", 30, 950),
    ):
        reference = intakes.for_profile(Profile("F", age, stage, standard="nl")).targets["calcium"]
        assert reference.amount == calcium
        assert reference.source.startswith("EFSA 2015 PRI, used for the Dutch standard")


def test_pregnancy_without_own_limit_falls_back_to_adult_limit(intakes):
    targets = intakes.for_profile(Profile("F", 30, "pregnancy", standard="nl"))
    assert targets.target("magnesium") == 300
    assert targets.limit("vitamin_d") == 100


def test_own_target_overrides_the_standard(intakes):
    targets = intakes.for_profile(Profile("F", 55, own_targets={"magnesium": 400}))
    assert targets.target("magnesium") == 400
    assert targets.targets["magnesium"].kind == "own"
    assert targets.target("calcium") == 1100


@pytest.mark.parametrize(
    "kwargs",
    [
        {"sex": "X"},
        {"age": 12},
        {"age": 40.5},
        {"sex": "M", "life_stage": "pregnancy"},
        {"standard": "who"},
        {"own_targets": {"magnesium": -5}},
        {"own_targets": {"iron": 10}},
    ],
)
def test_bad_profiles_are_refused(kwargs):
    with pytest.raises(ProfileError):
        Profile(**kwargs)
