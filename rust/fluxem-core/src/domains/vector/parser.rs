//! Vector literals: `[1, 2, 3]`, `[1.5, -2e3, 0]`, `[ 4 ; 5 ]`, `[1. 2. 3.]` (numpy's print).
//!
//! ```text
//! vector    := ws* '[' ws* component (sep component)* ws* ']' ws*
//! component := sign? literal            sign: '+' | '-' | '−' (U+2212)
//! sep       := ws* ',' ws* | ws* ';' ws* | ws+
//! ```
//! One vector uses one kind of separator (the first one fixes it). `literal` is the unsigned
//! decimal literal of `number::literal_len`. Every component is parsed, however many there are
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
    loop {
        out.push(c.signed_literal()?);
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
            c.skip_ws();
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
