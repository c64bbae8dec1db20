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
//! 7. the subject of a clause ending in a colon: `Perez lobbies for a
//!    higher wage: “...”`
//!
//! A participle (`..., saying “...”`) takes the subject of its sentence.

use std::ops::Range;

use super::frames::{Item, View};
use crate::lexicon::{cues, names, pronouns, words as function_words};
use crate::text::words::{is_letter, Token};

/// Which pattern found an attribution; it sets the confidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    AfterQuote,
    BeforeQuote,
    AccordingTo,
    EarlierInSentence,
    LaterInSentence,
    Label,
    /// The subject of a frame that ends in a colon before the quote.
    Colon,
    /// The subject of the sentence a partial quote stands in, with no
    /// reporting verb: "Ramos believes in journalism that “takes sides.”"
    SentenceSubject,
    /// Reported speech without quotation marks ([`super::reported`]).
    Reported,
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

/// The first pattern that matches around the quote at `pos` in `frame`.
pub fn attribute(text: &str, frame: &View, pos: usize) -> Option<Found> {
    let items = frame.items;
    // The patterns that look for a source anywhere in the frame: in a long
    // frame's window, only when it holds one of their opening words.
    let anywhere = frame.attributing.is_none() || may_attribute(text, frame, 0..items.len());
    after_quote(text, items, pos)
        .or_else(|| before_quote(text, items, pos))
        .or_else(|| anywhere.then(|| according_to(text, items)).flatten())
        .or_else(|| anywhere.then(|| as_they_put_it(text, items)).flatten())
        .or_else(|| earlier_in_sentence(text, frame, pos))
        .or_else(|| later_in_sentence(text, frame, pos))
        .or_else(|| label(text, items, pos))
        .or_else(|| after_colon(text, items, pos))
}

fn is_cue(text: &str, item: &Item) -> bool {
    // A verb starts with a small letter: most words are turned away by
    // their first byte before they are looked up.
    item.word().is_some_and(|w| w.starts_lower_case(text) && cues::is_speech_verb(w.text(text)))
}

/// A cue strong enough to attribute from a distance: a weak one ("continue",
/// "read", "beg") reports speech only right beside the quote.
fn is_distant_cue(text: &str, items: &[Item], i: usize) -> bool {
    is_cue_verb(text, items, i)
        && !items[i].word().is_some_and(|w| cues::is_weak(w.text(text)))
        && !is_negated(text, items, i)
}

/// "cannot say", "did not say", "declined to comment": no speech reported.
fn is_negated(text: &str, items: &[Item], cue: usize) -> bool {
    (cue.saturating_sub(3)..cue).any(|k| items[k].word().is_some_and(|w| function_words::is_negation(w.text(text))))
}

/// A reporting word used as a verb: not a noun after a determiner or a
/// possessive ("his remarks", "Trump's comments", "the claims").
fn is_cue_verb(text: &str, items: &[Item], i: usize) -> bool {
    is_cue(text, &items[i]) && is_verb_use(text, items, i)
}

/// Whether the word at `i`, which may be a verb or a noun, is used as an
/// active verb here: not passive ("was asked"), not a noun after a
/// determiner or possessive ("his remarks", "Trump's comments").
pub(super) fn is_verb_use(text: &str, items: &[Item], i: usize) -> bool {
    if is_passive(text, items, i) {
        return false;
    }
    let before = i.checked_sub(1).and_then(|b| items[b].word()).map(|w| w.text(text));
    if before.is_some_and(|b| function_words::is_determiner(b) || b.ends_with("'s") || b.ends_with("\u{2019}s")) {
        return false;
    }
    // A form that is also a noun ("comment", "tweets", "claims") is one after
    // "a/the + word" or "of + word": "a controversial comment", "32% of
    // Republican claims", "late-night tweets".
    if cues::is_also_a_noun(items[i].word().map_or("", |w| w.text(text))) {
        let two_before = i.checked_sub(2).and_then(|b| items[b].word()).map(|w| w.text(text));
        let modifier = before.is_some_and(|b| b.contains('-'));
        if two_before.is_some_and(|t| function_words::is_determiner(t) || t == "of") || modifier {
            return false;
        }
    }
    true
}

/// "Trump was asked", "what is called": a passive verb's subject is not
/// the one who speaks.
pub(super) fn is_passive(text: &str, items: &[Item], cue: usize) -> bool {
    let form = items[cue].word().map_or("", |w| w.text(text));
    if !(form.ends_with("ed") || matches!(form, "told" | "written" | "quoted")) {
        return false;
    }
    let mut i = cue;
    while i > 0
        && items[i - 1].word().is_some_and(|w| {
            let w = w.text(text);
            w.len() > 4 && w.ends_with("ly")
                || function_words::is_time_word(w)
                || matches!(w, "often" | "also" | "widely" | "now" | "once" | "being")
        })
    {
        i -= 1;
    }
    i.checked_sub(1).and_then(|b| items[b].word()).is_some_and(|w| {
        let w = crate::lexicon::lower(w.text(text));
        matches!(&*w, "was" | "were" | "is" | "are" | "be" | "been" | "being" | "get" | "got" | "gets")
            || w.ends_with("\u{2019}s") && matches!(&*w, "what\u{2019}s" | "that\u{2019}s" | "it\u{2019}s")
            || matches!(&*w, "what's" | "that's" | "it's")
    })
}

/// A participle ("saying", "calling") has no subject of its own: the
/// sentence's subject does the saying.
pub(super) fn is_participle(text: &str, item: &Item) -> bool {
    item.word().is_some_and(|w| w.text(text).ends_with("ing"))
}

/// Dashes that sign a quote: hyphen, en and em dash, horizontal bar.
fn is_dash(mark: &str) -> bool {
    matches!(mark, "-" | "\u{2013}" | "\u{2014}" | "\u{2015}")
}

