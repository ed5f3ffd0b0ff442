"""Precision, recall and F1 per domain on the labelled set, for fluxem and the predecessor.

    python benches/eval_segmentation.py                  # print the tables
    python benches/eval_segmentation.py --write-doc      # also update docs/SEGMENTATION.md
    python benches/eval_segmentation.py --predecessor none

The predecessor (`fluxem==1.0.1`, its own venv from `benches/predecessor_venv.sh`) runs in a
subprocess. Its types outside the seven domains (CHORD, PROTEIN, POLYNOMIAL, DATE, ...) are
false positives in the strict score; the lenient score first maps CHORD -> PITCH,
RNA -> DNA, RATIONAL -> ARITHMETIC, DIMENSION -> QUANTITY and drops the other types.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from predecessor import find_predecessor

from fluxem.integration import evaluation as ev

HERE = Path(__file__).resolve().parent
DOC = HERE.parent / "docs" / "SEGMENTATION.md"
BEGIN, END = "<!-- eval:begin -->", "<!-- eval:end -->"

PREDECESSOR_SNIPPET = r"""
import json, sys
from fluxem.integration.tokenizer import MultiDomainTokenizer
tok = MultiDomainTokenizer()
out = []
for text in json.load(open(sys.argv[1])):
    out.append([[t.start, t.end, t.domain.name] for t in tok.tokenize(text)
                if t.domain.name != "TEXT"])
print(json.dumps(out))
"""
LENIENT = {"CHORD": "PITCH", "RNA": "DNA", "RATIONAL": "ARITHMETIC", "DIMENSION": "QUANTITY"}


def predecessor_spans(python: str, texts: list[str]) -> list[list[list[object]]]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(texts, f)
        path = f.name
    out = subprocess.run(
        [python, "-c", PREDECESSOR_SNIPPET, path],
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
    )
    Path(path).unlink()
    return json.loads(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--predecessor", default="auto", help="its python, 'auto' or 'none'")
    ap.add_argument("--write-doc", action="store_true")
    args = ap.parse_args()

    rows = ev.load()
    held = [r for r in rows if r["id"].startswith("h-")]
    parts = [
        f"Labelled set: {len(rows)} sentences ({len(rows) - len(held)} used while writing the "
        f"rules, {len(held)} held out), "
        f"{sum('look-alikes' in r['note'] for r in rows)} of them built around look-alikes; "
        f"{sum(len(r['spans']) for r in rows)} marked spans "
        f"({sum(len(s) == 4 for r in rows for s in r['spans'])} optional).",
        "",
        ev.evaluate(ev.fluxem_predictor(), rows).table("fluxem, all sentences"),
        "",
        ev.evaluate(ev.fluxem_predictor(), held).table("fluxem, held-out sentences only"),
    ]
    pred = find_predecessor(args.predecessor)
    if pred:
        spans = predecessor_spans(pred, [r["text"] for r in rows])
        by_text = {r["text"]: s for r, s in zip(rows, spans, strict=True)}

        def strict(text: str) -> list[tuple[int, int, str]]:
            return [(s, e, d) for s, e, d in by_text[text]]

        def lenient(text: str) -> list[tuple[int, int, str]]:
            out = []
            for s, e, d in by_text[text]:
                d = LENIENT.get(d, d)
                if d in ev.DOMAINS:
                    out.append((s, e, d))
            return out

        parts += [
            "",
            ev.evaluate(strict, rows).table("predecessor 1.0.1, strict"),
            "",
            ev.evaluate(lenient, rows).table("predecessor 1.0.1, lenient mapping"),
        ]
    text = "\n".join(parts)
    print(text)
    if args.write_doc:
        doc = DOC.read_text(encoding="utf-8")
        a, b = doc.index(BEGIN) + len(BEGIN), doc.index(END)
        DOC.write_text(doc[:a] + "\n" + text + "\n" + doc[b:], encoding="utf-8")
        print(f"updated {DOC}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
