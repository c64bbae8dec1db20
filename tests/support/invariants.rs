//! What every [`Analysis`] must satisfy, whatever text it came from.
//!
//! [`check`] returns `Err` naming the first broken invariant, with the
//! offending item and a short excerpt of the text. It is shared by the
//! property tests (`tests/properties.rs`) and the fuzz target
//! (`fuzz/fuzz_targets/analyze.rs`, which includes this file by `#[path]`), so
//! it depends on nothing but the public result types and the standard library.
//!
//! Why these: embedders slice the text with the result's offsets
//! (JavaScript's `text.slice(start, end)`) and index arrays with its indices.
//! An offset inside a surrogate pair, past the end or backwards, or an index
//! that points nowhere, breaks the page or the embedder, not just the answer.
//! So, all offsets being UTF-16 code units into `text`:
//!
//! 1. **offsets**: every span (paragraphs, sentences, quotes, a quote's source
//!    and cue, nested spans, speaker mentions) has `start <= end`, lies inside
//!    the text and starts and ends on a character boundary (not between the
//!    two halves of a surrogate pair);
//! 2. **paragraphs**: in order, not overlapping, not empty, and covering every
//!    non-blank line. A line ends at `\n`, `\r\n` or `\r` (only those, as in
//!    `src/text/paragraphs.rs`: U+2028 and U+0085 do not end a line); it is
//!    blank when it holds nothing but padding, which is what
//!    `text::paragraphs::is_padding` says: `char::is_whitespace`, U+200B and
//!    U+FEFF;
//! 3. **sentences**: in order, not overlapping, each inside the paragraph its
//!    index names;
//! 4. **quotes**: in order of their start, each inside the paragraph its
//!    index names; direct quotes (pairs of marks) do not overlap one another; nested spans inside their quote; a direct
//!    quote's slice is one opening quotation mark, then exactly `quote.text`
//!    (the words inside the marks, as `src/lib.rs` fills it), then at most
//!    one closing mark (none when the quote was left open);
//! 5. **speakers**: every `quote.speaker` indexes `speakers`; each speaker's
//!    `quotes` is exactly the sorted list of the quotes that name it; a
//!    speaker's mentions are in order; no mention span belongs to two
//!    speakers;
//! 6. **confidence**: finite and within 0..=1, and 0 when a quote has no
//!    speaker (as `analysis.rs` documents).

use article_analyzer::{Analysis, QuoteKind, Span};
use std::collections::HashMap;

