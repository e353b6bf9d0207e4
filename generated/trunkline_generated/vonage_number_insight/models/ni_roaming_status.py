"""NiRoamingStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class NiRoamingStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    ROAMING = "roaming"
    NOT_ROAMING = "not_roaming"
