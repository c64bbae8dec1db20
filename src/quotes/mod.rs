//! Quotations: takes the text and its paragraphs, gives every direct quote,
//! its quotation marks paired within one paragraph.
//!
//! How it works:
//!
//! - A paragraph's primary marks are double (“ ” „ « » ‹ › and the straight
//!   `"`) when it has any, and single (‘ ’) otherwise, as in British news and
//!   in headlines. The other family, inside an open quote, marks a nested
//!   quote, which stays inside its outer quote (`Quote::nested`).
//! - A straight `"` opens or closes by where it stands; one that can only
//!   close, with nothing open, is stray and ignored.
//! - A right single mark inside a word (can’t, council’s), before a digit
//!   (’90s) or in rock ’n’ roll is an apostrophe; one after a plural noun
//!   (the students’ union) is one when another closing mark follows it.
//! - Marks are paired paragraph by paragraph, so a missing closing mark never
//!   swallows the rest of the article: a quote still open at a paragraph's
//!   end closes there. That is also the news convention for a quote that runs
//!   over several paragraphs (each opens with a mark, only the last closes):
//!   each paragraph's piece is a quote, linked by `continues`.

mod marks;

use std::ops::Range;

use crate::text::paragraphs::Para;
use crate::text::scan;
use marks::{Family, Mark};

/// A direct quote in byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// Left open at its paragraph's end with the next paragraph opening with
    /// the same quotation mark: the same quote goes on there.
    pub continues: bool,
    /// Quotes inside this one (single marks inside double, or the reverse).
    pub nested: Vec<(usize, usize)>,
}

/// Finds the direct quotes of every paragraph, in text order.
///
/// `paras` must be the paragraphs of the whole of `text`, as
/// [`crate::text::paragraphs::split`] gives them: only white space may lie
/// outside them. Whether the text quotes in British style is decided from
/// the marks inside the paragraphs, which are then all the text's marks.
pub fn find(text: &str, paras: &[Para]) -> Vec<QuoteSpan> {
    debug_assert!(covers_all_but_padding(text, paras), "paragraphs must cover the text");
    let mut quotes: Vec<QuoteSpan> = Vec::new();
    let (single_primary, found, summaries) = first_pass(text, paras);
    for (index, (para, summary)) in paras.iter().zip(summaries).enumerate() {
        // A paragraph without a quotation mark has no quote.
        if summary.marks.is_empty() {
            continue;
        }
        let first_of_paragraph = quotes.len();
        Scanner::new(text, para, index, single_primary).run(&found[summary.marks], summary.has_double, &mut quotes);
        // The previous paragraph's last quote continues here when it was left
        // open and this paragraph opens with a quote.
        if let (Some(first), Some(prev)) =
            (quotes.get(first_of_paragraph).map(|q| q.start), first_of_paragraph.checked_sub(1))
        {
            let same_mark = text[first..].chars().next() == text[quotes[prev].start..].chars().next();
            if first == para.start && same_mark && !quotes[prev].closed && quotes[prev].paragraph + 1 == index {
                quotes[prev].continues = true;
            }
        }
    }
    quotes
}

/// Whether `paras` are in text order, apart, and only white space lies
/// outside them: what [`find`] needs of them.
fn covers_all_but_padding(text: &str, paras: &[Para]) -> bool {
    let padding = |gap: Option<&str>| gap.is_some_and(|gap| gap.chars().all(crate::text::paragraphs::is_padding));
    let mut from = 0;
    for para in paras {
        if !padding(text.get(from..para.start)) || text.get(para.start..para.end).is_none() {
            return false;
        }
        from = para.end;
    }
    padding(text.get(from..))
}

/// What the first pass over a paragraph's marks learns for the second,
/// which pairs them: which of the text's marks are the paragraph's (found
/// once: the second pass reads no bytes), and whether one is double, which
/// makes double marks primary (that was a third reading).
struct MarkSummary {
    marks: Range<usize>,
    has_double: bool,
}

/// A character that may be a quotation mark, and where it is in the text.
type FoundMark = (usize, char);

/// The first pass over the text's possible marks: whether the text quotes
/// with single marks first and double ones inside them (British style):
/// more opening single marks than double ones, or as many with a single one
/// first; the text's characters that may be quotation marks; and each
/// paragraph's [`MarkSummary`]. Only white space lies between paragraphs
/// (see [`find`]), so their marks are all the text's.
fn first_pass(text: &str, paras: &[Para]) -> (bool, Vec<FoundMark>, Vec<MarkSummary>) {
    let (mut singles, mut doubles, mut straight) = (0, 0, 0);
    let mut first_single = None;
    let mut found = Vec::new();
    let mut summaries = Vec::with_capacity(paras.len());
    for para in paras {
        let body = &text[para.start..para.end];
        let first = found.len();
        let mut has_double = false;
        for (offset, ch) in possible_marks(body) {
            // Letters and dashes beyond ASCII (é, —) are no marks.
            if !marks::may_be_mark(ch) {
                continue;
            }
            found.push((para.start + offset, ch));
            has_double = has_double || marks::is_double(ch);
            if ch == crate::lexicon::marks::SINGLE_OPEN {
                singles += 1;
                first_single.get_or_insert(true);
            } else if ch == '"' {
                straight += 1;
                first_single.get_or_insert(false);
            } else if crate::lexicon::marks::style_opened_by(ch).is_some() {
                doubles += 1;
                first_single.get_or_insert(false);
            }
        }
        summaries.push(MarkSummary { marks: first..found.len(), has_double });
    }
    let doubles = doubles + straight / 2;
    (singles > doubles || (singles > 0 && singles == doubles && first_single == Some(true)), found, summaries)
}