/// Checks every invariant above; `Err` names the first one broken.
pub fn check(text: &str, analysis: &Analysis) -> Result<(), String> {
    let units = Units::new(text);
    let fail = |invariant: &str, what: String| Err(format!("invariant `{invariant}` broken: {what}"));

    if analysis.version != article_analyzer::FORMAT_VERSION {
        return fail("version", format!("version {} is not FORMAT_VERSION", analysis.version));
    }

    // 1. Offsets, before anything slices the text with them.
    let paragraph_spans = analysis.paragraphs.iter().map(|p| Span { start: p.start, end: p.end });
    for (i, span) in paragraph_spans.enumerate() {
        units.valid(span).map_err(|e| format!("invariant `offsets` broken: paragraph {i}: {e}"))?;
    }
    for (i, s) in analysis.sentences.iter().enumerate() {
        let span = Span { start: s.start, end: s.end };
        units.valid(span).map_err(|e| format!("invariant `offsets` broken: sentence {i}: {e}"))?;
    }
    for (i, q) in analysis.quotes.iter().enumerate() {
        let at = |what: &str, span: Span| {
            units.valid(span).map_err(|e| format!("invariant `offsets` broken: quote {i} {what}: {e}"))
        };
        at("span", Span { start: q.start, end: q.end })?;
        if let Some(source) = q.source {
            at("source", source)?;
        }
        if let Some(cue) = q.cue {
            at("cue", cue)?;
        }
        for (n, &nested) in q.nested.iter().enumerate() {
            at(&format!("nested span {n}"), nested)?;
        }
    }
    for (i, s) in analysis.speakers.iter().enumerate() {
        for (m, &mention) in s.mentions.iter().enumerate() {
            units.valid(mention).map_err(|e| format!("invariant `offsets` broken: speaker {i} mention {m}: {e}"))?;
        }
    }

    // 2. Paragraphs.
    let paragraphs = &analysis.paragraphs;
    for (i, p) in paragraphs.iter().enumerate() {
        if p.start == p.end {
            return fail("paragraphs", format!("paragraph {i} is empty ({}..{})", p.start, p.end));
        }
        if i > 0 && p.start < paragraphs[i - 1].end {
            let prev = &paragraphs[i - 1];
            return fail(
                "paragraphs",
                format!(
                    "paragraph {i} ({}..{}) starts before paragraph {} ends ({}..{})",
                    p.start,
                    p.end,
                    i - 1,
                    prev.start,
                    prev.end
                ),
            );
        }
    }
    // Both lists are in order: walk them together.
    let mut next = 0;
    for line in non_blank_lines(text) {
        while next < paragraphs.len() && paragraphs[next].end < line.end {
            next += 1;
        }
        let covered = paragraphs.get(next).is_some_and(|p| p.start <= line.start && line.end <= p.end);
        if !covered {
            return fail(
                "paragraphs",
                format!(
                    "the non-blank line at {}..{} ({}) lies in no paragraph",
                    line.start,
                    line.end,
                    units.excerpt(line)
                ),
            );
        }
    }

    // 3. Sentences.
    for (i, s) in analysis.sentences.iter().enumerate() {
        if i > 0 && s.start < analysis.sentences[i - 1].end {
            let prev = &analysis.sentences[i - 1];
            return fail(
                "sentences",
                format!(
                    "sentence {i} ({}..{}) starts before sentence {} ends ({}..{})",
                    s.start,
                    s.end,
                    i - 1,
                    prev.start,
                    prev.end
                ),
            );
        }
        let Some(p) = paragraphs.get(s.paragraph) else {
            return fail("sentences", format!("sentence {i} names paragraph {}, which does not exist", s.paragraph));
        };
        if s.start < p.start || s.end > p.end {
            return fail(
                "sentences",
                format!(
                    "sentence {i} ({}..{}) is not inside its paragraph {} ({}..{})",
                    s.start, s.end, s.paragraph, p.start, p.end
                ),
            );
        }
    }

    // 4. Quotes. Direct quotes are pairs of marks and never overlap one
    // another; an indirect quote (reported speech) may hold a direct one.
    let mut last_direct: Option<usize> = None;
    for (i, q) in analysis.quotes.iter().enumerate() {
        if i > 0 && q.start < analysis.quotes[i - 1].start {
            let prev = &analysis.quotes[i - 1];
            return fail("quotes", format!("quote {i} starts at {}, before quote {} ({})", q.start, i - 1, prev.start));
        }
        if q.kind == QuoteKind::Direct {
            if let Some(d) = last_direct.filter(|&d| q.start < analysis.quotes[d].end) {
                let prev = &analysis.quotes[d];
                return fail(
                    "quotes",
                    format!(
                        "direct quote {i} ({}..{}) overlaps direct quote {d} ({}..{})",
                        q.start, q.end, prev.start, prev.end
                    ),
                );
            }
            last_direct = Some(i);
        }
        let Some(p) = paragraphs.get(q.paragraph) else {
            return fail("quotes", format!("quote {i} names paragraph {}, which does not exist", q.paragraph));
        };
        if q.start < p.start || q.end > p.end {
            return fail(
                "quotes",
                format!(
                    "quote {i} ({}..{}) is not inside its paragraph {} ({}..{})",
                    q.start, q.end, q.paragraph, p.start, p.end
                ),
            );
        }
        for (n, nested) in q.nested.iter().enumerate() {
            if nested.start < q.start || nested.end > q.end {
                return fail(
                    "quotes",
                    format!(
                        "quote {i} ({}..{}): nested span {n} ({}..{}) is not inside it",
                        q.start, q.end, nested.start, nested.end
                    ),
                );
            }
        }
        let whole = units.slice(Span { start: q.start, end: q.end });
        if let Err(why) = quote_text_matches(q.kind, whole, &q.text) {
            return fail(
                "quotes",
                format!("quote {i} ({}..{}, slice {whole:?}, text {:?}): {why}", q.start, q.end, q.text),
            );
        }
    }

    // 5. Speakers.
    let mut quotes_of: Vec<Vec<usize>> = vec![Vec::new(); analysis.speakers.len()];
    for (i, q) in analysis.quotes.iter().enumerate() {
        if let Some(s) = q.speaker {
            match quotes_of.get_mut(s) {
                Some(list) => list.push(i),
                None => {
                    let n = analysis.speakers.len();
                    return fail("speakers", format!("quote {i} names speaker {s}, but there are {n} speakers"));
                }
            }
        }
    }
    let mut owner: HashMap<(usize, usize), usize> = HashMap::new();
    for (i, (s, expected)) in analysis.speakers.iter().zip(&quotes_of).enumerate() {
        if &s.quotes != expected {
            return fail(
                "speakers",
                format!(
                    "speaker {i} ({:?}) lists quotes {:?}, but the quotes naming it are {expected:?}",
                    s.name, s.quotes
                ),
            );
        }
        for (m, mention) in s.mentions.iter().enumerate() {
            if m > 0 && mention.start < s.mentions[m - 1].start {
                return fail(
                    "speakers",
                    format!(
                        "speaker {i} ({:?}): mention {m} at {} comes before mention {} at {}",
                        s.name,
                        mention.start,
                        m - 1,
                        s.mentions[m - 1].start
                    ),
                );
            }
            if let Some(&other) = owner.get(&(mention.start, mention.end)) {
                if other != i {
                    return fail(
                        "speakers",
                        format!(
                            "mention {}..{} ({}) belongs to speaker {other} ({:?}) and speaker {i} ({:?})",
                            mention.start,
                            mention.end,
                            units.excerpt(*mention),
                            analysis.speakers[other].name,
                            s.name
                        ),
                    );
                }
            }
            owner.insert((mention.start, mention.end), i);
        }
    }

    // 6. Confidence.
    for (i, q) in analysis.quotes.iter().enumerate() {
        if !q.confidence.is_finite() || !(0.0..=1.0).contains(&q.confidence) {
            return fail("confidence", format!("quote {i} has confidence {}", q.confidence));
        }
        if q.speaker.is_none() && q.confidence != 0.0 {
            return fail("confidence", format!("quote {i} has no speaker but confidence {}", q.confidence));
        }
    }
    Ok(())
}

