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

/// A list of phrases searched for in a short, lower-cased line, where a word
/// starts (after a byte that is not an ASCII letter or digit, or at any
/// punctuation): "sign up for" is found in "Sign up for more", not in
/// "designs up for".
///
/// Searching a line for each of thirty phrases in turn costs thirty passes;
/// this makes it a look at each word start of the line, found once for all
/// the lists ([`Line`]). Each phrase is known by a hash of its first three
/// bytes; a bit table says which hashes begin some phrase, and the phrases
/// are compared only where a word starts with three bytes that hash to one
/// of them. Phrases are at least three bytes long.
pub struct PhraseSet {
    phrases: &'static [&'static str],
    index: OnceLock<Starts>,
}

/// The hashes of the phrases' first three bytes, as a bit table and a list.
struct Starts {
    bits: [u64; START_SLOTS / 64],
    of_phrase: Vec<usize>,
}

/// Slots in the table: few enough to stay in cache, enough that ordinary
/// words seldom land in a phrase's slot.
const START_SLOTS: usize = 4096;

/// A line to search for phrases, with the places its words start.
pub struct Line<'a> {
    bytes: &'a [u8],
    /// Where a phrase may start, each at least three bytes before the end.
    starts: Vec<usize>,
}

impl<'a> Line<'a> {
    pub fn new(line: &'a str) -> Self {
        let bytes = line.as_bytes();
        let mut starts = Vec::new();
        let mut previous_alphanumeric = false;
        for (i, &b) in bytes.iter().enumerate().take(bytes.len().saturating_sub(2)) {
            let alphanumeric = b.is_ascii_alphanumeric();
            if !(previous_alphanumeric && alphanumeric) {
                starts.push(i);
            }
            previous_alphanumeric = alphanumeric;
        }
        Line { bytes, starts }
    }
}

impl PhraseSet {
    /// A set of `phrases`; a phrase shorter than three bytes fails the build.
    pub const fn new(phrases: &'static [&'static str]) -> Self {
        let mut i = 0;
        while i < phrases.len() {
            assert!(phrases[i].len() >= 3, "a phrase must be at least three bytes long");
            i += 1;
        }
        PhraseSet { phrases, index: OnceLock::new() }
    }

    /// Whether `line` holds one of the phrases where a word starts.
    pub fn found_in(&self, line: &Line) -> bool {
        let starts = self.index.get_or_init(|| {
            let mut bits = [0u64; START_SLOTS / 64];
            let of_phrase: Vec<usize> = self.phrases.iter().map(|p| start_slot(p.as_bytes())).collect();
            for &slot in &of_phrase {
                bits[slot / 64] |= 1 << (slot % 64);
            }
            Starts { bits, of_phrase }
        });
        line.starts.iter().any(|&i| {
            let here = &line.bytes[i..];
            let slot = start_slot(here);
            starts.bits[slot / 64] & (1 << (slot % 64)) != 0
                && self.phrases.iter().zip(&starts.of_phrase).any(|(p, &s)| s == slot && here.starts_with(p.as_bytes()))
        })
    }
}

/// A hash of the first three bytes of `bytes` (Fibonacci hashing).
#[inline]
fn start_slot(bytes: &[u8]) -> usize {
    let key = u32::from(bytes[0]) << 16 | u32::from(bytes[1]) << 8 | u32::from(bytes[2]);
    (key.wrapping_mul(0x9E37_79B1) >> (32 - START_SLOTS.trailing_zeros())) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_set_finds_what_a_search_for_each_phrase_finds() {
        static SET: PhraseSet = PhraseSet::new(&["sign up", "www.", "ap photo/", "é!!"]);
        let lines = [
            "",
            "s",
            "sign u",
            "sign up",
            "please sign up now",
            "visit www.example.com",
            "(ap photo/jo allen)",
            "ap photo",
            "café! ok",
            "nothing to see here",
            "upsign",
            "www",
        ];
        for line in lines {
            let naive = SET.phrases.iter().any(|p| {
                line.match_indices(p).any(|(i, _)| {
                    i == 0
                        || !(line.as_bytes()[i - 1].is_ascii_alphanumeric() && p.as_bytes()[0].is_ascii_alphanumeric())
                })
            });
            assert_eq!(SET.found_in(&Line::new(line)), naive, "{line:?}");
        }
        assert!(SET.found_in(&Line::new("x sign up")));
        assert!(!SET.found_in(&Line::new("signup")));
        assert!(!SET.found_in(&Line::new("designs up")), "only where a word starts");
        assert!(SET.found_in(&Line::new("jo allen/ap photo/x")), "punctuation starts a phrase anywhere");
    }
}