fn span(first: &Token, last: &Token) -> Range<usize> {
    first.start..last.end
}

/// Whether the items of `frame` in `range` hold what every attribution
/// after a quote needs ([`is_attributing`]). One pass, or none when the
/// frame counted them beforehand: it spares the patterns that search a
/// sentence quote by quote, which a long run of quotes and no verb (a paste
/// of JSON) would otherwise make cost the square of its length.
fn may_attribute(text: &str, frame: &View, range: Range<usize>) -> bool {
    first_attributing(text, frame, range).is_some()
}

/// Where in `range` of `frame` the items that may attribute start: the
/// first that [`is_attributing`], found by the pass [`may_attribute`] makes
/// anyway; or, when the frame has counts, the range's start (the count
/// tells whether there is one at once, a search for where would cost more
/// than it spares). None when there is none.
fn first_attributing(text: &str, frame: &View, range: Range<usize>) -> Option<usize> {
    match frame.attributing {
        Some(counts) => (counts[range.end] > counts[range.start]).then_some(range.start),
        None => frame.items[range.clone()].iter().position(|item| is_attributing(text, item)).map(|k| range.start + k),
    }
}

/// An item every attribution after a quote needs one of (a verb of speech,
/// "went"/"goes" (on), or a dash that signs a quote), or that opens a
/// source anywhere in a frame ("as", "according" to, in any case).
pub fn is_attributing(text: &str, item: &Item) -> bool {
    // Verbs start with a lower-case letter, dashes with a hyphen or a
    // non-ASCII byte: most items are turned away by their first byte.
    let first_byte = |start: usize| text.as_bytes().get(start).copied().unwrap_or(0);
    match item {
        Item::Word(w) => {
            let first = first_byte(w.start);
            let word = w.text(text);
            (first.is_ascii_lowercase() || !first.is_ascii()) && (is_cue(text, item) || matches!(word, "went" | "goes"))
                || word.eq_ignore_ascii_case("as")
                || cues::SOURCE_AFTER_PHRASES.iter().any(|phrase| word.eq_ignore_ascii_case(phrase[0]))
        }
        Item::Punct(p) => matches!(first_byte(p.start), b'-' | 0xE2) && is_dash(p.text(text)),
        Item::Quote(_) => false,
    }
}

/// `“...,” Novak said.`, `“...,” said Novak`, `“...” -Novak`.
fn after_quote(text: &str, items: &[Item], pos: usize) -> Option<Found> {
    after_quote_from(text, items, pos, pos + 1)
}

/// The attribution that opens a frame, for the quote that ended the frame
/// before: `“Why?” Novak asked.` (the question mark ends a sentence).
pub fn opening_attribution(text: &str, items: &[Item]) -> Option<Found> {
    after_quote_from(text, items, usize::MAX, 0)
}

fn after_quote_from(text: &str, items: &[Item], pos: usize, start: usize) -> Option<Found> {
    let mut i = start;
    if items.get(i).is_some_and(|item| item.is_punct(text, ",")) {
        i += 1;
    }
    // “...” -Novak / — Novak: a dash and a name ending the frame.
    if let Some(Item::Punct(dash)) = items.get(i) {
        if is_dash(dash.text(text)) && i == pos.wrapping_add(1) {
            let phrase = phrase_after(text, items, i + 1)?;
            let ends = items[phrase.1..].iter().all(|item| !matches!(item, Item::Word(_) | Item::Quote(_)));
            return ends.then_some(Found { source: phrase.0, cue: None, pattern: Pattern::AfterQuote });
        }
    }
    let first = items.get(i)?;
    if is_cue(text, first) {
        let cue = first.word()?;
        // Only verbs of saying invert (“...,” said Novak); “...,” denounced
        // her record is a new clause with an object.
        if !cues::inverts(cue.text(text)) {
            return None;
        }
        let (source, _) = phrase_after(text, items, i + 1)?;
        return Some(Found { source, cue: Some(cue.start..cue.end), pattern: Pattern::AfterQuote });
    }
    let (source, mut next) = phrase_after(text, items, i)?;
    // "Scott Pruitt, the attorney general of Oklahoma, said."
    if items.get(next).is_some_and(|item| item.is_punct(text, ",")) {
        let close = (next + 1..items.len().min(next + 24))
            .take_while(|&k| !matches!(items[k], Item::Quote(_)))
            .find(|&k| items[k].is_punct(text, ","));
        if let Some(close) = close {
            next = close + 1;
        }
    }
    let cue_at = skip_between(text, items, next);
    // "she went on": a phrasal verb of speech.
    let went_on = items.get(cue_at).and_then(Item::word).is_some_and(|w| matches!(w.text(text), "went" | "goes"))
        && items.get(cue_at + 1).and_then(Item::word).is_some_and(|w| w.text(text) == "on");
    let cue = items.get(cue_at).filter(|item| went_on || is_cue(text, item))?.word()?;
    // "a Donald Trump tweet": a noun after a described thing, not a verb.
    let first_word = text[source.clone()].split(' ').next().unwrap_or("");
    if function_words::is_determiner(first_word)
        && cues::is_also_a_noun(cue.text(text))
        && !cue.text(text).ends_with('s')
    {
        return None;
    }
    Some(Found { source, cue: Some(cue.start..cue.end), pattern: Pattern::AfterQuote })
}

/// `Novak said: “...”`, `Novak added, “...”`.
fn before_quote(text: &str, items: &[Item], pos: usize) -> Option<Found> {
    let mut i = pos.checked_sub(1)?;
    if items[i].is_punct(text, ":") || items[i].is_punct(text, ",") {
        i = i.checked_sub(1)?;
    }
    if !is_cue_verb(text, items, i) {
        return None;
    }
    let cue = items[i].word()?;
    let source =
        if is_participle(text, &items[i]) { participle_subject(text, items, i)? } else { subject_of(text, items, i)? };
    Some(Found { source, cue: Some(cue.start..cue.end), pattern: Pattern::BeforeQuote })
}

