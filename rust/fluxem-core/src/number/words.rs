//! English number words as a number literal: `twenty-five`, `three hundred`, `forty`,
//! `one thousand two hundred and five`, `twenty-five million`. The value is an exact integer
//! (at most 999 999 999 999 999). The word tables are `segment/vocab/number_words_*.txt`.
//!
//! ```text
//! number := 'zero' | group (scale group?)*     scales strictly decreasing
//! group  := small | small 'hundred' (('and')? small)?
//! small  := ones | tens | tens '-' ones | tens ' ' ones          (1..99)
//! ```
//! Words are separated by one ASCII space. `and` is read only after `hundred` or a scale word
//! and only when a small number follows (`three hundred and five`, `one thousand and one`);
//! `between two and three` is two numbers. A group before a scale is below 1000; `twelve
//! hundred` (1200) is read only as a whole number. Only the first word may have a capital
//! letter (`Twenty-five grams ...`). Not read, on purpose (docs/SEGMENTATION.md, "Number
//! words"): `a hundred`, `a dozen`, `dozens`, fractions (`one-third`, `two and a half`),
//! ordinals (`twenty-first`), `point` decimals. A number glued to a hyphenated word
//! (`one-to-one`, `two-fold`, `twenty-five-year`) or to letters or digits is no number: the
//! reader answers None rather than a shorter number.
//!
//! Reads at most a bounded number of words (scales strictly decrease), so each call is O(1) in
//! the length of the text after it.

use crate::segment::vocab::{
    number_words_ones, number_words_scales, number_words_tens, NUMBER_WORDS_ONES,
    NUMBER_WORDS_SCALES, NUMBER_WORDS_TENS,
};

/// Longest word of the grammar (`seventeen`, `thousand`).
const MAX_WORD: usize = 9;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    /// 0..=99, from one word or a hyphenated pair (`twenty-five`).
    Small(u64),
    Hundred,
    /// A scale word and its power of ten.
    Scale(u32),
    And,
}

fn letters_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// The word `b[i..j]` lowercased into `buf`, when it is lowercase (or, for the first word of a
/// number, capitalised) and short enough to be a number word.
fn lowered<'a>(
    b: &[u8],
    i: usize,
    j: usize,
    first: bool,
    buf: &'a mut [u8; MAX_WORD],
) -> Option<&'a [u8]> {
    let n = j - i;
    if !(3..=MAX_WORD).contains(&n) {
        return None; // the shortest words are `one`, `two`, `six`, `ten`, `and`
    }
    for k in 0..n {
        let c = b[i + k];
        buf[k] = if c.is_ascii_lowercase() {
            c
        } else if k == 0 && first && c.is_ascii_uppercase() {
            c.to_ascii_lowercase()
        } else {
            return None;
        };
    }
    Some(&buf[..n])
}

fn position(list: &[&str], w: &[u8]) -> u64 {
    list.iter().position(|x| x.as_bytes() == w).unwrap_or(0) as u64
}

/// The ones word (1..=9) at `b[i..]`, with its end: the second half of `twenty-five`.
fn ones_at(b: &[u8], i: usize) -> Option<(u64, usize)> {
    let j = letters_end(b, i);
    let mut buf = [0u8; MAX_WORD];
    let w = lowered(b, i, j, false, &mut buf)?;
    if !number_words_ones(w) {
        return None;
    }
    let v = position(NUMBER_WORDS_ONES, w);
    (1..=9).contains(&v).then_some((v, j))
}

