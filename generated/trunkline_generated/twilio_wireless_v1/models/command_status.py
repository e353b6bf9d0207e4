"""CommandStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class CommandStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    RECEIVED = "received"
    FAILED = "failed"