/// Every character that can be a quotation mark, in any style.
const QUOTATION_MARKS: &[char] =
    &['"', '\u{201C}', '\u{201D}', '\u{2018}', '\u{2019}', '\u{201E}', '\u{AB}', '\u{BB}', '\u{2039}', '\u{203A}'];

/// A direct quote spans its marks and its text is the words between them:
/// `whole` is an opening mark, `text`, then a closing mark or nothing (a quote
/// left open at its paragraph's end, or ended by a new opening mark). An
/// indirect quote has no marks: its text is its whole span.
fn quote_text_matches(kind: QuoteKind, whole: &str, text: &str) -> Result<(), String> {
    if kind == QuoteKind::Indirect {
        return if whole == text { Ok(()) } else { Err("an indirect quote's text is not its span".into()) };
    }
    let mut chars = whole.chars();
    match chars.next() {
        Some(open) if QUOTATION_MARKS.contains(&open) => {}
        other => return Err(format!("a direct quote starts with {other:?}, not a quotation mark")),
    }
    let Some(rest) = chars.as_str().strip_prefix(text) else {
        return Err("the text is not what follows the opening mark".into());
    };
    let mut rest = rest.chars();
    match (rest.next(), rest.next()) {
        (None, _) => Ok(()),
        (Some(close), None) if QUOTATION_MARKS.contains(&close) => Ok(()),
        _ => Err(format!("after the text comes {:?}, not one closing mark", chars.as_str().get(text.len()..))),
    }
}

/// The non-blank lines of `text`, each trimmed of padding, in UTF-16 units.
fn non_blank_lines(text: &str) -> Vec<Span> {
    let mut lines = Vec::new();
    let mut unit = 0;
    // UTF-16 extent of the current line's non-padding characters.
    let mut content: Option<Span> = None;
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        let here = unit;
        unit += ch.len_utf16();
        if ch == '\n' || ch == '\r' {
            if ch == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
                unit += 1;
            }
            lines.extend(content.take());
        } else if !is_padding(ch) {
            content.get_or_insert(Span { start: here, end: here }).end = unit;
        }
    }
    lines.extend(content);
    lines
}

/// What makes a line blank: the same rule as `text::paragraphs::is_padding`,
/// written out again so the checker does not trust the code it checks.
fn is_padding(ch: char) -> bool {
    ch.is_whitespace() || ch == '\u{200B}' || ch == '\u{FEFF}'
}

/// UTF-16 offsets of one text, mapped to byte offsets.
struct Units<'t> {
    text: &'t str,
    /// The byte offset of every UTF-16 offset, `usize::MAX` for one that falls
    /// inside a surrogate pair; one entry more than the text has units.
    byte_of: Vec<usize>,
}

impl<'t> Units<'t> {
    fn new(text: &'t str) -> Self {
        let mut byte_of = Vec::with_capacity(text.len() + 1);
        for (byte, ch) in text.char_indices() {
            byte_of.push(byte);
            if ch.len_utf16() == 2 {
                byte_of.push(usize::MAX);
            }
        }
        byte_of.push(text.len());
        Units { text, byte_of }
    }

    fn byte(&self, unit: usize) -> Result<usize, String> {
        match self.byte_of.get(unit) {
            None => Err(format!("offset {unit} is past the end of the text ({} units)", self.byte_of.len() - 1)),
            Some(&usize::MAX) => Err(format!("offset {unit} falls inside a surrogate pair")),
            Some(&byte) => Ok(byte),
        }
    }

    fn valid(&self, span: Span) -> Result<(), String> {
        if span.start > span.end {
            return Err(format!("start {} is after end {}", span.start, span.end));
        }
        self.byte(span.start)?;
        self.byte(span.end)?;
        Ok(())
    }

    /// The text of a span already known to be valid.
    fn slice(&self, span: Span) -> &'t str {
        &self.text[self.byte_of[span.start]..self.byte_of[span.end]]
    }

    /// A short, escaped excerpt of a valid span, for messages.
    fn excerpt(&self, span: Span) -> String {
        let s: String = self.slice(span).chars().take(60).collect();
        format!("{s:?}")
    }
}
