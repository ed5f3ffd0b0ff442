"""`fluxem preprocess`'s readers: a chunk read column-wise by Arrow equals the same chunk read
record by record (ids, texts, record counts, chunk boundaries), for JSONL and Parquet inputs,
whatever the line endings, the id column's type or the last line's newline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from fluxem.preprocess import readers  # noqa: E402


def read(path: Path, chunk_size: int, **kw: object) -> list[tuple[list, list, int, list]]:
    out = []
    for c in readers.chunks(path, chunk_size, "text", "id", 1 << 20, **kw):
        if c is None:
            out.append(None)
            continue
        out.append((c.ids.to_pylist(), c.texts.to_pylist(), c.records, [str(b) for b in c.bad]))
    return out


def read_record_by_record(path: Path, chunk_size: int, monkeypatch: pytest.MonkeyPatch) -> list:
    with monkeypatch.context() as m:
        m.setattr(readers, "_lines_open_objects", lambda block, n: False)
        m.setattr(readers, "_whole_columns", lambda *a, **k: None)
        return read(path, chunk_size)


texts = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1
)
ids = st.one_of(st.none(), st.integers(-(2**40), 2**40), st.text(min_size=0, max_size=5))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    docs=st.lists(st.tuples(ids, texts), min_size=1, max_size=12),
    chunk_size=st.integers(1, 5),
    crlf=st.booleans(),
    final_newline=st.booleans(),
    one_id_type=st.sampled_from(["mixed", "int", "str", "absent"]),
)
def test_jsonl_columns_equal_record_by_record(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    docs: list,
    chunk_size: int,
    crlf: bool,
    final_newline: bool,
    one_id_type: str,
) -> None:
    lines = []
    for k, (doc_id, text) in enumerate(docs):
        rec: dict[str, object] = {"text": text}
        if one_id_type == "int":
            rec["id"] = k if doc_id is None else hash(str(doc_id)) % 1000
        elif one_id_type == "str":
            rec["id"] = str(doc_id)
        elif one_id_type == "mixed":
            rec["id"] = doc_id
        lines.append(json.dumps(rec, ensure_ascii=bool(k % 2)))
    sep = "\r\n" if crlf else "\n"
    path = tmp_path_factory.mktemp("jl") / "in.jsonl"
    path.write_bytes((sep.join(lines) + (sep if final_newline else "")).encode())
    got = read(path, chunk_size)
    assert got == read_record_by_record(path, chunk_size, monkeypatch)
    assert [t for c in got for t in c[1]] == [t for _, t in docs]
    assert sum(c[2] for c in got) == len(docs)
    assert [c[2] for c in got[:-1]] == [chunk_size] * (len(got) - 1)


def test_a_bad_record_sends_only_its_chunk_record_by_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = readers._whole_columns
    columnwise: list[int] = []

    def spy(index: int, *args: object) -> object:
        chunk = whole(index, *args)
        if chunk is not None:
            columnwise.append(index)
        return chunk

    monkeypatch.setattr(readers, "_whole_columns", spy)
    good = [json.dumps({"id": k, "text": f"{k} K"}) for k in range(6)]
    lines = [*good[:3], "", "   ", "not json", *good[3:]]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    got = read(path, 3)
    assert [c[0] for c in got] == [["0", "1", "2"], [], ["3", "4", "5"]]
    assert got[1][3] == [
        f"{path}:4: empty: blank line",
        f"{path}:5: empty: blank line",
        f"{path}:6: malformed_json: Expecting value",
    ]
    # a resumed run skips done chunks without parsing them; boundaries stay the same
    assert columnwise == [0, 2]
    assert read(path, 3, skip={0, 1}) == [None, None, got[2]]
    assert columnwise == [0, 2, 2]


@pytest.mark.parametrize("text_type", ["string", "large_string", "string_view"])
@pytest.mark.parametrize("id_type", ["int64", "string", "float64", None])
def test_parquet_columns_equal_record_by_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text_type: str, id_type: str | None
) -> None:
    if text_type == "string_view" and not hasattr(pa, "string_view"):
        pytest.skip("this pyarrow has no string_view")
    texts = ["1 m", "2 kg", "CO2 and H2O", "ζ 3 s", "x"] * 3
    cols = {"text": pa.array(texts, getattr(pa, text_type)())}
    if id_type == "string":
        cols["id"] = pa.array([f"d{k}" if k % 4 else None for k in range(15)], pa.string())
    elif id_type is not None:
        cols["id"] = pa.array([k * 7 if k % 4 else None for k in range(15)], id_type)
    path = tmp_path / "in.parquet"
    pq.write_table(pa.table(cols), path)
    got = read(path, 4)
    assert got == read_record_by_record(path, 4, monkeypatch)
    assert [t for c in got for t in c[1]] == texts
