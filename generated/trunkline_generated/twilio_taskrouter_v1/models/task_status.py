"""TaskStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class TaskStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    PENDING = "pending"
    RESERVED = "reserved"
    ASSIGNED = "assigned"
    CANCELED = "canceled"
    COMPLETED = "completed"
    WRAPPING = "wrapping"
