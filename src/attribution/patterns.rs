//! The patterns of news attribution, matched on a frame's items around one
//! quote. Each returns the source phrase and the cue, or nothing.
//!
//! In order of how surely they name the speaker:
//!
//! 1. right after the quote: `“...,” Novak said.` / `“...,” said Novak, the
//!    mayor.` / `“...,” she added.` / `“...” -Novak`
//! 2. right before it: `Novak said: “...”` / `Novak added, “...”`
//! 3. `According to Novak, “...”` anywhere in the frame
//! 4. a reporting verb earlier in the frame whose clause holds the quote:
//!    `Novak told reporters that the bill was “a disgrace.”`
//! 5. a reporting verb later in the frame: `“...” and “...,” Novak said.`
//! 6. a speaker's label before a colon: `Rep. Trey Gowdy: “...”`

use std::ops::Range;

use super::frames::{Frame, Item};
use crate::lexicon::{cues, names, pronouns, words as function_words};
use crate::text::words::Token;

/// Which pattern found an attribution; it sets the confidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    AfterQuote,
    BeforeQuote,
    AccordingTo,
    EarlierInSentence,
    LaterInSentence,
    Label,
}

/// A source phrase and its cue, as found by a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub source: Range<usize>,
    pub cue: Option<Range<usize>>,
    pub pattern: Pattern,
}

/// The longest source phrase taken, in words: "a senior administration
/// official familiar with the talks" is about as long as they come.
const MAX_PHRASE_WORDS: usize = 9;

/// Prepositions a source phrase may hold ("the head of the agency", "people
/// familiar with the talks", "officials in Congress").
const INNER_PREPOSITIONS: &[&str] = &["of", "with", "for", "at", "from", "in", "to"];

/// The first pattern that matches around the quote at `pos` in `frame`.
pub fn attribute(text: &str, frame: &Frame, pos: usize) -> Option<Found> {
    let items = &frame.items;
    after_quote(text, items, pos)
        .or_else(|| before_quote(text, items, pos))
        .or_else(|| according_to(text, items))
        .or_else(|| earlier_in_sentence(text, items, pos))
        .or_else(|| later_in_sentence(text, items, pos))
        .or_else(|| label(text, items, pos))
}

fn is_cue(text: &str, item: &Item) -> bool {
    item.word().is_some_and(|w| {
        let word = w.text(text);
        word.starts_with(char::is_lowercase) && cues::is_speech_verb(word)
    })
}

fn span(first: &Token, last: &Token) -> Range<usize> {
    first.start..last.end
}

/// `“...,” Novak said.`, `“...,” said Novak`, `“...” -Novak`.
fn after_quote(text: &str, items: &[Item], pos: usize) -> Option<Found> {
    let mut i = pos + 1;
    if items.get(i).is_some_and(|item| item.is_punct(text, ",")) {
        i += 1;
    }
    // “...” -Novak / — Novak: a dash and a name ending the frame.
    if let Some(Item::Punct(dash)) = items.get(i) {
        if matches!(dash.text(text), "-" | "\u{2014}" | "\u{2013}") && i == pos + 1 {
            let phrase = phrase_after(text, items, i + 1)?;
            let ends = items[phrase.1..].iter().all(|item| !matches!(item, Item::Word(_) | Item::Quote(_)));
            return ends.then(|| Found { source: phrase.0, cue: None, pattern: Pattern::AfterQuote });
        }
    }
    let first = items.get(i)?;
    if is_cue(text, first) {
        let cue = first.word()?;
        // "said that ..." starts reported speech, not an inverted source.
        let (source, _) = phrase_after(text, items, i + 1)?;
        return Some(Found { source, cue: Some(cue.start..cue.end), pattern: Pattern::AfterQuote });
    }
    let (source, next) = phrase_after(text, items, i)?;
    let cue_at = skip_between(text, items, next);
    let cue = items.get(cue_at).filter(|item| is_cue(text, item))?.word()?;
    Some(Found { source, cue: Some(cue.start..cue.end), pattern: Pattern::AfterQuote })
}

