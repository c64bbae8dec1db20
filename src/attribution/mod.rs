//! Attribution: takes the text, its sentences and quotes, gives for each
//! quote the phrase that names its source and the reporting word, or the
//! earlier quote whose speaker it continues, or why it has no speaker.
//!
//! How it works: quotes are looked at within their frame (the sentences
//! around them, [`frames`]), where the patterns of news ([`patterns`]) find a
//! source phrase and a cue. A quote with no pattern of its own that stands as
//! a sentence continues the speaker before it: the last attributed quote of
//! its paragraph, or of the paragraph before when it opens its own. The
//! pieces of a quote that runs over paragraphs share one attribution. A
//! quote inside a sentence with no attribution stays without a speaker, and
//! says why when it can tell (a scare quote, a title).
//!
//! Source phrases are only found here; [`crate::speakers`] decides who they
//! are (resolving "she" and "Novak" to Elena Novak).

pub mod frames;
pub mod mentions;
pub mod patterns;
pub mod reported;

use std::ops::Range;

pub use crate::analysis::Unattributed;
use crate::lexicon::quoting;
use crate::quotes::QuoteSpan;
use crate::text::words::is_letter;
use frames::{Frames, Item};
use patterns::Pattern;

/// How a quote was attributed.
#[derive(Debug, Clone, PartialEq)]
pub enum Attribution {
    /// A pattern found its source phrase (and usually a cue).
    Stated { source: Range<usize>, cue: Option<Range<usize>>, pattern: Pattern },
    /// It continues the speaker of an earlier quote, by index.
    Continues { quote: usize, why: Continuation },
    /// No speaker.
    None(Unattributed),
}

/// Why a quote continues an earlier one's speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Continuation {
    /// A piece of a quote that runs over several paragraphs.
    SameQuote,
    /// A quote standing as a sentence after another in its paragraph.
    SameParagraph,
    /// A quote opening a paragraph after a paragraph that quoted someone.
    NextParagraph,
}

impl Attribution {
    /// Whether this attribution is a guess that needs the speaker to be
    /// quoted outright elsewhere before it counts.
    pub fn is_guess(&self) -> bool {
        matches!(self, Attribution::Stated { pattern: Pattern::SentenceSubject, .. })
    }

    /// How likely the attribution is right, from how it was found. Each
    /// weight is the share of that pattern's attributions that human
    /// annotators agreed with on the PolNeAR train split (840 articles), so
    /// the figure means what it says; remeasure when a pattern changes.
    pub fn confidence(&self) -> f64 {
        match self {
            Attribution::Stated { pattern, .. } => match pattern {
                // The quote and its "X said" touch: hardly ever wrong.
                Pattern::AfterQuote => 0.98,
                // "X said:" right before the quote.
                Pattern::BeforeQuote => 0.90,
                // "According to X" may name a report rather than a person.
                Pattern::AccordingTo => 0.84,
                // A speaker's label before a colon (transcripts, headlines).
                Pattern::Label => 0.83,
                // A verb further off: the clause may belong to someone else.
                Pattern::EarlierInSentence => 0.88,
                Pattern::LaterInSentence => 0.68,
                // A colon after a clause introduces, but not always speech.
                Pattern::Colon => 0.72,
                // A guess from the sentence's subject, confirmed only by
                // that subject being quoted elsewhere.
                Pattern::SentenceSubject => 0.64,
                // Reported speech: its content span and its source must
                // both be right, which is harder than for a marked quote.
                Pattern::Reported => 0.6,
            },
            Attribution::Continues { why, .. } => match why {
                // Running quotes are often transcripts or pasted fragments.
                Continuation::SameQuote => 0.74,
                // A quote alone after another in one paragraph: news style.
                Continuation::SameParagraph => 0.98,
                // Paragraph breaks are where speakers change.
                Continuation::NextParagraph => 0.54,
            },
            Attribution::None(_) => 0.0,
        }
    }
}

