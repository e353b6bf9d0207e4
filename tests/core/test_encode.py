"""One encoder for query, form and header values, and the same rules for JSON bodies."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

import pytest

from trunkline._core import InvalidParameterError, encode_value
from trunkline._core._encode import dumps_json, encode_fields, to_json

from core_fakeapi import UNSET

CEST = dt.timezone(dt.timedelta(hours=2))


class Status(enum.StrEnum):
    QUEUED = "queued"


class Level(enum.IntEnum):
    HIGH = 3


class Flagged(enum.Enum):
    YES = True


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        ("plain", "plain"),
        (True, "true"),
        (False, "false"),
        (42, "42"),
        (1.5, "1.5"),
        (Decimal("-0.0075"), "-0.0075"),
        (Decimal("1E+2"), "100"),
        (dt.datetime(2024, 5, 1, 14, 0, 0, 123456, tzinfo=CEST), "2024-05-01T12:00:00Z"),
        (dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC), "2024-05-01T12:00:00Z"),
        (dt.date(2024, 5, 1), "2024-05-01"),
        (Status.QUEUED, "queued"),
        (Level.HIGH, "3"),
        (Flagged.YES, "true"),
        (["a", True, 3], ["a", "true", "3"]),
        (("x", None, UNSET), ["x"]),
        (None, None),
        (UNSET, None),
    ],
)
def test_encode_value(value: Any, wire: Any) -> None:
    assert encode_value("P", value) == wire


def test_naive_datetimes_are_refused_naming_the_parameter() -> None:
    with pytest.raises(InvalidParameterError, match=r"^StartTime>: naive datetime"):
        encode_value("StartTime>", dt.datetime(2024, 1, 1))
    with pytest.raises(InvalidParameterError, match="DateSent"):
        encode_value("DateSent", [dt.datetime(2024, 1, 1, tzinfo=dt.UTC), dt.datetime(2024, 1, 1)])


def test_values_that_have_no_wire_form_are_refused() -> None:
    with pytest.raises(InvalidParameterError, match="Meta: cannot send a dict"):
        encode_value("Meta", {"a": 1})


def test_encode_fields_leaves_out_unset_and_none() -> None:
    assert encode_fields({"A": 1, "B": None, "C": UNSET, "D": ""}) == {"A": "1", "D": ""}


def test_json_bodies_keep_json_types_and_convert_the_rest() -> None:
    body = {
        "on": True,
        "n": 3,
        "ratio": 0.5,
        "price": Decimal("2.50"),
        "at": dt.datetime(2024, 1, 1, 1, tzinfo=CEST),
        "day": dt.date(2024, 1, 1),
        "status": Status.QUEUED,
        "level": Level.HIGH,
        "tags": ("a", UNSET, "b"),
        "nested": {"clear": None, "gone": UNSET},
        "skipped": None,
        "missing": UNSET,
    }
    assert to_json(body) == {
        "on": True,
        "n": 3,
        "ratio": 0.5,
        "price": "2.50",
        "at": "2023-12-31T23:00:00Z",
        "day": "2024-01-01",
        "status": "queued",
        "level": 3,
        "tags": ["a", "b"],
        "nested": {"clear": None},
    }
    assert dumps_json(to_json({"level": Level.HIGH})) == b'{"level":3}'


def test_json_naive_datetime_error_names_the_path() -> None:
    with pytest.raises(InvalidParameterError, match=r"^meta\.when: naive"):
        to_json({"meta": {"when": dt.datetime(2024, 1, 1)}})
