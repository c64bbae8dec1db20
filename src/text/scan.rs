//! Finding the next byte that matters, eight bytes at a time.
//!
//! Most stages look at a few kinds of byte only (line breaks, quotation
//! marks, sentence stops, the lead bytes of non-ASCII characters) and step
//! over everything else. Stepping byte by byte costs a compare or three per
//! byte of every text; these functions test eight bytes at once as one
//! 64-bit word (the "has a zero byte" trick of bit-twiddling lore), which
//! compilers turn into a handful of instructions native and in wasm alike.
//!
//! The byte masks the other stages build on live here too, so that each
//! trick is written once: loading eight bytes, marking the zero bytes, the
//! bytes of an ASCII range, letters and digits, white space, lower-casing
//! eight bytes and counting marked bytes. A mask has the high bit of each
//! byte set where the test holds, and no other bit. The range tests lean
//! on one fact: on seven-bit values, adding `0x80 - low` sets a byte's
//! high bit exactly when it is at least `low`, and carries into no other
//! byte.

/// One in each byte of a 64-bit word: `ONES * b` is `b` in every byte.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte, where the tests of all eight bytes answer.
pub(crate) const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The offset of the first byte at or after `from` that is one of `targets`,
/// or, when `non_ascii` is set, any byte of 0x80 and above; `bytes.len()`
/// when there is none.
#[inline(always)]
pub fn find(bytes: &[u8], from: usize, targets: &[u8], non_ascii: bool) -> usize {
    // The high bit of each byte that is wanted, and perhaps of some after
    // one that is (the test for a zero byte may flag the byte above a zero):
    // the lowest bit set is always exact.
    let wanted = |word: u64| {
        let mut found = if non_ascii { word & HIGHS } else { 0 };
        for &t in targets {
            let x = word ^ (ONES * u64::from(t));
            found |= x.wrapping_sub(ONES) & !x;
        }
        found & HIGHS
    };
    let first = |found: u64| (found.trailing_zeros() / 8) as usize;
    let mut i = from;
    // Sixteen bytes a step, then eight.
    while let Some(chunk) = bytes.get(i..i + 16) {
        let (low, high) = (wanted(load(&chunk[..8])), wanted(load(&chunk[8..])));
        if low != 0 {
            return i + first(low);
        }
        if high != 0 {
            return i + 8 + first(high);
        }
        i += 16;
    }
    if let Some(chunk) = bytes.get(i..i + 8) {
        let found = wanted(load(chunk));
        if found != 0 {
            return i + first(found);
        }
        i += 8;
    }
    let wanted = |b: u8| targets.contains(&b) || non_ascii && b >= 0x80;
    bytes.get(i..).and_then(|rest| rest.iter().position(|&b| wanted(b))).map_or(bytes.len(), |p| i + p)
}

/// The offset of the first byte at or after `from` where `accept` takes
/// the bytes from there on, or `bytes.len()`. `candidates` marks, with the
/// high bit of each byte, the bytes of a little-endian word where `accept`
/// may take them: every such byte, and perhaps others, which `accept`
/// turns down. A cheap, loose test of eight bytes at once, and an exact
/// one only where it says so.
#[inline(always)]
pub fn find_where(bytes: &[u8], from: usize, candidates: impl Fn(u64) -> u64, accept: impl Fn(&[u8]) -> bool) -> usize {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut marked = candidates(load(chunk)) & HIGHS;
        while marked != 0 {
            let at = i + (marked.trailing_zeros() / 8) as usize;
            if accept(&bytes[at..]) {
                return at;
            }
            marked &= marked - 1;
        }
        i += 8;
    }
    (i..bytes.len()).find(|&at| accept(&bytes[at..])).unwrap_or(bytes.len())
}

