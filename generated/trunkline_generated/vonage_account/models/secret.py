"""Secret: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import iso_datetime as _rt_iso_datetime
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    import datetime

    from .secret_links import SecretLinks


def _conv_links(value: Any) -> Any:
    from .secret_links import SecretLinks

    return _rt_model(SecretLinks)(value)


class Secret(Record):
    """An API secret (its value is never returned).

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("links", "_links"),
        ("id", "id"),
        ("created_at", "created_at"),
    )

    @property
    def links(self) -> SecretLinks | None:
        """HAL links."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("_links", _MISSING)
        if value is _MISSING:
            raw = self._data.get("_links")
            value = cache["_links"] = None if raw is None else _conv_links(raw)
        return value

    @property
    def id(self) -> str | None:
        """The secret's id."""
        return self._data.get("id")

    @property
    def created_at(self) -> datetime.datetime | None:
        """When the secret was created."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("created_at", _MISSING)
        if value is _MISSING:
            raw = self._data.get("created_at")
            value = cache["created_at"] = None if raw is None else _rt_iso_datetime(raw)
        return value
