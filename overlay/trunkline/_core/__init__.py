"""trunkline's request pipeline, shared by every provider, sync and async.

    _operation     Operation          one generated operation (method, path, retry class, parsers)
    _provider      Provider           per-provider hooks: auth, error shape, 2xx errors, secrets
    _base_client   SyncAPIClient      the pipeline: build, send, retry, map errors, parse
                   AsyncAPIClient
    _options       RequestOptions     per-call extra_headers / extra_query / extra_body / timeout
    _encode                           Python values -> wire text / JSON
    _urls                             base_url and next-page links
    _deadline                         wall-clock deadline per sync attempt
    _retry                            which failures retry, and how long to wait
    _response      RawResponse        answer -> payload or typed error
    _transport     Request, Response  the transport interface: what is sent, what comes back
                   Headers            (the same types whichever library sends)
    _httpx, _aiohttp                  the two transports
    _paging        Pager, AsyncPager  lazy records across pages; one strategy per paging style
    _logging                          the `trunkline` logger and redaction
    _exceptions                       the error tree

Importing this package loads nothing: each name imports its module on first
use, so `trunkline._core._exceptions` (the error classes every provider
package needs at import) does not pull in httpx. httpx is imported when a
client that uses it is built; orjson, anyio and aiohttp only when a request
needs them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
    from ._encode import encode_value
    from ._exceptions import (
        APIConnectionError,
        APIError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConfigurationError,
        ConflictError,
        InternalServerError,
        InvalidParameterError,
        InvalidPhoneNumber,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        TrunklineError,
        UnprocessableEntityError,
        WebhookVerificationError,
        error_class_for_status,
    )
    from ._logging import REDACTED, Redactor, get_logger
    from ._operation import Operation, RetryClass
    from ._options import RequestOptions
    from ._paging import (
        AsyncPager,
        AutoPaging,
        MessageBirdPaging,
        NextPage,
        Page,
        Pager,
        PagingStrategy,
        TwilioPaging,
        TwilioV1Paging,
        VonageHALPaging,
    )
    from ._provider import ErrorDetails, Provider, RequestKwargs
    from ._response import RawResponse
    from ._transport import Headers, Request, Response, TransportError

# name -> the submodule that defines it
_WHERE = {
    "APIConnectionError": "_exceptions",
    "APIError": "_exceptions",
    "APITimeoutError": "_exceptions",
    "AsyncAPIClient": "_base_client",
    "AsyncPager": "_paging",
    "AuthenticationError": "_exceptions",
    "AutoPaging": "_paging",
    "BadRequestError": "_exceptions",
    "ConfigurationError": "_exceptions",
    "ConflictError": "_exceptions",
    "DEFAULT_MAX_RETRIES": "_base_client",
    "DEFAULT_TIMEOUT": "_base_client",
    "ErrorDetails": "_provider",
    "Headers": "_transport",
    "InternalServerError": "_exceptions",
    "InvalidParameterError": "_exceptions",
    "InvalidPhoneNumber": "_exceptions",
    "MessageBirdPaging": "_paging",
    "NextPage": "_paging",
    "NotFoundError": "_exceptions",
    "Operation": "_operation",
    "Page": "_paging",
    "Pager": "_paging",
    "PagingStrategy": "_paging",
    "PermissionDeniedError": "_exceptions",
    "Provider": "_provider",
    "REDACTED": "_logging",
    "RateLimitError": "_exceptions",
    "RawResponse": "_response",
    "Request": "_transport",
    "Redactor": "_logging",
    "RequestKwargs": "_provider",
    "RequestOptions": "_options",
    "Response": "_transport",
    "RetryClass": "_operation",
    "SyncAPIClient": "_base_client",
    "TransportError": "_transport",
    "TrunklineError": "_exceptions",
    "TwilioPaging": "_paging",
    "TwilioV1Paging": "_paging",
    "UnprocessableEntityError": "_exceptions",
    "VonageHALPaging": "_paging",
    "WebhookVerificationError": "_exceptions",
    "encode_value": "_encode",
    "error_class_for_status": "_exceptions",
    "get_logger": "_logging",
}


def __getattr__(name: str) -> Any:
    try:
        module = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "REDACTED",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncAPIClient",
    "AsyncPager",
    "AuthenticationError",
    "AutoPaging",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ErrorDetails",
    "Headers",
    "InternalServerError",
    "InvalidParameterError",
    "InvalidPhoneNumber",
    "MessageBirdPaging",
    "NextPage",
    "NotFoundError",
    "Operation",
    "Page",
    "Pager",
    "PagingStrategy",
    "PermissionDeniedError",
    "Provider",
    "RateLimitError",
    "RawResponse",
    "Redactor",
    "Request",
    "RequestKwargs",
    "RequestOptions",
    "Response",
    "RetryClass",
    "SyncAPIClient",
    "TransportError",
    "TrunklineError",
    "TwilioPaging",
    "TwilioV1Paging",
    "UnprocessableEntityError",
    "VonageHALPaging",
    "WebhookVerificationError",
    "encode_value",
    "error_class_for_status",
    "get_logger",
]
