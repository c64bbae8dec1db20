//! Reported speech: what sources say, think, want or find, told without
//! quotation marks. Takes the frames (sentences, with each direct quote one
//! item) and the quotes; gives each reported clause with the phrase that
//! names its source and the reporting word.
//!
//! The patterns, matched on a frame's items:
//!
//! 1. A reporting verb with its subject, the content after it:
//!    `Novak said (that) the port would reopen.`, `Polls show Trump ahead.`,
//!    `She told reporters that ...` (past the one addressed). The content
//!    runs to the end of the clause: the sentence's end, a semicolon, or a
//!    comma before another reporting clause (`..., adding that ...`).
//! 2. The content first: `The port will reopen, Novak said on Monday.`,
//!    `..., said Novak, the head of the port.` The content runs from the
//!    frame's start to the comma before the source.
//! 3. `According to Novak, the port ...` / `The port ..., according to Novak.`
//!
//! A clause that holds a direct quote (`Novak said the plan was “a fair
//! start.”`) is a mixed quote: it is reported with the indices of the direct
//! quotes inside it, which keep their own entries and their own speakers.
//! A clause whose first item is a quote (`Novak said: “...”`) is direct
//! speech, not reported.
//!
//! Source phrases are found with the same helpers as for direct quotes
//! ([`super::patterns`]); who they are is for [`crate::speakers`].

use std::ops::Range;

use super::frames::{Frame, Frames, Item};
use super::patterns;
use crate::lexicon::{cues, exact_key, load_eight, short_slot, words as function_words};
use crate::quotes::QuoteSpan;
use crate::text::words::Token;

/// One reported clause, in byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    pub content: Range<usize>,
    pub source: Range<usize>,
    pub cue: Range<usize>,
    pub paragraph: usize,
    /// The direct quotes inside the content, by index: a mixed quote.
    pub quotes: Vec<usize>,
}

/// The longest reported clause, in items (words and punctuation): a long
/// sentence of news. A longer run is no clause (a paste of a list, minified
/// data), and bounding it keeps the cost of a sentence with many verbs
/// linear in its length.
const MAX_CONTENT_ITEMS: usize = 120;

/// How many items a reporting verb may stand from the end of its sentence
/// when the content came first: `..., Novak said in a statement on Monday.`
const MAX_TAIL_ITEMS: usize = 8;

/// The longest object of "told" or "asked" that is only the one addressed
/// ("told The Hill", "told reporters in Iowa"), in items.
const MAX_ADDRESSEE_ITEMS: usize = 4;

/// How far past a reporting verb its "that" may come: `said in a statement
/// on Monday that ...`, `told reporters at the White House that ...`.
const MAX_THAT_DISTANCE: usize = 8;

/// How far past a reporting verb its "that" may come after an adjunct, when
/// a clause's subject follows it: `said in an interview with The Associated
/// Press last week that she ...`.
const MAX_THAT_DISTANCE_AFTER_ADJUNCT: usize = 14;

/// The reported clauses of every frame, in text order.
pub fn find(text: &str, built: &Frames, quotes: &[QuoteSpan]) -> Vec<Reported> {
    find_in(text, built, quotes, 0..built.frames.len())
}

/// The reported clauses of the frames `part` (by index), as [`find`] finds
/// them. A part that starts a paragraph owes nothing to the frames before
/// it (a quote in apostrophes is followed on only within its paragraph), so
/// the clauses of such consecutive parts, joined in order, are the whole's.
pub fn find_in(text: &str, built: &Frames, quotes: &[QuoteSpan], part: Range<usize>) -> Vec<Reported> {
    let mut found = Vec::new();
    // Which conjunctions of the frame open a new clause, found once for the
    // clauses of all the verbs whose windows overlap there (one buffer for
    // all frames: most sentences need no memo at all).
    let mut conjunctions: Vec<Memo> = Vec::new();
    // For each item of the frame, the first item at or after it that may end
    // a clause (made once per frame, when a clause is first searched).
    let mut may_end_from: Vec<u32> = Vec::new();
    // The items each pattern looks at closer, found in one pass (one set of
    // buffers for all frames).
    let frames = built.frames.get(part.clone()).unwrap_or_default();
    let bytes = frames.first().zip(frames.last()).map_or(0, |(first, last)| last.end.saturating_sub(first.start));
    let mut leads = Leads::for_bytes(bytes);
    // The end of the last quote in apostrophes followed past its source,
    // and its paragraph.
    let (mut quoted_until, mut quoted_in) = (0, usize::MAX);
    for (f, frame) in part.clone().zip(frames) {
        let items = built.items(frame);
        let mut in_frame: Vec<Reported> = Vec::new();
        // Both made when the frame's first clause is searched.
        conjunctions.clear();
        may_end_from.clear();
        let bounds = |k: usize| item_bounds(&items[k], quotes);
        // `around`: the content may hold its source (`Novak, officials said, has ...`).
        let mut add = |source: Range<usize>, cue: Range<usize>, from: usize, to: usize, around: bool| {
            // `to` is exclusive; trailing punctuation is no part of the content.
            let mut last = to;
            while last > from && matches!(items[last - 1], Item::Punct(_)) {
                last -= 1;
            }
            if last <= from
                || last - from > MAX_CONTENT_ITEMS
                || !items[from..last].iter().any(|i| matches!(i, Item::Word(_)))
            {
                return;
            }
            let content = bounds(from).0..bounds(last - 1).1;
            if !around && content.start < source.end && source.start < content.end {
                return; // A source inside its own content: no clause was found.
            }
            let inside = items[from..last].iter().filter_map(|i| if let Item::Quote(q) = i { Some(*q) } else { None });
            in_frame.push(Reported { content, source, cue, paragraph: frame.paragraph, quotes: inside.collect() });
        };
        leads.find(text, items);
        according_to(text, items, &leads.according, &mut add);
        nominal(text, items, &leads.nominal, &mut add);
        if let Some((source, colon)) = label(text, items) {
            let cue = bounds(colon).0..bounds(colon).1;
            add(source, cue, colon + 1, items.len(), false);
        }
        for &at in &leads.verbs {
            // Each verb is looked at within the longest clause either side of
            // it, so that a frame of thousands of items costs linear time.
            let lo = at.saturating_sub(MAX_CONTENT_ITEMS + 2);
            let hi = items.len().min(at + MAX_CONTENT_ITEMS + 2);
            let (near, i) = (&items[lo..hi], at - lo);
            let Some(verb) = reporting_verb_at(text, near, i) else { continue };
            let cue = near[i].word().map(|w| w.start..w.end).unwrap_or_default();
            let start = content_start(text, near, i);
            // With nothing said after the verb, its subject matters only
            // where the content may have come first and the source closes
            // the sentence (`..., Novak said.`): most such verbs are turned
            // away here before their subject is searched for.
            let subject_matters = start.is_some() || source_may_close_sentence(text, near, i);
            let participle = verb.ends_with("ing");
            let subject = if !subject_matters {
                None
            } else if participle {
                patterns::participle_subject(text, near, i)
            } else {
                // `Developers and supporters in Congress say`: a plural verb
                // after a singular phrase agrees with the whole subject.
                let singular = |s: &Range<usize>| !text[s.clone()].ends_with('s');
                let plural_verb = || verb.ends_with(|c: char| c != 's') && cues::is_base_form(verb);
                let subject = match patterns::subject_of(text, near, i).or_else(|| subject_before_dashes(text, near, i))
                {
                    Some(s) if singular(&s) && plural_verb() => whole_subject(text, near, i).or(Some(s)),
                    Some(s) => Some(s),
                    None => whole_subject(text, near, i),
                };
                subject.map(|s| through_who(text, near, i, s))
            };
            // Where what was said starts past the one addressed, if a clause
            // follows them.
            let past_addressed = start.filter(|_| cues::addresses_someone(verb)).map(|s| past_addressee(text, near, s));
            let addressee_skipped = past_addressed.is_some() && past_addressed != start;
            // `..., said Novak.` may look like a clause after the verb.
            // Not when the frame opens with the verb's own subject, set off
            // by an appositive (`Kasich, a Republican who ..., said the
            // family deserved better.`): then what follows the verb is said.
            let subject_opens_frame = || {
                let first_word = near.iter().find_map(Item::word);
                start.is_some() && lo == 0 && subject.as_ref().zip(first_word).is_some_and(|(s, w)| s.start == w.start)
            };
            let inverted = comma_before(text, near, i).is_some() && cues::inverts(verb) && !subject_opens_frame();
            let before =
                if inverted || start.is_none() { source_after_content(text, near, i, subject.clone()) } else { None };
            if let Some((source, content_end)) = before {
                // The content starts the frame: out of reach when the frame
                // starts before the window (it would be too long a clause).
                // `At a rally, Cruz said: “...”`: what comes first is where or
                // when; the words said are the quote after the verb.
                let quote_follows = near[i + 1..].iter().any(|k| matches!(k, Item::Quote(_)));
                if lo > 0 || quote_follows {
                    continue;
                }
                let mut first = near.iter().position(|item| !matches!(item, Item::Punct(_))).unwrap_or(0);
                // `At the rally, ''We will reopen,'' he said, as ...`: a quote
                // closed by apostrophes starts after the two that open it,
                // and what follows its source is none of it.
                let closed_by_apostrophes = apostrophes_at(text, near, content_end + 1);
                if closed_by_apostrophes {
                    match (0..content_end).rev().find(|&k| apostrophes_at(text, near, k)) {
                        Some(k) => first = k + 2,
                        None => continue,
                    }
                }
                // A parenthetical attribution: the content runs on after it.
                let around = around_parenthetical(text, near, i).filter(|_| !closed_by_apostrophes);
                // `And yet, aides say, Syria remains ...`: when only
                // connectives stand before it, what was said is what follows.
                if around.is_some() && first < content_end && only_connectives(text, &near[first..content_end]) {
                    first = skip_time(text, near, i + 1) + 1;
                }
                let content_end = around.unwrap_or(content_end);
                if first < content_end && !near[first..content_end].iter().any(|k| matches!(k, Item::Quote(_))) {
                    add(source, cue, lo + first, lo + content_end, around.is_some());
                }
            } else if let (Some(start), Some(source)) = (past_addressed.or(start), subject) {
                if may_end_from.is_empty() {
                    index_clause_ends(text, items, &mut may_end_from);
                    conjunctions.resize(items.len(), Memo::Unknown);
                }
                let jumps = Jumps { next: &may_end_from[lo..hi], offset: lo };
                let mut end = clause_end_remembering(text, near, start, &mut conjunctions[lo..hi], Some(jumps));
                // `While aides suggested ..., Obama warned`: a subordinate
                // clause's report ends at the comma that closes it.
                if is_subordinate(text, near, lo == 0, i, source.start) {
                    end = (start..end).find(|&k| near[k].is_punct(text, ",")).unwrap_or(end);
                }
                // A relative clause (`Novak, who said ..., left`) ends at its comma.
                if text[source.clone()].ends_with("who") {
                    end = (start..end).find(|&k| near[k].is_punct(text, ",")).unwrap_or(end);
                }
                // `told The Hill.`, `told reporters on Monday.`: the one
                // addressed, with nothing reported.
                let addressed_only = cues::addresses_someone(verb)
                    && !addressee_skipped
                    && near[start].word().is_none_or(|w| w.text(text) != "that")
                    && end - start <= MAX_ADDRESSEE_ITEMS;
                // `said enough.`, `said this week.`, `said 2012.`: "say"
                // reports a clause, not a word or two (on PolNeAR's train
                // split, a quarter of such were annotated; none on dev).
                let too_short_to_say = cues::reports_only_clauses(verb) && no_clause(text, &near[start..end]);
                if !addressed_only && !too_short_to_say {
                    add(source, cue, lo + start, lo + end, false);
                }
            }
        }
        in_frame.sort_by_key(|r| (r.content.start, r.content.end));
        in_frame.dedup_by(|a, b| a.content == b.content);
        drop_nested(&mut in_frame);
        // Reports inside a quote written in apostrophes that an earlier
        // report runs on through are part of it.
        in_frame.retain(|r| r.content.start >= quoted_until || frame.paragraph != quoted_in);
        // `''We will reopen,'' he said. ''The ships will wait.''`: what was
        // said goes on in the sentences after the source.
        let quoted_before_source =
            in_frame.iter_mut().find(|r| r.cue.start >= r.content.end && text[..r.content.start].ends_with("''"));
        if let Some(reported) = quoted_before_source {
            let rest = &built.frames[f + 1..];
            if let Some(end) = apostrophe_quote_goes_on(text, built, rest, frame.paragraph, quotes) {
                reported.content.end = end;
                (quoted_until, quoted_in) = (end, frame.paragraph);
            }
        }
        found.extend(in_frame);
    }
    found
}

