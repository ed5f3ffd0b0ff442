"""Looking at spans: displaCy data, notebook HTML, `fluxem render` in a real browser, the demo."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from fluxem import DomainType
from fluxem.integration import DomainToken, MultiDomainTokenizer
from fluxem.render import DOMAIN_COLORS, TokenList, page_html, span_value, spans_html, to_displacy

TOK = MultiDomainTokenizer()
#: One sentence per domain, each with exactly one span of that domain.
SENTENCES = {
    DomainType.ARITHMETIC: "The total is 1234 + 5678 here",
    DomainType.QUANTITY: "It was heated to 373.15 K slowly",
    DomainType.FORMULA: "Dissolve the C6H12O6 first",
    DomainType.COMPLEX: "The root is 3+4j exactly",
    DomainType.VECTOR: "Let v = [1, 2, 3] today",
    DomainType.DNA: "The primer ATGCCGTAGC binds",
    DomainType.PITCH: "Play C#5 softly",
}


def test_each_sentence_has_its_one_span() -> None:
    for domain, text in SENTENCES.items():
        spans = [t for t in TOK.tokenize(text) if t.domain != DomainType.TEXT]
        assert [t.domain for t in spans] == [domain], text


def test_to_displacy_marks_every_span_and_spacy_renders_it() -> None:
    text = "Mix 5.0 g, then 1234 + 5678; z = 3+4j."
    tokens = TOK.tokenize(text)
    data = to_displacy(text, tokens)
    assert TOK.to_displacy(text) == data
    spans = [t for t in tokens if t.domain != DomainType.TEXT]
    assert [s["label"] for s in data["spans"]] == [t.domain.name for t in spans]
    for s, t in zip(data["spans"], spans, strict=True):
        assert data["tokens"][s["start_token"] : s["end_token"]] == [t.text]
    assert data["text"] == " ".join(data["tokens"])
    displacy = pytest.importorskip("spacy.displacy")
    out = displacy.render(data, style="span", manual=True)
    for t in spans:
        assert t.text in out
        assert t.domain.name in out


def test_span_values_are_the_values_meant() -> None:
    values = {d: span_value(TOK.tokenize(s)[1]) for d, s in SENTENCES.items()}
    assert values[DomainType.ARITHMETIC] == "6912"
    assert values[DomainType.QUANTITY] == "373.15 K"
    assert values[DomainType.FORMULA].startswith("C6H12O6, 180.15")
    assert values[DomainType.COMPLEX] == "3 + 4i"
    assert values[DomainType.VECTOR] == "[1, 2, 3]"
    assert values[DomainType.DNA] == "10 nt, GC 60%"
    assert values[DomainType.PITCH] == "MIDI 73, 554.37 Hz"


def test_html_escapes_the_text_and_keeps_it_whole() -> None:
    text = "<script>alert(1)</script> costs 5 kg & 3 + 4"
    tokens = TOK.tokenize(text)
    out = spans_html(text, tokens)
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert out.count('class="fluxem-span"') == sum(t.domain != DomainType.TEXT for t in tokens)
    assert isinstance(tokens, TokenList) and tokens._repr_html_() == out


def _color_pixels(png: Path, color: str) -> int:
    image = pytest.importorskip("matplotlib.image")
    pixels = (image.imread(png)[..., :3] * 255).round()
    rgb = np.array([int(color[i : i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(pixels - rgb).max(axis=-1) <= 2).sum())


def _screenshot(browser: str, page: Path, png: Path) -> None:
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--window-size=1200,1400",
            f"--screenshot={png}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def test_rendered_page_shows_every_domain_in_a_real_browser(tmp_path: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        if os.environ.get("FLUXEM_REQUIRE_BROWSER"):
            pytest.fail("FLUXEM_REQUIRE_BROWSER is set but no chromium is on PATH")
        pytest.skip("no chromium on PATH (.ci/run installs it)")
    source = tmp_path / "docs.txt"
    source.write_text("\n\n".join(SENTENCES.values()), encoding="utf-8")
    page = tmp_path / "page.html"
    done = subprocess.run(
        [sys.executable, "-m", "fluxem", "render", str(source), "-o", str(page)],
        check=True,
        capture_output=True,
        text=True,
    )
    assert "7 documents, 7 spans" in done.stdout
    # the control page: same text and legend, no span marked
    plain = [(s, [DomainToken(DomainType.TEXT, s, 0, len(s))]) for s in SENTENCES.values()]
    control = tmp_path / "control.html"
    control.write_text(page_html(plain), encoding="utf-8")
    shots = {}
    for name, html_page in (("spans", page), ("control", control)):
        shots[name] = tmp_path / f"{name}.png"
        _screenshot(browser, html_page, shots[name])
    for domain, color in DOMAIN_COLORS.items():
        extra = _color_pixels(shots["spans"], color) - _color_pixels(shots["control"], color)
        assert extra > 500, f"{domain.name}: only {extra} more pixels of {color} with spans"


def test_demo_covers_all_seven_domains() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "fluxem", "demo"], check=True, capture_output=True, text=True
    ).stdout
    for domain in DomainType:
        if domain != DomainType.TEXT:
            assert domain.name in out
    assert "15.00000000000003 km" in out and "GCTACGGCAT" in out and "-> C5" in out


def test_a_training_batch_draws_its_documents_with_their_spans() -> None:
    pytest.importorskip("torch")
    from fluxem.integration import TrainingPipeline

    texts = list(SENTENCES.values())
    batch = TrainingPipeline(llm_hidden_dim=16).encode_batch(texts)
    html = batch._repr_html_()
    assert html.count('class="fluxem-span"') == len(texts)
    for domain in SENTENCES:
        assert f'data-domain="{domain.name}"' in html
