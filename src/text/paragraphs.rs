//! Paragraphs: the first stage. Takes the text, gives every non-blank line as
//! a paragraph with its kind (decided by [`crate::text::kinds`]).
//!
//! Pastes separate paragraphs by blank lines or by single newlines, with `\n`,
//! `\r\n` or `\r` endings, so every non-blank line is a paragraph. A
//! paragraph's span leaves out the line's leading and trailing white space
//! (tabs, non-breaking spaces, the `\r` of a `\r\n` ending), so no text is
//! lost: whatever lies between paragraphs is white space.

use std::ops::Range;

use crate::analysis::ParagraphKind;
use crate::parallel::Threads;
use crate::text::scan;

/// A paragraph in byte offsets, as the later stages use it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Para {
    pub start: usize,
    pub end: usize,
    pub kind: ParagraphKind,
}

/// Characters that make a line blank or pad it: Unicode white space, plus the
/// zero-width space and byte-order mark that pastes from web pages carry.
pub fn is_padding(ch: char) -> bool {
    ch.is_whitespace() || ch == '\u{200B}' || ch == '\u{FEFF}'
}

/// Splits `text` into paragraphs: every non-blank line, trimmed of padding.
pub fn split(text: &str) -> Vec<Para> {
    split_on(text, Threads::ONE)
}

/// [`split`], the kinds weighed on `threads`.
pub fn split_on(text: &str, threads: Threads) -> Vec<Para> {
    let mut paras = Vec::new();
    let bytes = text.as_bytes();
    let mut line_start = 0;
    loop {
        let i = scan::find_line_break(bytes, line_start);
        push_trimmed(text, line_start, i, &mut paras);
        if i == bytes.len() {
            break;
        }
        // A "\r\n" pair is one line ending.
        let crlf = bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n');
        line_start = i + 1 + usize::from(crlf);
    }
    crate::text::kinds::classify(text, &mut paras, threads);
    paras
}

/// Runs `work` on the paragraphs `paras` of `text` cut into parts on
/// `threads` (a part may start at any paragraph: for stages that read each
/// paragraph on its own) and joins what the parts give, in order.
pub fn in_parts<R: Send>(
    text: &str,
    paras: &[Para],
    threads: Threads,
    work: impl Fn(Range<usize>) -> Vec<R> + Sync,
) -> Vec<R> {
    let start_of = |i: usize| paras.get(i).map_or(text.len(), |p| p.start);
    crate::parallel::concat(threads.map(threads.cut(paras.len(), start_of, |_| true), work))
}

/// `piece` without its padding ([`is_padding`]) at either end, and how
/// many bytes were taken off its start. Most pieces (lines, sentences) are
/// plain spaces then a visible ASCII character, and end with one: those
/// are read as bytes, and only other ends trimmed by characters.
pub fn trim_padding(piece: &str) -> (usize, &str) {
    let visible = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b.is_ascii());
    let spaces = piece.bytes().take_while(|&b| b == b' ').count();
    let after_spaces = &piece[spaces..];
    let trimmed = if visible(after_spaces.as_bytes().first()) {
        after_spaces
    } else {
        after_spaces.trim_start_matches(is_padding)
    };
    let cut = piece.len() - trimmed.len();
    let trimmed = if visible(trimmed.as_bytes().last()) { trimmed } else { trimmed.trim_end_matches(is_padding) };
    (cut, trimmed)
}

fn push_trimmed(text: &str, start: usize, end: usize, paras: &mut Vec<Para>) {
    let (cut, trimmed) = trim_padding(&text[start..end]);
    let start = start + cut;
    if !trimmed.is_empty() {
        paras.push(Para { start, end: start + trimmed.len(), kind: ParagraphKind::Body });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        split(text).iter().map(|p| &text[p.start..p.end]).collect()
    }

    #[test]
    fn every_kind_of_line_ending_separates_paragraphs() {
        assert_eq!(spans("a\nb\r\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(spans("a\n\n\nb\r\n\r\nc"), ["a", "b", "c"]);
    }

    #[test]
    fn trims_padding_but_keeps_inner_spaces() {
        let text = "  \tOne line.\u{A0}\u{A0}\r\n\u{200B}\n two  words \t";
        assert_eq!(spans(text), ["One line.", "two  words"]);
    }

    #[test]
    fn blank_and_empty_texts_have_no_paragraphs() {
        assert!(split("").is_empty());
        assert!(split(" \n\r\n\t\u{A0}\n").is_empty());
    }

    #[test]
    fn paragraphs_get_kinds() {
        let paras = split("Port to reopen next week\n\nThe port will reopen next week, officials said on Monday.");
        assert_eq!(paras[0].kind, ParagraphKind::Title);
        assert_eq!(paras[1].kind, ParagraphKind::Body);
        // A lone paragraph is never a title.
        assert_eq!(split("Port to reopen")[0].kind, ParagraphKind::Body);
    }
}
