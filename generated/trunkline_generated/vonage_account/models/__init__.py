"""Records and enums of this API. Each loads on first use, not with the package."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_balance import AccountBalance
    from .account_result import AccountResult
    from .account_settings import AccountSettings
    from .invalid_parameter import InvalidParameter
    from .problem_details import ProblemDetails
    from .secret import Secret
    from .secret_link import SecretLink
    from .secret_links import SecretLinks
    from .secret_list import SecretList
    from .secret_list_embedded import SecretListEmbedded

_MODULES: dict[str, str] = {
    "AccountBalance": "account_balance",
    "AccountResult": "account_result",
    "AccountSettings": "account_settings",
    "InvalidParameter": "invalid_parameter",
    "ProblemDetails": "problem_details",
    "Secret": "secret",
    "SecretLink": "secret_link",
    "SecretLinks": "secret_links",
    "SecretList": "secret_list",
    "SecretListEmbedded": "secret_list_embedded",
}

__all__ = [
    "AccountBalance",
    "AccountResult",
    "AccountSettings",
    "InvalidParameter",
    "ProblemDetails",
    "Secret",
    "SecretLink",
    "SecretLinks",
    "SecretList",
    "SecretListEmbedded",
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
