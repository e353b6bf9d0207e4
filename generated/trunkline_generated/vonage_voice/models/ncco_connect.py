"""NccoConnect: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import enum as _rt_enum
from ..._runtime import number_value as _rt_number_value
from .http_method import HttpMethod
from .machine_detection import MachineDetection
from .ncco_connect_event_type import NccoConnectEventType

if TYPE_CHECKING:
    pass


_conv_event_type = _rt_enum(NccoConnectEventType)
_conv_machine_detection = _rt_enum(MachineDetection)
_conv_event_method = _rt_enum(HttpMethod)


class NccoConnect(Record):
    """Connect the call to one or more endpoints.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("action", "action"),
        ("endpoint", "endpoint"),
        ("from_", "from"),
        ("event_type", "eventType"),
        ("timeout", "timeout"),
        ("limit", "limit"),
        ("machine_detection", "machineDetection"),
        ("event_url", "eventUrl"),
        ("event_method", "eventMethod"),
    )

    @property
    def action(self) -> Literal["connect"] | None:
        """The `action` field."""
        return self._data.get("action")

    @property
    def endpoint(self) -> list[dict[str, Any]] | None:
        """The endpoints to connect to."""
        return self._data.get("endpoint")

    @property
    def from_(self) -> str | None:
        """The caller id, a number of your account (E.164 without the `+`)."""
        return self._data.get("from")

    @property
    def event_type(self) -> NccoConnectEventType | str | None:
        """`synchronous`: the events of the connected leg may change the NCCO."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("eventType", _MISSING)
        if value is _MISSING:
            raw = self._data.get("eventType")
            value = cache["eventType"] = None if raw is None else _conv_event_type(raw)
        return value

    @property
    def timeout(self) -> float | None:
        """Seconds of ringing before giving up."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("timeout", _MISSING)
        if value is _MISSING:
            raw = self._data.get("timeout")
            value = cache["timeout"] = None if raw is None else _rt_number_value(raw)
        return value

    @property
    def limit(self) -> float | None:
        """The longest the call may last, in seconds."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("limit", _MISSING)
        if value is _MISSING:
            raw = self._data.get("limit")
            value = cache["limit"] = None if raw is None else _rt_number_value(raw)
        return value

    @property
    def machine_detection(self) -> MachineDetection | str | None:
        """What to do when a machine answers: `continue` (and send a `machine` event) or `hangup`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("machineDetection", _MISSING)
        if value is _MISSING:
            raw = self._data.get("machineDetection")
            value = cache["machineDetection"] = (
                None if raw is None else _conv_machine_detection(raw)
            )
        return value

    @property
    def event_url(self) -> list[str] | None:
        """The webhook that receives this leg's events."""
        return self._data.get("eventUrl")

    @property
    def event_method(self) -> HttpMethod | str | None:
        """An HTTP method of a webhook request."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("eventMethod", _MISSING)
        if value is _MISSING:
            raw = self._data.get("eventMethod")
            value = cache["eventMethod"] = None if raw is None else _conv_event_method(raw)
        return value
