"""FaxQuality: generated from the spec. Do not edit."""

from enum import StrEnum


class FaxQuality(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    STANDARD = "standard"
    FINE = "fine"
    SUPERFINE = "superfine"
