"""ConferenceStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class ConferenceStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    INIT = "init"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