/// Where `item` starts and ends in the text (a quote with its marks).
fn item_bounds(item: &Item, quotes: &[QuoteSpan]) -> (usize, usize) {
    match *item {
        Item::Word(t) | Item::Punct(t) => (t.start, t.end),
        Item::Quote(q) => (quotes[q].start, quotes[q].end),
    }
}

/// The most sentences after its source that a quote in apostrophes is
/// followed through.
const MAX_SENTENCES_QUOTED_ON: usize = 8;

/// Where a quote written in apostrophes (see [`comma_before`]) ends when
/// it goes on after its source: the next frame of the paragraph must open
/// with `''`, and the `''` that closes it must come within a few frames,
/// with nothing but punctuation after it (`''...,'' Ms. Lee added.` is Ms.
/// Lee's). None otherwise: an unclosed quote is not followed.
fn apostrophe_quote_goes_on(
    text: &str,
    built: &Frames,
    next: &[Frame],
    paragraph: usize,
    quotes: &[QuoteSpan],
) -> Option<usize> {
    let end_of = |item: &Item| item_bounds(item, quotes).1;
    let first = next.first().filter(|frame| frame.paragraph == paragraph)?;
    if !apostrophes_at(text, built.items(first), 0) {
        return None;
    }
    let mut end = None;
    for (n, frame) in next.iter().take(MAX_SENTENCES_QUOTED_ON).enumerate() {
        if frame.paragraph != paragraph {
            return None;
        }
        let items = built.items(frame);
        let from = if n == 0 { 2 } else { 0 };
        let close = (from..items.len()).find(|&k| apostrophes_at(text, items, k));
        let said = close.unwrap_or(items.len());
        // The content ends at its last word or quote, not at its punctuation.
        if let Some(last) = items[from..said].iter().rev().find(|item| !matches!(item, Item::Punct(_))) {
            end = Some(end_of(last));
        }
        if let Some(close) = close {
            let source_follows = items[close + 2..].iter().any(|item| !matches!(item, Item::Punct(_)));
            return if source_follows { None } else { end };
        }
    }
    None
}

/// Whether items `k` and `k + 1` are two apostrophes, written for a
/// quotation mark.
fn apostrophes_at(text: &str, items: &[Item], k: usize) -> bool {
    k + 1 < items.len() && items[k].is_punct(text, "'") && items[k + 1].is_punct(text, "'")
}

/// The items of a frame that the patterns look at closer, found in one pass
/// over its words (the rest, nearly all, are looked at no further): the
/// "according" of "according to", the nouns of `Novak's statement that`,
/// and the words that may be reporting verbs.
struct Leads {
    according: Vec<usize>,
    nominal: Vec<usize>,
    verbs: Vec<usize>,
    memo: RolesMemo,
}

impl Leads {
    /// Buffers for the frames of `bytes` bytes of text.
    fn for_bytes(bytes: usize) -> Leads {
        Leads { according: Vec::new(), nominal: Vec::new(), verbs: Vec::new(), memo: RolesMemo::for_bytes(bytes) }
    }

    fn find(&mut self, text: &str, items: &[Item]) {
        self.according.clear();
        self.nominal.clear();
        self.verbs.clear();
        let bytes = text.as_bytes();
        // Each word's [`WordRoles`] is found once: when it follows a word, as
        // that word's next, and kept for its own turn.
        let mut found: Option<(usize, WordRoles)> = None;
        for (k, item) in items.iter().enumerate() {
            let Item::Word(word) = item else { continue };
            let roles = match found {
                Some((at, roles)) if at == k => roles,
                _ => self.memo.roles(text, word),
            };
            let next_roles = match items.get(k + 1) {
                Some(Item::Word(next)) => self.memo.roles(text, next),
                _ => WordRoles::NONE,
            };
            found = Some((k + 1, next_roles));
            // Nearly every word is told here by its roles and the next's alone.
            if !roles.may_lead() && !next_roles.has(WordRoles::LINK | WordRoles::SECOND_OF_SOURCE_PHRASE) {
                continue;
            }
            if next_roles.has(WordRoles::SECOND_OF_SOURCE_PHRASE) {
                let next = items.get(k + 1).and_then(Item::word).map(|n| &bytes[n.start..n.end]);
                let may_open_source_after = cues::SOURCE_AFTER_PHRASES
                    .iter()
                    .any(|[first, second]| next == Some(second.as_bytes()) && word.end - word.start == first.len());
                if may_open_source_after {
                    self.according.push(k);
                }
            }
            if k >= 1 && k + 1 < items.len() && next_roles.has(WordRoles::LINK) {
                self.nominal.push(k);
            }
            if may_be_reporting_verb(text, items, k, roles, next_roles) {
                self.verbs.push(k);
            }
        }
    }
}

/// What the leads pass asks of a word, found from its bytes alone, as bits:
/// the ways it may report, and the small word it is. Found once for each
/// word, by one look-up in a set of all reporting forms (for a word in
/// lower case) and one comparison with the small words (for a word of up to
/// eight bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct WordRoles(u32);

impl WordRoles {
    const NONE: WordRoles = WordRoles(0);
    /// It starts with a small letter and [`cues::is_reporting_verb`].
    const REPORTS: u32 = cues::REPORTS;
    /// It starts with a small letter, ends in "ing" and
    /// [`cues::reports_in_progressive`].
    const PROGRESSIVE: u32 = cues::REPORTS_IN_PROGRESSIVE;
    /// It starts with a small letter and [`cues::may_report_through`]: a
    /// verb that may report through the particle after it.
    const PHRASAL: u32 = cues::REPORTS_THROUGH_PARTICLE;
    /// How far the roles of a small word are shifted past the ways of
    /// reporting.
    const SMALL_WORD_SHIFT: u32 = 3;
    /// [`cues::is_particle`].
    const PARTICLE: u32 = cues::PARTICLE << WordRoles::SMALL_WORD_SHIFT;
    /// [`cues::links_report_noun`].
    const LINK: u32 = cues::LINK << WordRoles::SMALL_WORD_SHIFT;
    /// The second word of one of [`cues::SOURCE_AFTER_PHRASES`].
    const SECOND_OF_SOURCE_PHRASE: u32 = cues::SECOND_OF_SOURCE_PHRASE << WordRoles::SMALL_WORD_SHIFT;

    /// The roles of the word `token`.
    fn of(text: &str, token: &Token) -> WordRoles {
        let word = token.text(text);
        let mut bits = 0;
        if token.starts_lower_case(text) {
            bits = cues::ways_of_reporting(word);
            if !word.ends_with("ing") {
                bits &= !WordRoles::PROGRESSIVE;
            }
        }
        WordRoles(bits | cues::small_word_roles(word) << WordRoles::SMALL_WORD_SHIFT)
    }

    fn has(self, bits: u32) -> bool {
        self.0 & bits != 0
    }

    /// Whether the word may be a reporting verb, by its roles alone.
    fn may_lead(self) -> bool {
        self.has(WordRoles::REPORTS | WordRoles::PROGRESSIVE | WordRoles::PHRASAL)
    }
}

/// The fewest and most slots of a [`RolesMemo`], and how many bytes of
/// text it is given a slot for between them: a short article needs few
/// (each slot is set to empty first), a long text its many words.
const MIN_ROLES_MEMO_SLOTS: usize = 1 << 8;
const MAX_ROLES_MEMO_SLOTS: usize = 1 << 14;
const BYTES_PER_ROLES_MEMO_SLOT: usize = 64;

/// The [`WordRoles`] of the words of up to sixteen bytes of a text, each kept
/// in one slot by its bytes: every word is asked, and news repeats its words
/// ("the", "said", "would", "president"), so most are answered by one
/// comparison instead of a look-up in the lexicon. (A longer word is looked
/// up each time, and mostly turned away there by its outline: its first two
/// bytes and its last.)
struct RolesMemo {
    /// Each word of up to eight bytes as one number, its bytes from the
    /// lowest padded with zeros (0 for an empty slot), and its roles. A
    /// power of two long.
    slots: Vec<(u64, WordRoles)>,
    /// The same for words of nine to sixteen bytes, each as two numbers.
    long: Vec<([u64; 2], WordRoles)>,
    /// How far a number's hash is shifted to give its slot: 64 less the
    /// number of bits of a slot.
    shift: u32,
}

impl RolesMemo {
    /// A memo for the words of `bytes` bytes of text. Its slots are made
    /// when the first word is asked (a text of numbers or quotes may have
    /// none).
    fn for_bytes(bytes: usize) -> RolesMemo {
        let slots =
            (bytes / BYTES_PER_ROLES_MEMO_SLOT).next_power_of_two().clamp(MIN_ROLES_MEMO_SLOTS, MAX_ROLES_MEMO_SLOTS);
        RolesMemo { slots: Vec::new(), long: Vec::new(), shift: 64 - slots.trailing_zeros() }
    }

    /// Asked of every word: inlined, with the look-ups of a word not yet
    /// seen a call of their own.
    #[inline(always)]
    fn roles(&mut self, text: &str, token: &Token) -> WordRoles {
        // A word that starts with an ASCII byte other than a small letter
        // (a name, a number) neither reports nor is a small word.
        let first = text.as_bytes()[token.start];
        if first.is_ascii() && !first.is_ascii_lowercase() {
            return WordRoles::NONE;
        }
        let len = token.end - token.start;
        // A word ending in a zero byte (none in news) would have another's
        // number, and is no small word.
        if len == 0 || text.as_bytes()[token.end - 1] == 0 {
            return WordRoles::of(text, token);
        }
        if len > 8 {
            return self.long_roles(text, token);
        }
        // Eight bytes from the word's start, as one number (fewer near the
        // text's end, taken one by one): with no zero byte, as here, two
        // words have the same number exactly when they are the same.
        let eight = text.as_bytes().get(token.start..token.start + 8).and_then(|b| <[u8; 8]>::try_from(b).ok());
        let number = match eight {
            Some(eight) => u64::from_le_bytes(eight) & (u64::MAX >> (64 - 8 * len)),
            None => load_eight(&text.as_bytes()[token.start..token.end]),
        };
        let slot = short_slot([number, 0], self.shift);
        match self.slots.get(slot) {
            Some(&(known, roles)) if known == number => roles,
            _ => self.remember(text, token, number, slot),
        }
    }

