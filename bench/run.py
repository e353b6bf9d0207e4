"""Benchmarks: trunkline's Twilio client vs the official `twilio` SDK vs bare httpx (and, for the
async creates, raw aiohttp).

`make bench` runs this with `.venv/bin/python`. Every number is the median of
several fresh subprocesses (`bench/worker.py`, or a `-c` one-liner for import
time) run one at a time against a local fake of the Twilio API
(`bench/server.py`, its own subprocess on 127.0.0.1).

The subprocesses run in `.venv-bench/` at the repo root, a venv holding only
what they import (`requirements/bench-runtime.txt` plus trunkline itself, as
a wheel built from this tree on every run): with dev tools installed `import
httpx` also imports rich and click for its CLI, which would inflate every httpx
number. It is created on first use and rebuilt when the pins change.

    .venv/bin/python bench/run.py            # everything, about 4 minutes
    .venv/bin/python bench/run.py --quick    # fewer repetitions
    .venv/bin/python bench/run.py --repeat 9 --only import,cold

Prints a Markdown table and writes bench/results.json. Exits 1 if any variant
failed to run (with what failed), 2 with --strict if a goal was missed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
BENCH_VENV = ROOT / ".venv-bench"
RUNTIME_REQUIREMENTS = ROOT / "requirements" / "bench-runtime.txt"
WORKER = BENCH / "worker.py"
SERVER = BENCH / "server.py"
RESULTS = BENCH / "results.json"
STAMP_NAME = ".bench-runtime-installed"
FORBIDDEN_IN_VENV = ("rich", "click")  # httpx imports its CLI when they are present

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
LIST_SIZE = 10_000
STREAM_SIZES = (10_000, 100_000)
PAGE_SIZE = 1000
CREATES = 1000
CONCURRENCY = 50
WORKER_TIMEOUT = 600.0

IMPORTS = {
    "trunkline": "import trunkline.twilio",
    "twilio": "from twilio.rest import Client",
    "httpx": "import httpx",
}
IMPORT_SNIPPET = (
    "import time\n"
    "t0 = time.perf_counter()\n"
    "{statement}\n"
    "t1 = time.perf_counter()\n"
    "import sys\n"
    "sys.stdout.write(repr(t1 - t0))\n"
)
SCENARIOS = ("import", "cold", "tree", "list", "stream", "create")
VARIANTS = {
    "import": ("trunkline", "twilio", "httpx"),
    "cold": ("trunkline", "twilio", "httpx"),
    "tree": ("trunkline", "twilio"),
    "list": ("trunkline", "twilio", "httpx", "httpx-orjson"),
    "stream": ("trunkline", "twilio", "httpx"),
    "create": ("trunkline", "twilio", "httpx", "aiohttp"),
}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class BenchError(Exception):
    """A step of the benchmark could not run."""


# --- the clean venv ------------------------------------------------------------------------------


def _uv() -> str:
    beside = Path(sys.executable).parent / "uv"
    found = str(beside) if beside.exists() else shutil.which("uv")
    if not found:
        raise BenchError("uv not found: run `make bootstrap` (it installs uv into .venv)")
    return found


def _venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _fingerprint(extra: str | None = None) -> str:
    digest = hashlib.sha256()
    for path in (RUNTIME_REQUIREMENTS, ROOT / "pyproject.toml", ROOT / "requirements" / "dev.txt"):
        digest.update(path.read_bytes())
    digest.update(sys.version.encode())
    digest.update((extra or "").encode())
    return digest.hexdigest()


def bench_venv(extra: str | None) -> Path:
    """`.venv-bench/`, or `.venv-bench-<extra>/` with that extra of trunkline installed too."""
    return BENCH_VENV if extra is None else ROOT / f".venv-bench-{extra}"


def forbidden_in(extra: str | None) -> tuple[str, ...]:
    """What may not be installed: rich and click, less what the extra itself brings (the cli
    extra brings rich, and must not bring click)."""
    return tuple(name for name in FORBIDDEN_IN_VENV if not (extra == "cli" and name == "rich"))


def _check(command: Sequence[str], what: str) -> str:
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode:
        raise BenchError(f"{what} failed ({done.returncode}):\n{done.stderr.strip()[-2000:]}")
    return done.stdout


def ensure_bench_venv(extra: str | None = None) -> Path:
    """`.venv-bench/` with exactly the runtime pins and trunkline (and `extra`, pinned by
    requirements/dev.txt, in `.venv-bench-<extra>/`); (re)built when they change."""
    venv = bench_venv(extra)
    python = _venv_python(venv)
    stamp = venv / STAMP_NAME
    fingerprint = _fingerprint(extra)
    if python.exists() and stamp.exists() and stamp.read_text().strip() == fingerprint:
        return python
    log(f"setting up {venv.name}/ (clean venv for the measured processes) ...")
    if not python.exists():
        command = [sys.executable, "-m", "venv", "--clear", "--without-pip", str(venv)]
        _check(command, "python -m venv")
    uv = _uv()
    requirements = str(RUNTIME_REQUIREMENTS.relative_to(ROOT))
    _check(
        # --compile-bytecode: as a pip install would leave it, so imports are not timed
        # compiling source (this machine may set PYTHONDONTWRITEBYTECODE)
        [uv, "pip", "sync", "--quiet", "--compile-bytecode", "--python", str(python), requirements],
        f"uv pip sync {requirements}",
    )
    if extra is not None:  # the extra's own dependencies (trunkline itself comes as a wheel)
        _check(
            [
                *(uv, "pip", "install", "--quiet", "--compile-bytecode", "--python", str(python)),
                *("-c", "requirements/dev.txt", f".[{extra}]"),
            ],
            f"uv pip install .[{extra}]",
        )
    stamp.write_text(fingerprint + "\n")
    return python


def install_wheel(python: Path) -> None:
    """trunkline as a user installs it: a wheel built from this tree, byte-compiled, installed
    anew on every run (so the measured code is the tree's)."""
    dist = python.parent.parent / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    uv = _uv()
    _check([uv, "build", "--quiet", "--wheel", "--out-dir", str(dist)], "uv build --wheel")
    (wheel,) = dist.glob("trunkline-*.whl")
    _check(
        [
            *(uv, "pip", "install", "--quiet", "--compile-bytecode", "--no-deps"),
            *("--reinstall-package", "trunkline", "--python", str(python), str(wheel)),
        ],
        f"uv pip install {wheel.name}",
    )


def compile_sources(python: Path) -> None:
    """Bytecode for trunkline's own (editable) sources, as an installed wheel would have."""
    _check([str(python), "-m", "compileall", "-q", "overlay", "generated"], "compileall")


def describe_venv(python: Path, extra: str | None = None) -> dict[str, Any]:
    """Versions in the measured venv; refuses a venv with rich/click in it (beyond `extra`)."""
    forbidden = forbidden_in(extra)
    code = (
        "import importlib.util, importlib.metadata as m, json, platform\n"
        f"bad = [n for n in {forbidden!r} if importlib.util.find_spec(n)]\n"
        "names = ('twilio', 'httpx', 'trunkline', 'orjson', 'aiohttp', 'rich', 'pygments')\n"
        "v = {n: m.version(n) for n in names if importlib.util.find_spec(n)}\n"
        "print(json.dumps({'forbidden': bad, 'versions': v, "
        "'python': platform.python_version()}))\n"
    )
    info = json.loads(_check([str(python), "-c", code], "inspecting the bench venv"))
    venv = bench_venv(extra)
    if info.pop("forbidden"):
        raise BenchError(
            f"{venv.name}/ has {forbidden} installed, which skews `import httpx`: "
            f"delete {venv.name}/ and rerun"
        )
    return info


# --- the server ----------------------------------------------------------------------------------


class LocalServer:
    """bench/server.py in its own process; `base_url` once it is listening."""

    def __init__(self, total_calls: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(SERVER), "--port", "0", "--total-calls", str(total_calls)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline().split()
        if len(line) != 2 or line[0] != "READY":
            self.close()
            raise BenchError("bench/server.py did not start")
        self.base_url = f"http://127.0.0.1:{int(line[1])}"
        self._warm()

    def _warm(self) -> None:
        """Render the templates once, so no measured client pays for it."""
        api = f"{self.base_url}/2010-04-01/Accounts/{ACCOUNT_SID}"
        for path in (f"/Calls.json?PageSize={PAGE_SIZE}&Page=0", f"/Calls/CA{'0' * 32}.json"):
            with urllib.request.urlopen(api + path, timeout=30) as response:
                response.read()

    def alive(self) -> bool:
        return self.process.poll() is None

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


# --- running the measured processes --------------------------------------------------------------


def _worker_env() -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TWILIO_", "PYTHON", "VIRTUAL_ENV"))
    }
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    return env


@dataclass
class Runner:
    python: Path
    base_url: str
    env: dict[str, str] = field(default_factory=_worker_env)

    def _run(self, command: list[str], what: str) -> str:
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                text=True,
                cwd=ROOT,
                env=self.env,
                timeout=WORKER_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise BenchError(f"{what}: timed out after {WORKER_TIMEOUT:.0f}s") from error
        if done.returncode:
            lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
            detail = "\n    ".join(lines[-6:]) or "(no output)"
            raise BenchError(f"{what}: exit {done.returncode}\n    {detail}")
        return done.stdout

    def import_time(self, variant: str) -> dict[str, float]:
        code = IMPORT_SNIPPET.format(statement=IMPORTS[variant])
        out = self._run([str(self.python), "-c", code], f"import {variant}")
        return {"seconds": float(out.strip())}

    def worker(self, scenario: str, variant: str, *numbers: int) -> dict[str, Any]:
        command = [str(self.python), str(WORKER), scenario, variant, self.base_url]
        command += [str(n) for n in numbers]
        what = f"{scenario} {variant} {' '.join(map(str, numbers))}".strip()
        out = self._run(command, what)
        lines = out.strip().splitlines()
        result = json.loads(lines[-1]) if lines else {}
        if not result.get("ok"):
            raise BenchError(f"{what}: no result line in its output")
        return result


@dataclass
class Collected:
    samples: dict[str, dict[str, list[dict[str, Any]]]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    def add(self, key: str, variant: str, sample: dict[str, Any]) -> None:
        self.samples.setdefault(key, {}).setdefault(variant, []).append(sample)

    def median(self, key: str, variant: str, metric: str) -> float | None:
        values = [s[metric] for s in self.samples.get(key, {}).get(variant, [])]
        return statistics.median(values) if values else None


def measure(
    collected: Collected,
    key: str,
    variants: Sequence[str],
    repeat: int,
    warmup: int,
    run_one: Callable[[str], dict[str, Any]],
) -> None:
    """`warmup` + `repeat` fresh processes per variant, variants interleaved and rotated."""
    started = time.perf_counter()
    failed: set[str] = set()
    for round_ in range(warmup + repeat):
        shift = round_ % len(variants)
        for variant in (*variants[shift:], *variants[:shift]):
            if variant in failed:
                continue
            try:
                sample = run_one(variant)
            except BenchError as error:
                failed.add(variant)
                collected.errors[f"{key}/{variant}"] = str(error)
                log(f"  ! {error}")
                continue
            if round_ >= warmup:
                collected.add(key, variant, sample)
    log(f"  {key}: {time.perf_counter() - started:.1f}s")


# --- the report ----------------------------------------------------------------------------------


@dataclass
class Row:
    metric: str
    unit: str
    trunkline: float | None
    twilio: float | None
    bare: float | None
    ratio_of: str | None  # "twilio", "bare" or "aiohttp": the ratio column is trunkline / that
    goal: float | None  # for ratio_of rows the highest passing ratio, else the highest value
    goal_text: str
    aiohttp: float | None = None  # raw aiohttp (async creates only)

    @property
    def ratio(self) -> float | None:
        other = {"twilio": self.twilio, "bare": self.bare, "aiohttp": self.aiohttp}.get(
            self.ratio_of or ""
        )
        if self.trunkline is None or not other:
            return None
        return self.trunkline / other

    @property
    def result(self) -> str:
        if self.goal is None:
            return "report"
        value = self.ratio if self.ratio_of else self.trunkline
        if value is None:
            return "n/a"
        return "pass" if value <= self.goal else "FAIL"

    def as_dict(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "unit": self.unit,
            "trunkline": self.trunkline,
            "twilio": self.twilio,
            "bare_httpx": self.bare,
            "raw_aiohttp": self.aiohttp,
            "ratio": self.ratio,
            "ratio_of": self.ratio_of,
            "goal": self.goal_text,
            "result": self.result,
        }


@dataclass(frozen=True)
class Spec:
    """One row drawn from the medians: `key`/`field` of each variant, times `scale`."""

    metric: str
    unit: str
    key: str
    field: str
    ratio_of: str | None = "twilio"
    goal: float | None = None
    goal_text: str = "—"
    bare: str = "httpx"  # the variant shown in the "bare httpx" column
    scale: float = 1000.0  # seconds -> ms; 1.0 for MiB
    raw_aiohttp: bool = False  # fill the "raw aiohttp" column


def _specs() -> list[Spec]:
    small, large = STREAM_SIZES
    listing = f"list {LIST_SIZE:,} calls"
    create = f"{CREATES:,} message creates @ {CONCURRENCY} concurrent: wall"
    return [
        Spec("import time", "ms", "import", "seconds", goal=0.5, goal_text="≤ 0.5x twilio"),
        Spec(
            "cold start: import + client + GET one call",
            "ms",
            "cold",
            "wall",
            goal=0.8,
            goal_text="≤ 0.8x twilio",
        ),
        Spec(
            "import + client + 20 resources reached",
            "ms",
            "tree",
            "wall",
            goal=0.8,
            goal_text="≤ 0.8x twilio",
        ),
        Spec(f"{listing}: CPU", "ms", "list", "cpu", goal=0.33, goal_text="≤ 0.33x twilio"),
        Spec(
            f"{listing}: CPU vs bare httpx+json",
            "ms",
            "list",
            "cpu",
            ratio_of="bare",
            goal=1.0,
            goal_text="≤ 1.0x bare",
        ),
        Spec(
            f"{listing}: CPU vs bare httpx+orjson",
            "ms",
            "list",
            "cpu",
            ratio_of="bare",
            bare="httpx-orjson",
        ),
        Spec(f"{listing}: wall", "ms", "list", "wall"),
        Spec(f"stream {small:,} calls: peak RSS", "MiB", f"stream{small}", "peak_rss_mb", scale=1),
        Spec(
            f"stream {large:,} calls: peak RSS",
            "MiB",
            f"stream{large}",
            "peak_rss_mb",
            goal=1.0,
            goal_text="≤ twilio",
            scale=1,
        ),
        Spec(
            create,
            "ms",
            "create",
            "wall",
            goal=0.8,
            goal_text="≤ 0.8x twilio",
            raw_aiohttp=True,
        ),
        Spec(
            f"{create} vs raw aiohttp",
            "ms",
            "create",
            "wall",
            ratio_of="aiohttp",
            goal=1.3,
            goal_text="≤ 1.3x raw aiohttp",
            raw_aiohttp=True,
        ),
        Spec(create.replace(": wall", ": CPU"), "ms", "create", "cpu", raw_aiohttp=True),
    ]


def build_rows(c: Collected) -> list[Row]:
    rows: list[Row] = []
    for spec in _specs():

        def get(variant: str, spec: Spec = spec) -> float | None:
            value = c.median(spec.key, variant, spec.field)
            return None if value is None else value * spec.scale

        rows.append(
            Row(
                spec.metric,
                spec.unit,
                get("trunkline"),
                get("twilio"),
                get(spec.bare),
                spec.ratio_of,
                spec.goal,
                spec.goal_text,
                get("aiohttp") if spec.raw_aiohttp else None,
            )
        )

    small, large = STREAM_SIZES

    def growth(variant: str) -> float | None:
        low = c.median(f"stream{small}", variant, "peak_rss_mb")
        high = c.median(f"stream{large}", variant, "peak_rss_mb")
        return None if low is None or high is None else high - low

    rows.insert(
        8,
        Row(
            f"peak RSS growth, {large:,} vs {small:,} calls",
            "MiB",
            growth("trunkline"),
            growth("twilio"),
            growth("httpx"),
            None,
            5.0,
            "≤ 5 MiB",
        ),
    )
    return rows


def _cell(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MiB":
        return f"{value:.1f}"
    return f"{value:.1f}" if abs(value) < 100 else f"{value:,.0f}"


_RATIO_NAMES = {"twilio": "twilio", "bare": "bare", "aiohttp": "raw aiohttp"}


def markdown(rows: Sequence[Row]) -> str:
    lines = [
        "| metric | trunkline | twilio | bare httpx | raw aiohttp | ratio | goal | result |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for row in rows:
        ratio = (
            "—"
            if row.ratio is None
            else f"{row.ratio:.2f}x {_RATIO_NAMES.get(row.ratio_of or '', row.ratio_of)}"
        )
        lines.append(
            f"| {row.metric} ({row.unit}) | {_cell(row.trunkline, row.unit)} "
            f"| {_cell(row.twilio, row.unit)} | {_cell(row.bare, row.unit)} "
            f"| {_cell(row.aiohttp, row.unit)} | {ratio} | {row.goal_text} | {row.result} |"
        )
    return "\n".join(lines)


# --- main ----------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (--repeat 2)")
    parser.add_argument(
        "--repeat",
        type=int,
        default=None,
        help="base repetitions (default 5): import/cold 4N+1, list/create 2N-1, stream (N+1)//2",
    )
    parser.add_argument(
        "--only", default=",".join(SCENARIOS), help=f"comma-separated subset of {SCENARIOS}"
    )
    parser.add_argument(
        "--no-clean-venv",
        action="store_true",
        help="run the measured processes with this interpreter instead of .venv-bench/",
    )
    parser.add_argument(
        "--extra",
        choices=("cli",),
        default=None,
        help="measure in .venv-bench-EXTRA/, with that extra of trunkline installed too "
        "(cli: rich, for `trunkline`'s progress display)",
    )
    parser.add_argument("--strict", action="store_true", help="exit 2 when a goal is missed")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write the JSON")
    args = parser.parse_args(argv)
    if args.repeat is None:
        args.repeat = 2 if args.quick else 5
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    args.only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(args.only) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenarios {sorted(unknown)}; choose from {SCENARIOS}")
    return args


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    if args.no_clean_venv:
        python = Path(sys.executable)
        compile_sources(python)
    else:
        python = ensure_bench_venv(args.extra)
        install_wheel(python)
    info = {} if args.no_clean_venv else describe_venv(python, args.extra)
    repeat = args.repeat
    reps = {
        # import and cold are short and swing ±25 % from process to process on a
        # shared 2-core machine: more samples keep their medians steady
        "import": 4 * repeat + 1,
        "cold": 4 * repeat + 1,
        "tree": 4 * repeat + 1,
        "list": 2 * repeat - 1,
        "stream": max(1, (repeat + 1) // 2),
        "create": 2 * repeat - 1,
    }
    collected = Collected()
    server = LocalServer(total_calls=max(STREAM_SIZES))
    try:
        runner = Runner(python, server.base_url)
        log(f"server on {server.base_url}; measuring with {python.parent.parent.name}/ ...")
        if "import" in args.only:
            measure(collected, "import", VARIANTS["import"], reps["import"], 1, runner.import_time)
        if "cold" in args.only:
            measure(
                collected,
                "cold",
                VARIANTS["cold"],
                reps["cold"],
                1,
                lambda v: runner.worker("cold", v),
            )
        if "tree" in args.only:
            measure(
                collected,
                "tree",
                VARIANTS["tree"],
                reps["tree"],
                1,
                lambda v: runner.worker("tree", v),
            )
        if "list" in args.only:
            measure(
                collected,
                "list",
                VARIANTS["list"],
                reps["list"],
                0,
                lambda v: runner.worker("list", v, LIST_SIZE, PAGE_SIZE),
            )
        if "stream" in args.only:
            for size in STREAM_SIZES:
                measure(
                    collected,
                    f"stream{size}",
                    VARIANTS["stream"],
                    reps["stream"],
                    0,
                    lambda v, n=size: runner.worker("stream", v, n, PAGE_SIZE),
                )
        if "create" in args.only:
            measure(
                collected,
                "create",
                VARIANTS["create"],
                reps["create"],
                0,
                lambda v: runner.worker("create", v, CREATES, CONCURRENCY),
            )
        if not server.alive():
            collected.errors["server"] = "bench/server.py exited during the run"
    finally:
        server.close()

    rows = build_rows(collected)
    rows = [row for row in rows if {row.trunkline, row.twilio, row.bare} != {None}]  # --only
    table = markdown(rows)
    elapsed = time.perf_counter() - started
    report = {
        "meta": {
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "python": info.get("python", platform.python_version()),
            "versions": info.get("versions", {}),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "clean_venv": not args.no_clean_venv,
            "extra": args.extra,
            "repetitions": {key: reps[key] for key in args.only},
            "sizes": {
                "list": LIST_SIZE,
                "stream": list(STREAM_SIZES),
                "page_size": PAGE_SIZE,
                "creates": CREATES,
                "concurrency": CONCURRENCY,
            },
            "seconds": round(elapsed, 1),
        },
        "rows": [row.as_dict() for row in rows],
        "samples": collected.samples,
        "errors": collected.errors,
    }
    args.output.write_text(json.dumps(report, indent=2) + "\n")

    versions = ", ".join(f"{k} {v}" for k, v in report["meta"]["versions"].items())
    print(f"\nPython {report['meta']['python']}; {versions}; {elapsed:.0f}s\n")
    print(table)
    try:
        shown = args.output.resolve().relative_to(ROOT)
    except ValueError:
        shown = args.output
    print(f"\nmedians of fresh processes; samples in {shown}")
    if collected.errors:
        print(f"\nFAILED: {len(collected.errors)} variant(s) could not run:", file=sys.stderr)
        for key, message in collected.errors.items():
            print(f"- {key}: {message}", file=sys.stderr)
        return 1
    missed = [row.metric for row in rows if row.result == "FAIL"]
    if missed and args.strict:
        print(f"\ngoals missed: {'; '.join(missed)}", file=sys.stderr)
        return 2
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        return run(args)
    except BenchError as error:
        print(f"bench: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
