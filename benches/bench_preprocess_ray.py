"""Ray Data throughput of `SpanBatches` per CPU, on a local Ray instance.

Writes the generated corpus (`benches/corpus.py`) as Parquet shards, then for each CPU count
starts `ray.init(num_cpus=N)` and times `read_parquet -> map_batches(SpanBatches) ->
write_parquet` (Ray's start-up not counted). Deletes the shards and the output.

    python benches/bench_preprocess_ray.py --mb 50 --cpus 2
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

JOB = r"""
import json, os, sys, time
os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
import ray
from fluxem.preprocess.ray import SpanBatches
src, out, cpus = sys.argv[1], sys.argv[2], int(sys.argv[3])
ray.init(num_cpus=cpus, include_dashboard=False, log_to_driver=False, configure_logging=False)
ray.data.DataContext.get_current().enable_progress_bars = False
t0 = time.perf_counter()
ds = ray.data.read_parquet(src)
ds = ds.map_batches(
    SpanBatches,
    batch_format="pyarrow",
    batch_size=4096,
    compute=ray.data.ActorPoolStrategy(size=cpus),
    num_cpus=0.5,  # reads and writes need CPU slots too
)
ds.write_parquet(out, compression="zstd")
print(json.dumps({"wall_s": time.perf_counter() - t0}))
ray.shutdown()
"""


def main() -> None:
    import pyarrow as pa
    import pyarrow.json as pj
    import pyarrow.parquet as pq

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--files", type=int, default=8)
    ap.add_argument("--cpus", type=int, nargs="+", default=[2])
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ppray"))
    try:
        corpus = work / "corpus.jsonl"
        subprocess.run(
            [sys.executable, str(HERE / "corpus.py"), "--mb", str(args.mb), "--out", str(corpus)],
            check=True,
        )
        table = pj.read_json(corpus)
        mb = sum(len(t.encode()) for t in table.column("text").to_pylist()) / 1e6
        table = table.append_column("id", pa.array([f"d{i}" for i in range(table.num_rows)]))
        src = work / "src"
        src.mkdir()
        step = -(-table.num_rows // args.files)
        for i in range(args.files):
            pq.write_table(table.slice(i * step, step), src / f"part-{i}.parquet")
        for cpus in args.cpus:
            load = os.getloadavg()
            r = subprocess.run(
                [sys.executable, "-c", JOB, str(src), str(work / f"out{cpus}"), str(cpus)],
                capture_output=True,
                text=True,
                check=True,
            )
            wall = json.loads(r.stdout.strip().splitlines()[-1])["wall_s"]
            print(
                json.dumps(
                    {
                        "cpus": cpus,
                        "text_mb": round(mb, 1),
                        "wall_s": round(wall, 2),
                        "mb_s": round(mb / wall, 1),
                        "mb_s_per_cpu": round(mb / wall / cpus, 1),
                        "load": [round(x, 2) for x in load],
                    }
                ),
                flush=True,
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