    /// The roles of a word of nine to sixteen bytes, kept as a short one's
    /// is, by its bytes as two numbers; a longer word's, found each time.
    #[inline(never)]
    fn long_roles(&mut self, text: &str, token: &Token) -> WordRoles {
        let Some(key) = exact_key(&text.as_bytes()[token.start..token.end]) else { return WordRoles::of(text, token) };
        let slot = short_slot(key, self.shift);
        match self.long.get(slot) {
            Some(&(known, roles)) if known == key => return roles,
            _ => {}
        }
        if self.long.is_empty() {
            self.long = vec![([0; 2], WordRoles::NONE); 1 << (64 - self.shift)];
        }
        let roles = WordRoles::of(text, token);
        self.long[slot] = (key, roles);
        roles
    }

    /// The roles of a word not in its slot, kept there in place of the one
    /// before (the slots are made at the first word).
    #[inline(never)]
    fn remember(&mut self, text: &str, token: &Token, number: u64, slot: usize) -> WordRoles {
        if self.slots.is_empty() {
            self.slots = vec![(0, WordRoles::NONE); 1 << (64 - self.shift)];
        }
        let roles = WordRoles::of(text, token);
        self.slots[slot] = (number, roles);
        roles
    }
}

/// Whether the word at item `i` may be a reporting verb: lower case, and a
/// form that reports (the tests before [`reporting_verb_at`]'s), told from
/// its [`WordRoles`] and the next word's.
fn may_be_reporting_verb(text: &str, items: &[Item], i: usize, roles: WordRoles, next_roles: WordRoles) -> bool {
    if !roles.may_lead() {
        return false;
    }
    let Some(token) = items[i].word() else { return false };
    let word = token.text(text);
    // "is endorsing": some forms report only in the progressive.
    let progressive = || {
        roles.has(WordRoles::PROGRESSIVE)
            && i >= 1
            && items[i - 1].word().is_some_and(|w| function_words::is_form_of_be(w.text(text)))
    };
    // "spoke about the plan": some forms report only through a particle.
    let through_particle = || {
        roles.has(WordRoles::PHRASAL)
            && next_roles.has(WordRoles::PARTICLE)
            && items.get(i + 1).and_then(Item::word).is_some_and(|n| cues::reports_through(word, n.text(text)))
    };
    roles.has(WordRoles::REPORTS) || progressive() || through_particle()
}

/// The reporting verb at item `i`, used as a verb. Item `i` is one of the
/// frame's [`Leads`] verbs: [`may_be_reporting_verb`] holds of it already.
/// A negated verb reports too (`Lawmakers have not said when they would
/// vote`): it tells what a source did not say, and news attributes it as it
/// does the rest (on PolNeAR, allowing it raised indirect F1 by about 0.3).
fn reporting_verb_at<'t>(text: &'t str, items: &[Item], i: usize) -> Option<&'t str> {
    let word = items[i].word()?.text(text);
    // "wants to support": an infinitive's subject is not in its own clause.
    let infinitive = i >= 1 && items[i - 1].word().is_some_and(|w| w.text(text) == "to");
    let reports = !infinitive
        && !base_form_noun(text, items, i)
        && (!cues::is_weak(word) || opens_reported_clause(text, items, i + 1))
        && patterns::is_verb_use(text, items, i);
    reports.then_some(word)
}