/// The characters of `text` that can be quotation marks ('"' and every
/// non-ASCII one), with their byte offsets: the rest is stepped over eight
/// bytes at a time.
fn possible_marks(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        // From a character boundary, the first '"' or non-ASCII byte starts a character.
        at = scan::find(bytes, at, b"\"", true);
        let ch = text.get(at..)?.chars().next()?;
        at += ch.len_utf8();
        Some((at - ch.len_utf8(), ch))
    })
}

/// An open quote: where its mark starts, how long the mark is, what closes it.
#[derive(Clone, Copy)]
struct Open {
    start: usize,
    mark_len: usize,
    mark: Mark,
}

struct Scanner<'t> {
    text: &'t str,
    para: &'t Para,
    paragraph: usize,
    /// Whether the whole text quotes with single marks first ([`first_pass`]):
    /// then single marks are primary in every paragraph; otherwise double
    /// ones are where the paragraph has any ([`Scanner::run`]).
    single_primary: bool,
    primary: Family,
    outer: Option<Open>,
    inner: Option<Open>,
    nested: Vec<(usize, usize)>,
}

impl<'t> Scanner<'t> {
    fn new(text: &'t str, para: &'t Para, paragraph: usize, single_primary: bool) -> Self {
        Scanner {
            text,
            para,
            paragraph,
            single_primary,
            primary: Family::Single,
            outer: None,
            inner: None,
            nested: Vec::new(),
        }
    }

    /// Pairs the paragraph's `found` marks, in order; `has_double` says
    /// whether one is a double mark: double marks are primary where the
    /// paragraph has any.
    fn run(mut self, found: &[FoundMark], has_double: bool, out: &mut Vec<QuoteSpan>) {
        self.primary = if !self.single_primary && has_double { Family::Double } else { Family::Single };
        for &(at, ch) in found {
            let Some(mark) = marks::classify(self.text, self.para.start, self.para.end, at, ch) else {
                continue;
            };
            self.step(at, ch.len_utf8(), mark, out);
        }
        if let Some(open) = self.outer.take() {
            if let Some(inner) = self.inner.take() {
                self.nested.push((inner.start, self.para.end));
            }
            self.emit(open, self.para.end, self.para.end, false, out);
        }
    }

    fn step(&mut self, at: usize, len: usize, mark: Mark, out: &mut Vec<QuoteSpan>) {
        match (self.outer, self.inner) {
            (Some(outer), Some(inner)) => {
                if mark.closes(&inner.mark) {
                    self.nested.push((inner.start, at + len));
                    self.inner = None;
                } else if mark.closes(&outer.mark) {
                    // The nested quote was never closed; the outer one ends.
                    self.nested.push((inner.start, at));
                    self.inner = None;
                    self.outer = None;
                    self.emit(outer, at, at + len, true, out);
                }
            }
            (Some(outer), None) => {
                if mark.closes(&outer.mark) {
                    self.outer = None;
                    self.emit(outer, at, at + len, true, out);
                } else if mark.family() == self.primary && mark.opens() && mark.same_style(&outer.mark) {
                    // A second opening mark of the same style: the first quote
                    // was never closed. End it here and start again.
                    self.emit(outer, at, at, false, out);
                    self.outer = Some(Open { start: at, mark_len: len, mark });
                } else if mark.family() != self.primary && mark.opens() {
                    self.inner = Some(Open { start: at, mark_len: len, mark });
                }
            }
            (None, _) => {
                // A closing mark with nothing open is stray and ignored.
                if mark.family() == self.primary && mark.opens() {
                    self.outer = Some(Open { start: at, mark_len: len, mark });
                }
            }
        }
    }

    fn emit(&mut self, open: Open, inner_end: usize, end: usize, closed: bool, out: &mut Vec<QuoteSpan>) {
        let inner_start = open.start + open.mark_len;
        let nested = std::mem::take(&mut self.nested);
        // A pair of marks with nothing but space between them is no quote.
        if self.text[inner_start..inner_end].trim().is_empty() {
            return;
        }
        out.push(QuoteSpan {
            start: open.start,
            end,
            inner_start,
            inner_end,
            paragraph: self.paragraph,
            closed,
            continues: false,
            nested,
        });
    }
}

