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
use std::hash::Hasher;
use std::sync::OnceLock;

/// A set of words written as one whitespace-separated string (in lower
/// case), looked up without regard to case. Look-ups run for nearly every
/// word of every text, several times, so they must be cheap: on first use
/// the words go into an open-addressing table of their own, hashed as if
/// lower-cased, so that an ASCII word is looked up without being copied or
/// lower-cased first, and most words are turned away by their length alone.
pub struct WordSet {
    source: Source,
    table: OnceLock<WordTable>,
}

/// Where a [`WordSet`]'s words come from.
enum Source {
    /// Every whitespace-separated word of the string.
    Words(&'static str),
    /// The first word of each line of the string.
    FirstOfLines(&'static str),
    /// The words a function gives: a set made from other sets, so that a
    /// test of several sets costs one look-up.
    Made(fn() -> Vec<&'static str>),
}

struct WordTable {
    words: Vec<&'static str>,
    /// Index into `words` plus one in the low 16 bits, zero for an empty
    /// slot; the high 16 bits are the word's hash tag ([`tag`]), so that a
    /// probe compares words only when their tags agree. A power of two long,
    /// at most half full, so probes are short.
    slots: Vec<u32>,
    /// For each first letter (by [`first_slot`]), bit `n` set when some
    /// word with that first letter is `n` bytes long.
    shapes: [u64; 32],
}

impl WordSet {
    pub const fn new(source: &'static str) -> Self {
        WordSet { source: Source::Words(source), table: OnceLock::new() }
    }

    /// The set of the first word of each line of `source`: the base forms
    /// of a table of verbs written one verb a line.
    pub const fn first_of_lines(source: &'static str) -> Self {
        WordSet { source: Source::FirstOfLines(source), table: OnceLock::new() }
    }

    /// The set of the words `make` gives, made on first use: a union or
    /// difference of other sets, looked up at the cost of one.
    pub const fn made_by(make: fn() -> Vec<&'static str>) -> Self {
        WordSet { source: Source::Made(make), table: OnceLock::new() }
    }

    /// Every word of the set, in no particular order.
    pub fn words(&self) -> &[&'static str] {
        &self.table().words
    }

    fn table(&self) -> &WordTable {
        self.table.get_or_init(|| {
            let mut words: Vec<&'static str> = match self.source {
                Source::Words(source) => source.split_whitespace().collect(),
                Source::FirstOfLines(source) => {
                    source.lines().filter_map(|line| line.split_whitespace().next()).collect()
                }
                Source::Made(make) => make(),
            };
            words.sort_unstable();
            words.dedup();
            let size = (words.len() * 2).next_power_of_two().max(8);
            let mut slots = vec![0u32; size];
            let mut shapes = [0u64; 32];
            for (index, word) in words.iter().enumerate() {
                if word.len() < 64 {
                    shapes[first_slot(word)] |= 1 << word.len();
                }
                let hash = hash_lowered(word.as_bytes());
                let mut slot = hash as usize & (size - 1);
                while slots[slot] != 0 {
                    slot = (slot + 1) & (size - 1);
                }
                let index = u16::try_from(index + 1).expect("a word list of fewer than 65 535 words");
                slots[slot] = u32::from(index) | tag(hash) << 16;
            }
            WordTable { words, slots, shapes }
        })
    }

    pub fn contains(&self, word: &str) -> bool {
        let table = self.table();
        // The table finds ASCII letters in any case: a word needs copying
        // in lower case only for the rare non-ASCII capital ("ÉTAT"), which
        // may also change its length ("İ"). Not for a curly apostrophe
        // ("don’t", "Novak’s"), which news is full of.
        if word.is_ascii() || non_ascii_is_lower(word) {
            table.has_length(word) && table.find(word)
        } else {
            let lower = word.to_lowercase();
            table.has_length(&lower) && table.find(&lower)
        }
    }
}

impl WordTable {
    /// Whether some word has the first letter and length of `word`: false
    /// for most words, in most lists, which then need no hashing at all.
    fn has_length(&self, word: &str) -> bool {
        word.len() < 64 && self.shapes[first_slot(word)] & (1 << word.len()) != 0
    }

    /// Whether `word`, lower-cased or ASCII in any case, is in the table.
    fn find(&self, word: &str) -> bool {
        let mask = self.slots.len() - 1;
        let hash = hash_lowered(word.as_bytes());
        let tag = tag(hash);
        let mut slot = hash as usize & mask;
        loop {
            match self.slots[slot] {
                0 => return false,
                entry if entry >> 16 == tag && self.words[(entry & 0xFFFF) as usize - 1].eq_ignore_ascii_case(word) => {
                    return true
                }
                _ => slot = (slot + 1) & mask,
            }
        }
    }
}

/// Whether lower-casing leaves every non-ASCII character of `word` as it is.
fn non_ascii_is_lower(word: &str) -> bool {
    word.chars().filter(|c| !c.is_ascii()).all(|c| {
        let mut lower = c.to_lowercase();
        lower.next() == Some(c) && lower.next().is_none()
    })
}

/// Sixteen bits of a hash that its slot does not use (tables have fewer
/// than 2^32 slots): words whose tags differ are different words.
#[inline]
fn tag(hash: u64) -> u32 {
    (hash >> 48) as u32
}

/// Where a word's first letter is kept in [`WordTable::shapes`]: the letter's
/// place in the alphabet for ASCII letters of either case, 0 for anything else.
#[inline]
fn first_slot(word: &str) -> usize {
    match word.as_bytes().first() {
        Some(&b) if b.is_ascii_alphabetic() => usize::from(b.to_ascii_lowercase() - b'a' + 1),
        _ => 0,
    }
}

/// A hash of `bytes` with ASCII letters lower-cased, eight bytes at a
/// time: most words are looked up in one step.
#[inline]
fn hash_lowered(bytes: &[u8]) -> u64 {
    const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut hash = (bytes.len() as u64).wrapping_mul(MULTIPLIER);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let eight = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        hash = (hash ^ lower_ascii(eight)).wrapping_mul(MULTIPLIER).rotate_left(23);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        hash = (hash ^ lower_ascii(load_short(rest))).wrapping_mul(MULTIPLIER);
    }
    hash ^ hash >> 29
}

/// Fewer than eight bytes as a little-endian `u64`, padded with zeros: the
/// value of copying them into eight zero bytes, from two overlapping loads
/// instead of a copy of variable length (a call to `memcpy`, most of the
/// cost of hashing a short word).
#[inline]
fn load_short(rest: &[u8]) -> u64 {
    let n = rest.len();
    debug_assert!(n < 8);
    if n >= 4 {
        let low = u64::from(u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]));
        let high = u64::from(u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]));
        low | high << ((n - 4) * 8)
    } else if n > 0 {
        // First, middle and last byte: all of one, two or three bytes.
        u64::from(rest[0]) | u64::from(rest[n / 2]) << (n / 2 * 8) | u64::from(rest[n - 1]) << ((n - 1) * 8)
    } else {
        0
    }
}

