"""The distribution: one version source, `fluxem --version`, and the guard against the unrelated
PyPI package `fluxem` sharing our install directory (end to end with real wheels:
scripts/check_wheel.sh)."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

import pytest
from packaging.version import Version

import fluxem
from fluxem import _distribution, _native
from fluxem.cli import main

ROOT = Path(__file__).resolve().parents[1]


def cargo_version() -> str:
    with open(ROOT / "Cargo.toml", "rb") as f:
        return str(tomllib.load(f)["workspace"]["package"]["version"])


def test_version_comes_from_the_cargo_workspace() -> None:
    assert fluxem.__version__ == _native.__version__ == cargo_version()
    # maturin writes Cargo's version into the wheel's metadata (PEP 440 spelling of the same one)
    assert Version(importlib.metadata.version(_distribution.DIST_NAME)) == Version(cargo_version())


def test_pyproject_names_the_distribution_and_takes_no_version_of_its_own() -> None:
    with open(ROOT / "pyproject.toml", "rb") as f:
        project = tomllib.load(f)["project"]
    assert project["name"] == _distribution.DIST_NAME
    assert "version" not in project and "version" in project["dynamic"]


def test_cli_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    expected = f"fluxem {cargo_version()} ({_distribution.DIST_NAME})"
    assert capsys.readouterr().out.strip() == expected


def site_dir(tmp_path: Path, *metadata_dirs: str) -> Path:
    """A directory laid out like site-packages: our package plus the given metadata dirs."""
    (tmp_path / "fluxem").mkdir()
    for name in metadata_dirs:
        (tmp_path / name).mkdir()
    return tmp_path / "fluxem"


@pytest.mark.parametrize(
    ("metadata_dir", "version"),
    [
        ("fluxem-1.0.1.dist-info", "1.0.1"),
        ("FluxEM-0.2.0.dist-info", "0.2.0"),
        ("fluxem-0.1.0-py3.11.egg-info", "0.1.0"),
    ],
)
def test_the_other_fluxem_beside_ours_refuses_import(
    tmp_path: Path, metadata_dir: str, version: str
) -> None:
    package_dir = site_dir(tmp_path, "fluxem_rs-0.1.0.dist-info", metadata_dir)
    assert _distribution.other_distribution_version(tmp_path) == version
    with pytest.raises(ImportError) as error:
        _distribution.check_installation(package_dir)
    message = str(error.value)
    assert f"'fluxem' {version} is installed in {tmp_path}" in message
    assert "pip uninstall -y fluxem fluxem-rs && pip install fluxem-rs" in message


@pytest.mark.parametrize(
    "metadata_dirs",
    [(), ("fluxem_rs-0.1.0.dist-info",), ("fluxem_extras-1.0.dist-info", "numpy-2.0.dist-info")],
)
def test_only_our_distribution_passes(tmp_path: Path, metadata_dirs: tuple[str, ...]) -> None:
    package_dir = site_dir(tmp_path, *metadata_dirs)
    assert _distribution.other_distribution_version(tmp_path) is None
    _distribution.check_installation(package_dir)
