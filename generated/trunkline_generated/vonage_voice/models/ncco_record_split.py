"""NccoRecordSplit: generated from the spec. Do not edit."""

from enum import StrEnum


class NccoRecordSplit(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    CONVERSATION = "conversation"