/// The token at `b[i..]` and its end.
fn token(b: &[u8], i: usize, first: bool) -> Option<(Tok, usize)> {
    let j = letters_end(b, i);
    let mut buf = [0u8; MAX_WORD];
    let w = lowered(b, i, j, first, &mut buf)?;
    let tok = if number_words_ones(w) {
        Tok::Small(position(NUMBER_WORDS_ONES, w))
    } else if number_words_tens(w) {
        let tens = (position(NUMBER_WORDS_TENS, w) + 2) * 10;
        if b.get(j) == Some(&b'-') {
            if let Some((ones, end)) = ones_at(b, j + 1) {
                return Some((Tok::Small(tens + ones), end));
            }
        }
        Tok::Small(tens)
    } else if w == b"hundred" {
        Tok::Hundred
    } else if number_words_scales(w) {
        Tok::Scale(3 * (position(NUMBER_WORDS_SCALES, w) as u32 + 1))
    } else if w == b"and" {
        Tok::And
    } else {
        return None;
    };
    Some((tok, j))
}

/// A bit for each three-letter start of a ones or tens word (`thr`, `thi`, `one`, ...): word
/// [`pair`] of the first two bytes, bit `c & 31` of the third; built from the word lists at
/// compile time. (One word per two-byte start: fewer shifts and masks per lookup than one
/// 15-bit index, for the segmenter's test of every word.)
static START3: [u32; 1024] = {
    let mut t = [0u32; 1024];
    let lists = [NUMBER_WORDS_ONES, NUMBER_WORDS_TENS];
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].len() {
            let w = lists[l][k].as_bytes();
            t[pair(w[0], w[1])] |= 1 << (w[2] & 31);
            k += 1;
        }
        l += 1;
    }
    t
};

/// Five bits of each of two bytes: letters of either case map as their lowercase (other
/// bytes may collide with letters; the exact test follows).
#[inline(always)]
const fn pair(a: u8, b: u8) -> usize {
    ((a as usize & 31) << 5) | (b as usize & 31)
}

/// A necessary condition for [`starts_number_word`] from the first three bytes only (one
/// table lookup): most words (`the`, `that`, `only`) fail it. For the segmenter's hot path.
#[inline(always)]
pub fn may_start_number_word(b: &[u8], i: usize) -> bool {
    let Some(&[c0, c1, c2]) = b.get(i..i + 3) else {
        return false;
    };
    START3[pair(c0, c1)] >> (c2 & 31) & 1 != 0
}

/// A bit for each last three letters of a number word (`ree`, `one`, `nty`, `red`, `ion`:
/// ones, tens, `hundred` and the scale words), as [`START3`] holds their first three. Common
/// words of real text pass the start test (`this`, `for`, `format`, `element`, `tensor`,
/// `through`: `thi`rty, `for`ty, `ele`ven, `ten`, `thr`ee) and fail this one, before the word is
/// lowered and compared; the segmenter's look-back for a range in words asks it first too
/// ([`may_end_number_word`]).
static END3: [u32; 1024] = {
    let mut t = [0u32; 1024];
    let lists: [&[&str]; 4] = [
        NUMBER_WORDS_ONES,
        NUMBER_WORDS_TENS,
        NUMBER_WORDS_SCALES,
        &["hundred"],
    ];
    let mut l = 0;
    while l < lists.len() {
        let mut k = 0;
        while k < lists[l].len() {
            let w = lists[l][k].as_bytes();
            let n = w.len();
            t[pair(w[n - 3], w[n - 2])] |= 1 << (w[n - 1] & 31);
            k += 1;
        }
        l += 1;
    }
    t
};

/// Whether a number word (ones, tens, `hundred` or a scale word, in any case) may end at byte
/// `end` of `b`: false when fewer than three ASCII letters end there (every such word has
/// three or more) or their last three end none. A necessary condition, one table lookup.
pub fn may_end_number_word(b: &[u8], end: usize) -> bool {
    end >= 3
        && end <= b.len()
        && b[end - 3..end].iter().all(u8::is_ascii_alphabetic)
        && END3[pair(b[end - 3], b[end - 2])] >> (b[end - 1] & 31) & 1 != 0
}

