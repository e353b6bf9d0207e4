"""SayOptions: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from ..._runtime import int_value as _rt_int_value
from .if_machine import IfMachine
from .say_language import SayLanguage
from .say_voice import SayVoice

if TYPE_CHECKING:
    pass


_conv_voice = _rt_enum(SayVoice)
_conv_language = _rt_enum(SayLanguage)
_conv_if_machine = _rt_enum(IfMachine)


class SayOptions(Record):
    """SayOptions record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("payload", "payload"),
        ("voice", "voice"),
        ("language", "language"),
        ("repeat", "repeat"),
        ("if_machine", "ifMachine"),
        ("machine_timeout", "machineTimeout"),
    )

    @property
    def payload(self) -> str | None:
        """The text to speak."""
        return self._data.get("payload")

    @property
    def voice(self) -> SayVoice | str | None:
        """The voice that speaks a `say` step."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("voice", _MISSING)
        if value is _MISSING:
            raw = self._data.get("voice")
            value = cache["voice"] = None if raw is None else _conv_voice(raw)
        return value

    @property
    def language(self) -> SayLanguage | str | None:
        """The language of a `say` step, `<lang>-<COUNTRY>`. node's list; go's is a subset and
        defers to the live documentation for the current one (section 6)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("language", _MISSING)
        if value is _MISSING:
            raw = self._data.get("language")
            value = cache["language"] = None if raw is None else _conv_language(raw)
        return value

    @property
    def repeat(self) -> int | None:
        """How many times to speak the text."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("repeat", _MISSING)
        if value is _MISSING:
            raw = self._data.get("repeat")
            value = cache["repeat"] = None if raw is None else _rt_int_value(raw)
        return value

    @property
    def if_machine(self) -> IfMachine | str | None:
        """What a `say` step does when an answering machine picks up: `continue` (do not check,
        just speak), `delay` (wait until the machine stops talking; the default), `hangup`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("ifMachine", _MISSING)
        if value is _MISSING:
            raw = self._data.get("ifMachine")
            value = cache["ifMachine"] = None if raw is None else _conv_if_machine(raw)
        return value

    @property
    def machine_timeout(self) -> int | None:
        """Milliseconds spent detecting an answering machine (with `ifMachine` `delay` or
        `hangup`)."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("machineTimeout", _MISSING)
        if value is _MISSING:
            raw = self._data.get("machineTimeout")
            value = cache["machineTimeout"] = None if raw is None else _rt_int_value(raw)
        return value