/// The quote whose attribution quote `index` rests on: itself, or the end of
/// its chain of continuations.
pub fn origin(attributions: &[Attribution], mut index: usize) -> usize {
    // A chain is never longer than the list; the bound guards against a cycle.
    for _ in 0..attributions.len() {
        match attributions[index] {
            Attribution::Continues { quote, .. } if quote != index => index = quote,
            _ => break,
        }
    }
    index
}

/// Attributes each quote, in order.
pub fn attribute(text: &str, built: &Frames, quotes: &[QuoteSpan]) -> Vec<Attribution> {
    let mut result: Vec<Attribution> = Vec::with_capacity(quotes.len());
    // The counts of attributing items and of words of the last long frame
    // seen: its quotes are many and come one after another.
    let mut counted: Option<(usize, Vec<u32>, Vec<u32>)> = None;
    // The last quote attributed so far, for the quotes that continue it.
    let mut last_attributed: Option<usize> = None;
    for (index, quote) in quotes.iter().enumerate() {
        if index > 0 && !matches!(result[index - 1], Attribution::None(_)) {
            last_attributed = Some(index - 1);
        }
        let (frame_index, pos) = built.of_quote[index];
        let whole = &built.frames[frame_index];
        if whole.items.len() > 2 * WINDOW_ITEMS + 1 && counted.as_ref().is_none_or(|(i, _, _)| *i != frame_index) {
            let items = built.items(whole);
            counted = Some((frame_index, count_attributing(text, items), count_words(items)));
        }
        let counted_here = counted.as_ref().filter(|(i, _, _)| *i == frame_index);
        let (view, window_start) = window(built.view(whole), pos, counted_here.map(|(_, counts, _)| &counts[..]));
        let words = counted_here.map(|(_, _, words)| &words[window_start..=window_start + view.items.len()]);
        // From here on the quote's frame is the window, and its place in it.
        let (frame, pos) = (&view, pos - window_start);
        let inner = &text[quote.inner_start..quote.inner_end];
        if !inner.chars().any(is_letter) {
            result.push(Attribution::None(Unattributed::NotStated)); // a number, a date
            continue;
        }
        // Its first colon, found once: a web address's "://" and a
        // transcript's label both start at or after it.
        let colon = inner.find(':');
        if colon.is_some_and(|c| inner[c..].contains("://")) {
            result.push(Attribution::None(Unattributed::NotStated)); // a web address
            continue;
        }
        let word_before =
            pos.checked_sub(1).and_then(|p| frame.items[p].word()).map(|w| crate::lexicon::lower(w.text(text)));
        if word_before.as_deref().is_some_and(|w| quoting::ALWAYS_SCARE_MARKERS.contains(&w)) {
            result.push(Attribution::None(Unattributed::ScareQuote));
            continue;
        }
        if let Some(label) = colon.and_then(|colon| transcript_label(text, quote, colon)) {
            result.push(Attribution::Stated { source: label, cue: None, pattern: Pattern::Label });
            continue;
        }
        if let Some(found) = patterns::attribute(text, frame, pos) {
            // A title (“Meet the Press”) in a sentence that quotes someone
            // else is not their words; only an attribution touching it counts.
            let touching = matches!(found.pattern, Pattern::AfterQuote | Pattern::BeforeQuote | Pattern::Label);
            // After a possessive, a show's or outlet's noun, or "told": a
            // name of a work or outlet (ABC's “This Week”, told “Fox and
            // Friends”, the TV show “Shark Tank”), even with an attribution touching it.
            let after_possessive = word_before.as_deref().is_some_and(|w| {
                is_possessive(w) || quoting::WORK_NOUNS.contains(&w) || matches!(w, "told" | "tells" | "on")
            }) || work_noun_before_comma(text, frame, pos);
            // (The title's own test last: most quotes are ruled out before it.)
            if (after_possessive || !touching && names_a_work(text, frame, pos))
                && crate::quotes::looks_like_a_title(inner)
            {
                result.push(Attribution::None(Unattributed::Title));
            } else {
                result.push(Attribution::Stated { source: found.source, cue: found.cue, pattern: found.pattern });
            }
            continue;
        }
        result.push(unstated(text, built, quotes, &result, index, (frame, pos, words), last_attributed));
    }
    share_across_pieces(quotes, &mut result);
    result
}

