"""LookupType: generated from the spec. Do not edit."""

from enum import StrEnum


class LookupType(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    CARRIER = "carrier"
    CALLER_NAME = "caller-name"
