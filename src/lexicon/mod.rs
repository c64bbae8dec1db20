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

use crate::text::scan::{self, ascii_alphanumeric_bytes, lower_ascii, zero_bytes, HIGHS, ONES};

/// A set of words written as one whitespace-separated string (in lower
/// case), looked up without regard to case. Look-ups run for nearly every
/// word of every text, several times, so they must be cheap: on first use
/// the words go into tables of their own. A word of up to sixteen ASCII
/// bytes (nearly every word) is looked up as one or two numbers: its bytes
/// loaded into `u64`s and lower-cased eight at once, compared with the
/// set's words kept the same way, with no string hashed, copied or
/// compared. Longer words, and words past ASCII, are looked up in an open-addressing table hashed as if lower-cased, so
/// that they too need no copy, and most are turned away by their first
/// letter and length alone.
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
    /// The words of one to sixteen ASCII bytes, as [`short_key`]s.
    short: ShortWords,
    /// A bit for each [`outline`] some word has, in a table of sixteen
    /// bits a word or more: a word of another outline (most words asked,
    /// of most sets) is turned away before it is loaded or lower-cased.
    outlines: Vec<u64>,
    /// How far an outline's hash is shifted to give its bit: 32 less the
    /// number of bits of a bit's place.
    outline_shift: u32,
}

/// A set's short words, each as its [`short_key`], in an open-addressing
/// table: zero for an empty slot (no key is zero). A power of two long and
/// at most a quarter full, so that a word not in the set (most words asked)
/// mostly meets an empty slot at its first probe.
struct ShortWords {
    keys: Vec<ShortKey>,
    /// For each slot of `keys`, the index of its word in the set's `words`.
    places: Vec<u16>,
    /// How far a key's hash is shifted to give its slot: 64 less the
    /// number of bits of a slot.
    shift: u32,
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

    #[inline]
    fn table(&self) -> &WordTable {
        self.table.get_or_init(|| WordTable::of(&self.source))
    }

    /// Whether `word`, in any case, is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        // The rare ways (the first look-up, a long word) are calls of their
        // own, so that the short way saves and restores no registers.
        let Some(table) = self.table.get() else { return self.contains_at_first_use(word) };
        if outline(word.as_bytes()).is_some_and(|outline| !table.has_outline(outline)) {
            return false;
        }
        match short_key(word.as_bytes()) {
            Some(key) => table.short.slot_of(key).is_some(),
            None => table.contains_other(word),
        }
    }

    #[cold]
    #[inline(never)]
    fn contains_at_first_use(&self, word: &str) -> bool {
        self.table();
        self.contains(word)
    }
}

impl WordTable {
    /// The tables of the words of `source`, made once, on a set's first use.
    #[cold]
    #[inline(never)]
    fn of(source: &Source) -> WordTable {
        let mut words: Vec<&'static str> = match *source {
            Source::Words(source) => source.split_whitespace().collect(),
            Source::FirstOfLines(source) => source.lines().filter_map(|line| line.split_whitespace().next()).collect(),
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
        let short = ShortWords::of(&words);
        let bits = (words.len() * 16).next_power_of_two().clamp(512, 16384);
        let outline_shift = 32 - bits.trailing_zeros();
        let mut outlines = vec![0u64; bits / 64];
        for outline in words.iter().filter_map(|word| outline(word.as_bytes())) {
            let bit = outline_bit(outline, outline_shift);
            outlines[bit / 64] |= 1 << (bit % 64);
        }
        WordTable { words, slots, shapes, short, outlines, outline_shift }
    }

    /// Whether some word has `outline`, or one sharing its bit.
    #[inline(always)]
    fn has_outline(&self, outline: u32) -> bool {
        let bit = outline_bit(outline, self.outline_shift);
        self.outlines.get(bit / 64).is_some_and(|bits| bits & (1 << (bit % 64)) != 0)
    }

