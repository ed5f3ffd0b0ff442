#!/usr/bin/env bash
# Issue 12's benches on a quiet many-core machine (a lent GPU host), in one prepared call:
#   benches/quiet_machine.sh prepare   # here: wheels/{pgo,plain} (manylinux2014 abi3, via zig),
#                                      # the predecessor's wheel, pytest + hypothesis for 3.12
#   OUT=dir benches/quiet_machine.sh run   # there, from the repository root (wheels/ carried)
# `run` needs only a python3 with numpy, pyarrow, tokenizers, torch and transformers (no
# network): it installs the wheels with --target, then writes into $OUT the log, the golden
# vector smoke run on the PGO wheel, bench_segmenter on both corpora for both builds beside the
# predecessor (one core, pinned), bench_threads 1-16 and 1-2 on two physical cores, and
# train_from_shards on CUDA. Knobs (for a dry run on a small machine): PY, MB, TMB, PMB, TH, DEV,
# STEPS, CORE. Results go into benches/README.md by hand.
set -uo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = prepare ]; then
    set -e
    export PATH="$PWD/.venv/bin:$PATH" # maturin --zig runs `python -m ziglang`
    .venv/bin/python -m pip install --quiet "ziglang>=0.13,<0.18"
    rm -rf wheels/pgo wheels/plain wheels/pred wheels/test
    scripts/build_pgo.sh --wheel wheels/pgo --zig --compatibility manylinux2014
    .venv/bin/maturin build --release --zig --compatibility manylinux2014 --out wheels/plain
    .venv/bin/python -m pip download --quiet --no-deps --only-binary :all: "fluxem==1.0.1" -d wheels/pred
    .venv/bin/python -m pip download --quiet --only-binary :all: --python-version 3.12 \
        "pytest>=8" "hypothesis>=6.100" -d wheels/test
    exit 0
fi
[ "${1:-}" = run ] || { echo "usage: $0 prepare|run" >&2; exit 2; }
: "${OUT:?set OUT to a folder for the results}"
mkdir -p "$OUT"
exec > >(tee "$OUT/log.txt") 2>&1
T0=$SECONDS
PY=${PY:-python3}; MB=${MB:-1}; TMB=${TMB:-5}; PMB=${PMB:-50}; TH=${TH:-"1 2 4 8 16"}; DEV=${DEV:-cuda}; STEPS=${STEPS:-300}; CORE=${CORE:-2}
t() { echo "== $* (+$((SECONDS - T0))s) load $(cut -d' ' -f1 /proc/loadavg)"; }
t start; nproc; lscpu | grep -E "Model name|Thread|Core|Socket|NUMA node0"; nvidia-smi -L
for c in 0 1 2 3; do echo "cpu$c siblings $(cat /sys/devices/system/cpu/cpu$c/topology/thread_siblings_list 2>/dev/null)"; done
$PY -c "import sys, torch, numpy, pyarrow; print(sys.version.split()[0], torch.__version__, numpy.__version__, pyarrow.__version__)"
rm -rf /tmp/tpgo /tmp/tplain /tmp/tpred /tmp/ttest
for b in pgo plain pred; do $PY -m pip install -q --no-deps --target /tmp/t$b wheels/$b/*.whl; done
$PY -m pip install -q --no-index --find-links wheels/test --target /tmp/ttest pytest hypothesis
printf '#!/bin/sh\nPYTHONPATH=/tmp/tpred exec %s "$@"\n' "$(command -v $PY)" > /tmp/predpy; chmod +x /tmp/predpy
for b in pgo plain; do PYTHONPATH=/tmp/t$b $PY -c "import fluxem._native as n; print('$b', n.BUILD_PGO, n.__file__)"; done
/tmp/predpy -c "import fluxem; print('predecessor', fluxem.__version__, fluxem.__file__)"
t "golden vectors and smoke on the PGO wheel"
PYTHONPATH=/tmp/tpgo:/tmp/ttest $PY scripts/smoke_wheel.py --pytest > "$OUT/smoke.txt" 2>&1; echo "smoke rc=$? (its torch-free import check fails where python3 has torch; the pytest part is the golden vectors)"; tail -3 "$OUT/smoke.txt"
echo "bench core: cpu$CORE"
export OPENBLAS_NUM_THREADS=1
for corpus in realtext generated; do for b in pgo plain; do
  t "bench_segmenter $b $corpus"
  PYTHONPATH=/tmp/t$b taskset -c $CORE $PY benches/bench_segmenter.py --corpus $corpus --mb $MB --reps 5 \
    --predecessor /tmp/predpy --out "$OUT/seg_${b}_${corpus}.json" > "$OUT/seg_${b}_${corpus}.txt" 2>&1
  grep -E "tokenize_batch \(the call\)|segment_batch, 1 thread|predecessor|speed-up|Error" "$OUT/seg_${b}_${corpus}.txt" | head -8
done; done
t "threads $TH, PGO wheel"
PYTHONPATH=/tmp/tpgo $PY benches/bench_threads.py --mb $TMB --threads $TH --reps 3 --preprocess-mb $PMB \
  --out "$OUT/threads.json" 2>&1 | tail -24
other=$($PY - <<'P'
import os
s = open('/sys/devices/system/cpu/cpu0/topology/thread_siblings_list').read().strip()
sib = set()
for part in s.split(','):
    a, _, b = part.partition('-')
    sib |= set(range(int(a), int(b or a) + 1))
print(next((c for c in sorted(os.sched_getaffinity(0)) if c not in sib), 1))
P
)
t "threads 1 and 2 pinned to cpu0 and cpu$other (two physical cores)"
PYTHONPATH=/tmp/tpgo taskset -c 0,$other $PY benches/bench_threads.py --mb $TMB --threads 1 2 --reps 3 --preprocess-mb $PMB \
  --out "$OUT/threads_2cores.json" 2>&1 | tail -12
t "train_from_shards on $DEV"
export PYTHONPATH=/tmp/tpgo:$PWD/experiments
$PY benches/corpus.py --mb 2 --out /tmp/c.jsonl && $PY -m fluxem preprocess /tmp/c.jsonl -o /tmp/shards > "$OUT/pre.txt" 2>&1; echo "preprocess rc=$?"; tail -3 "$OUT/pre.txt"
$PY experiments/scripts/train_from_shards.py /tmp/shards --device $DEV --workers 4 --steps $STEPS --log-every 50 --batch-size 32 2>&1 | tail -9
t done
