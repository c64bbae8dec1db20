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
//! On a long text, natively, the stages that are maps (over paragraphs,
//! sentences or frames) run in parts on the machine's cores, and stages that
//! do not read each other's output run side by side ([`parallel`]); the
//! result is the same on any number of threads.
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
pub mod parallel;
pub mod quotes;
pub mod speakers;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{
    Analysis, Paragraph, ParagraphKind, Quote, QuoteKind, Sentence, Span, Speaker, SpeakerKind, Unattributed,
    FORMAT_VERSION,
};

use attribution::Attribution;
use offsets::Utf16Index;

/// The version of this crate (and of the npm package built from it).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Finds the paragraphs, sentences and quotations of `text` and who said each
/// quote.
pub fn analyze(text: &str) -> Analysis {
    analyze_on(text, parallel::Threads::for_text(text.len()))
}

/// [`analyze`] on the number of threads given. The result is the same
/// whatever the number: each stage that runs on several threads cuts its
/// work where nothing carries over from one part to the next.
pub fn analyze_on(text: &str, threads: parallel::Threads) -> Analysis {
    let paras = text::paragraphs::split_on(text, threads);
    // Quotes are paired in one pass (a quote may run on into the next
    // paragraph), beside the sentences, found paragraph by paragraph.
    let (quote_spans, sentence_spans) =
        threads.join(|| quotes::find(text, &paras), || text::sentences::split_on(text, &paras, threads));
    let frames = attribution::frames::build_on(text, &sentence_spans, &quote_spans, threads);
    // Direct quotes are attributed in order (a quote may continue the one
    // before it), beside the mentions and reported clauses, which are found
    // frame by frame, in parts.
    let (mut attributions, (mentions, mut reported)) = threads.join(
        || attribution::attribute(text, &frames, &quote_spans),
        || {
            let parts = threads.map(frames.parts(threads), |part| {
                let mentions = attribution::mentions::find_in(text, &frames, part.clone());
                (mentions, attribution::reported::find_in(text, &frames, &quote_spans, part))
            });
            let (mentions, reported): (Vec<_>, Vec<_>) = parts.into_iter().unzip();
            (attribution::mentions::Mentions::concat(mentions), parallel::concat(reported))
        },
    );
    // A clause holding a direct quote (a mixed quote) is that quote's
    // clause; only clauses without one are reported speech of their own.
    // Each direct quote's reported clause, when it stands in one.
    let mut clause_of: Vec<Option<std::ops::Range<usize>>> = vec![None; quote_spans.len()];
    for clause in &reported {
        for &q in &clause.quotes {
            clause_of[q].get_or_insert_with(|| clause.content.clone());
        }
    }
    reported.retain(|r| r.quotes.is_empty()); // in place: the list is long

    // Reported speech is attributed after the direct quotes, in one list.
    attributions.extend(reported.iter().map(|r| Attribution::Stated {
        source: r.source.clone(),
        cue: Some(r.cue.clone()),
        pattern: attribution::patterns::Pattern::Reported,
    }));
    // The frames, the largest intermediate, are read no more.
    drop(frames);
    // While the last steps of merging speakers go in order on a thread of
    // their own, the parts of the result that need no speaker are built on
    // this one: the UTF-16 offsets of the text, the paragraphs, the
    // sentences, and each quote's text and offsets. Each quote's speaker
    // is settled after.
    let (merged, (at, paragraphs, sentences, mut quotes, order)) =
        speakers::merge_on(text, &mentions, &attributions, threads, || {
            let at = Utf16Index::new(text);
            let paragraphs: Vec<Paragraph> = paras
                .iter()
                .map(|p| Paragraph { start: at.to_utf16(p.start), end: at.to_utf16(p.end), kind: p.kind })
                .collect();
            let sentences: Vec<Sentence> = sentence_spans
                .iter()
                .map(|s| Sentence { start: at.to_utf16(s.start), end: at.to_utf16(s.end), paragraph: s.paragraph })
                .collect();
            let (quotes, order) = quotes_in_text_order(text, &at, &paras, &quote_spans, &reported, &clause_of);
            (at, paragraphs, sentences, quotes, order)
        });

    // Each quote's speaker, and what rests on it.
    let span = |r: &std::ops::Range<usize>| utf16_span(&at, r);
    for (index, &place) in order.iter().enumerate() {
        let quote = &mut quotes[place];
        let speaker = merged.of_quote[index];
        quote.speaker = speaker;
        quote.confidence = if speaker.is_some() { attributions[index].confidence() } else { 0.0 };
        if quote.kind == QuoteKind::Indirect {
            quote.unattributed = speaker.is_none().then_some(Unattributed::NotStated);
            continue;
        }
        // The source and cue are those of the quote its chain starts from;
        // a guess the speakers stage did not confirm names nobody.
        let origin = &attributions[attribution::origin(&attributions, index)];
        let unconfirmed = speaker.is_none() && origin.is_guess();
        if let (false, Attribution::Stated { source, cue, .. }) = (unconfirmed, origin) {
            quote.source = Some(span(source));
            quote.cue = cue.as_ref().map(span);
        }
        quote.unattributed = match (&attributions[index], speaker) {
            (_, Some(_)) => None,
            (Attribution::None(why), None) => Some(*why),
            (_, None) => Some(Unattributed::NotStated),
        };
    }
    // Each speaker's quotes, in one pass over the quotes.
    let mut quotes_of: Vec<Vec<usize>> = vec![Vec::new(); merged.speakers.len()];
    for (quote, speaker) in merged.of_quote.iter().enumerate() {
        if let Some(speaker) = speaker {
            quotes_of[*speaker].push(order[quote]);
        }
    }
    for own in &mut quotes_of {
        own.sort_unstable();
    }
    let speakers = merged
        .speakers
        .iter()
        .zip(quotes_of)
        .map(|(s, own)| {
            let outside_article = own.iter().all(|&q| quotes[q].outside_article);
            Speaker {
                name: s.name.clone(),
                kind: s.kind,
                role: s.role.clone(),
                mentions: s.mentions.iter().map(&span).collect(),
                quotes: own,
                outside_article,
            }
        })
        .collect();
    Analysis { version: FORMAT_VERSION, paragraphs, sentences, quotes, speakers }
}