    /// Where `word`, in any case, is in `words`.
    #[inline]
    fn place_of(&self, word: &str) -> Option<usize> {
        if outline(word.as_bytes()).is_some_and(|outline| !self.has_outline(outline)) {
            return None;
        }
        match short_key(word.as_bytes()) {
            Some(key) => self.short.slot_of(key).map(|slot| usize::from(self.short.places[slot])),
            None => self.place_of_other(word),
        }
    }

    /// Whether a word that has no [`short_key`] is in `words`.
    #[inline(never)]
    fn contains_other(&self, word: &str) -> bool {
        self.place_of_other(word).is_some()
    }

    /// [`WordTable::place_of`] a word that has no [`short_key`]: longer
    /// than sixteen bytes, empty, or past ASCII.
    #[inline]
    fn place_of_other(&self, word: &str) -> Option<usize> {
        // The table finds ASCII letters in any case: a word needs copying
        // in lower case only for the rare non-ASCII capital ("ÉTAT"), which
        // may also change its length ("İ"). Not for a curly apostrophe
        // ("don’t", "Novak’s"), which news is full of.
        if word.is_ascii() || non_ascii_is_lower(word) {
            self.index_of(word)
        } else {
            self.index_of(&word.to_lowercase())
        }
    }

    /// Where `word`, lower-cased or ASCII in any case, is in `words`, if
    /// some word has its first letter and length.
    fn index_of(&self, word: &str) -> Option<usize> {
        if !self.has_length(word) {
            return None;
        }
        self.probe(word)
    }

    /// Whether some word has the first letter and length of `word`: false
    /// for most words, in most lists, which then need no hashing at all.
    fn has_length(&self, word: &str) -> bool {
        word.len() < 64 && self.shapes[first_slot(word)] & (1 << word.len()) != 0
    }

