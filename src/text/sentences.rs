//! Sentences: takes the paragraphs, gives each paragraph's sentences.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis, carried on through any
//! closing quotation marks and brackets after it (`“We will.”` ends after the
//! mark), when white space and then something that can start a sentence
//! follow. A full stop is no end in an abbreviation (Mr., Sen., U.S., Jan. 5,
//! No. 3), an initial (J. R. R. Tolkien) or a number (3.5); a `?` or `!`
//! followed by a lower-case word (`“Why?” she asked.`) ends nothing.
//! Sentences never cross paragraphs.

use std::ops::Range;

use crate::lexicon::abbreviations;
use crate::parallel::Threads;
use crate::text::paragraphs::{is_padding, trim_padding, Para};
use crate::text::scan;

/// A sentence in byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
}

/// Splits every paragraph into sentences, in text order.
pub fn split(text: &str, paras: &[Para]) -> Vec<Sentence> {
    split_on(text, paras, Threads::ONE)
}

/// [`split`], the paragraphs, whose sentences are their own, cut into parts
/// on `threads`.
pub fn split_on(text: &str, paras: &[Para], threads: Threads) -> Vec<Sentence> {
    crate::text::paragraphs::in_parts(text, paras, threads, |part| split_part(text, paras, part))
}

/// The sentences of the paragraphs `part` (by index).
fn split_part(text: &str, paras: &[Para], part: Range<usize>) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    for (index, para) in paras.iter().enumerate().take(part.end).skip(part.start) {
        let mut start = para.start;
        boundaries(text, para.start, para.end, |end| {
            push(text, start, end, index, &mut sentences);
            start = end;
        });
        push(text, start, para.end, index, &mut sentences);
    }
    sentences
}

fn push(text: &str, start: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    // Most pieces are the spaces after a stop, then a sentence that ends
    // with its stop or closing mark.
    let (cut, trimmed) = trim_padding(&text[start..end]);
    let start = start + cut;
    let end = start + trimmed.len();
    if end > start {
        out.push(Sentence { start, end, paragraph });
    }
}

fn is_closer(ch: char) -> bool {
    matches!(ch, '"' | '\'' | '\u{201D}' | '\u{2019}' | '\u{BB}' | '\u{203A}' | '\u{201C}' | ')' | ']')
}

/// Calls `cut` with each byte offset where a sentence ends inside
/// `text[start..end]`, in order.
fn boundaries(text: &str, start: usize, end: usize, mut cut: impl FnMut(usize)) {
    let body = &text[start..end];
    let bytes = body.as_bytes();
    let mut offset = 0;
    loop {
        // Step to the next stop: '.', '!', '?' or '…' (E2 80 A6).
        offset = scan::find_where(bytes, offset, stop_candidates, |rest| {
            matches!(rest, [b'.' | b'!' | b'?', ..] | [0xE2, 0x80, 0xA6, ..])
        });
        // (find_where stops only at a stop, or at the end.)
        let Some(ch) = body.get(offset..).and_then(|rest| rest.chars().next()) else { break };
        // Carry on through further stops ("?!", "...") and closing marks.
        let mut end_of_sentence = offset + ch.len_utf8();
        let mut ellipsis = ch == '\u{2026}';
        for next in body[end_of_sentence..].chars() {
            if matches!(next, '.' | '!' | '?' | '\u{2026}') {
                ellipsis |= next == '.' || next == '\u{2026}';
            } else if !is_closer(next) {
                break;
            }
            end_of_sentence += next.len_utf8();
        }
        let stop = offset;
        offset = end_of_sentence;
        let rest = &body[end_of_sentence..];
        let after_space = rest.trim_start_matches(is_padding);
        if after_space.len() == rest.len() || after_space.is_empty() {
            continue; // No space after it ("3.5", "U.S.-led"), or the paragraph's end.
        }
        let next = after_space.chars().next().unwrap_or(' ');
        if next.is_lowercase() || matches!(next, '\u{2014}' | '\u{2013}' | '\u{2015}' | '-') {
            continue; // “Why?” she asked. / “Never give up.” —Churchill
        }
        if ch == '.' && !ellipsis && !ends_sentence_after_stop(&body[..stop], next, after_space) {
            continue;
        }
        if ellipsis && !next.is_uppercase() {
            continue;
        }
        cut(start + end_of_sentence);
    }
}

