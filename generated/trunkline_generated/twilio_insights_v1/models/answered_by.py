"""AnsweredBy: generated from the spec. Do not edit."""

from enum import StrEnum


class AnsweredBy(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    UNKNOWN = "unknown"
    MACHINE_START = "machine_start"
    MACHINE_END_BEEP = "machine_end_beep"
    MACHINE_END_SILENCE = "machine_end_silence"
    MACHINE_END_OTHER = "machine_end_other"
    HUMAN = "human"
    FAX = "fax"
