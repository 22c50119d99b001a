"""What the wheel holds. pyproject.toml lists the packages by hand (for the data/ mapping), so
a package added to the tree must be added there too."""

import tomllib
from pathlib import Path

from planner import DATA_DIR, SAMPLE_WEEK

ROOT = Path(__file__).resolve().parent.parent


def setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]


def test_every_package_in_the_tree_is_listed_for_the_wheel():
    found = {
        ".".join(init.relative_to(ROOT).parent.parts)
        for top in ("planner", "ui")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert found - set(setuptools_config()["packages"]) == set()


def test_the_bundled_files_are_read_from_the_package_planner_data():
    config = setuptools_config()
    assert "planner.data" in config["packages"]
    assert config["package-dir"]["planner.data"] == "data"
    assert DATA_DIR == ROOT / "data"  # an editable install reads the files in place
    assert SAMPLE_WEEK.is_file()
