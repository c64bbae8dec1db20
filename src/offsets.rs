//! Byte offsets (what Rust slices `&str` with) to UTF-16 code unit offsets
//! (what JavaScript slices strings with) and back.
//!
//! The pipeline works in byte offsets; the result speaks UTF-16. Converting
//! every offset by counting from the start of the text would cost
//! O(offsets × length), so [`Utf16Cursor`] remembers where the last
//! conversion ended and walks from there: the result's offsets arrive almost
//! in order, and a pure-ASCII text (most news) skips the walk altogether.

/// Converts byte offsets of one text to UTF-16 offsets, cheaply when the
/// requests come roughly in order.
pub struct Utf16Cursor<'t> {
    text: &'t str,
    ascii: bool,
    byte: usize,
    unit: usize,
}

impl<'t> Utf16Cursor<'t> {
    pub fn new(text: &'t str) -> Self {
        Utf16Cursor { text, ascii: text.is_ascii(), byte: 0, unit: 0 }
    }

    /// The UTF-16 offset of byte offset `byte`, which must lie on a character
    /// boundary of the text (every offset the pipeline makes does).
    pub fn to_utf16(&mut self, byte: usize) -> usize {
        debug_assert!(self.text.is_char_boundary(byte), "byte offset {byte} is not a char boundary");
        if self.ascii {
            return byte;
        }
        if byte >= self.byte {
            self.unit += utf16_len(&self.text[self.byte..byte]);
        } else if byte >= self.byte / 2 {
            self.unit -= utf16_len(&self.text[byte..self.byte]);
        } else {
            // Far behind the cursor: counting from the start is shorter.
            self.unit = utf16_len(&self.text[..byte]);
        }
        self.byte = byte;
        self.unit
    }
}

/// Length of `s` in UTF-16 code units.
pub fn utf16_len(s: &str) -> usize {
    // Every char is one unit, plus one more for those outside the Basic
    // Multilingual Plane (4 bytes in UTF-8, a surrogate pair in UTF-16).
    s.chars().count() + s.bytes().filter(|&b| b >= 0xF0).count()
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
        let mut cursor = Utf16Cursor::new("plain text");
        assert_eq!(cursor.to_utf16(0), 0);
        assert_eq!(cursor.to_utf16(5), 5);
    }

    #[test]
    fn counts_surrogate_pairs_and_multibyte_chars() {
        // "é" is 2 bytes and 1 unit; "😀" is 4 bytes and 2 units.
        let text = "é😀x“y”";
        let mut cursor = Utf16Cursor::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(x, 6);
        assert_eq!(cursor.to_utf16(x), 3);
        assert_eq!(cursor.to_utf16(text.len()), 7);
        // Backwards, near and far.
        assert_eq!(cursor.to_utf16(2), 1);
        assert_eq!(cursor.to_utf16(0), 0);
        assert_eq!(cursor.to_utf16(text.len()), 7);
        assert_eq!(utf16_len(text), 7);
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
