"""VerifyRequestStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class VerifyRequestStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    IN_PROGRESS = "IN PROGRESS"
    SUCCESS = "SUCCESS"
    FAILED = "FAILED"
    EXPIRED = "EXPIRED"
    CANCELLED = "CANCELLED"
