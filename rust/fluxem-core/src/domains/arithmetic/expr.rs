//! Arithmetic expressions: a recursive-descent parser that evaluates exactly as it parses.
//!
//! ```text
//! expr  := term (('+' | '-' | '−') term)*
//! term  := unary (('*' | '×' | '/' | '÷') unary)*
//! unary := ('-' | '−' | '+') unary | power
//! power := atom (('^' | '**') unary)?        right-associative: 2^3^2 = 2^9
//! atom  := number | '(' expr ')'
//! ```
//! Unary minus binds looser than `^` (-2^2 = -4). Values are exact rationals; sizes are
//! bounded so that hostile input ("2 ** 10000000", deep nesting) fails fast with an error:
//! every operation is checked against the bit budget (`budget`) before it computes.

use super::big_decimal::BigDecimal;
use super::budget::{Bits, Work, MAX_BITS};
use crate::codec::EXACT_DIGITS;
use crate::cursor::Cursor;
use crate::number::rational_ops;
use crate::number::{
    literal_len, number_len, parse_literal, plain_literal_prefix, Number, ShortDecimal,
};
use crate::{FluxemError, Result};
use num_bigint::{BigInt, Sign};
use num_rational::BigRational;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

/// Deepest parenthesis / unary nesting accepted.
pub const MAX_DEPTH: usize = 200;
/// Largest |integer exponent| accepted by `^`.
pub const MAX_EXPONENT: i64 = 100_000;

/// Counts describing the expression's shape, in layout order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shape {
    /// Number literals.
    pub operands: u32,
    /// Binary `+`.
    pub add: u32,
    /// Binary `-` (or U+2212).
    pub sub: u32,
    /// `*` or `×`.
    pub mul: u32,
    /// `/` or `÷`.
    pub div: u32,
    /// `^` or `**`.
    pub pow: u32,
    /// Unary minus.
    pub neg: u32,
    /// Deepest parenthesis nesting.
    pub depth: u32,
}

impl Shape {
    /// The counts in the order the embedding stores them (the fields' order).
    pub fn counts(&self) -> [u32; 8] {
        [
            self.operands,
            self.add,
            self.sub,
            self.mul,
            self.div,
            self.pow,
            self.neg,
            self.depth,
        ]
    }
}

/// An expression's exact value and its shape.
#[derive(Debug, Clone)]
pub struct Evaluated {
    /// The exact value (a decimal while every step stays one, else a rational).
    pub value: Number,
    /// Operator and operand counts of the expression as written.
    pub shape: Shape,
    /// `value` rounded to the codec's digits (`value.to_short_decimal(EXACT_DIGITS)`) when
    /// `evaluate_for_codec` computed it as a big decimal (cheaper from the decimal than from
    /// the rational `value`); None otherwise.
    pub short: Option<ShortDecimal>,
}

/// Parses and evaluates `text` (the whole string).
pub fn evaluate(text: &str) -> Result<Evaluated> {
    run(text, false)
}

/// `evaluate` for the codec (`encode`, `accepts`): a value the codec would refuse by its
/// magnitude may be refused before it is computed, with the codec's error. Today: a power that
/// is the whole expression (`(1/3)^999`, 10^-477), whose magnitude is known from logarithms.
pub fn evaluate_for_codec(text: &str) -> Result<Evaluated> {
    run(text, true)
}

fn run(text: &str, codec: bool) -> Result<Evaluated> {
    let mut p = Parser {
        cur: Cursor::new(text),
        shape: Shape::default(),
        depth: 0,
        parens: 0,
        codec,
        pending: 0,
        work: Work::for_text(text.len()),
    };
    p.skip_ws();
    if p.cur.at_end() {
        return Err(FluxemError::parse("empty expression", 0));
    }
    let v = p.expr()?;
    p.skip_ws();
    if !p.cur.at_end() {
        return Err(p.error_here("unexpected"));
    }
    let (value, short) = match v {
        Val::Lit(n) => (n, None),
        Val::Big(d) => (
            d.to_number(),
            codec.then(|| d.to_short_decimal(EXACT_DIGITS)).flatten(),
        ),
        Val::Rat(r) => (Number::Rational(r), None),
    };
    Ok(Evaluated {
        value,
        shape: p.shape,
        short,
    })
}

