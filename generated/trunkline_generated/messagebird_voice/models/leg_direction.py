"""LegDirection: generated from the spec. Do not edit."""

from enum import StrEnum


class LegDirection(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    INCOMING = "incoming"
    OUTGOING = "outgoing"
