//! Language data, kept apart from the logic that reads it: quotation marks,
//! abbreviations, reporting words, pronouns, titles, names. Each file is a
//! table; changing what the analyzer knows means editing a table, not code.

pub mod abbreviations;
pub mod boilerplate;
pub mod cues;
pub mod marks;
pub mod names;
pub mod pronouns;
pub mod quoting;
pub mod words;

use std::borrow::Cow;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A set of words written as one whitespace-separated string, looked up
/// without regard to case. Built into a hash set on first use: look-ups run
/// for nearly every word of every text, several times, so they must be cheap.
pub struct WordSet {
    source: &'static str,
    words: OnceLock<HashSet<&'static str, BuildHasherDefault<Fnv>>>,
}

impl WordSet {
    pub const fn new(source: &'static str) -> Self {
        WordSet { source, words: OnceLock::new() }
    }

    pub fn contains(&self, word: &str) -> bool {
        if word.len() > STACK_WORD {
            return false; // No word in any table is this long.
        }
        let words = self.words.get_or_init(|| self.source.split_whitespace().collect());
        with_lower(word, |lower| words.contains(lower))
    }
}

/// FNV-1a: a tiny, fast hash for short words (the tables are fixed, so no
/// protection against chosen collisions is needed).
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = hash;
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
