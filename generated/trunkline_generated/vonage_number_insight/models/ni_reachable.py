"""NiReachable: generated from the spec. Do not edit."""

from enum import StrEnum


class NiReachable(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    UNKNOWN = "unknown"
    REACHABLE = "reachable"
    UNDELIVERABLE = "undeliverable"
    ABSENT = "absent"
    BAD_NUMBER = "bad_number"
    BLACKLISTED = "blacklisted"
