"""TranscriptionLanguage: generated from the spec. Do not edit."""

from enum import StrEnum


class TranscriptionLanguage(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    DE_DE = "de-DE"
    EN_AU = "en-AU"
    EN_UK = "en-UK"
    EN_US = "en-US"
    ES_ES = "es-ES"
    ES_LA = "es-LA"
    FR_FR = "fr-FR"
    IT_IT = "it-IT"
    NL_NL = "nl-NL"
    PT_BR = "pt-BR"
