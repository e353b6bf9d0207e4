"""SmsType: generated from the spec. Do not edit."""

from enum import StrEnum


class SmsType(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    TEXT = "text"
    BINARY = "binary"
    WAPPUSH = "wappush"
    UNICODE = "unicode"
    VCAL = "vcal"
    VCARD = "vcard"
