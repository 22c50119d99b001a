import pytest

from planner.targets import Profile, ProfileError


@pytest.mark.parametrize("profile, magnesium, calcium, vitamin_d", [
    (Profile("F", 45, standard="nl"), 300, 950, 10),
    (Profile("M", 75, standard="nl"), 350, 1200, 20),
    (Profile("F", 55, standard="us"), 320, 1200, 15),
    (Profile("F", 30, "pregnancy", standard="efsa"), 300, 950, 15),
])
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


def test_pregnancy_without_own_limit_falls_back_to_adult_limit(intakes):
    targets = intakes.for_profile(Profile("F", 30, "pregnancy", standard="nl"))
    assert targets.target("magnesium") == 300
    assert targets.limit("vitamin_d") == 100


def test_own_target_overrides_the_standard(intakes):
    targets = intakes.for_profile(Profile("F", 55, own_targets={"magnesium": 400}))
    assert targets.target("magnesium") == 400
    assert targets.targets["magnesium"].kind == "own"
    assert targets.target("calcium") == 1100


@pytest.mark.parametrize("kwargs", [
    {"sex": "X"}, {"age": 12}, {"age": 40.5}, {"sex": "M", "life_stage": "pregnancy"},
    {"standard": "who"}, {"own_targets": {"magnesium": -5}}, {"own_targets": {"iron": 10}},
])
def test_bad_profiles_are_refused(kwargs):
    with pytest.raises(ProfileError):
        Profile(**kwargs)
