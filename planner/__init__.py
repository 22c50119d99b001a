"""Magplan's domain: foods, targets, the week plan and everything computed from it.

Pure Python, pandas and numpy. Nothing here imports Qt or the ui package.
"""

from importlib import resources
from pathlib import Path


def _data_dir() -> Path:
    """The folder of the bundled food table, reference intakes and sample week: the package
    planner.data, which is the repository's data/ folder (pyproject.toml maps it)."""
    try:
        folder = resources.files("planner.data")
    except ModuleNotFoundError:
        raise ImportError(
            "Magplan is not installed: run ./run.sh, or pip install . "
            "(pip install -e . to work on it)"
        ) from None
    # pip installs a wheel as files, so this is a folder on disk; the loaders and their
    # messages name real paths.
    if not isinstance(folder, Path):
        raise ImportError(f"Magplan's bundled data must be files on disk, not {folder}")
    return folder


DATA_DIR = _data_dir()
SAMPLE_WEEK = DATA_DIR / "sample-week.json"
