"""Application: generated from the spec. Do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._runtime import MISSING as _MISSING
from ..._runtime import Record
from ..._runtime import model as _rt_model

if TYPE_CHECKING:
    from .application_capabilities import ApplicationCapabilities
    from .application_keys import ApplicationKeys
    from .application_privacy import ApplicationPrivacy
    from .hal_links import HalLinks


def _conv_capabilities(value: Any) -> Any:
    from .application_capabilities import ApplicationCapabilities

    return _rt_model(ApplicationCapabilities)(value)


def _conv_privacy(value: Any) -> Any:
    from .application_privacy import ApplicationPrivacy

    return _rt_model(ApplicationPrivacy)(value)


def _conv_keys(value: Any) -> Any:
    from .application_keys import ApplicationKeys

    return _rt_model(ApplicationKeys)(value)


def _conv_links(value: Any) -> Any:
    from .hal_links import HalLinks

    return _rt_model(HalLinks)(value)


class Application(Record):
    """Application record.

    Read-only; fields convert on first read. `to_dict()` gives the wire JSON.
    """

    __slots__ = ()
    _FIELDS = (
        ("id", "id"),
        ("name", "name"),
        ("capabilities", "capabilities"),
        ("privacy", "privacy"),
        ("keys", "keys"),
        ("links", "_links"),
    )

    @property
    def id(self) -> str | None:
        """The application's id."""
        return self._data.get("id")

    @property
    def name(self) -> str | None:
        """The application's name (not unique)."""
        return self._data.get("name")

    @property
    def capabilities(self) -> ApplicationCapabilities | None:
        """The products the application uses, each with its settings."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("capabilities", _MISSING)
        if value is _MISSING:
            raw = self._data.get("capabilities")
            value = cache["capabilities"] = None if raw is None else _conv_capabilities(raw)
        return value

    @property
    def privacy(self) -> ApplicationPrivacy | None:
        """Privacy settings."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("privacy", _MISSING)
        if value is _MISSING:
            raw = self._data.get("privacy")
            value = cache["privacy"] = None if raw is None else _conv_privacy(raw)
        return value

    @property
    def keys(self) -> ApplicationKeys | None:
        """The application's key pair."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("keys", _MISSING)
        if value is _MISSING:
            raw = self._data.get("keys")
            value = cache["keys"] = None if raw is None else _conv_keys(raw)
        return value

    @property
    def links(self) -> HalLinks | None:
        """HAL links; a page has `next` while more records follow."""
        # converted on first read, then cached (inlined: this runs once per record)
        cache = self._cache
        value = cache.get("_links", _MISSING)
        if value is _MISSING:
            raw = self._data.get("_links")
            value = cache["_links"] = None if raw is None else _conv_links(raw)
        return value
