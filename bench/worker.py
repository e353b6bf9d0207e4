"""One measurement in one fresh interpreter: `python bench/worker.py SCENARIO VARIANT BASE_URL`.

Prints one JSON line (`{"ok": true, ...}`) as its last line of stdout. Keeps
its own module-level imports to `sys` and `time` so that the timed imports
find nothing pre-loaded (`json` and friends are imported after the clock stops
or inside each variant, where every variant pays for them).

Scenarios: `cold` (import + client + first fetched call), `list` (CPU of
listing N calls after import and client construction), `stream` (peak RSS
while streaming N calls), `create` (wall time of N message creates at a given
concurrency). Variants: `trunkline`, `twilio`, `httpx` (httpx + json), and
`httpx-orjson` (list, stream) and `aiohttp` (create: a bare aiohttp session + json).
"""

import sys
import time

T0 = time.perf_counter()

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
AUTH_TOKEN = "bench-auth-token"
CALL_SID = "CA" + "fedcba9876543210" * 2
TWILIO_HOST = "https://api.twilio.com"
CALLS_PATH = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Calls.json"
FROM, BODY = "+15017122661", "Hello from the benchmark"


# --- helpers shared by the variants ---------------------------------------------------------


def _twilio_client(base_url, *, asynchronous=False):
    """The official client, with its HTTP client sending to `base_url` instead of Twilio."""
    from twilio.rest import Client

    if asynchronous:
        from twilio.http.async_http_client import AsyncTwilioHttpClient

        class LocalAsyncHttpClient(AsyncTwilioHttpClient):
            async def request(self, method, url, *args, **kwargs):
                url = url.replace(TWILIO_HOST, base_url, 1)
                return await super().request(method, url, *args, **kwargs)

        http_client = LocalAsyncHttpClient()
    else:
        from twilio.http.http_client import TwilioHttpClient

        class LocalHttpClient(TwilioHttpClient):
            def request(self, method, url, *args, **kwargs):
                url = url.replace(TWILIO_HOST, base_url, 1)
                return super().request(method, url, *args, **kwargs)

        http_client = LocalHttpClient()
    return Client(ACCOUNT_SID, AUTH_TOKEN, http_client=http_client)


def _trunkline_client(base_url):
    from trunkline.twilio import Client

    return Client(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url)


def _httpx_client(base_url):
    import httpx

    return httpx.Client(base_url=base_url, auth=(ACCOUNT_SID, AUTH_TOKEN))


def _typed_fields():
    """Turns the fields every variant touches into the same Python types."""
    from datetime import datetime
    from decimal import Decimal
    from email.utils import parsedate_to_datetime

    def as_datetime(value):
        return (
            value if value is None or isinstance(value, datetime) else parsedate_to_datetime(value)
        )

    def as_decimal(value):
        return value if value is None or isinstance(value, Decimal | float) else Decimal(value)

    def as_int(value):
        return value if value is None or isinstance(value, int) else int(value)

    return as_datetime, as_decimal, as_int


def _bare_pages(client, loads, page_size, limit):
    """httpx + a JSON decoder, following `next_page_uri` until `limit` records."""
    url, params = CALLS_PATH, {"PageSize": page_size}
    remaining = limit
    while url and remaining > 0:
        response = client.get(url, params=params)
        response.raise_for_status()
        params = None
        payload = loads(response.content)
        records = payload["calls"]
        if len(records) > remaining:
            records = records[:remaining]
        remaining -= len(records)
        yield from records
        url = payload.get("next_page_uri")