/// Whether `items`, all a verb reports, are too few to be a clause: one
/// word (`said enough`), or a determiner, time word or number and one more
/// (`said this week`, `said the talks`), but not a subject and its verb
/// (`said prices rose`).
fn no_clause(text: &str, items: &[Item]) -> bool {
    let mut words = items.iter().filter_map(Item::word).map(|w| w.text(text));
    match (words.next(), words.next(), words.next()) {
        (None, ..) | (Some(_), None, _) => true,
        (Some(first), Some(_), None) => {
            function_words::is_determiner(first)
                || function_words::is_time_word(first)
                || first.starts_with(|c: char| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// Whether item `k` opens a reported clause or question ("questioned
/// whether ...", "repeated that the ..."): after it even a weak verb
/// reports. "that" must open a clause, not point at a noun ("continued that
/// practice").
fn opens_reported_clause(text: &str, items: &[Item], k: usize) -> bool {
    items.get(k).and_then(Item::word).is_some_and(|w| {
        let w = w.text(text);
        function_words::opens_reported_clause(w) && (w != "that" || subject_starts_at(text, items, k + 1))
    })
}

/// Whether a clause's subject may start at item `k`: a subject pronoun, a
/// determiner, a capitalised word or a number.
fn subject_starts_at(text: &str, items: &[Item], k: usize) -> bool {
    items.get(k).and_then(Item::word).is_some_and(|w| {
        let w = w.text(text);
        crate::lexicon::pronouns::is_subject_pronoun(w)
            || function_words::is_determiner(w)
            || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    })
}

/// How far back the opening dash of an aside before a verb is looked for.
const MAX_ASIDE_ITEMS: usize = 30;

/// `Trump - who once said he would bomb them - said on Saturday ...`: the
/// subject stands before an aside set off by dashes.
fn subject_before_dashes(text: &str, items: &[Item], cue: usize) -> Option<Range<usize>> {
    // A double hyphen ("-- said") is two hyphens, the first the dash.
    let second_hyphen = |k: usize| k >= 1 && items[k].is_punct(text, "-") && is_dash(text, &items[k - 1]);
    let before = cue.checked_sub(1)?;
    let before = if second_hyphen(before) { before - 1 } else { before };
    let closing = Some(before).filter(|&k| is_dash(text, &items[k]))?;
    let opening = (closing.saturating_sub(MAX_ASIDE_ITEMS)..closing).rev().find(|&k| is_dash(text, &items[k]))?;
    patterns::subject_of(text, items, opening)
}

/// `Novak, who said that ...`: the source runs from the one the relative
/// clause is about through "who", the word that says it in its clause.
fn through_who(text: &str, items: &[Item], cue: usize, subject: Range<usize>) -> Range<usize> {
    let mut k = cue;
    while k > 0 && items[k - 1].word().is_some_and(|w| function_words::may_stand_between_source_and_verb(w.text(text)))
    {
        k -= 1;
    }
    match k.checked_sub(1).and_then(|k| items[k].word()) {
        Some(who) if who.text(text) == "who" && who.start >= subject.end => subject.start..who.end,
        _ => subject,
    }
}

/// The longest subject taken whole before a verb, in words: "Majorities
/// of Democrats in five states going to the polls Tuesday".
const MAX_SUBJECT_WORDS: usize = 14;

/// The subject of the verb at `cue` taken whole, when the noun-phrase
/// patterns find none ("46 percent said", "executives who have worked with
/// Murdoch say"): the words from the clause's start (the sentence's start
/// or its last comma) to the verb, past the adverbs before it, when they
/// are few, hold no quote, and start like a noun phrase.
fn whole_subject(text: &str, items: &[Item], cue: usize) -> Option<Range<usize>> {
    let mut start = (0..cue).rev().find(|&k| !matches!(items[k], Item::Word(_))).map_or(0, |k| k + 1);
    // `..., while 22 percent said ...`: a conjunction opening the clause is
    // no part of its subject.
    let opens_clause = |w: &str| function_words::is_subordinator(w) || function_words::is_opening_conjunction(w);
    if start + 1 < cue && items[start].word().is_some_and(|w| opens_clause(w.text(text))) {
        start += 1;
    }
    let mut end = cue;
    while end > start
        && items[end - 1].word().is_some_and(|w| function_words::may_stand_between_source_and_verb(w.text(text)))
    {
        end -= 1;
    }
    if end <= start || end - start > MAX_SUBJECT_WORDS {
        return None;
    }
    let first = items[start].word()?.text(text);
    let share = function_words::is_approximator(first)
        && items
            .get(start + 1)
            .and_then(Item::word)
            .is_some_and(|w| w.text(text).starts_with(|c: char| c.is_ascii_digit()));
    let opens_phrase = share
        || !function_words::opens_adjunct(first)
            && !function_words::is_phrase_boundary(first)
            && !first.eq_ignore_ascii_case("that")
        || function_words::is_determiner(first);
    let (first, last) = (items[start].word()?, items[end - 1].word()?);
    opens_phrase.then_some(first.start..last.end)
}

/// Whether the word at `i`, in its base form ("show", "support", "want"),
/// is a noun or part of a noun phrase here ("a talk show host"): a base form
/// is a verb after a plural or pronoun subject ("polls show", "they want"),
/// an auxiliary or modal ("will support", "did not"), or an adverb.
fn base_form_noun(text: &str, items: &[Item], i: usize) -> bool {
    let Some(word) = items[i].word().map(|w| w.text(text)) else { return false };
    let inflected = word.ends_with('s') || word.ends_with("ed") || word.ends_with("ing");
    if inflected || !cues::is_base_form(word) {
        return false;
    }
    // After an aside set off by a comma or dash ("Democrats — and some
    // Republicans — say", "economists, like their counterparts, say"), the
    // word before the mark.
    let mut b = i.checked_sub(1);
    if let Some(mark) = b.filter(|&b| b > 0 && matches!(items[b], Item::Punct(_))) {
        if items[mark].is_punct(text, ",") || is_dash(text, &items[mark]) {
            b = Some(mark - 1);
        }
    }
    let Some(before) = b.and_then(|b| items[b].word()).map(|w| w.text(text)) else {
        return true; // A sentence does not open with a base-form verb of report.
    };
    // A participle is a subject's end after a plural ("those surveyed say",
    // "voters polled say"), not after an article ("the acclaimed show").
    let two_before = b.and_then(|b| b.checked_sub(1)).and_then(|k| items[k].word()).map(|w| w.text(text));
    let participle_after_plural = before.len() > 3
        && before.ends_with("ed")
        && two_before.is_some_and(|w| w.eq_ignore_ascii_case("those") || w.ends_with('s') && !w.ends_with("ss"));
    let verb_context = crate::lexicon::pronouns::is_subject_pronoun(before)
        || matches!(before, "you" | "You")
        // "those close to him say": an object pronoun ending the subject
        // (not "her", as often a possessive: "her support").
        || crate::lexicon::pronouns::is_object_pronoun(before) && !before.eq_ignore_ascii_case("her")
        || function_words::is_auxiliary(before)
        || before.len() > 3 && before.ends_with("ly")
        || before.ends_with('s') && !before.ends_with("ss")
        // "those surveyed say", "over 60 say", "80% say", "a third say".
        || participle_after_plural
        || before.starts_with(|c: char| c.is_ascii_digit())
        || before.ends_with('%')
        || function_words::is_share(before)
        // "Developers and supporters in Congress say": "say" is a noun only
        // after a determiner or possessive ("a say", "their say").
        || !function_words::is_determiner(before) && cues::is_verb_after(word, before);
    !verb_context
}

/// Where the content after the reporting verb at `cue` starts: at "that"
/// when it comes within a few words (`said in a statement that`, `told
/// reporters that`), else right after the verb and its adverbs. None when
/// nothing is reported after the verb: a quote follows (direct speech), or
/// the sentence ends.
fn content_start(text: &str, items: &[Item], cue: usize) -> Option<usize> {
    let mut after = skip_time(text, items, patterns::skip_between(text, items, cue + 1));
    // A phrasal verb's particle belongs to the verb: "pointed out that",
    // "talked about the economy".
    let verb = items[cue].word().map_or("", |w| w.text(text));
    if items.get(after).and_then(Item::word).is_some_and(|w| cues::reports_through(verb, w.text(text))) {
        after += 1;
    }
    // `cautioned, as did the campaign itself, that ...`: an aside between
    // the verb and its clause, which opens with ", that".
    if items.get(after).is_some_and(|item| item.is_punct(text, ",")) {
        let that = (after + 2..items.len().min(after + MAX_THAT_DISTANCE + 2))
            .take_while(|&k| !matches!(items[k], Item::Quote(_)))
            .find(|&k| items[k - 1].is_punct(text, ",") && items[k].word().is_some_and(|w| w.text(text) == "that"));
        if that.is_some() {
            return that;
        }
    }
    // `said — on Twitter, as it happens — that ...`: an aside set off by
    // dashes stands between the verb and what it reports.
    if items.get(after).is_some_and(|item| is_dash(text, item)) {
        let closing = (after + 1..items.len().min(after + MAX_ASIDE_ITEMS)).find(|&k| is_dash(text, &items[k]));
        if let Some(closing) = closing {
            after = closing + 1;
        }
    }
    match items.get(after) {
        Some(Item::Word(_)) => {}
        // “...”: direct speech. `said: “...”`, `said, “...”` too.
        _ => return None,
    }
    // After an adjunct (`said in an interview with The Associated Press last
    // week that ...`) "that" may come further, when a clause's subject
    // follows it (not a relative "that": `said in a statement the deal that`).
    let adjunct = items[after].word().is_some_and(|w| function_words::opens_adjunct(w.text(text)));
    let reach = if adjunct { MAX_THAT_DISTANCE_AFTER_ADJUNCT } else { MAX_THAT_DISTANCE };
    let that = (after..items.len().min(after + reach))
        .take_while(|&k| match items[k] {
            Item::Word(_) => true,
            // Brackets and apostrophes may stand in an adjunct ("in ‘08",
            // "(R-Texas)"); a comma or a stop ends the search.
            Item::Punct(_) => !is_clause_punct(text, &items[k]),
            Item::Quote(_) => false,
        })
        .find(|&k| items[k].word().is_some_and(|w| w.text(text) == "that"))
        // "that" ending the clause is a pronoun (`said the test could change that`).
        .filter(|&k| items.get(k + 1).is_some_and(|i| matches!(i, Item::Word(_))))
        .filter(|&k| k < after + MAX_THAT_DISTANCE || subject_starts_at(text, items, k + 1));
    if let Some(that) = that {
        return Some(that);
    }
    // A preposition after the verb opens an adjunct (`said in a statement`,
    // `spoke at a rally`), not what was said; a clause may follow it (`said
    // in a statement Thursday they pulled ...`).
    if items[after].word().is_some_and(|w| function_words::opens_adjunct(w.text(text))) {
        return clause_after_adjunct(text, items, after);
    }
    // A verb followed only by time words and the sentence's end reports
    // what came before it.
    let rest_is_tail = items[after..].iter().all(|item| match item {
        Item::Word(w) => function_words::is_time_word(w.text(text)) || function_words::is_time_glue(w.text(text)),
        Item::Punct(_) => true,
        Item::Quote(_) => false,
    });
    (!rest_is_tail).then_some(after)
}

/// Whether the subject starting at byte `subject_start`, before the verb
/// at `verb`, is opened by a subordinating conjunction ("while", "as") that
/// starts the sentence or follows a comma. `at_frame_start`: `items` starts
/// where the frame does (a window may start mid-sentence).
fn is_subordinate(text: &str, items: &[Item], at_frame_start: bool, verb: usize, subject_start: usize) -> bool {
    let Some(first) = (0..verb).rev().find(|&k| items[k].word().is_some_and(|w| w.start == subject_start)) else {
        return false;
    };
    let Some(opener) = first.checked_sub(1) else { return false };
    let opens = items[opener].word().is_some_and(|w| function_words::is_subordinator(w.text(text)));
    let clause_starts = match opener.checked_sub(1) {
        None => at_frame_start,
        Some(k) => items[k].is_punct(text, ","),
    };
    opens && clause_starts
}

/// Where what was said starts after a verb that takes the one addressed
/// (`told reporters the talks would resume`, `told The Hill on Monday he
/// would run`): past the addressee (an object pronoun, a capitalised name,
/// a plural noun, or a determiner and its noun) and any time words, where a
/// clause starts. `start` itself when no clause follows or "that" opens it.
fn past_addressee(text: &str, items: &[Item], start: usize) -> usize {
    let word = |k: usize| items.get(k).and_then(Item::word).map(|w| w.text(text));
    let capitalised = |k: usize| word(k).is_some_and(|w| w.starts_with(char::is_uppercase));
    let Some(first) = word(start).filter(|&w| w != "that") else { return start };
    let mut end = start + 1;
    if capitalised(start) {
        while capitalised(end) {
            end += 1;
        }
    } else if function_words::is_determiner(first) && word(end).is_some_and(|w| !w.starts_with(char::is_uppercase)) {
        end += 1;
    } else if !(crate::lexicon::pronouns::is_object_pronoun(first) || first.len() > 3 && first.ends_with('s')) {
        return start;
    }
    let clause = skip_time(text, items, end);
    if subject_starts_at(text, items, clause) {
        clause
    } else {
        start
    }
}

/// The item after a time expression starting at `i` ("on Monday", "last
/// week"), or `i` when none starts there.
fn skip_time(text: &str, items: &[Item], i: usize) -> usize {
    let mut k = i;
    while let Some(word) = items.get(k).and_then(Item::word).map(|w| w.text(text)) {
        let glue_before_time = function_words::is_time_glue(word)
            && items.get(k + 1).and_then(Item::word).is_some_and(|w| function_words::is_time_word(w.text(text)));
        if !(function_words::is_time_word(word) || glue_before_time) {
            break;
        }
        k += 1;
    }
    k
}

/// A dash that sets off a clause: em and en dash, or a spaced hyphen.
fn is_dash(text: &str, item: &Item) -> bool {
    // (A double hyphen is two tokens, each a hyphen.)
    ["\u{2014}", "\u{2013}"].iter().any(|p| item.is_punct(text, p))
        || matches!(item, Item::Punct(t) if t.text(text) == "-" && text[..t.start].ends_with(' '))
}

/// Punctuation that ends a clause or sets one off.
fn is_clause_punct(text: &str, item: &Item) -> bool {
    [",", ";", ":", ".", "!", "?", "\u{2014}", "\u{2013}"].iter().any(|p| item.is_punct(text, p))
}

/// The longest adjunct stepped over after a reporting verb, in words:
/// "in a statement on Thursday night".
const MAX_ADJUNCT_WORDS: usize = 7;

/// The start of a clause after the adjunct opening at `at` (`in a
/// statement Thursday night they pulled ...`): a subject pronoun or a
/// determiner after a noun of the adjunct. None when no clause follows.
fn clause_after_adjunct(text: &str, items: &[Item], at: usize) -> Option<usize> {
    let mut previous = items[at].word()?.text(text);
    for (k, item) in items.iter().enumerate().skip(at + 1).take(MAX_ADJUNCT_WORDS) {
        let word = item.word()?.text(text);
        let after_noun = !function_words::is_determiner(previous) && !function_words::opens_adjunct(previous);
        let starts_clause = crate::lexicon::pronouns::is_subject_pronoun(word)
            || function_words::is_determiner(word) && word != "a" && word != "an";
        if after_noun && starts_clause && k > at + 1 {
            return Some(k);
        }
        previous = word;
    }
    None
}

/// The end (exclusive item index) of the clause whose content starts at
/// `start`: the sentence's end, a semicolon, or a comma before another
/// reporting clause (`..., adding that`, `..., she said`, `..., according to`).
fn clause_end(text: &str, items: &[Item], start: usize) -> usize {
    clause_end_remembering(text, items, start, &mut [], None)
}

/// Whether an item may end a clause, as [`clause_end_remembering`] tests it:
/// ";", a dash, ",", "and", "but", "while" or "whereas", told by the first
/// byte and length alone (the tests that follow look closer).
fn may_end_clause(text: &str, item: &Item) -> bool {
    let (first, len) = match item {
        Item::Word(t) | Item::Punct(t) => (text.as_bytes()[t.start], t.end - t.start),
        Item::Quote(_) => return false,
    };
    match first {
        b';' | b'-' | b',' => len == 1,
        0xE2 => len == 3,
        b'a' | b'b' => len == 3,
        b'w' => len == 5 || len == 7,
        _ => false,
    }
}

/// Fills `next` with, for each item of a frame, the index of the first
/// item at or after it that may end a clause (the frame's length if none):
/// a sentence of many verbs then searches each verb's clause in steps from
/// one such item to the next, not item by item.
fn index_clause_ends(text: &str, items: &[Item], next: &mut Vec<u32>) {
    next.resize(items.len(), 0);
    // Frames are far shorter than 4 GiB of items.
    let mut at = items.len() as u32;
    for (k, item) in items.iter().enumerate().rev() {
        if may_end_clause(text, item) {
            at = k as u32;
        }
        next[k] = at;
    }
}

/// A window's part of [`index_clause_ends`]: `next[k]` for the window's
/// item `k`, as an index into the whole frame, whose item `offset` is the
/// window's first.
#[derive(Clone, Copy)]
struct Jumps<'a> {
    next: &'a [u32],
    offset: usize,
}

/// Drops the clauses reported inside another's content, cue and all
/// ("Novak said polls show the port will reopen" is Novak's report; the
/// poll's is part of it). PolNeAR's annotators mark the inner one less often
/// than not: dropping them raised precision by five points and F1 on train
/// and dev. `clauses` are in order of their content's start; this sweeps
/// them once, so a sentence of thousands of verbs costs no more than its
/// clauses.
fn drop_nested(clauses: &mut Vec<Reported>) {
    if clauses.len() < 2 {
        return; // Most sentences: nothing can hold anything.
    }
    // For the first `i + 1` clauses: the furthest content end, which clause
    // has it, and the furthest end of the others (a clause whose content
    // runs around its own cue, "The strike, according to the union, will
    // go on", must not count as holding itself).
    let mut furthest: Vec<(usize, usize, usize)> = Vec::with_capacity(clauses.len());
    let (mut first, mut which, mut second) = (0, usize::MAX, 0);
    for (i, r) in clauses.iter().enumerate() {
        // A clause holding a direct quote is that quote's, not a report of
        // its own: it holds nothing away.
        let end = if r.quotes.is_empty() { r.content.end } else { 0 };
        if end > first {
            (second, first, which) = (first, end, i);
        } else {
            second = second.max(end);
        }
        furthest.push((first, which, second));
    }
    let starts: Vec<usize> = clauses.iter().map(|r| r.content.start).collect();
    let nested: Vec<bool> = clauses
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (start, end) = (r.content.start.min(r.cue.start), r.content.end.max(r.cue.end));
            // The clauses whose content starts at or before this one's cue
            // and content: does another of them reach past both?
            let before = starts.partition_point(|&s| s <= start);
            before.checked_sub(1).is_some_and(|last| {
                let (first, which, second) = furthest[last];
                (if which == i { second } else { first }) >= end
            })
        })
        .collect();
    let mut nested = nested.into_iter();
    clauses.retain(|_| !nested.next().unwrap_or(false));
}

/// What is known of an item's test, for the next search that asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Memo {
    Unknown,
    Yes,
    No,
}