/// The attribution of a quote that no pattern attributes. `words`: for each
/// item of the window and one past its end, how many words come before it
/// (when counted for a long frame). `last_attributed`: the last quote before
/// it whose attribution is not `None`.
fn unstated(
    text: &str,
    built: &Frames,
    quotes: &[QuoteSpan],
    done: &[Attribution],
    index: usize,
    (frame, pos, words): (&frames::View, usize, Option<&[u32]>),
    last_attributed: Option<usize>,
) -> Attribution {
    let quote = &quotes[index];
    let frame_index = built.of_quote[index].0;
    if let Some(previous) = index.checked_sub(1) {
        let prev = &quotes[previous];
        if prev.continues && prev.paragraph + 1 == quote.paragraph {
            return continues(done, previous, Continuation::SameQuote);
        }
    }
    // A headline is short: a frame too long to be looked at whole is none.
    let whole = frame.items.len() == built.frames[frame_index].items.len();
    if let Some(found) = whole.then(|| patterns::headline(text, frame.items)).flatten() {
        return Attribution::Stated { source: found.source, cue: found.cue, pattern: found.pattern };
    }
    if let Some(found) = closed_by_another_mark(text, quote) {
        return Attribution::Stated { source: found.source, cue: found.cue, pattern: Pattern::AfterQuote };
    }
    let before = pos.checked_sub(1).and_then(|p| frame.items[p].word()).map(|w| crate::lexicon::lower(w.text(text)));
    if before.as_deref().is_some_and(|w| quoting::SCARE_QUOTE_MARKERS.contains(&w)) {
        return Attribution::None(Unattributed::ScareQuote);
    }
    if !stands_as_sentence(text, frame, pos, words) {
        let inner = &text[quote.inner_start..quote.inner_end];
        if crate::quotes::looks_like_a_title(inner) {
            return Attribution::None(Unattributed::Title);
        }
        // Words quoted inside a sentence about someone are, in news, that
        // someone's: "Ramos believes in journalism that “takes sides.”"
        if let Some(source) = patterns::main_subject(text, frame.items, pos).filter(|s| names_someone(text, s)) {
            return Attribution::Stated { source, cue: None, pattern: Pattern::SentenceSubject };
        }
        return Attribution::None(Unattributed::NotStated);
    }
    let opens_paragraph = index == 0 || quotes[index - 1].paragraph != quote.paragraph;
    // `“Why?” Novak asked.`: the quote ended its sentence and the next one
    // opens with the attribution.
    let ends_frame = frame.items[pos + 1..].iter().all(|item| matches!(item, Item::Punct(_)));
    if let Some(next) = built.frames.get(frame_index + 1).filter(|f| ends_frame && f.paragraph == quote.paragraph) {
        if let Some(found) = patterns::opening_attribution(text, built.items(next)) {
            return Attribution::Stated { source: found.source, cue: found.cue, pattern: Pattern::AfterQuote };
        }
    }
    // A paragraph ending in a colon introduces the quote that opens the next:
    // `Reporter Jomana Karadsheh says:`.
    if opens_paragraph && frame_index > 0 {
        let previous = &built.frames[frame_index - 1];
        if previous.paragraph + 1 == quote.paragraph {
            if let Some(found) = patterns::introducer(text, built.items(previous)) {
                return Attribution::Stated { source: found.source, cue: found.cue, pattern: found.pattern };
            }
        }
    }
    // A quote alone in its paragraph signed in the next: `- Bernie Sanders.`
    if let Some(signature) = built.frames.get(frame_index + 1).filter(|f| f.paragraph == quote.paragraph + 1) {
        if let Some(source) = patterns::signature(text, built.items(signature)) {
            return Attribution::Stated { source, cue: None, pattern: Pattern::AfterQuote };
        }
    }
    // The last attributed quote before it, in its paragraph or (when it
    // opens its paragraph) in the paragraph before. Quotes come in text
    // order, so their paragraphs never decrease: the quotes between that
    // one and this are of one of those paragraphs too. (Stepping back quote
    // by quote past unattributed ones cost a frame of thousands of quotes
    // 64 steps for each.)
    if let Some(previous) = last_attributed.filter(|&p| index - p <= MAX_QUOTES_BACK) {
        let prev = &quotes[previous];
        let same = prev.paragraph == quote.paragraph;
        let adjacent = opens_paragraph && prev.paragraph + 1 == quote.paragraph;
        if same || adjacent {
            let why = if same { Continuation::SameParagraph } else { Continuation::NextParagraph };
            return continues(done, previous, why);
        }
    }
    Attribution::None(Unattributed::NotStated)
}

