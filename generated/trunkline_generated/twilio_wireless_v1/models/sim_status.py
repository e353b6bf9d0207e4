"""SimStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class SimStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    NEW = "new"
    READY = "ready"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    DEACTIVATED = "deactivated"
    CANCELED = "canceled"
    SCHEDULED = "scheduled"
    UPDATING = "updating"
