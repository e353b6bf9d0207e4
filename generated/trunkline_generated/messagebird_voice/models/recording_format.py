"""RecordingFormat: generated from the spec. Do not edit."""

from enum import StrEnum


class RecordingFormat(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    WAV = "wav"
