"""Twilio records whose behaviour goes beyond the spec: errata and derived fields.

The client parses into these instead of the generated classes: each schema names its class
here with `x-trunkline-record` (the generated package's `RECORDS`), and the generated
methods are annotated with it. They add nothing a record does not already carry on the wire.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from trunkline_generated.twilio_api_v2010.models import notification, notification_detail
from trunkline_generated.twilio_monitor_v1.models import alert

__all__ = ["Alert", "Notification", "NotificationDetail"]

# Erratum (twilio-go): some notifications carry error code 4107, which does not exist; they
# are the reply limit, 14107.
_MISNUMBERED = {4107: 14107}


class Notification(notification.Notification):
    """A notification, with the misnumbered error code 4107 read as 14107."""

    __slots__ = ()

    @property
    def error_code(self) -> int | None:
        """The error code (4107, which does not exist, reads as 14107, the reply limit)."""
        code = super().error_code
        return _MISNUMBERED.get(code, code) if isinstance(code, int) else code


class NotificationDetail(notification_detail.NotificationDetail):
    """A fetched notification, with the misnumbered error code 4107 read as 14107."""

    __slots__ = ()

    @property
    def error_code(self) -> int | None:
        """The error code (4107, which does not exist, reads as 14107, the reply limit)."""
        code = super().error_code
        return _MISNUMBERED.get(code, code) if isinstance(code, int) else code


# Error codes whose `alert_text` says more than its `Msg` (twilio-go's Alert.Description).
_HTTP_RETRIEVAL_FAILURE = 11200
_DOCUMENT_PARSE_FAILURE = 12100
_FORBIDDEN_NUMBER = (13225, 13227)  # forbidden phone number; no international authorization
_SAY_INVALID_TEXT = 13520
_REPLY_LIMIT = 14107


class Alert(alert.Alert):
    """A Monitor alert, with `description` (one sentence) and `status_code` from its text."""

    __slots__ = ()

    def _text_values(self) -> dict[str, str]:
        text = self.alert_text
        if not isinstance(text, str):
            return {}
        try:
            parsed = parse_qs(text, keep_blank_values=True, strict_parsing=False)
        except ValueError:
            return {}
        return {key: values[0] for key, values in parsed.items() if values}

    def _code(self) -> int | None:
        try:
            return int(str(self.error_code))
        except (TypeError, ValueError):
            return None

    @property
    def description(self) -> str:
        """One sentence saying what went wrong, derived from `alert_text` (no trailing period)."""
        sentence = self._sentence().strip().removesuffix(".").strip()
        return sentence[:1].upper() + sentence[1:]

    def _sentence(self) -> str:
        values = self._text_values()
        code = self._code()
        more_info = self.more_info
        message = values.get("Msg", "").strip()
        if code is None or not values:
            return f"Unknown failure: {more_info}" if more_info else "Unknown failure"
        if code == _HTTP_RETRIEVAL_FAILURE:
            status = values.get("httpResponse")
            if status:
                return f"HTTP retrieval failure: status code {status} when fetching TwiML"
            return "HTTP retrieval failure"
        if code == _REPLY_LIMIT and message:
            return message.split("over", 1)[0]
        if code == _DOCUMENT_PARSE_FAILURE:
            return "Document parse failure"
        if code == _SAY_INVALID_TEXT:
            return "The text of the Say verb was empty or un-parsable"
        if code in _FORBIDDEN_NUMBER and message and values.get("phonenumber"):
            return f"{message} {values['phonenumber']}"
        if message:
            return message
        if more_info:
            return f"Error {code}: {more_info}"
        return "Unknown failure"

    @property
    def status_code(self) -> int | None:
        """The HTTP status the alert's `httpResponse` reports, when it is a valid one."""
        status = self._text_values().get("httpResponse", "")
        if status.isdigit() and 100 <= int(status) <= 599:
            return int(status)
        return None
