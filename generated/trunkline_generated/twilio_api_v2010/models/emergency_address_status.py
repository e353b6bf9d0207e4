"""EmergencyAddressStatus: generated from the spec. Do not edit."""

from enum import StrEnum


class EmergencyAddressStatus(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    REGISTERED = "registered"
    UNREGISTERED = "unregistered"
    PENDING_REGISTRATION = "pending-registration"
    REGISTRATION_FAILURE = "registration-failure"
    PENDING_UNREGISTRATION = "pending-unregistration"
    UNREGISTRATION_FAILURE = "unregistration-failure"