/// `According to Novak, ...` anywhere in the frame.
fn according_to(text: &str, items: &[Item]) -> Option<Found> {
    // Every quote of a frame asks this of the whole frame: words are turned
    // away by their length before their text is looked at.
    let is = |token: &Token, word: &str| {
        token.end - token.start == word.len() && token.text(text).eq_ignore_ascii_case(word)
    };
    for i in 0..items.len().saturating_sub(1) {
        let Item::Word(a) = &items[i] else { continue };
        let matched = cues::SOURCE_AFTER_PHRASES
            .iter()
            .any(|phrase| is(a, phrase[0]) && items[i + 1].word().is_some_and(|b| is(b, phrase[1])));
        let b = &items[i + 1];
        if let (true, Some(b)) = (matched, b.word()) {
            let (source, _) = phrase_after(text, items, i + 2)?;
            return Some(Found { source, cue: Some(a.start..b.end), pattern: Pattern::AccordingTo });
        }
    }
    None
}

/// `as a Homeland Security memo put it`, `as Cruz said`: a source in an
/// "as" clause anywhere in the frame.
fn as_they_put_it(text: &str, items: &[Item]) -> Option<Found> {
    for (i, item) in items.iter().enumerate() {
        if !item.word().is_some_and(|w| w.end - w.start == 2 && w.text(text).eq_ignore_ascii_case("as")) {
            continue;
        }
        // The verb within a few words: "put it", or a verb of saying.
        for at in i + 2..items.len().min(i + 10) {
            let Some(verb) = items[at].word() else { break };
            let put_it = verb.text(text) == "put"
                && items.get(at + 1).and_then(Item::word).is_some_and(|w| w.text(text) == "it");
            if !(put_it || is_cue(text, &items[at]) && cues::inverts(verb.text(text))) {
                continue;
            }
            let (first, last) = (items[i + 1].word()?, items[at - 1].word()?);
            let opens = first.text(text);
            if !(opens.starts_with(char::is_uppercase)
                || function_words::is_determiner(opens)
                || pronouns::is_subject_pronoun(opens))
            {
                break;
            }
            let end = if put_it { items[at + 1].word()?.end } else { verb.end };
            return Some(Found {
                source: first.start..last.end,
                cue: Some(verb.start..end),
                pattern: Pattern::AccordingTo,
            });
        }
    }
    None
}

/// A headline in title case names its speaker with capitals throughout:
/// `Chris Christie Calls Hillary Clinton ‘A Disgrace’`, `Rush Limbaugh:
/// Hillary ... ‘Reeks of Fear’`, `... Could Address Clean Energy, Lindsey
/// Graham Says`.
pub fn headline(text: &str, items: &[Item]) -> Option<Found> {
    // Title case: at least three words longer than three bytes, all
    // capitalised (the first that is not ends the test: this runs for every
    // quote no pattern attributes).
    let long = items.iter().filter_map(Item::word).map(|w| w.text(text)).filter(|w| w.len() > 3);
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase() || !is_letter(c));
    let (mut count, mut title_case) = (0, true);
    for word in long {
        if !capitalised(word) {
            title_case = false;
            break;
        }
        count += 1;
    }
    if !title_case || count < 3 {
        return None;
    }
    // "Rush Limbaugh: ...": a name and a colon open it.
    if let Some(colon) = items.iter().take(6).position(|i| i.is_punct(text, ":")) {
        if colon > 0
            && items[..colon].iter().all(|i| i.word().is_some())
            && !items[..colon].iter().any(|i| matches!(i, Item::Quote(_)))
        {
            let first = items[0].word()?;
            let last = items[colon - 1].word()?;
            return Some(Found { source: first.start..last.end, cue: None, pattern: Pattern::Label });
        }
    }
    // A capitalised reporting verb with a name right before it.
    for (i, item) in items.iter().enumerate().skip(1) {
        let Some(verb) = item.word() else { continue };
        if !cues::is_speech_verb(verb.text(text)) {
            continue;
        }
        let mut start = i;
        while start > 0
            && i - start < 4
            && items[start - 1].word().is_some_and(|w| !function_words::is_phrase_boundary(w.text(text)))
        {
            start -= 1;
        }
        if start < i {
            let first = items[start].word()?;
            let last = items[i - 1].word()?;
            return Some(Found {
                source: first.start..last.end,
                cue: Some(verb.start..verb.end),
                pattern: Pattern::Label,
            });
        }
    }
    None
}

/// A reporting verb before the quote in its frame, other quotes between
/// them or not (`Novak called it “x” and “y”`); the first of several.
fn earlier_in_sentence(text: &str, frame: &View, pos: usize) -> Option<Found> {
    let items = frame.items;
    // No verb comes before the first item that may attribute (a verb of
    // speech is one): the search for one starts there.
    let first_attributing = first_attributing(text, frame, 0..pos)?;
    // The outermost reporting verb wins ("Ryan said the protests demand
    // “more listening”" is Ryan's), but not one that attributes an earlier
    // quote of the frame ("“A,” Smith said, and Jones called it “B.”").
    let mut from = 0;
    let mut previous: Option<Found> = None;
    for k in 0..pos {
        // A title (on CBS's “Face the Nation,” Ryan said) has no attribution.
        if matches!(items[k], Item::Quote(q) if !frame.titles.contains(&q)) {
            if let Some(found) = after_quote(text, items, k) {
                if let Some(cue) = &found.cue {
                    from = (k..pos)
                        .find(|&c| items[c].word().is_some_and(|w| w.start == cue.start))
                        .map_or(k + 1, |c| c + 1);
                }
                previous = Some(found);
            }
        }
    }
    for i in from.max(first_attributing)..pos {
        if !is_distant_cue(text, items, i) {
            continue;
        }
        let source = if is_participle(text, &items[i]) {
            participle_subject(text, items, i)
        } else {
            subject_of(text, items, i).or_else(|| inverted_subject(text, items, i))
        };
        if let Some(source) = source {
            let cue = items[i].word()?;
            return Some(Found { source, cue: Some(cue.start..cue.end), pattern: Pattern::EarlierInSentence });
        }
    }
    // “A,” one aide said late last month, “B.”: the rest of a split quote.
    previous.map(|found| Found { pattern: Pattern::EarlierInSentence, ..found })
}

