"""TransferRecord: generated from the spec. Do not edit."""

from enum import StrEnum


class TransferRecord(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    IN = "in"
    OUT = "out"
    BOTH = "both"
