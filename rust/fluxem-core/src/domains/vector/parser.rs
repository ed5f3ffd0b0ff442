//! Vector literals: `[1, 2, 3]`, `[1.5, -2e3, 0]`, `[ 4 ; 5 ]`, `[1. 2. 3.]` (numpy's print).
//!
//! ```text
//! vector    := ws* '[' ws* component (sep component)* ws* ']' ws*
//! component := sign? literal ('/' literal)?   sign: '+' | '-' | '−' (U+2212); a quotient is exact
//! sep       := ws* ',' ws* | ws* ';' ws* | ws+
//! ```
//! One vector uses one kind of separator (the first one fixes it). `literal` is the unsigned
//! decimal literal of `number::literal_len_in_list`: digit groups only with `,`, and only when
//! every separator is a comma followed by a space (`[1,000, 2,000]` is [1000, 2000]); a comma
//! group anywhere else (`[1,234,567]`, `[1,000,2,000]`, `[12,000]`) is ambiguous between
//! groups and components and is a `ParseError`, never a guess, except a tight list with an item
//! no group can be (`[64,32,128]`: every comma separates; see `tight_list`). Every component
//! is parsed, however many there are (the encoder, not the parser, enforces the component
//! limit); one left-to-right pass with no backtracking, so an unclosed `[1, 2, 3, ...` of any
//! length fails in linear time.

use crate::cursor::Cursor;
use crate::number::{parse_literal, rational_ops, DigitAcc, Number};
use crate::Result;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sep {
    Comma,
    Semicolon,
    Space,
}

/// Parses the whole of `text` as one vector; returns its components exactly, in order. Errors
/// are `Parse` with a char position (an empty `[]` included), or `Encode` for a literal beyond
/// `number::MAX_LITERAL_DIGITS` digits.
pub fn parse_vector(text: &str) -> Result<Vec<Number>> {
    if let Some(v) = plain_vector(text) {
        return Ok(v);
    }
    let mut c = Cursor::new(text);
    c.skip_ws();
    if c.peek() != Some('[') {
        return Err(c.error("expected '[' to open a vector"));
    }
    c.bump();
    c.skip_ws();
    if c.peek() == Some(']') {
        return Err(c.error("a vector needs at least one component"));
    }
    let mut out = Vec::new();
    let mut kind: Option<Sep> = None;
    let mut grouped: Option<Cursor> = None; // the first component written with comma groups
    let mut tight_comma = false; // a `,` separator with no space after it
    loop {
        let start = c;
        let n = c.signed_list_component()?;
        out.push(fraction_after(&mut c, n)?);
        if grouped.is_none() && c.since(&start).contains(',') {
            grouped = Some(start);
        }
        let spaced = c.skip_ws();
        let found = match c.peek() {
            Some(']') => {
                c.bump();
                break;
            }
            Some(',') => Sep::Comma,
            Some(';') => Sep::Semicolon,
            _ if spaced => Sep::Space,
            _ => return Err(c.error("expected ',' or ']' after a component")),
        };
        if kind.is_some_and(|k| k != found) {
            return Err(c.error("mixed separators in one vector"));
        }
        kind = Some(found);
        if found != Sep::Space {
            c.bump();
            if !c.skip_ws() && found == Sep::Comma {
                tight_comma = true;
            }
        }
    }
    if let Some(at) = grouped {
        if kind != Some(Sep::Comma) || tight_comma {
            if let Some(v) = tight_list(text) {
                return Ok(v);
            }
            return Err(at.error(
                "ambiguous digit groups: a comma here could separate components or group \
                 thousands (write [1000, 2000] or [1,000, 2,000])",
            ));
        }
    }
    c.skip_ws();
    if !c.at_end() {
        return Err(c.error("unexpected text after the vector"));
    }
    Ok(out)
}

