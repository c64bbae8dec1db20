//! Name mentions: every capitalised name outside quotes, with what the text
//! tells of it (gender from a title or first name, whether it is an
//! organisation, a role from titles before it or an appositive after it).
//!
//! These are the candidates that pronouns resolve to and that speakers are
//! built from: "Sen. Ilhan Omar" gives the name "Ilhan Omar" with the role
//! "Sen." and female gender; "Elena Novak, head of the port authority," gives
//! "Elena Novak" with that role.

use std::ops::Range;

use super::frames::{Frames, Item};
use crate::lexicon::names::{self, NameWord};
use crate::lexicon::pronouns::{self, Gender};
use crate::lexicon::words as function_words;
use crate::text::words::{without_stop, Token};

/// A capitalised name in the text, in byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameMention {
    /// The name itself, without titles.
    pub span: Range<usize>,
    /// Titles and roles before it ("Sen.", "campaign spokeswoman"), or an
    /// appositive after it.
    pub role: Option<Range<usize>>,
    pub gender: Gender,
    pub organisation: bool,
    /// The sentence it is in.
    pub sentence: usize,
    /// Whether a reporting verb follows it ("Cross said"): it is the subject
    /// of speech, which later pronouns most often continue.
    pub speaks: bool,
}

/// The mentions of a text: names, and the third-person pronouns that may
/// refer back to them.
#[derive(Debug, Default)]
pub struct Mentions {
    pub names: Vec<NameMention>,
    /// "he" and "she" outside quotes, with the sentence they are in.
    pub pronouns: Vec<(Range<usize>, usize)>,
}

impl Mentions {
    /// The mentions of consecutive parts of the text, joined in order.
    pub fn concat(parts: Vec<Mentions>) -> Mentions {
        let (names, pronouns): (Vec<_>, Vec<_>) = parts.into_iter().map(|m| (m.names, m.pronouns)).unzip();
        Mentions { names: crate::parallel::concat(names), pronouns: crate::parallel::concat(pronouns) }
    }
}

/// Finds the mentions of every frame (a sentence, or sentences a quote
/// joins), outside quotes, in order, from the tokens the frames already
/// hold: read in place, in one walk over each frame's items, which turns
/// most words away by their first byte and length alone.
pub fn find(text: &str, frames: &Frames) -> Mentions {
    find_in(text, frames, 0..frames.frames.len())
}

/// The mentions of the frames `part` (by index), as [`find`] finds them:
/// each frame's are its own, so the mentions of consecutive parts, joined
/// in order, are those of the whole.
pub fn find_in(text: &str, frames: &Frames, part: Range<usize>) -> Mentions {
    let mut mentions = Mentions::default();
    // What the lexicon tells of each word of a run of capitals, kept
    // between runs so that it is allocated once.
    let mut classes = Vec::new();
    let bytes = text.as_bytes();
    for (index, frame) in frames.frames.iter().enumerate().take(part.end).skip(part.start) {
        let items = frames.items(frame);
        // The words between two quotes (or a quote and an end) are read as
        // one piece; where it ends is searched for once, at its first
        // mention, as most pieces have none.
        let mut piece_start = 0;
        let mut piece_end = None;
        let mut closes = NextClose::default();
        let mut i = 0;
        while let Some(item) = items.get(i) {
            let token = match item {
                Item::Word(token) => token,
                Item::Punct(_) => {
                    i += 1;
                    continue;
                }
                Item::Quote(_) => {
                    i += 1;
                    piece_start = i;
                    piece_end = None;
                    closes = NextClose::default();
                    continue;
                }
            };
            if !may_be_mentioned(bytes[token.start], token.end - token.start) {
                i += 1;
                continue;
            }
            let end = *piece_end.get_or_insert_with(|| {
                items[i..].iter().position(|item| matches!(item, Item::Quote(_))).map_or(items.len(), |k| i + k)
            });
            let piece = Piece { text, items: &items[piece_start..end] };
            i = piece_start
                + mention_at(
                    &piece,
                    i - piece_start,
                    piece_start == 0,
                    index,
                    &mut mentions,
                    &mut classes,
                    &mut closes,
                );
        }
    }
    mentions
}

/// Whether a word of `len` bytes that starts with byte `first` may be a
/// name mention's first word or a gendered subject pronoun: it starts with
/// a capital, or with a character that is not ASCII (which may be one), or
/// has the outline of "he" or "she". Most words are turned away here
/// without a closer look.
#[inline(always)]
fn may_be_mentioned(first: u8, len: usize) -> bool {
    !first.is_ascii() || first.is_ascii_uppercase() || pronouns::may_be_gendered_subject(first, len)
}

