"""CallType: generated from the spec. Do not edit."""

from enum import StrEnum


class CallType(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    CARRIER = "carrier"
    SIP = "sip"
    TRUNKING = "trunking"
    CLIENT = "client"
    WHATSAPP = "whatsapp"
