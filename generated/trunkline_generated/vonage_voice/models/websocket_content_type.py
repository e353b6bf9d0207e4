"""WebsocketContentType: generated from the spec. Do not edit."""

from enum import StrEnum


class WebsocketContentType(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    AUDIOL16RATE8000 = "audio/l16;rate=8000"
    AUDIOL16RATE16000 = "audio/l16;rate=16000"
