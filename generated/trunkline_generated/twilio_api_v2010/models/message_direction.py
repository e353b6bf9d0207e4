"""MessageDirection: generated from the spec. Do not edit."""

from enum import StrEnum


class MessageDirection(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    INBOUND = "inbound"
    OUTBOUND_API = "outbound-api"
    OUTBOUND_CALL = "outbound-call"
    OUTBOUND_REPLY = "outbound-reply"