    /// Where `word`, lower-cased or ASCII in any case, is in `words`.
    fn probe(&self, word: &str) -> Option<usize> {
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

impl ShortWords {
    /// The table of those of `words` that have a [`short_key`].
    fn of(words: &[&'static str]) -> ShortWords {
        let short: Vec<(ShortKey, u16)> = words
            .iter()
            .enumerate()
            .filter_map(|(place, word)| Some((short_key(word.as_bytes())?, u16::try_from(place).ok()?)))
            .collect();
        let size = (short.len() * 4).next_power_of_two().max(8);
        let shift = 64 - size.trailing_zeros();
        let mut keys = vec![[0u64; 2]; size];
        let mut places = vec![0u16; size];
        for (key, place) in short {
            let mut slot = short_slot(key, shift);
            while keys[slot][0] != 0 && keys[slot] != key {
                slot = (slot + 1) & (size - 1);
            }
            assert!(key[0] != 0, "no word starts with eight zero bytes");
            keys[slot] = key;
            places[slot] = place;
        }
        ShortWords { keys, places, shift }
    }

    /// The slot holding `key`, if one does.
    #[inline]
    fn slot_of(&self, key: ShortKey) -> Option<usize> {
        let mask = self.keys.len() - 1;
        let mut slot = short_slot(key, self.shift) & mask;
        loop {
            match self.keys[slot] {
                entry if entry == key => return Some(slot),
                [0, _] => return None,
                _ => slot = (slot + 1) & mask,
            }
        }
    }
}

/// A word's outline: its first two bytes and its last (the first twice for
/// a word of one byte), with ASCII capitals taken as small letters (setting
/// bit 5 of each byte does that, and keeps bytes equal without regard to
/// ASCII case equal). None when one of them is past ASCII. A word with an
/// outline keeps it, so changed, when lower-cased: its first two characters
/// and its last are those ASCII bytes, which lower-case to one byte each
/// whatever the characters between them become ("\u{212A}" to "k").
#[inline(always)]
fn outline(bytes: &[u8]) -> Option<u32> {
    let (&last, _) = bytes.split_last()?;
    let second = bytes.get(1).copied().unwrap_or(last);
    let outline = u32::from(bytes[0]) | u32::from(second) << 8 | u32::from(last) << 16;
    (outline & 0x80_8080 == 0).then_some(outline | 0x20_2020)
}

/// The bit of an outline in a table of `32 - shift` bits of place: the
/// high bits of a multiplicative hash.
#[inline(always)]
fn outline_bit(outline: u32, shift: u32) -> usize {
    (outline.wrapping_mul(0x9E37_79B1) >> shift) as usize
}

/// A word of one to sixteen ASCII bytes as two numbers: its first eight
/// bytes and the rest, each lower-cased, as a little-endian `u64` padded
/// with zeros (the second zero for a word of eight bytes or fewer). Two
/// words have the same key exactly when they are the same in lower case.
type ShortKey = [u64; 2];

/// The [`ShortKey`] of a word; none for a word empty, longer than sixteen
/// bytes or past ASCII, nor for one whose last byte is zero, which would be
/// taken for padding.
#[inline(always)]
fn short_key(bytes: &[u8]) -> Option<ShortKey> {
    let (&last, _) = bytes.split_last()?;
    if last == 0 {
        return None;
    }
    if bytes.len() <= 8 {
        let eight = load_eight(bytes);
        return (eight & HIGHS == 0).then(|| [lower_ascii(eight), 0]);
    }
    let (head, tail) = bytes.split_first_chunk::<8>()?;
    if tail.len() > 8 {
        return None;
    }
    let (head, tail) = (u64::from_le_bytes(*head), load_eight(tail));
    ((head | tail) & HIGHS == 0).then(|| [lower_ascii(head), lower_ascii(tail)])
}

/// Up to sixteen bytes as two numbers, as they are (no case folded): the
/// first eight and the rest, each a little-endian `u64` padded with zeros.
/// Two strings of one length have the same key exactly when they are the
/// same. None for a string longer than sixteen bytes.
#[inline]
pub(crate) fn exact_key(bytes: &[u8]) -> Option<[u64; 2]> {
    if bytes.len() <= 8 {
        return Some([load_eight(bytes), 0]);
    }
    let (head, tail) = bytes.split_first_chunk::<8>()?;
    (tail.len() <= 8).then(|| [u64::from_le_bytes(*head), load_eight(tail)])
}

/// The slot of a [`ShortKey`], for a table of `64 - shift` bits of slot:
/// the high bits of a multiplicative hash, which depend on every byte.
#[inline]
pub(crate) fn short_slot(key: ShortKey, shift: u32) -> usize {
    const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;
    ((key[0] ^ key[1].wrapping_mul(MULTIPLIER)).wrapping_mul(MULTIPLIER) >> shift) as usize
}

/// Whether lower-casing leaves every non-ASCII character of `text` as it
/// is; the ASCII bytes between them are stepped over eight at a time.
#[inline]
pub(crate) fn non_ascii_is_lower(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        at = scan::find(bytes, at, b"", true);
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else { return true };
        let mut lower = c.to_lowercase();
        if lower.next() != Some(c) || lower.next().is_some() {
            return false;
        }
        at += c.len_utf8();
    }
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
        hash = (hash ^ lower_ascii(scan::load(chunk))).wrapping_mul(MULTIPLIER).rotate_left(23);
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
            hash = (hash ^ scan::load(chunk)).wrapping_mul(MULTIPLIER).rotate_left(23);
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
        table.place_of(word).map_or(0, |index| bits[index])
    }
}

/// A list of phrases searched for in a short, lower-cased line, where a word
/// starts (after a byte that is not an ASCII letter or digit, or at any
/// punctuation): "sign up for" is found in "Sign up for more", not in
/// "designs up for".
///
/// Searching a line for each of thirty phrases in turn costs thirty passes;
/// this makes it a look at each word start of the line (and [`PhraseSets`]
/// one look for several lists). Each phrase is known by a hash of its first
/// three bytes; a bit table says which hashes begin some phrase, and the
/// phrases are compared only where a word starts with three bytes that hash
/// to one of them. Phrases are at least three bytes long.
pub struct PhraseSet {
    phrases: &'static [&'static str],
    /// The length of the longest phrase, in bytes.
    longest: usize,
    index: OnceLock<Starts>,
}

