"""UsageTriggerRecurring: generated from the spec. Do not edit."""

from enum import StrEnum


class UsageTriggerRecurring(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    DAILY = "daily"
    MONTHLY = "monthly"
    YEARLY = "yearly"
    ALLTIME = "alltime"
