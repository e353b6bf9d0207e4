"""ListOrder: generated from the spec. Do not edit."""

from enum import StrEnum


class ListOrder(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    ASC = "asc"
    DESC = "desc"
