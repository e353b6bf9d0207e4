"""NiValidNumber: generated from the spec. Do not edit."""

from enum import StrEnum


class NiValidNumber(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    UNKNOWN = "unknown"
    VALID = "valid"
    NOT_VALID = "not_valid"
    INFERRED = "inferred"
    INFERRED_NOT_VALID = "inferred_not_valid"