/// How many items either side of a quote its attribution is looked for in.
/// A sentence of news has a few dozen; a frame of thousands (a paste of
/// minified JSON, a list of quoted words on one line) would otherwise be
/// scanned whole for each of its quotes, a cost that grows with the square
/// of its length. Measured: 40 gives the same result as 100 on all 924
/// PolNeAR articles (30 does not), and halves the time of 1 MB of JSON.
const WINDOW_ITEMS: usize = 40;

/// How many quotes back a quote with no attribution of its own looks for
/// the speaker it continues.
const MAX_QUOTES_BACK: usize = 64;

/// The part of the whole `frame` within [`WINDOW_ITEMS`] of the quote at
/// `pos` (the whole frame when it is no longer than that), and where the
/// part starts in `frame`: the quote is at `pos` less that in it.
fn window<'f>(frame: frames::View<'f>, pos: usize, counts: Option<&'f [u32]>) -> (frames::View<'f>, usize) {
    if frame.items.len() <= 2 * WINDOW_ITEMS + 1 {
        return (frame, 0);
    }
    let lo = pos.saturating_sub(WINDOW_ITEMS);
    let hi = (pos + WINDOW_ITEMS + 1).min(frame.items.len());
    let items = &frame.items[lo..hi];
    let quote_index = |item: &Item| if let Item::Quote(q) = item { Some(*q) } else { None };
    // The titles among the window's quotes (both lists are in text order;
    // the window holds at least its own quote).
    let first = items.iter().find_map(quote_index).unwrap_or(usize::MAX);
    let last = items.iter().rev().find_map(quote_index).unwrap_or(0);
    let titles =
        &frame.titles[frame.titles.partition_point(|&t| t < first)..frame.titles.partition_point(|&t| t <= last)];
    let attributing = counts.map(|counts| &counts[lo..=hi]);
    (frames::View { items, titles, attributing }, lo)
}

/// For each item of `items` and one past the end, how many words come before
/// it: whether a stretch of a long frame holds a word is then one
/// subtraction, not a pass over it for every quote.
fn count_words(items: &[Item]) -> Vec<u32> {
    // Collected from an iterator of known length: no capacity test per item.
    let mut count = 0u32;
    let running = items.iter().map(|item| {
        count += u32::from(matches!(item, Item::Word(_)));
        count
    });
    std::iter::once(0).chain(running).collect()
}

/// For each item of `items` and one past the end, how many items before it
/// may attribute a quote.
fn count_attributing(text: &str, items: &[Item]) -> Vec<u32> {
    let mut counts = Vec::with_capacity(items.len() + 1);
    let mut count = 0u32;
    counts.push(0);
    for item in items {
        count += u32::from(patterns::is_attributing(text, item));
        counts.push(count);
    }
    counts
}