/// The high bit of every byte of `word` equal to `byte` (and perhaps of
/// bytes above one that is: the test for a zero byte lets a borrow run on).
#[inline(always)]
pub fn bytes_equal(word: u64, byte: u8) -> u64 {
    let x = word ^ (ONES * u64::from(byte));
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// Eight bytes (the first eight of `chunk`, which has eight or more) as a
/// little-endian word, in one load where the length is known.
#[inline(always)]
pub(crate) fn load(chunk: &[u8]) -> u64 {
    u64::from_le_bytes(chunk[..8].try_into().unwrap_or_default())
}

/// The high bit of each byte of `eight` that is zero: exact for every byte
/// (unlike [`bytes_equal`], whose borrow may run on), as adding 0x7F to
/// seven bits never carries out of a byte.
#[inline]
pub(crate) fn zero_bytes(eight: u64) -> u64 {
    !(((eight & !HIGHS) + !HIGHS) | eight) & HIGHS
}

/// The high bit of each byte of `eight` from `low` to `high`, for eight
/// ASCII bytes (a byte of 0x80 and above carries into the next). A byte
/// past `high` is past `low` too, so the two tests differ just inside the
/// range: one exclusive or, where "and not" takes two instructions.
#[inline]
pub(crate) fn ascii_range_bytes(eight: u64, low: u8, high: u8) -> u64 {
    let at_least = |value: u8| eight + ONES * (0x80 - u64::from(value));
    (at_least(low) ^ at_least(high + 1)) & HIGHS
}

/// The high bit of each byte of `eight` that is an ASCII letter or digit,
/// for any eight bytes (the high bits are cleared before the range tests,
/// and bytes past ASCII turned away after). Letters are compared folded to
/// lower case: `| 0x20` maps `A..=Z` onto `a..=z` and nothing else there.
#[inline]
pub(crate) fn ascii_alphanumeric_bytes(eight: u64) -> u64 {
    let seven = eight & !HIGHS;
    let letter = ascii_range_bytes(seven | (ONES * 0x20), b'a', b'z');
    let digit = ascii_range_bytes(seven, b'0', b'9');
    (letter | digit) & !eight
}

/// The high bit of each of eight ASCII bytes that is white space: a space
/// or `\t`..=`\r`.
#[inline]
pub(crate) fn ascii_space_bytes(eight: u64) -> u64 {
    // Without control characters (the tab, mostly, and rare), the white
    // space is the bytes below '!'.
    if ascii_range_bytes(eight, 0, 0x1F) == 0 {
        return ascii_range_bytes(eight, 0, b' ');
    }
    zero_bytes(eight ^ (ONES * u64::from(b' '))) | ascii_range_bytes(eight, 0x09, 0x0D)
}

/// Eight bytes with the ASCII capitals among them lower-cased, at once:
/// bytes past ASCII are left as they are.
#[inline]
pub(crate) fn lower_ascii(eight: u64) -> u64 {
    let capitals = ascii_range_bytes(eight & !HIGHS, b'A', b'Z') & !eight;
    eight | capitals >> 2
}

/// How many bytes have their high bit set in `highs`, which has no other
/// bits: the multiplication adds the eight bits up in the top byte (a
/// count of bits costs a dozen instructions where the processor has no
/// instruction for it).
#[inline]
pub(crate) fn count_high_bits(highs: u64) -> usize {
    ((highs >> 7).wrapping_mul(ONES) >> 56) as usize
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
        if below(load(&chunk[..8])) | below(load(&chunk[8..])) != 0 {
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
    fn a_loose_test_and_an_exact_one_find_what_the_exact_one_finds() {
        // Candidates: '.' and '?' (and '/', '>'), and every non-ASCII byte;
        // taken: '.', '?' and the ellipsis.
        let candidates = |word: u64| bytes_equal(word | (ONES * 0x11), 0x3F) | word;
        let accept = |rest: &[u8]| matches!(rest, [b'.' | b'?', ..]) || rest.starts_with("…".as_bytes());
        let texts = ["", "no stop here at all, none", "a/b>c. d? e… f", "“quoted”…? and . é.", "………", "x.......y"];
        for text in texts {
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() {
                let naive = (from..bytes.len()).find(|&at| accept(&bytes[at..])).unwrap_or(bytes.len());
                assert_eq!(find_where(bytes, from, candidates, accept), naive, "{text:?} from {from}");
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
    fn byte_masks_mark_what_a_test_of_each_byte_marks() {
        let mask = |test: &dyn Fn(u8) -> bool, bytes: [u8; 8]| {
            bytes.iter().enumerate().filter(|(_, &b)| test(b)).fold(0u64, |m, (i, _)| m | 0x80 << (8 * i))
        };
        for byte in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = [b'x'; 8];
                bytes[at] = byte;
                bytes[(at + 3) % 8] = 0;
                let eight = u64::from_le_bytes(bytes);
                assert_eq!(zero_bytes(eight), mask(&|b| b == 0, bytes), "{bytes:?}");
                assert_eq!(ascii_alphanumeric_bytes(eight), mask(&|b| b.is_ascii_alphanumeric(), bytes), "{bytes:?}");
                let highs = mask(&|b| b == byte, bytes);
                assert_eq!(count_high_bits(highs), bytes.iter().filter(|&&b| b == byte).count());
                if byte.is_ascii() {
                    let space = |b: u8| b == b' ' || (b'\t'..=b'\r').contains(&b);
                    assert_eq!(ascii_space_bytes(eight), mask(&space, bytes), "{bytes:?}");
                    assert_eq!(ascii_range_bytes(eight, b'A', b'Z'), mask(&|b| b.is_ascii_uppercase(), bytes));
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
