"""AccountStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class AccountStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"
