"""`client.monitor.alerts`: the generated resource, typed to the overlay's `Alert` records.

The records themselves come from `_records.Alert` (the client parses into it); this only
tells type checkers that `get` and `list` give alerts with `description` and `status_code`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from trunkline_generated.clients import twilio as _tree
from trunkline_generated.twilio_monitor_v1.resources import alerts as _generated

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from trunkline_generated._runtime import Unset
    from trunkline_generated.twilio_monitor_v1.models.alert_log_level import AlertLogLevel

    from ..._core._paging import AsyncPager, Pager
    from .._records import Alert

__all__ = ["Alerts", "AsyncAlerts", "AsyncMonitorProduct", "MonitorProduct"]


class Alerts(_generated.Alerts):
    """Monitor alerts; each has a one-sentence `description`."""

    if TYPE_CHECKING:

        def get(
            self,
            sid: str,
            *,
            extra_headers: Mapping[str, str | None] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            timeout: float | Unset | None = ...,
            max_retries: int | Unset = ...,
        ) -> Alert: ...

        def list(
            self,
            *,
            log_level: AlertLogLevel | str | Unset = ...,
            start_date: datetime.datetime | Unset = ...,
            end_date: datetime.datetime | Unset = ...,
            resource_sid: str | Unset = ...,
            page_size: int | Unset = ...,
            page: int | Unset = ...,
            page_token: str | Unset = ...,
            limit: int | None = None,
            extra_headers: Mapping[str, str | None] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            timeout: float | Unset | None = ...,
            max_retries: int | Unset = ...,
        ) -> Pager[Alert]: ...


class AsyncAlerts(_generated.AsyncAlerts):
    """Monitor alerts, awaitable; each has a one-sentence `description`."""

    if TYPE_CHECKING:

        async def get(
            self,
            sid: str,
            *,
            extra_headers: Mapping[str, str | None] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            timeout: float | Unset | None = ...,
            max_retries: int | Unset = ...,
        ) -> Alert: ...

        def list(
            self,
            *,
            log_level: AlertLogLevel | str | Unset = ...,
            start_date: datetime.datetime | Unset = ...,
            end_date: datetime.datetime | Unset = ...,
            resource_sid: str | Unset = ...,
            page_size: int | Unset = ...,
            page: int | Unset = ...,
            page_token: str | Unset = ...,
            limit: int | None = None,
            extra_headers: Mapping[str, str | None] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            extra_body: Mapping[str, Any] | None = None,
            timeout: float | Unset | None = ...,
            max_retries: int | Unset = ...,
        ) -> AsyncPager[Alert]: ...


class MonitorProduct(_tree.MonitorProduct):
    """`client.monitor`, whose `alerts` are the overlay's."""

    if TYPE_CHECKING:
        alerts: Alerts


class AsyncMonitorProduct(_tree.AsyncMonitorProduct):
    """`client.monitor` of an AsyncClient, whose `alerts` are the overlay's."""

    if TYPE_CHECKING:
        alerts: AsyncAlerts
