"""SecretList: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    from .secret_links import SecretLinks
    from .secret_list_embedded import SecretListEmbedded


def _conv_links(value: Any) -> Any:
    from .secret_links import SecretLinks

    return _rt_model(SecretLinks)(value)


def _conv_embedded(value: Any) -> Any:
    from .secret_list_embedded import SecretListEmbedded

    return _rt_model(SecretListEmbedded)(value)


class SecretList(Record):
    """SecretList record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("links", "_links"),
        ("embedded", "_embedded"),
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
    def embedded(self) -> SecretListEmbedded | None:
        """The `_embedded` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("_embedded", _MISSING)
        if value is _MISSING:
            raw = self._data.get("_embedded")
            value = cache["_embedded"] = None if raw is None else _conv_embedded(raw)
        return value
