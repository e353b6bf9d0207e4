"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error
    from .fax import Fax
    from .fax_direction import FaxDirection
    from .fax_media import FaxMedia
    from .fax_quality import FaxQuality
    from .fax_status import FaxStatus
    from .fax_update_status import FaxUpdateStatus
    from .list_fax_media_response import ListFaxMediaResponse
    from .list_fax_response import ListFaxResponse
    from .page_meta import PageMeta

_MODULES: dict[str, str] = {
    "Error": "error",
    "Fax": "fax",
    "FaxDirection": "fax_direction",
    "FaxMedia": "fax_media",
    "FaxQuality": "fax_quality",
    "FaxStatus": "fax_status",
    "FaxUpdateStatus": "fax_update_status",
    "ListFaxMediaResponse": "list_fax_media_response",
    "ListFaxResponse": "list_fax_response",
    "PageMeta": "page_meta",
}

__all__ = [
    "Error",
    "Fax",
    "FaxDirection",
    "FaxMedia",
    "FaxQuality",
    "FaxStatus",
    "FaxUpdateStatus",
    "ListFaxMediaResponse",
    "ListFaxResponse",
    "PageMeta",
]


def __getattr__(name: str) -> Any:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
