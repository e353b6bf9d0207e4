"""EmergencyStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class EmergencyStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    ACTIVE = "Active"
    INACTIVE = "Inactive"
