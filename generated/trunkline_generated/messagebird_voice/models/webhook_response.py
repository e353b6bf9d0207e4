"""WebhookResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .webhook import Webhook


def _conv_data(value: Any) -> Any:
    from .webhook import Webhook

    return _rt_model_list(Webhook)(value)


class WebhookResponse(Record):
    """WebhookResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("data", "data"),
        ("links", "_links"),
    )

    @property
    def data(self) -> list[Webhook] | None:
        """The webhook at `data[0]`."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("data", _MISSING)
        if value is _MISSING:
            raw = self._data.get("data")
            value = cache["data"] = None if raw is None else _conv_data(raw)
        return value

    @property
    def links(self) -> dict[str, Any] | None:
        """Links to related resources, as paths relative to the host."""
        return self._data.get("_links")