/// Eight bytes with the ASCII capitals among them lower-cased, at once: a
/// byte's high bit after each addition says whether it is at least `A`, or
/// more than `Z` (seven-bit values cannot carry into the next byte).
#[inline]
fn lower_ascii(eight: u64) -> u64 {
    use crate::text::scan::{HIGHS, ONES};
    let low_seven = eight & !HIGHS;
    let at_least_a = low_seven + ONES * (0x80 - u64::from(b'A'));
    let past_z = low_seven + ONES * (0x80 - u64::from(b'Z') - 1);
    let capitals = at_least_a & !past_z & !eight & HIGHS;
    eight | capitals >> 2
}

/// A small, fast hash for short keys (names, offsets): eight bytes a step,
/// where FNV-1a took one, and a finishing mix so that the low bits that
/// pick a hash table's bucket depend on every byte. The keys come from the
/// text, but a flood of chosen collisions would only slow one analysis
/// down; nothing depends on the order of a table's entries.
#[derive(Default)]
pub struct FastHasher(u64);

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        // splitmix64's finalizer.
        let mut z = self.0;
        z = (z ^ z >> 30).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ z >> 27).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ z >> 31
    }

    fn write(&mut self, bytes: &[u8]) {
        const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut hash = self.0 ^ (bytes.len() as u64).wrapping_mul(MULTIPLIER);
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let eight = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            hash = (hash ^ eight).wrapping_mul(MULTIPLIER).rotate_left(23);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            hash = (hash ^ load_short(rest)).wrapping_mul(MULTIPLIER).rotate_left(23);
        }
        self.0 = hash;
    }
}

