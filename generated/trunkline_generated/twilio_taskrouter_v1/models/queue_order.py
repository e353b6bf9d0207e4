"""QueueOrder: generated from the spec. Do not edit."""

from enum import StrEnum


class QueueOrder(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    FIFO = "FIFO"
    LIFO = "LIFO"
