"""Reference intakes -> daily targets and upper limits for a profile, each with its source."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd

from planner import DATA_DIR, schema
from planner.messages import Message

REFERENCE_INTAKES = DATA_DIR / "reference_intakes.csv"

STANDARDS = {"nl": "NL_Gezondheidsraad", "efsa": "EFSA", "us": "US_NASEM"}
LIFE_STAGES = ("pregnancy", "lactation")
SEXES = ("F", "M")
# The three nutrients Magplan plans for, by their food-table column.
TARGET_NUTRIENTS = {
    "magnesium": "magnesium_mg",
    "calcium": "calcium_mg",
    "vitamin_d": "vitamin_d_ug",
}


class ProfileError(schema.SchemaError):
    """A profile that no reference table covers, or with impossible values."""


@dataclass(frozen=True)
class Profile:
    sex: str = "F"
    age: int = 55
    life_stage: str | None = None  # None, "pregnancy" or "lactation"
    standard: str = "nl"
    own_targets: dict[str, float] = field(default_factory=dict)  # nutrient -> daily amount

    def __post_init__(self) -> None:
        if self.sex not in SEXES:
            raise ProfileError("profile.sex", value=schema.shown(self.sex))
        schema.whole_number(self.age, "what.age", 18, 120, ProfileError)
        if self.life_stage not in (None, *LIFE_STAGES):
            raise ProfileError("profile.life_stage", value=schema.shown(self.life_stage))
        if self.life_stage and self.sex != "F":
            raise ProfileError("profile.stage_needs_f", stage=Message(f"stage.{self.life_stage}"))
        if not isinstance(self.standard, str) or self.standard not in STANDARDS:
            raise ProfileError(
                "profile.standard", known=", ".join(STANDARDS), value=schema.shown(self.standard)
            )
        for nutrient, amount in self.own_targets.items():
            if nutrient not in TARGET_NUTRIENTS:
                raise ProfileError("profile.own_target_for", value=schema.shown(nutrient))
            schema.number(
                amount,
                Message("what.own_target", nutrient=nutrient_name(nutrient)),
                0,
                schema.MAX_OWN_TARGET,
                ProfileError,
            )

    def to_dict(self) -> dict[str, Any]:
        return {
            "sex": self.sex,
            "age": self.age,
            "life_stage": self.life_stage,
            "standard": self.standard,
            "own_targets": dict(self.own_targets),
        }

    @classmethod
    def from_dict(cls, data: object) -> Profile:
        with schema.at("place.profile"):
            found = schema.fields(
                data,
                "what.it",
                ("sex", "age", "standard"),
                ("life_stage", "own_targets"),
                ProfileError,
            )
            own = schema.fields(
                found.get("own_targets", {}),
                "what.own_targets",
                (),
                tuple(TARGET_NUTRIENTS),
                ProfileError,
            )
            return cls(
                found["sex"], found["age"], found.get("life_stage"), found["standard"], dict(own)
            )

    def with_changes(self, **changes: Any) -> Profile:
        return replace(self, **changes)


@dataclass(frozen=True)
class Reference:
    amount: float
    unit: str
    kind: str  # AI, RDA, PRI, UL, or "own" for a user's own target
    source: str


# Caffeine in pregnancy and breastfeeding: up to 200 mg a day from all sources raises no
# safety concern for the fetus or the breastfed infant.
CAFFEINE_LIMIT = Reference(
    200.0,
    "mg",
    "UL",
    "EFSA NDA Panel 2015, Scientific Opinion on the "
    "safety of caffeine, EFSA J 13(5):4102 (pregnant and lactating women)",
)


@dataclass(frozen=True)
class DailyTargets:
    """Per nutrient (magnesium, calcium, vitamin_d): the daily target and the upper limit.

    The magnesium upper limit applies to supplements only, never to magnesium from food.
    Caffeine has a limit in pregnancy and breastfeeding only.
    """

    targets: dict[str, Reference]
    limits: dict[str, Reference]
    caffeine: Reference | None = None

    def target(self, nutrient: str) -> float:
        return self.targets[nutrient].amount

    def limit(self, nutrient: str) -> float | None:
        ref = self.limits.get(nutrient)
        return ref.amount if ref else None


class ReferenceIntakes:
    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        # What _lookup found, by what it was asked: the window asks again for one profile.
        self._found: dict[tuple, Reference | None] = {}

    @classmethod
    def load(cls, path: Path | str = REFERENCE_INTAKES) -> ReferenceIntakes:
        frame = pd.read_csv(path, dtype={"standard": str, "sex": str, "life_stage": str})
        return cls(frame)

    def for_profile(self, profile: Profile) -> DailyTargets:
        targets = {}
        limits = {}
        for nutrient in TARGET_NUTRIENTS:
            own = profile.own_targets.get(nutrient)
            if own is not None:
                targets[nutrient] = Reference(float(own), _unit(nutrient), "own", "own target")
            else:
                found = self._lookup(profile, nutrient, upper=False)
                if found is None:
                    raise ProfileError(
                        "profile.no_value",
                        standard=profile.standard,
                        nutrient=nutrient_name(nutrient),
                        who=_describe(profile),
                    )
                targets[nutrient] = found
            limit = self._lookup(profile, nutrient, upper=True)
            if limit is not None:
                limits[nutrient] = limit
        return DailyTargets(targets, limits, CAFFEINE_LIMIT if profile.life_stage else None)

    def _lookup(self, profile: Profile, nutrient: str, upper: bool) -> Reference | None:
        key = (profile.standard, profile.sex, profile.age, profile.life_stage, nutrient, upper)
        if key not in self._found:
            self._found[key] = self._look_up(profile, nutrient, upper)
        return self._found[key]

    def _look_up(self, profile: Profile, nutrient: str, upper: bool) -> Reference | None:
        f = self.frame
        rows = f[
            (f["standard"] == STANDARDS[profile.standard])
            & (f["sex"] == profile.sex)
            & (f["nutrient"] == nutrient)
            & ((f["kind"] == "UL") == upper)
            & (f["age_min"].isna() | (f["age_min"] <= profile.age))
            & (f["age_max"].isna() | (f["age_max"] >= profile.age))
        ]
        # A life stage's own row wins; where the standard gives none, the general adult value
        # applies ("adult" and "older_adult" rows are told apart by their ages).
        stages = [profile.life_stage] if profile.life_stage else []
        for stage in stages + ["adult", "older_adult"]:
            match = rows[rows["life_stage"] == stage]
            if len(match):
                row = match.iloc[0]
                return Reference(float(row["amount"]), row["unit"], row["kind"], row["source"])
        return None


def _unit(nutrient: str) -> str:
    """'mg', or 'ug' for vitamin D: the unit of its food-table column."""
    return TARGET_NUTRIENTS[nutrient].rsplit("_", 1)[1]


def nutrient_name(nutrient: str) -> Message:
    """One of TARGET_NUTRIENTS as a message names it (its key, in English)."""
    return Message(f"nutrient.{nutrient}")


def _describe(profile: Profile) -> Message:
    """'women aged 30 in pregnancy', 'men aged 72'."""
    who = "women" if profile.sex == "F" else "men"
    return Message(f"profile.{who}_{profile.life_stage or 'aged'}", age=profile.age)
