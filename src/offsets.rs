//! Byte offsets (what Rust slices `&str` with) to UTF-16 code unit offsets
//! (what JavaScript slices strings with) and back.
//!
//! The pipeline works in byte offsets; the result speaks UTF-16. The result
//! asks for offsets in no useful order (a speaker's mentions run through the
//! whole text, then the next speaker's start again), so [`Utf16Index`]
//! keeps, for every block of `CHECKPOINT` bytes, the UTF-16 length of the
//! text before it and a bit for each of its bytes that adds no unit: a
//! conversion is the block's count, plus the bytes before the offset in
//! the block, less the marked ones among them (one count of bits), whatever
//! the order. A pure-ASCII text skips the tables altogether.
//!
//! Counting needs no decoding: a character's first byte (any byte but a
//! 0b10xx_xxxx continuation) counts one unit, and the first byte of a
//! four-byte character (0xF0 and up) one more, for its surrogate pair. In
//! the tables that second unit is counted on the byte after it instead, so
//! that every byte adds one unit or none: a four-byte character still adds
//! its two units to any offset past it, and an offset is never inside it.

/// Bytes between checkpoints: one bit each in a block's mask.
const CHECKPOINT: usize = 64;

/// Converts byte offsets of one text to UTF-16 offsets.
pub struct Utf16Index<'t> {
    text: &'t str,
    ascii: bool,
    /// UTF-16 length of the bytes before byte `i * CHECKPOINT`, each byte
    /// counted as its bit in `no_unit` says (the last entry may repeat the
    /// one before: the text's whole length).
    checkpoints: Vec<u32>,
    /// For block `i`, bit `j` set when byte `i * CHECKPOINT + j` adds no
    /// unit: a continuation byte, but for the first one of a four-byte
    /// character, which adds its second unit.
    no_unit: Vec<u64>,
}

impl<'t> Utf16Index<'t> {
    pub fn new(text: &'t str) -> Self {
        let ascii = text.is_ascii();
        let mut checkpoints = Vec::new();
        let mut no_unit = Vec::new();
        if !ascii {
            checkpoints.reserve(text.len() / CHECKPOINT + 1);
            no_unit.reserve(text.len() / CHECKPOINT + 1);
            let mut units = 0u32;
            // Whether the byte before was a four-byte character's first.
            let mut after_four_byte_lead = false;
            for chunk in text.as_bytes().chunks(CHECKPOINT) {
                checkpoints.push(units);
                let mut mask = 0u64;
                // Most blocks of most texts are ASCII: every byte a unit.
                if after_four_byte_lead || !chunk.is_ascii() {
                    let (continuations, four_byte_leads) = marks_of_block(chunk);
                    // The continuation right after a four-byte lead (in this
                    // block or at the end of the one before) adds a unit.
                    mask = continuations & !(four_byte_leads << 1 | u64::from(after_four_byte_lead));
                    after_four_byte_lead = four_byte_leads >> (CHECKPOINT - 1) != 0;
                }
                units += chunk.len() as u32 - mask.count_ones();
                no_unit.push(mask);
            }
            // And one for the end, when the length is a multiple of CHECKPOINT.
            checkpoints.push(units);
            no_unit.push(0);
        }
        Utf16Index { text, ascii, checkpoints, no_unit }
    }

    /// The UTF-16 offset of byte offset `byte`, a character boundary.
    pub fn to_utf16(&self, byte: usize) -> usize {
        debug_assert!(self.text.is_char_boundary(byte), "byte offset {byte} is not a char boundary");
        if self.ascii {
            return byte;
        }
        let (at, into) = (byte / CHECKPOINT, byte % CHECKPOINT);
        // The marks of the block's bytes before `into` (none when it is 0).
        let before = self.no_unit[at] & !(u64::MAX << into);
        self.checkpoints[at] as usize + into - before.count_ones() as usize
    }
}