/// The longest word [`with_lower`] lower-cases without allocating.
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

/// Several word sets answered by one look-up: which of them hold a word, as
/// bits (bit `n` for the `n`th set). The words of a name are each asked
/// whether they are a title, an organisation's word, a first name of one
/// gender or the other; a table of all those words answers every question
/// at the cost of one.
pub struct WordClasses {
    classes: &'static [&'static WordSet],
    /// Every word of every class.
    all: WordSet,
    /// For each word of `all`, by its place there, the classes holding it.
    bits: OnceLock<Vec<u32>>,
}

impl WordClasses {
    /// At most 32 `classes`, and `all`, which gives every word of them (a
    /// word it leaves out would be in no class).
    pub const fn new(classes: &'static [&'static WordSet], all: fn() -> Vec<&'static str>) -> Self {
        assert!(classes.len() <= 32, "at most 32 classes");
        WordClasses { classes, all: WordSet::made_by(all), bits: OnceLock::new() }
    }

    /// The classes holding `word`, in any case, each as its
    /// [`WordSet::contains`] would say. The words are in lower case, so at
    /// most one word of the table is `word` in another case, and each class
    /// holds `word` when it holds that one.
    pub fn of(&self, word: &str) -> u32 {
        let table = self.all.table();
        let bits = self.bits.get_or_init(|| {
            table
                .words
                .iter()
                .map(|word| {
                    self.classes
                        .iter()
                        .enumerate()
                        .filter(|(_, class)| class.contains(word))
                        .fold(0, |b, (n, _)| b | 1 << n)
                })
                .collect()
        });
        let index = if word.is_ascii() || non_ascii_is_lower(word) {
            table.index_of(word)
        } else {
            table.index_of(&word.to_lowercase())
        };
        index.map_or(0, |index| bits[index])
    }
}

