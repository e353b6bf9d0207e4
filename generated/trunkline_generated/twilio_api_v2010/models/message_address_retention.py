"""MessageAddressRetention: generated from the spec. Do not edit."""

from enum import StrEnum


class MessageAddressRetention(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    RETAIN = "retain"
    OBFUSCATE = "obfuscate"