/// The hashes of the phrases' first three bytes, as a bit table and a list.
struct Starts {
    bits: [u64; START_SLOTS / 64],
    of_phrase: Vec<usize>,
    /// The bytes no phrase starts with that a search passes over.
    pass_over: PassOver,
}

/// Bytes that may start a phrase where a word starts but start none of a
/// list's phrases, so that a search need not look there: spaces, and the
/// bytes of non-ASCII characters (every one of which is a word start).
#[derive(Clone, Copy)]
struct PassOver {
    spaces: bool,
    non_ascii: bool,
}

impl PassOver {
    fn of<'p>(phrases: impl Iterator<Item = &'p [u8]> + Clone) -> Self {
        PassOver {
            spaces: !phrases.clone().any(|p| p.first() == Some(&b' ')),
            non_ascii: !phrases.into_iter().any(|p| p.first().is_some_and(|b| !b.is_ascii())),
        }
    }

    /// What a search for the phrases of both may pass over.
    fn and(self, other: PassOver) -> PassOver {
        PassOver { spaces: self.spaces && other.spaces, non_ascii: self.non_ascii && other.non_ascii }
    }

    /// Whether a search passes over `byte`.
    #[inline]
    fn byte(self, byte: u8) -> bool {
        self.spaces && byte == b' ' || self.non_ascii && !byte.is_ascii()
    }

    /// The high bits of the eight bytes of `eight` that a search does not
    /// pass over.
    #[inline]
    fn keep(self, eight: u64) -> u64 {
        let mut keep = HIGHS;
        if self.spaces {
            keep &= !zero_bytes(eight ^ (ONES * u64::from(b' ')));
        }
        if self.non_ascii {
            keep &= !eight;
        }
        keep
    }
}

/// Slots in the table: few enough to stay in cache, enough that ordinary
/// words seldom land in a phrase's slot.
const START_SLOTS: usize = 4096;

/// A line to search for phrases, with the places its words start, listed
/// byte by byte: the plain search the tests hold the fast one to.
#[cfg(test)]
pub struct Line<'a> {
    bytes: &'a [u8],
    /// Where a phrase may start, each at least three bytes before the end.
    starts: Vec<usize>,
}

#[cfg(test)]
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
        let (mut i, mut longest) = (0, 0);
        while i < phrases.len() {
            assert!(phrases[i].len() >= 3, "a phrase must be at least three bytes long");
            if phrases[i].len() > longest {
                longest = phrases[i].len();
            }
            i += 1;
        }
        PhraseSet { phrases, longest, index: OnceLock::new() }
    }

    /// Whether `line` holds one of the phrases where a word starts, by the
    /// plain search ([`Line`]) that the tests compare with.
    #[cfg(test)]
    pub fn found_in(&self, line: &Line) -> bool {
        let starts = self.starts();
        line.starts.iter().any(|&i| {
            let here = &line.bytes[i..];
            let slot = start_slot(here);
            starts.has(slot) && self.phrase_at(starts, here, slot)
        })
    }

    /// Whether `line` holds one of the phrases where a word starts (after a
    /// byte that is no ASCII letter or digit, or at any punctuation).
    pub fn found_in_str(&self, line: &str) -> bool {
        let starts = self.starts();
        any_start(line.as_bytes(), starts.pass_over, |here, slot| {
            starts.has(slot) && self.phrase_at(starts, here, slot)
        })
    }

    /// Whether `line[from..]` holds one of the phrases, searched as
    /// [`PhraseSet::found_in_str`] searches it (its first byte a word start,
    /// wherever it stands in `line`), given `in_line`: whether a search of
    /// all of `line` found one of them where a word starts (this set's, or
    /// that of a [`PhraseSets`] holding this set). When it found none, only
    /// a phrase at `from` itself, inside a word of `line`, can be in
    /// `line[from..]`, since every other word start there is one of
    /// `line`'s ([`inside_word`]): the search then reads no further than the
    /// longest phrase, or nothing, and most lines are not searched again.
    pub fn found_in_tail(&self, line: &str, from: usize, in_line: bool) -> bool {
        let tail = &line[from..];
        if in_line {
            return self.found_in_str(tail);
        }
        if !inside_word(line.as_bytes(), from) {
            return false;
        }
        let reach = (self.longest..tail.len()).find(|&i| tail.is_char_boundary(i)).unwrap_or(tail.len());
        self.found_in_str(&tail[..reach])
    }

    fn starts(&self) -> &Starts {
        self.index.get_or_init(|| {
            let mut bits = [0u64; START_SLOTS / 64];
            let of_phrase: Vec<usize> = self.phrases.iter().map(|p| start_slot(p.as_bytes())).collect();
            for &slot in &of_phrase {
                bits[slot / 64] |= 1 << (slot % 64);
            }
            let pass_over = PassOver::of(self.phrases.iter().map(|p| p.as_bytes()));
            Starts { bits, of_phrase, pass_over }
        })
    }

    /// Whether one of the phrases whose first bytes hash to `slot` opens `here`.
    fn phrase_at(&self, starts: &Starts, here: &[u8], slot: usize) -> bool {
        self.phrases.iter().zip(&starts.of_phrase).any(|(p, &s)| s == slot && here.starts_with(p.as_bytes()))
    }
}

