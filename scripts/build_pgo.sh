#!/usr/bin/env bash
# Profile-guided (PGO) release build of the native extension, the way pydantic-core builds its
# wheels: an instrumented build runs scripts/pgo_workload.py (text the benches do not read),
# llvm-profdata merges what it recorded, and the final build lays the code out for those
# paths. Same source, same flags otherwise, same results (golden vectors pin them); faster
# (benches/README.md: "Profile-guided build").
#
#   scripts/build_pgo.sh                          # into .venv in place of its build (for benches/)
#   scripts/build_pgo.sh --wheel DIR [ARGS...]    # a wheel into DIR; ARGS go to `maturin build`
#
# Needs a Python with maturin and numpy (PYTHON, default .venv/bin/python from scripts/setup.sh;
# the release workflow passes its own) and the llvm-profdata of rustc's own LLVM (`rustup
# component add llvm-tools`, done here when rustup is on PATH). `fluxem._native.BUILD_PGO` tells
# which build is installed; the benches print it.
set -euo pipefail
cd "$(dirname "$0")/.."
py=${PYTHON:-.venv/bin/python}
"$py" -m maturin --version >/dev/null 2>&1 || {
    echo "build_pgo: $py has no maturin: run scripts/setup.sh first (or set PYTHON)" >&2
    exit 1
}
mode=develop
if [ "${1:-}" = "--wheel" ]; then
    [ -n "${2:-}" ] || { echo "build_pgo: --wheel needs an output folder" >&2; exit 2; }
    mode=wheel
    out=$2
    shift 2
fi

host=$(rustc -vV | sed -n 's/^host: //p')
profdata="$(rustc --print sysroot)/lib/rustlib/$host/bin/llvm-profdata"
if [ ! -x "$profdata" ] && command -v rustup >/dev/null; then
    rustup component add llvm-tools >&2
fi
[ -x "$profdata" ] || {
    echo "build_pgo: $profdata is missing: install rustc's llvm-tools (rustup component add llvm-tools)" >&2
    exit 1
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
base_flags=${RUSTFLAGS:-}
step() { echo "== build_pgo: $* (${SECONDS}s)" >&2; }

step "instrumented build"
RUSTFLAGS="$base_flags -Cprofile-generate=$tmp/profiles" \
    "$py" -m maturin build --release --quiet --out "$tmp/instrumented"
"$py" -m zipfile -e "$tmp"/instrumented/*.whl "$tmp/site"

step "training run (scripts/pgo_workload.py)"
# the unpacked wheel comes first on sys.path, before .venv's own fluxem
PYTHONPATH="$tmp/site" "$py" - <<'EOF'
import fluxem._native as n, sys
sys.exit(0 if "/site/" in n.__file__ else f"build_pgo: imported {n.__file__}, not the instrumented build")
EOF
PYTHONPATH="$tmp/site" "$py" scripts/pgo_workload.py >&2
"$profdata" merge -o "$tmp/merged.profdata" "$tmp/profiles"

step "final build with the profile"
export RUSTFLAGS="$base_flags -Cprofile-use=$tmp/merged.profdata"
if [ "$mode" = wheel ]; then
    "$py" -m maturin build --release --quiet --out "$out" "$@"
else
    # as scripts/setup.sh installs it (editable), with the profile in RUSTFLAGS
    "$py" -m pip install --quiet --no-deps -e .
    "$py" -c "import fluxem._native as n; assert n.BUILD_PGO, 'not a PGO build'"
fi
step "done"
