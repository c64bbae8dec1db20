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
        with_lower(word, |lower| sorted.binary_search(&lower).is_ok())
    }
}

/// The longest word lower-cased without allocating; longer ones allocate.
const STACK_WORD: usize = 32;

/// Calls `f` with `word` in lower case, borrowed when it already is and
/// lower-cased on the stack when it is short ASCII: lexicon look-ups run
/// for every word, so they must not allocate.
pub fn with_lower<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    if !word.bytes().any(|b| b.is_ascii_uppercase()) && word.is_ascii() {
        return f(word);
    }
    if word.is_ascii() && word.len() <= STACK_WORD {
        let mut buffer = [0u8; STACK_WORD];
        let bytes = &mut buffer[..word.len()];
        bytes.copy_from_slice(word.as_bytes());
        bytes.make_ascii_lowercase();
        // ASCII stays valid UTF-8 when lower-cased.
        return f(std::str::from_utf8(bytes).unwrap_or(word));
    }
    f(&lower(word))
}

/// `word` in lower case, borrowed when it already is.
pub fn lower(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}
