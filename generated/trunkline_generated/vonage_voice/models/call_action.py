"""CallAction: generated from the spec. Do not edit."""

from enum import StrEnum


class CallAction(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    HANGUP = "hangup"
    MUTE = "mute"
    UNMUTE = "unmute"
    EARMUFF = "earmuff"
    UNEARMUFF = "unearmuff"
    TRANSFER = "transfer"
