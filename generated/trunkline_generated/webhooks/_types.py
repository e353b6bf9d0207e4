"""The value types of the webhook payload models that pydantic has no parser for.

Providers send times in shapes pydantic does not read as aware datetimes:
Twilio's RFC 2822 (`Thu, 30 Jul 2015 20:00:00 +0000`) and Vonage's UTC without
an offset (`2020-01-01 12:00:00`). Both become aware UTC `datetime`s, as every
time in trunkline's records is.

This file is copied into generated/ by generator/webhook_models.py: edit it in
generator/templates/webhooks/.
"""

from __future__ import annotations

import datetime
from email.utils import parsedate_to_datetime
from typing import Annotated, Any

from pydantic import BeforeValidator

__all__ = ["RFC2822Datetime", "UTCDatetime"]


def _rfc2822(value: Any) -> Any:
    """'Thu, 30 Jul 2015 20:00:00 +0000' -> aware UTC datetime; a datetime as it is."""
    if isinstance(value, str):
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            raise ValueError(f"not an RFC 2822 date: {value[:40]!r}") from None
        if parsed.tzinfo is None:
            raise ValueError(f"an RFC 2822 date without a timezone: {value[:40]!r}")
        return parsed.astimezone(datetime.UTC)
    return value


def _utc(value: Any) -> Any:
    """ISO 8601 (`Z`, an offset, or none: UTC) -> aware UTC datetime."""
    if isinstance(value, str):
        try:
            parsed = datetime.datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"not an ISO 8601 date and time: {value[:40]!r}") from None
        value = parsed
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=datetime.UTC)
        return value.astimezone(datetime.UTC)
    return value


RFC2822Datetime = Annotated[datetime.datetime, BeforeValidator(_rfc2822)]
"""An RFC 2822 time on the wire, an aware UTC datetime in Python."""

UTCDatetime = Annotated[datetime.datetime, BeforeValidator(_utc)]
"""An ISO 8601 time on the wire (no offset: UTC), an aware UTC datetime in Python."""
