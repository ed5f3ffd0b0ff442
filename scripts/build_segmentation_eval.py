"""Builds tests/data/segmentation_eval.jsonl from its hand-written markup source.

Source lines: ``STYLE <TAB> TEXT [<TAB> NOTE]`` with spans marked ``{{T:text}}`` (optional:
``{{T?:text}}``), T in A Q F C V D P. Output lines follow the span conventions:
``{"id", "text", "spans": [[start, end, TYPE] | [start, end, TYPE, "optional"]], "source",
"note"}`` with Python ``str`` offsets. Run: ``python scripts/build_segmentation_eval.py``
(``--check`` exits 1 if the JSONL is out of date).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    ROOT / "tests/data/segmentation_eval.src.txt",
    ROOT / "tests/data/segmentation_eval_heldout.src.txt",
]
OUT = ROOT / "tests/data/segmentation_eval.jsonl"
TYPES = {
    "A": "ARITHMETIC",
    "Q": "QUANTITY",
    "F": "FORMULA",
    "C": "COMPLEX",
    "V": "VECTOR",
    "D": "DNA",
    "P": "PITCH",
}
MARK = re.compile(r"\{\{([AQFCVDP])(\??):(.+?)\}\}")


def parse_line(text: str) -> tuple[str, list[list[object]]]:
    plain: list[str] = []
    spans: list[list[object]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(text):
        before = text[pos : m.start()]
        plain.append(before)
        length += len(before)
        inner = m.group(3)
        if inner != inner.strip():
            raise ValueError(f"span with surrounding spaces: {inner!r}")
        span: list[object] = [length, length + len(inner), TYPES[m.group(1)]]
        if m.group(2):
            span.append("optional")
        spans.append(span)
        plain.append(inner)
        length += len(inner)
        pos = m.end()
    plain.append(text[pos:])
    out = "".join(plain)
    if "{{" in out or "}}" in out:
        raise ValueError(f"unbalanced markup in {text!r}")
    return out, spans


def build() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    for src in SOURCES:
        if not src.exists():
            continue
        prefix = "h-" if "heldout" in src.name else ""
        counters: dict[str, int] = {}
        for lineno, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) not in (2, 3):
                raise ValueError(f"{src.name}:{lineno}: expected STYLE<TAB>TEXT[<TAB>NOTE]")
            style, marked = parts[0], parts[1]
            note = parts[2] if len(parts) == 3 else ""
            try:
                text, spans = parse_line(marked)
            except ValueError as e:
                raise ValueError(f"{src.name}:{lineno}: {e}") from None
            if text in seen:
                raise ValueError(f"{src.name}:{lineno}: duplicate sentence {text!r}")
            seen.add(text)
            counters[style] = counters.get(style, 0) + 1
            rows.append(
                {
                    "id": f"{prefix}{style}-{counters[style]:03d}",
                    "text": text,
                    "spans": spans,
                    "source": style,
                    "note": ("held-out; " if prefix else "") + note,
                }
            )
    return rows


def render(rows: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> int:
    text = render(build())
    if "--check" in sys.argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is out of date; run python scripts/build_segmentation_eval.py")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10))} sentences)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
