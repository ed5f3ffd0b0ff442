"""Every ```python block of README.md runs, and every result it shows is what Python prints.

A line ``expr  # shown`` (or ``name = expr  # shown``) is checked when ``shown`` starts with
what the REPL would print (``repr``; or ``str`` for values whose ``str`` is their reading,
like ``298.15 K``), followed by the end of the comment, ``:``, ``,`` or a space: the rest is
explanation. A comment continued on ``# ...`` lines below an expression is part of it, and a
trailing ``...]`` means "and more". ``# SomeError: ...`` means the line raises that
exception. Comments that start otherwise (a shape, a description) are prose, not checked.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import numpy as np
import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
RAISES = re.compile(r"^([A-Z]\w*(?:Error|Exception)):")


def blocks() -> list[str]:
    return BLOCK.findall(README.read_text(encoding="utf-8"))


def statements(code: str) -> list[tuple[ast.stmt, str]]:
    """Each top-level statement with the comment shown for it (its own line's comment plus
    the comment-only lines right below an expression)."""
    lines = code.splitlines()
    tree = ast.parse(code)
    out = []
    for stmt in tree.body:
        end = stmt.end_lineno or stmt.lineno
        comment = _comment(lines[end - 1])
        if isinstance(stmt, ast.Expr):
            n = end
            while n < len(lines) and lines[n].lstrip().startswith("#"):
                comment += " " + lines[n].lstrip()[1:].strip()
                n += 1
        out.append((stmt, comment.strip()))
    return out


def _comment(line: str) -> str:
    """The comment of a code line (a ``#`` outside string literals)."""
    quote = None
    for i, ch in enumerate(line):
        if quote:
            quote = None if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "#":
            return line[i + 1 :]
    return ""


def shows(comment: str, printed: str) -> bool:
    if comment.endswith("...]") and printed.startswith(comment[:-4].rstrip(", ")):
        return True
    return comment.startswith(printed) and comment[len(printed) : len(printed) + 1] in (
        "",
        ":",
        ",",
        " ",
    )


def looks_like_output(comment: str, candidates: list[str]) -> bool:
    """Whether a comment claims a printed value (it starts like one of them) or is prose."""
    head = comment[:1]
    return bool(head) and any(c[:1] == head for c in candidates)


@pytest.mark.parametrize("index", range(len(blocks())))
def test_readme_block_prints_what_it_says(index: int) -> None:
    pytest.importorskip("torch")
    pytest.importorskip("pint")
    pytest.importorskip("molmass")
    pytest.importorskip("music21")
    code = blocks()[index]
    namespace: dict[str, object] = {}
    checked = 0
    for stmt, comment in statements(code):
        source = ast.unparse(stmt)
        raises = RAISES.match(comment)
        if raises:
            with pytest.raises(Exception) as info:
                exec(compile(source, "README.md", "exec"), namespace)
            assert type(info.value).__name__ == raises.group(1), source
            checked += 1
            continue
        if isinstance(stmt, ast.Expr):
            value = eval(compile(source, "README.md", "eval"), namespace)
        else:
            exec(compile(source, "README.md", "exec"), namespace)
            target = stmt.targets[0] if isinstance(stmt, ast.Assign) else None
            if not isinstance(target, ast.Name):
                continue
            value = namespace[target.id]  # `x = ...  # shown` shows x
        printed = [repr(value), str(value)]
        if isinstance(value, np.ndarray):
            printed.append(repr(value.tolist()))
        if comment and looks_like_output(comment, printed):
            assert any(shows(comment, p) for p in printed), (
                f"{source}\n  shows: {comment}\n  prints: {printed[0]}"
            )
            checked += 1
    assert checked or "import" in code


def test_the_checker_catches_a_wrong_value() -> None:
    assert shows("6912", "6912") and shows("298.15 K, exactly", "298.15 K")
    assert not shows("-42.0 (within 1e-13)", "-41.99999999999709")
    assert not shows("249.677", "249.67700000000002")
    assert shows("[A, B, ...]", "[A, B, C]")
