"""NccoRecordFormat: generated from the spec. Do not edit."""

from enum import StrEnum


class NccoRecordFormat(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    MP3 = "mp3"
    WAV = "wav"