def _iter_calls(variant, base_url, page_size, limit):
    """(client, iterator of (sid, status, start_time, price, duration) raw values)."""
    if variant == "twilio":
        client = _twilio_client(base_url)

        def records():
            for call in client.calls.stream(page_size=page_size, limit=limit):
                yield call.sid, call.status, call.start_time, call.price, call.duration

    elif variant == "trunkline":
        client = _trunkline_client(base_url)

        def records():
            for call in client.calls.list(page_size=page_size, limit=limit):
                yield call.sid, call.status, call.start_time, call.price, call.duration

    elif variant in {"httpx", "httpx-orjson"}:
        client = _httpx_client(base_url)
        if variant == "httpx":
            import json

            loads = json.loads
        else:
            import orjson

            loads = orjson.loads

        def records():
            for call in _bare_pages(client, loads, page_size, limit):
                yield (
                    call["sid"],
                    call["status"],
                    call["start_time"],
                    call["price"],
                    call["duration"],
                )

    else:
        raise SystemExit(f"unknown variant {variant!r}")
    return client, records


def _consume(records, limit):
    as_datetime, as_decimal, as_int = _typed_fields()
    count = 0
    total_duration = 0
    for sid, status, start_time, price, duration in records():
        start = as_datetime(start_time)
        cost = as_decimal(price)
        seconds = as_int(duration)
        if not sid or not status or start is None or cost is None:
            raise AssertionError(f"record {count} lacks a field: {sid!r} {status!r}")
        total_duration += seconds
        count += 1
    if count != limit:
        raise AssertionError(f"expected {limit} records, got {count}")
    return count, total_duration


def _peak_rss_mb():
    import resource

    # Linux reports ru_maxrss in KiB (macOS in bytes).
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


# --- scenarios -------------------------------------------------------------------------------


def cold(variant, base_url):
    """Import, build a client, fetch one call and read a field: wall seconds since start."""
    if variant == "twilio":
        client = _twilio_client(base_url)
        status = client.calls(CALL_SID).fetch().status
    elif variant == "trunkline":
        client = _trunkline_client(base_url)
        status = client.calls.get(CALL_SID).status
    elif variant == "httpx":
        import json

        client = _httpx_client(base_url)
        response = client.get(f"/2010-04-01/Accounts/{ACCOUNT_SID}/Calls/{CALL_SID}.json")
        response.raise_for_status()
        status = json.loads(response.content)["status"]
    else:
        raise SystemExit(f"unknown variant {variant!r}")
    wall = time.perf_counter() - T0
    cpu = time.process_time()
    if str(getattr(status, "value", status)) != "completed":
        raise AssertionError(f"unexpected status {status!r}")
    return {"wall": wall, "cpu": cpu}


# Twenty resources a program touches, across the 2010 API and the products, nested ones too.
_SAME = [
    *("calls", "messages", "recordings", "queues", "conferences", "incoming_phone_numbers"),
    *("available_phone_numbers", "applications", "keys", "notifications"),
    *("outgoing_caller_ids", "transcriptions", "addresses", "usage.records", "usage.triggers"),
]
_TRUNKLINE = ("accounts", "sip.domains", "monitor.alerts", "pricing.voice")
_TWILIO = ("api.v2010.accounts", "api.v2010.account.sip.domains", "monitor.v1.alerts")
TREE = {
    "trunkline": [*_SAME, *_TRUNKLINE, "taskrouter.workspaces"],
    "twilio": [*_SAME, *_TWILIO, "pricing.v2.voice", "taskrouter.v1.workspaces"],
}


def tree(variant, base_url):
    """Import, build a client and reach 20 resources (no request): wall seconds since start."""
    if variant == "twilio":
        client = _twilio_client(base_url)
    elif variant == "trunkline":
        client = _trunkline_client(base_url)
    else:
        raise SystemExit(f"unknown variant {variant!r}")
    reached = []
    for path in TREE[variant]:
        target = client
        for part in path.split("."):
            target = getattr(target, part)
        reached.append(target)
    wall = time.perf_counter() - T0
    if len(reached) != 20:
        raise AssertionError("not every resource was reached")
    return {"wall": wall, "cpu": time.process_time()}