impl Starts {
    #[inline]
    fn has(&self, slot: usize) -> bool {
        self.bits[slot / 64] & (1 << (slot % 64)) != 0
    }
}

/// Whether byte `at` of `bytes` is inside a word, where no phrase starts:
/// an ASCII letter or digit after another. [`any_start`] applies the same
/// rule eight bytes at a time.
fn inside_word(bytes: &[u8], at: usize) -> bool {
    at > 0 && at < bytes.len() && bytes[at - 1].is_ascii_alphanumeric() && bytes[at].is_ascii_alphanumeric()
}

/// Whether `found` says yes at some place of `bytes` where a phrase may
/// start (any byte but one inside a run of ASCII letters and digits), given
/// the bytes from there on and their [`start_slot`]; the places are visited
/// in order and the search stops at the first yes. Places holding a byte no
/// phrase starts with are passed over (`pass_over`). The places are found eight bytes at a time, so most bytes
/// cost no more than a few instructions.
#[inline]
fn any_start(bytes: &[u8], pass_over: PassOver, mut found: impl FnMut(&[u8], usize) -> bool) -> bool {
    // A phrase of three bytes or more starts before `last`.
    let last = bytes.len().saturating_sub(2);
    let mut previous_alphanumeric = false;
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8).filter(|_| i + 8 <= last) {
        let eight = scan::load(chunk);
        let alphanumeric = ascii_alphanumeric_bytes(eight);
        let before = alphanumeric << 8 | if previous_alphanumeric { 0x80 } else { 0 };
        let mut starts = !(alphanumeric & before) & pass_over.keep(eight) & HIGHS;
        while starts != 0 {
            let at = i + (starts.trailing_zeros() / 8) as usize;
            if found(&bytes[at..], slot_of(&bytes[at..])) {
                return true;
            }
            starts &= starts - 1;
        }
        previous_alphanumeric = alphanumeric >> 63 != 0;
        i += 8;
    }
    for at in i..last {
        let alphanumeric = bytes[at].is_ascii_alphanumeric();
        let inside_word = previous_alphanumeric && alphanumeric;
        if !inside_word && !pass_over.byte(bytes[at]) && found(&bytes[at..], slot_of(&bytes[at..])) {
            return true;
        }
        previous_alphanumeric = alphanumeric;
    }
    false
}