/// A literal stays a decimal (fast, exact); sums and products of decimals that outgrow 128
/// bits become big decimals (no gcd); a quotient that does not terminate, a negative power or
/// anything combined with one is a rational.
enum Val {
    Lit(Number),
    Big(BigDecimal),
    Rat(BigRational),
}

impl Val {
    fn negated(self) -> Val {
        match self {
            Val::Lit(n) => Val::Lit(n.negated_if(true)),
            Val::Big(d) => Val::Big(d.neg()),
            Val::Rat(r) => Val::Rat(-r),
        }
    }

    /// O(1) upper bounds of its size (see `budget`).
    fn bits(&self) -> Bits {
        match self {
            Val::Lit(n) => Bits::of(n),
            Val::Big(d) => d.bits(),
            Val::Rat(r) => Bits::of_rational(r),
        }
    }

    /// The value as a big decimal, when it is one.
    fn big(&self) -> Option<BigDecimal> {
        match self {
            Val::Lit(n) => BigDecimal::of(n),
            Val::Big(d) => Some(d.clone()),
            Val::Rat(_) => None,
        }
    }

    fn rat(self) -> BigRational {
        match self {
            Val::Lit(n) => match BigDecimal::of(&n) {
                Some(d) => d.to_rational(),
                None => n.to_rational(),
            },
            Val::Big(d) => d.to_rational(),
            Val::Rat(r) => r,
        }
    }
}

struct Parser<'a> {
    cur: Cursor<'a>,
    shape: Shape,
    depth: usize,
    parens: u32,
    /// Evaluating for the codec (see `evaluate_for_codec`).
    codec: bool,
    /// Binary operators whose right operand is being parsed: 0 at the outermost operand.
    pending: u32,
    /// Exact work left (`budget::Work`).
    work: Work,
}

impl<'a> Parser<'a> {
    fn error_here(&self, what: &str) -> FluxemError {
        FluxemError::parse(format!("{what} {}", self.cur.found()), self.cur.char_pos())
    }

    /// Skips Unicode whitespace (what `str::trim_start` removes). ASCII bytes are settled by
    /// their value (most calls find an operator, a digit or the end): only a non-ASCII char
    /// is decoded and tested.
    #[inline(always)]
    fn skip_ws(&mut self) {
        loop {
            match self.cur.peek_byte() {
                Some(b @ (b' ' | b'\t'..=b'\r')) => self.cur.advance_char(char::from(b)),
                Some(0x80..) => {
                    self.cur.skip_while(char::is_whitespace);
                    return;
                }
                _ => return,
            }
        }
    }

    /// Consumes a `+` or `-` (or U+2212), binary or a sign: Some(whether it is a minus). The
    /// first byte rules out all but one spelling before any is compared.
    #[inline]
    fn additive_op(&mut self) -> Option<bool> {
        match self.cur.peek_byte()? {
            b'+' => self.eat("+").then_some(false),
            b'-' => self.eat("-").then_some(true),
            0xE2 => self.eat("\u{2212}").then_some(true),
            _ => None,
        }
    }

    /// Consumes `*` or `×` (Some(false)), `/` or `÷` (Some(true)); not the power `**`.
    #[inline]
    fn multiplicative_op(&mut self) -> Option<bool> {
        match self.cur.peek_byte()? {
            b'*' if self.cur.rest().starts_with("**") => None,
            b'*' => self.eat("*").then_some(false),
            b'/' => self.eat("/").then_some(true),
            0xC3 => {
                if self.eat("\u{d7}") {
                    Some(false)
                } else {
                    self.eat("\u{f7}").then_some(true)
                }
            }
            _ => None,
        }
    }

    /// Consumes a power operator, `**` or `^`.
    #[inline]
    fn power_op(&mut self) -> bool {
        match self.cur.peek_byte() {
            Some(b'*') => self.eat("**"),
            Some(b'^') => self.eat("^"),
            _ => false,
        }
    }