/// A list written with commas and no spaces whose commas cannot all group thousands, read as
/// components: `[64,32,128]` (`32` after a comma is no group of three, so no comma of this
/// list groups: a writer does not mix the two in one tight list). `None` when every item after
/// a comma could be a group (`[128,128,128]`, `[1,234,567]`, `[12,000]`) or one is a group
/// that no list holds (`000`, `050`: `[1,000,2,000]`): those stay ambiguous.
fn tight_list(text: &str) -> Option<Vec<Number>> {
    let inner = text
        .trim_matches(' ')
        .strip_prefix('[')?
        .strip_suffix(']')?;
    if inner.bytes().any(|c| c.is_ascii_whitespace()) {
        return None;
    }
    let items: Vec<&str> = inner.split(',').collect();
    let group = |t: &str| t.len() == 3 && t.bytes().all(|c| c.is_ascii_digit());
    // a group ends its number: `234.5` closes `1,234.5`
    let last_group = |t: &str| {
        t.split_once('.')
            .is_some_and(|(g, f)| group(g) && !f.is_empty())
    };
    let zero_led = items[1..].iter().any(|t| group(t) && t.starts_with('0'));
    let separates = items[1..].iter().any(|t| !group(t) && !last_group(t))
        || items[..items.len() - 1].iter().any(|t| t.contains('.'));
    if zero_led || !separates {
        return None;
    }
    items
        .iter()
        .map(|t| {
            let mut c = Cursor::new(t);
            let n = c.signed_literal_with(crate::number::literal_len).ok()?;
            let n = fraction_after(&mut c, n).ok()?;
            c.at_end().then_some(n)
        })
        .collect()
}

/// `n` or, when `/` and an unsigned literal follow (`[1/2, 1/3]`, `[1.2/2, 0.5]`), the exact
/// quotient (a rational: `1/3` is stored rounded, like any non-terminating value).
fn fraction_after(c: &mut Cursor, n: Number) -> Result<Number> {
    if c.peek() != Some('/')
        || !c
            .peek_second()
            .is_some_and(|d| d.is_ascii_digit() || d == '.')
    {
        return Ok(n);
    }
    c.bump();
    let at = *c;
    let d = c.signed_list_component()?;
    if d.is_zero() {
        return Err(at.error("a component's denominator is zero"));
    }
    Ok(Number::Rational(rational_ops::div(
        &n.to_rational(),
        &d.to_rational(),
    )))
}

