"""The README's Python examples are Python: each block compiles (they are run by hand)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)


def test_the_readme_has_examples():
    assert len(BLOCKS) >= 5


@pytest.mark.parametrize("number", range(len(BLOCKS)))
def test_each_example_compiles(number: int):
    source = BLOCKS[number]  # `...` stands for what is left out: an expression, still Python
    source = "async def _example():\n" + "".join(f"    {line}\n" for line in source.splitlines())
    compile(source, f"README block {number + 1}", "exec")
