"""AddressRequirement: generated from the spec. Do not edit."""

from enum import StrEnum


class AddressRequirement(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    NONE = "none"
    ANY = "any"
    LOCAL = "local"
    FOREIGN = "foreign"