/// The common vector in one byte pass: ASCII, components `[+-]?digits(.digits)?` with an
/// optional `e[+-]digits`, all separated by `,` or all by `;` (spaces around them optional) or
/// all by spaces. Exactly what the general parser returns when `Some` (each literal goes
/// through the same `parse_literal`; a test compares the two on generated text); `None` for
/// anything else (digit groups, `× 10^k`, scale words, other whitespace, errors), which the
/// general parser then reads. The general one costs a cursor with char positions and a
/// second scan per component: half of a VECTOR encode.
fn plain_vector(text: &str) -> Option<Vec<Number>> {
    let b = text.as_bytes();
    let spaces = |mut i: usize| {
        while b.get(i) == Some(&b' ') {
            i += 1;
        }
        i
    };
    let mut i = spaces(0);
    if b.get(i) != Some(&b'[') {
        return None;
    }
    i = spaces(i + 1);
    // room for every vector the encoder takes, in one allocation (growing from empty cost
    // three for a 16-component vector)
    let mut out = Vec::with_capacity(super::MAX_COMPONENTS);
    let mut kind = None;
    loop {
        let neg = b.get(i) == Some(&b'-');
        if neg || b.get(i) == Some(&b'+') {
            i += 1;
        }
        let start = i;
        // the digits are read into their value as they are scanned (past 38: the general parser)
        let mut acc = DigitAcc::default();
        i = acc.digits(b, i)?;
        let int_digits = i - start;
        let mut frac = 0; // digits after the point
        if b.get(i) == Some(&b'.') {
            let j = acc.digits(b, i + 1)?;
            if int_digits == 0 && j == i + 1 {
                return None;
            }
            frac = j - i - 1;
            i = j;
        } else if int_digits == 0 {
            return None;
        }
        let mut exponent = false;
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            let k = j + b[j.min(b.len())..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if k == j {
                return None;
            }
            i = k;
            exponent = true;
        }
        let lit = &text[start..i];
        let after = spaces(i);
        let sep = match b.get(after) {
            Some(b']') => None,
            // a comma right after digits could group them (`1,000`): the general parser decides
            Some(b',') if after == i && b.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                return None
            }
            Some(&c @ (b',' | b';')) => Some(c),
            Some(c) if after > i && (c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.')) => {
                Some(b' ')
            }
            _ => return None,
        };
        let n = if exponent {
            parse_literal(lit).ok()? // the literal reader owns the exponent's rules
        } else {
            acc.number(frac)
        };
        out.push(n.negated_if(neg));
        let Some(sep) = sep else {
            // `]`: only spaces may follow
            return (spaces(after + 1) == b.len()).then_some(out);
        };
        if kind.is_some_and(|k| k != sep) {
            return None;
        }
        kind = Some(sep);
        i = if sep == b' ' {
            after
        } else {
            spaces(after + 1)
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FluxemError;

    fn floats(s: &str) -> Vec<f64> {
        parse_vector(s)
            .unwrap()
            .iter()
            .map(Number::to_f64)
            .collect()
    }

    fn err_at(s: &str) -> usize {
        crate::error::parse_error_at(parse_vector(s), s)
    }

    #[test]
    fn accepted_forms() {
        assert_eq!(floats("[1, 2, 3]"), vec![1.0, 2.0, 3.0]);
        assert_eq!(floats("[1.5, -2e3, 0]"), vec![1.5, -2000.0, 0.0]);
        assert_eq!(floats("[ 4 ; 5 ]"), vec![4.0, 5.0]);
        assert_eq!(floats("[1. -2. 3.5]"), vec![1.0, -2.0, 3.5]);
        assert_eq!(floats(" [−1,+2] "), vec![-1.0, 2.0]);
        assert_eq!(floats("[7]"), vec![7.0]);
        assert_eq!(floats("[1,000, 2,000]"), vec![1000.0, 2000.0]);
        assert_eq!(floats("[100 200 300]"), vec![100.0, 200.0, 300.0]);
        assert_eq!(floats("[1,2,3]"), vec![1.0, 2.0, 3.0]);
        assert_eq!(floats("[1,000.5, -2]"), vec![1000.5, -2.0]);
        // a tight list with a comma no group can follow: every comma separates
        assert_eq!(floats("[64,32,128]"), vec![64.0, 32.0, 128.0]);
        assert_eq!(floats("[10,100,1000]"), vec![10.0, 100.0, 1000.0]);
        assert_eq!(floats("[1.5,200]"), vec![1.5, 200.0]);
        assert_eq!(floats("[0,1,-1,-1]"), vec![0.0, 1.0, -1.0, -1.0]);
    }

    #[test]
    fn comma_groups_that_could_be_components_are_refused() {
        for s in [
            "[1,234,567]",
            "[1,000,2,000]",
            "[12,000]",
            "[1,000; 2]",
            "[1,000 2]",
            "[128,128,128]",
            "[1,000,2,000,3]",
        ] {
            assert!(
                matches!(parse_vector(s), Err(FluxemError::Parse { .. })),
                "{s}"
            );
        }
    }

    #[test]
    fn rejected_forms_name_the_position() {
        assert_eq!(err_at(""), 0);
        assert_eq!(err_at("1, 2"), 0);
        assert_eq!(err_at("[]"), 1);
        assert_eq!(err_at("[1, 2"), 5);
        assert_eq!(err_at("[1, 2,]"), 6);
        assert_eq!(err_at("[1, 2; 3]"), 5);
        assert_eq!(err_at("[1 2, 3]"), 4);
        assert_eq!(err_at("[1, nan]"), 4);
        assert_eq!(err_at("[1, inf]"), 4);
        assert_eq!(err_at("[1, --2]"), 5);
        assert_eq!(err_at("[１, 2]"), 1);
        assert_eq!(err_at("[1, 2]x"), 6);
        assert_eq!(err_at("(1, 2)"), 0);
    }

    /// The general parser alone (the fast path skipped), for the comparison below.
    fn general(text: &str) -> Result<Vec<Number>> {
        // parse_vector tries plain_vector first: strip it by a text it never takes (a tab
        // before the bracket is whitespace to the general parser only)
        parse_vector(&format!("\t{text}"))
    }

    #[test]
    fn the_fast_path_reads_what_the_general_parser_reads() {
        let pieces = [
            "1",
            "2",
            "0",
            "-",
            "+",
            ".",
            "5",
            "12",
            "000",
            "1,000",
            "e",
            "E",
            "e-3",
            "e+2",
            " ",
            "  ",
            ",",
            ", ",
            ";",
            "; ",
            "]",
            "[",
            "x",
            "×10^3",
            " million",
            "1.",
            ".5",
            "-0",
            "123456789012345678901234567890123456789",
            "\t",
            "a",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x9E37_79B9_7F4A_7C15);
        let mut next = move |n: usize| rng.below(n);
        let (mut taken, mut total) = (0, 0);
        for _ in 0..200_000 {
            let mut t = String::from(if next(8) == 0 { " [" } else { "[" });
            for _ in 0..next(12) {
                t.push_str(pieces[next(pieces.len())]);
            }
            if next(4) != 0 {
                t.push(']');
            }
            total += 1;
            if let Some(v) = plain_vector(&t) {
                taken += 1;
                assert_eq!(Ok(v), general(&t), "{t:?}");
            }
        }
        // well-formed vectors, some with one piece of the list above spliced in
        let comps = [
            "1",
            "-2.5",
            "3e4",
            "0.125",
            "+7",
            "1.",
            ".5",
            "-0",
            "12345678901234567890",
            "6E-2",
            "123456789012345678901234567890123456789", // 39 digits: the general parser
            "0.0000000000000000000000000000000000001",
        ];
        let seps = [", ", ",", " ; ", ";", " ", "  ,  "];
        for _ in 0..50_000 {
            let sep = seps[next(seps.len())];
            let n = 1 + next(16);
            let mut t = String::from("[");
            for k in 0..n {
                if k > 0 {
                    t.push_str(sep);
                }
                t.push_str(comps[next(comps.len())]);
            }
            t.push(']');
            if next(3) == 0 {
                let at = next(t.len() + 1);
                if t.is_char_boundary(at) {
                    t.insert_str(at, pieces[next(pieces.len())]);
                }
            }
            total += 1;
            if let Some(v) = plain_vector(&t) {
                taken += 1;
                assert_eq!(Ok(v), general(&t), "{t:?}");
            }
        }
        for t in [
            "[1, 2, 3]",
            "[1.5, -2e3, 0]",
            "[ 4 ; 5 ]",
            "[1. 2. 3.]",
            "[1 ,2]",
            "[-0, +1]",
        ] {
            assert_eq!(plain_vector(t).map(Ok), Some(general(t)), "{t}");
        }
        assert!(
            taken > 1000,
            "only {taken} of {total} generated texts took the fast path"
        );
        eprintln!("fast path: {taken} of {total}");
    }

    #[test]
    fn huge_inputs_fail_fast() {
        let open = format!("[{}", "1, ".repeat(300_000));
        assert!(parse_vector(&open).is_err());
        let wide = format!("[{}]", "1".repeat(1_000_000));
        assert!(parse_vector(&wide).is_err());
        let long = format!("[{}1]", "1, ".repeat(100));
        assert_eq!(parse_vector(&long).unwrap().len(), 101);
    }
}
