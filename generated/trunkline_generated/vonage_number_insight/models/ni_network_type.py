"""NiNetworkType: generated from the spec. Do not edit."""

from enum import StrEnum


class NiNetworkType(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    MOBILE = "mobile"
    LANDLINE = "landline"
    LANDLINE_PREMIUM = "landline_premium"
    LANDLINE_TOLLFREE = "landline_tollfree"
    VIRTUAL = "virtual"
    UNKNOWN = "unknown"
    PAGER = "pager"
