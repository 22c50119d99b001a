"""Magplan's bundled files: the food table, the reference intakes and the sample week.

This folder is the package planner.data once installed (pyproject.toml maps it), so the files
ship inside the wheel and are found with importlib.resources wherever Magplan is installed.
"""