    #[inline]
    fn eat(&mut self, s: &str) -> bool {
        self.cur.eat(s)
    }

    fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(FluxemError::parse(
                format!("expression nested deeper than {MAX_DEPTH} levels"),
                self.cur.char_pos(),
            ));
        }
        Ok(())
    }

    fn expr(&mut self) -> Result<Val> {
        let mut acc = self.term()?;
        loop {
            self.skip_ws();
            let op_pos = self.cur.char_pos();
            let Some(sub) = self.additive_op() else {
                return Ok(acc);
            };
            self.pending += 1;
            let rhs = self.term()?;
            self.pending -= 1;
            if sub {
                self.shape.sub += 1;
            } else {
                self.shape.add += 1;
            }
            let rhs = if sub { rhs.negated() } else { rhs };
            acc = match decimal_fast_path(&acc, &rhs, false) {
                Some(v) => v,
                None => {
                    Bits::sum(acc.bits(), rhs.bits()).check(op_pos)?;
                    self.work
                        .charge(Bits::work(acc.bits(), rhs.bits()), op_pos)?;
                    match (acc.big(), rhs.big()) {
                        (Some(x), Some(y)) => Val::Big(x.add(&y)),
                        _ => Val::Rat(rational_ops::add(&acc.rat(), &rhs.rat())),
                    }
                }
            };
            check_size(&acc, op_pos)?;
        }
    }

    fn term(&mut self) -> Result<Val> {
        let mut acc = self.unary()?;
        loop {
            self.skip_ws();
            let op_pos = self.cur.char_pos();
            // `**` is a power, not two multiplications
            let Some(div) = self.multiplicative_op() else {
                return Ok(acc);
            };
            self.pending += 1;
            let rhs = self.unary()?;
            self.pending -= 1;
            if !div {
                if let Some(v) = decimal_fast_path(&acc, &rhs, true) {
                    self.shape.mul += 1;
                    check_size(&v, op_pos)?;
                    acc = v;
                    continue;
                }
            }
            if div {
                if let (Val::Lit(x), Val::Lit(y)) = (&acc, &rhs) {
                    // a terminating decimal quotient; its rational has far fewer bits than
                    // the size limit, so the size check below could not fail for it
                    if let Some(q) = x.checked_decimal_div(y) {
                        self.shape.div += 1;
                        acc = Val::Lit(q);
                        check_size(&acc, op_pos)?;
                        continue;
                    }
                }
            }
            self.work
                .charge(Bits::work(acc.bits(), rhs.bits()), op_pos)?;
            if div {
                Bits::quotient(acc.bits(), rhs.bits()).check(op_pos)?;
            } else {
                Bits::product(acc.bits(), rhs.bits()).check(op_pos)?;
                if let (Some(x), Some(y)) = (acc.big(), rhs.big()) {
                    self.shape.mul += 1;
                    acc = Val::Big(x.mul(&y));
                    continue;
                }
            }
            let (a, b) = (acc.rat(), rhs.rat());
            acc = Val::Rat(if div {
                self.shape.div += 1;
                if b.is_zero() {
                    return Err(FluxemError::encode(format!(
                        "division by zero at position {}",
                        op_pos
                    )));
                }
                rational_ops::div(&a, &b)
            } else {
                self.shape.mul += 1;
                rational_ops::mul(&a, &b)
            });
            check_size(&acc, op_pos)?;
        }
    }

    fn unary(&mut self) -> Result<Val> {
        self.skip_ws();
        // a sign is spelled as a binary `+` or `-`
        let sign = self.additive_op();
        if sign == Some(true) {
            self.enter()?;
            self.shape.neg += 1;
            let v = self.unary()?;
            self.depth -= 1;
            return Ok(match v {
                Val::Lit(Number::Decimal { neg, m, e }) => {
                    Val::Lit(Number::Decimal { neg: !neg, m, e })
                }
                other => other.negated(),
            });
        }
        if sign == Some(false) {
            self.enter()?;
            let v = self.unary();
            self.depth -= 1;
            return v;
        }
        self.power()
    }

    fn power(&mut self) -> Result<Val> {
        let base = self.atom()?;
        self.skip_ws();
        let op_pos = self.cur.char_pos();
        if self.power_op() {
            self.enter()?;
            self.shape.pow += 1;
            let exp = self.unary()?;
            self.depth -= 1;
            if self.codec && self.is_whole_expression() {
                if let Some(l) = power_log10(&base, &exp) {
                    // |value| = 10^l, l to ~1e-7 (logs of the parts, times at most 10^5)
                    if crate::codec::log10_outside(l - 1e-6, l + 1e-6) {
                        return Err(crate::codec::out_of_range("the value"));
                    }
                }
            }
            if let Some(v) = integer_pow_fast_path(&base, &exp) {
                return Ok(Val::Lit(v));
            }
            if let Some(p) = small_integer(&exp) {
                let result = Bits::power(base.bits(), p.unsigned_abs());
                if result.fits() {
                    self.work.charge(Bits::power_work(result), op_pos)?;
                }
            }
            if let Some(v) = decimal_pow(&base, &exp, op_pos)? {
                return Ok(Val::Big(v));
            }
            return pow(base.rat(), exp.rat(), op_pos).map(Val::Rat);
        }
        Ok(base)
    }

    /// Whether the operand just parsed is the whole expression: no operator waits for it,
    /// it is inside no parentheses or sign, and only whitespace follows.
    fn is_whole_expression(&mut self) -> bool {
        if self.pending != 0 || self.depth != 0 {
            return false;
        }
        let saved = self.cur;
        self.skip_ws();
        let end = self.cur.at_end();
        self.cur = saved;
        end
    }

    fn atom(&mut self) -> Result<Val> {
        self.skip_ws();
        if self.eat("(") {
            self.enter()?;
            self.parens += 1;
            self.shape.depth = self.shape.depth.max(self.parens);
            let v = self.expr()?;
            self.skip_ws();
            if !self.eat(")") {
                return Err(self.error_here("expected ')' but found"));
            }
            self.depth -= 1;
            self.parens -= 1;
            return Ok(v);
        }
        // only unsigned literals here: signs are unary operators. The common `12`, `4.5` are
        // delimited and valued in one pass: `plain_literal_prefix` answers only with
        // `literal_len`'s extent and `parse_literal`'s value of it.
        let fast = plain_literal_prefix(self.cur.rest());
        let len = match (&fast, self.cur.peek_byte()) {
            (Some((_, len)), _) => *len,
            (None, Some(b)) if b.is_ascii_digit() || b == b'.' => literal_len(self.cur.rest()),
            // a number in words (`twenty-five + 3`)
            (None, Some(b)) if b.is_ascii_alphabetic() => number_len(self.cur.rest()),
            _ => 0,
        };
        if len == 0 {
            return Err(self.error_here("expected a number or '(' but found"));
        }
        let start = self.cur;
        self.cur.advance_bytes(len);
        if matches!(self.cur.peek(), Some(c) if c.is_alphanumeric() || c == '.' || c == '_') {
            return Err(self.error_here("unexpected"));
        }
        self.shape.operands += 1;
        match fast {
            Some((n, _)) => Ok(Val::Lit(n)),
            None => parse_literal(self.cur.since(&start))
                .map(Val::Lit)
                .map_err(|e| e.offset_by(start.char_pos())),
        }
    }
}

