"""VerifyEventType: generated from the spec. Do not edit."""

from enum import StrEnum


class VerifyEventType(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    SMS = "sms"
    TTS = "tts"