/// [`clause_end`], with what was found of the conjunctions among `items`
/// kept in `memo` (one for each item, or empty to keep nothing), and the
/// items that may end a clause found beforehand in `jumps`, if given.
fn clause_end_remembering(text: &str, items: &[Item], start: usize, memo: &mut [Memo], jumps: Option<Jumps>) -> usize {
    // Past the longest clause the search can stop: the caller rejects it.
    let limit = items.len().min(start + MAX_CONTENT_ITEMS + 1);
    let mut k = start;
    while k < limit {
        // Every test below is of an item that may end a clause: this runs
        // for every reported clause, item by item unless `jumps` says where
        // the next such item is.
        match jumps {
            Some(jumps) => {
                k = jumps.next[k] as usize - jumps.offset;
                if k >= limit {
                    break;
                }
            }
            None if !may_end_clause(text, &items[k]) => {
                k += 1;
                continue;
            }
            None => {}
        }
        if items[k].is_punct(text, ";") {
            return k;
        }
        // A dash ends it ("... will reopen - and Lee said ...", "... will
        // reopen — Reuters"), unless a second one closes an aside, which is
        // part of what was said ("they rallied behind him - if only to do
        // their duty - and ..."), as PolNeAR's annotators mark it.
        if is_dash(text, &items[k]) {
            let aside_end = (k + 1..limit.min(k + 1 + MAX_ASIDE_ITEMS)).find(|&c| is_dash(text, &items[c]));
            match aside_end {
                Some(closing) => {
                    k = closing + 1;
                    continue;
                }
                None => return k,
            }
        }
        // `... the platform and noted that ...`, `... the convention and others
        // have said ...`, `... for Trump but has withheld ...`: a conjunction
        // before a verb or a new subject joins another clause.
        if k > start && items[k].word().is_some_and(|w| matches!(w.text(text), "and" | "but" | "while" | "whereas")) {
            // (Remembered only where the next item is in `items` either way.)
            let known = memo.get(k).copied().filter(|_| k + 1 < items.len()).unwrap_or(Memo::Unknown);
            let new_clause = match known {
                Memo::Yes => true,
                Memo::No => false,
                Memo::Unknown => {
                    let found = !and_carries_on(text, items, k) && opens_new_clause(text, items.get(k + 1));
                    if let Some(slot) = memo.get_mut(k).filter(|_| k + 1 < items.len()) {
                        *slot = if found { Memo::Yes } else { Memo::No };
                    }
                    found
                }
            };
            if new_clause {
                return k;
            }
        }
        if items[k].is_punct(text, ",") {
            let next = items.get(k + 1).and_then(Item::word).map(|w| w.text(text));
            // `..., adding that ...`, `..., according to ...`: another report.
            let reports_again = next.is_some_and(|w| {
                cues::SOURCE_AFTER_PHRASES.iter().any(|[first, _]| w.eq_ignore_ascii_case(first))
                    || w.ends_with("ing") && cues::is_reporting_verb(w)
            });
            // `..., and vowed ...`, `..., while ...`, `..., which ...`: another clause.
            let new_clause = next.is_some_and(function_words::opens_clause) && !and_carries_on(text, items, k + 1);
            if reports_again || new_clause || source_follows(text, items, k + 1) {
                return k;
            }
        }
        k += 1;
    }
    limit
}

/// Whether item `k` is "and" and what was said goes on after it: a second
/// "that" clause (`said that ..., and that ...`) or a second verb phrase of
/// the same subject (`ruled that the rules could remove voters and are not
/// in compliance`). PolNeAR's annotators take both into the content; on its
/// train split this joined 29 clauses more than it split.
fn and_carries_on(text: &str, items: &[Item], k: usize) -> bool {
    let word = |k: usize| items.get(k).and_then(Item::word).map(|w| w.text(text));
    word(k) == Some("and") && word(k + 1).is_some_and(function_words::carries_on_after_and)
}

/// Whether the item after a conjunction starts another clause: a verb or a
/// new subject (`... the platform and noted that ...`, `... and others have
/// said ...`). A base form shares its verb's subject and tense: "would wait
/// and see". Cheapest tests first.
fn opens_new_clause(text: &str, next: Option<&Item>) -> bool {
    next.and_then(Item::word).map(|w| w.text(text)).is_some_and(|w| {
        matches!(w, "others" | "has" | "have" | "had" | "is" | "are" | "was" | "were")
            || crate::lexicon::pronouns::is_subject_pronoun(w)
            || function_words::is_auxiliary(w) && w != "to" && w != "not"
            || cues::is_reporting_verb(w) && !cues::is_base_form(w)
    })
}

/// Whether a short "X said" clause ending the sentence starts at item `at`.
fn source_follows(text: &str, items: &[Item], at: usize) -> bool {
    let tail = &items[at..];
    tail.len() <= MAX_TAIL_ITEMS
        && tail.iter().enumerate().any(|(k, item)| {
            item.word().is_some_and(|w| {
                let w = w.text(text);
                w.starts_with(char::is_lowercase)
                    && cues::is_speech_verb(w)
                    && patterns::is_verb_use(text, items, at + k)
            })
        })
}

/// The source, and the end of the content, when the reporting verb at `cue`
/// closes its sentence after the content: `..., Novak said on Monday.`,
/// `..., said Novak, the head of the port.`
fn source_after_content(
    text: &str,
    items: &[Item],
    cue: usize,
    subject: Option<Range<usize>>,
) -> Option<(Range<usize>, usize)> {
    // `..., said Novak.`: the verb right after the comma, its subject after
    // it, and perhaps an appositive (`, the head of the port`).
    if let Some(comma) = comma_before(text, items, cue) {
        let verb = items[cue].word()?.text(text);
        if !cues::inverts(verb) {
            return None;
        }
        let (source, next) = patterns::phrase_after(text, items, cue + 1)?;
        // The sentence ends, or an appositive or relative clause about the
        // source follows (`, the head of the port, whose ...`).
        let ends = items.len() - next <= 1 || items[next].is_punct(text, ",");
        return ends.then_some((source, comma));
    }
    if !source_may_close_sentence(text, items, cue) {
        return None;
    }
    // `..., Novak said.`: the subject right after the comma.
    let source = subject?;
    let first = (0..cue).rev().find(|&k| items[k].word().is_some_and(|w| w.start == source.start))?;
    comma_before(text, items, first).map(|comma| (source, comma))
}

/// Whether the verb at `cue`, with no comma before it, may be that of a
/// source closing its sentence after the content (`..., Novak said on
/// Monday.`): it stands near the sentence's end, or a parenthetical
/// attribution is set off by commas (`Novak, officials said, has ...`).
fn source_may_close_sentence(text: &str, items: &[Item], cue: usize) -> bool {
    items.len() - cue <= MAX_TAIL_ITEMS + 1 || around_parenthetical(text, items, cue).is_some()
}

/// The comma just before item `k`: `..., said Novak`. In archived news
/// (the New York Times's, in PolNeAR) quotation marks are written as two
/// apostrophes, which the quotes stage does not pair: a comma before them
/// closes the content all the same (`''We will reopen,'' said Novak`).
fn comma_before(text: &str, items: &[Item], k: usize) -> Option<usize> {
    let k = if k >= 2 && apostrophes_at(text, items, k - 2) { k - 2 } else { k };
    k.checked_sub(1).filter(|&comma| items[comma].is_punct(text, ","))
}

/// Whether `items` hold nothing but connectives and punctuation ("And
/// yet,", "But,").
fn only_connectives(text: &str, items: &[Item]) -> bool {
    items.iter().all(|item| match item {
        Item::Word(w) => function_words::is_connective(w.text(text)),
        Item::Punct(_) => true,
        Item::Quote(_) => false,
    })
}

/// The end of the content around a parenthetical attribution (`Novak,
/// officials said, has become ...`, `It is no surprise, Mr. Garin said,
/// that ...`): when a comma follows the verb and its time words, the
/// content goes on after it to the clause's end.
fn around_parenthetical(text: &str, items: &[Item], cue: usize) -> Option<usize> {
    let after = skip_time(text, items, cue + 1);
    items.get(after).filter(|item| item.is_punct(text, ","))?;
    let rest = after + 1;
    // `..., Novak said, adding that ...`: a new report, not the content's rest.
    let next = items.get(rest).and_then(Item::word)?.text(text);
    if next.ends_with("ing") && cues::is_reporting_verb(next) {
        return None;
    }
    Some(clause_end(text, items, rest))
}

/// The most words in a label before a colon: "Former AG Mukasey at RNC".
const MAX_LABEL_WORDS: usize = 5;

/// `Sanders: Clinton email story has moved`, `Poll: Trump leads in Ohio`:
/// a short capitalised label opening the frame, then a colon and words (the
/// way headlines and interviews attribute). Returns the label and the
/// colon's index.
fn label(text: &str, items: &[Item]) -> Option<(Range<usize>, usize)> {
    let colon = items.iter().take(MAX_LABEL_WORDS + 1).position(|item| item.is_punct(text, ":"))?;
    let words: Vec<&str> =
        items[..colon].iter().map(|item| item.word().map(|w| w.text(text))).collect::<Option<_>>()?;
    let capitalised = words.iter().all(|w| w.starts_with(char::is_uppercase) || function_words::is_phrase_boundary(w));
    let labelled = !words.is_empty()
        && capitalised
        && words[0].starts_with(char::is_uppercase)
        && !crate::lexicon::quoting::is_not_a_speaker_label(&words.join(" "));
    // A colon that introduces a quotation is direct speech.
    let words_follow = items.get(colon + 1).is_some_and(|item| matches!(item, Item::Word(_)));
    if !(labelled && words_follow) {
        return None;
    }
    let (first, last) = (items[0].word()?, items[colon - 1].word()?);
    Some((first.start..last.end, colon))
}

/// `According to Novak, ...` opening the frame, and `..., according to
/// Novak.` closing it. `leads`: the items that may be its "according", in
/// order ([`Leads`]).
fn according_to(
    text: &str,
    items: &[Item],
    leads: &[usize],
    add: &mut impl FnMut(Range<usize>, Range<usize>, usize, usize, bool),
) {
    for &k in leads {
        let (Some(a), Some(b)) = (items[k].word(), items.get(k + 1).and_then(Item::word)) else { continue };
        let (a_text, b_text) = (a.text(text), b.text(text));
        if !cues::SOURCE_AFTER_PHRASES
            .iter()
            .any(|[first, second]| a_text.eq_ignore_ascii_case(first) && b_text == *second)
        {
            continue;
        }
        let opens = items[..k].iter().all(|item| matches!(item, Item::Punct(_)));
        // Opening the sentence, the source runs to its comma: "According
        // to a new report by Politico, ..." is more than its first phrase.
        let phrase = patterns::phrase_after(text, items, k + 2);
        let source = match phrase {
            Some((_, next)) if opens && !items.get(next).is_some_and(|item| item.is_punct(text, ",")) => {
                words_up_to_punctuation(text, items, k + 2).or(phrase)
            }
            Some(found) => Some(found),
            None => words_up_to_punctuation(text, items, k + 2),
        };
        let Some((source, next)) = source else { continue };
        let cue = a.start..b.end;
        if opens && items.get(next).is_some_and(|item| item.is_punct(text, ",")) {
            let start = next + 1;
            add(source, cue, start, clause_end(text, items, start), false);
        } else if k >= 1 && items[k - 1].is_punct(text, ",") {
            let first = items.iter().position(|item| !matches!(item, Item::Punct(_))).unwrap_or(0);
            // `The strike, according to the union, will go on.`: the content
            // runs on around the parenthetical.
            let goes_on = items.get(next).is_some_and(|item| item.is_punct(text, ","))
                && items.get(next + 1).is_some_and(|item| matches!(item, Item::Word(_)));
            if goes_on {
                add(source, cue, first, clause_end(text, items, next + 1), true);
            } else {
                add(source, cue, first, k - 1, false);
            }
        }
    }
}

