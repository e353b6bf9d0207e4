"""ErrorResponse: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .error import Error


def _conv_errors(value: Any) -> Any:
    from .error import Error

    return _rt_model_list(Error)(value)


class ErrorResponse(Record):
    """ErrorResponse record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("data", "data"),
        ("errors", "errors"),
    )

    @property
    def data(self) -> None | None:
        """The `data` field."""
        return self._data.get("data")

    @property
    def errors(self) -> list[Error] | None:
        """The `errors` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("errors", _MISSING)
        if value is _MISSING:
            raw = self._data.get("errors")
            value = cache["errors"] = None if raw is None else _conv_errors(raw)
        return value
