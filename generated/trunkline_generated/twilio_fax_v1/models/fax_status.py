"""FaxStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class FaxStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    QUEUED = "queued"
    PROCESSING = "processing"
    SENDING = "sending"
    DELIVERED = "delivered"
    RECEIVING = "receiving"
    RECEIVED = "received"
    NO_ANSWER = "no-answer"
    BUSY = "busy"
    FAILED = "failed"
    CANCELED = "canceled"
