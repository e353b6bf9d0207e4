"""StreamDirection: generated from the spec. Do not edit."""

from enum import StrEnum


class StreamDirection(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    UNKNOWN = "unknown"
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    BOTH = "both"
