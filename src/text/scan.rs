//! Finding the next byte that matters, eight bytes at a time.
//!
//! Most stages look at a few kinds of byte only (line breaks, quotation
//! marks, sentence stops, the lead bytes of non-ASCII characters) and step
//! over everything else. Stepping byte by byte costs a compare or three per
//! byte of every text; these functions test eight bytes at once as one
//! 64-bit word (the "has a zero byte" trick of bit-twiddling lore), which
//! compilers turn into a handful of instructions native and in wasm alike.

/// One in each byte of a 64-bit word: `ONES * b` is `b` in every byte.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte, where the tests of all eight bytes answer.
pub(crate) const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether some byte of `word` equals `byte`.
#[inline(always)]
fn has_byte(word: u64, byte: u8) -> bool {
    let x = word ^ (ONES * u64::from(byte));
    x.wrapping_sub(ONES) & !x & HIGHS != 0
}

/// The offset of the first byte at or after `from` that is one of `targets`,
/// or, when `non_ascii` is set, any byte of 0x80 and above; `bytes.len()`
/// when there is none.
#[inline(always)]
pub fn find(bytes: &[u8], from: usize, targets: &[u8], non_ascii: bool) -> usize {
    let wanted = |b: u8| targets.contains(&b) || non_ascii && b >= 0x80;
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let word = u64::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]]);
        if non_ascii && word & HIGHS != 0 || targets.iter().any(|&t| has_byte(word, t)) {
            break;
        }
        i += 8;
    }
    bytes.get(i..).and_then(|rest| rest.iter().position(|&b| wanted(b))).map_or(bytes.len(), |p| i + p)
}

/// The offset of the first line break (`\n` or `\r`) at or after `from`, or
/// `bytes.len()`. Every byte of every text is read here, so sixteen at a
/// time, with one test for both: is some byte below 0x0E (the tab and the
/// two other control characters below `\r`, rare, send a step to the
/// byte-by-byte search).
#[inline]
pub fn find_line_break(bytes: &[u8], from: usize) -> usize {
    let below = |word: u64| word.wrapping_sub(ONES * 0x0E) & !word & HIGHS;
    let is_break = |&b: &u8| b == b'\n' || b == b'\r';
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 16) {
        let low = u64::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]]);
        let high =
            u64::from_le_bytes([chunk[8], chunk[9], chunk[10], chunk[11], chunk[12], chunk[13], chunk[14], chunk[15]]);
        if below(low) | below(high) != 0 {
            if let Some(p) = chunk.iter().position(is_break) {
                return i + p;
            }
        }
        i += 16;
    }
    bytes.get(i..).and_then(|rest| rest.iter().position(is_break)).map_or(bytes.len(), |p| i + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(bytes: &[u8], from: usize, targets: &[u8], non_ascii: bool) -> usize {
        (from..bytes.len())
            .find(|&i| targets.contains(&bytes[i]) || non_ascii && bytes[i] >= 0x80)
            .unwrap_or(bytes.len())
    }

    #[test]
    fn finds_what_a_byte_by_byte_search_finds() {
        let texts = [
            "",
            "a",
            "plain text with no marks at all, long enough for several words",
            "line one\nline two\r\nthree",
            "“curly” and \"straight\" marks, é and 😀 too",
            "0123456\n",
            "01234567\n",
            "\u{1}\u{7f}\u{80}",
        ];
        for text in texts {
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() {
                for (targets, non_ascii) in
                    [(&b"\n\r"[..], false), (&b"\""[..], true), (&b".!?"[..], false), (&[][..], true)]
                {
                    assert_eq!(
                        find(bytes, from, targets, non_ascii),
                        naive(bytes, from, targets, non_ascii),
                        "{text:?} from {from}"
                    );
                }
            }
        }
    }

    #[test]
    fn line_breaks_are_found_as_a_byte_by_byte_search_finds_them() {
        for length in 0..40 {
            for at in 0..length {
                for byte in 0..=255u8 {
                    let mut bytes = vec![b'x'; length];
                    bytes[at] = byte;
                    // And a tab before it, which is no break.
                    if at > 0 {
                        bytes[at - 1] = b'\t';
                    }
                    for from in [0, at.saturating_sub(3), at] {
                        assert_eq!(
                            find_line_break(&bytes, from),
                            naive(&bytes, from, b"\n\r", false),
                            "{bytes:?} {from}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_byte_value_is_found_in_every_position_of_a_word() {
        for target in 0..=255u8 {
            for at in 0..16 {
                let mut bytes = [b'x'; 16];
                if target == b'x' {
                    continue;
                }
                bytes[at] = target;
                assert_eq!(find(&bytes, 0, &[target], false), at, "byte {target} at {at}");
            }
        }
    }
}
