"""Shared markers (one definition for every generated package)."""

from .._runtime import UNSET, Unset

__all__ = ["UNSET", "Unset"]
