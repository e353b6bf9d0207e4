"""CallUpdateStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class CallUpdateStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    CANCELED = "canceled"
    COMPLETED = "completed"
