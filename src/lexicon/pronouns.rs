//! Personal pronouns that can be the source of a quote.

/// Subject pronouns, lower case, that stand for a speaker named elsewhere.
pub const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "i", "we"];

/// Whether `word` (any case) is a subject pronoun.
pub fn is_subject_pronoun(word: &str) -> bool {
    let lower = word.to_lowercase();
    SUBJECT_PRONOUNS.contains(&lower.as_str())
}