impl WordTable {
    /// Where `word`, lower-cased or ASCII in any case, is in `words`: what
    /// [`WordTable::find`] finds, told by its place.
    fn index_of(&self, word: &str) -> Option<usize> {
        if !self.has_length(word) {
            return None;
        }
        let mask = self.slots.len() - 1;
        let hash = hash_lowered(word.as_bytes());
        let tag = tag(hash);
        let mut slot = hash as usize & mask;
        loop {
            match self.slots[slot] {
                0 => return None,
                entry if entry >> 16 == tag && self.words[(entry & 0xFFFF) as usize - 1].eq_ignore_ascii_case(word) => {
                    return Some((entry & 0xFFFF) as usize - 1)
                }
                _ => slot = (slot + 1) & mask,
            }
        }
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
        // Nearly every byte of a short line may start a phrase (any byte
        // not inside a word does): room for all, so the list never grows.
        let mut starts = Vec::with_capacity(bytes.len());
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

/// A [`WordSet`] asked of nearly every word of a text ("is it a reporting
/// verb?", "a determiner?"), with a second table for its words of up to
/// eight bytes, each kept as those bytes in one `u64`: a word as short (most
/// words) is looked up by loading it, lower-casing its eight bytes at once
/// and comparing numbers, with no string hashed or compared (half the cost
/// of [`WordSet::contains`] or less). Longer words, and words with bytes
/// past ASCII, are asked of the set itself. The answer is always the set's
/// own.
pub struct QuickSet {
    set: WordSet,
    tables: OnceLock<QuickTables>,
}

/// A [`QuickSet`]'s own tables, made on first use.
struct QuickTables {
    /// The words of up to eight bytes, lower-cased, each as a `u64`; zero
    /// for an empty slot. A power of two long, at most half full.
    short: Vec<u64>,
    /// A bit for each shape ([`shape_slot`]) some word of the set has: an
    /// ASCII word of another shape is turned away without a look-up (most
    /// words, for most sets).
    shapes: Vec<u64>,
}

impl QuickSet {
    pub const fn new(set: WordSet) -> Self {
        QuickSet { set, tables: OnceLock::new() }
    }

    /// Every word of the set, in no particular order.
    pub fn words(&self) -> &[&'static str] {
        self.set.words()
    }

    fn tables(&self) -> &QuickTables {
        self.tables.get_or_init(|| {
            let words = self.set.words();
            let keys: Vec<u64> = words
                .iter()
                .map(|w| w.as_bytes())
                .filter(|b| !b.is_empty() && b.len() <= 8)
                .map(|b| lower_ascii(load_eight(b)))
                .collect();
            // At most half full, so a word not in the set is turned away
            // within a probe or two.
            let size = (keys.len() * 2).next_power_of_two().max(8);
            let mut short = vec![0u64; size];
            for key in keys {
                let mut slot = quick_slot(key, size);
                while short[slot] != 0 && short[slot] != key {
                    slot = (slot + 1) & (size - 1);
                }
                short[slot] = key;
            }
            // Sixteen bits or more a word: few shapes of other words share
            // a bit with the set's.
            let bits = (words.len() * 16).next_power_of_two().clamp(512, 16384);
            let mut shapes = vec![0u64; bits / 64];
            for word in words.iter().filter(|w| !w.is_empty()) {
                let slot = shape_slot(word.as_bytes(), bits);
                shapes[slot / 64] |= 1 << (slot % 64);
            }
            QuickTables { short, shapes }
        })
    }

    /// Whether `word` is in the set (as [`WordSet::contains`] says).
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let tables = self.tables();
        let shaped = |bytes: &[u8]| {
            let slot = shape_slot(bytes, tables.shapes.len() * 64);
            tables.shapes[slot / 64] & (1 << (slot % 64)) != 0
        };
        // A last byte of zero would be taken for padding.
        if bytes.is_empty() || bytes.len() > 8 || bytes[bytes.len() - 1] == 0 {
            // Past ASCII, a word may lower-case to one of another shape (the
            // Kelvin sign to "k"): the set answers for it.
            return (!bytes.is_ascii() || bytes.is_empty() || shaped(bytes)) && self.set.contains(word);
        }
        let eight = load_eight(bytes);
        if eight & crate::text::scan::HIGHS != 0 {
            return self.set.contains(word);
        }
        if !shaped(bytes) {
            return false;
        }
        let key = lower_ascii(eight);
        let short = &tables.short;
        let mut slot = quick_slot(key, short.len());
        loop {
            match short[slot] {
                0 => return false,
                entry if entry == key => return true,
                _ => slot = (slot + 1) & (short.len() - 1),
            }
        }
    }
}

/// Where the shape of a word (its first two bytes, its last byte and its
/// length) is kept in a [`QuickSet`]'s table of `bits` bits (a power of
/// two): a hash of them, with ASCII capitals taken as small letters
/// (setting bit 5 of each byte does that, and keeps bytes that are equal
/// without regard to ASCII case equal).
#[inline]
fn shape_slot(bytes: &[u8], bits: usize) -> usize {
    let Some((&last, _)) = bytes.split_last() else { return 0 };
    let second = bytes.get(1).copied().unwrap_or(last);
    let key = u32::from(bytes[0] | 0x20)
        | u32::from(second | 0x20) << 8
        | u32::from(last | 0x20) << 16
        | (bytes.len() as u32 & 0xFF) << 24;
    (key.wrapping_mul(0x9E37_79B1) >> (32 - bits.trailing_zeros())) as usize
}

/// Up to eight bytes as a little-endian `u64`, padded with zeros.
#[inline]
fn load_eight(bytes: &[u8]) -> u64 {
    match <[u8; 8]>::try_from(bytes) {
        Ok(eight) => u64::from_le_bytes(eight),
        Err(_) => load_short(bytes),
    }
}

/// The slot of a [`QuickSet`] key in a table of `size` slots (a power of
/// two): the high bits of a multiplicative hash.
#[inline]
fn quick_slot(key: u64, size: usize) -> usize {
    const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;
    let hash = (key ^ key >> 29).wrapping_mul(MULTIPLIER);
    (hash >> (64 - size.trailing_zeros())) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_set_ignores_case_and_turns_other_words_away() {
        static SET: WordSet = WordSet::new("said told according sen. u.s josé");
        for word in ["said", "Said", "SAID", "told", "Sen.", "U.S", "José", "JOSÉ"] {
            assert!(SET.contains(word), "{word}");
        }
        for word in ["", "sai", "saidx", "tell", "sen", "us", "jose", "İ", "a much longer word than any"] {
            assert!(!SET.contains(word), "{word}");
        }
        // A curly apostrophe needs no lower-casing, in a word of any case;
        // the Kelvin sign lower-cases to an ASCII "k".
        static CURLY: WordSet = WordSet::new("don’t novak’s kill");
        for word in ["don’t", "Don’t", "NOVAK’S", "\u{212A}ill"] {
            assert!(CURLY.contains(word), "{word}");
        }
        assert!(!CURLY.contains("don’"));
    }

    #[test]
    fn short_tails_load_as_copied_into_zeros() {
        let bytes = *b"abcdefg";
        for n in 0..8 {
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(load_short(&bytes[..n]), u64::from_le_bytes(padded), "{n} bytes");
        }
    }

    #[test]
    fn eight_bytes_are_lower_cased_as_each_would_be() {
        for bytes in [*b"ABCXYZ@[", *b"abcxyz`{", *b"Said.U.S", [0xC3, 0x89, b'A', 0xFF, 0x41, 0x5A, 0x40, 0x5B]] {
            let mut each = bytes;
            each.make_ascii_lowercase();
            assert_eq!(lower_ascii(u64::from_le_bytes(bytes)).to_le_bytes(), each, "{bytes:?}");
        }
        for byte in 0..=255u8 {
            let eight = u64::from_le_bytes([byte; 8]);
            assert_eq!(lower_ascii(eight), u64::from_le_bytes([byte.to_ascii_lowercase(); 8]), "{byte}");
        }
    }

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

    #[test]
    fn a_quick_set_answers_as_its_set() {
        const WORDS: &str = "said told according sen. u.s josé kill a reported acknowledged";
        static SET: WordSet = WordSet::new(WORDS);
        static QUICK: QuickSet = QuickSet::new(WordSet::new(WORDS));
        let words = [
            "said",
            "Said",
            "SAID",
            "told",
            "Sen.",
            "U.S",
            "José",
            "JOSÉ",
            "\u{212A}ill",
            "a",
            "A",
            "",
            "sai",
            "saidx",
            "tell",
            "sen",
            "us",
            "jose",
            "İ",
            "the",
            "and",
            "Kill",
            "kilL",
            "a much longer word than any",
            "a\0",
            "said\0",
            "REPORTED",
            "reporteds",
            "Acknowledged",
            "acknowledge",
            "\u{212A}",
            "sai\u{212A}",
        ];
        for word in words {
            assert_eq!(QUICK.contains(word), SET.contains(word), "{word:?}");
        }
    }
}