/// `Novak said: “...”`, `Novak added, “...”`.
fn before_quote(text: &str, items: &[Item], pos: usize) -> Option<Found> {
    let mut i = pos.checked_sub(1)?;
    if items[i].is_punct(text, ":") || items[i].is_punct(text, ",") {
        i = i.checked_sub(1)?;
    }
    if !is_cue(text, &items[i]) {
        return None;
    }
    let cue = items[i].word()?;
    let source = subject_of(text, items, i)?;
    Some(Found { source, cue: Some(cue.start..cue.end), pattern: Pattern::BeforeQuote })
}

/// `According to Novak, ...` anywhere in the frame.
fn according_to(text: &str, items: &[Item]) -> Option<Found> {
    for (i, pair) in items.windows(2).enumerate() {
        let (Some(a), Some(b)) = (pair[0].word(), pair[1].word()) else { continue };
        let matched = cues::SOURCE_AFTER_PHRASES
            .iter()
            .any(|phrase| phrase.len() == 2 && a.text(text).eq_ignore_ascii_case(phrase[0]) && b.text(text).eq_ignore_ascii_case(phrase[1]));
        if matched {
            let (source, _) = phrase_after(text, items, i + 2)?;
            return Some(Found { source, cue: Some(a.start..b.end), pattern: Pattern::AccordingTo });
        }
    }
    None
}

/// A reporting verb before the quote, with no other quote between them.
fn earlier_in_sentence(text: &str, items: &[Item], pos: usize) -> Option<Found> {
    for i in (0..pos).rev() {
        match &items[i] {
            Item::Quote(_) => return None,
            item if is_cue(text, item) => {
                if let Some(source) = subject_of(text, items, i) {
                    let cue = item.word()?;
                    return Some(Found { source, cue: Some(cue.start..cue.end), pattern: Pattern::EarlierInSentence });
                }
            }
            _ => {}
        }
    }
    None
}

/// A reporting verb after the quote, past other quotes: `“...” and “...,”
/// Novak said.`
fn later_in_sentence(text: &str, items: &[Item], pos: usize) -> Option<Found> {
    for i in pos + 1..items.len() {
        if let Item::Quote(_) = items[i] {
            if let Some(found) = after_quote(text, items, i) {
                return Some(Found { pattern: Pattern::LaterInSentence, ..found });
            }
            continue;
        }
        if is_cue(text, &items[i]) {
            let source = subject_of(text, items, i).or_else(|| phrase_after(text, items, i + 1).map(|p| p.0))?;
            let cue = items[i].word()?;
            return Some(Found { source, cue: Some(cue.start..cue.end), pattern: Pattern::LaterInSentence });
        }
    }
    None
}

/// `Rep. Trey Gowdy (R-S.C.): “...”`: a short phrase of names before a colon
/// that opens the frame.
fn label(text: &str, items: &[Item], pos: usize) -> Option<Found> {
    let colon = pos.checked_sub(1).filter(|&i| items[i].is_punct(text, ":"))?;
    let before = &items[..colon];
    let words: Vec<&Token> = before.iter().filter_map(Item::word).collect();
    let first = words.first()?;
    let capitalised = first.text(text).starts_with(char::is_uppercase);
    let has_verb = before.iter().any(|item| is_cue(text, item));
    if !capitalised || has_verb || words.len() > 8 || before.iter().any(|i| matches!(i, Item::Quote(_))) {
        return None;
    }
    let last = words.last()?;
    Some(Found { source: span(first, last), cue: None, pattern: Pattern::Label })
}

/// Skips auxiliaries and adverbs from `i` on ("has also said").
fn skip_between(text: &str, items: &[Item], mut i: usize) -> usize {
    while items.get(i).and_then(Item::word).is_some_and(|w| function_words::may_stand_between_source_and_verb(w.text(text))) {
        i += 1;
    }
    i
}

/// The subject of the reporting verb at `cue`: the noun phrase before it,
/// past auxiliaries and adverbs, and past an appositive between commas
/// (`Elena Novak, head of the port authority, said`).
fn subject_of(text: &str, items: &[Item], cue: usize) -> Option<Range<usize>> {
    let mut i = cue;
    while i > 0 && items[i - 1].word().is_some_and(|w| function_words::may_stand_between_source_and_verb(w.text(text))) {
        i -= 1;
    }
    let end = i.checked_sub(1)?;
    if items[end].is_punct(text, ",") {
        // An appositive: find its opening comma, and take the phrase before.
        let open = (end.saturating_sub(14)..end).rev().find(|&k| items[k].is_punct(text, ",") || matches!(items[k], Item::Quote(_)))?;
        if !items[open].is_punct(text, ",") || open == 0 {
            return None;
        }
        return phrase_before(text, items, open - 1).filter(|r| text[r.clone()].starts_with(char::is_uppercase));
    }
    phrase_before(text, items, end)
}