def listing(variant, base_url, limit, page_size=1000):
    """CPU (and wall) seconds to list `limit` calls, after import and client construction."""
    _, records = _iter_calls(variant, base_url, page_size, limit)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    count, _ = _consume(records, limit)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    return {"cpu": cpu, "wall": wall, "records": count}


def stream(variant, base_url, limit, page_size=1000):
    """Peak RSS (MiB) of the whole process while streaming `limit` calls, and before."""
    _, records = _iter_calls(variant, base_url, page_size, limit)
    before = _peak_rss_mb()
    count, _ = _consume(records, limit)
    return {"peak_rss_mb": _peak_rss_mb(), "before_rss_mb": before, "records": count}


def create(variant, base_url, total, concurrency):
    """Wall seconds for `total` message creates with at most `concurrency` in flight."""
    import asyncio

    async def run():
        semaphore = asyncio.Semaphore(concurrency)
        if variant == "twilio":
            client = _twilio_client(base_url, asynchronous=True)

            async def send(to):
                message = await client.messages.create_async(to=to, from_=FROM, body=BODY)
                return message.sid

            async def close():
                await client.http_client.close()

        elif variant == "trunkline":
            from trunkline.twilio import AsyncClient

            client = AsyncClient(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url)
            await client.__aenter__()

            async def send(to):
                message = await client.messages.create(to=to, from_=FROM, body=BODY)
                return message.sid

            async def close():
                await client.__aexit__(None, None, None)

        elif variant == "httpx":
            import json

            import httpx

            limits = httpx.Limits(
                max_connections=concurrency, max_keepalive_connections=concurrency
            )
            client = httpx.AsyncClient(
                base_url=base_url, auth=(ACCOUNT_SID, AUTH_TOKEN), limits=limits
            )
            path = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"

            async def send(to):
                response = await client.post(path, data={"To": to, "From": FROM, "Body": BODY})
                response.raise_for_status()
                return json.loads(response.content)["sid"]

            async def close():
                await client.aclose()

        elif variant == "aiohttp":
            import json
            from base64 import b64encode

            import aiohttp

            token = b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
            client = aiohttp.ClientSession(
                base_url=base_url, headers={"Authorization": f"Basic {token}"}
            )
            path = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"

            async def send(to):
                form = {"To": to, "From": FROM, "Body": BODY}
                async with client.post(path, data=form) as response:
                    response.raise_for_status()
                    return json.loads(await response.read())["sid"]

            async def close():
                await client.close()

        else:
            raise SystemExit(f"unknown variant {variant!r}")

        async def one(to):
            async with semaphore:
                return await send(to)

        # a bulk send: one sender, every message to another recipient
        recipients = [f"+1415555{i % 10_000:04d}" for i in range(total)]
        try:
            cpu0, wall0 = time.process_time(), time.perf_counter()
            sids = await asyncio.gather(*(one(to) for to in recipients))
            cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        finally:
            await close()
        if len(set(sids)) != total or not all(str(sid).startswith("SM") for sid in sids):
            raise AssertionError("creates returned missing or duplicate message SIDs")
        return {"wall": wall, "cpu": cpu, "messages": total}

    return asyncio.run(run())


def main(argv):
    if len(argv) < 3:
        raise SystemExit(__doc__)
    scenario, variant, base_url, *rest = argv
    numbers = [int(arg) for arg in rest]
    if scenario == "cold":
        result = cold(variant, base_url)
    elif scenario == "tree":
        result = tree(variant, base_url)
    elif scenario == "list":
        result = listing(variant, base_url, *numbers)
    elif scenario == "stream":
        result = stream(variant, base_url, *numbers)
    elif scenario == "create":
        result = create(variant, base_url, *numbers)
    else:
        raise SystemExit(f"unknown scenario {scenario!r}")
    import json

    print(json.dumps({"ok": True, **result}))


if __name__ == "__main__":
    main(sys.argv[1:])
