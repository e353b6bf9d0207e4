"""NiCallerType: generated from the spec. Do not edit."""

from enum import StrEnum


class NiCallerType(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    BUSINESS = "business"
    CONSUMER = "consumer"
    UNKNOWN = "unknown"
