//! Complex literals: `3+4j`, `-2-5i`, `2.5e3-1.2j`, `4i`, `-j`, `0.5+0j`, `(1+2i)`, `7`.
//!
//! ```text
//! complex := ws* ( '(' ws* body ws* ')' | body ) ws*
//! body    := sign? literal? unit                      pure imaginary: 4i, -j
//!          | sign? literal (ws* op ws* literal? unit)? real, or real + imaginary
//! sign    := '+' | '-' | '−' (U+2212)                 op: the same three characters
//! unit    := 'i' | 'j' | 'I' | 'J'                    ws: ASCII whitespace
//! ```
//! `literal` is the unsigned decimal literal of `number::literal_len`. A sign after the
//! operator (`3+-4j`), a leading imaginary part (`4j+3`), `inf`/`nan` and non-ASCII digits are
//! rejected with the char position of the problem. One left-to-right pass, no backtracking:
//! linear time on any input.

use crate::cursor::Cursor;
use crate::number::Number;
use crate::Result;

/// The exact parts of a complex literal.
#[derive(Debug, Clone, PartialEq)]
pub struct ComplexLiteral {
    /// The real part, exactly as written (0 for a pure imaginary).
    pub re: Number,
    /// The imaginary part, exactly as written (0 for a real literal).
    pub im: Number,
}

/// Consumes the imaginary unit `i`/`j` (either case) if it is next.
fn take_unit(c: &mut Cursor) -> bool {
    match c.peek() {
        Some('i' | 'j' | 'I' | 'J') => {
            c.bump();
            true
        }
        _ => false,
    }
}

/// Parses the whole of `text` as one complex number, exactly. Errors are `Parse` with a char
/// position, or `Encode` for literals beyond `number::MAX_LITERAL_DIGITS` digits.
pub fn parse_complex(text: &str) -> Result<ComplexLiteral> {
    let mut c = Cursor::new(text);
    c.skip_ws();
    let paren = c.peek() == Some('(');
    if paren {
        c.bump();
        c.skip_ws();
    }
    let first_neg = c.sign().unwrap_or(false);
    let first = c.unsigned_literal()?;
    let value = if take_unit(&mut c) {
        ComplexLiteral {
            re: Number::zero(),
            im: first
                .unwrap_or_else(|| Number::from_i64(1))
                .negated_if(first_neg),
        }
    } else {
        let re = first.ok_or_else(|| c.error("expected a number or an imaginary unit"))?;
        let re = re.negated_if(first_neg);
        c.skip_ws();
        match c.sign() {
            None => ComplexLiteral {
                re,
                im: Number::zero(),
            },
            Some(neg) => {
                c.skip_ws();
                if matches!(c.peek(), Some('+' | '-' | '\u{2212}')) {
                    return Err(c.error("expected the imaginary part after the operator"));
                }
                let im = c.unsigned_literal()?;
                if !take_unit(&mut c) {
                    return Err(c.error("expected the imaginary unit i or j"));
                }
                let im = im.unwrap_or_else(|| Number::from_i64(1));
                ComplexLiteral {
                    re,
                    im: im.negated_if(neg),
                }
            }
        }
    };
    c.skip_ws();
    if paren {
        if c.peek() != Some(')') {
            return Err(c.error("expected ')'"));
        }
        c.bump();
        c.skip_ws();
    }
    if !c.at_end() {
        return Err(c.error("unexpected text after the complex number"));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(s: &str) -> (f64, f64) {
        let v = parse_complex(s).unwrap();
        (v.re.to_f64(), v.im.to_f64())
    }

    fn err_at(s: &str) -> usize {
        crate::error::parse_error_at(parse_complex(s), s)
    }

    #[test]
    fn accepted_forms() {
        assert_eq!(parts("3+4j"), (3.0, 4.0));
        assert_eq!(parts("-2-5i"), (-2.0, -5.0));
        assert_eq!(parts("2.5e3-1.2j"), (2500.0, -1.2));
        assert_eq!(parts("4i"), (0.0, 4.0));
        assert_eq!(parts("-j"), (0.0, -1.0));
        assert_eq!(parts("+J"), (0.0, 1.0));
        assert_eq!(parts("0.5+0j"), (0.5, 0.0));
        assert_eq!(parts("(1+2i)"), (1.0, 2.0));
        assert_eq!(parts(" ( 1 − 2i ) "), (1.0, -2.0));
        assert_eq!(parts("3 + i"), (3.0, 1.0));
        assert_eq!(parts("7"), (7.0, 0.0));
        assert_eq!(parts("1e-3-.5j"), (0.001, -0.5));
    }

    #[test]
    fn rejected_forms_name_the_position() {
        assert_eq!(err_at(""), 0);
        assert_eq!(err_at("3+-4j"), 2);
        assert_eq!(err_at("3+4"), 3);
        assert_eq!(err_at("4j+3"), 2);
        assert_eq!(err_at("(1+2i"), 5);
        assert_eq!(err_at("1+2i)"), 4);
        assert_eq!(err_at("inf+1j"), 1); // "i" parses, then "nf" is unexpected
        assert_eq!(err_at("nanj"), 0);
        assert_eq!(err_at("3+4ⅈ"), 3);
        assert_eq!(err_at("３+4j"), 0);
        assert_eq!(err_at("- 3"), 1);
        assert_eq!(err_at("3+4jj"), 4);
    }

    #[test]
    fn huge_inputs_fail_fast() {
        let open = format!("({}", "1".repeat(1_000_000));
        assert!(parse_complex(&open).is_err());
        let spaces = format!("1{}", " ".repeat(1_000_000));
        assert_eq!(parts(&spaces), (1.0, 0.0));
        let signs = "+".repeat(1_000_000);
        assert!(parse_complex(&signs).is_err());
    }
}
