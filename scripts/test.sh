#!/usr/bin/env bash
# Every check CI runs: set-up, Rust format/lint/tests/docs, Python lint/format/types, workflow
# lint, stub check, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
echo "== cargo fmt";    cargo fmt --all --check
echo "== cargo clippy"; cargo clippy --workspace --all-targets -- -D warnings
echo "== cargo test";   cargo test -p fluxem-core
echo "== rustdoc";      RUSTDOCFLAGS="-D warnings" cargo doc -p fluxem-core --no-deps
echo "== ruff";         .venv/bin/ruff check python tests benches scripts experiments
echo "== ruff format";  .venv/bin/ruff format --check python tests benches scripts experiments
echo "== mypy";         .venv/bin/python -m mypy
echo "== jactionlint";  .venv/bin/jactionlint --no-online --shellcheck=.venv/bin/shellcheck
echo "== stubtest";     .venv/bin/python -m mypy.stubtest fluxem._native --allowlist .stubtest-allowlist
echo "== pytest"
set +e
.venv/bin/python -m pytest -q "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then echo "pytest collected no tests"; exit 0; fi
exit "$rc"
