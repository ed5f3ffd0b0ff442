"""ShardDataset: HybridBatches from `fluxem preprocess` shards equal to the pipeline's own
batches of the same texts (compact shards rebuilt bit for bit), and DataLoader workers x
distributed ranks that read every document exactly once."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from test_preprocess import SENTENCES, cli, write_jsonl  # noqa: E402
from torch.utils.data import DataLoader  # noqa: E402

from fluxem.errors import ConfigError  # noqa: E402
from fluxem.integration import TrainingPipeline  # noqa: E402
from fluxem.preprocess.loader import ShardDataset, pieces  # noqa: E402

# unique texts: a document read twice or never shows in the counts
TEXTS = [f"Doc {i}. {SENTENCES[i % 5]} {SENTENCES[(i * 3) % 5]}" for i in range(61)]
FIELDS = (
    "input_ids",
    "attention_mask",
    "domain_mask",
    "domain_types",
    "span_index",
    "labels",
    "offsets",
    "lengths",
    "row_doc",
    "domain_embeddings",
    "span_domain",
    "span_doc",
    "span_start",
    "span_end",
    "truncated",
    "fallback_counts",
)


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("shards")
    src = write_jsonl(root / "in.jsonl", TEXTS)
    out = {}
    for mode in ("compact", "materialised"):
        out[mode] = root / mode
        cli(src, "-o", out[mode], "--chunk-size", "9", "--embeddings", mode, check=True)
    return out


@pytest.mark.parametrize("mode", ["compact", "materialised"])
def test_batches_equal_the_pipelines_batches_of_the_same_texts(
    shards: dict[str, Path], mode: str
) -> None:
    pipeline = TrainingPipeline(64, max_length=24, truncation="split")
    batches = list(ShardDataset(shards[mode], pipeline, batch_size=8))
    assert [len(b.texts) for b in batches] == [8] * 7 + [5]
    assert [t for b in batches for t in b.texts] == TEXTS  # one reader: file order
    assert sum(int(b.domain_mask.sum()) for b in batches) > 60
    for got in batches:
        want = pipeline.encode_batch(got.texts)
        for name in FIELDS:
            assert torch.equal(getattr(got, name), getattr(want, name)), name
        assert got.fallback_reasons == want.fallback_reasons


def test_two_workers_on_two_ranks_read_every_document_once(shards: dict[str, Path]) -> None:
    seen: list[list[str]] = []
    for rank in range(2):
        data = ShardDataset(shards["compact"], batch_size=4, rank=rank, world_size=2)
        loader = DataLoader(data, batch_size=None, num_workers=2)
        texts = [t for batch in loader for t in batch.texts]
        seen.append(texts)
    assert all(seen)  # both ranks get documents
    assert Counter(seen[0] + seen[1]) == Counter(TEXTS)


def test_fewer_row_groups_than_readers_are_sliced_without_loss() -> None:
    # 7 shards of 9 rows (the last 7) for 16 readers: every row in exactly one slice
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, n in enumerate([9, 9, 9, 9, 9, 9, 7]):
            files.append(Path(tmp) / f"{i}.parquet")
            pq.write_table(pa.table({"x": list(range(n))}), files[-1])
        got = pieces(files, 16)
    assert len(got) >= 16
    rows = Counter((f, r) for f, _, lo, hi in got for r in range(lo, hi))
    assert set(rows.values()) == {1} and len(rows) == 61


def test_a_shard_of_another_layout_or_without_text_is_refused(
    shards: dict[str, Path], tmp_path: Path
) -> None:
    import shutil

    old = tmp_path / "old"
    shutil.copytree(shards["compact"], old)
    manifest = json.loads((old / "manifest.json").read_text())
    manifest["layout_version"] = "0"
    (old / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ConfigError, match="LAYOUT_VERSION"):
        ShardDataset(old)
    bare = tmp_path / "bare"
    cli(write_jsonl(tmp_path / "in.jsonl", TEXTS[:3]), "-o", bare, "--no-text", check=True)
    with pytest.raises(ConfigError, match="no text column"):
        list(ShardDataset(bare))
