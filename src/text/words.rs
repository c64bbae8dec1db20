//! Words and punctuation: the tokens that attribution patterns match.
//!
//! A word is a run of letters and digits, holding apostrophes and hyphens
//! between letters (can't, Jean-Luc) and the stops of abbreviations and
//! initials (Sen., J., U.S.). Every other non-space character is a token of
//! its own, so patterns can see the comma in `“...,” she said`.

use crate::text::scan::{self, ascii_alphanumeric_bytes, HIGHS};

/// One token, in byte offsets into the text it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// Whether the token starts with a small letter: told by its first
    /// byte when that is ASCII, as nearly always, with no char decoded.
    /// Asked of nearly every word, so always inlined: a call costs more.
    #[inline(always)]
    pub fn starts_lower_case(&self, text: &str) -> bool {
        let first = text.as_bytes()[self.start];
        if first.is_ascii() {
            first.is_ascii_lowercase()
        } else {
            self.text(text).starts_with(char::is_lowercase)
        }
    }
}

fn joins_words(ch: char) -> bool {
    matches!(ch, '\'' | '\u{2019}' | '-' | '\u{2010}')
}

/// The char at byte `i` of `text` (which must be a char boundary) and its
/// length, cheaply for ASCII, the common case.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    text[i..].chars().next().map(|c| (c, c.len_utf8()))
}

/// Whether `c` is a letter or a digit, as `char::is_alphanumeric` says,
/// without its Unicode tables for ASCII and for the General Punctuation
/// block (U+2000 to U+206F: curly quotation marks, dashes, ellipses), which
/// news is full of and which holds no letter or digit. The tables cost a few
/// hundred instructions a character: a megabyte of curly marks spent most of
/// its time there.
#[inline]
pub fn is_letter_or_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !GENERAL_PUNCTUATION.contains(&c) && c.is_alphanumeric()
    }
}

/// Whether `c` is a letter, as `char::is_alphabetic` says; the same short
/// cuts as [`is_letter_or_digit`].
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        !GENERAL_PUNCTUATION.contains(&c) && c.is_alphabetic()
    }
}

/// Unicode's General Punctuation block: no letter or digit in it.
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206F}';

#[inline]
fn is_alphanumeric_at(text: &str, i: usize, end: usize) -> bool {
    i < end && char_at(text, i).is_some_and(|(c, _)| is_letter_or_digit(c))
}

/// The tokens of `text[start..end]`, with offsets into `text` (the stages
/// use [`each_token`]; the tests read lists).
#[cfg(test)]
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    // About one token for every five bytes of news.
    let mut tokens = Vec::with_capacity((end - start) / 5 + 1);
    each_token(text, start, end, |token, _| tokens.push(token));
    tokens
}

/// Calls `take` with each token of `text[start..end]`, with offsets into
/// `text`, in order: callers keep tokens in lists of their own.
///
/// Every byte of every frame passes through here, so the common shapes go
/// by bytes, not chars: a space is skipped, a run of ASCII letters and
/// digits is stepped over eight bytes at a time, and a word ended by an
/// ASCII byte that can neither join nor end it specially (a space, a
/// comma) is taken at once. Chars are decoded only at non-ASCII bytes and
/// at the marks that may join words or keep a stop.
pub fn each_token(text: &str, start: usize, end: usize, mut take: impl FnMut(Token, bool)) {
    debug_assert!(start <= end && end <= text.len(), "tokens of {start}..{end} in a text of {} bytes", text.len());
    let bytes = &text.as_bytes()[..end];
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        if b == b' ' {
            i += 1; // The most common character of all, and no token.
            continue;
        }
        let at = i;
        // A word starting with ASCII letters or digits is stepped over as
        // a run from its first byte; no byte is tested twice.
        let run_end = ascii_alphanumeric_run_end(bytes, at);
        let first_len = if run_end > at {
            run_end - at
        } else if b < 0x80 {
            if !crate::text::paragraphs::is_padding(b as char) {
                take(Token { start: at, end: at + 1 }, false);
            }
            i += 1;
            continue;
        } else {
            let Some(ch) = text[at..].chars().next() else { break };
            if !is_letter_or_digit(ch) {
                if !crate::text::paragraphs::is_padding(ch) {
                    take(Token { start: at, end: at + ch.len_utf8() }, false);
                }
                i += ch.len_utf8();
                continue;
            }
            ch.len_utf8()
        };
        let word_end = word_end(text, bytes, at, first_len);
        take(Token { start: at, end: word_end }, true);
        // Most words are followed by a space: step over it here.
        i = word_end + usize::from(bytes.get(word_end) == Some(&b' '));
    }
}