/// `“We will build a wall," he said. "It will be big.`: a quote opened with
/// one style and closed with another never closes by the rules, and runs to
/// its paragraph's end with its attribution inside. A mark of another style
/// followed by an attribution ends the quoted words there.
fn closed_by_another_mark(text: &str, quote: &QuoteSpan) -> Option<patterns::Found> {
    if quote.closed {
        return None;
    }
    let inner = &text[quote.inner_start..quote.inner_end];
    // The quote's words, made once, and the first of them at or after the
    // mark being tried. A mark followed by white space ends every token
    // before it, so the items from there are what tokenizing from there
    // gives (tokenizing afresh for every mark made an unclosed quote full of
    // other marks quadratic: 4.6 s for 100 KB).
    let mut items: Option<Vec<Item>> = None;
    let mut from = 0;
    for (offset, ch) in inner.char_indices() {
        let after = quote.inner_start + offset + ch.len_utf8();
        let closes = matches!(ch, '"' | '\u{201D}' | '\u{201C}') && text[after..].starts_with(char::is_whitespace);
        if closes && offset > 0 {
            let items = items.get_or_insert_with(|| frames::items_of(text, quote.inner_start, quote.inner_end));
            let before_mark = |item: &Item| matches!(item, Item::Word(t) | Item::Punct(t) if t.start < after);
            while items.get(from).is_some_and(before_mark) {
                from += 1;
            }
            if let Some(found) = patterns::opening_attribution(text, &items[from..]) {
                return Some(found);
            }
        }
    }
    None
}

/// A transcript quoted whole names its speaker inside the marks: `"WALLACE:
/// Do you really see ..."`. The label is one to three upper-case words, or
/// two or three capitalised ones ("Chris Matthews:"), and a colon; `colon`
/// is where the quote's first colon is in it.
fn transcript_label(text: &str, quote: &QuoteSpan, colon: usize) -> Option<Range<usize>> {
    let inner = &text[quote.inner_start..quote.inner_end];
    let start = quote.inner_start + (inner.len() - inner.trim_start().len());
    // The white space trimmed holds no colon: the first is the label's end.
    let colon = (quote.inner_start + colon).checked_sub(start)?;
    let label = &text[start..start + colon];
    let words: Vec<&str> = label.split_whitespace().collect();
    let upper = |w: &&str| w.chars().filter(|&c| is_letter(c)).count() >= 2 && !w.chars().any(char::is_lowercase);
    // Or a full name: "Chris Matthews: Seriously, ...".
    let name = |w: &&str| w.starts_with(char::is_uppercase) && !crate::lexicon::words::is_sentence_starter(w);
    let labelled = words.iter().all(upper) || words.len() >= 2 && words.iter().all(name);
    (!words.is_empty() && words.len() <= 3 && labelled).then(|| start..start + colon)
}

/// Whether a subject phrase names someone: a pronoun, or capitalised words.
fn names_someone(text: &str, source: &Range<usize>) -> bool {
    let phrase = &text[source.clone()];
    crate::lexicon::pronouns::is_subject_pronoun(phrase)
        || phrase.starts_with(char::is_uppercase) && !crate::lexicon::words::is_sentence_starter(phrase)
}

/// Continues quote `previous`, pointing straight at the quote its own chain
/// rests on, so that chains stay one step long (10,000 paragraphs each
/// opening a quote must not cost 10,000 steps each).
fn continues(done: &[Attribution], previous: usize, why: Continuation) -> Attribution {
    let quote = match done[previous] {
        Attribution::Continues { quote, .. } => quote,
        _ => previous,
    };
    Attribution::Continues { quote, why }
}

