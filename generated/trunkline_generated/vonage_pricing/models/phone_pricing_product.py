"""PhonePricingProduct: generated from the spec. Do not edit."""

from enum import StrEnum


class PhonePricingProduct(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    SMS = "sms"
    VOICE = "voice"