/// The noun phrase ending at item `end`, read backwards.
fn phrase_before(text: &str, items: &[Item], end: usize) -> Option<Range<usize>> {
    let last = items[end].word()?;
    let last_text = last.text(text);
    if pronouns::is_subject_pronoun(last_text) || last_text.eq_ignore_ascii_case("it") {
        return Some(last.start..last.end);
    }
    if function_words::is_phrase_boundary(last_text) || function_words::is_determiner(last_text) {
        return None;
    }
    let mut first = last;
    let mut count = 1;
    let mut k = end;
    while k > 0 && count < MAX_PHRASE_WORDS {
        let Some(word) = items[k - 1].word() else { break };
        let w = word.text(text);
        if function_words::is_determiner(w) {
            first = word;
            // "the head of the agency", "people familiar with the talks":
            // go on over a preposition before the determiner.
            let preposition = k >= 2 && items[k - 2].word().is_some_and(|p| INNER_PREPOSITIONS.contains(&p.text(text)));
            if !preposition || count > 4 {
                break;
            }
            k -= 1;
            count += 1;
            continue;
        }
        if function_words::is_phrase_boundary(w) || pronouns::is_subject_pronoun(w) || cues::is_speech_verb(w) {
            if !INNER_PREPOSITIONS.contains(&w) || count > 4 {
                break;
            }
            // "people familiar with the matter", "officials in Congress"
            let before = k >= 2 && items[k - 2].word().is_some_and(|p| !function_words::is_phrase_boundary(p.text(text)));
            if !before {
                break;
            }
        } else {
            first = word;
        }
        k -= 1;
        count += 1;
    }
    // A sentence-opening word is no part of a name ("But Novak said").
    let mut start = first.start;
    if let Some(pos) = items[..=end].iter().position(|i| i.word().is_some_and(|w| w.start == start)) {
        let mut p = pos;
        while p < end && items[p].word().is_some_and(|w| function_words::is_sentence_starter(w.text(text)) && !function_words::is_determiner(w.text(text))) {
            p += 1;
            start = items[p].word()?.start;
        }
    }
    Some(start..last.end)
}

/// The noun phrase starting at item `start`, read forwards; returns it and
/// the index after it.
fn phrase_after(text: &str, items: &[Item], start: usize) -> Option<(Range<usize>, usize)> {
    let first = items.get(start)?.word()?;
    let first_text = first.text(text);
    if pronouns::is_subject_pronoun(first_text) {
        return Some((first.start..first.end, start + 1));
    }
    if function_words::is_phrase_boundary(first_text) && !first_text.eq_ignore_ascii_case("the") {
        return None;
    }
    let mut last = first;
    let mut i = start;
    let mut seen_noun = !function_words::is_determiner(first_text);
    while i + 1 < items.len() && i + 1 - start < MAX_PHRASE_WORDS {
        let Some(word) = items[i + 1].word() else { break };
        let w = word.text(text);
        let continues = if w == "of" {
            // "the head of the agency", "Mayor of London"
            items.get(i + 2).and_then(Item::word).is_some_and(|n| !function_words::is_phrase_boundary(n.text(text)) || n.text(text) == "the")
        } else if cues::is_speech_verb(w) && w.starts_with(char::is_lowercase) {
            false
        } else if function_words::is_determiner(w) {
            last.text(text) == "of"
        } else {
            !function_words::is_phrase_boundary(w) && !pronouns::is_subject_pronoun(w)
        };
        if !continues {
            break;
        }
        seen_noun |= !function_words::is_determiner(w) && w != "of";
        last = word;
        i += 1;
    }
    // A phrase that ends on "of" or a determiner ends before it.
    while last.text(text) == "of" || function_words::is_determiner(last.text(text)) {
        i = i.checked_sub(1)?;
        if i < start {
            return None;
        }
        last = items[i].word()?;
    }
    if !seen_noun || !looks_like_a_source(text, first, last) {
        return None;
    }
    Some((first.start..last.end, i + 1))
}

