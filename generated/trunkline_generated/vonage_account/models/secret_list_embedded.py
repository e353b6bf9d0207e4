"""SecretListEmbedded: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model_list as _rt_model_list

if TYPE_CHECKING:
    from .secret import Secret


def _conv_secrets(value: Any) -> Any:
    from .secret import Secret

    return _rt_model_list(Secret)(value)


class SecretListEmbedded(Record):
    """SecretListEmbedded record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (("secrets", "secrets"),)

    @property
    def secrets(self) -> list[Secret] | None:
        """The `secrets` field."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("secrets", _MISSING)
        if value is _MISSING:
            raw = self._data.get("secrets")
            value = cache["secrets"] = None if raw is None else _conv_secrets(raw)
        return value