/// Exact decimal `a + b` / `a * b` without rationals when both sides are decimals that fit.
fn decimal_fast_path(a: &Val, b: &Val, multiply: bool) -> Option<Val> {
    match (a, b) {
        (Val::Lit(x), Val::Lit(y)) => x.checked_decimal_op(y, multiply).map(Val::Lit),
        _ => None,
    }
}

/// `base ^ exp` for an integer base and a small non-negative integer exponent whose result
/// fits 128 bits: far inside `pow`'s limits, so `pow` would return the same value.
fn integer_pow_fast_path(base: &Val, exp: &Val) -> Option<Number> {
    let (
        Val::Lit(b),
        Val::Lit(Number::Decimal {
            neg: false,
            m,
            e: 0,
        }),
    ) = (base, exp)
    else {
        return None;
    };
    b.checked_integer_pow(u32::try_from(*m).ok().filter(|p| *p <= 128)?)
}

/// The budget on a computed value (O(1)): decimals from the fast paths can grow their
/// exponent without limit ("1e999 * 1e999 * ..."), rationals are reduced and may have grown.
/// `base ^ exp` for a decimal base and a non-negative integer exponent, as a big decimal
/// (`m^p * 10^(e*p)`: no rational, no gcd), within the bit budget; None for other powers.
fn decimal_pow(base: &Val, exp: &Val, pos: usize) -> Result<Option<BigDecimal>> {
    let (
        Some(b),
        Val::Lit(Number::Decimal {
            neg: false,
            m,
            e: 0,
        }),
    ) = (base.big(), exp)
    else {
        return Ok(None);
    };
    let Some(p) = u32::try_from(*m).ok().filter(|p| *p as i64 <= MAX_EXPONENT) else {
        return Ok(None);
    };
    if !Bits::power(b.bits(), p as u64).fits() {
        return Err(FluxemError::encode(format!(
            "power at position {pos} would exceed {MAX_BITS} bits"
        )));
    }
    Ok(Some(BigDecimal {
        m: num_traits::pow(b.m, p as usize),
        e: b.e * p as i64,
    }))
}

