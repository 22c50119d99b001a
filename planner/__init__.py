"""Magplan's domain: foods, targets, the week plan and everything computed from it.

Pure Python, pandas and numpy. Nothing here imports Qt or the ui package.
"""

from pathlib import Path

# The bundled food table, reference intakes and sample week.
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
