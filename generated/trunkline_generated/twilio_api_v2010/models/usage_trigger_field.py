"""UsageTriggerField: generated from the spec. Do not edit."""

from enum import StrEnum


class UsageTriggerField(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    COUNT = "count"
    USAGE = "usage"
    PRICE = "price"
