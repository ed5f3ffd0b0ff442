//! `[`-initial candidates: VECTOR (`[1, 2, 3]`, `[0.5 -1 2]`, `[1/2, 1/3]`), told apart from citations
//! (`[3, 4]` after a claim), intervals (`[0, 1]`) and matrix rows.

use super::context::{self, Need, MATH};
use super::lex::{
    at_word_end, char_at, digits_value, next_word, prev_visible, prev_word, skip_inline_spaces,
    skip_inline_spaces_back,
};
use super::scan::Scanner;
use super::vocab;
use crate::layout::Domain;
use crate::number::literal_len_in_list;

/// Longest bracketed list accepted as one span.
pub const MAX_VECTOR_BYTES: usize = 4096;

impl Scanner<'_> {
    /// Whether a noun of one entry (`vocab/index_nouns_after.txt`) follows a list ending at
    /// `end`, after spaces and at most one `)`.
    fn index_noun_after(&self, end: usize) -> bool {
        let mut k = skip_inline_spaces(self.s, end);
        if self.b.get(k) == Some(&b')') {
            k += 1;
        }
        vocab::index_nouns_after(next_word(self.s, k, &mut [0u8; 24]))
    }

    /// A `[` at `i`. Reads numbers separated by commas, semicolons or spaces up to `]`; on any
    /// other char the bracket is not a list and the cursor moves one byte (the region read
    /// holds only numbers and separators, which the number recognizer then reads once more).
    pub(super) fn bracket(&mut self, i: usize) -> usize {
        let s = self.s;
        let b = self.b;
        if b.get(i + 1) == Some(&b'[') || prev_visible(s, i) == Some('[') {
            return i + 1; // matrix: not a vector span
        }
        let mut j = i + 1;
        let mut count = 0u32;
        let mut citation_like = true; // only positive integers without signs or dots, rising
        let mut naturals = true; // only digits: `[0, 0]`, `[2, 3]`
                                 // evenly spaced with a step of 2 or more (`[480, 512, 544, ...]`): values, not references
        let mut prev_value: Option<u64> = None;
        let mut step: Option<u64> = None;
        let mut even = true;
        let mut last: &[u8] = b"";
        let mut quotient = false;
        let end = loop {
            j = skip_inline_spaces(s, j);
            let mut k = j;
            if matches!(b.get(k), Some(b'-') | Some(b'+')) {
                k += 1;
                citation_like = false;
                naturals = false;
            } else if s[k..].starts_with('\u{2212}') {
                k += 3;
                citation_like = false;
                naturals = false;
            }
            let l = match b.get(k) {
                Some(d) if d.is_ascii_digit() || *d == b'.' => literal_len_in_list(&s[k..]),
                _ => 0,
            };
            if l == 0 {
                return i + 1;
            }
            let lit = &b[k..k + l];
            naturals &= lit.iter().all(u8::is_ascii_digit);
            if lit.iter().any(|c| !c.is_ascii_digit()) || lit == b"0" || lit[0] == b'0' {
                citation_like = false;
            } else if (lit.len(), lit) <= (last.len(), last) {
                // reference lists are sorted and distinct: `[7, 6, 1]`, `[1, 2, 2, 3]` are data
                citation_like = false;
            }
            last = lit;
            if naturals && even {
                let v = digits_value(lit);
                if let Some(p) = prev_value {
                    let d = v.wrapping_sub(p);
                    even = v > p && d >= 2 && step.is_none_or(|s| s == d);
                    step = Some(d);
                }
                prev_value = Some(v);
            }
            k += l;
            // a quotient of literals (`[1/2, 1/3]`, `[1.2/2, 0.5]`): one exact component
            if b.get(k) == Some(&b'/')
                && b.get(k + 1)
                    .is_some_and(|d| d.is_ascii_digit() || *d == b'.')
            {
                let d = literal_len_in_list(&s[k + 1..]);
                if d == 0 {
                    return i + 1;
                }
                k += 1 + d;
                citation_like = false;
                quotient = true;
            }
            if char_at(s, k).is_some_and(|c| c.is_alphanumeric()) {
                return i + 1;
            }
            count += 1;
            let after = skip_inline_spaces(s, k);
            match b.get(after) {
                Some(b',') | Some(b';') => j = after + 1,
                Some(b']') => break after + 1,
                Some(d) if after > k && (d.is_ascii_digit() || matches!(d, b'-' | b'+' | b'.')) => {
                    j = after
                }
                _ => return i + 1,
            }
            if j - i > MAX_VECTOR_BYTES {
                return i + 1;
            }
        };
        if count < 2 {
            // `[12]`: a citation or an index; `[2/3]`: the quotient is read as ever
            return if quotient { i + 1 } else { end };
        }
        if i > 0 && (b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'_' | b']')) {
            // `table[0, 0]`, `x[1, 2]`, `t[1, 1, 0][6, 8, 2]`: subscripts of a name in code, not
            // a list of values
            self.refuse(i, end, Domain::Vector, "index of a name (table[0, 0])");
            return end;
        }
        // a row of a matrix: `[[1, 2], [3, 4]]`; after a comma only beside another row
        // (`0, 1, [.5,.5], (.5,.3)` lists examples, one of them a vector)
        let next_at = skip_inline_spaces(s, end);
        let next = char_at(s, next_at);
        let prev = prev_visible(s, i);
        let row = match prev {
            Some('[') => true,
            Some(',') => {
                let opener = enclosing_opener(b, i);
                let comma = skip_inline_spaces_back(s, i, 16) - 1;
                opener == Some(b'[')
                    || (opener != Some(b'(')
                        && (prev_visible(s, comma) == Some(']')
                            || (next == Some(',')
                                && char_at(s, skip_inline_spaces(s, next_at + 1)) == Some('['))))
            }
            _ => false,
        };
        if row && matches!(next, Some(',' | ']')) {
            self.refuse(i, end, Domain::Vector, "row of a matrix");
            return end;
        }
        let mut buf = [0u8; 24];
        let lead = prev_word(s, i, &mut buf);
        if count == 2 && (context::interval_word(lead) || prev_visible(s, i) == Some('\u{2208}')) {
            self.refuse(i, end, Domain::Vector, "interval (on [0, 1], x in [-1, 1])");
            // an end that is a quotient (`p in [0, 1/2]`, `the interval [-0.1817, 1/3]`) is a
            // value of its own, as in `t in (0, 1/2)`: the numbers are read again, once
            return if quotient { i + 1 } else { end };
        }
        if count == 2 && !quotient && unit_symbol_after(s, end) {
            // `bandwidth [-400, 400] MHz`, `the zone [499.9, 1001] MPa`: a pair in brackets with
            // a unit symbol after it is an interval of quantities, not a vector of numbers; a
            // span of it would be a guess (the unit belongs to both ends), so none
            self.refuse(
                i,
                end,
                Domain::Vector,
                "interval of quantities ([-400, 400] MHz)",
            );
            return end;
        }
        if !at_word_end(s, end) {
            return end;
        }
        if naturals
            && !quotient
            && count <= 3
            && prev_visible(s, i) != Some('=')
            && (self.index_noun_after(end) || vocab::index_nouns_after(lead))
        {
            self.refuse(
                i,
                end,
                Domain::Vector,
                "index of one entry ([0, 0] entry, the ([2, 3]) pixel, position [0, 0])",
            );
            return end;
        }
        if citation_like {
            let lead_char = prev_visible(s, i);
            let follows_op = matches!(
                next,
                Some('\u{b7}' | '*' | '\u{d7}' | '+' | '-' | '=' | '^' | '\u{22c5}')
            );
            // a list literal in code markup (``[1, 3, 5]``) or quoted as a string (`"[1, 2]"`,
            // a setting written out) is a value, never a reference
            let code = matches!(
                (lead_char, next),
                (Some('`'), Some('`')) | (Some('"'), Some('"')) | (Some('\''), Some('\''))
            );
            // `([2, 3], [6, 7])`: lists side by side in a tuple are data, never references
            let sibling = (lead_char == Some('(') && next == Some(','))
                || (lead_char == Some(',') && {
                    // the window `lead_char` was read with: `k - 1` is that comma
                    let k = skip_inline_spaces_back(s, i, 16);
                    k > 0 && b[k - 1] == b',' && prev_visible(s, k - 1) == Some(']')
                });
            // `either as [0, 2, 4] or as [2, 4, 5]`, `the result is [1, 2, 3]`: a list where a
            // value stands (not after `such as`: `methods such as [3, 4]` cites)
            let value_position = matches!(
                lead,
                b"as"
                    | b"is"
                    | b"are"
                    | b"was"
                    | b"were"
                    | b"be"
                    | b"equals"
                    | b"becomes"
                    | b"gives"
                    | b"returns"
                    | b"yields"
                    | b"given"
                    | b"default"
                    | b"defaults"
                    | b"set"
                    | b"into"
            ) && {
                let mut buf2 = [0u8; 24];
                let w = skip_inline_spaces_back(s, i, 8);
                prev_word(s, w.saturating_sub(lead.len()), &mut buf2) != b"such"
            } || lead == b"to" && {
                // `Defaults to [10, 20, 30]`, `set to [1, 2]`, `equal to [0, 1]`
                let mut buf2 = [0u8; 24];
                let w = skip_inline_spaces_back(s, i, 8);
                matches!(
                    prev_word(s, w.saturating_sub(lead.len()), &mut buf2),
                    b"default" | b"defaults" | b"defaulted" | b"set" | b"equal" | b"equals"
                )
            };
            // `if bins is: [1, 2, 3, 4]`: the same value position across a colon
            let colon_value = lead_char == Some(':') && {
                let mut buf2 = [0u8; 24];
                let colon = skip_inline_spaces_back(s, i, 8).saturating_sub(1);
                matches!(
                    prev_word(s, colon, &mut buf2),
                    b"is" | b"are" | b"was" | b"were" | b"equals" | b"becomes" | b"returns"
                )
            };
            // `for 10mg and 25mg, use [10, 25]`, `Pass [0, 2] to keep both`: the object of a
            // verb in the imperative (first in its clause) is a value handed over; a reference
            // follows a claim or a noun (`studies use [3, 4]` stays one)
            let imperative = matches!(lead, b"use" | b"pass" | b"try" | b"specify" | b"supply")
                && {
                    let v = skip_inline_spaces_back(s, i, 8).saturating_sub(lead.len());
                    let before = skip_inline_spaces_back(s, v, 8);
                    before == 0
                        || matches!(b[before - 1], b',' | b';' | b':')
                        || (b[v].is_ascii_uppercase() && matches!(b[before - 1], b'.' | b'!'))
                };
            // `Categorical([1, 2])`: a list passed to a call; `C{[10, 20, 30]}`, `{[1, 2]}`:
            // in braces (epytext code markup, a set); `for s in [32, 64, 128]`: iterated over
            let call = i >= 2
                && b[i - 1] == b'('
                && (b[i - 2].is_ascii_alphanumeric() || b[i - 2] == b'_');
            let braces = i >= 1 && b[i - 1] == b'{';
            // `if ier in [1, 2, 3]`: tested for membership
            let iterated = lead == b"in" && {
                let (mut b1, mut b2) = ([0u8; 24], [0u8; 24]);
                let var_end = skip_inline_spaces_back(s, i, 8).saturating_sub(2);
                let var = prev_word(s, var_end, &mut b1);
                let var_start = skip_inline_spaces_back(s, var_end, 8).saturating_sub(var.len());
                // `(bass in [1, 3, 5])`, ``ier in [1,2,3]``: a test in code or in parentheses
                let opens = var_start > 0 && matches!(b[var_start - 1], b'(' | b'`');
                !var.is_empty()
                    && (opens
                        || matches!(
                            prev_word(s, var_start, &mut b2),
                            b"for" | b"if" | b"elif" | b"while"
                        ))
            };
            // ``choose `n_samples` in [10, 20, 40, 80]``: a name in code markup before `in` picks
            // from the list (its allowed values); a reference cites after prose, not after code
            let code_member = lead == b"in" && count >= 3 && {
                let v = skip_inline_spaces_back(s, i, 8).saturating_sub(2);
                let k = skip_inline_spaces_back(s, v, 8);
                k >= 2
                    && k < v
                    && b[k - 1] == b'`'
                    && (b[k - 2].is_ascii_alphanumeric() || matches!(b[k - 2], b'_' | b'`'))
            };
            // `# [2, 4]` (a comment giving a shape), `-> [1, 2, 3]`, `=> [2, 3]` (a result),
            // `a [2, 3] batch` (an article), `e.g. [1, 2, 3]` (an example): never references
            let example = matches!(lead_char, Some('#' | '>'))
                || matches!(lead, b"a" | b"an")
                || after_example_mark(s, i);
            let strong = matches!(lead_char, Some('='))
                || example
                || code
                || call
                || braces
                || iterated
                || code_member
                || sibling
                || value_position
                || colon_value
                || imperative
                || matches!(lead, b"vector" | b"vectors");
            let math_lead = strong
                || follows_op
                || matches!(
                    lead_char,
                    Some('(' | ':' | ',' | '-' | '+' | '*' | '/' | '^')
                )
                || context::math_lead_word(lead)
                || lead_char.is_none();
            if even && count >= 4 {
                // `scales include [480, 512, 544, 576]`: a grid of values, never references
                self.push(i, end, Domain::Vector, Need::NONE, "evenly spaced integers");
                return end;
            }
            if self.shape_noun_follows(end) {
                // `a composite [2, 3] space`, `a [3, 4] grid`: dimensions, never a citation
                self.push(
                    i,
                    end,
                    Domain::Vector,
                    Need::NONE,
                    "dimensions before a shape noun",
                );
                return end;
            }
            if let Some(need) = self.list_object(lead) {
                // `the permutation [3, 1, 2]` (segment/lookalike.rs)
                self.push(
                    i,
                    end,
                    Domain::Vector,
                    need,
                    "integer list named as an object",
                );
                return end;
            }
            if !math_lead {
                self.refuse(
                    i,
                    end,
                    Domain::Vector,
                    "citation-shaped list of positive integers",
                );
                return end;
            }
            let need = if strong { Need::NONE } else { Need::any(MATH) };
            self.push(i, end, Domain::Vector, need, "bracketed list of integers");
        } else {
            self.push(
                i,
                end,
                Domain::Vector,
                Need::NONE,
                "bracketed list of numbers",
            );
        }
        end
    }
}

