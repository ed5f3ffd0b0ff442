#!/usr/bin/env bash
# The release check on Linux (CI's second step; needs .venv from scripts/setup.sh):
#  1. builds the release wheel, profile-guided (scripts/build_pgo.sh) with a manylinux tag
#     (maturin --zig links against glibc 2.17, as the release workflow does) and the sdist; `auditwheel show` must
#     accept the wheel's tag and `twine check --strict` both files;
#  2. installs the wheel into a fresh venv whose PATH has no Rust toolchain; `pip install -U` from
#     the wheelhouse keeps this package; the unrelated PyPI `fluxem` (real 1.0.1, downloaded into
#     the wheelhouse) installed on top is detected by `fluxem --version` (also after the tempting
#     `pip uninstall fluxem`, which deletes our __init__.py) and by `import fluxem`, and the
#     repair command the error prints works; then scripts/smoke_wheel.py --pytest;
#  3. builds and installs the sdist in another fresh venv (cargo needed) and smoke-checks it.
# The tools it needs are installed here, into .venv. Prints how long each part took.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/maturin ] || { echo "no .venv: run scripts/setup.sh first" >&2; exit 1; }
.venv/bin/python -m pip install --quiet "ziglang>=0.13,<0.18" "auditwheel>=6,<7" "twine>=6.1,<8"
export PATH="$PWD/.venv/bin:$PATH" # maturin --zig runs `python -m ziglang`
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
wh="$tmp/wheelhouse"
dist=$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["name"])')
version=$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("Cargo.toml", "rb"))["workspace"]["package"]["version"])')
fail() { echo "check_wheel: FAILED: $*" >&2; exit 1; }
step() { echo "== $* (${SECONDS}s)"; }

step "build the profile-guided wheel (manylinux2014 via zig), as the release does, and sdist"
scripts/build_pgo.sh --wheel "$wh" --zig --compatibility manylinux2014
maturin sdist --out "$wh"
wheel=$(ls "$wh"/"${dist//-/_}"-*.whl)
sdist=$(ls "$wh"/"${dist//-/_}"-*.tar.gz)
case "$(basename "$wheel")" in
    "${dist//-/_}-$version-cp311-abi3-"*manylinux_2_17_*) ;;
    *) fail "expected ${dist//-/_}-$version-cp311-abi3-...manylinux_2_17_... wheel, got $wheel" ;;
esac
audit=$(auditwheel show "$wheel")
echo "$audit"
tag=$(echo "$audit" | tr '\n' ' ' | grep -o 'following platform tag: *"[^"]*"' | cut -d'"' -f2)
case "$(basename "$wheel")" in
    *"$tag"*) echo "auditwheel: the wheel's tags include $tag" ;;
    *) fail "auditwheel says the wheel is only consistent with '$tag'" ;;
esac
twine check --strict "$wheel" "$sdist"
tar -tzf "$sdist" | grep "/LICENSE$" >/dev/null || fail "LICENSE missing from the sdist"
.venv/bin/python -m pip download --quiet --no-deps --only-binary :all: "fluxem==1.0.1" -d "$wh"

step "wheel in a fresh venv without cargo"
python3 -m venv "$tmp/venv"
clean_path="$tmp/venv/bin:/usr/bin:/bin"
clean() { env -i HOME="$HOME" PATH="$clean_path" PIP_DISABLE_PIP_VERSION_CHECK=1 "$@"; }
clean sh -c '! command -v cargo && ! command -v rustc' >/dev/null || fail "cargo is on the clean PATH"
vpip() { clean "$tmp/venv/bin/python" -m pip "$@"; }
vpip install --quiet "$wheel"
ours="import fluxem; assert fluxem.__version__ == '$version' and hasattr(fluxem, 'ArithmeticEncoder')"
clean "$tmp/venv/bin/python" -c "import fluxem._native as n; assert n.BUILD_PGO" || fail "the wheel is not profile-guided"
out=$(vpip install -U "$dist" --no-index --find-links "$wh")
grep -q "Requirement already satisfied: $dist" <<<"$out" || fail "pip install -U: $out"
clean "$tmp/venv/bin/python" -c "$ours" || fail "pip install -U replaced this package"
echo "pip install -U $dist --no-index --find-links <wheelhouse> kept $dist $version"

step "the unrelated PyPI fluxem on top; uninstalled; ours on top of it; the printed repair"
vpip install --quiet -U fluxem --no-index --find-links "$wh" # what a user typing the old name gets
out=$(clean "$tmp/venv/bin/fluxem" --version 2>&1) && fail "fluxem --version ran beside the other package: $out"
grep -q "the unrelated PyPI package 'fluxem' 1.0.1" <<<"$out" || fail "fluxem --version: $out"
echo "fluxem --version: ${out##*$'\n'}"
vpip uninstall --quiet -y fluxem # the tempting repair deletes our __init__.py, the other's last
out=$(clean "$tmp/venv/bin/fluxem" --version 2>&1) && fail "fluxem --version ran without __init__.py: $out"
grep -q "loads a namespace package, not the package of $dist" <<<"$out" || fail "fluxem --version: $out"
echo "after pip uninstall fluxem, fluxem --version: ${out##*$'\n'}"
vpip install --quiet fluxem --no-index --find-links "$wh"
vpip install --quiet --force-reinstall --no-deps "$wheel"
out=$(clean "$tmp/venv/bin/python" -c "import fluxem" 2>&1) && fail "import fluxem ran beside the other package"
repair=$(grep -o "Repair the environment with: .*" <<<"$out" | cut -d: -f2-)
echo "import fluxem: ${out##*$'\n'}"
# The printed repair, with this wheelhouse in place of PyPI.
clean sh -c "${repair/pip install/pip install --no-index --find-links $wh}" >/dev/null
clean "$tmp/venv/bin/python" -c "$ours" || fail "the repair command did not restore $dist"
clean "$tmp/venv/bin/python" -m pip install --quiet pytest hypothesis
smoke=ok # both smoke checks run before a failure stops the script
clean "$tmp/venv/bin/python" scripts/smoke_wheel.py --pytest || smoke="failed on the wheel"

step "sdist built and installed in a fresh venv"
python3 -m venv "$tmp/sdist-venv"
PIP_DISABLE_PIP_VERSION_CHECK=1 "$tmp/sdist-venv/bin/python" -m pip install --quiet "$sdist"
"$tmp/sdist-venv/bin/python" scripts/smoke_wheel.py || smoke="$smoke, failed on the sdist"
[ "$smoke" = ok ] || fail "smoke_wheel.py $smoke (see above)"
step "check_wheel: $(basename "$wheel") and $(basename "$sdist") passed"