/// For a block of at most [`CHECKPOINT`] bytes, a bit for each of its bytes
/// that is a continuation (0b10xx_xxxx), and one for each that is a
/// four-byte character's first byte (0b1111_xxxx: in UTF-8 only 0xF0 to
/// 0xF4, so a test of the top four bits suffices): eight bytes a step, not
/// byte by byte (most blocks of news hold a curly quotation mark).
fn marks_of_block(block: &[u8]) -> (u64, u64) {
    use crate::text::scan::HIGHS;
    // Bit 7 of each of eight bytes, gathered into the low eight bits.
    let gather = |highs: u64| (highs >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56;
    let (mut continuations, mut four_byte_leads) = (0, 0);
    for (i, bytes) in block.chunks(8).enumerate() {
        let mut eight = [0u8; 8];
        eight[..bytes.len()].copy_from_slice(bytes);
        let eight = u64::from_le_bytes(eight);
        continuations |= gather(eight & !(eight << 1) & HIGHS) << (8 * i);
        four_byte_leads |= gather(eight & eight << 1 & eight << 2 & eight << 3 & HIGHS) << (8 * i);
    }
    (continuations, four_byte_leads)
}

/// The UTF-16 units a byte of UTF-8 adds when it starts a character.
#[inline]
fn units_of(byte: u8) -> usize {
    usize::from((byte as i8) >= -0x40) + usize::from(byte >= 0xF0)
}

/// UTF-16 units of whole characters in `bytes`, eight bytes at a time: a
/// byte adds a unit unless it is a continuation (0b10xx_xxxx), and a
/// four-byte character's first byte (0b1111_xxxx, as [`marks_of_block`]
/// finds it) adds one more.
fn utf16_len_of_bytes(bytes: &[u8]) -> usize {
    use crate::text::scan::{load, HIGHS};
    let mut chunks = bytes.chunks_exact(8);
    let mut units = 0;
    for chunk in &mut chunks {
        let eight = load(chunk);
        // Bit 7 of each byte, moved to bit 7 from bits 6, 5 and 4.
        let continuations = eight & !(eight << 1) & HIGHS;
        let four_byte_leads = eight & eight << 1 & eight << 2 & eight << 3 & HIGHS;
        units += 8 - continuations.count_ones() as usize + four_byte_leads.count_ones() as usize;
    }
    units + chunks.remainder().iter().map(|&b| units_of(b)).sum::<usize>()
}

/// Length of `s` in UTF-16 code units.
pub fn utf16_len(s: &str) -> usize {
    utf16_len_of_bytes(s.as_bytes())
}

/// Byte offset of UTF-16 offset `unit` in `text`, or `None` when it lies past
/// the end or inside a surrogate pair.
pub fn utf16_to_byte(text: &str, unit: usize) -> Option<usize> {
    let mut units = 0;
    for (byte, ch) in text.char_indices() {
        if units == unit {
            return Some(byte);
        }
        if units > unit {
            return None;
        }
        units += ch.len_utf16();
    }
    (units == unit).then_some(text.len())
}

/// The text between two UTF-16 offsets, or `None` when they do not lie inside
/// `text` on character boundaries in order.
pub fn slice_utf16(text: &str, start: usize, end: usize) -> Option<&str> {
    if start > end {
        return None;
    }
    let from = utf16_to_byte(text, start)?;
    let to = from + utf16_to_byte(&text[from..], end - start)?;
    Some(&text[from..to])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_offsets_are_unchanged() {
        let index = Utf16Index::new("plain text");
        assert_eq!(index.to_utf16(0), 0);
        assert_eq!(index.to_utf16(5), 5);
    }

    #[test]
    fn counts_surrogate_pairs_and_multibyte_chars() {
        // "é" is 2 bytes and 1 unit; "😀" is 4 bytes and 2 units.
        let text = "é😀x“y”";
        let index = Utf16Index::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(x, 6);
        assert_eq!(index.to_utf16(x), 3);
        assert_eq!(index.to_utf16(text.len()), 7);
        // Backwards, near and far.
        assert_eq!(index.to_utf16(2), 1);
        assert_eq!(index.to_utf16(0), 0);
        assert_eq!(index.to_utf16(text.len()), 7);
        assert_eq!(utf16_len(text), 7);
    }

    #[test]
    fn long_text_converts_through_checkpoints_in_any_order() {
        // Far past one checkpoint, with one-, two-, three- and four-byte chars.
        let text = "a é “ 😀 ".repeat(200);
        let index = Utf16Index::new(&text);
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        // Backwards and forwards, far apart: every answer matches a count.
        for &byte in boundaries.iter().rev().step_by(7).chain(boundaries.iter().step_by(13)) {
            assert_eq!(index.to_utf16(byte), utf16_len(&text[..byte]), "at byte {byte}");
        }
    }

    #[test]
    fn eight_bytes_at_a_time_count_as_byte_by_byte() {
        // Every byte value in every position of a chunk, and lengths that
        // leave a remainder.
        for byte in 0..=255u8 {
            for at in 0..11 {
                let mut bytes = *b"ab\xC3\xA9\xF0\x9F\x98\x80xy\xE2";
                bytes[at] = byte;
                for len in [0, 3, 8, 11] {
                    let slow: usize = bytes[..len].iter().map(|&b| units_of(b)).sum();
                    assert_eq!(utf16_len_of_bytes(&bytes[..len]), slow, "{byte:#x} at {at}, {len} bytes");
                }
            }
        }
    }

    #[test]
    fn characters_across_a_block_boundary_convert_as_counted() {
        // Each kind of character shifted over the boundary between blocks,
        // its continuation bytes on either side.
        for ch in ["é", "“", "😀"] {
            for pad in 56..=CHECKPOINT + 1 {
                let text = format!("{}{ch}{ch}x{ch}", "a".repeat(pad));
                let index = Utf16Index::new(&text);
                for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                    assert_eq!(index.to_utf16(byte), utf16_len(&text[..byte]), "{ch} after {pad}, at byte {byte}");
                }
            }
        }
    }

    #[test]
    fn a_block_s_marks_are_its_bytes_one_by_one() {
        // Every byte value in every position, in blocks of every length.
        for byte in 0..=255u8 {
            for at in [0, 7, 8, 30, 63] {
                let mut block = [b'a'; CHECKPOINT];
                block[..8].copy_from_slice(b"\xC3\xA9\xF0\x9F\x98\x80\xE2\x80");
                block[at] = byte;
                for len in [1, 8, 9, 40, CHECKPOINT] {
                    let (continuations, leads) = marks_of_block(&block[..len]);
                    for (j, &b) in block[..len].iter().enumerate() {
                        assert_eq!(continuations >> j & 1 == 1, (0x80..0xC0).contains(&b), "{byte:#x} at {at}, {j}");
                        assert_eq!(leads >> j & 1 == 1, b >= 0xF0, "{byte:#x} at {at}, {j}");
                    }
                    let past = (continuations | leads).checked_shr(len as u32).unwrap_or(0);
                    assert_eq!(past, 0, "nothing past the block");
                }
            }
        }
    }

    #[test]
    fn the_end_converts_whatever_the_length() {
        for n in [63, 64, 65, 128] {
            let text = "é".repeat(n);
            assert_eq!(Utf16Index::new(&text).to_utf16(text.len()), n);
        }
    }

    #[test]
    fn slices_by_utf16_offsets() {
        let text = "😀 “Hi,” she said";
        assert_eq!(slice_utf16(text, 3, 8), Some("“Hi,”"));
        assert_eq!(slice_utf16(text, 0, 2), Some("😀"));
        // Inside the surrogate pair, backwards, and past the end.
        assert_eq!(slice_utf16(text, 1, 4), None);
        assert_eq!(slice_utf16(text, 4, 3), None);
        assert_eq!(slice_utf16(text, 0, 99), None);
        assert_eq!(slice_utf16(text, 17, 17), Some(""));
    }
}
