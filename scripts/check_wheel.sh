#!/usr/bin/env bash
# Builds the release wheel and proves it installs and works in a fresh venv whose PATH has no
# Rust toolchain (what a user without cargo gets from `pip install fluxem-*.whl`).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
.venv/bin/maturin build --release --quiet --out "$tmp/wheels"
wheel=$(ls "$tmp"/wheels/fluxem-*.whl)
case "$wheel" in
    *-cp311-abi3-*) ;;
    *) echo "expected an abi3 (cp311-abi3) wheel, got $wheel" >&2; exit 1 ;;
esac
python3 -m venv "$tmp/venv"
clean_path="$tmp/venv/bin:/usr/bin:/bin"
env -i HOME="$HOME" PATH="$clean_path" sh -c '! command -v cargo && ! command -v rustc' >/dev/null \
    || { echo "cargo is still on the clean PATH" >&2; exit 1; }
env -i HOME="$HOME" PATH="$clean_path" PIP_DISABLE_PIP_VERSION_CHECK=1 "$tmp/venv/bin/python" -m pip install --quiet "$wheel"
env -i HOME="$HOME" PATH="$clean_path" "$tmp/venv/bin/python" - <<'PY'
import fluxem
enc = fluxem.ArithmeticEncoder()
assert enc.decode(enc.encode("1234 + 5678")) == 6912
embs, status = enc.encode_batch(["1", "2 +"])
assert status.tolist() == [0, 1]
print("wheel OK:", fluxem.__file__)
PY
echo "checked $(basename "$wheel") in a venv without cargo"
