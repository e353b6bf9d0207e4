"""FinishOnKey: generated from the spec. Do not edit."""

from enum import StrEnum


class FinishOnKey(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    ANY = "any"
    VALUE_1 = "#"
    VALUE_2 = "*"
    NONE = "none"