/// The most modifiers between a possessive source and its noun: "Trump's
/// controversial new plan to ...".
const MAX_NOUN_MODIFIERS: usize = 2;

/// `Novak's statement that the port would reopen`, `Trump's plans to cut
/// taxes`: a name's possessive, a noun of speech or intent, and the clause
/// or infinitive it introduces. Possessive pronouns ("her plan") are left
/// alone: the speakers stage resolves subject pronouns only. So is a
/// phrase that opens its sentence ("Novak's statement that the port would
/// reopen surprised nobody"): without parsing, the clause's end cannot be
/// told from the sentence's own verb. `leads`: the words before a "that" or
/// "to", in order ([`Leads`]).
fn nominal(
    text: &str,
    items: &[Item],
    leads: &[usize],
    add: &mut impl FnMut(Range<usize>, Range<usize>, usize, usize, bool),
) {
    for &k in leads {
        let (Some(noun), Some(next)) = (items[k].word(), items[k + 1].word()) else { continue };
        if !cues::is_report_noun(noun.text(text), next.text(text)) {
            continue;
        }
        // Back over lower-case modifiers to the possessive.
        let mut owner = k - 1;
        while owner > 0
            && k - owner <= MAX_NOUN_MODIFIERS
            && items[owner].word().is_some_and(|w| w.text(text).starts_with(|c: char| c.is_lowercase()))
        {
            owner -= 1;
        }
        let Some(possessive) = items[owner].word().filter(|w| is_named_possessive(w.text(text))) else { continue };
        // The whole name: "Donald Trump's".
        let mut first = owner;
        while first > 0 && items[first - 1].word().is_some_and(|w| w.text(text).starts_with(char::is_uppercase)) {
            first -= 1;
        }
        if items[..first].iter().all(|item| matches!(item, Item::Punct(_))) {
            continue;
        }
        let source = items[first].word().map_or(possessive.start, |w| w.start)..possessive.end;
        add(source, noun.start..noun.end, k + 1, clause_end(text, items, k + 1), false);
    }
}

/// "Novak's", "Reuters’", "the Democrats'": a capitalised word with a
/// possessive ending.
fn is_named_possessive(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && ["'s", "\u{2019}s", "s'", "s\u{2019}"]
            .iter()
            .any(|ending| word.len() > ending.len() && word.ends_with(ending))
}

/// The longest run of words a source after "according to" is taken whole.
const MAX_SOURCE_WORDS: usize = 16;

