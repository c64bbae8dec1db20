//! Speakers: takes each quote's source mention, gives one speaker per person
//! and which speaker said each quote.
//!
//! Names merge when one is the other's tail ("Novak" and "Elena Novak"), and
//! the speaker is called by the fullest form. A pronoun source ("she") is the
//! speaker of the quote before it: the most recent person quoted.

use std::ops::Range;

use crate::attribution::Attribution;
use crate::lexicon::pronouns;

/// A speaker in byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerEntry {
    pub name: String,
    /// In text order, each span once.
    pub mentions: Vec<Range<usize>>,
}

/// The speakers of a text and the speaker of each quote.
#[derive(Debug, Default)]
pub struct Speakers {
    pub speakers: Vec<SpeakerEntry>,
    /// For each quote, in the order of the attributions given, its speaker.
    pub of_quote: Vec<Option<usize>>,
}

/// Merges the sources of `attributions` into speakers.
pub fn merge(text: &str, attributions: &[Attribution]) -> Speakers {
    let mut result = Speakers::default();
    let mut last_speaker = None;
    for attribution in attributions {
        let speaker = attribution.source.clone().and_then(|source| {
            let mention = &text[source.clone()];
            let speaker = if pronouns::is_subject_pronoun(mention) {
                last_speaker?
            } else {
                find_or_add(&mut result.speakers, mention)
            };
            let mentions = &mut result.speakers[speaker].mentions;
            if !mentions.contains(&source) {
                mentions.push(source);
            }
            Some(speaker)
        });
        if speaker.is_some() {
            last_speaker = speaker;
        }
        result.of_quote.push(speaker);
    }
    for speaker in &mut result.speakers {
        speaker.mentions.sort_by_key(|m| (m.start, m.end));
    }
    result
}

/// The speaker that `name` names, added when it is new; a fuller form of a
/// known name renames that speaker.
fn find_or_add(speakers: &mut Vec<SpeakerEntry>, name: &str) -> usize {
    let words: Vec<&str> = name.split_whitespace().collect();
    for (index, speaker) in speakers.iter_mut().enumerate() {
        let known: Vec<&str> = speaker.name.split_whitespace().collect();
        if known.ends_with(&words) {
            return index;
        }
        if words.ends_with(&known) {
            speaker.name = words.join(" ");
            return index;
        }
    }
    speakers.push(SpeakerEntry { name: words.join(" "), mentions: Vec::new() });
    speakers.len() - 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &str, word: &str, nth: usize) -> Attribution {
        let start = text.match_indices(word).nth(nth).unwrap().0;
        Attribution { source: Some(start..start + word.len()), cue: None }
    }

    #[test]
    fn a_surname_and_a_pronoun_join_the_full_name() {
        let text = "Novak ... Elena Novak ... she ... Omar";
        let attributions = [
            source(text, "Novak", 0),
            source(text, "Elena Novak", 0),
            source(text, "she", 0),
            Attribution::default(),
            source(text, "Omar", 0),
        ];
        let merged = merge(text, &attributions);
        assert_eq!(merged.of_quote, [Some(0), Some(0), Some(0), None, Some(1)]);
        assert_eq!(merged.speakers[0].name, "Elena Novak");
        assert_eq!(merged.speakers[0].mentions, [0..5, 10..21, 26..29]);
        assert_eq!(merged.speakers[1].name, "Omar");
    }

    #[test]
    fn a_pronoun_with_nobody_before_it_has_no_speaker() {
        let text = "he said";
        let merged = merge(text, &[source(text, "he", 0)]);
        assert_eq!(merged.of_quote, [None]);
        assert!(merged.speakers.is_empty());
    }

    #[test]
    fn a_mention_shared_by_two_quotes_is_listed_once() {
        let text = "Smith";
        let merged = merge(text, &[source(text, "Smith", 0), source(text, "Smith", 0)]);
        assert_eq!(merged.speakers[0].mentions, [0..5]);
    }
}