/// Whether a number written in words may start at `b[i..]`: the word there is a ones or tens
/// word (lowercase or capitalised).
pub fn starts_number_word(b: &[u8], i: usize) -> bool {
    if !may_start_number_word(b, i) {
        return false;
    }
    let j = letters_end(b, i);
    // a necessary condition on the last three letters (a word under three letters is none)
    if j < i + 3 || END3[pair(b[j - 3], b[j - 2])] >> (b[j - 1] & 31) & 1 == 0 {
        return false;
    }
    let mut buf = [0u8; MAX_WORD];
    lowered(b, i, j, true, &mut buf).is_some_and(|w| number_words_ones(w) || number_words_tens(w))
}

/// Whether the text right after a number ends it cleanly: not a letter, digit or `_`, not a
/// hyphen, apostrophe or dot glued to a word char (`one-third`, `two-fold`, `one's`, `two.5`).
fn clean_end(s: &str, end: usize) -> bool {
    let b = s.as_bytes();
    match b.get(end) {
        None => true,
        Some(c) if c.is_ascii_alphanumeric() || *c == b'_' => false,
        Some(b'-' | b'\'' | b'.') => !b
            .get(end + 1)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80),
        Some(c) if *c >= 0x80 => !s[end..].chars().next().is_some_and(char::is_alphanumeric),
        _ => true,
    }
}

