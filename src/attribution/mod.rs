//! Attribution: takes the text, its paragraphs and quotes, gives for each
//! quote the mention of its source and the reporting word, where the text
//! states them next to the quote.
//!
//! This first version knows the commonest patterns of news, in the clause
//! right after a quote or right before it:
//!
//! - `“...,” Novak said.` / `“...,” she said.` (source, then cue)
//! - `“...,” said Elena Novak.` (cue, then source)
//! - `Novak said: “...”` / `Novak said, “...”` (before the quote)
//!
//! A source is a run of capitalised words or a subject pronoun. Pronouns are
//! resolved to people later, by [`crate::speakers`].

use std::ops::Range;

use crate::lexicon::{cues, pronouns};
use crate::quotes::QuoteSpan;
use crate::text::paragraphs::Para;
use crate::text::words::{tokenize, Token};

/// Who a quote's text names as its source, in byte offsets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attribution {
    pub source: Option<Range<usize>>,
    pub cue: Option<Range<usize>>,
}

/// The longest run of capitalised words taken as one name ("Elena Novak",
/// "Rep. Ilhan Omar"); longer runs are headline-style text, not a name.
const MAX_NAME_WORDS: usize = 4;

/// Attributes each quote, in the order given.
pub fn attribute(text: &str, paras: &[Para], quotes: &[QuoteSpan]) -> Vec<Attribution> {
    quotes
        .iter()
        .enumerate()
        .map(|(i, quote)| {
            let para = &paras[quote.paragraph];
            // Look no further than the neighbouring quotes of the paragraph.
            let next_start = quotes
                .get(i + 1)
                .filter(|next| next.paragraph == quote.paragraph)
                .map_or(para.end, |next| next.start);
            let prev_end = i
                .checked_sub(1)
                .map(|p| &quotes[p])
                .filter(|prev| prev.paragraph == quote.paragraph)
                .map_or(para.start, |prev| prev.end);
            // A quote that ends its sentence with a full stop (“We will.”)
            // is followed by a new sentence, not by its attribution.
            let ends_sentence = text[quote.inner_start..quote.inner_end].trim_end().ends_with('.');
            let after = if ends_sentence { None } else { after_quote(text, quote.end, next_start) };
            after
                .or_else(|| before_quote(text, prev_end, quote.start))
                .unwrap_or_default()
        })
        .collect()
}

/// `“...,” Novak said.` or `“...,” said Novak.`
fn after_quote(text: &str, from: usize, to: usize) -> Option<Attribution> {
    let tokens = tokenize(text, from, to);
    let clause = first_clause(text, &tokens);
    let words: Vec<&Token> = clause.iter().skip_while(|t| !t.is_word).collect();
    let first = words.first()?;
    if cues::is_speech_verb(first.text(text)) {
        let source = source_run(text, words[1..].iter().copied())?;
        return Some(found(source, first));
    }
    let source = source_run(text, words.iter().copied())?;
    let cue = words.iter().find(|t| t.start >= source.end)?;
    cues::is_speech_verb(cue.text(text)).then(|| found(source, cue))
}

/// `Novak said: “...”` or `Novak said, “...”`.
fn before_quote(text: &str, from: usize, to: usize) -> Option<Attribution> {
    let tokens = tokenize(text, from, to);
    let mut rest = tokens.as_slice();
    while let Some((last, init)) = rest.split_last() {
        if last.is_word {
            break;
        }
        if !matches!(last.text(text), ":" | ",") {
            return None;
        }
        rest = init;
    }
    let (cue, before) = rest.split_last()?;
    if !cues::is_speech_verb(cue.text(text)) {
        return None;
    }
    let start = before.iter().rev().take_while(|t| is_name_word(text, t)).count();
    let run = &before[before.len() - start.min(MAX_NAME_WORDS)..];
    let source = source_run(text, run.iter())?;
    Some(found(source, cue))
}

fn found(source: Range<usize>, cue: &Token) -> Attribution {
    Attribution { source: Some(source), cue: Some(cue.start..cue.end) }
}

/// The tokens up to the end of the first sentence.
fn first_clause<'a>(text: &str, tokens: &'a [Token]) -> &'a [Token] {
    let end = tokens
        .iter()
        .position(|t| !t.is_word && matches!(t.text(text), "." | "!" | "?" | ";"))
        .unwrap_or(tokens.len());
    &tokens[..end]
}

/// A subject pronoun, or a run of capitalised words, at the start of `words`.
fn source_run<'a>(text: &str, mut words: impl Iterator<Item = &'a Token>) -> Option<Range<usize>> {
    let first = words.next()?;
    if pronouns::is_subject_pronoun(first.text(text)) {
        return Some(first.start..first.end);
    }
    if !is_name_word(text, first) {
        return None;
    }
    let mut end = first.end;
    for word in words.take(MAX_NAME_WORDS - 1) {
        if !is_name_word(text, word) {
            break;
        }
        end = word.end;
    }
    Some(first.start..end)
}

fn is_name_word(text: &str, token: &Token) -> bool {
    token.is_word
        && token.text(text).chars().next().is_some_and(char::is_uppercase)
        && !cues::is_speech_verb(token.text(text))
        && !pronouns::is_subject_pronoun(token.text(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{quotes, text::paragraphs};

    /// (source, cue) of each quote in `text`, as strings.
    fn attributions(text: &str) -> Vec<(Option<&str>, Option<&str>)> {
        let paras = paragraphs::split(text);
        let quotes = quotes::find(text, &paras);
        attribute(text, &paras, &quotes)
            .into_iter()
            .map(|a| (a.source.map(|r| &text[r]), a.cue.map(|r| &text[r])))
            .collect()
    }

    #[test]
    fn source_then_cue_after_the_quote() {
        assert_eq!(attributions("“We will,” Elena Novak said."), [(Some("Elena Novak"), Some("said"))]);
        assert_eq!(attributions("“We will,” she added."), [(Some("she"), Some("added"))]);
    }

    #[test]
    fn cue_then_source_after_the_quote() {
        assert_eq!(attributions("“We will,” said Novak, the mayor."), [(Some("Novak"), Some("said"))]);
    }

    #[test]
    fn source_and_cue_before_the_quote() {
        assert_eq!(attributions("Novak said: “We will.”"), [(Some("Novak"), Some("said"))]);
        assert_eq!(attributions("In Paris, Elena Novak added, “Go.”"), [(Some("Elena Novak"), Some("added"))]);
    }

    #[test]
    fn quotes_without_attribution_get_none() {
        assert_eq!(attributions("They called it “a mess” on Monday."), [(None, None)]);
        // The next sentence's "said" belongs to that sentence.
        assert_eq!(attributions("It was “fine.” Later Novak said no."), [(None, None)]);
    }
}