/// Several [`PhraseSet`]s searched together: one pass over a line answers
/// for all of them what [`PhraseSet::found_in_str`] answers for each. A
/// line is searched for every list of boilerplate phrases; a pass per list,
/// over a list of word starts built first, was most of the cost of
/// classifying a short paragraph. Here each word start costs one hash and
/// one look-up in the union of the sets' tables, and only the phrases of
/// that hash are compared.
pub struct PhraseSets {
    sets: &'static [&'static PhraseSet],
    index: OnceLock<Union>,
}

/// The start tables of several phrase sets in one.
struct Union {
    bits: [u64; START_SLOTS / 64],
    pass_over: PassOver,
    /// Every phrase with its slot and the bit of its set, ordered by slot.
    phrases: Vec<(usize, u32, &'static [u8])>,
}

impl PhraseSets {
    /// The sets `sets`, at most 32 of them.
    pub const fn new(sets: &'static [&'static PhraseSet]) -> Self {
        assert!(sets.len() <= 32, "at most 32 phrase sets are searched together");
        PhraseSets { sets, index: OnceLock::new() }
    }

    /// The bit of `set` in the answers of [`PhraseSets::found_in`], if it
    /// is one of the sets: for tests that the bits callers name are right.
    #[cfg(test)]
    pub fn bit_of(&self, set: &PhraseSet) -> Option<u32> {
        self.sets.iter().position(|&s| std::ptr::eq(s, set)).map(|k| 1 << k)
    }

    /// Which of the sets hold one of their phrases in `line` where a word
    /// starts: bit `k` of the answer for the `k`th set.
    pub fn found_in(&self, line: &str) -> u32 {
        let union = self.index.get_or_init(|| {
            let mut bits = [0u64; START_SLOTS / 64];
            let mut phrases = Vec::new();
            for (k, set) in self.sets.iter().enumerate() {
                let starts = set.starts();
                for (all, one) in bits.iter_mut().zip(starts.bits) {
                    *all |= one;
                }
                phrases.extend(set.phrases.iter().zip(&starts.of_phrase).map(|(p, &s)| (s, 1 << k, p.as_bytes())));
            }
            phrases.sort_by_key(|&(slot, _, _)| slot);
            let pass_over = self
                .sets
                .iter()
                .fold(PassOver { spaces: true, non_ascii: true }, |all, set| all.and(set.starts().pass_over));
            Union { bits, pass_over, phrases }
        });
        let every = 1u32.checked_shl(self.sets.len() as u32).map_or(u32::MAX, |bit| bit - 1);
        let mut found = 0u32;
        any_start(line.as_bytes(), union.pass_over, |here, slot| {
            if union.bits[slot / 64] & (1 << (slot % 64)) != 0 {
                let first = union.phrases.partition_point(|&(s, _, _)| s < slot);
                for &(_, bit, phrase) in union.phrases[first..].iter().take_while(|&&(s, _, _)| s == slot) {
                    if found & bit == 0 && here.starts_with(phrase) {
                        found |= bit;
                    }
                }
            }
            found == every
        });
        found
    }
}

/// A list of whole lines ("advertisement", "getty images"), compared
/// exactly. Every short paragraph is looked up in several such lists, and
/// most are of a length no line of a list has: a set of the lists' lengths,
/// made when the program is built, turns them away before any comparison.
pub struct LineSet {
    lines: &'static [&'static str],
    /// Bit `n` set when some line is `n` bytes long (`n` below 64).
    lengths: u64,
    /// Whether some line is 64 bytes long or more.
    long: bool,
}

impl LineSet {
    pub const fn new(lines: &'static [&'static str]) -> Self {
        let (mut lengths, mut long) = (0u64, false);
        let mut i = 0;
        while i < lines.len() {
            if lines[i].len() < 64 {
                lengths |= 1 << lines[i].len();
            } else {
                long = true;
            }
            i += 1;
        }
        LineSet { lines, lengths, long }
    }

    /// Whether `line` is one of the lines.
    pub fn contains(&self, line: &str) -> bool {
        let possible = if line.len() < 64 { self.lengths & 1 << line.len() != 0 } else { self.long };
        possible && self.lines.contains(&line)
    }
}

