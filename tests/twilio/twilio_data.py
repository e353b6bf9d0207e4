"""Recorded-shape Twilio answers for the tests, built from the fixtures beside them."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parents[1] / "fixtures" / "twilio"
ACCOUNT = "AC" + "a" * 32
TOKEN = "tok_" + "9f" * 14  # an auth token the tests look for in logs and errors
ROOT = f"/2010-04-01/Accounts/{ACCOUNT}"
CALL = "CA" + "1" * 32  # ids as Twilio makes them: a prefix and 32 hex digits
MESSAGE = "SM" + "1" * 32


def fixture(name: str, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    data.update(changes)
    return data


def page(key: str, records: list[dict[str, Any]], next_uri: str | None, number: int = 0) -> Any:
    """One 2010-04-01 list page."""
    return {
        key: copy.deepcopy(records),
        "end": number * len(records) + len(records) - 1,
        "first_page_uri": f"{ROOT}/{key.capitalize()}.json?PageSize={len(records)}&Page=0",
        "next_page_uri": next_uri,
        "page": number,
        "page_size": len(records),
        "previous_page_uri": None,
        "start": number * len(records),
        "uri": f"{ROOT}/{key.capitalize()}.json?PageSize={len(records)}&Page={number}",
    }