/// The items of a frame between two quotes (or a quote and an end), which
/// are all words and punctuation.
struct Piece<'a> {
    text: &'a str,
    items: &'a [Item],
}

impl<'a> Piece<'a> {
    fn len(&self) -> usize {
        self.items.len()
    }

    /// The token of item `i`, which must be in the piece.
    fn token(&self, i: usize) -> Token {
        token_of(&self.items[i])
    }

    fn get(&self, i: usize) -> Option<Token> {
        self.items.get(i).map(token_of)
    }

    /// The token of item `i` when it is a word.
    fn get_word(&self, i: usize) -> Option<Token> {
        self.items.get(i).and_then(Item::word).copied()
    }

    /// Whether item `i`, which must be in the piece, is a word.
    fn is_word(&self, i: usize) -> bool {
        matches!(self.items[i], Item::Word(_))
    }

    /// The text of item `i`, which must be in the piece.
    fn word(&self, i: usize) -> &'a str {
        self.token(i).text(self.text)
    }

    /// Whether item `i` is the one-byte mark `mark`: told from its bytes,
    /// without cutting its text out (which checks that it starts and ends
    /// on characters).
    fn is_mark(&self, i: usize, mark: u8) -> bool {
        self.get(i).is_some_and(|t| t.end == t.start + 1 && self.text.as_bytes()[t.start] == mark)
    }
}

/// The token of an item of a piece; quotes, which bound pieces, are never
/// in one, and would read as an empty punctuation mark.
fn token_of(item: &Item) -> Token {
    match *item {
        Item::Word(token) | Item::Punct(token) => token,
        Item::Quote(_) => Token { start: 0, end: 0 },
    }
}

/// Whether `token` starts with a capital: asked of every word, so an ASCII
/// first byte (nearly all) is read without decoding a character.
#[inline]
fn is_capitalised(text: &str, token: &Token) -> bool {
    match text.as_bytes().get(token.start) {
        Some(&b) if b.is_ascii() && token.end > token.start => b.is_ascii_uppercase(),
        _ => token.text(text).starts_with(char::is_uppercase),
    }
}

/// Where a piece's next ")" is, remembered between the names of the piece.
/// A name followed by "(" is looked at past its bracket ("Novak (D-Calif.)
/// said"); searching afresh to the piece's end after every name made
/// "Novak ( Novak ( …" quadratic (16 seconds for a megabyte). Names come in
/// order, so remembering the last answer searches each token once.
#[derive(Default)]
struct NextClose {
    /// The last search: where it started and the ")" it found (the piece's
    /// length for none). No ")" lies between the two.
    last: Option<(usize, usize)>,
}

impl NextClose {
    /// The first ")" of `piece` at item `from` or after.
    fn at_or_after(&mut self, piece: &Piece, from: usize) -> Option<usize> {
        let found = match self.last {
            Some((start, found)) if start <= from && from <= found => found,
            _ => {
                let found = (from..piece.len()).find(|&k| piece.is_mark(k, b')')).unwrap_or(piece.len());
                self.last = Some((from, found));
                found
            }
        };
        (found < piece.len()).then_some(found)
    }
}

/// The name and pronoun mentions that start at word `i` of a piece (one
/// that [`may_be_mentioned`]); gives the index of the item after them.
fn mention_at<'a>(
    piece: &Piece<'a>,
    i: usize,
    at_sentence_start: bool,
    sentence: usize,
    mentions: &mut Mentions,
    classes: &mut Vec<(NameWord, &'a str)>,
    closes: &mut NextClose,
) -> usize {
    let items = piece.items;
    let is_capitalised = |token: &Token| is_capitalised(piece.text, token);
    let mut note_pronoun = |token: &Token| {
        // (subject_in_bytes turns away words too long to be one first.)
        if piece
            .text
            .as_bytes()
            .get(token.start..token.end)
            .and_then(pronouns::subject_in_bytes)
            .is_some_and(|p| p.gender != Gender::Unknown)
        {
            mentions.pronouns.push((token.start..token.end, sentence));
        }
    };
    let Item::Word(token) = items[i] else {
        return i + 1;
    };
    note_pronoun(&token);
    if !is_capitalised(&token) {
        return i + 1;
    }
    // A run of capitalised words, with particles between them.
    let mut end = i + 1;
    while let Some(Item::Word(next)) = items.get(end) {
        let particle = || {
            names::is_name_particle_in_bytes(&piece.text.as_bytes()[next.start..next.end])
                && matches!(items.get(end + 1), Some(Item::Word(after)) if is_capitalised(after))
        };
        if !is_capitalised(next) && !particle() {
            break;
        }
        note_pronoun(next);
        end += 1;
    }
    let first_in_sentence = at_sentence_start && i == 0;
    add_run(piece, i..end, first_in_sentence, sentence, &mut mentions.names, classes, closes);
    end
}