/// The bytes of eight (a little-endian word) that may be a stop, as high
/// bits: '.' and '?' found together (`| 0x11` makes both, and only '/' and
/// '>' besides, 0x3F), '!', and the bytes of every non-ASCII character,
/// among which the ellipsis.
#[inline(always)]
fn stop_candidates(word: u64) -> u64 {
    scan::bytes_equal(word | (scan::ONES * 0x11), 0x3F) | scan::bytes_equal(word, b'!') | word
}

/// Whether the full stop after `before` ends a sentence, given what
/// follows it (`after`, past white space) and its first character.
fn ends_sentence_after_stop(before: &str, next: char, after: &str) -> bool {
    // The word the stop ends: letters, digits and inner stops ("U.S").
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    let mut letters = word.chars();
    let single_letter = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    if single_letter {
        return false; // An initial: J. R. R. Tolkien.
    }
    if abbreviations::is_title(word) {
        return false; // Sen. Omar, Dr. Novak
    }
    if abbreviations::is_abbreviation(word) {
        // "the U.S. Department of Justice", "U.N. Security Council": a
        // country's or body's initials name what follows, unless a word
        // that opens sentences comes next ("in the U.S. The rest ...").
        if abbreviations::is_modifier(word) && next.is_uppercase() {
            let following = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            return crate::lexicon::words::is_sentence_starter(following);
        }
        // Jan. 5, No. 3; but "in the U.S. The" ends a sentence.
        return next.is_uppercase() || matches!(next, '“' | '"' | '‘');
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::paragraphs;

    fn sentences(text: &str) -> Vec<&str> {
        let paras = paragraphs::split(text);
        split(text, &paras).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn splits_at_stops_followed_by_a_capital() {
        assert_eq!(sentences("One here. Two there! Three? Four"), ["One here.", "Two there!", "Three?", "Four"]);
    }

    #[test]
    fn abbreviations_and_titles_do_not_end_sentences() {
        assert_eq!(
            sentences("Mr. Smith met Sen. Omar on Jan. 5 at No. 10 Downing St. in the U.K. capital."),
            ["Mr. Smith met Sen. Omar on Jan. 5 at No. 10 Downing St. in the U.K. capital."]
        );
        assert_eq!(sentences("He lives in the U.S. The rest do not."), ["He lives in the U.S.", "The rest do not."]);
        // A country's or body's initials before a name are no sentence's end.
        assert_eq!(
            sentences("The U.S. Department of Justice can step in, Wilcox said. He left."),
            ["The U.S. Department of Justice can step in, Wilcox said.", "He left."]
        );
        assert_eq!(
            sentences("Ask the U.N. Security Council. It meets."),
            ["Ask the U.N. Security Council.", "It meets."]
        );
        // Nor is a place's before its name.
        assert_eq!(sentences("He lived in Ft. Worth and Mt. Vernon."), ["He lived in Ft. Worth and Mt. Vernon."]);
        assert_eq!(sentences("It left the E.U. But trade went on."), ["It left the E.U.", "But trade went on."]);
    }

    #[test]
    fn initials_decimals_and_times_do_not_end_sentences() {
        assert_eq!(sentences("J. R. R. Tolkien wrote it."), ["J. R. R. Tolkien wrote it."]);
        assert_eq!(sentences("It rose 3.5 percent by 9 a.m. on Monday."), ["It rose 3.5 percent by 9 a.m. on Monday."]);
    }

    #[test]
    fn ellipses_end_a_sentence_only_before_a_capital() {
        assert_eq!(
            sentences("We waited... and waited. Then... Nothing."),
            ["We waited... and waited.", "Then...", "Nothing."]
        );
        assert_eq!(sentences("It was … fine … Really."), ["It was … fine …", "Really."]);
    }

    #[test]
    fn a_sentence_ends_after_its_closing_quotation_mark() {
        assert_eq!(
            sentences("“We will win.” Novak smiled. “Why?” she asked. \"Now.\" Done"),
            ["“We will win.”", "Novak smiled.", "“Why?” she asked.", "\"Now.\"", "Done"]
        );
    }

    #[test]
    fn sentences_stay_inside_their_paragraph() {
        let text = "First para ends\nSecond one. Two.";
        let paras = paragraphs::split(text);
        let found = split(text, &paras);
        assert_eq!(found.iter().map(|s| s.paragraph).collect::<Vec<_>>(), [0, 1, 1]);
    }
}
