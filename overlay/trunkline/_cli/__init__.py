"""The `trunkline` command's subcommands beyond `sandbox` (see `trunkline.cli`)."""

from __future__ import annotations

__all__ = ["CommandError"]


class CommandError(Exception):
    """A failure to report as one line; `status` is the exit status."""

    status = 1