/// The exponent when it is an integer literal of at most `MAX_EXPONENT` (a bigger one is
/// refused by `pow`).
fn small_integer(exp: &Val) -> Option<i64> {
    let Val::Lit(Number::Decimal { neg, m, e: 0 }) = exp else {
        return None;
    };
    let p = i64::try_from(*m).ok().filter(|p| *p <= MAX_EXPONENT)?;
    Some(if *neg { -p } else { p })
}

/// log10|base ^ exp| for an integer exponent and a non-zero base, from the logarithms of the
/// base's parts (nothing is raised to the power); None for other powers.
fn power_log10(base: &Val, exp: &Val) -> Option<f64> {
    let p = small_integer(exp)?;
    let lb = match base {
        Val::Lit(Number::Decimal { m, e, .. }) if *m != 0 => libm::log10(*m as f64) + *e as f64,
        Val::Lit(Number::Rational(r)) | Val::Rat(r) if !r.is_zero() => {
            log10_big(r.numer()) - log10_big(r.denom())
        }
        Val::Big(d) if !d.m.is_zero() => log10_big(&d.m) + d.e as f64,
        _ => return None,
    };
    Some(p as f64 * lb)
}

/// log10|x| for x != 0, to ~1e-13 absolute: the top 64 bits and the binary exponent.
fn log10_big(x: &BigInt) -> f64 {
    let bits = x.bits();
    let shift = bits.saturating_sub(64);
    let top = (x.magnitude() >> shift).to_u64().unwrap_or(u64::MAX);
    libm::log10(top as f64) + shift as f64 * std::f64::consts::LOG10_2
}

fn check_size(v: &Val, pos: usize) -> Result<()> {
    v.bits().check(pos)
}