/// Whether `e.g.` or `i.e.` (any case, a comma after it allowed) ends right before `i`.
fn after_example_mark(s: &str, i: usize) -> bool {
    let k = skip_inline_spaces_back(s, i, 8);
    let b = &s.as_bytes()[..k];
    let b = b.strip_suffix(b",").unwrap_or(b);
    b.len() >= 4 && {
        let t = &b[b.len() - 4..];
        let word_start = b.len() == 4 || !b[b.len() - 5].is_ascii_alphanumeric();
        word_start && (t.eq_ignore_ascii_case(b"e.g.") || t.eq_ignore_ascii_case(b"i.e."))
    }
}

/// The innermost bracket (`(`, `[` or `{`) still open at `i`, looking back at most 256 bytes:
/// `fuse(x, [5, 3], [7, 2, 6])` passes lists to a call, `[[1, 2], [3, 4]]` holds rows.
fn enclosing_opener(b: &[u8], i: usize) -> Option<u8> {
    let mut depth = 0usize;
    for &c in b[i.saturating_sub(256)..i].iter().rev() {
        match c {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' if depth == 0 => return Some(c),
            b'(' | b'[' | b'{' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Whether a unit symbol follows a bracket closing at `end` (after at most one space): a unit
/// the QUANTITY grammar reads to a word end that is written as a symbol (`MHz`, `MPa`, `km`,
/// `cm⁻³`, `µm`, `K`), not an English word the grammar also knows (`at`, `in`, `a`).
fn unit_symbol_after(s: &str, end: usize) -> bool {
    const LOWER_SYMBOLS: &[&str] = &[
        "m", "cm", "mm", "km", "nm", "um", "s", "ms", "ns", "us", "ps", "g", "kg", "mg", "deg",
        "rad", "mol", "kpc", "pc",
    ];
    let b = s.as_bytes();
    let k = if b.get(end) == Some(&b' ') {
        end + 1
    } else {
        end
    };
    if !b
        .get(k)
        .is_some_and(|c| c.is_ascii_alphabetic() || *c >= 0x80)
    {
        return false;
    }
    let mut cap = (k + super::MAX_UNIT_BYTES).min(s.len());
    while !s.is_char_boundary(cap) {
        cap -= 1;
    }
    let ul = super::probe::unit_len(&s[k..cap]);
    if ul == 0 || !at_word_end(s, k + ul) {
        return false;
    }
    let unit = &s[k..k + ul];
    unit.bytes()
        .any(|c| c.is_ascii_uppercase() || c >= 0x80 || matches!(c, b'/' | b'^'))
        || LOWER_SYMBOLS.contains(&unit)
}