/// Every quote of the result, direct and reported, in text order, and for
/// each quote by its number in the stages (which number the direct quotes
/// first) its place in that order. What rests on a quote's speaker is left for the caller to
/// settle: `speaker`, `confidence` and `unattributed` (here `None` and 0),
/// and a direct quote's `source` and `cue` (here `None`).
fn quotes_in_text_order(
    text: &str,
    at: &Utf16Index,
    paras: &[text::paragraphs::Para],
    quote_spans: &[quotes::QuoteSpan],
    reported: &[attribution::reported::Reported],
    clause_of: &[Option<std::ops::Range<usize>>],
) -> (Vec<Quote>, Vec<usize>) {
    let direct_count = quote_spans.len();
    let span = |r: &std::ops::Range<usize>| utf16_span(at, r);
    // `by_place` lists the quotes' numbers in the result's order: ordering
    // the numbers first builds each quote once, in place.
    let bounds = |i: usize| match i.checked_sub(direct_count) {
        Some(k) => (reported[k].content.start, reported[k].content.end),
        None => (quote_spans[i].start, quote_spans[i].end),
    };
    let mut by_place: Vec<usize> = (0..direct_count + reported.len()).collect();
    by_place.sort_by_key(|&i| (bounds(i), i));
    // Built in one pass into the result's list: building in parts on
    // threads and joining them copied every quote again, which cost more
    // than it gained where quotes are dense.
    let quotes = by_place
        .iter()
        .map(|&i| match i.checked_sub(direct_count) {
            None => {
                let q = &quote_spans[i];
                let whole = span(&(q.start..q.end));
                Quote {
                    start: whole.start,
                    end: whole.end,
                    kind: QuoteKind::Direct,
                    text: text[q.inner_start..q.inner_end].to_string(),
                    paragraph: q.paragraph,
                    speaker: None,
                    source: None,
                    cue: None,
                    confidence: 0.0,
                    unattributed: None,
                    nested: q.nested.iter().map(|&(s, e)| span(&(s..e))).collect(),
                    outside_article: !is_article(paras[q.paragraph].kind),
                    clause: clause_of[i].as_ref().map(span),
                }
            }
            Some(k) => {
                let r = &reported[k];
                let content = span(&r.content);
                Quote {
                    start: content.start,
                    end: content.end,
                    kind: QuoteKind::Indirect,
                    text: text[r.content.clone()].to_string(),
                    paragraph: r.paragraph,
                    speaker: None,
                    source: Some(span(&r.source)),
                    cue: Some(span(&r.cue)),
                    confidence: 0.0,
                    unattributed: None,
                    nested: Vec::new(),
                    outside_article: !is_article(paras[r.paragraph].kind),
                    clause: None,
                }
            }
        })
        .collect();
    let mut order = vec![0; by_place.len()];
    for (place, &i) in by_place.iter().enumerate() {
        order[i] = place;
    }
    (quotes, order)
}

/// `r`, a range of bytes of the text, in the UTF-16 offsets of the result.
fn utf16_span(at: &Utf16Index, r: &std::ops::Range<usize>) -> Span {
    Span { start: at.to_utf16(r.start), end: at.to_utf16(r.end) }
}

/// Whether a paragraph of this kind is the article's own text.
fn is_article(kind: ParagraphKind) -> bool {
    !matches!(kind, ParagraphKind::Boilerplate | ParagraphKind::Caption)
}
