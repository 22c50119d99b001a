"""One typed wrapper over QSettings: every key Magplan remembers, and its type, in one place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from planner.messages import LANGUAGES

RECENT_LIMIT = 8


class Settings:
    """Passed in by the composition root; tests give it a temporary INI file."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def for_user(cls) -> Settings:
        return cls(
            QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Magplan", "Magplan")
        )

    @classmethod
    def in_file(cls, path: Path) -> Settings:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def value(self, key: str, default: Any, type: type = str) -> Any:
        """The stored value converted to type, or default when absent or unreadable."""
        if not self._store.contains(key):
            return default
        raw = self._store.value(key)
        if type is list:
            # An INI file gives back a one-item list as a plain string, and none as None.
            return [] if raw is None else [raw] if isinstance(raw, str) else list(raw)
        if type is bool:
            return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
        if type is QByteArray:
            return raw if isinstance(raw, QByteArray) else default
        try:
            return type(raw)
        except (TypeError, ValueError):
            return default

    def set_value(self, key: str, value: Any) -> None:
        self._store.setValue(key, value)

    def remove(self, key: str) -> None:
        self._store.remove(key)

    def sync(self) -> None:
        self._store.sync()

    # --- the keys ---------------------------------------------------------------------

    @property
    def last_plan(self) -> Path | None:
        text = self.value("files/last_plan", "")
        return Path(text) if text else None

    @last_plan.setter
    def last_plan(self, path: Path | None) -> None:
        self.set_value("files/last_plan", str(path) if path else "")

    @property
    def started_before(self) -> bool:
        return self.value("files/started_before", False, type=bool)

    @started_before.setter
    def started_before(self, value: bool) -> None:
        self.set_value("files/started_before", value)

    @property
    def recent_files(self) -> list[Path]:
        return [Path(p) for p in self.value("files/recent", [], type=list) if p]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        paths = [path] + [p for p in self.recent_files if p != path]
        self.set_value("files/recent", [str(p) for p in paths[:RECENT_LIMIT]])

    def clear_recent(self) -> None:
        self.set_value("files/recent", [])

    def autosave_origin(self, name: str) -> Path | None:
        """The file the autosave of this name belongs to (none for an untitled plan)."""
        text = self.value(f"autosave/{name}", "")
        return Path(text) if text else None

    def set_autosave_origin(self, name: str, path: Path | None) -> None:
        if path is None:
            self.remove(f"autosave/{name}")
        else:
            self.set_value(f"autosave/{name}", str(path))

    @property
    def language(self) -> str:
        """The window's language: "" follows the system, else one of LANGUAGES."""
        language = self.value("ui/language", "")
        return language if language in LANGUAGES else ""

    @language.setter
    def language(self, language: str) -> None:
        self.set_value("ui/language", language)

    @property
    def per(self) -> str:
        return self.value("foods/per", "100g")

    @per.setter
    def per(self, per: str) -> None:
        self.set_value("foods/per", per)

    def state(self, name: str) -> QByteArray | None:
        """A saved window geometry, dock or splitter state."""
        return self.value(f"window/{name}", None, type=QByteArray)

    def set_state(self, name: str, state: QByteArray) -> None:
        self.set_value(f"window/{name}", state)