/// The end of the word that starts at `at` with `first_len` bytes of
/// letters or digits: one non-ASCII char, or a whole run of ASCII ones;
/// `bytes` is the text up to the end of the tokenized stretch.
#[inline(always)]
fn word_end(text: &str, bytes: &[u8], at: usize, first_len: usize) -> usize {
    let end = bytes.len();
    let mut word_end = at + first_len;
    // Letters in the current dot-separated piece ("U.S": 1, then 1).
    let mut piece_len = 1;
    if bytes[at] < 0x80 {
        piece_len = first_len;
    } else {
        word_end = ascii_alphanumeric_run_end(bytes, word_end);
        piece_len += word_end - at - first_len;
    }
    loop {
        // Here `word_end` is past a run of ASCII letters and digits.
        match bytes.get(word_end) {
            // Nothing can join the word, nor does it keep a mark after it.
            Some(&b) if b < 0x80 && !matches!(b, b'\'' | b'-' | b'.') => return word_end,
            Some(_) => {}
            None => break,
        }
        let Some((next, next_len)) = char_at(text, word_end) else { break };
        let after = word_end + next_len;
        let joined = if is_letter_or_digit(next) {
            true
        } else if joins_words(next) {
            is_alphanumeric_at(text, after, end)
        } else if next == '.' && piece_len == 1 {
            // U.S., a.m.: a stop between single letters.
            char_at(text, after).filter(|_| after < end).is_some_and(|(c, _)| is_letter(c))
                && !is_alphanumeric_at(text, after + char_at(text, after).map_or(1, |(_, l)| l), end)
        } else {
            false
        };
        if !joined {
            break;
        }
        piece_len = if next == '.' { 0 } else { piece_len + 1 };
        word_end += next_len;
        let run_end = ascii_alphanumeric_run_end(bytes, word_end);
        piece_len += run_end - word_end;
        word_end = run_end;
    }
    // A plural possessive keeps its apostrophe when a word follows:
    // "the pilots’ union".
    if let Some((_, mark_len)) =
        char_at(text, word_end).filter(|&(c, _)| word_end < end && matches!(c, '\u{2019}' | '\''))
    {
        let after = &text[word_end + mark_len..end];
        let plural = text[at..word_end].ends_with('s');
        if plural && after.starts_with(' ') && after.trim_start().starts_with(char::is_lowercase) {
            word_end += mark_len;
        }
    }
    // An abbreviation or initial keeps its full stop: "Sen.", "J.", "U.S.".
    if word_end < end && bytes[word_end] == b'.' && takes_its_stop(&text[at..word_end]) {
        word_end += 1;
    }
    word_end
}

/// The offset of the first byte at or after `from` that is no ASCII letter
/// or digit, or `bytes.len()`, eight bytes at a time.
#[inline(always)]
fn ascii_alphanumeric_run_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let outside = !ascii_alphanumeric_bytes(scan::load(chunk)) & HIGHS;
        if outside != 0 {
            return i + (outside.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        i += 1;
    }
    i
}

fn takes_its_stop(word: &str) -> bool {
    let mut chars = word.chars();
    let single_capital = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single_capital || word.contains('.') || crate::lexicon::abbreviations::is_abbreviation(word)
}

/// A word without the full stop an abbreviation keeps ("Sen." gives "Sen").
pub fn without_stop(word: &str) -> &str {
    word.strip_suffix('.').unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_digits_are_what_the_unicode_tables_say() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text, 0, text.len()).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_words_and_punctuation() {
        assert_eq!(texts("“No,” she said."), ["“", "No", ",", "”", "she", "said", "."]);
    }

    #[test]
    fn keeps_apostrophes_and_hyphens_inside_words() {
        assert_eq!(texts("can’t, Jean-Luc's 'x' -"), ["can’t", ",", "Jean-Luc's", "'", "x", "'", "-"]);
        assert_eq!(texts("the pilots’ union, the boss’ ”"), ["the", "pilots’", "union", ",", "the", "boss", "’", "”"]);
    }

    #[test]
    fn abbreviations_and_initials_keep_their_stop() {
        assert_eq!(texts("Sen. J. Smith of the U.S. said."), ["Sen.", "J.", "Smith", "of", "the", "U.S.", "said", "."]);
        assert_eq!(texts("at 9 a.m. today. Done."), ["at", "9", "a.m.", "today", ".", "Done", "."]);
    }

    #[test]
    fn letter_runs_end_where_a_byte_by_byte_search_ends_them() {
        for byte in 0..=255u8 {
            for at in 0..20 {
                let mut bytes = [b'k'; 20];
                bytes[at] = byte;
                for from in [0, at.saturating_sub(1), at] {
                    let naive = (from..bytes.len()).find(|&i| !bytes[i].is_ascii_alphanumeric()).unwrap_or(bytes.len());
                    assert_eq!(ascii_alphanumeric_run_end(&bytes, from), naive, "byte {byte} at {at} from {from}");
                }
            }
        }
    }

    #[test]
    fn words_end_at_the_end_of_the_stretch() {
        let text = "Sen. U.S. can’t pilots’ union";
        for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
            let tokens = tokenize(text, 0, end);
            assert!(tokens.iter().all(|t| t.end <= end), "{end}");
        }
        assert_eq!(texts("x\u{10}y 1\u{19}2 é-ß"), ["x", "\u{10}", "y", "1", "\u{19}", "2", "é-ß"]);
    }

    #[test]
    fn offsets_point_into_the_whole_text() {
        let text = "ab “cd”";
        let tokens = tokenize(text, 3, text.len());
        assert_eq!(tokens[1].text(text), "cd");
        assert_eq!(tokens[1].start, 6);
    }
}
