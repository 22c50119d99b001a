"""Magplan's window: PySide6 widgets, models and undo commands over the planner domain."""
