//! Vector literals: `[1, 2, 3]`, `[1.5, -2e3, 0]`, `[ 4 ; 5 ]`, `[1. 2. 3.]` (numpy's print).
//!
//! ```text
//! vector    := ws* '[' ws* component (sep component)* ws* ']' ws*
//! component := sign? literal            sign: '+' | '-' | '−' (U+2212)
//! sep       := ws* ',' ws* | ws* ';' ws* | ws+
//! ```
//! One vector uses one kind of separator (the first one fixes it). `literal` is the unsigned
//! decimal literal of `number::literal_len_in_list`: digit groups only with `,`, and only when
//! every separator is a comma followed by a space (`[1,000, 2,000]` is [1000, 2000]); a comma
//! group anywhere else (`[1,234,567]`, `[1,000,2,000]`, `[12,000]`) is ambiguous between
//! groups and components and is a `ParseError`, never a guess. Every component is parsed, however many there are
//! (the encoder, not the parser, enforces the component limit); one left-to-right pass with no
//! backtracking, so an unclosed `[1, 2, 3, ...` of any length fails in linear time.

use crate::cursor::Cursor;
use crate::number::Number;
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
        out.push(c.signed_list_component()?);
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
    }

    #[test]
    fn comma_groups_that_could_be_components_are_refused() {
        for s in [
            "[1,234,567]",
            "[1,000,2,000]",
            "[12,000]",
            "[1,000; 2]",
            "[1,000 2]",
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
