"""CallSummariesSortBy: generated from the spec. Do not edit."""

from enum import StrEnum


class CallSummariesSortBy(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    START_TIME = "start_time"
    END_TIME = "end_time"