/// Who does the saying of a participle: the subject of a reporting verb
/// before it (`Lewandowski added, saying ...`), else the sentence's subject.
pub(super) fn participle_subject(text: &str, items: &[Item], participle: usize) -> Option<Range<usize>> {
    // "footage of Trump saying": the name right before it.
    if let Some(before) =
        participle.checked_sub(1).and_then(|b| items[b].word()).filter(|_| is_participle(text, &items[participle]))
    {
        let w = before.text(text);
        if w.starts_with(char::is_uppercase) && !function_words::is_sentence_starter(w)
            || pronouns::is_subject_pronoun(w)
        {
            return phrase_before(text, items, participle - 1);
        }
    }
    // "is pledging": a progressive verb has its subject before the auxiliary.
    let auxiliary = participle
        .checked_sub(1)
        .and_then(|b| items[b].word())
        .is_some_and(|w| function_words::is_form_of_be(w.text(text)));
    if auxiliary && is_participle(text, &items[participle]) {
        return subject_of(text, items, participle);
    }
    (0..participle)
        .rev()
        .filter(|&i| !is_participle(text, &items[i]) && is_distant_cue(text, items, i))
        .find_map(|i| subject_of(text, items, i).or_else(|| inverted_subject(text, items, i)))
        // "he used stronger language, saying": the nearest subject pronoun.
        .or_else(|| {
            (participle.saturating_sub(15)..participle).rev().find_map(|i| {
                items[i].word().filter(|w| pronouns::is_subject_pronoun(w.text(text))).map(|w| w.start..w.end)
            })
        })
        .or_else(|| main_subject(text, items, participle))
}

/// `said Novak` with the verb right after a quote and a comma.
fn inverted_subject(text: &str, items: &[Item], cue: usize) -> Option<Range<usize>> {
    let quote_before = cue >= 1 && matches!(items[cue - 1], Item::Quote(_))
        || cue >= 2 && items[cue - 1].is_punct(text, ",") && matches!(items[cue - 2], Item::Quote(_));
    quote_before.then(|| phrase_after(text, items, cue + 1).map(|p| p.0)).flatten()
}

/// The subject of the frame's main clause, before item `limit`: past an
/// opening phrase set off by a comma ("During the debate, Cruz ...").
pub fn main_subject(text: &str, items: &[Item], limit: usize) -> Option<Range<usize>> {
    let mut start = items[..limit].iter().position(|item| item.word().is_some())?;
    // "But Novak said": a conjunction opening the sentence is a word alone.
    if function_words::is_opening_conjunction(items[start].word()?.text(text))
        && items.get(start + 1).is_some_and(|i| i.word().is_some())
    {
        start += 1;
    }
    let first = items[start].word()?.text(text);
    // An opening phrase: a preposition or adverb ("During the debate,",
    // "Therefore,"), or a participle ("Citing the attack,", "Chastened by
    // the analyses,": a past participle before a preposition).
    let past_participle = first.len() > 4
        && first.ends_with("ed")
        && items.get(start + 1).and_then(Item::word).is_some_and(|w| function_words::opens_adjunct(w.text(text)));
    let adverbial = first.len() > 4 && (first.ends_with("ly") || first.ends_with("ing")) || past_participle;
    let opens_with_phrase = function_words::is_phrase_boundary(first)
        || adverbial
        || function_words::is_sentence_starter(first)
            && !function_words::is_determiner(first)
            && !pronouns::is_subject_pronoun(first);
    if opens_with_phrase {
        match items[start..limit].iter().position(|item| item.is_punct(text, ",")) {
            Some(comma) => start += comma + 1,
            None => return None,
        }
    }
    subject_phrase_at(text, items, start, limit)
}

/// A subject at item `i`: a pronoun, a run of capitalised words, or a
/// determiner and up to three words ("The billionaire businessman").
fn subject_phrase_at(text: &str, items: &[Item], i: usize, limit: usize) -> Option<Range<usize>> {
    let first = items.get(i).filter(|_| i < limit)?.word()?;
    let first_text = first.text(text);
    if pronouns::is_subject_pronoun(first_text) || first_text.eq_ignore_ascii_case("it") {
        return Some(first.start..first.end);
    }
    let capitalised = |w: &Token| w.text(text).starts_with(char::is_uppercase);
    let mut last = first;
    if capitalised(first) && !function_words::is_sentence_starter(first_text) {
        let mut k = i + 1;
        while k < limit {
            let Some(word) = items[k].word() else { break };
            let next_capitalised = items.get(k + 1).and_then(Item::word).is_some_and(&capitalised);
            // "Clinton campaign spokesman Brian Fallon", "Mayor of London"
            let joins = (word.text(text) == "of" || names::is_title(word.text(text)))
                && (next_capitalised
                    || names::is_title(items.get(k + 1).and_then(Item::word).map_or("", |n| n.text(text))));
            if !capitalised(word) && !joins {
                break;
            }
            last = word;
            k += 1;
        }
        return Some(first.start..last.end);
    }
    let quantity = matches!(
        &*crate::lexicon::lower(first_text),
        "about" | "nearly" | "roughly" | "almost" | "only" | "more" | "over"
    ) || first_text.starts_with(|c: char| c.is_ascii_digit());
    if !function_words::is_determiner(first_text) && !quantity {
        return None;
    }
    let mut words = 0;
    let mut k = i + 1;
    while k < limit && words < 3 {
        let Some(word) = items[k].word() else { break };
        let w = word.text(text);
        if function_words::is_phrase_boundary(w) || cues::is_speech_verb(w) || pronouns::is_subject_pronoun(w) {
            break;
        }
        last = word;
        words += 1;
        k += 1;
    }
    (words > 0).then_some(first.start..last.end)
}

