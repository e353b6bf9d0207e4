"""PricingProduct: generated from the spec. Do not edit."""

from enum import StrEnum


class PricingProduct(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    SMS = "sms"
    SMS_TRANSIT = "sms-transit"
    VOICE = "voice"
