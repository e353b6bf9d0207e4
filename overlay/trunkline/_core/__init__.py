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
    _paging        Pager, AsyncPager  lazy records across pages; one strategy per paging style
    _logging                          the `trunkline` logger and redaction
    _exceptions                       the error tree

Importing this package loads httpx and nothing heavy beside it: logging is
configured, orjson, anyio and aiohttp are imported only when first needed.
"""

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
    "RequestKwargs",
    "RequestOptions",
    "RetryClass",
    "SyncAPIClient",
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