/// A reporting verb after the quote, past other quotes: `“...” and “...,”
/// Novak said.`
fn later_in_sentence(text: &str, frame: &View, pos: usize) -> Option<Found> {
    let items = frame.items;
    if !may_attribute(text, frame, pos + 1..items.len()) {
        return None;
    }
    for i in pos + 1..items.len() {
        if let Item::Quote(_) = items[i] {
            if let Some(found) = after_quote(text, items, i) {
                return Some(Found { pattern: Pattern::LaterInSentence, ..found });
            }
            continue;
        }
        if is_distant_cue(text, items, i) {
            let source = if is_participle(text, &items[i]) {
                participle_subject(text, items, i)?
            } else {
                subject_of(text, items, i).or_else(|| {
                    phrase_after(text, items, i + 1)
                        .filter(|_| cues::inverts(items[i].word().map_or("", |w| w.text(text))))
                        .map(|p| p.0)
                })?
            };
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
    if before.iter().any(|i| matches!(i, Item::Quote(_))) {
        return None;
    }
    let mut words = before.iter().filter_map(Item::word);
    let first = words.next()?;
    // Every word a capitalised name part or a title: "Rep. Trey Gowdy
    // (R-S.C.)", "Former secretary of state Hillary Clinton"; at most eight.
    let name_like = |w: &Token| {
        let w = w.text(text);
        w.starts_with(char::is_uppercase) || names::is_title(w) || matches!(w, "of" | "the" | "and")
    };
    if !first.text(text).starts_with(char::is_uppercase) || !name_like(first) {
        return None;
    }
    let (mut last, mut count) = (first, 1);
    for word in words {
        count += 1;
        if count > 8 || !name_like(word) {
            return None;
        }
        last = word;
    }
    Some(Found { source: span(first, last), cue: None, pattern: Pattern::Label })
}

/// `Perez lobbies for a higher wage: “...”`: a quote after a colon is the
/// subject's, whatever the verb.
fn after_colon(text: &str, items: &[Item], pos: usize) -> Option<Found> {
    let colon = pos.checked_sub(1).filter(|&i| items[i].is_punct(text, ":"))?;
    let source = main_subject(text, items, colon)?;
    Some(Found { source, cue: None, pattern: Pattern::Colon })
}

/// The source a frame ending in a colon introduces, for the quote that
/// opens the next paragraph: `Reporter Jomana Karadsheh says:` or `as Joel
/// Pollak observed, the winner was the stage itself:`.
pub fn introducer(text: &str, items: &[Item]) -> Option<Found> {
    let colon = items.len().checked_sub(1).filter(|&i| items[i].is_punct(text, ":"))?;
    for i in (0..colon).rev() {
        if is_cue_verb(text, items, i) {
            let source = if is_participle(text, &items[i]) {
                participle_subject(text, items, i)
            } else {
                subject_of(text, items, i)
            };
            if let Some(source) = source {
                let cue = items[i].word()?;
                return Some(Found { source, cue: Some(cue.start..cue.end), pattern: Pattern::Colon });
            }
        }
    }
    let source = main_subject(text, items, colon)?;
    Some(Found { source, cue: None, pattern: Pattern::Colon })
}

/// A paragraph that is only a dash and a name signs the quote before it:
/// `- Bernie Sanders.`
pub fn signature(text: &str, items: &[Item]) -> Option<Range<usize>> {
    items.first().filter(|i| matches!(i, Item::Punct(t) if is_dash(t.text(text))))?;
    let (source, next) = phrase_after(text, items, 1)?;
    let rest_is_punctuation = items[next..].iter().all(|i| matches!(i, Item::Punct(_)));
    (rest_is_punctuation && text[source.clone()].starts_with(char::is_uppercase)).then_some(source)
}

/// Skips auxiliaries and adverbs from `i` on ("has also said").
pub(super) fn skip_between(text: &str, items: &[Item], mut i: usize) -> usize {
    while items
        .get(i)
        .and_then(Item::word)
        .is_some_and(|w| function_words::may_stand_between_source_and_verb(w.text(text)))
    {
        i += 1;
    }
    i
}

/// The subject of the reporting verb at `cue`: the noun phrase before it,
/// past auxiliaries and adverbs, and past an appositive between commas
/// (`Elena Novak, head of the port authority, said`).
pub(super) fn subject_of(text: &str, items: &[Item], cue: usize) -> Option<Range<usize>> {
    let mut i = cue;
    loop {
        while i > 0
            && items[i - 1].word().is_some_and(|w| function_words::may_stand_between_source_and_verb(w.text(text)))
        {
            i -= 1;
        }
        let before_time = skip_time_back(text, items, i);
        if before_time == i {
            break;
        }
        i = before_time;
    }
    let mut end = i.checked_sub(1)?;
    // "went on to say", "hits Clinton and claims": the verb shares the
    // subject of the clause before it.
    if items[end].word().is_some_and(|w| matches!(w.text(text), "to" | "and" | "but")) {
        return participle_subject(text, items, end);
    }
    // "Novak, who said ...": the one the relative clause is about.
    if items[end].word().is_some_and(|w| w.text(text) == "who") {
        end = end.checked_sub(1)?;
        if items[end].is_punct(text, ",") {
            return phrase_before(text, items, end.checked_sub(1)?);
        }
        return phrase_before(text, items, end);
    }
    if let Some(phrase) = phrase_before(text, items, end).filter(|_| !items[end].is_punct(text, ",")) {
        // "Another source speaking to Fox News said": Fox News is the object
        // of a preposition after a participle; the source comes before.
        let start = (0..=end).rev().find(|&k| items[k].word().is_some_and(|w| w.start == phrase.start));
        if let Some(start) = start.filter(|&k| k >= 2) {
            let preposition = items[start - 1].word().is_some_and(|w| {
                matches!(
                    w.text(text),
                    "to" | "with" | "by" | "for" | "from" | "at" | "on" | "in" | "through" | "across" | "into" | "near"
                )
            });
            let participle =
                items[start - 2].word().is_some_and(|w| w.text(text).ends_with("ing") || w.text(text).ends_with("ed"));
            if preposition && participle && start >= 3 {
                if let Some(subject) = phrase_before(text, items, start - 3) {
                    return Some(subject);
                }
            }
            // "Officials in Washington said", "A spokesman for Clinton
            // said": the name is the object of a preposition after the
            // subject's own noun, which heads the source.
            // The noun is lower case, or capitalised as the sentence's first
            // word (not merely the first of the window the verb is read in).
            let noun_before = || {
                items[start - 2].word().is_some_and(|w| {
                    w.text(text).starts_with(char::is_lowercase)
                        || start == 2 && (w.start == 0 || text[..w.start].trim_end().ends_with(['.', '!', '?']))
                })
            };
            if preposition && !participle && noun_before() {
                if let Some(head) = phrase_before(text, items, start - 2) {
                    return Some(head.start..phrase.end);
                }
            }
        }
        return Some(phrase);
    }
    if items[end].is_punct(text, ",") {
        // "Clinton, during a town hall in Columbus, Ohio, said": when the
        // sentence's subject is followed by a comma, all up to the verb is
        // set off from it.
        if let Some(subject) = main_subject(text, items, end) {
            let after = (0..end).rev().find(|&k| items[k].word().is_some_and(|w| w.end == subject.end)).map(|k| k + 1);
            let after = after.map(|k| skip_parenthetical(text, items, k).unwrap_or(k));
            if after.is_some_and(|k| k < end && items[k].is_punct(text, ","))
                && !items[..end].iter().any(|i| matches!(i, Item::Quote(_)))
            {
                return Some(subject);
            }
        }
        // An appositive: find its opening comma, and take the phrase before.
        let open = (end.saturating_sub(14)..end)
            .rev()
            .find(|&k| items[k].is_punct(text, ",") || matches!(items[k], Item::Quote(_)))?;
        if !items[open].is_punct(text, ",") || open == 0 {
            return None;
        }
        let capitalised = |r: &Range<usize>| text[r.clone()].starts_with(char::is_uppercase);
        // `One of the authors of the report, Ari Fleischer, said`: when the
        // phrase before is no name, the name set off between the commas is.
        let named_between = || {
            let opens_appositive = items[open + 1].word()?.start;
            phrase_before(text, items, end - 1).filter(|r| r.start == opens_appositive && capitalised(r))
        };
        return phrase_before(text, items, open - 1).filter(capitalised).or_else(named_between);
    }
    phrase_before(text, items, end)
}

/// The start of a time expression ending just before item `i` ("two weeks
/// ago", "on Monday"), or `i` when there is none.
pub(super) fn skip_time_back(text: &str, items: &[Item], i: usize) -> usize {
    let mut k = i;
    let mut saw_time = false;
    while k > 0 {
        let Some(word) = items[k - 1].word() else { break };
        let w = word.text(text);
        if function_words::is_time_word(w) {
            saw_time = true;
        } else if !(saw_time && function_words::is_time_glue(w)) {
            break;
        }
        k -= 1;
    }
    if saw_time {
        k
    } else {
        i
    }
}

/// The longest parenthetical a name carries: "(R-S.C.)", "(D-Newport News)".
const MAX_PARENTHETICAL: usize = 8;

/// The index after a parenthetical opening at `i`, if one does.
fn skip_parenthetical(text: &str, items: &[Item], i: usize) -> Option<usize> {
    if !items.get(i)?.is_punct(text, "(") {
        return None;
    }
    (i + 1..items.len().min(i + 1 + MAX_PARENTHETICAL)).find(|&k| items[k].is_punct(text, ")")).map(|k| k + 1)
}

/// The index of the opening bracket of a parenthetical closing at `i`.
fn parenthetical_start(text: &str, items: &[Item], i: usize) -> Option<usize> {
    if !items.get(i)?.is_punct(text, ")") {
        return None;
    }
    (i.saturating_sub(MAX_PARENTHETICAL)..i).rev().find(|&k| items[k].is_punct(text, "("))
}

/// The noun phrase ending at item `end`, read backwards.
fn phrase_before(text: &str, items: &[Item], end: usize) -> Option<Range<usize>> {
    // "Rep. John Mica (R-Fla.) said": the name is before the bracket.
    let end = match parenthetical_start(text, items, end) {
        Some(open) => open.checked_sub(1)?,
        None => end,
    };
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
    // A phrase ending in a name runs back over names and titles only:
    // "They met Novak" gives "Novak", "campaign spokeswoman Haley Morris" all.
    let ends_in_name = last_text.starts_with(char::is_uppercase);
    while k > 0 && count < MAX_PHRASE_WORDS {
        let Some(word) = items[k - 1].word() else { break };
        let w = word.text(text);
        // (Tested only for a name: these look-ups run for every word back.)
        let name_part =
            || w.starts_with(char::is_uppercase) || names::is_title(w) || w == "of" || function_words::is_determiner(w);
        if ends_in_name && !name_part() {
            break;
        }
        // A past tense or an adverb ends a description: "Obama rebuked critics".
        let verb_like = w.len() > 4
            && (w.ends_with("ed") || w.ends_with("ly"))
            && w.starts_with(char::is_lowercase)
            && !names::is_title(w);
        if verb_like {
            break;
        }
        if function_words::is_determiner(w) {
            first = word;
            // "the head of the agency", "people familiar with the talks":
            // go on over a preposition before the determiner.
            let preposition = k >= 2
                && items[k - 2].word().is_some_and(|p| function_words::INNER_PREPOSITIONS.contains(&p.text(text)));
            if !preposition || count > 4 {
                break;
            }
            k -= 1;
            count += 1;
            continue;
        }
        // (The verb is looked up only when the cheaper tests before it
        // have not already ended the search.)
        let verb = || w.starts_with(char::is_lowercase) && cues::is_speech_verb(w);
        if function_words::is_phrase_boundary(w) || pronouns::is_subject_pronoun(w) || verb() {
            if !function_words::INNER_PREPOSITIONS.contains(&w) || count > 4 {
                break;
            }
            // "people familiar with the matter", "officials in Congress"
            let before =
                k >= 2 && items[k - 2].word().is_some_and(|p| !function_words::is_phrase_boundary(p.text(text)));
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
    // (Searched back from the end: the phrase is a few words long.)
    if let Some(pos) = (0..=end).rev().find(|&k| items[k].word().is_some_and(|w| w.start == first.start)) {
        let mut p = pos;
        while p < end
            && items[p].word().is_some_and(|w| {
                function_words::is_sentence_starter(w.text(text)) && !function_words::is_determiner(w.text(text))
            })
        {
            p += 1;
            first = items[p].word()?;
        }
    }
    // A source starts with a determiner, a capital or a pronoun, or is a
    // short plural ("critics", "senior officials"); anything else is the
    // tail of another clause ("chided Trump for raising", "Following
    // initial reports").
    let first_text = first.text(text);
    let plural = || text[first.start..last.end].split_whitespace().count() <= 3 && last_text.ends_with('s');
    let role_head = || names::is_title(last_text);
    // Cheapest tests first: the look-ups only when the shape does not tell.
    let valid = ends_in_name
        || first_text.starts_with(char::is_uppercase)
        || function_words::is_determiner(first_text)
        || names::is_title(first_text)
        || plural()
        || role_head();
    if !valid {
        return None;
    }
    let start = first.start;
    Some(start..last.end)
}

/// The noun phrase starting at item `start`, read forwards; returns it and
/// the index after it.
pub(super) fn phrase_after(text: &str, items: &[Item], start: usize) -> Option<(Range<usize>, usize)> {
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
            items
                .get(i + 2)
                .and_then(Item::word)
                .is_some_and(|n| !function_words::is_phrase_boundary(n.text(text)) || n.text(text) == "the")
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
    let next = skip_parenthetical(text, items, i + 1).unwrap_or(i + 1);
    Some((first.start..last.end, next))
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
        nth(text, 0)
    }

    /// (source, cue, pattern) for quote `n` of `text`.
    fn nth(text: &str, n: usize) -> Option<(&str, Option<&str>, Pattern)> {
        let paras = paragraphs::split(text);
        let sentences = sentences::split(text, &paras);
        let quotes = quotes::find(text, &paras);
        let built = frames::build(text, &sentences, &quotes);
        let (frame, pos) = built.of_quote[n];
        attribute(text, &built.view(&built.frames[frame]), pos)
            .map(|f| (&text[f.source], f.cue.map(|c| &text[c]), f.pattern))
    }

    #[test]
    fn source_then_cue_after_the_quote() {
        assert_eq!(first("“We will,” Novak said."), Some(("Novak", Some("said"), Pattern::AfterQuote)));
        assert_eq!(first("“We will,” she later told reporters."), Some(("she", Some("told"), Pattern::AfterQuote)));
        assert_eq!(
            first("“We will,” the mayor of Rotterdam said."),
            Some(("the mayor of Rotterdam", Some("said"), Pattern::AfterQuote))
        );
    }

    #[test]
    fn cue_then_source_after_the_quote() {
        assert_eq!(
            first("“We will,” said Elena Novak, head of the port authority."),
            Some(("Elena Novak", Some("said"), Pattern::AfterQuote))
        );
        assert_eq!(
            first("“We will,” said a senior official."),
            Some(("a senior official", Some("said"), Pattern::AfterQuote))
        );
    }

    #[test]
    fn a_dash_and_a_name_after_the_quote() {
        assert_eq!(
            first("“Never give up.” —Winston Churchill"),
            Some(("Winston Churchill", None, Pattern::AfterQuote))
        );
    }

    #[test]
    fn source_and_cue_before_the_quote() {
        assert_eq!(first("Novak said: “We will.”"), Some(("Novak", Some("said"), Pattern::BeforeQuote)));
        assert_eq!(
            first("But Sen. Ilhan Omar added, “No.”"),
            Some(("Sen. Ilhan Omar", Some("added"), Pattern::BeforeQuote))
        );
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
        assert_eq!(
            first("According to Novak, “the port is safe.”"),
            Some(("Novak", Some("According to"), Pattern::AccordingTo))
        );
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
    fn a_participle_takes_the_subject_of_its_sentence() {
        assert_eq!(
            first("During the debate, Cruz attacked the plan, calling it “corporate welfare.”"),
            Some(("Cruz", Some("calling"), Pattern::EarlierInSentence))
        );
        assert_eq!(
            first("Comey cannot say that, Lewandowski added, saying it is “up to the prosecutor.”"),
            // The outermost verb that is not denied ("cannot say") reports it.
            Some(("Lewandowski", Some("added"), Pattern::EarlierInSentence))
        );
    }

    #[test]
    fn nouns_that_look_like_cues_are_not_cues() {
        // "remarks" after a possessive is a noun; "denounced" is the cue.
        assert_eq!(
            first("Hollande denounced Trump’s remarks as “hurtful.”"),
            Some(("Hollande", Some("denounced"), Pattern::EarlierInSentence))
        );
    }

    #[test]
    fn time_between_source_and_verb() {
        assert_eq!(
            first("The State Department less than two weeks ago said that “top secret” data passed."),
            Some(("The State Department", Some("said"), Pattern::EarlierInSentence))
        );
    }

    #[test]
    fn the_subject_of_a_clause_ending_in_a_colon() {
        assert_eq!(
            first("Perez lobbies for a higher wage: “No one should be poor.”"),
            Some(("Perez", None, Pattern::Colon))
        );
    }

    #[test]
    fn a_name_with_a_party_and_state_in_brackets() {
        assert_eq!(
            first("“Subpoenas are not optional,” Rep. Jason Chaffetz (R-Utah) said."),
            Some(("Rep. Jason Chaffetz", Some("said"), Pattern::AfterQuote))
        );
        assert_eq!(
            first("Rep. Jim Jordan (R-Ohio), an oversight panel member, said: “Enough.”"),
            Some(("Rep. Jim Jordan", Some("said"), Pattern::BeforeQuote))
        );
    }

    #[test]
    fn an_appositive_between_name_and_cue_after_the_quote() {
        assert_eq!(
            first("“It is an invasion,” Scott Pruitt, the attorney general of Oklahoma, said."),
            Some(("Scott Pruitt", Some("said"), Pattern::AfterQuote))
        );
    }

    #[test]
    fn a_relative_clause_speaks_for_its_noun() {
        assert_eq!(
            first("They met Novak, who later described the deal as “a disaster.”"),
            Some(("Novak", Some("described"), Pattern::EarlierInSentence))
        );
    }

    #[test]
    fn a_horizontal_bar_signs_a_quote() {
        assert_eq!(
            first("“The most unqualified ever.” \u{2015} Francisco Herrero"),
            Some(("Francisco Herrero", None, Pattern::AfterQuote))
        );
    }

    #[test]
    fn a_lower_case_title_opens_a_name() {
        assert_eq!(
            first("On Sunday, former President Bill Clinton said fans faced “vicious trolling” online."),
            Some(("former President Bill Clinton", Some("said"), Pattern::EarlierInSentence))
        );
    }

    #[test]
    fn passive_verbs_do_not_name_their_subject() {
        assert_eq!(first("In an interview, Trump was asked, “What is the most dangerous place?”"), None);
    }

    #[test]
    fn a_subject_set_off_by_commas_from_its_verb() {
        assert_eq!(
            first("Clinton, during a town hall in Columbus, Ohio, said she was “going to win.”"),
            Some(("Clinton", Some("said"), Pattern::EarlierInSentence))
        );
    }

    #[test]
    fn weak_verbs_count_only_beside_the_quote() {
        // "continue" here is no reporting verb: "said" is.
        assert_eq!(
            first("Cruz said he is certain Rubio will continue to be “a champion.”"),
            Some(("Cruz", Some("said"), Pattern::EarlierInSentence))
        );
        assert_eq!(first("“And then,” he continued, “we won.”"), Some(("he", Some("continued"), Pattern::AfterQuote)));
    }

    #[test]
    fn only_verbs_of_saying_come_before_their_subject() {
        // "denounced her record" is a new clause, not an inverted attribution.
        assert_eq!(first("Trump summed up Clinton as “terrible,” denounced her record and left."), None);
    }

    #[test]
    fn the_outermost_reporting_verb_wins() {
        assert_eq!(
            first("Ryan said the protests demand “more listening.”"),
            Some(("Ryan", Some("said"), Pattern::EarlierInSentence))
        );
    }

    #[test]
    fn a_verb_that_attributes_an_earlier_quote_is_not_reused() {
        let text = "“A,” Smith said, and Jones called it “B.”";
        assert_eq!(nth(text, 1).map(|f| f.0), Some("Jones"));
    }

    #[test]
    fn a_reporting_noun_after_a_description_is_no_verb() {
        assert_eq!(
            first("Clinton called it “unhinged,” a Donald Trump tweet notwithstanding."),
            Some(("Clinton", Some("called"), Pattern::EarlierInSentence))
        );
    }

    #[test]
    fn marchers_through_the_streets_chant() {
        assert_eq!(
            first("Protesters marching through the streets chanted “What curfew?” all night."),
            Some(("Protesters", Some("chanted"), Pattern::BeforeQuote))
        );
    }

    #[test]
    fn the_rest_of_a_split_quote_with_time_between() {
        let text = "“That is no answer,” one aide said late last month, “but a muted one.”";
        assert_eq!(nth(text, 1).map(|f| f.0), Some("one aide"));
    }

    #[test]
    fn a_title_earlier_in_the_sentence_does_not_take_the_verb() {
        let text = "In an interview on CBS's “Face the Nation,” Paul Ryan said protests demand that we engage in “more listening.”";
        assert_eq!(nth(text, 1).map(|f| f.0), Some("Paul Ryan"));
    }

    #[test]
    fn an_opening_word_is_no_source() {
        assert_eq!(
            first("Following initial reports, Donald Trump said that “a bomb” had gone off."),
            Some(("Donald Trump", Some("said"), Pattern::EarlierInSentence))
        );
    }

    #[test]
    fn no_pattern_no_source() {
        assert_eq!(first("The so-called “reform package” stalled."), None);
        assert_eq!(first("“We will.” The port reopened on Monday."), None);
    }
}
