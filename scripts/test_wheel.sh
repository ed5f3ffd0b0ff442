#!/bin/sh
# Installs fluxem-rs from the wheels in DIST_DIR (this platform's one) into a fresh venv and runs
# scripts/smoke_wheel.py --pytest there: the release workflow's test of every wheel it builds
# (POSIX sh: it runs in Git Bash on Windows and in Alpine containers too).
# Usage: scripts/test_wheel.sh DIST_DIR [PYTHON]
set -eu
cd "$(dirname "$0")/.."
dist_dir=$1
python=${2:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
venv="$tmp/venv"
"$python" -m venv "$venv"
py="$venv/bin/python"
[ -x "$py" ] || py="$venv/Scripts/python.exe"
export PIP_DISABLE_PIP_VERSION_CHECK=1
"$py" -m pip install --quiet numpy pytest hypothesis
dist=$("$py" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["name"])')
"$py" -m pip install --no-index --find-links "$dist_dir" "$dist"
"$py" scripts/smoke_wheel.py --pytest
