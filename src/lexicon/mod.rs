//! Language data, kept apart from the logic that reads it: quotation marks,
//! abbreviations, reporting words, pronouns, titles, names. Each file is a
//! table; changing what the analyzer knows means editing a table, not code.

pub mod abbreviations;
pub mod boilerplate;
pub mod cues;
pub mod marks;
pub mod names;
pub mod pronouns;
pub mod words;

use std::borrow::Cow;
use std::sync::OnceLock;

/// A set of words written as one whitespace-separated string, looked up
/// without regard to case. Sorted on first use, then searched by bisection.
pub struct WordSet {
    source: &'static str,
    sorted: OnceLock<Vec<&'static str>>,
}

impl WordSet {
    pub const fn new(source: &'static str) -> Self {
        WordSet { source, sorted: OnceLock::new() }
    }

    pub fn contains(&self, word: &str) -> bool {
        let sorted = self.sorted.get_or_init(|| {
            let mut words: Vec<&'static str> = self.source.split_whitespace().collect();
            words.sort_unstable();
            words.dedup();
            words
        });
        sorted.binary_search(&lower(word).as_ref()).is_ok()
    }
}

/// `word` in lower case, borrowed when it already is.
pub fn lower(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}
