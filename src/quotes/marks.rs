//! What one quotation mark can do where it stands: open, close, or neither
//! (an apostrophe, a stray mark). The styles themselves are data in
//! [`crate::lexicon::marks`].

use crate::lexicon::marks::{self as styles, SINGLE_CLOSE, SINGLE_OPEN};
use crate::text::words::is_letter_or_digit;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Double,
    Single,
}

/// A quotation mark and the roles its place allows.
#[derive(Debug, Clone, Copy)]
pub struct Mark {
    ch: char,
    family: Family,
    can_open: bool,
    can_close: bool,
}

impl Mark {
    pub fn family(&self) -> Family {
        self.family
    }

    pub fn opens(&self) -> bool {
        self.can_open
    }

    /// Whether this mark closes a quote that `open` opened (asked of every
    /// mark while a quote is open: inlined into the loop that pairs them).
    #[inline(always)]
    pub fn closes(&self, open: &Mark) -> bool {
        self.can_close
            && match open.family {
                Family::Double => styles::style_opened_by(open.ch).is_some_and(|s| s.close.contains(&self.ch)),
                Family::Single => self.family == Family::Single,
            }
    }

    pub fn same_style(&self, other: &Mark) -> bool {
        self.ch == other.ch
    }
}

pub fn is_double(ch: char) -> bool {
    styles::is_double_mark(ch)
}

/// Whether `ch` may be a quotation mark somewhere ([`classify`] gives
/// `None` for every other character, wherever it stands).
pub fn may_be_mark(ch: char) -> bool {
    ch == '"' || ch == SINGLE_OPEN || ch == SINGLE_CLOSE || is_double(ch)
}

/// The mark `ch` at byte `at` of the paragraph `[start, end)`, or `None` when
/// it is no quotation mark there.
pub fn classify(text: &str, start: usize, end: usize, at: usize, ch: char) -> Option<Mark> {
    let before = text[start..at].chars().next_back();
    let after = text[at + ch.len_utf8()..end].chars().next();
    if ch == '"' {
        // Flanking, as in CommonMark: a mark with a word after it can open,
        // one with a word before it can close; one with both or neither can
        // do either.
        let opens = after.is_some_and(|c| !c.is_whitespace());
        let closes = before.is_some_and(|c| !c.is_whitespace() && !is_opening_punctuation(c));
        let either = opens == closes;
        return Some(Mark { ch, family: Family::Double, can_open: opens || either, can_close: closes || either });
    }
    if is_double(ch) {
        let can_open = styles::style_opened_by(ch).is_some();
        let can_close = styles::DOUBLE_STYLES.iter().any(|s| s.close.contains(&ch));
        return Some(Mark { ch, family: Family::Double, can_open, can_close });
    }
    if ch == SINGLE_OPEN {
        // ‘90s written with the wrong mark is an apostrophe.
        let can_open = !after.is_some_and(|c| c.is_ascii_digit());
        return can_open.then_some(Mark { ch, family: Family::Single, can_open, can_close: false });
    }
    if ch == SINGLE_CLOSE {
        let inside_word = after.is_some_and(is_letter_or_digit);
        let after_space = before.is_none_or(char::is_whitespace);
        if inside_word || after_space || is_plural_possessive(text, end, at, before) {
            return None;
        }
        return Some(Mark { ch, family: Family::Single, can_open: false, can_close: true });
    }
    None
}

fn is_opening_punctuation(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '/')
}

/// The students’ union: a mark after an "s" is an apostrophe when another
/// closing mark follows before any new quote opens.
fn is_plural_possessive(text: &str, end: usize, at: usize, before: Option<char>) -> bool {
    if !matches!(before, Some('s' | 'S')) {
        return false;
    }
    let rest = &text[at + SINGLE_CLOSE.len_utf8()..end];
    let mut prev = SINGLE_CLOSE;
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        if c == SINGLE_OPEN {
            return false;
        }
        if c == SINGLE_CLOSE && !prev.is_whitespace() && !chars.peek().is_some_and(|&n| is_letter_or_digit(n)) {
            return true;
        }
        prev = c;
    }
    false
}
