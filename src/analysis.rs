//! The result of an analysis: one type for Rust, the command line and
//! JavaScript.
//!
//! Every offset here is a UTF-16 code unit offset into the analyzed text, end
//! exclusive: exactly what JavaScript's `text.slice(start, end)` takes, for any
//! input, emoji included. The pipeline works in byte offsets and converts once,
//! at the end (see [`crate::offsets`]); Rust callers who want `&str` slices use
//! [`Span::slice`].
//!
//! The JSON form (serde) is the contract with embedders and with the scorer in
//! `../shared/eval/`. [`FORMAT_VERSION`] changes whenever a field changes
//! meaning or goes away, so that embedders can detect it.
//!
//! The TypeScript declarations of the npm package (`Analysis`, `Quote`, ...)
//! are generated from these types when building for wasm32 (tsify, a derive
//! that writes only `.d.ts` text, nothing in the `.wasm`). JavaScript receives
//! an `Option` as `null` (src/wasm/ builds the JSON form's objects), hence
//! `tsify(missing_as_null)`: `speaker: number | null`, not `speaker?: number`.
//!
//! ```
//! use article_analyzer::{analyze, ParagraphKind, QuoteKind};
//!
//! let text = "Port to reopen\n\n“We will,” said Elena Novak.";
//! let analysis = analyze(text);
//! assert_eq!(analysis.paragraphs[0].kind, ParagraphKind::Title);
//! let quote = &analysis.quotes[0];
//! assert_eq!((quote.kind, quote.text.as_str()), (QuoteKind::Direct, "We will,"));
//! let whole = article_analyzer::Span { start: quote.start, end: quote.end };
//! assert_eq!(whole.slice(text), Some("“We will,”"));
//! let speaker = &analysis.speakers[quote.speaker.unwrap()];
//! assert_eq!(speaker.name, "Elena Novak");
//! assert_eq!(quote.source.unwrap().slice(text), Some("Elena Novak"));
//! assert_eq!(quote.cue.unwrap().slice(text), Some("said"));
//!
//! // The JSON form: offsets in UTF-16 code units, a missing value is null.
//! let json = serde_json::to_value(&analysis).unwrap();
//! assert_eq!(json["quotes"][0]["start"], 16);
//! assert_eq!(json["quotes"][0]["unattributed"], serde_json::Value::Null);
//! assert_eq!(json["paragraphs"][1]["kind"], "body");
//! ```

use serde::{Deserialize, Serialize};

/// Version of the result's shape. Adding a field does not change it; removing
/// or redefining one does.
pub const FORMAT_VERSION: u32 = 1;

/// Who said what in one text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Analysis {
    /// [`FORMAT_VERSION`] of the analyzer that made this result.
    pub version: u32,
    /// Every non-blank line of the text, in order.
    pub paragraphs: Vec<Paragraph>,
    /// Every sentence, in order; a sentence lies inside one paragraph.
    pub sentences: Vec<Sentence>,
    /// Every quotation, in order of its start.
    pub quotes: Vec<Quote>,
    /// Everyone quoted, in order of their first mention.
    pub speakers: Vec<Speaker>,
}

/// A stretch of the text, in UTF-16 code units, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Span {
    /// First code unit.
    pub start: usize,
    /// One past the last code unit.
    pub end: usize,
}

impl Span {
    /// The text this span covers, or `None` when it does not lie inside `text`
    /// on character boundaries (a span from another text).
    ///
    /// ```
    /// use article_analyzer::Span;
    ///
    /// let text = "🌊 “Calm,” she said.";
    /// // 🌊 is two UTF-16 code units: the quote starts at 3, not at 5 (bytes).
    /// assert_eq!(Span { start: 3, end: 10 }.slice(text), Some("“Calm,”"));
    /// assert_eq!(Span { start: 1, end: 2 }.slice(text), None); // inside 🌊
    /// ```
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        crate::offsets::slice_utf16(text, self.start, self.end)
    }
}

/// One non-blank line of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Paragraph {
    /// Where the line starts, past any leading white space.
    pub start: usize,
    /// Where it ends, before trailing white space and the line break.
    pub end: usize,
    pub kind: ParagraphKind,
}

/// One sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Sentence {
    /// Where the sentence starts.
    pub start: usize,
    /// Where it ends: after its closing punctuation and any closing marks,
    /// or at the end of its paragraph.
    pub end: usize,
    /// Index of the paragraph that holds it.
    pub paragraph: usize,
}

/// What a paragraph is to a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    /// The headline.
    Title,
    /// "By ...", author and date lines.
    Byline,
    /// The article's own text.
    Body,
    /// A photo caption or credit.
    Caption,
    /// Text a paste brings along that is not the article: related headlines,
    /// "Read more" lines, author bios.
    Boilerplate,
}

/// One quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Quote {
    /// Where the quote starts: a direct quote spans its quotation marks.
    pub start: usize,
    /// Where it ends, after the closing mark of a direct quote.
    pub end: usize,
    /// Direct or indirect.
    pub kind: QuoteKind,
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// Index of the paragraph that holds the quote.
    pub paragraph: usize,
    /// Index into [`Analysis::speakers`], or `None` when no speaker was found.
    pub speaker: Option<usize>,
    /// The mention through which the speaker was found ("Novak", "she").
    pub source: Option<Span>,
    /// The reporting word or phrase ("said", "according to").
    pub cue: Option<Span>,
    /// How likely the speaker is right, from 0 to 1 (0 when there is none).
    pub confidence: f64,
    /// Why the quote has no speaker, when it has none.
    pub unattributed: Option<Unattributed>,
    /// Quotes inside this one (single marks inside double, or the reverse).
    pub nested: Vec<Span>,
    /// In a paragraph that is not the article (boilerplate or a caption):
    /// found, but not counted as the article quoting anyone.
    pub outside_article: bool,
    /// For a direct quote inside reported speech (a mixed quote: `Novak
    /// said the plan was “a fair start”`), the whole reported clause
    /// (`the plan was “a fair start”`). The clause and the quote are one
    /// attribution, with this quote's speaker, so the clause is not an entry
    /// of its own. `null` otherwise.
    pub clause: Option<Span>,
}

/// Why a quote has no speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "kebab-case")]
pub enum Unattributed {
    /// Words held at a distance: the so-called “reform package”.
    ScareQuote,
    /// A title or a name: “Succession”.
    Title,
    /// Nothing in the text says who said it.
    NotStated,
}

/// Direct quotes have quotation marks; indirect ones (reported speech) do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// In quotation marks: “We will,” said Novak.
    Direct,
    /// Reported speech: Novak said they would.
    Indirect,
}

/// A person, organisation or unnamed source quoted in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Speaker {
    /// The fullest form of the name in the text ("Elena Novak"), or the
    /// description of an unnamed source ("a senior official").
    pub name: String,
    /// A person, an organisation, or an unnamed source.
    pub kind: SpeakerKind,
    /// What the text says they are: "head of the port authority", "Sen.".
    pub role: Option<String>,
    /// Every span that refers to this speaker, in order; a span belongs to one
    /// speaker at most.
    pub mentions: Vec<Span>,
    /// Indices into [`Analysis::quotes`] of this speaker's quotes, in order.
    pub quotes: Vec<usize>,
    /// Quoted only outside the article (in boilerplate or captions): not one
    /// of the article's speakers.
    pub outside_article: bool,
}

/// What kind of source a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person: "Elena Novak".
    Person,
    /// A named body: "the harbour pilots' union", "Reuters".
    Organisation,
    /// Described, not named: "a senior official".
    Unnamed,
}
