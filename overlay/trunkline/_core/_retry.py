"""When a failed attempt is tried again, and after how long.

Every generated operation has a retry class (`RETRY` in its module):

- **safe** (reads, updates by id, deletes): retried after a connection error,
  a timeout, HTTP 408, HTTP 429 and any HTTP 5xx.
- **create** (places a call, sends a message, starts a verification): retried
  only where the provider provably did not act:
    - the request never left: connection refused or failed, connect timeout,
      no free connection in the pool (`APIConnectionError.request_sent` is False);
    - HTTP 429: the provider refused it before doing anything.
  Never after a read error, a timeout once the request was sent, or a 5xx:
  the provider may have acted, and a second call, message or verification
  would be a real-world duplicate.

Waiting: full jitter, `uniform(0, min(8, 0.5 * 2**n))` seconds before retry
n+1. A `Retry-After` header (seconds or an HTTP date) is waited exactly when it
is at most 60 seconds; a longer one is not waited at all: the error is raised.
`max_retries` (default 2) counts retries, not attempts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ._exceptions import APIConnectionError, APIError, APITimeoutError, RateLimitError

if TYPE_CHECKING:
    from ._operation import RetryClass
    from ._transport import TransportError

__all__ = [
    "INITIAL_DELAY",
    "MAX_DELAY",
    "MAX_RETRY_AFTER",
    "backoff",
    "retry_after",
    "retry_delay",
    "transport_error",
]

INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0


def backoff(retry_number: int) -> float:
    """Full-jitter delay before retry `retry_number` (0 for the first retry)."""
    import random

    return random.uniform(0.0, min(MAX_DELAY, INITIAL_DELAY * 2.0**retry_number))


def retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds the `Retry-After` header asks for (delta seconds or an HTTP date), if any."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    import time

    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _is_retryable(retry: RetryClass, error: APIError | APIConnectionError) -> bool:
    if isinstance(error, APIConnectionError):
        return retry == "safe" or not error.request_sent
    if isinstance(error, RateLimitError):
        return True
    if retry != "safe":
        return False
    status = error.status_code
    return status == 408 or status >= 500


def retry_delay(
    retry: RetryClass,
    error: APIError | APIConnectionError,
    retries_done: int,
    max_retries: int,
) -> float | None:
    """Seconds to wait before trying again after `error`, or None to give up and raise it."""
    if retries_done >= max_retries or not _is_retryable(retry, error):
        return None
    if isinstance(error, APIError) and error.response is not None:
        asked = retry_after(error.response.headers)
        if asked is not None:
            return asked if asked <= MAX_RETRY_AFTER else None
    return backoff(retries_done)


def transport_error(failure: TransportError, request_line: str) -> APIConnectionError:
    """The trunkline error for an attempt the transport could not complete."""
    error: APIConnectionError
    if failure.timed_out:
        error = APITimeoutError(request_line=request_line)
    else:
        description = failure.description.rstrip(".")
        error = APIConnectionError(f"Connection error: {description}.", request_line=request_line)
    error.request_sent = failure.sent
    return error
