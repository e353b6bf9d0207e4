"""ListAlertResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .alert import Alert
    from .page_meta import PageMeta


def _conv_alerts(value: Any) -> Any:
    from .alert import Alert

    return _rt_model_list(Alert)(value)


def _conv_meta(value: Any) -> Any:
    from .page_meta import PageMeta

    return _rt_model(PageMeta)(value)


class ListAlertResponse(Record):
    """ListAlertResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("alerts", "alerts"),
        ("meta", "meta"),
    )

    @property
    def alerts(self) -> list[Alert] | None:
        """The `alerts` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("alerts", _MISSING)
        if value is _MISSING:
            raw = self._data.get("alerts")
            value = cache["alerts"] = None if raw is None else _conv_alerts(raw)
        return value

    @property
    def meta(self) -> PageMeta | None:
        """Where a page of a Twilio v1 list sits; `next_page_url` is null on the last page."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("meta", _MISSING)
        if value is _MISSING:
            raw = self._data.get("meta")
            value = cache["meta"] = None if raw is None else _conv_meta(raw)
        return value
