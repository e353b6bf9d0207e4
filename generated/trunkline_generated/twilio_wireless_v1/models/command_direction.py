"""CommandDirection: generated from the spec. Do not edit."""

from enum import StrEnum


class CommandDirection(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    FROM_SIM = "from_sim"
    TO_SIM = "to_sim"
