"""PhoneNumberType: generated from the spec. Do not edit."""

from enum import StrEnum


class PhoneNumberType(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    LANDLINE = "landline"
    MOBILE = "mobile"
    VOIP = "voip"