/// Whether the quote is a sentence of its own: nothing but punctuation
/// (and other quotes) around it in its frame, or a colon before it. `words`:
/// the window's word counts ([`count_words`]), when counted.
fn stands_as_sentence(text: &str, frame: &frames::View, pos: usize, words: Option<&[u32]>) -> bool {
    let alone = |range: Range<usize>| match words {
        Some(words) => words[range.end] == words[range.start],
        None => frame.items[range].iter().all(|item| !matches!(item, Item::Word(_))),
    };
    let before = &frame.items[..pos];
    (alone(0..pos) || before.last().is_some_and(|i| i.is_punct(text, ":"))) && alone(pos + 1..frame.items.len())
}

/// Whether the words around a quote make it the name of a show or work:
/// "on ABC’s “This Week”", "in “Succession”", "the “Perception” syllabus".
fn names_a_work(text: &str, frame: &frames::View, pos: usize) -> bool {
    let before = pos.checked_sub(1).and_then(|p| frame.items[p].word()).map(|w| w.text(text));
    let after = frame.items.get(pos + 1).and_then(Item::word).map(|w| crate::lexicon::lower(w.text(text)));
    before.is_some_and(|b| is_possessive(b) || matches!(b, "on" | "in" | "of" | "from" | "with"))
        || after.is_some_and(|a| quoting::WORK_NOUNS.contains(&&*a))
}

/// "his new book, “Crippled America”": a work's noun and a comma before it.
fn work_noun_before_comma(text: &str, frame: &frames::View, pos: usize) -> bool {
    pos >= 2
        && frame.items[pos - 1].is_punct(text, ",")
        && frame.items[pos - 2]
            .word()
            .is_some_and(|w| quoting::WORK_NOUNS.contains(&&*crate::lexicon::lower(w.text(text))))
}

fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("\u{2019}s")
}

