//! The segmenter's word lists, one plain-text file per list in `vocab/`, named after what it
//! holds: `vocab/cues_chemistry.txt` is the list of chemistry cue words, `vocab/labels.txt`
//! the labels whose number is an identifier (`Fig. 3`). One word a line; lines starting with
//! `#` are comments (each file opens with what the list is for and how it is matched). To
//! change a list, edit its file: no code changes.
//!
//! The rules that read the lists stay in their modules: `context` (cue words, words next to
//! a candidate) and `words` (formula spellings). `build.rs` compiles each file `name.txt`
//! into `NAME: &[&str]` (its words in order) and `fn name(w: &[u8]) -> bool` (a `matches!`
//! over them: a lookup is compiled comparisons, no hashing and nothing built at startup).

include!(concat!(env!("OUT_DIR"), "/vocab.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists `context` matches against a lowercased ASCII word of at most 24 letters
    /// (`lex::prev_word`, `next_word`, `context::cue_of_letters`): a word of another form could
    /// never match.
    const LOWERCASE_LISTS: [&[&str]; 54] = [
        CUES_CHEMISTRY,
        STANDARDS_BODIES,
        CUES_PHYSICS,
        CUES_MATH,
        CUES_MUSIC,
        CUES_BIOLOGY,
        LABELS,
        CODE_NAMES_BEFORE,
        CODE_NAMES_AFTER,
        SCORE_OR_DATE_BEFORE,
        TIME_PREPOSITIONS,
        RESOLUTION_NOUNS_AFTER,
        ELEMENT_NOUNS_AFTER,
        MATH_LEAD_WORDS,
        INTERVAL_WORDS,
        CHANGE_VERBS,
        LABEL_WORDS_BEFORE,
        LABEL_NOUNS_AFTER,
        DECADE_WORDS_BEFORE,
        NUMERAL_WORDS_BEFORE,
        TIME_SIGNATURE_WORDS,
        CHORD_NOUNS_AFTER,
        LIST_OBJECTS,
        SCALING_VERBS,
        ISOTOPE_NOUNS_AFTER,
        CUES_CHEMISTRY_AMBIGUOUS,
        COUNT_WORDS_BEFORE,
        PER_COUNT_NOUNS,
        RELEASE_VERBS,
        PLURAL_NUMERAL_WORDS,
        INDEX_NOUNS_AFTER,
        SHAPE_NOUNS_AFTER,
        DIFFERENCE_WORDS_BEFORE,
        WORDS_AFTER_KELVIN,
        MEASURE_WORDS_AFTER_HYPHEN,
        HARMONIC_NOUNS_NOT_MUSIC,
        GROUP_WORDS_AFTER,
        INCH_NOUNS_AFTER,
        OBJECTS_AFTER_IN,
        GREEK_LETTERS,
        NUMBERED_PARTS_BEFORE,
        SLEEP_WORDS,
        GAS_EXCHANGE_WORDS,
        TRIAL_DESIGN_WORDS,
        DURATION_WORDS,
        VERSION_NOUNS_AFTER,
        UNREAD_UNITS_AFTER,
        HARMONIC_OF_NOUNS_NOT_MUSIC,
        GROUP_WORDS_BEFORE,
        DIMENSIONLESS_MEASURES_BEFORE,
        PROGRESS_NOUNS_BEFORE,
        SMOOTHNESS_WORDS_AFTER,
        PAIRED_VALUE_WORDS,
        CHORD_GEOMETRY_WORDS,
    ];

    #[test]
    fn neighbour_and_cue_words_are_lowercase_words_that_fit_the_buffer() {
        for list in LOWERCASE_LISTS {
            for w in list {
                assert!(
                    w.len() <= 24 && w.bytes().all(|c| c.is_ascii_lowercase()),
                    "{w:?}: these lists hold lowercase words of at most 24 letters"
                );
            }
        }
    }

    #[test]
    fn each_matcher_accepts_exactly_its_words() {
        type Matcher = fn(&[u8]) -> bool;
        let lists: [(&[&str], Matcher); 41] = [
            (LABELS, labels),
            (STANDARDS_BODIES, standards_bodies),
            (CODE_NAMES_BEFORE, code_names_before),
            (CODE_NAMES_AFTER, code_names_after),
            (SCORE_OR_DATE_BEFORE, score_or_date_before),
            (TIME_PREPOSITIONS, time_prepositions),
            (RESOLUTION_NOUNS_AFTER, resolution_nouns_after),
            (ELEMENT_NOUNS_AFTER, element_nouns_after),
            (MATH_LEAD_WORDS, math_lead_words),
            (INTERVAL_WORDS, interval_words),
            (NOT_FORMULAS, not_formulas),
            (FORMULAS_COMMON_CAPS, formulas_common_caps),
            (FORMULAS_ELEMENTAL, formulas_elemental),
            (ROMANCE_FUNCTION_SYMBOLS, romance_function_symbols),
            (FORMULAS_ISOTOPIC, formulas_isotopic),
            (FORMULAS_CAPS_NO_COUNT, formulas_caps_no_count),
            (SYMBOLS_WORDLIKE, symbols_wordlike),
            (LABEL_WORDS_BEFORE, label_words_before),
            (LABEL_NOUNS_AFTER, label_nouns_after),
            (DECADE_WORDS_BEFORE, decade_words_before),
            (NUMERAL_WORDS_BEFORE, numeral_words_before),
            (TIME_SIGNATURE_WORDS, time_signature_words),
            (CHORD_NOUNS_AFTER, chord_nouns_after),
            (LIST_OBJECTS, list_objects),
            (SCALING_VERBS, scaling_verbs),
            (ABBREVIATION_UNITS, abbreviation_units),
            (ISOTOPE_NOUNS_AFTER, isotope_nouns_after),
            (PER_COUNT_NOUNS, per_count_nouns),
            (RELEASE_VERBS, release_verbs),
            (PLURAL_NUMERAL_WORDS, plural_numeral_words),
            (INDEX_NOUNS_AFTER, index_nouns_after),
            (SHAPE_NOUNS_AFTER, shape_nouns_after),
            (DIFFERENCE_WORDS_BEFORE, difference_words_before),
            (VERSION_NOUNS_AFTER, version_nouns_after),
            (UNREAD_UNITS_AFTER, unread_units_after),
            (HARMONIC_OF_NOUNS_NOT_MUSIC, harmonic_of_nouns_not_music),
            (GROUP_WORDS_BEFORE, group_words_before),
            (DIMENSIONLESS_MEASURES_BEFORE, dimensionless_measures_before),
            (PROGRESS_NOUNS_BEFORE, progress_nouns_before),
            (SMOOTHNESS_WORDS_AFTER, smoothness_words_after),
            (PAIRED_VALUE_WORDS, paired_value_words),
        ];
        for (words, matches) in lists {
            for w in words {
                assert!(matches(w.as_bytes()), "{w:?}");
                assert!(!matches(format!("{w}x").as_bytes()), "{w:?}x");
            }
        }
        assert!(labels(b"fig") && !labels(b"Fig") && !labels(b"paper"));
        assert!(not_formulas(b"HeLa") && !not_formulas(b"hela"));
        assert!(!labels(b""));
    }
}