fn pow(base: BigRational, exp: BigRational, pos: usize) -> Result<BigRational> {
    if !exp.is_integer() {
        return Err(FluxemError::encode(format!(
            "non-integer power at position {pos}: the result is not rational, so not exact"
        )));
    }
    let p = exp
        .to_integer()
        .to_i64()
        // unsigned: `-8^21` is i64::MIN, whose `abs` overflows (found by the domain fuzz target)
        .filter(|p| p.unsigned_abs() <= MAX_EXPONENT as u64)
        .ok_or_else(|| {
            FluxemError::encode(format!(
                "exponent at position {pos} exceeds {MAX_EXPONENT} in magnitude"
            ))
        })?;
    if base.is_zero() {
        return match p.signum() {
            0 => Ok(BigRational::one()),
            1 => Ok(BigRational::zero()),
            _ => Err(FluxemError::encode(format!(
                "zero to a negative power at position {pos} (division by zero)"
            ))),
        };
    }
    if !Bits::power(Bits::of_rational(&base), p.unsigned_abs()).fits() {
        return Err(FluxemError::encode(format!(
            "power at position {pos} would exceed {MAX_BITS} bits"
        )));
    }
    // powers of the magnitudes (num-bigint's own square-and-multiply, no sign bookkeeping
    // per step); the exponent is at most MAX_EXPONENT, so it fits u32
    let mag = p.unsigned_abs() as u32;
    let odd_negative = base.is_negative() && mag % 2 == 1;
    let n = BigInt::from_biguint(
        if odd_negative {
            Sign::Minus
        } else {
            Sign::Plus
        },
        Pow::pow(base.numer().magnitude(), mag),
    );
    let d = BigInt::from(Pow::pow(base.denom().magnitude(), mag));
    // a power of a fraction in lowest terms is in lowest terms: no gcd (quadratic in the bits)
    let r = BigRational::new_raw(n, d);
    Ok(if p < 0 { r.recip() } else { r })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_input_is_reported_with_position() {
        let err = evaluate("1 +").unwrap_err();
        assert!(
            matches!(err, FluxemError::Parse { position: 3, .. }),
            "{err:?}"
        );
        assert!(matches!(
            evaluate("2 ** 10000000"),
            Err(FluxemError::Encode { .. })
        ));
        assert!(matches!(evaluate("1/0"), Err(FluxemError::Encode { .. })));
        assert!(matches!(
            evaluate("2 ^ 0.5"),
            Err(FluxemError::Encode { .. })
        ));
        assert!(matches!(evaluate(""), Err(FluxemError::Parse { .. })));
        assert!(matches!(
            evaluate("3 4"),
            Err(FluxemError::Parse { position: 2, .. })
        ));
        assert!(matches!(evaluate("2x"), Err(FluxemError::Parse { .. })));
        let deep = "(".repeat(10_000) + "1" + &")".repeat(10_000);
        assert!(matches!(evaluate(&deep), Err(FluxemError::Parse { .. })));
        let negs = "-".repeat(100_000) + "1";
        assert!(matches!(evaluate(&negs), Err(FluxemError::Parse { .. })));
    }

    #[test]
    fn an_exponent_of_i64_min_is_refused() {
        // `-8 ^21` = -2^63 = i64::MIN as a power (found by the domain fuzz target)
        let err = evaluate("6 ^ -8 ^21").unwrap_err();
        assert!(matches!(err, FluxemError::Encode { .. }), "{err:?}");
    }

    #[test]
    fn shape_counts() {
        let s = evaluate("-(1 + 2) * 3 ^ 2 / 4 - 5").unwrap().shape;
        assert_eq!(s.counts(), [6, 1, 1, 1, 1, 1, 1, 1]);
    }

    #[test]
    fn powers_refused_by_magnitude_are_the_ones_the_codec_refuses() {
        // the shortcut (no exact power) decides as the codec does on the exact value, at the
        // edges of the range too
        let decide = |r: Result<Evaluated>| r.and_then(|e| crate::codec::accepts(&e.value));
        let mut refused_early = 0;
        for base in [
            "(1/3)",
            "2",
            "10",
            "(7/5)",
            "(-3)",
            "0.5",
            "(123456789/1000)",
            "1e-5",
        ] {
            for p in (1..=5000).step_by(7).chain(600..=1100) {
                for sign in ["", "-"] {
                    let text = format!("{base}^{sign}{p}");
                    let fast = decide(evaluate_for_codec(&text));
                    let exact = decide(evaluate(&text));
                    assert_eq!(fast.is_ok(), exact.is_ok(), "{text}: {fast:?} vs {exact:?}");
                    if fast.is_err() && evaluate(&text).is_ok() {
                        refused_early += 1;
                    }
                }
            }
        }
        assert!(refused_early > 1000, "{refused_early}");
        // only the whole expression: a power inside may come back into range
        assert!(decide(evaluate_for_codec("(1/3)^999 * 3^999")).is_ok());
        assert!(decide(evaluate_for_codec("((1/3)^999)")).is_err());
        assert!(decide(evaluate_for_codec("-(1/3)^999 + 1")).is_ok());
    }

    #[test]
    fn exact_work_is_bounded_by_the_text_length() {
        // a chain of products of huge quotients fails at the operator that would exceed the
        // allowance (it cost 19 ms for 3.5 KB before the work budget)
        let found = include_bytes!(
            "../../../../../fuzz/corpus/regressions/domain/arith-chain-of-huge-quotients-work"
        );
        let hostile = std::str::from_utf8(&found[1..]).unwrap(); // after the selector byte
        let err = evaluate(hostile).unwrap_err();
        assert!(err.to_string().contains("more work"), "{err}");
        // ordinary long expressions of fractions and powers still evaluate exactly
        let harmonic: String = (1..=300)
            .map(|k| format!("1/{k}"))
            .collect::<Vec<_>>()
            .join(" + ");
        let v = evaluate(&harmonic).unwrap().value.to_rational();
        let want = (1..=300i64).fold(BigRational::zero(), |acc, k| {
            acc + BigRational::new(BigInt::one(), BigInt::from(k))
        });
        assert_eq!(v, want);
        for ok in [
            "2^1000",
            "(1/3)^999",
            "1e999 + 1e-999",
            "(2^100 + 1)^20 / 3^700",
        ] {
            assert!(evaluate(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn long_sums_stay_fast() {
        let text = vec!["123456789"; 20_000].join(" + ");
        let v = evaluate(&text).unwrap().value;
        assert_eq!(v.to_f64(), 123456789.0 * 20_000.0);
    }

    fn parser_at(text: &str, i: usize) -> Parser<'_> {
        Parser {
            cur: Cursor::at(text, i),
            shape: Shape::default(),
            depth: 0,
            parens: 0,
            codec: false,
            pending: 0,
            work: Work::for_text(0),
        }
    }

    #[test]
    fn byte_dispatched_tokens_are_the_eat_chains() {
        // skip_ws and the operator readers against the chains of `eat` they replaced, at
        // every char boundary of random texts of operators, spaces and look-alikes
        let pieces = [
            "+", "-", "\u{2212}", "*", "**", "\u{d7}", "/", "\u{f7}", "^", "(", ")", " ", "\t",
            "\n", "\u{b}", "\u{c}", "\r", "\u{1c}", "\u{a0}", "\u{2009}", "\u{3000}", "\u{85}",
            "\u{2010}", "\u{2013}", "\u{c0}", "\u{e2}", "1", "x", ".",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x5eed_0a11);
        for _ in 0..20_000 {
            let t = rng.join(&pieces, 5);
            for i in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                let state = |p: &Parser| (p.cur.pos(), p.cur.char_pos());
                let (mut new, mut old) = (parser_at(&t, i), parser_at(&t, i));
                new.skip_ws();
                old.cur.skip_while(char::is_whitespace);
                assert_eq!(state(&new), state(&old), "skip_ws {t:?} at {i}");

                (new, old) = (parser_at(&t, i), parser_at(&t, i));
                let want = if old.eat("+") {
                    Some(false)
                } else if old.eat("-") || old.eat("\u{2212}") {
                    Some(true)
                } else {
                    None
                };
                assert_eq!(new.additive_op(), want, "additive {t:?} at {i}");
                assert_eq!(state(&new), state(&old), "additive {t:?} at {i}");

                (new, old) = (parser_at(&t, i), parser_at(&t, i));
                let want = if old.cur.rest().starts_with("**") {
                    None
                } else if old.eat("*") || old.eat("\u{d7}") {
                    Some(false)
                } else if old.eat("/") || old.eat("\u{f7}") {
                    Some(true)
                } else {
                    None
                };
                assert_eq!(new.multiplicative_op(), want, "multiplicative {t:?} at {i}");
                assert_eq!(state(&new), state(&old), "multiplicative {t:?} at {i}");

                (new, old) = (parser_at(&t, i), parser_at(&t, i));
                let want = old.eat("**") || old.eat("^");
                assert_eq!(new.power_op(), want, "power {t:?} at {i}");
                assert_eq!(state(&new), state(&old), "power {t:?} at {i}");
            }
        }
    }
}
