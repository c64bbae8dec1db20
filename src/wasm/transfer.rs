//! The [`Analysis`] handed to JavaScript in three pieces, which `decode.js`
//! (beside this file) turns into the plain objects of the JSON form.
//!
//! Why not serde-wasm-bindgen, which converts value by value: every field it
//! sets is a call from wasm into JavaScript, and those calls were a third of
//! the time JavaScript waited for an analysis (135 of 543 ms for 10 MB of
//! news, 0.08 of 0.22 ms for a 5 KB article; BENCHMARKS.md). Packed, the
//! result crosses in three calls' worth of copying, and JavaScript builds the
//! objects itself at its own speed.
//!
//! The pieces:
//! - `words`: every number and every choice, in the order of the fields of
//!   the types in [`crate::analysis`] (the layout is below, in [`pack`]);
//! - `confidences`: each quote's confidence, as it is (an `f64`);
//! - `strings`: each quote's text, then each speaker's name and role, one
//!   after another; `words` gives each one's length in UTF-16 code units, the
//!   unit of JavaScript's `slice`.
//!
//! `decode.js` reads the words in the same order; a field added to a type
//! must be added to both, and `tests/web.rs` checks that the two produce
//! exactly the JSON form for every variant of every kind.

use crate::analysis::{Analysis, ParagraphKind, QuoteKind, Span, SpeakerKind, Unattributed};
use crate::offsets::utf16_len;

/// A missing value (`null` in JavaScript): no offset or index reaches it,
/// since wasm32 memory ends below 4 GiB.
pub const NONE: u32 = u32::MAX;

/// An analysis ready to hand to `decode.js`.
pub struct Packed {
    pub words: Vec<u32>,
    pub confidences: Vec<f64>,
    pub strings: String,
}

/// Packs `analysis`. The words are, in order:
///
/// - `version`, then the number of paragraphs, sentences, quotes and speakers;
/// - each paragraph: `start end kind`;
/// - each sentence: `start end paragraph`;
/// - each quote: `start end kind text-length paragraph speaker source cue
///   unattributed outside-article clause nested-count nested...`, where a
///   span is two words (`NONE NONE` for none) and a missing speaker or reason
///   is `NONE`;
/// - each speaker: `name-length kind role-length outside-article
///   mention-count mentions... quote-count quotes...`, with `NONE` for no
///   role.
///
/// Offsets and indices are `usize`, 32 bits on wasm32: `as u32` is exact
/// there. On a 64-bit target, a text over 4 GiB would not fit; only wasm32
/// calls this.
pub fn pack(analysis: &Analysis) -> Packed {
    let quote_words: usize = analysis.quotes.iter().map(|q| 15 + 2 * q.nested.len()).sum();
    let speaker_words: usize = analysis.speakers.iter().map(|s| 6 + 2 * s.mentions.len() + s.quotes.len()).sum();
    let strings_len: usize = analysis.quotes.iter().map(|q| q.text.len()).sum::<usize>()
        + analysis.speakers.iter().map(|s| s.name.len() + s.role.as_ref().map_or(0, String::len)).sum::<usize>();
    let mut packed = Packed {
        words: Vec::with_capacity(
            5 + 3 * (analysis.paragraphs.len() + analysis.sentences.len()) + quote_words + speaker_words,
        ),
        confidences: Vec::with_capacity(analysis.quotes.len()),
        strings: String::with_capacity(strings_len),
    };
    let words = &mut packed.words;
    words.extend([
        analysis.version,
        analysis.paragraphs.len() as u32,
        analysis.sentences.len() as u32,
        analysis.quotes.len() as u32,
        analysis.speakers.len() as u32,
    ]);
    for paragraph in &analysis.paragraphs {
        words.extend([paragraph.start as u32, paragraph.end as u32, paragraph_kind(paragraph.kind)]);
    }
    for sentence in &analysis.sentences {
        words.extend([sentence.start as u32, sentence.end as u32, sentence.paragraph as u32]);
    }
    for quote in &analysis.quotes {
        words.extend([
            quote.start as u32,
            quote.end as u32,
            quote_kind(quote.kind),
            utf16_len(&quote.text) as u32,
            quote.paragraph as u32,
            quote.speaker.map_or(NONE, |s| s as u32),
        ]);
        push_span(words, quote.source);
        push_span(words, quote.cue);
        words.extend([quote.unattributed.map_or(NONE, unattributed), u32::from(quote.outside_article)]);
        push_span(words, quote.clause);
        words.push(quote.nested.len() as u32);
        for &span in &quote.nested {
            push_span(words, Some(span));
        }
        packed.confidences.push(quote.confidence);
        packed.strings.push_str(&quote.text);
    }
    for speaker in &analysis.speakers {
        words.extend([
            utf16_len(&speaker.name) as u32,
            speaker_kind(speaker.kind),
            speaker.role.as_deref().map_or(NONE, |role| utf16_len(role) as u32),
            u32::from(speaker.outside_article),
            speaker.mentions.len() as u32,
        ]);
        for &span in &speaker.mentions {
            push_span(words, Some(span));
        }
        words.push(speaker.quotes.len() as u32);
        words.extend(speaker.quotes.iter().map(|&q| q as u32));
        packed.strings.push_str(&speaker.name);
        packed.strings.push_str(speaker.role.as_deref().unwrap_or(""));
    }
    packed
}

fn push_span(words: &mut Vec<u32>, span: Option<Span>) {
    match span {
        Some(span) => words.extend([span.start as u32, span.end as u32]),
        None => words.extend([NONE, NONE]),
    }
}

// The numbers of each kind index the tables of names at the top of
// decode.js; the matches are exhaustive, so a new variant cannot be forgotten
// here, and tests/web.rs checks every variant's name against the JSON form.

fn paragraph_kind(kind: ParagraphKind) -> u32 {
    match kind {
        ParagraphKind::Title => 0,
        ParagraphKind::Byline => 1,
        ParagraphKind::Body => 2,
        ParagraphKind::Caption => 3,
        ParagraphKind::Boilerplate => 4,
    }
}

fn quote_kind(kind: QuoteKind) -> u32 {
    match kind {
        QuoteKind::Direct => 0,
        QuoteKind::Indirect => 1,
    }
}

fn unattributed(reason: Unattributed) -> u32 {
    match reason {
        Unattributed::ScareQuote => 0,
        Unattributed::Title => 1,
        Unattributed::NotStated => 2,
    }
}

fn speaker_kind(kind: SpeakerKind) -> u32 {
    match kind {
        SpeakerKind::Person => 0,
        SpeakerKind::Organisation => 1,
        SpeakerKind::Unnamed => 2,
    }
}
