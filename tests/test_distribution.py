"""The distribution: one version source, `fluxem --version`, and the guard against the unrelated
PyPI package `fluxem` sharing our install directory (end to end with real wheels:
scripts/check_wheel.sh)."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
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


def test_the_wheel_packs_the_library_only() -> None:
    """maturin packs ``python-source`` (plus the native module): that folder must hold the
    ``fluxem`` package alone, and no module of it may reach for research code or for files of
    a source checkout. (scripts/check_wheel.sh builds the real wheel and lists what it
    installs: scripts/smoke_wheel.py.)"""
    with open(ROOT / "pyproject.toml", "rb") as f:
        maturin = tomllib.load(f)["tool"]["maturin"]
    assert maturin["python-source"] == "python"
    assert [p.name for p in (ROOT / "python").iterdir() if p.name != "__pycache__"] == ["fluxem"]
    assert [i["path"] for i in maturin.get("include", [])] == ["python/fluxem/py.typed"]
    for path in (ROOT / "python" / "fluxem").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(ROOT)
        assert "fluxem_experiments" not in text and "import experiments" not in text, rel
        assert ".parents[" not in text and "parent.parent" not in text, rel
    assert not (ROOT / "python" / "fluxem" / "experiments").exists()


def test_import_fluxem_works_without_torch() -> None:
    """In a process where ``import torch`` fails (as without torch installed), the package,
    the encoders, the segmenter and the collator's numpy path work; only the torch-based
    names fail, with an ImportError."""
    code = """
import importlib.abc, sys

class NoTorch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "torch" or name.startswith("torch."):
            raise ModuleNotFoundError(f"No module named {name!r}")
        return None

sys.meta_path.insert(0, NoTorch())
import fluxem
from fluxem.integration import DomainEncoderRegistry, MultiDomainTokenizer
from fluxem.integration.collator import HybridCollator
from fluxem.integration.tokenizer import MultiDomainTokenizer as SeedPath

assert SeedPath is MultiDomainTokenizer
assert fluxem.ArithmeticEncoder().decode(fluxem.ArithmeticEncoder().encode("2 + 3")) == 5
tokens = MultiDomainTokenizer().tokenize("Combine 2 mol H2O with 1 mol NaCl")
assert [t.text for t in tokens if t.domain][:2] == ["2 mol", "H2O"]
texts, packed = HybridCollator(DomainEncoderRegistry()).encode_arrays(["1234 + 5678 = x"])
assert packed.span_embeddings.shape == (1, 128)
for name in ("TrainingPipeline", "HybridEmbedder"):
    try:
        getattr(__import__("fluxem.integration", fromlist=[name]), name)
    except ImportError:
        pass
    else:
        raise AssertionError(name + " imported without torch")
assert not any(m == "torch" or m.startswith("torch.") for m in sys.modules)
"""
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