fn add_run<'a>(
    piece: &Piece<'a>,
    run: Range<usize>,
    first_in_sentence: bool,
    sentence: usize,
    out: &mut Vec<NameMention>,
    classes: &mut Vec<(NameWord, &'a str)>,
    closes: &mut NextClose,
) {
    let Range { start, end } = run;
    let mut first = start;
    // "But", "The", "In" opening a sentence are no part of a name.
    if first_in_sentence && function_words::is_sentence_starter(piece.word(first)) {
        first += 1;
    }
    // What the lexicon tells of each word, looked up once, with the word
    // (cut from the text once); titles and organisations are known without
    // a full stop ("Sen.", "Corp.").
    let words_from = first;
    classes.clear();
    classes.extend((first..end).map(|k| {
        let word = piece.word(k);
        (NameWord::of(without_stop(word)), word)
    }));
    let class = |k: usize| classes[k - words_from].0;
    let word = |k: usize| classes[k - words_from].1;
    // As written, full stop and all ("Jan.").
    let class_as_written = |k: usize| {
        let word = word(k);
        if word.ends_with('.') {
            NameWord::of(word)
        } else {
            class(k)
        }
    };
    // Titles before the name are its role, and may tell gender; an
    // organisation's name keeps them ("the Justice Department").
    let organisation = (first..end).any(|k| class(k).is_organisation_word());
    let mut gender = Gender::Unknown;
    let title_start = first;
    while !organisation && first + 1 < end && class(first).is_title() {
        gender = merge(gender, class(first).gender());
        first += 1;
    }
    // A trailing "of" is no part of a name ("Mayor of").
    let mut last = end;
    while last > first && names::is_name_particle(word(last - 1)) {
        last -= 1;
    }
    if first >= last {
        return;
    }
    let words = first..last;
    if words.len() == 1 && class_as_written(first).is_calendar_word() {
        return;
    }
    // "“Yes,” She said.": a pronoun in capitals is still a pronoun, which
    // speakers resolve; as a name it would be a second speaker.
    if words.len() == 1 && pronouns::subject(word(first)).is_some() {
        return;
    }
    if words.clone().all(|k| class(k).is_title()) {
        return; // "President", "The White" alone: a role with no name.
    }
    if !organisation && words.len() > 1 {
        gender = merge(gender, class_as_written(first).gender());
    }
    // Lower-case titles before the run belong to the role too: "campaign
    // spokeswoman Haley Morris".
    let mut role_start = title_start;
    while role_start > 0 && piece.is_word(role_start - 1) && names::is_title(without_stop(piece.word(role_start - 1))) {
        role_start -= 1;
    }
    let role = if role_start < first {
        Some(piece.token(role_start).start..piece.token(first - 1).end)
    } else {
        appositive(piece, last)
    };
    // A reporting verb right after the name, past a bracket and adverbs.
    let mut next = last;
    if piece.is_mark(next, b'(') {
        next = closes.at_or_after(piece, next).map_or(next, |k| k + 1);
    }
    // Each word cut from the text once, for both questions.
    let speaks = loop {
        match piece.get_word(next) {
            Some(t) => {
                let word = t.text(piece.text);
                if !function_words::may_stand_between_source_and_verb(word) {
                    break crate::lexicon::cues::is_speech_verb(word);
                }
                next += 1;
            }
            None => break false,
        }
    };
    out.push(NameMention {
        span: piece.token(first).start..piece.token(last - 1).end,
        role,
        gender,
        organisation,
        sentence,
        speaks,
    });
}

fn merge(known: Gender, new: Gender) -> Gender {
    if known == Gender::Unknown {
        new
    } else {
        known
    }
}

