"""What the planner tells a user, in each of its languages: one template per code in
planner/texts.py, with `{name}` fields filled by str.format.

A Message is its English text (a str, so logs, tests, file descriptions and the English command
line read as they always did) that keeps its code and fields, so the window and `--lang nl`
say it in Dutch. A field that is itself a Message is said in the same language; a float is
written with the language's decimal sign. PlannerError is the base of the errors a user can
meet (a plan file, a plan edit, a CSV or food import, the library, a profile): `str(err)` is
the English line, `say(err, lang)` the line in the user's language.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from typing import Any, NamedTuple

from planner.texts import TEXTS


class Language(NamedTuple):
    name: str  # in its own words, as Preferences lists it
    locale: str  # the window's dates and numbers, unless the user's own locale speaks it
    decimal: str  # the decimal sign of a number in a message


# The languages Magplan speaks, the first the default; planner/texts.py and planner/phrases.py
# give each its words, ui/i18n/magplan_<code>.qm the window's.
LANGUAGE = {"en": Language("English", "en_GB", "."), "nl": Language("Nederlands", "nl_NL", ",")}
LANGUAGES = tuple(LANGUAGE)


class Message(str):
    """The English text of a code with these fields; .text(lang) says it in lang."""

    code: str
    params: Mapping[str, object]

    def __new__(cls, code: str, /, **params: object) -> Message:
        self = super().__new__(cls, _render(code, params, "en"))
        self.code, self.params = code, params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # A str's own reduction would build it again from its English text, not its code.
        return _rebuild, (self.code, dict(self.params))

    def text(self, lang: str = "en") -> str:
        return _render(self.code, self.params, lang)


def _rebuild(code: str, params: dict[str, object]) -> Message:
    return Message(code, **params)


def _render(code: str, params: Mapping[str, object], lang: str) -> str:
    template = TEXTS[code][LANGUAGES.index(lang)]
    return template.format(**{name: _said(value, lang) for name, value in params.items()})


def _said(value: object, lang: str) -> object:
    if isinstance(value, Message):
        return value.text(lang)
    if isinstance(value, float):
        return format(value, "g").replace(".", LANGUAGE[lang].decimal)
    return value


class PlannerError(ValueError):
    """An error a user can meet, carrying its Message: PlannerError(code, **fields), or
    PlannerError(message) to raise a message already made (with another error type)."""

    def __init__(self, message: str, /, **params: object) -> None:
        super().__init__(message if isinstance(message, Message) else Message(message, **params))

    @property
    def message(self) -> Message:
        return self.args[0]

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def params(self) -> Mapping[str, object]:
        return self.message.params


def say(what: object, lang: str = "en") -> str:
    """An error or a message in lang: a planner error or Message by its code, an OSError by
    its file and reason; anything else as str() says it."""
    said = message_of(what)
    return said.text(lang) if isinstance(said, Message) else said


def message_of(what: object) -> Message | str:
    """What an error says, as a Message where there is one (to say in any language, or to
    put in another message), else as its text."""
    if isinstance(what, PlannerError):
        return what.message
    if isinstance(what, Message):
        return what
    if isinstance(what, OSError):
        message = getattr(what, "message", None)  # planner.file_io.FileWriteError's
        return message if isinstance(message, Message) else os_error(what)
    return str(what)


def os_reason(err: OSError) -> Message:
    """Why the system refused: its own words in English, ours in Dutch for the usual reasons
    (the system's words are English whatever the user's language)."""
    reason = getattr(err, "reason", None)  # planner.file_io's own reasons
    if isinstance(reason, Message):
        return reason
    strerror = err.strerror or str(err)
    name = errno.errorcode.get(err.errno or 0, "")
    return Message(
        f"errno.{name}" if f"errno.{name}" in TEXTS else "errno.other", strerror=strerror
    )


def os_error(err: OSError) -> Message:
    """The file and why the system refused it ('week.json: Permission denied')."""
    if err.filename:
        return Message("file.os_error", path=err.filename, reason=os_reason(err))
    return os_reason(err)