/// Short, every word capitalised: “Saturday Night Live”, “Succession”.
pub fn looks_like_a_title(inner: &str) -> bool {
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    // Most quotes open with a word in lower case or a mark: turned away
    // before any word is split off (every quote of a frame is asked).
    if !capitalised(inner.trim_start()) {
        return false;
    }
    let small = |w: &str| crate::lexicon::quoting::TITLE_SMALL_WORDS.contains(&w);
    // One to eight words, the first capitalised, the others capitalised or
    // small; counted without collecting, as every unattributed quote asks.
    let mut words = 0;
    for word in inner.split_whitespace() {
        words += 1;
        if words > 8 || !(capitalised(word) || words > 1 && small(word)) {
            return false;
        }
    }
    // (At least one word: the first was found capitalised above.)
    let inner = inner.trim_end();
    !inner.trim_end_matches(['.', ',']).contains(['.', '!', '?', ',', ';', ':']) && !inner.ends_with(['!', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::paragraphs;

    fn found(text: &str) -> Vec<QuoteSpan> {
        find(text, &paragraphs::split(text))
    }

    fn quoted(text: &str) -> Vec<&str> {
        found(text).iter().map(|q| &text[q.inner_start..q.inner_end]).collect()
    }

    #[test]
    fn split_paragraphs_cover_all_but_padding_and_a_part_does_not() {
        let text = " \u{FEFF}‘One,’ she said.\r\n\n\t“Two.”\u{A0}";
        let paras = paragraphs::split(text);
        assert!(covers_all_but_padding(text, &paras));
        assert!(!covers_all_but_padding(text, &paras[1..]));
        assert!(!covers_all_but_padding(text, &paras[..1]));
    }

    #[test]
    fn pairs_every_double_style() {
        assert_eq!(quoted("“Curly,” she said."), ["Curly,"]);
        assert_eq!(quoted("He said \"straight\" twice."), ["straight"]);
        assert_eq!(quoted("„Deutsch“ und „Polski”"), ["Deutsch", "Polski"]);
        assert_eq!(quoted("« Bonjour » et ‹ salut ›"), [" Bonjour ", " salut "]);
    }

    #[test]
    fn straight_marks_take_their_direction_from_where_they_stand() {
        // The first mark can only close: nothing is open, so it is stray.
        assert_eq!(quoted("It was 6\" long and \"fine,\" he said."), ["fine,"]);
        assert_eq!(quoted("\"One,\" he said, \"two.\""), ["One,", "two."]);
    }

    #[test]
    fn single_marks_are_quotes_where_a_paragraph_has_no_double_ones() {
        assert_eq!(quoted("‘We can’t wait,’ said the students’ union leader."), ["We can’t wait,"]);
        assert_eq!(quoted("Headline: Minister’s ‘fair start’ on ’90s rock ’n’ roll"), ["fair start"]);
        assert_eq!(quoted("‘The students’ union is ours,’ she said."), ["The students’ union is ours,"]);
    }

    #[test]
    fn nested_quotes_stay_inside_their_outer_quote() {
        let text = "“He told me ‘never again’ and left,” she said. “Go.”";
        let quotes = found(text);
        assert_eq!(quotes.len(), 2, "the single-marked quote is nested, not a quote of its own");
        let (s, e) = quotes[0].nested[0];
        assert_eq!(&text[s..e], "‘never again’");
        let british = "‘Say “no” to them,’ he wrote.";
        let quotes = found(british);
        assert_eq!(quotes.len(), 1);
        assert_eq!(&british[quotes[0].nested[0].0..quotes[0].nested[0].1], "“no”");
    }

    #[test]
    fn a_quote_over_several_paragraphs_is_linked_piece_by_piece() {
        let text = "“We will win.\n“And we will do it soon,” she said.\nNo quote here.";
        assert_eq!(quoted(text), ["We will win.", "And we will do it soon,"]);
        let quotes = found(text);
        assert!(!quotes[0].closed && quotes[0].continues);
        assert!(quotes[1].closed && !quotes[1].continues);
        assert_eq!(quotes[0].end, paragraphs::split(text)[0].end);
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_paragraph_and_does_not_swallow_the_next() {
        let text = "He said “we will win\nThe next paragraph has “its own” quote.";
        assert_eq!(quoted(text), ["we will win", "its own"]);
        assert!(!found(text)[0].continues);
    }

    #[test]
    fn a_second_opening_mark_restarts_the_quote() {
        assert_eq!(quoted("“One “two” three"), ["One ", "two"]);
    }

    #[test]
    fn stray_closing_marks_and_empty_pairs_are_not_quotes() {
        assert!(quoted("A stray ” mark and “” nothing “ ”.").is_empty());
    }
}
