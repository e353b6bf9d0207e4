"""ValidationError: generated from the spec. Do not edit."""

from enum import StrEnum


class ValidationError(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    TOO_SHORT = "TOO_SHORT"
    TOO_LONG = "TOO_LONG"
    INVALID_BUT_POSSIBLE = "INVALID_BUT_POSSIBLE"
    INVALID_COUNTRY_CODE = "INVALID_COUNTRY_CODE"
    INVALID_LENGTH = "INVALID_LENGTH"
    NOT_A_NUMBER = "NOT_A_NUMBER"