/// A list of openings: phrases a line may start with ("sign up", "editor's
/// note"), in lower case. Every paragraph's opening is compared with them;
/// they are kept ordered and grouped by first byte, so a line is compared
/// only with the few that start as it does.
pub struct Openings {
    phrases: &'static [&'static str],
    index: OnceLock<ByFirstByte>,
}

/// Phrases ordered by first byte, and where each first byte's run starts.
struct ByFirstByte {
    phrases: Vec<&'static [u8]>,
    /// The run of phrases starting with byte `b` is `phrases[runs[b]..runs[b + 1]]`.
    runs: [u16; 257],
}

impl Openings {
    pub const fn new(phrases: &'static [&'static str]) -> Self {
        assert!(phrases.len() < u16::MAX as usize, "fewer than 65 535 openings");
        Openings { phrases, index: OnceLock::new() }
    }

    /// Whether `line` starts with one of the openings (an empty one starts
    /// no line).
    pub fn opens(&self, line: &str) -> bool {
        let index = self.index.get_or_init(|| {
            let mut phrases: Vec<&'static [u8]> =
                self.phrases.iter().map(|p| p.as_bytes()).filter(|p| !p.is_empty()).collect();
            phrases.sort_unstable();
            let mut runs = [0u16; 257];
            for (b, run) in runs.iter_mut().enumerate() {
                *run = phrases.partition_point(|p| usize::from(p[0]) < b) as u16;
            }
            ByFirstByte { phrases, runs }
        });
        let bytes = line.as_bytes();
        let Some(&first) = bytes.first() else { return false };
        let run = usize::from(index.runs[usize::from(first)])..usize::from(index.runs[usize::from(first) + 1]);
        index.phrases[run].iter().any(|p| bytes.starts_with(p))
    }
}

/// A hash of the first three bytes of `bytes` (Fibonacci hashing).
#[inline]
fn start_slot(bytes: &[u8]) -> usize {
    let key = u32::from(bytes[0]) << 16 | u32::from(bytes[1]) << 8 | u32::from(bytes[2]);
    (key.wrapping_mul(0x9E37_79B1) >> (32 - START_SLOTS.trailing_zeros())) as usize
}

/// Up to eight bytes as a little-endian `u64`, padded with zeros.
#[inline]
pub(crate) fn load_eight(bytes: &[u8]) -> u64 {
    match <[u8; 8]>::try_from(bytes) {
        Ok(eight) => u64::from_le_bytes(eight),
        Err(_) => load_short(bytes),
    }
}