/// `according to early returns`, `according to ouest-france.fr`: a source
/// that is no name or determined phrase, taken as the words from `start` to
/// the next punctuation (a mark between two words with no space, as in a
/// web address, is none), and the item after them.
fn words_up_to_punctuation(text: &str, items: &[Item], start: usize) -> Option<(Range<usize>, usize)> {
    let first = items.get(start)?.word()?;
    // "according to which ...", "according to whom it may concern": a
    // relative or function word opens no source.
    if function_words::is_phrase_boundary(first.text(text)) {
        return None;
    }
    let (mut last, mut end, mut words) = (first, start + 1, 1);
    while end < items.len() && words <= MAX_SOURCE_WORDS {
        match (&items[end], items.get(end + 1).and_then(Item::word)) {
            (Item::Word(word), _) => (last, end) = (word, end + 1),
            (Item::Punct(mark), Some(word)) if mark.start == last.end && mark.end == word.start => {
                (last, end) = (word, end + 2)
            }
            _ => break,
        }
        words += 1;
    }
    // "according to plan": an idiom.
    if words == 1 && cues::is_idiom_after_according_to(first.text(text)) {
        return None;
    }
    // The full stop of a sentence ending in an abbreviation-like word
    // ("ouest-france.fr.") is no part of the source.
    let stop = end == items.len() && last.text(text).ends_with('.') && last.end - last.start > 1;
    (words <= MAX_SOURCE_WORDS).then_some((first.start..last.end - usize::from(stop), end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::frames;
    use crate::quotes;
    use crate::text::{paragraphs, sentences};

    /// (content, source, cue) of each reported clause of `text`.
    fn reported(text: &str) -> Vec<(&str, &str, &str)> {
        let paras = paragraphs::split(text);
        let sentences = sentences::split(text, &paras);
        let quotes = quotes::find(text, &paras);
        find(text, &frames::build(text, &sentences, &quotes), &quotes)
            .into_iter()
            .map(|r| (&text[r.content], &text[r.source], &text[r.cue]))
            .collect()
    }

    #[test]
    fn remembered_conjunctions_end_clauses_as_searched_ones_do() {
        // Conjunctions that do and do not open a clause, searched from every
        // start in windows of every extent, which share one memo as the
        // windows of a frame do.
        let text =
            "Ann said the port and the dock would reopen and she said the ships wait and see and others have left and";
        let paras = paragraphs::split(text);
        let quotes = quotes::find(text, &paras);
        let built = frames::build(text, &sentences::split(text, &paras), &quotes);
        let items = built.items(&built.frames[0]);
        let mut memo = vec![Memo::Unknown; items.len()];
        let mut next = Vec::new();
        index_clause_ends(text, items, &mut next);
        for lo in 0..items.len() {
            for hi in (lo + 1..=items.len()).rev().chain(lo + 1..=items.len()) {
                for start in 0..hi - lo {
                    let searched = clause_end(text, &items[lo..hi], start);
                    let remembered = clause_end_remembering(text, &items[lo..hi], start, &mut memo[lo..hi], None);
                    assert_eq!(remembered, searched, "{lo}..{hi} from {start}");
                    let jumps = Some(Jumps { next: &next[lo..hi], offset: lo });
                    let jumped = clause_end_remembering(text, &items[lo..hi], start, &mut memo[lo..hi], jumps);
                    assert_eq!(jumped, searched, "{lo}..{hi} from {start}, jumping");
                }
            }
        }
        // The memo is used: a clause stops at "and she".
        assert_eq!(reported(text)[0].0, "the port and the dock would reopen");
    }

    #[test]
    fn word_roles_answer_as_the_lexicon_does() {
        // Words of every length up to eight bytes and past it, in either
        // case, and short ones at the text's very end; between two rounds
        // of them, thousands of made-up words of two to fourteen letters,
        // so that words meet in the memo's slots (its least size is 256)
        // and the real words are asked again after them.
        let words = "said w1 Says to To that acknowledged reportedly spoke about Spoke endorsing \
                     acknowledgements misunderstandings of out against on for a told to";
        let made_up: Vec<String> = (0..3000)
            .map(|n: usize| (0..2 + n % 13).map(|k| char::from(b'a' + ((n * 7 + k * 13) % 26) as u8)).collect())
            .collect();
        let text = format!("{words} {} {words}", made_up.join(" "));
        let text = text.as_str();
        let mut memo = RolesMemo::for_bytes(0);
        for token in text.split(' ').scan(0, |at, w| {
            let token = Token { start: *at, end: *at + w.len() };
            *at += w.len() + 1;
            Some(token)
        }) {
            let word = token.text(text);
            let roles = memo.roles(text, &token);
            assert_eq!(memo.roles(text, &token), roles, "{word}");
            let lower = word.starts_with(|c: char| c.is_lowercase());
            assert_eq!(roles.has(WordRoles::REPORTS), lower && cues::is_reporting_verb(word), "{word}");
            let progressive = lower && word.ends_with("ing") && cues::reports_in_progressive(word);
            assert_eq!(roles.has(WordRoles::PROGRESSIVE), progressive, "{word}");
            assert_eq!(roles.has(WordRoles::PHRASAL), lower && cues::may_report_through(word), "{word}");
            assert_eq!(roles.has(WordRoles::PARTICLE), cues::is_particle(word), "{word}");
            assert_eq!(roles.has(WordRoles::LINK), cues::links_report_noun(word.as_bytes()), "{word}");
            let second = cues::SOURCE_AFTER_PHRASES.iter().any(|[_, second]| word == *second);
            assert_eq!(roles.has(WordRoles::SECOND_OF_SOURCE_PHRASE), second, "{word}");
        }
    }

    #[test]
    fn an_aside_set_off_by_dashes_is_part_of_the_clause() {
        assert_eq!(
            reported("Novak said the port — closed since the storm — would reopen on Monday."),
            [("the port — closed since the storm — would reopen on Monday", "Novak", "said")]
        );
        // A lone dash ends it: what follows is another clause or a credit.
        assert_eq!(
            reported("Novak said the port will reopen - and Lee said the ships will wait."),
            [("the port will reopen", "Novak", "said"), ("the ships will wait", "Lee", "said")]
        );
        assert_eq!(reported("Novak said the port will reopen — Reuters"), [("the port will reopen", "Novak", "said")]);
        // A semicolon still ends it.
        assert_eq!(
            reported("Novak said the port would reopen; the ships were waiting."),
            [("the port would reopen", "Novak", "said")]
        );
    }

    #[test]
    fn a_verb_and_its_clause() {
        assert_eq!(
            reported("Elena Novak stressed that the port would reopen within a week."),
            [("that the port would reopen within a week", "Elena Novak", "stressed")]
        );
        assert_eq!(
            reported("The minister said on Monday the talks will resume."),
            [("the talks will resume", "The minister", "said")]
        );
        assert_eq!(
            reported("She told reporters at the port that the strike was over."),
            [("that the strike was over", "She", "told")]
        );
    }

    #[test]
    fn content_before_its_source() {
        assert_eq!(
            reported("The talks will resume next week, the minister said on Monday."),
            [("The talks will resume next week", "the minister", "said")]
        );
        assert_eq!(
            reported("The talks will resume, said Elena Novak, the head of the port."),
            [("The talks will resume", "Elena Novak", "said")]
        );
    }

    #[test]
    fn a_subject_the_phrase_patterns_miss_is_taken_whole() {
        assert_eq!(
            reported("In Texas, 46 percent of voters said they were angry."),
            [("they were angry", "46 percent of voters", "said")]
        );
    }

    #[test]
    fn a_parenthetical_attribution_is_inside_its_content() {
        assert_eq!(
            reported("Novak, officials said, has become skeptical of the plan."),
            [("Novak, officials said, has become skeptical of the plan", "officials", "said")]
        );
    }

    #[test]
    fn a_phrasal_verb_reports_what_follows_its_particle() {
        assert_eq!(
            reported("The mayor pointed out that the port had reopened."),
            [("that the port had reopened", "The mayor", "pointed")]
        );
    }

    #[test]
    fn punctuation_before_a_parenthetical_source_is_no_content() {
        // These panicked: the content before the source's comma was empty.
        for text in [
            ", officials say, the port will reopen.",
            "Yes. , officials say, the port will reopen.",
            "..., officials say, the port will reopen.",
            "“We will.” , officials say, the port will reopen.",
        ] {
            reported(text);
        }
    }

    #[test]
    fn that_after_an_addressee_or_a_weak_verb() {
        assert_eq!(
            reported("Novak told reporters that the Senate would vote."),
            [("that the Senate would vote", "Novak", "told")]
        );
        assert_eq!(
            reported("Novak told them that in 2016 the port shut."),
            [("that in 2016 the port shut", "Novak", "told")]
        );
        // "that" pointing at a noun opens no clause.
        assert!(reported("The company continued that practice for years.").is_empty());
        assert_eq!(reported("He repeated that the port was shut."), [("that the port was shut", "He", "repeated")]);
    }

    #[test]
    fn a_past_participle_phrase_opening_the_sentence_is_no_subject() {
        assert_eq!(
            reported("Chastened by the analyses, Trump revised his plan, promising to focus on voters."),
            [("to focus on voters", "Trump", "promising")]
        );
    }

    #[test]
    fn some_forms_report_only_in_the_progressive() {
        assert_eq!(
            reported("Sen. Ted Cruz is endorsing Donald Trump's campaign."),
            [("Donald Trump's campaign", "Sen. Ted Cruz", "endorsing")]
        );
        assert!(reported("The bill passed, endorsing the plan.").is_empty());
    }

    #[test]
    fn sources_and_clauses_set_off_by_commas() {
        // Opening the sentence, "according to" takes its source to the comma.
        assert_eq!(
            reported("According to a new report by Politico, party insiders are worried."),
            [("party insiders are worried", "a new report by Politico", "According to")]
        );
        // A subject ending in an object pronoun, before a base-form verb.
        assert_eq!(
            reported("Those close to him say that he would run."),
            [("that he would run", "Those close to him", "say")]
        );
        // An aside between the verb and its clause.
        assert_eq!(
            reported("Experts cautioned, as did the campaign itself, that the plans might change."),
            [("that the plans might change", "Experts", "cautioned")]
        );
    }

    #[test]
    fn a_weak_verb_reports_a_clause_or_question_after_it() {
        assert_eq!(
            reported("Delegates questioned how Cruz could turn back."),
            [("how Cruz could turn back", "Delegates", "questioned")]
        );
        assert!(reported("Delegates questioned Cruz for hours.").is_empty());
    }

    #[test]
    fn railing_against_reports_what_follows_the_particle() {
        assert_eq!(
            reported("Trump railed against the trade deal on Monday."),
            [("the trade deal on Monday", "Trump", "railed")]
        );
    }

    #[test]
    fn a_report_in_a_subordinate_clause_ends_at_its_comma() {
        assert_eq!(
            reported("While his aides have suggested the race is close, Obama is also determined to win."),
            [("the race is close", "his aides", "suggested")]
        );
        assert_eq!(
            reported("Later, as Clinton discussed the economy, Trump left."),
            [("the economy", "Clinton", "discussed")]
        );
        // Not opened by a subordinator: the clause runs on past the comma.
        assert_eq!(
            reported("His aides have suggested the race is close, tight and hard."),
            [("the race is close, tight and hard", "His aides", "suggested")]
        );
    }

    #[test]
    fn connectives_before_a_parenthetical_source_are_not_what_was_said() {
        assert_eq!(
            reported("And yet, Mrs. Clinton's aides say, Syria remains a priority."),
            [("Syria remains a priority", "Mrs. Clinton's aides", "say")]
        );
        assert_eq!(
            reported("The port, officials say, will reopen."),
            [("The port, officials say, will reopen", "officials", "say")]
        );
    }

    #[test]
    fn what_is_told_starts_past_the_one_addressed() {
        assert_eq!(
            reported("The minister told reporters the talks would resume."),
            [("the talks would resume", "The minister", "told")]
        );
        assert_eq!(reported("Novak told The Hill on Monday she would run."), [("she would run", "Novak", "told")]);
        assert_eq!(reported("Novak told him that the port was shut."), [("that the port was shut", "Novak", "told")]);
        // No clause after the addressee: nothing is reported.
        assert_eq!(reported("Novak told reporters on Monday."), []);
    }

    #[test]
    fn a_named_possessive_and_a_noun_of_speech_or_intent() {
        assert_eq!(
            reported("He doubted Novak's statement that the port would reopen."),
            [("that the port would reopen", "Novak's", "statement")]
        );
        assert_eq!(
            reported("The vote follows Donald Trump's controversial decision to cut taxes."),
            [("to cut taxes", "Donald Trump's", "decision")]
        );
        // "to" after a noun of speech is whom it was made to; a pronoun's
        // plan is left alone; so is a phrase opening its sentence.
        assert_eq!(reported("He read Novak's statement to reporters."), []);
        assert_eq!(reported("The vote follows her plans to cut taxes."), []);
        assert_eq!(reported("Trump's plans to cut taxes drew criticism."), []);
        assert_eq!(reported("The vote follows Trump's plans to cut taxes."), [("to cut taxes", "Trump's", "plans")]);
    }

    #[test]
    fn hopes_orders_and_criticism_are_reported() {
        assert_eq!(
            reported("The union is hoping the strike ends soon."),
            [("the strike ends soon", "The union", "hoping")]
        );
        assert_eq!(
            reported("The judge ordered the release of the records."),
            [("the release of the records", "The judge", "ordered")]
        );
        assert_eq!(reported("Novak criticized the plan."), [("the plan", "Novak", "criticized")]);
        // "order" is more often a noun.
        assert_eq!(reported("The order came on Monday."), []);
    }

    #[test]
    fn a_conjunction_before_a_new_verb_or_subject_ends_the_clause() {
        assert_eq!(
            reported("He said that he was focused on the platform and noted that it mattered."),
            [("that he was focused on the platform", "He", "said"), ("that it mattered", "He", "noted")]
        );
        assert_eq!(
            reported("She said the port and the ferries would reopen.")[0].0,
            "the port and the ferries would reopen"
        );
        assert_eq!(reported("Firms said they would wait and see.")[0].0, "they would wait and see");
    }

    #[test]
    fn the_one_addressed_alone_is_not_reported_and_a_quote_after_the_verb_is_direct() {
        assert!(reported("The port will reopen soon, Novak told The Hill.")
            .iter()
            .all(|r| r.2 != "told" || r.0 != "The Hill"));
        assert!(reported("Asked about the strike, Novak told reporters.").is_empty());
        assert!(reported("At a rally in Iowa, Cruz said: “We will win.”").is_empty());
    }

    #[test]
    fn a_relative_clause_names_its_source_through_who() {
        assert_eq!(
            reported("Elena Novak, who said the port would reopen soon, left early.")[0],
            ("the port would reopen soon", "Elena Novak, who", "said")
        );
    }

    #[test]
    fn a_subject_before_an_aside_set_off_by_dashes() {
        assert_eq!(
            reported("Elena Novak — who ran the port for a decade — said the strike was over.")[0],
            ("the strike was over", "Elena Novak", "said")
        );
    }

    #[test]
    fn a_headline_label_before_a_colon() {
        assert_eq!(
            reported("Sanders: Clinton email story has moved"),
            [("Clinton email story has moved", "Sanders", ":")]
        );
        assert!(reported("Editor’s note: An earlier version misspelled a name.").is_empty());
        // An interview's "Q:" and "A:", and credits, name no one.
        assert!(reported("Q: Will the port reopen next week?").is_empty());
        assert!(reported("A: It will reopen.").is_empty());
        assert!(reported("Contributing: Jo Allen in Boston").is_empty());
    }

    #[test]
    fn verbs_mined_from_the_corpus_report_and_their_base_forms_as_nouns_do_not() {
        assert_eq!(reported("Novak likened the port to a fortress."), [("the port to a fortress", "Novak", "likened")]);
        assert_eq!(reported("The union welcomed the decision."), [("the decision", "The union", "welcomed")]);
        assert!(reported("The vote on the port is set for Monday.").is_empty());
        // What people support, want, back, oppose or plan is theirs too.
        assert_eq!(
            reported("A majority of Republicans support deportation."),
            [("deportation", "A majority of Republicans", "support")]
        );
        assert_eq!(reported("They plan to strike."), [("to strike", "They", "plan")]);
        assert_eq!(reported("The union backed the deal."), [("the deal", "The union", "backed")]);
        assert!(reported("The issue is the port.").is_empty());
    }

    #[test]
    fn according_to_before_and_after() {
        assert_eq!(
            reported("According to the union, the strike will go on."),
            [("the strike will go on", "the union", "According to")]
        );
        assert_eq!(
            reported("The strike will go on, according to the union."),
            [("The strike will go on", "the union", "according to")]
        );
        assert_eq!(
            reported("The strike, according to the union, will go on."),
            [("The strike, according to the union, will go on", "the union", "according to")]
        );
        // A source that is no name and has no determiner: its words, up to
        // the punctuation after them.
        assert_eq!(
            reported("Late Sunday, Clinton won the primary, according to early returns."),
            [("Late Sunday, Clinton won the primary", "early returns", "according to")]
        );
        assert_eq!(
            reported("They were merchants, according to ouest-france.fr."),
            [("They were merchants", "ouest-france.fr", "according to")]
        );
        // Idioms and relative clauses are no sources.
        assert!(reported("The project is on schedule, according to plan.").is_empty());
        assert!(reported("The port will reopen, according to which the ships wait.").is_empty());
    }

    #[test]
    fn a_report_inside_another_is_part_of_it() {
        assert_eq!(
            reported("Novak said polls show the port will reopen."),
            [("polls show the port will reopen", "Novak", "said")]
        );
        // A clause holding a direct quote is that quote's: a report inside
        // it stays one of its own.
        let mixed = reported("Novak said the bill was “a disgrace” and polls show voters agree.");
        assert!(mixed.contains(&("voters agree", "polls", "show")), "{mixed:?}");
        // Side by side, each is its own.
        assert_eq!(
            reported("Novak said the port will reopen, and Lee said the ships will wait."),
            [("the port will reopen", "Novak", "said"), ("the ships will wait", "Lee", "said")]
        );
    }

    #[test]
    fn a_base_form_verb_after_a_plural_subject_of_any_shape() {
        assert_eq!(
            reported("By 80%-10%, those surveyed say the city should build the bridge."),
            [("the city should build the bridge", "those surveyed", "say")]
        );
        assert_eq!(reported("Nearly a third say they don't know."), [("they don't know", "Nearly a third", "say")]);
        assert_eq!(
            reported("Democrats — and some Republicans — say that the plan hurts the party."),
            [("that the plan hurts the party", "Democrats", "say")]
        );
        assert_eq!(
            reported("Economists, like their counterparts, say taxing consumption encourages savings."),
            [("taxing consumption encourages savings", "Economists", "say")]
        );
        // A noun still: "the talk show host", "the acclaimed show".
        assert!(reported("She met the talk show host in May.").is_empty());
        assert!(reported("She hosted the acclaimed show every week.").is_empty());
    }

    #[test]
    fn thoughts_findings_and_stances_are_reported_too() {
        assert_eq!(
            reported("Reports suggest the airline is close to a deal."),
            [("the airline is close to a deal", "Reports", "suggest")]
        );
        assert_eq!(
            reported("A new poll shows Clinton ahead in Iowa."),
            [("Clinton ahead in Iowa", "A new poll", "shows")]
        );
    }

    #[test]
    fn direct_speech_and_nouns_are_not_reported_speech() {
        assert!(reported("Novak said: “We will reopen.”").is_empty());
        assert!(reported("“We will reopen,” Novak said.").is_empty());
        assert!(reported("His remarks angered the union.").is_empty());
        // A verb with its subject and nothing reported (found by fuzzing:
        // the subject's position was decremented before being checked).
        assert!(reported("Novak said.").is_empty());
        reported(" Jo said said said"); // Garbage: it need only not panic.
    }

    #[test]
    fn a_mixed_quote_holds_its_direct_quote() {
        let text = "Novak said the plan was “a fair start” for the port.";
        let paras = paragraphs::split(text);
        let sentences = sentences::split(text, &paras);
        let quotes = quotes::find(text, &paras);
        let found = find(text, &frames::build(text, &sentences, &quotes), &quotes);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].content.clone()], "the plan was “a fair start” for the port");
        assert_eq!(found[0].quotes, [0]);
    }

    #[test]
    fn a_subject_set_off_by_an_appositive_is_not_said_after_its_verb() {
        // The frame opens with the verb's subject: what follows the verb is
        // what was said, not who said the frame's opening.
        assert_eq!(
            reported(
                "Gov. Ann Lee of Ohio, a Republican who has refused to endorse him, said the family deserved better."
            ),
            [
                ("to endorse him", "a Republican who", "refused"),
                ("the family deserved better", "Gov. Ann Lee of Ohio", "said")
            ]
        );
        // Content first, then the inverted verb and its source, still.
        assert_eq!(
            reported("The port will reopen, said Elena Novak, the director."),
            [("The port will reopen", "Elena Novak", "said")]
        );
    }

    #[test]
    fn a_name_between_commas_names_a_subject_that_is_no_name() {
        assert_eq!(
            reported("One of the authors of the report, Ari Fleischer, said the nomination will test it."),
            [("the nomination will test it", "Ari Fleischer", "said")]
        );
        // A lower-case aside names no one: the phrase before it does.
        assert_eq!(
            reported("Elena Novak, the head of the port, said the port would reopen."),
            [("the port would reopen", "Elena Novak", "said")]
        );
    }

    #[test]
    fn a_second_report_after_a_conjunction_has_its_own_subject() {
        assert_eq!(
            reported("Among voters, 74 percent said they are set, while 22 percent said they might change their mind."),
            [("they are set", "74 percent", "said"), ("they might change their mind", "22 percent", "said")]
        );
        assert_eq!(
            reported("About 9 percent said they had no preference."),
            [("they had no preference", "About 9 percent", "said")]
        );
        // A preposition before a number still opens no subject.
        assert!(reported("In 2016 said the port would reopen.").is_empty());
    }

    #[test]
    fn a_negated_verb_reports_what_was_not_said() {
        assert_eq!(
            reported("Novak did not say whether the port would reopen."),
            [("whether the port would reopen", "Novak", "say")]
        );
        assert_eq!(
            reported("Lawmakers have not said whether they would vote."),
            [("whether they would vote", "Lawmakers", "said")]
        );
        // A contracted negation is no part of the subject.
        assert_eq!(
            reported("You don’t want to give the agency more ammunition."),
            [("to give the agency more ammunition", "You", "want")]
        );
    }

    #[test]
    fn say_after_a_singular_word_is_a_verb_of_the_whole_subject() {
        assert_eq!(
            reported("Observers in Virginia and around the country say Scott deserves the seat."),
            [("Scott deserves the seat", "Observers in Virginia and around the country", "say")]
        );
        assert_eq!(
            reported("But Mr. Grassley and Mr. Leahy say other changes are needed."),
            [("other changes are needed", "Mr. Grassley and Mr. Leahy", "say")]
        );
        // A noun after a determiner, a possessive or "final".
        assert!(reported("Voters will have a say in November.").is_empty());
        assert!(reported("The voters have the final say on the deal.").is_empty());
        assert!(reported("It is the voters' say that counts.").is_empty());
        // Each guard alone: without it these report something.
        assert!(reported("The voters' say is final now.").is_empty());
        assert!(reported("Ann got final say over prices.").is_empty());
    }

    #[test]
    fn that_may_come_after_a_long_adjunct_or_a_dashed_aside() {
        assert_eq!(
            reported("Ann Lee said in an interview with The Associated Press last week that she would run."),
            [("that she would run", "Ann Lee", "said")]
        );
        // Past the usual reach, "that" must open a clause, not a relative one.
        let relative =
            reported("Ann Lee said in an interview with a paper about the plans last week that were leaked.");
        assert!(relative.iter().all(|(content, _, _)| !content.starts_with("that")), "{relative:?}");
        assert_eq!(
            reported("Paul Manafort said — on Twitter, as it happens — that Trump raised $4 million."),
            [("that Trump raised $4 million", "Paul Manafort", "said")]
        );
    }

    #[test]
    fn called_on_and_called_for_report_what_follows() {
        assert_eq!(
            reported("Palmieri called on Trump to stop attacking Machado."),
            [("Trump to stop attacking Machado", "Palmieri", "called")]
        );
        assert_eq!(
            reported("Ann Lee, the union's director, called for more school investment."),
            [("more school investment", "Ann Lee", "called")]
        );
        // Each verb has its own particles: "on" opens no report of "talked".
        let talked = reported("Novak talked on the radio about the port.");
        assert!(talked.iter().all(|(content, _, _)| !content.starts_with("the radio")), "{talked:?}");
    }

    #[test]
    fn some_verbs_report_only_through_their_particle() {
        assert_eq!(reported("Novak spoke about the port's future."), [("the port's future", "Novak", "spoke")]);
        assert_eq!(
            reported("The ministry did not respond to requests for comment."),
            [("requests for comment", "The ministry", "respond")]
        );
        // Without the particle these forms report nothing.
        assert!(reported("Novak spoke at length.").is_empty());
        assert!(reported("Novak spoke to the union.").is_empty());
    }

    #[test]
    fn mined_forms_report_like_the_rest() {
        assert_eq!(
            reported("Sanders was in San Diego, emphasizing the state's importance."),
            [("the state's importance", "Sanders", "emphasizing")]
        );
        assert_eq!(reported("Novak implied the port would close."), [("the port would close", "Novak", "implied")]);
    }

    #[test]
    fn a_second_that_clause_or_verb_phrase_after_and_is_part_of_the_report() {
        assert_eq!(
            reported("Ann Lee said that the port would reopen, and that the ships would wait."),
            [("that the port would reopen, and that the ships would wait", "Ann Lee", "said")]
        );
        assert_eq!(
            reported("The court ruled that the rules removed voters and are not in compliance with the law."),
            [("that the rules removed voters and are not in compliance with the law", "The court", "ruled")]
        );
        // A new subject after "and" still opens a clause of its own.
        assert_eq!(
            reported("Ann Lee said the port would reopen and she left."),
            [("the port would reopen", "Ann Lee", "said")]
        );
    }

    #[test]
    fn say_reports_a_clause_not_a_word_or_two() {
        assert!(reported("When Congress cut the funding, Mexico said enough.").is_empty());
        assert!(reported("Trump said this week.").is_empty());
        assert!(reported("McConnell said 2012 instead.").is_empty());
        assert_eq!(reported("Novak said prices rose."), [("prices rose", "Novak", "said")]);
        // "that" ending what was said is a pronoun, not the clause's start.
        assert_eq!(
            reported("Experts on North Korea said the latest test could change that."),
            [("the latest test could change that", "Experts on North Korea", "said")]
        );
        // Other verbs may report a short object.
        assert_eq!(reported("Novak denied the charges."), [("the charges", "Novak", "denied")]);
    }

    #[test]
    fn a_name_after_a_preposition_belongs_to_the_noun_before_it() {
        assert_eq!(
            reported("Officials in Washington said the talks would resume."),
            [("the talks would resume", "Officials in Washington", "said")]
        );
        assert_eq!(
            reported("A spokesman for Clinton said the campaign would respond."),
            [("the campaign would respond", "A spokesman for Clinton", "said")]
        );
        // A name's own title is no head before it.
        assert_eq!(
            reported("Secretary of State John Kerry said the talks would resume."),
            [("the talks would resume", "Secretary of State John Kerry", "said")]
        );
    }

    #[test]
    fn an_aside_in_double_hyphens_stands_between_subject_and_verb() {
        assert_eq!(
            reported("Kall -- co-editor of a book on the debates -- said the candidate made announcements."),
            [("the candidate made announcements", "Kall", "said")]
        );
    }

    #[test]
    fn a_quote_written_in_apostrophes_is_reported_with_its_source() {
        // Archived news writes quotation marks as two apostrophes, which
        // the quotes stage does not pair: the words are reported.
        assert_eq!(
            reported("''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist."),
            [("This isn't tax reform", "Douglas Holtz-Eakin", "said")]
        );
        assert_eq!(reported("''We will reopen,'' Mr. Novak said."), [("We will reopen", "Mr. Novak", "said")]);
        // It goes on through the sentences after its source, to its close.
        assert_eq!(
            reported("''We will reopen,'' he said. ''The ships will wait. All of them.'' Then he left."),
            [("We will reopen,'' he said. ''The ships will wait. All of them", "he", "said")]
        );
        // A sentence naming its own source is its own report.
        assert_eq!(
            reported("''We will reopen,'' he said. ''The ships will wait,'' he added."),
            [("We will reopen", "he", "said"), ("The ships will wait", "he", "added")]
        );
        // Nor is a quote followed when another source closes it, when it is
        // never closed, or past its paragraph.
        assert_eq!(
            reported("''We will reopen,'' he said. ''The ships will wait. All of them,'' Ms. Lee added."),
            [("We will reopen", "he", "said")]
        );
        assert_eq!(
            reported("''A is here,'' he said. ''B is there. Novak said the port is closed, said Lee."),
            [("A is here", "he", "said"), ("Novak said the port is closed", "Lee", "said")]
        );
        assert_eq!(
            reported("''We will reopen,'' he said.\n\n''The ships will wait.''"),
            [("We will reopen", "he", "said")]
        );
        // What comes before the opening apostrophes, or after the source,
        // is none of the quote.
        assert_eq!(
            reported("At the rally on Monday, ''We will reopen,'' he said."),
            [("We will reopen", "he", "said")]
        );
        assert_eq!(
            reported("''We will reopen,'' he said, as the governor said the ships were late."),
            [("We will reopen", "he", "said"), ("the ships were late", "the governor", "said")]
        );
    }

    #[test]
    fn a_quote_in_apostrophes_is_followed_through_eight_sentences_at_most() {
        // Closed in the eighth sentence after its source: followed.
        let eight = "''We will reopen,'' he said. ''One. Two. Three. Four. Five. Six. Seven. Eight.''";
        assert_eq!(
            reported(eight),
            [("We will reopen,'' he said. ''One. Two. Three. Four. Five. Six. Seven. Eight", "he", "said")]
        );
        // Closed in the ninth: too far to tell from an unclosed one.
        let nine = "''We will reopen,'' he said. ''One. Two. Three. Four. Five. Six. Seven. Eight. Nine.''";
        assert_eq!(reported(nine), [("We will reopen", "he", "said")]);
    }
}
