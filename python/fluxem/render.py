"""Looking at what the segmenter found: spaCy displaCy data, HTML for notebooks, a page.

Everything here takes the tokens ``MultiDomainTokenizer.tokenize`` returns (objects with
``domain``, ``text``, ``start``, ``end``) and never re-segments: what is shown is what a model
would be fed. Values are read with each domain's ``parse`` (display only, not a hot path).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction
from typing import Any, Protocol

from fluxem.domain_type import DomainType
from fluxem.domains import encoder_for


class Token(Protocol):
    """What a rendered token must have (``DomainToken`` has it)."""

    @property
    def domain(self) -> DomainType: ...
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


#: Background colour of each domain's spans (text is not highlighted).
DOMAIN_COLORS: dict[DomainType, str] = {
    DomainType.ARITHMETIC: "#ffd54f",
    DomainType.QUANTITY: "#81d4fa",
    DomainType.FORMULA: "#a5d6a7",
    DomainType.COMPLEX: "#ce93d8",
    DomainType.VECTOR: "#ffab91",
    DomainType.DNA: "#b0bec5",
    DomainType.PITCH: "#f48fb1",
}
_COLOR_BY_ID: dict[int, str] = {int(d): c for d, c in DOMAIN_COLORS.items()}

_WORD = re.compile(r"\w+|[^\w\s]")


def _name(domain: int) -> str:
    try:
        return DomainType(domain).name
    except ValueError:
        return f"USER_{int(domain)}"


def span_value(token: Token) -> str:
    """The value a span stands for, as text (``"6912"``, ``"5.0 kg·m/s²"``), or ``""`` for
    TEXT and for user-registered domains."""
    try:
        domain = DomainType(token.domain)
    except ValueError:
        return ""
    if domain == DomainType.TEXT:
        return ""
    value = encoder_for(domain).parse(token.text)  # type: ignore[attr-defined]
    return _SHORT.get(domain, str)(value)


def _num(x: Fraction) -> str:
    """An exact value briefly: an integer, a short decimal, else the nearest float."""
    if x.denominator == 1:
        return str(x.numerator)
    f = float(x)
    return repr(f) if Fraction(repr(f)) == x else f"≈{f:.6g}"


#: How each domain's parsed value reads in a label (default: ``str``).
_SHORT: dict[DomainType, Callable[[Any], str]] = {
    DomainType.ARITHMETIC: _num,
    DomainType.COMPLEX: lambda z: (
        f"{_num(z.real)} {'-' if z.imag < 0 else '+'} {_num(abs(z.imag))}i"
    ),
    DomainType.VECTOR: lambda v: "[" + ", ".join(_num(c) for c in v) + "]",
    DomainType.DNA: lambda d: f"{d.length} nt, GC {d.gc_fraction:.0%}",
    DomainType.PITCH: lambda p: f"MIDI {p.midi}, {p.frequency_hz:.2f} Hz",
    DomainType.FORMULA: lambda f: f"{f.hill_formula()}, {f.molar_mass:.3f} g/mol",
}


def to_displacy(text: str, tokens: Iterable[Token]) -> dict[str, Any]:
    """spaCy's manual format for ``displacy.render(data, style="span", manual=True)``.

    displaCy draws spans over whole tokens joined by spaces, so each domain span is one token
    and the text between spans is split into words and punctuation."""
    words: list[str] = []
    spans: list[dict[str, Any]] = []
    for tok in tokens:
        if tok.domain == DomainType.TEXT:
            words.extend(_WORD.findall(text[tok.start : tok.end]))
        else:
            spans.append(
                {"start_token": len(words), "end_token": len(words) + 1, "label": _name(tok.domain)}
            )
            words.append(text[tok.start : tok.end])
    return {"text": " ".join(words), "tokens": words, "spans": spans}


def spans_html(text: str, tokens: Iterable[Token], *, values: bool = True) -> str:
    """One document as an HTML fragment: each domain span highlighted in its domain's colour,
    labelled with the domain and (``values=True``) the value it stands for."""
    parts = ['<div class="fluxem-doc" style="line-height:2.6;white-space:pre-wrap">']
    for tok in tokens:
        piece = html.escape(text[tok.start : tok.end])
        if tok.domain == DomainType.TEXT:
            parts.append(piece)
            continue
        name, color = _name(tok.domain), _COLOR_BY_ID.get(int(tok.domain), "#e0e0e0")
        value = span_value(tok) if values else ""
        label = html.escape(f"{name} = {value}" if value else name)
        parts.append(
            f'<mark class="fluxem-span" data-domain="{name}" title="{label}" '
            f'style="background:{color};padding:2px 4px;border-radius:4px;white-space:nowrap">'
            f'{piece}<sub style="font-size:0.6em;margin-left:3px">{label}</sub>'
            "</mark>"
        )
    parts.append("</div>")
    return "".join(parts)


def legend_html() -> str:
    """The colour of each domain, as an HTML fragment."""
    items = "".join(
        f'<span style="background:{c};padding:2px 6px;margin-right:6px;border-radius:4px">'
        f"{d.name}</span>"
        for d, c in DOMAIN_COLORS.items()
    )
    return f'<div class="fluxem-legend" style="margin-bottom:1em">{items}</div>'


def page_html(docs: Sequence[tuple[str, Sequence[Token]]], *, title: str = "fluxem spans") -> str:
    """A standalone HTML page of many documents (what ``fluxem render`` writes)."""
    body = "".join(f"{spans_html(text, toks)}<hr>" for text, toks in docs)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>"
        '<body style="font-family:sans-serif;font-size:18px;margin:2em">'
        f"<h1>{html.escape(title)}</h1>{legend_html()}{body}</body></html>\n"
    )


class TokenList(list[Any]):
    """The list ``tokenize`` returns, which also draws itself in a notebook."""

    __slots__ = ("source",)

    def __init__(self, source: str, tokens: Iterable[Any]) -> None:
        super().__init__(tokens)
        self.source = source

    def _repr_html_(self) -> str:
        return spans_html(self.source, self)


__all__ = [
    "DOMAIN_COLORS",
    "TokenList",
    "legend_html",
    "page_html",
    "span_value",
    "spans_html",
    "to_displacy",
]
