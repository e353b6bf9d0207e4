"""ApplicationError: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .invalid_parameter import InvalidParameter


def _conv_invalid_parameters(value: Any) -> Any:
    from .invalid_parameter import InvalidParameter

    return _rt_model_list(InvalidParameter)(value)


class ApplicationError(Record):
    """ApplicationError record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("type_", "type"),
        ("title", "title"),
        ("detail", "detail"),
        ("instance", "instance"),
        ("invalid_parameters", "invalid_parameters"),
    )

    @property
    def type_(self) -> str | None:
        """A URL describing the error."""
        return self._data.get("type")

    @property
    def title(self) -> str | None:
        """The error in a few words."""
        return self._data.get("title")

    @property
    def detail(self) -> str | None:
        """What went wrong."""
        return self._data.get("detail")

    @property
    def instance(self) -> str | None:
        """The id of this request at Vonage, for support."""
        return self._data.get("instance")

    @property
    def invalid_parameters(self) -> list[InvalidParameter] | None:
        """The inputs that were refused, and why."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("invalid_parameters", _MISSING)
        if value is _MISSING:
            raw = self._data.get("invalid_parameters")
            value = cache["invalid_parameters"] = (
                None if raw is None else _conv_invalid_parameters(raw)
            )
        return value