/// The English number words at the start of `s`: their byte length and exact value. None
/// when `s` does not start with a number word or the number runs into a word (see the module
/// docs).
pub fn number_words(s: &str) -> Option<(usize, u64)> {
    let b = s.as_bytes();
    let (Tok::Small(v0), mut end) = token(b, 0, true)? else {
        return None;
    };
    if v0 == 0 {
        // `zero` stands alone (`zero one` is no number)
        let more = b.get(end) == Some(&b' ')
            && token(b, end + 1, false).is_some_and(|(t, _)| t != Tok::And);
        return (!more && clean_end(s, end)).then_some((end, 0));
    }
    let mut total: u64 = 0; // completed groups times their scales
    let mut group = v0;
    let mut last: Tok = Tok::Small(v0);
    let mut has_hundred = false;
    let mut last_scale = u32::MAX;
    // `twelve hundred` and groups after `... and five` take no scale after them
    let mut closed = false;
    let mut best = (end, v0);
    while b.get(end) == Some(&b' ') {
        let Some((tok, mut e)) = token(b, end + 1, false) else {
            break;
        };
        match (last, tok) {
            // `twenty five`: a tens word and a ones word written with a space
            (Tok::Small(p), Tok::Small(v)) if p >= 20 && p % 10 == 0 && (1..=9).contains(&v) => {
                group += v;
                last = Tok::Small(v);
            }
            (Tok::Small(p), Tok::Hundred) if !has_hundred && !closed && group == p => {
                if p >= 10 {
                    // `twelve hundred`, `twenty-five hundred`: only as the whole number
                    if total > 0 {
                        return None;
                    }
                    closed = true;
                }
                group *= 100;
                has_hundred = true;
                last = Tok::Hundred;
            }
            (Tok::Hundred, Tok::Small(v)) if (1..=99).contains(&v) => {
                group += v;
                last = Tok::Small(v);
            }
            (Tok::Hundred | Tok::Scale(_), Tok::And) => {
                // `and` only when a small number follows
                if b.get(e) != Some(&b' ') {
                    break;
                }
                let Some((Tok::Small(v), e2)) = token(b, e + 1, false) else {
                    break;
                };
                if !(1..=99).contains(&v) {
                    break;
                }
                if matches!(last, Tok::Scale(_)) {
                    group = v;
                    closed = true; // `one thousand and one` ends there
                } else {
                    group += v;
                }
                e = e2;
                last = Tok::Small(v);
            }
            (Tok::Small(_) | Tok::Hundred, Tok::Scale(k))
                if !closed && group < 1000 && k < last_scale =>
            {
                total += group * 10u64.pow(k);
                group = 0;
                has_hundred = false;
                last_scale = k;
                last = Tok::Scale(k);
            }
            (Tok::Scale(_), Tok::Small(v)) if v >= 1 => {
                group = v;
                last = Tok::Small(v);
            }
            // a number word the grammar does not take here (`one two`, `two thousand
            // million`, `one million twelve hundred`): a malformed number, not a shorter one
            (_, Tok::Small(_) | Tok::Hundred | Tok::Scale(_)) => return None,
            _ => break,
        }
        end = e;
        best = (end, total + group);
    }
    clean_end(s, best.0).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every number word ends where `may_end_number_word` says one may, in any case; words
    /// that merely share letters with one (`cooled`, `torqued`) and runs under three letters
    /// do not.
    #[test]
    fn number_words_may_end_where_they_end() {
        let lists: [&[&str]; 4] = [
            NUMBER_WORDS_ONES,
            NUMBER_WORDS_TENS,
            NUMBER_WORDS_SCALES,
            &["hundred"],
        ];
        for w in lists.iter().flat_map(|l| l.iter()) {
            for form in [
                w.to_string(),
                w.to_uppercase(),
                format!("{}{}", &w[..1].to_uppercase(), &w[1..]),
            ] {
                let text = format!("from {form}");
                assert!(may_end_number_word(text.as_bytes(), text.len()), "{text:?}");
            }
        }
        for text in ["cooled", "torqued", "the", "to", "a", "", "7 to", "ab3"] {
            assert!(
                !may_end_number_word(text.as_bytes(), text.len()),
                "{text:?}"
            );
        }
    }

    /// `starts_number_word` without the last-three-letters filter.
    fn starts_number_word_reference(b: &[u8], i: usize) -> bool {
        if !may_start_number_word(b, i) {
            return false;
        }
        let j = letters_end(b, i);
        let mut buf = [0u8; MAX_WORD];
        lowered(b, i, j, true, &mut buf)
            .is_some_and(|w| number_words_ones(w) || number_words_tens(w))
    }

    #[test]
    fn end_filter_skips_only_words_that_are_no_number_word() {
        let pieces = [
            "t", "th", "thi", "thr", "ee", "rty", "ir", "teen", "s", "for", "four", "ty", "one",
            "ele", "ven", "ten", "sor", "sev", "en", "ral", "zer", "o", "nin", "e", "eig", "ht",
            "y", "fif", "twe", "lve", "nty", "six", "two", "T", "F", "E", "-", " ", ".", "1", "x",
        ];
        let mut rng = crate::test_rng::XorShift::new(0xe4d3_c2b1_a090_0001);
        let mut hits = 0;
        for _ in 0..30000 {
            let n = 1 + rng.below(5);
            let t = rng.join(&pieces, n);
            let b = t.as_bytes();
            for i in 0..b.len() {
                let want = starts_number_word_reference(b, i);
                hits += usize::from(want);
                assert_eq!(starts_number_word(b, i), want, "{t:?} at {i}");
            }
        }
        for w in NUMBER_WORDS_ONES.iter().chain(NUMBER_WORDS_TENS) {
            assert!(starts_number_word(w.as_bytes(), 0), "{w}");
        }
        assert!(hits > 1000, "{hits}");
    }

    fn value(s: &str) -> Option<u64> {
        number_words(s).map(|(len, v)| {
            assert!(len <= s.len());
            v
        })
    }

    fn read(s: &str) -> Option<(&str, u64)> {
        number_words(s).map(|(len, v)| (&s[..len], v))
    }

    #[test]
    fn cardinals() {
        assert_eq!(value("zero"), Some(0));
        assert_eq!(value("seven"), Some(7));
        assert_eq!(value("nineteen"), Some(19));
        assert_eq!(value("forty"), Some(40));
        assert_eq!(value("twenty-five"), Some(25));
        assert_eq!(value("twenty five"), Some(25));
        assert_eq!(value("three hundred"), Some(300));
        assert_eq!(value("three hundred five"), Some(305));
        assert_eq!(value("three hundred and five"), Some(305));
        assert_eq!(value("nine hundred ninety-nine"), Some(999));
        assert_eq!(value("twelve hundred"), Some(1200));
        assert_eq!(value("one thousand and one"), Some(1001));
        assert_eq!(value("two million"), Some(2_000_000));
        assert_eq!(
            value("three hundred and twenty-five thousand four hundred and six"),
            Some(325_406)
        );
        assert_eq!(
            value("nine hundred ninety-nine trillion nine hundred ninety-nine billion nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine"),
            Some(999_999_999_999_999)
        );
        assert_eq!(value("Twenty-five grams"), Some(25));
    }

    #[test]
    fn stops_where_the_number_ends() {
        assert_eq!(read("twenty-five grams"), Some(("twenty-five", 25)));
        assert_eq!(read("two and three litres"), Some(("two", 2)));
        assert_eq!(
            read("three hundred and the rest"),
            Some(("three hundred", 300))
        );
        assert_eq!(read("one and a half"), Some(("one", 1)));
        assert_eq!(read("twenty TWO"), Some(("twenty", 20)));
        // number words the grammar does not take there: no number rather than a shorter one
        for s in [
            "one two",
            "zero one",
            "two thousand million",
            "twelve hundred thousand",
            "one million twelve hundred",
            "three hundred and five hundred",
            "one thousand and one hundred",
            "twenty five six",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
    }

    #[test]
    fn refuses_other_words_and_compounds() {
        for s in [
            "a dozen",
            "dozen",
            "hundred",
            "thousand",
            "and",
            "tone",
            "ones",
            "someone",
            "One-third",
            "one-to-one",
            "two-fold",
            "twenty-first",
            "twenty-five-year-old",
            "one's",
            "two.5",
            "twenty5",
            "TWENTY",
            "fiveé",
            "oNe",
            "",
        ] {
            assert_eq!(number_words(s), None, "{s}");
        }
    }

    #[test]
    fn the_start_test_agrees_with_the_reader() {
        for s in [
            "one",
            "Twenty-five",
            "forty litres",
            "zero",
            "the",
            "and",
            "hundred",
            "tone",
        ] {
            assert_eq!(
                starts_number_word(s.as_bytes(), 0),
                number_words(s).is_some(),
                "{s}"
            );
        }
        for w in NUMBER_WORDS_ONES.iter().chain(NUMBER_WORDS_TENS) {
            assert!(may_start_number_word(w.as_bytes(), 0), "{w}");
        }
        for w in ["the", "fun", "only", "The", "th", ""] {
            assert!(!may_start_number_word(w.as_bytes(), 0), "{w}");
        }
    }

    #[test]
    fn the_start_table_is_the_set_of_three_letter_starts() {
        // the old one-index table's answer: the 5-bit classes of the three first bytes of
        // some ones or tens word
        let class = |w: &[u8]| (w[0] & 31, w[1] & 31, w[2] & 31);
        let starts: std::collections::HashSet<_> = NUMBER_WORDS_ONES
            .iter()
            .chain(NUMBER_WORDS_TENS)
            .map(|w| class(w.as_bytes()))
            .collect();
        // every class of each byte, from letters of both cases, digits and other bytes
        let bytes: Vec<u8> = (0..=255u8).step_by(3).chain(b'a'..=b'z').collect();
        let mut hits = 0;
        for &a in &bytes {
            for &b in &bytes {
                for &c in &bytes {
                    let w = [a, b, c];
                    let want = starts.contains(&class(&w));
                    assert_eq!(may_start_number_word(&w, 0), want, "{w:?}");
                    hits += usize::from(want);
                }
            }
        }
        assert!(hits > 500, "{hits}");
    }
}
