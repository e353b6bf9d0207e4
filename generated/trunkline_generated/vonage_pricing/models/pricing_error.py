"""PricingError: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    from .pricing_invalid_parameter import PricingInvalidParameter


def _conv_invalid_parameters(value: Any) -> Any:
    from .pricing_invalid_parameter import PricingInvalidParameter

    return _rt_model(PricingInvalidParameter)(value)


class PricingError(Record):
    """PricingError record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("type_", "type"),
        ("error_title", "error_title"),
        ("invalid_parameters", "invalid_parameters"),
        ("code", "code"),
        ("error_code_label", "error-code-label"),
        ("currency", "currency"),
    )

    @property
    def type_(self) -> str | None:
        """The kind of error (`BAD_REQUEST`)."""
        return self._data.get("type")

    @property
    def error_title(self) -> str | None:
        """The error in a few words."""
        return self._data.get("error_title")

    @property
    def invalid_parameters(self) -> PricingInvalidParameter | None:
        """The input that was refused."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("invalid_parameters", _MISSING)
        if value is _MISSING:
            raw = self._data.get("invalid_parameters")
            value = cache["invalid_parameters"] = (
                None if raw is None else _conv_invalid_parameters(raw)
            )
        return value

    @property
    def code(self) -> str | None:
        """The HTTP status ("401"), on authentication errors."""
        return self._data.get("code")

    @property
    def error_code_label(self) -> str | None:
        """The error in words (`authentication failed`)."""
        return self._data.get("error-code-label")

    @property
    def currency(self) -> str | None:
        """The account's currency, on authentication errors."""
        return self._data.get("currency")
