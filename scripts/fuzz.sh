#!/usr/bin/env bash
# Runs the fuzzing campaign: each cargo-fuzz target (fuzz/fuzz_targets: segment, domain,
# decode) for SECONDS seconds, then the hypothesis harness over the Python API. Stable
# toolchain with RUSTC_BOOTSTRAP=1 (nightly is not needed); `cargo install cargo-fuzz` once.
# A failing input lands in fuzz/artifacts/<target>/: copy it to fuzz/corpus/regressions/<target>/
# so that `cargo test -p fluxem-core --test fuzz_regressions` replays it forever.
# Usage: scripts/fuzz.sh SECONDS [EXAMPLES]   (SECONDS per Rust target, the working corpus is
# fuzz/corpus/work/; EXAMPLES hypothesis examples of the Python harness, default 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:?usage: scripts/fuzz.sh SECONDS}
export RUSTC_BOOTSTRAP=1
for t in segment domain decode; do
    mkdir -p "fuzz/corpus/work/$t"
    (cd fuzz && nice -n 10 cargo fuzz run "$t" -s none "corpus/work/$t" "corpus/seeds/$t" \
        -- -max_total_time="$SECONDS_PER_TARGET" -max_len=4096 -timeout=10 -print_final_stats=1) \
        2>&1 | tee "fuzz/corpus/work/$t.log" | grep -E "stat::number_of_executed_units|ERROR|panicked" || true
done
FLUXEM_FUZZ_EXAMPLES=${2:-20000} nice -n 10 .venv/bin/python -m pytest -q -s tests/test_fuzz_python.py