/// A phrase can say things when it is a name or has a person or group for a
/// head: upper-case words, a title, or a noun after a determiner.
fn looks_like_a_source(text: &str, first: &Token, last: &Token) -> bool {
    let phrase = &text[first.start..last.end];
    phrase.split_whitespace().any(|w| w.starts_with(char::is_uppercase) || names::is_title(w))
        || function_words::is_determiner(first.text(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::frames;
    use crate::quotes;
    use crate::text::{paragraphs, sentences};

    /// (source, cue, pattern) for the first quote of `text`.
    fn first(text: &str) -> Option<(&str, Option<&str>, Pattern)> {
        let paras = paragraphs::split(text);
        let sentences = sentences::split(text, &paras);
        let quotes = quotes::find(text, &paras);
        let built = frames::build(text, &sentences, &quotes);
        let (frame, pos) = built.of_quote[0];
        attribute(text, &built.frames[frame], pos)
            .map(|f| (&text[f.source], f.cue.map(|c| &text[c]), f.pattern))
    }

    #[test]
    fn source_then_cue_after_the_quote() {
        assert_eq!(first("“We will,” Novak said."), Some(("Novak", Some("said"), Pattern::AfterQuote)));
        assert_eq!(first("“We will,” she later told reporters."), Some(("she", Some("told"), Pattern::AfterQuote)));
        assert_eq!(first("“We will,” the mayor of Rotterdam said."), Some(("the mayor of Rotterdam", Some("said"), Pattern::AfterQuote)));
    }

    #[test]
    fn cue_then_source_after_the_quote() {
        assert_eq!(
            first("“We will,” said Elena Novak, head of the port authority."),
            Some(("Elena Novak", Some("said"), Pattern::AfterQuote))
        );
        assert_eq!(first("“We will,” said a senior official."), Some(("a senior official", Some("said"), Pattern::AfterQuote)));
    }

    #[test]
    fn a_dash_and_a_name_after_the_quote() {
        assert_eq!(first("“Never give up.” —Winston Churchill"), Some(("Winston Churchill", None, Pattern::AfterQuote)));
    }

    #[test]
    fn source_and_cue_before_the_quote() {
        assert_eq!(first("Novak said: “We will.”"), Some(("Novak", Some("said"), Pattern::BeforeQuote)));
        assert_eq!(first("But Sen. Ilhan Omar added, “No.”"), Some(("Sen. Ilhan Omar", Some("added"), Pattern::BeforeQuote)));
    }

    #[test]
    fn an_appositive_between_source_and_cue() {
        assert_eq!(
            first("Elena Novak, head of the port authority, said: “We will.”"),
            Some(("Elena Novak", Some("said"), Pattern::BeforeQuote))
        );
    }

    #[test]
    fn according_to() {
        assert_eq!(first("According to Novak, “the port is safe.”"), Some(("Novak", Some("According to"), Pattern::AccordingTo)));
    }

    #[test]
    fn a_partial_quote_in_a_reported_clause() {
        assert_eq!(
            first("Novak told reporters that the bill was “a disgrace.”"),
            Some(("Novak", Some("told"), Pattern::EarlierInSentence))
        );
        assert_eq!(
            first("The council called the plan “a fair start” on Monday."),
            Some(("The council", Some("called"), Pattern::EarlierInSentence))
        );
        assert_eq!(
            first("People familiar with the talks described the offer as “final.”"),
            Some(("People familiar with the talks", Some("described"), Pattern::EarlierInSentence))
        );
    }

    #[test]
    fn a_cue_after_a_later_quote() {
        assert_eq!(first("“Yes” and “no,” Novak said."), Some(("Novak", Some("said"), Pattern::LaterInSentence)));
    }

    #[test]
    fn a_label_before_a_colon() {
        assert_eq!(first("Rep. Trey Gowdy: “I have not heard that.”"), Some(("Rep. Trey Gowdy", None, Pattern::Label)));
    }

    #[test]
    fn no_pattern_no_source() {
        assert_eq!(first("The so-called “reform package” stalled."), None);
        assert_eq!(first("“We will.” The port reopened on Monday."), None);
    }
}
