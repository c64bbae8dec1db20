//! article-analyzer reads a news article and tells who said what.
//!
//! [`analyze`] runs a one-way pipeline, each stage a module that takes what
//! the earlier ones gave and never reaches back:
//!
//! 1. [`text::paragraphs`]: every non-blank line, with its kind;
//! 2. [`quotes`]: quotation marks paired into quotes, within a paragraph;
//! 3. [`attribution`]: each quote's source mention and reporting word;
//! 4. [`speakers`]: mentions merged into one speaker per person;
//! 5. the [`Analysis`], with every offset converted from bytes to UTF-16 code
//!    units so that JavaScript's `text.slice(start, end)` is exact.
//!
//! ```
//! let text = "Port to reopen\n\n“We will open on Monday,” said Elena Novak.";
//! let analysis = article_analyzer::analyze(text);
//! let quote = &analysis.quotes[0];
//! assert_eq!(quote.text, "We will open on Monday,");
//! let speaker = &analysis.speakers[quote.speaker.unwrap()];
//! assert_eq!(speaker.name, "Elena Novak");
//! ```

pub mod analysis;
pub mod attribution;
pub mod lexicon;
pub mod offsets;
pub mod quotes;
pub mod speakers;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{Analysis, Paragraph, ParagraphKind, Quote, QuoteKind, Span, Speaker, FORMAT_VERSION};

use offsets::Utf16Cursor;

/// The version of this crate (and of the npm package built from it).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Finds the paragraphs and quotations of `text` and who said each quote.
pub fn analyze(text: &str) -> Analysis {
    let paras = text::paragraphs::split(text);
    let quote_spans = quotes::find(text, &paras);
    let attributions = attribution::attribute(text, &paras, &quote_spans);
    let merged = speakers::merge(text, &attributions);

    let mut at = Utf16Cursor::new(text);
    let paragraphs = paras
        .iter()
        .map(|p| Paragraph { start: at.to_utf16(p.start), end: at.to_utf16(p.end), kind: p.kind })
        .collect();
    let mut span = |r: &std::ops::Range<usize>| Span { start: at.to_utf16(r.start), end: at.to_utf16(r.end) };
    let quotes = quote_spans
        .iter()
        .zip(&attributions)
        .zip(&merged.of_quote)
        .map(|((q, a), &speaker)| {
            let whole = span(&(q.start..q.end));
            Quote {
                start: whole.start,
                end: whole.end,
                kind: QuoteKind::Direct,
                text: text[q.inner_start..q.inner_end].to_string(),
                paragraph: q.paragraph,
                speaker,
                source: a.source.as_ref().map(&mut span),
                cue: a.cue.as_ref().map(&mut span),
            }
        })
        .collect();
    let speakers = merged
        .speakers
        .iter()
        .enumerate()
        .map(|(index, s)| Speaker {
            name: s.name.clone(),
            mentions: s.mentions.iter().map(&mut span).collect(),
            quotes: merged.of_quote.iter().enumerate().filter(|(_, &q)| q == Some(index)).map(|(i, _)| i).collect(),
        })
        .collect();
    Analysis { version: FORMAT_VERSION, paragraphs, quotes, speakers }
}
