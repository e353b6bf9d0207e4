"""FaxDirection: generated from the spec. Do not edit."""

from enum import StrEnum


class FaxDirection(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    INBOUND = "inbound"
    OUTBOUND = "outbound"
