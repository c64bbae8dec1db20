//! Quotations: takes the text and its paragraphs, gives every direct quote,
//! its quotation marks paired within one paragraph.
//!
//! Marks are paired paragraph by paragraph, so a missing closing mark can
//! never swallow the rest of the article: a quote still open at a paragraph's
//! end closes there. That is also the news convention for a quote that runs
//! over several paragraphs (each paragraph opens with a mark, only the last
//! closes), so each paragraph's piece is a quote of its own.

use crate::lexicon::marks::{self, QuoteStyle};
use crate::text::paragraphs::Para;

/// A direct quote in byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// From the opening mark to just after the closing mark (or to the end of
    /// the paragraph when the quote is left open there).
    pub start: usize,
    pub end: usize,
    /// The quoted words, inside the marks.
    pub inner_start: usize,
    pub inner_end: usize,
    /// Index of the paragraph that holds it.
    pub paragraph: usize,
    /// Whether a closing mark ends it (false: open at the paragraph's end).
    pub closed: bool,
}

/// Finds the direct quotes of every paragraph, in text order.
pub fn find(text: &str, paras: &[Para]) -> Vec<QuoteSpan> {
    let mut quotes = Vec::new();
    for (index, para) in paras.iter().enumerate() {
        find_in_paragraph(text, para, index, &mut quotes);
    }
    quotes
}

fn find_in_paragraph(text: &str, para: &Para, paragraph: usize, out: &mut Vec<QuoteSpan>) {
    let body = &text[para.start..para.end];
    // The open quote: where its mark starts, the mark's length, its style.
    let mut open: Option<(usize, usize, &QuoteStyle)> = None;
    for (offset, ch) in body.char_indices() {
        if !marks::is_double_mark(ch) {
            continue;
        }
        let at = para.start + offset;
        match open {
            Some((start, mark_len, style)) if style.close.contains(&ch) => {
                out.push(quote(start, mark_len, at, at + ch.len_utf8(), paragraph, true));
                open = None;
            }
            Some((start, mark_len, style)) if style.open == ch => {
                // A second opening mark of the same style: the first quote was
                // never closed. End it here and start again.
                out.push(quote(start, mark_len, at, at, paragraph, false));
                open = Some((at, ch.len_utf8(), style));
            }
            Some(_) => {} // A mark of another style inside the quote.
            None => {
                // A closing mark with nothing open is stray and ignored.
                open = marks::style_opened_by(ch).map(|style| (at, ch.len_utf8(), style));
            }
        }
    }
    if let Some((start, mark_len, _)) = open {
        out.push(quote(start, mark_len, para.end, para.end, paragraph, false));
    }
    // A pair of marks with nothing between them is no quote.
    out.retain(|q| q.paragraph != paragraph || q.inner_end > q.inner_start);
}

fn quote(
    start: usize,
    mark_len: usize,
    inner_end: usize,
    end: usize,
    paragraph: usize,
    closed: bool,
) -> QuoteSpan {
    QuoteSpan { start, end, inner_start: start + mark_len, inner_end, paragraph, closed }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::paragraphs;

    fn quoted(text: &str) -> Vec<&str> {
        let paras = paragraphs::split(text);
        find(text, &paras).iter().map(|q| &text[q.inner_start..q.inner_end]).collect()
    }

    #[test]
    fn pairs_every_double_style() {
        assert_eq!(quoted("“Curly,” she said."), ["Curly,"]);
        assert_eq!(quoted("He said \"straight\" twice."), ["straight"]);
        assert_eq!(quoted("„Deutsch“ und „Polski”"), ["Deutsch", "Polski"]);
        assert_eq!(quoted("« Bonjour » et ‹ salut ›"), [" Bonjour ", " salut "]);
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_paragraph() {
        let text = "“We will win.\n“And we will do it soon,” she said.\nNo quote here.";
        assert_eq!(quoted(text), ["We will win.", "And we will do it soon,"]);
        let paras = paragraphs::split(text);
        let quotes = find(text, &paras);
        assert!(!quotes[0].closed);
        assert!(quotes[1].closed);
        assert_eq!(quotes[0].end, paras[0].end);
    }

    #[test]
    fn a_second_opening_mark_restarts_the_quote() {
        assert_eq!(quoted("“One “two” three"), ["One ", "two"]);
    }

    #[test]
    fn stray_closing_marks_and_empty_pairs_are_not_quotes() {
        assert!(quoted("A stray ” mark and “” nothing.").is_empty());
    }
}
