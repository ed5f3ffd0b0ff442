"""Ray Data: `read_parquet(...).map_batches(SpanBatches)` on a local 2-CPU Ray instance over
several input shards gives the CLI's shards, row for row and type for type."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")

from test_preprocess import cli, corpus, read_rows  # noqa: E402

from fluxem.preprocess.ray import SpanBatches  # noqa: E402

N_FILES, PER_FILE = 3, 40


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    # one instance for the module (start-up takes seconds); no usage report over the network
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    ray.data.DataContext.get_current().execution_options.preserve_order = True
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("in")
    for f in range(N_FILES):
        texts = corpus(PER_FILE, seed=10 + f)
        ids = [f"f{f}-d{i}" for i in range(PER_FILE)]
        pq.write_table(pa.table({"id": ids, "text": texts}), src / f"in-{f}.parquet")
    return src


@pytest.mark.parametrize("embeddings", ["compact", "materialised"])
def test_map_batches_writes_the_cli_rows(
    local_ray: None, inputs: Path, tmp_path: Path, embeddings: str
) -> None:
    files = sorted(inputs.glob("*.parquet"))
    cli(*files, "-o", tmp_path / "cli", "--embeddings", embeddings, check=True)
    expected = read_rows(tmp_path / "cli")

    ds = ray.data.read_parquet([str(f) for f in files], override_num_blocks=N_FILES)
    ds = ds.map_batches(
        SpanBatches,
        fn_constructor_kwargs={"embeddings": embeddings},
        batch_format="pyarrow",
        batch_size=16,  # several batches per file
        # two actors on half a CPU each: the read tasks need CPUs of their own
        compute=ray.data.ActorPoolStrategy(size=2),
        num_cpus=0.5,
    )
    ds.write_parquet(str(tmp_path / "ray"), compression="zstd")
    got = pa.concat_tables([pq.read_table(f) for f in sorted((tmp_path / "ray").glob("*.parquet"))])

    assert got.num_rows == expected.num_rows == N_FILES * PER_FILE
    assert got.schema.remove_metadata() == expected.schema.remove_metadata()
    # file order from read_parquet; compare row for row in the CLI's order
    got = got.take(pa.compute.sort_indices(got, [("id", "ascending")]))
    expected = expected.take(pa.compute.sort_indices(expected, [("id", "ascending")]))
    assert got.num_rows and sum(len(s) for s in expected.column("span_domain").to_pylist()) > 100
    for name in expected.column_names:
        assert got.column(name).to_pylist() == expected.column(name).to_pylist(), name


def test_the_segmenter_is_built_once_per_actor() -> None:
    from fluxem.errors import ConfigError

    fn = SpanBatches()
    seg = fn._columns._tokenizer
    out = fn(pa.table({"text": ["5 g", None, "x"]}))
    out = fn(pa.table({"text": ["7 kg"]}))
    assert fn._columns._tokenizer is seg
    assert out.column("span_text").to_pylist() == [["7 kg"]]
    with pytest.raises(ConfigError):
        SpanBatches(embeddings="dense")