/// [`start_slot`] of `bytes`, which a search knows to hold three bytes or
/// more: one check of the length, not one per byte.
#[inline]
fn slot_of(bytes: &[u8]) -> usize {
    match bytes {
        &[a, b, c, ..] => start_slot(&[a, b, c]),
        _ => start_slot(bytes),
    }
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
    fn phrase_sets_searched_together_find_what_each_finds() {
        static FIRST: PhraseSet = PhraseSet::new(&["sign up", "www.", "ap photo/"]);
        static SECOND: PhraseSet = PhraseSet::new(&["sign in", "é!!", "/afp", " spaced"]);
        static THIRD: PhraseSet = PhraseSet::new(&["up for", "photo/"]);
        static BOTH: PhraseSets = PhraseSets::new(&[&FIRST, &SECOND, &THIRD]);
        static NONE: PhraseSets = PhraseSets::new(&[]);
        let lines = [
            "",
            "si",
            "sign up for",
            "please sign in, then sign up for more at www.example.com",
            "(ap photo/jo allen)",
            "jo allen/afp",
            "café!! au lait",
            "a spaced line",
            "a  spaced line",
            "designs up for sale; unsigned; awww.",
            "signup sign-up sign up",
            "0123456789abcdefghij sign in",
            "0123456789abcdefghij sign i",
            "x\u{A0}sign up\u{2019}s photo/",
        ];
        for line in lines {
            let each = [&FIRST, &SECOND, &THIRD]
                .iter()
                .enumerate()
                .map(|(k, set)| u32::from(set.found_in(&Line::new(line))) << k)
                .sum::<u32>();
            assert_eq!(BOTH.found_in(line), each, "{line:?}");
            for set in [&FIRST, &SECOND, &THIRD] {
                assert_eq!(set.found_in_str(line), set.found_in(&Line::new(line)), "{line:?}");
            }
            for (shift, line) in (0..line.len()).filter_map(|cut| line.get(cut..)).enumerate() {
                let each = [&FIRST, &SECOND, &THIRD]
                    .iter()
                    .enumerate()
                    .map(|(k, set)| u32::from(set.found_in(&Line::new(line))) << k)
                    .sum::<u32>();
                assert_eq!(BOTH.found_in(line), each, "{line:?} from {shift}");
            }
            assert_eq!(NONE.found_in(line), 0);
        }
    }

    #[test]
    fn line_sets_hold_their_lines_only() {
        const LONG: &str = "a line of sixty-four bytes or more, which the set of lengths omits";
        static LINES: LineSet = LineSet::new(&["x", "read more", "", LONG]);
        for line in ["x", "read more", "", LONG] {
            assert!(LINES.contains(line), "{line:?}");
        }
        for line in ["y", "read mor", "read more.", "X", &LONG[1..], &format!("{LONG}!")] {
            assert!(!LINES.contains(line), "{line:?}");
        }
        static SHORT: LineSet = LineSet::new(&["ab"]);
        assert!(!SHORT.contains(LONG));
    }

    #[test]
    fn openings_are_found_as_a_search_of_each_finds() {
        static OPENINGS: Openings = Openings::new(&["sign up", "see", "see also", "©", "", "x"]);
        for line in ["", "s", "sign", "sign up now", "see", "seen", "see also this", "© 2024", "xyz", "y", "Sign up"] {
            let naive = OPENINGS.phrases.iter().any(|p| !p.is_empty() && line.starts_with(p));
            assert_eq!(OPENINGS.opens(line), naive, "{line:?}");
        }
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
        for line in lines.iter().copied().chain(["a  sign up", "x www.y", "ééwww.x", "1234567890 sign up for it"]) {
            assert_eq!(SET.found_in_str(line), SET.found_in(&Line::new(line)), "{line:?}");
        }
        assert!(SET.found_in(&Line::new("x sign up")));
        assert!(!SET.found_in(&Line::new("signup")));
        assert!(!SET.found_in(&Line::new("designs up")), "only where a word starts");
        assert!(SET.found_in(&Line::new("jo allen/ap photo/x")), "punctuation starts a phrase anywhere");
    }

    #[test]
    fn a_word_set_holds_the_lower_case_of_its_words_short_or_long() {
        const WORDS: &str = "said told according sen. u.s josé kill a reported acknowledged \
                             assemblywomanish assemblywomanship eightish ninebytes kikk";
        static SET: WordSet = WordSet::new(WORDS);
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
            "ACCORDING",
            "Accordin",
            "accordingg",
            "according\0",
            "ASSEMBLYWOMANSHIP",
            "assemblywomanshi",
            "assemblywomanishx",
            "AssemblyWomanIsh",
            "eightish\0",
            "eightis",
            "eightishe",
            "NineBytes",
            "ninebyte\u{212A}",
            "KI\u{212A}K",
            "ki\u{212A}k",
            "kI\u{212A}",
        ];
        for word in words.into_iter().chain(WORDS.split_whitespace()) {
            let expected = WORDS.split_whitespace().any(|w| w == word.to_lowercase());
            assert_eq!(SET.contains(word), expected, "{word:?}");
            assert_eq!(
                SET.table().place_of(word).map(|p| SET.words()[p] == word.to_lowercase()),
                expected.then_some(true)
            );
            let upper = word.to_uppercase();
            assert_eq!(SET.contains(&upper), WORDS.split_whitespace().any(|w| w == upper.to_lowercase()), "{upper:?}");
        }
    }
}
