"""VerifyCheckStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class VerifyCheckStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    VALID = "VALID"
    INVALID = "INVALID"