/// ", head of the port authority," after a name: a comma, then a phrase that
/// starts with a lower-case word or a title and ends at the next comma.
fn appositive(piece: &Piece, after: usize) -> Option<Range<usize>> {
    let text = piece.text;
    let comma = piece.get(after).filter(|t| t.text(text) == ",")?;
    let first = piece.get_word(after + 1)?;
    let first_text = first.text(text);
    let starts_role = first_text.starts_with(char::is_lowercase) || names::is_title(without_stop(first_text));
    if !starts_role
        || crate::lexicon::cues::is_speech_verb(first_text)
        || function_words::is_phrase_boundary(first_text)
    {
        return None;
    }
    let close = (after + 1..piece.len()).take(12).position(|k| {
        let t = piece.token(k);
        !piece.is_word(k) && t.text(text) != "-" && t.text(text) != "'"
    })?;
    let last = piece.token(after + close);
    let closing = piece.word(after + 1 + close);
    // It ends at the next comma, or with the sentence.
    let ends = closing == "," || (after + 2 + close == piece.len() && matches!(closing, "." | "!" | "?"));
    (ends && last.end > comma.end).then_some(first.start..last.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{quotes, text::paragraphs, text::sentences};

    fn mentions(text: &str) -> Vec<(&str, Option<&str>, Gender, bool)> {
        let paras = paragraphs::split(text);
        let sentences = sentences::split(text, &paras);
        let quotes = quotes::find(text, &paras);
        find(text, &crate::attribution::frames::build(text, &sentences, &quotes))
            .names
            .into_iter()
            .map(|m| (&text[m.span], m.role.map(|r| &text[r]), m.gender, m.organisation))
            .collect()
    }

    #[test]
    fn names_with_titles_and_appositives() {
        assert_eq!(
            mentions("But Sen. Ilhan Omar met Elena Novak, head of the port authority, on Monday."),
            [
                ("Ilhan Omar", Some("Sen."), Gender::Unknown, false),
                ("Elena Novak", Some("head of the port authority"), Gender::Female, false),
            ]
        );
        assert_eq!(
            mentions("French President Emmanuel Macron spoke."),
            [("Emmanuel Macron", Some("French President"), Gender::Male, false)]
        );
        assert_eq!(mentions("Mr. Berg left."), [("Berg", Some("Mr."), Gender::Male, false)]);
        assert_eq!(
            mentions("It was said by Elena Novak, head of the port."),
            [("Elena Novak", Some("head of the port"), Gender::Female, false)]
        );
        assert_eq!(
            mentions("Campaign spokeswoman Haley Morris spoke."),
            [("Haley Morris", Some("Campaign spokeswoman"), Gender::Female, false)]
        );
    }

    fn speaks(text: &str) -> Vec<bool> {
        let paras = paragraphs::split(text);
        let sentences = sentences::split(text, &paras);
        let quotes = quotes::find(text, &paras);
        find(text, &crate::attribution::frames::build(text, &sentences, &quotes))
            .names
            .iter()
            .map(|m| m.speaks)
            .collect()
    }

    #[test]
    fn a_name_speaks_past_its_bracket() {
        // (The first mention is Tom Berg; "D-Calif" is read as one too.)
        assert!(speaks("Rep. Tom Berg (D-Calif.) said the port would reopen.")[0]);
        assert_eq!(speaks("Tom Berg said it."), [true]);
        let long_bracket = format!("Tom Berg ({} end) said it.", "word ".repeat(40));
        assert_eq!(speaks(&long_bracket), [true]);
        assert_eq!(speaks("Tom Berg (a lawyer) and Ann Lee (a pilot) said it."), [false, true]);
        assert_eq!(speaks("Tom Berg ( Ann Lee ( and more) said it."), [true, true]);
        // Unclosed brackets after many names (this took seconds when each
        // name searched on to the end of the text).
        let unclosed = "Novak ( ".repeat(20_000);
        assert_eq!(speaks(&unclosed), vec![false; 20_000]);
    }

    #[test]
    fn organisations_and_particles() {
        assert_eq!(mentions("The Justice Department sued."), [("Justice Department", None, Gender::Unknown, true)]);
        assert_eq!(mentions("He met Ludwig van Beethoven."), [("Ludwig van Beethoven", None, Gender::Unknown, false)]);
    }

    #[test]
    fn nothing_inside_quotes_and_no_dates() {
        assert_eq!(mentions("On Monday “Paris is lovely,” said Ann Lee."), [("Ann Lee", None, Gender::Female, false)]);
    }
}
