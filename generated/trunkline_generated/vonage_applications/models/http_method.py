"""HttpMethod: generated from the spec. Do not edit."""

from enum import StrEnum


class HttpMethod(StrEnum):
    """Known values. Records keep a value the spec does not list as a plain `str`."""

    GET = "GET"
    POST = "POST"