/// Pieces of one quote running over paragraphs share an attribution: each
/// takes the nearest one stated before it, or, before any, the first stated
/// after (the convention puts it in the first or the last piece).
fn share_across_pieces(quotes: &[QuoteSpan], result: &mut [Attribution]) {
    let mut start = 0;
    while start < quotes.len() {
        let mut end = start;
        while end + 1 < quotes.len() && quotes[end].continues && quotes[end].paragraph + 1 == quotes[end + 1].paragraph
        {
            end += 1;
        }
        if end > start {
            // Pieces before the first attributed one take its attribution;
            // pieces after an attributed one already continue it.
            if let Some(stated) = (start..=end).find(|&i| matches!(result[i], Attribution::Stated { .. })) {
                for piece in &mut result[start..stated] {
                    *piece = Attribution::Continues { quote: stated, why: Continuation::SameQuote };
                }
            }
        }
        start = end + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{quotes, text::paragraphs, text::sentences};

    fn attributions(text: &str) -> Vec<Attribution> {
        let paras = paragraphs::split(text);
        let sentences = sentences::split(text, &paras);
        let quotes = quotes::find(text, &paras);
        attribute(text, &frames::build(text, &sentences, &quotes), &quotes)
    }

    fn source<'t>(text: &'t str, a: &Attribution) -> Option<&'t str> {
        match a {
            Attribution::Stated { source, .. } => Some(&text[source.clone()]),
            _ => None,
        }
    }

    #[test]
    fn quotes_in_a_very_long_frame_are_attributed_within_their_window() {
        // One sentence of hundreds of items, so that each quote is looked
        // at in a window with counted attributing items: quoted keys with
        // no verb, then an attributed quote, then a quote signed by a dash.
        let keys = "“id” : 1 , “name” : 2 , ".repeat(40);
        let text = format!(
            "Data {keys} and “we will reopen,” Novak said , {keys} according to Bo Diaz “all is fine” {keys} and “never again” — Ann Lee"
        );
        let found = attributions(&text);
        let quotes = quotes::find(&text, &paragraphs::split(&text));
        let at = |inner: &str| quotes.iter().position(|q| &text[q.inner_start..q.inner_end] == inner).unwrap();
        assert_eq!(source(&text, &found[at("we will reopen,")]), Some("Novak"));
        assert_eq!(source(&text, &found[at("never again")]), Some("Ann Lee"));
        assert_eq!(source(&text, &found[at("all is fine")]), Some("Bo Diaz"));
        // Counted or searched, the patterns see the same thing.
        let built = frames::build(&text, &sentences::split(&text, &paragraphs::split(&text)), &quotes);
        let frame = built.view(&built.frames[0]);
        assert!(frame.items.len() > 2 * WINDOW_ITEMS + 1, "one long frame");
        let counts = count_attributing(&text, frame.items);
        for &(_, pos) in &built.of_quote {
            let (counted, window_start) = window(frame, pos, Some(&counts));
            let (searched, _) = window(frame, pos, None);
            let at = pos - window_start;
            assert!(counted.attributing.is_some() && searched.attributing.is_none());
            assert_eq!(patterns::attribute(&text, &counted, at), patterns::attribute(&text, &searched, at));
        }
    }

    #[test]
    fn a_split_quote_is_attributed_on_both_sides() {
        let text = "“We will,” Smith said, “win.”";
        let found = attributions(text);
        assert_eq!(source(text, &found[0]), Some("Smith"));
        assert_eq!(source(text, &found[1]), Some("Smith"));
    }

    #[test]
    fn a_quote_alone_continues_the_speaker_before_it() {
        let text = "“We will,” Smith said. “We must.”\n“And we can.”\nNovak disagreed.\n“No.”";
        let found = attributions(text);
        assert_eq!(found[1], Attribution::Continues { quote: 0, why: Continuation::SameParagraph });
        // It continues quote 1, which rests on quote 0: it points at 0.
        assert_eq!(found[2], Attribution::Continues { quote: 0, why: Continuation::NextParagraph });
        // A paragraph without quotes between breaks the chain.
        assert_eq!(found[3], Attribution::None(Unattributed::NotStated));
    }

    #[test]
    fn pieces_of_a_quote_over_paragraphs_share_the_speaker() {
        let text = "“We will win.\n“We always do.\n“And we will do it again,” Novak said.";
        let found = attributions(text);
        assert_eq!(found[0], Attribution::Continues { quote: 2, why: Continuation::SameQuote });
        assert_eq!(found[1], Attribution::Continues { quote: 2, why: Continuation::SameQuote });
        assert_eq!(source(text, &found[2]), Some("Novak"));
    }

    #[test]
    fn an_attribution_after_a_question_that_ends_its_sentence() {
        let text = "“How big is the wall?” Pence asked. “Big.”";
        let found = attributions(text);
        assert_eq!(source(text, &found[0]), Some("Pence"));
        assert_eq!(found[1], Attribution::Continues { quote: 0, why: Continuation::SameParagraph });
    }

    #[test]
    fn a_paragraph_ending_in_a_colon_introduces_the_next() {
        let text = "Reporter Jomana Karadsheh says:
“The consulate was taken over.”";
        assert_eq!(source(text, &attributions(text)[0]), Some("Reporter Jomana Karadsheh"));
    }

    #[test]
    fn a_signature_paragraph_after_a_quote() {
        let text = "“Workers are worried about their kids.”
- Bernie Sanders.
The senator is wrong.";
        assert_eq!(source(text, &attributions(text)[0]), Some("Bernie Sanders"));
    }

    #[test]
    fn a_transcript_names_its_speakers_inside_the_quotes() {
        let text = "\"WALLACE: Do you see those two as equal?\"\n\"PENCE: Well, look.\"";
        let found = attributions(text);
        assert_eq!(source(text, &found[0]), Some("WALLACE"));
        assert_eq!(source(text, &found[1]), Some("PENCE"));
    }

    #[test]
    fn a_quote_closed_with_the_wrong_mark_keeps_its_attribution() {
        let text = "“We will build a wall,\" he said. \"It will be big.";
        let found = attributions(text);
        assert_eq!(found.len(), 1, "the marks do not pair, so one quote runs to the end");
        assert_eq!(source(text, &found[0]), Some("he"));
    }

    #[test]
    fn the_wrong_closing_mark_that_is_followed_by_an_attribution_counts() {
        // Marks of the other style inside the quote are tried in turn; the
        // first one followed by an attribution ends the quoted words.
        let text = "“We will,\" and \"we can,\" said Ann Lee. \"It will be big, \" she added.";
        let found = attributions(text);
        assert_eq!(found.len(), 1);
        assert_eq!(source(text, &found[0]), Some("Ann Lee"));
        // Many such marks and no attribution: nothing, and every mark tried.
        let text = format!("«{}", "a\" ".repeat(2_000));
        assert_eq!(source(&text, &attributions(&text)[0]), None);
    }

    #[test]
    fn a_full_name_labels_a_transcript_line() {
        let text = "\"Chris Matthews: Seriously, what do you mean?\"";
        assert_eq!(source(text, &attributions(text)[0]), Some("Chris Matthews"));
    }

    #[test]
    fn she_went_on() {
        let text = "“It is a bit concerning,” she went on.";
        assert_eq!(source(text, &attributions(text)[0]), Some("she"));
    }

    #[test]
    fn titles_of_shows_are_not_the_speaker_s_words() {
        let text = "“We are not winning,” Clinton said Sunday on ABC’s “This Week.”";
        let found = attributions(text);
        assert_eq!(source(text, &found[0]), Some("Clinton"));
        assert_eq!(found[1], Attribution::None(Unattributed::Title));
        // Even with an attribution touching it.
        let text = "On ABC News’s “This Week,” Rubio said the words matter.";
        assert_eq!(attributions(text)[0], Attribution::None(Unattributed::Title));
    }

    #[test]
    fn shows_and_outlets_named_beside_a_reporting_verb() {
        let text = "“He is fair game,” Fiorina told “Fox and Friends,” on Monday. “It is early,” said Cuban, host of the show “Shark Tank.”";
        let found = attributions(text);
        assert_eq!(source(text, &found[0]), Some("Fiorina"));
        assert_eq!(found[1], Attribution::None(Unattributed::Title));
        assert_eq!(found[3], Attribution::None(Unattributed::Title));
    }

    #[test]
    fn headlines_in_title_case() {
        for (text, speaker) in [
            ("Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Comments\nBody.", "Chris Christie"),
            ("Rush Limbaugh: Asking For A Fact Check ‘Reeks of Fear’\nBody.", "Rush Limbaugh"),
            ("Trump ‘The Dealmaker’ Could Address Energy, Lindsey Graham Says\nBody.", "Lindsey Graham"),
        ] {
            assert_eq!(source(text, &attributions(text)[0]), Some(speaker), "{text}");
        }
        // A line too long to be looked at whole is no headline, however
        // capitalised: its quotes are titles, not the label's words.
        let long = format!("Xxxx Yyyy Says {}\nBody.", "‘Aaaa Bbbb’ Cccc Dddd ".repeat(30));
        let found = attributions(&long);
        assert!(found.iter().all(|a| *a == Attribution::None(Unattributed::Title)), "{:?}", &found[..3]);
    }

    #[test]
    fn as_they_put_it() {
        let text = "The requirement is a “lawful source of income,” as a Homeland Security memo put it.";
        assert_eq!(source(text, &attributions(text)[0]), Some("a Homeland Security memo"));
    }

    #[test]
    fn scare_quotes_titles_and_unattributed_phrases_have_no_speaker() {
        let text = "“We will,” Smith said.\nThe so-called “reform package” stalled. Fans of “Saturday Night Live” cheered. The “plan” failed.";
        let found = attributions(text);
        assert_eq!(found[1], Attribution::None(Unattributed::ScareQuote));
        assert_eq!(found[2], Attribution::None(Unattributed::Title));
        assert_eq!(found[3], Attribution::None(Unattributed::NotStated));
    }
}
