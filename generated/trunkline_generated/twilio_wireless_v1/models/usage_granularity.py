"""UsageGranularity: generated from the spec. Do not edit."""

from enum import StrEnum


class UsageGranularity(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    HOURLY = "hourly"
    DAILY = "daily"
    ALL = "all"
