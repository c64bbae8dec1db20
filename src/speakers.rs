//! Speakers: takes the name mentions and each quote's attribution, gives one
//! speaker per person, organisation or unnamed source, and the speaker of
//! each quote.
//!
//! How it works:
//!
//! 1. Name mentions become entities: "Novak" joins the most recent "Elena
//!    Novak" (a bare surname joins the latest full name ending with it), and
//!    a speaker is called by the fullest form the text gives.
//! 2. A quote's source phrase is a pronoun, a name, or a description ("a
//!    senior official"). A name is the entity of the name mention in it. A
//!    description with "the" ("the spokeswoman") is the person the text
//!    introduced with that role, if any; otherwise an unnamed source.
//! 3. A pronoun is the most recent compatible mention before it: for "he"
//!    and "she" a person (a title, a known first name, or someone quoted)
//!    whose gender, where known, agrees; for "they" and "we" an organisation
//!    or a group. Each resolution teaches the entity its gender.
//! 4. A quote that continues another has that quote's speaker.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use crate::analysis::SpeakerKind;
use crate::attribution::mentions::{Mentions, NameMention};
use crate::attribution::Attribution;
use crate::lexicon::pronouns::{self, Gender};
use crate::lexicon::words as function_words;
use crate::lexicon::{exact_key, FastHasher};
use crate::parallel::{self, Threads};

/// A speaker in byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerEntry {
    pub name: String,
    pub kind: SpeakerKind,
    pub role: Option<String>,
    /// In text order, each span once.
    pub mentions: Vec<Range<usize>>,
}

/// The speakers of a text and the speaker and source mention of each quote.
#[derive(Debug, Default)]
pub struct Speakers {
    pub speakers: Vec<SpeakerEntry>,
    /// For each quote, its speaker.
    pub of_quote: Vec<Option<usize>>,
}

/// An entity under construction: one person, organisation or description.
/// Its name and role are borrowed from the text while it is built; only
/// the speakers' are copied out at the end.
struct Entity<'t> {
    name: Cow<'t, str>,
    words: usize,
    kind: SpeakerKind,
    gender: Gender,
    role: Option<&'t str>,
    /// Whether it is surely a person (a title, a first name, quoted).
    person_evidence: bool,
    /// Its name and the name's first and last word, as keys of [`Lookup`].
    keys: NameKeys,
}

/// The numbers [`Lookup`] gives an entity's name and its first and last
/// word.
#[derive(Default, Clone, Copy)]
struct NameKeys {
    name: usize,
    first: usize,
    last: usize,
}

impl<'t> Entity<'t> {
    /// A new entity called `name`, of `words` words, of whom nothing else
    /// is known yet.
    fn new(name: &'t str, words: usize, kind: SpeakerKind, keys: NameKeys) -> Self {
        Entity {
            name: Cow::Borrowed(name),
            words,
            kind,
            gender: Gender::Unknown,
            role: None,
            person_evidence: false,
            keys,
        }
    }
}

/// The entities under construction, and the mentions of all of them in
/// one list: most entities are never quoted, and a list of its own for each
/// would be an allocation (and regrowths, and a free) for each.
struct Entities<'t> {
    list: Vec<Entity<'t>>,
    /// Each mention, with its entity, in the order they were found.
    mentions: Vec<(usize, Range<usize>)>,
}

impl<'t> Entities<'t> {
    /// Adds `entity`, and gives its index.
    fn push(&mut self, entity: Entity<'t>) -> usize {
        self.list.push(entity);
        self.list.len() - 1
    }

    /// Notes `span` as a mention of entity `index`.
    fn mention(&mut self, index: usize, span: Range<usize>) {
        self.mentions.push((index, span));
    }
}

impl<'t> std::ops::Index<usize> for Entities<'t> {
    type Output = Entity<'t>;

    fn index(&self, index: usize) -> &Entity<'t> {
        &self.list[index]
    }
}

impl std::ops::IndexMut<usize> for Entities<'_> {
    fn index_mut(&mut self, index: usize) -> &mut Self::Output {
        &mut self.list[index]
    }
}

/// Where to find an entity by name without scanning them all (the text may
/// be long): the latest entity for each key. Names only grow ("Novak"
/// becomes "Elena Novak"), so a hit is checked against the entity's name.
///
/// Each name, first name and surname is numbered the first time it is seen,
/// and an entity keeps the numbers of its own: pointing its keys at the
/// latest entity, which every mention does, is then three stores, not three
/// hash look-ups; and the keys are borrowed from the text, not copied.
/// A name written in a mention is split into its words once, the first
/// time: most names are mentioned again and again ("Trump"), and each later
/// mention is one look-up of its whole name.
struct Lookup<'t> {
    keys: Numbers<'t>,
    /// For each key, by number, the latest entity it leads to.
    latest: Vec<Latest>,
    /// For each key, by number, its words, when it was a mention's name.
    forms: Vec<Option<Form>>,
    unnamed: FastMap<String, usize>,
}

/// Names numbered in the order they are first seen: an open-addressing
/// table of numbers. A name of up to sixteen bytes (nearly all) is kept as
/// two numbers ([`exact_key`]), so that a look-up hashes and compares two
/// numbers and a length, not strings; a longer name is kept as its hash,
/// and compared as a string when the hashes agree. (A general hash map of
/// the names took three times as long: it hashed each name, and a
/// terminator, in two passes, compared by a call, and managed an entry.)
#[derive(Default)]
struct Numbers<'t> {
    /// Each slot 0 when empty, or a name's number plus one.
    slots: Vec<usize>,
    /// Each name, by number.
    names: Vec<Numbered<'t>>,
}

/// A name in [`Numbers`].
struct Numbered<'t> {
    name: Cow<'t, str>,
    /// Its [`exact_key`], or for a longer name its hash and zero.
    key: [u64; 2],
    /// The hash its slot is found by.
    hash: u64,
}

impl<'t> Numbers<'t> {
    /// The number of `name`: the next one when it is new.
    fn number(&mut self, name: Cow<'t, str>) -> usize {
        // At most half the slots are taken, so a search meets an empty one soon.
        if 2 * (self.names.len() + 1) > self.slots.len() {
            self.grow();
        }
        let bytes = name.as_bytes();
        let short = exact_key(bytes);
        let key = short.unwrap_or_else(|| {
            let mut hasher = FastHasher::default();
            hasher.write(bytes);
            [hasher.finish(), 0]
        });
        let hash = mix(key, bytes.len());
        let mask = self.slots.len() - 1;
        let mut slot = hash as usize & mask;
        loop {
            match self.slots[slot] {
                0 => break,
                taken => {
                    let known = &self.names[taken - 1];
                    if known.key == key && known.name.len() == bytes.len() && (short.is_some() || known.name == name) {
                        return taken - 1;
                    }
                }
            }
            slot = (slot + 1) & mask;
        }
        let number = self.names.len();
        self.names.push(Numbered { name, key, hash });
        self.slots[slot] = number + 1;
        number
    }

    /// Doubles the slots, placing every name again by its kept hash.
    fn grow(&mut self) {
        let size = (2 * self.slots.len()).max(64);
        let mut slots = vec![0; size];
        for (number, known) in self.names.iter().enumerate() {
            let mut slot = known.hash as usize & (size - 1);
            while slots[slot] != 0 {
                slot = (slot + 1) & (size - 1);
            }
            slots[slot] = number + 1;
        }
        self.slots = slots;
    }
}

/// A hash of a name's key and length whose low bits, which pick a slot,
/// depend on every bit of them.
fn mix(key: [u64; 2], len: usize) -> u64 {
    const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;
    let hash = (key[0] ^ key[1].wrapping_mul(MULTIPLIER) ^ len as u64).wrapping_mul(MULTIPLIER);
    hash ^ hash >> 32
}

/// A name as a mention writes it: how many words, and the keys of its
/// first and last.
#[derive(Clone, Copy)]
struct Form {
    words: usize,
    first: usize,
    last: usize,
}

/// The latest entity a key leads to, as each kind of name.
#[derive(Default, Clone, Copy)]
struct Latest {
    organisation: Option<usize>,
    person: Option<usize>,
    surname: Option<usize>,
    first_name: Option<usize>,
}

/// A hash map with the lexicon's fast hash: keys are short names.
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

impl<'t> Lookup<'t> {
    /// A lookup with room for the keys of `mentions` name mentions. News
    /// names a person again and again: a megabyte of it has about a fourth
    /// as many keys as mentions, so with room for half the lists never
    /// regrow there (each regrowth copies them whole; room never used is
    /// never touched, so it costs no memory). The slots, which are zeroed,
    /// start at a fourth and may double: that only places the hashes again.
    fn with_room(mentions: usize) -> Self {
        let keys = mentions / 2;
        Lookup {
            keys: Numbers { slots: vec![0; keys.next_power_of_two()], names: Vec::with_capacity(keys) },
            latest: Vec::with_capacity(keys),
            forms: Vec::with_capacity(keys),
            unnamed: FastMap::default(),
        }
    }

    /// The number of `key`, which it is given the first time.
    fn key(&mut self, key: Cow<'t, str>) -> usize {
        let next = self.latest.len();
        let number = self.keys.number(key);
        if number == next {
            self.latest.push(Latest::default());
            self.forms.push(None);
        }
        number
    }

    /// The key of `name`, written in a mention, and its form: split into
    /// words the first time only.
    fn name(&mut self, name: &'t str) -> (usize, Form) {
        let key = self.key(name.into());
        if let Some(form) = self.forms[key] {
            return (key, form);
        }
        let shape = Shape::of(name);
        let first = self.key(shape.first.into());
        let last = self.key(shape.last.into());
        let form = Form { words: shape.words, first, last };
        self.forms[key] = Some(form);
        (key, form)
    }

    fn latest(&self, key: usize) -> Latest {
        self.latest[key]
    }

    /// Makes the keys of `entity` lead to it (the latest one of that name),
    /// as an organisation or as a person.
    fn note(&mut self, entity: &Entity, index: usize, kind: SpeakerKind) {
        if kind == SpeakerKind::Organisation {
            self.latest[entity.keys.name].organisation = Some(index);
        } else {
            self.latest[entity.keys.name].person = Some(index);
            self.latest[entity.keys.first].first_name = Some(index);
            self.latest[entity.keys.last].surname = Some(index);
        }
    }
}

/// A name's words: how many, the first and the last (the name itself when
/// it has none).
struct Shape<'t> {
    words: usize,
    first: &'t str,
    last: &'t str,
}

impl<'t> Shape<'t> {
    /// The shape of `name`, as `split_whitespace` gives its words: read
    /// byte by byte, where every name is ASCII, without decoding
    /// characters; from `split_whitespace` itself for the other names.
    fn of(name: &'t str) -> Self {
        let bytes = name.as_bytes();
        // Most names are one ASCII word ("Novak"): one look at each byte.
        if !bytes.is_empty() && bytes.iter().all(|&b| b > b' ' && b.is_ascii()) {
            return Shape { words: 1, first: name, last: name };
        }
        let (mut words, mut first, mut last) = (0, 0..0, 0..0);
        let mut start = None;
        for (i, &b) in bytes.iter().enumerate() {
            if !b.is_ascii() {
                return Self::of_any(name);
            }
            match (char::from(b).is_whitespace(), start) {
                (true, Some(from)) => {
                    words += 1;
                    if words == 1 {
                        first = from..i;
                    }
                    last = from..i;
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        if let Some(from) = start {
            words += 1;
            if words == 1 {
                first = from..bytes.len();
            }
            last = from..bytes.len();
        }
        if words == 0 {
            return Shape { words, first: name, last: name };
        }
        Shape { words, first: &name[first], last: &name[last] }
    }

    fn of_any(name: &'t str) -> Self {
        let mut words = name.split_whitespace();
        let Some(first) = words.next() else {
            return Shape { words: 0, first: name, last: name };
        };
        let (words, last) = words.fold((1, first), |(count, _), word| (count + 1, word));
        Shape { words, first, last }
    }
}

/// The name mentions, in text order, and where positions fall among them.
/// This stage asks in text order (each quote's source, then each pronoun),
/// so a search starts from where the last one ended and takes a few steps
/// near it: a search of the whole list would miss the cache at nearly every
/// step on a long text (a third of this stage's time on 10 MB). Each thread
/// that asks has its own: the last answer is its own.
struct NameIndex<'m> {
    mentions: &'m [NameMention],
    last: Cell<usize>,
}

/// For each name mention, the last at or before it that may be the subject
/// a pronoun continues ([`may_be_subject`]), or [`NO_MENTION`]: a pronoun
/// steps from one such mention to the one before, not through every name
/// between them (a run-on "sentence" of names holds thousands, and each
/// pronoun walked a hundred of them).
struct Subjects(Vec<usize>);

/// No mention: in [`Subjects`].
const NO_MENTION: usize = usize::MAX;

/// Whether mention `m` may be the subject a pronoun continues: it speaks,
/// or it is the first name of its sentence.
fn may_be_subject(mentions: &[NameMention], m: usize) -> bool {
    mentions[m].speaks || m == 0 || mentions[m - 1].sentence != mentions[m].sentence
}

impl Subjects {
    fn new(mentions: &[NameMention]) -> Self {
        let mut last = NO_MENTION;
        Subjects(
            (0..mentions.len())
                .map(|m| {
                    if may_be_subject(mentions, m) {
                        last = m;
                    }
                    last
                })
                .collect(),
        )
    }

    /// The mention before `m` (exclusive) that may be a subject, or
    /// [`NO_MENTION`].
    fn before(&self, m: usize) -> usize {
        m.checked_sub(1).map_or(NO_MENTION, |previous| self.0[previous])
    }
}

impl<'m> NameIndex<'m> {
    fn new(mentions: &'m [NameMention]) -> Self {
        NameIndex { mentions, last: Cell::new(0) }
    }

    /// How many mentions end at or before `at`.
    fn ending_by(&self, at: usize) -> usize {
        self.search(|m| m.span.end <= at)
    }

    /// How many mentions start before `at`.
    fn starting_before(&self, at: usize) -> usize {
        self.search(|m| m.span.start < at)
    }

    /// `mentions.partition_point(before)`, found by galloping from the last
    /// answer: forwards in steps that double, or, when the answer lies
    /// behind, by a search of what lies behind.
    fn search(&self, before: impl Fn(&NameMention) -> bool) -> usize {
        let mentions = self.mentions;
        let mut low = self.last.get().min(mentions.len());
        let found = if low > 0 && !before(&mentions[low - 1]) {
            mentions[..low].partition_point(before)
        } else {
            // Everything before `low` is before; look further in doubling steps.
            let mut step = 1;
            loop {
                let probe = (low + step).min(mentions.len());
                if probe == low || !before(&mentions[probe - 1]) {
                    break low + mentions[low..probe].partition_point(&before);
                }
                low = probe;
                step *= 2;
            }
        };
        self.last.set(found);
        found
    }
}

/// Merges mentions and sources into speakers.
pub fn merge(text: &str, found: &Mentions, attributions: &[Attribution]) -> Speakers {
    merge_on(text, found, attributions, Threads::ONE, || ()).0
}

/// [`merge`] on `threads`, with work of the caller's run beside it.
///
/// The source phrases are read in parts while the name mentions become
/// entities: reading a phrase needs no entity, and was half of the walk
/// over the sources. The steps after it must go in order, on one thread,
/// which leaves the others idle; `beside`, work that needs no speaker, runs
/// on the caller's thread meanwhile (with one thread, after them), and what
/// it gives is returned with the speakers.
pub fn merge_on<B>(
    text: &str,
    found: &Mentions,
    attributions: &[Attribution],
    threads: Threads,
    beside: impl FnOnce() -> B,
) -> (Speakers, B) {
    let mentions = &found.names[..];
    let (readings, (mut entities, mut lookup, mention_entity, subjects)) = threads.join(
        || read_sources_on(text, attributions, mentions, &found.pronouns, threads),
        || {
            // Every name mention, source and pronoun may be a mention: room for all.
            let mut entities = Entities {
                list: Vec::new(),
                mentions: Vec::with_capacity(mentions.len() + attributions.len() + found.pronouns.len()),
            };
            let mut lookup = Lookup::with_room(mentions.len());
            // For each name mention, its entity.
            let mention_entity: Vec<usize> =
                mentions.iter().map(|m| add_name(text, m, &mut entities, &mut lookup)).collect();
            (entities, lookup, mention_entity, Subjects::new(mentions))
        },
    );
    // The last steps on a thread of their own, `beside` on the caller's
    // (with one thread, after them: their working lists are freed first).
    let (merged, beside_gave) = threads.join(
        move || {
            let names = NameIndex::new(mentions);
            // Everyone quoted by name is surely someone who speaks.
            for m in readings.iter().flatten().filter_map(|r| r.any_name) {
                let entity = &mut entities[mention_entity[m]];
                if entity.kind == SpeakerKind::Person {
                    entity.person_evidence = true;
                }
            }

            // Where the sources that became mentions of their entity start.
            let mut source_starts: Vec<usize> = Vec::new();
            let mut stated: Vec<Option<usize>> = attributions
                .iter()
                .zip(readings)
                .map(|(attribution, reading)| match (attribution, reading) {
                    (Attribution::Stated { source, .. }, Some(reading)) => {
                        let known = entities.mentions.len();
                        let entity = source_entity(
                            source.clone(),
                            reading.phrase,
                            &names,
                            &subjects,
                            &mention_entity,
                            &mut entities,
                            &mut lookup,
                        );
                        if entities.mentions.len() > known {
                            source_starts.push(source.start);
                        }
                        entity
                    }
                    _ => None,
                })
                .collect();
            // A guess (a partial quote given to its sentence's subject) stands only
            // when that subject is quoted outright elsewhere in the text.
            let quoted_outright: HashSet<usize, BuildHasherDefault<FastHasher>> =
                stated.iter().zip(attributions).filter(|(_, a)| !a.is_guess()).filter_map(|(e, _)| *e).collect();
            for (entity, attribution) in stated.iter_mut().zip(attributions) {
                if attribution.is_guess() && entity.is_some_and(|e| !quoted_outright.contains(&e)) {
                    *entity = None;
                }
            }
            // Every other "he" and "she" refers to someone too: they join the
            // mentions of the person they resolve to (a span once only). Where a
            // mention starts already: at a name mention (found in text order, as
            // the pronouns are) or at a source that became a mention.
            // Sources come in the order of their quotes, nearly in text order: a
            // sort that merges runs takes few steps.
            source_starts.sort();
            let taken = |at: usize| {
                mentions.get(names.starting_before(at)).is_some_and(|m| m.span.start == at)
                    || source_starts.binary_search(&at).is_ok()
            };
            for (span, sentence) in &found.pronouns {
                if let (false, Some(info)) = (taken(span.start), pronouns::subject(&text[span.clone()])) {
                    if let Some(entity) = resolve_pronoun(
                        span.start,
                        Some(*sentence),
                        info,
                        &names,
                        &subjects,
                        &mention_entity,
                        &entities.list,
                    ) {
                        entities.mention(entity, span.clone());
                    }
                }
            }
            // A continuing quote has the speaker of the quote its chain starts from.
            let of_quote: Vec<Option<usize>> =
                (0..attributions.len()).map(|i| stated[crate::attribution::origin(attributions, i)]).collect();

            // Speakers are the entities with quotes, in order of first mention.
            // Marked, then read in order: each once, in order, without a sort.
            let mut is_quoted = vec![false; entities.list.len()];
            for &entity in of_quote.iter().flatten() {
                is_quoted[entity] = true;
            }
            let quoted: Vec<usize> = (0..entities.list.len()).filter(|&e| is_quoted[e]).collect();
            // Their mentions, gathered from the list of all: counted first, so
            // that each list is made at its size and never regrows.
            let mut place = vec![None; entities.list.len()];
            for (i, &entity) in quoted.iter().enumerate() {
                place[entity] = Some(i);
            }
            let mut counts = vec![0; quoted.len()];
            for (entity, _) in &entities.mentions {
                if let Some(i) = place[*entity] {
                    counts[i] += 1;
                }
            }
            let mut gathered: Vec<Vec<Range<usize>>> = counts.into_iter().map(Vec::with_capacity).collect();
            for (entity, span) in &entities.mentions {
                if let Some(i) = place[*entity] {
                    gathered[i].push(span.clone());
                }
            }
            let first_mention: Vec<Option<usize>> =
                gathered.iter().map(|spans| spans.iter().map(|m| m.start).min()).collect();
            let mut order: Vec<usize> = (0..quoted.len()).collect();
            // Entities are made in text order, so the quoted ones come nearly in
            // order of first mention already: a sort that merges runs (the keys are
            // all different, so a stable sort orders them as any other would).
            order.sort_by_key(|&i| (first_mention[i], quoted[i]));
            let mut index_of = vec![None; entities.list.len()];
            let mut speakers = Vec::with_capacity(quoted.len());
            for (index, &i) in order.iter().enumerate() {
                let entity = quoted[i];
                index_of[entity] = Some(index);
                let e = &entities[entity];
                let mut mentions = std::mem::take(&mut gathered[i]);
                mentions.sort_by_key(|m| (m.start, m.end));
                mentions.dedup();
                speakers.push(SpeakerEntry {
                    name: e.name.to_string(),
                    kind: e.kind,
                    role: e.role.map(str::to_string),
                    mentions,
                });
            }
            let of_quote = of_quote.into_iter().map(|s| s.and_then(|e| index_of[e])).collect();
            Speakers { speakers, of_quote }
        },
        beside,
    );
    (merged, beside_gave)
}

/// The entity of a name mention, new or known.
fn add_name<'t>(text: &'t str, mention: &NameMention, entities: &mut Entities<'t>, lookup: &mut Lookup<'t>) -> usize {
    let name = &text[mention.span.clone()];
    let (whole, form) = lookup.name(name);
    let kind = if mention.organisation { SpeakerKind::Organisation } else { SpeakerKind::Person };
    // A key's entity is checked against the entity's own keys: the same
    // number is the same name.
    let found = if mention.organisation {
        lookup.latest(whole).organisation.filter(|&i| entities[i].keys.name == whole)
    } else if form.words == 1 {
        // A bare name: the latest person with that surname (or first name).
        let latest = lookup.latest(form.last);
        latest
            .surname
            .filter(|&i| entities[i].keys.last == form.last)
            .or_else(|| latest.first_name.filter(|&i| entities[i].keys.first == form.last))
    } else {
        lookup.latest(whole).person.filter(|&i| entities[i].keys.name == whole).or_else(|| {
            // A full name for someone so far known by surname alone.
            let surname = form.last;
            lookup.latest(surname).person.filter(|&i| entities[i].words == 1 && entities[i].keys.name == surname)
        })
    };
    let keys = NameKeys { name: whole, first: form.first, last: form.last };
    let index = match found {
        Some(index) => index,
        None => entities.push(Entity::new(name, form.words, kind, keys)),
    };
    let entity = &mut entities[index];
    if form.words > entity.words {
        entity.name = joined(name);
        entity.words = form.words;
        let name_key = match entity.name {
            Cow::Borrowed(_) => whole,
            Cow::Owned(_) => lookup.key(entity.name.clone()),
        };
        entity.keys = NameKeys { name: name_key, ..keys };
    }
    lookup.note(entity, index, kind);
    if entity.gender == Gender::Unknown {
        entity.gender = mention.gender;
    }
    entity.person_evidence |=
        mention.gender != Gender::Unknown || mention.role.is_some() && kind == SpeakerKind::Person;
    if entity.role.is_none() {
        entity.role = mention.role.clone().map(|r| &text[r]);
    }
    entities.mention(index, mention.span.clone());
    index
}

/// `name`'s words joined by single spaces: borrowed when it is written so,
/// as nearly every name is, which an ASCII name shows without splitting it.
fn joined(name: &str) -> Cow<'_, str> {
    let bytes = name.as_bytes();
    let single_spaced = bytes.is_ascii()
        && bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ')
        && !bytes.iter().any(|&b| matches!(b, b'\t'..=b'\r'))
        && !bytes.windows(2).any(|pair| pair == b"  ");
    if single_spaced {
        return Cow::Borrowed(name);
    }
    let joined = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined == name {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(joined)
    }
}

/// The name mentions wholly inside `source`, the last first.
fn names_inside<'m>(names: &NameIndex<'m>, source: &Range<usize>) -> impl Iterator<Item = usize> + 'm {
    let mentions = names.mentions;
    let after = names.starting_before(source.start);
    let until = after + mentions[after..].iter().take_while(|m| m.span.start < source.end).count();
    let end = source.end;
    (after..until).rev().filter(move |&m| mentions[m].span.end <= end)
}

/// What a quote's source phrase is, read from the text, the name mentions
/// and the pronouns found. Which entity it leads to depends on the entities
/// as they grow, source after source (direct quotes, then reported speech);
/// what it is does not, so each phrase is read beforehand, in parts, while
/// the names become entities.
struct Reading<'t> {
    /// The last name mention in the phrase, wherever it stands: whoever is
    /// quoted by name is surely someone who speaks.
    any_name: Option<usize>,
    phrase: Phrase<'t>,
}

/// What a source phrase is.
enum Phrase<'t> {
    /// "he", "they": and the sentence of the pronoun, when it is one of the
    /// pronouns found in the text.
    Pronoun { pronoun: pronouns::PronounInfo, sentence: Option<usize> },
    /// "it": the nearest organisation.
    It,
    /// The name mention that heads the phrase, and the words before it in
    /// the phrase, its role ("campaign spokeswoman Haley Morris").
    Named { mention: usize, role: Option<&'t str> },
    /// A description ("a senior official"): its key among the unnamed
    /// sources, and with "the" its head word, perhaps the role of someone
    /// introduced earlier ("the spokeswoman").
    Description { phrase: &'t str, key: String, head_after_the: Option<String> },
}

/// Each attribution's [`Reading`], or none when it states no source, read
/// in parts on `threads`.
fn read_sources_on<'t>(
    text: &'t str,
    attributions: &[Attribution],
    mentions: &[NameMention],
    pronoun_sentences: &[(Range<usize>, usize)],
    threads: Threads,
) -> Vec<Option<Reading<'t>>> {
    // Any cut will do: each reading stands alone.
    let parts = threads.cut(attributions.len(), |i| i, |_| true);
    parallel::concat(threads.map(parts, |part| {
        let names = NameIndex::new(mentions);
        attributions[part]
            .iter()
            .map(|attribution| match attribution {
                Attribution::Stated { source, .. } => Some(read_source(text, source, &names, pronoun_sentences)),
                _ => None,
            })
            .collect()
    }))
}

/// The longest name taken as the object of a preposition in a source
/// phrase ("a spokeswoman for Hillary Clinton").
const MAX_OBJECT_NAME_WORDS: usize = 2;

/// The [`Reading`] of the source phrase at `source`.
fn read_source<'t>(
    text: &'t str,
    source: &Range<usize>,
    names: &NameIndex,
    pronoun_sentences: &[(Range<usize>, usize)],
) -> Reading<'t> {
    let mut inside = names_inside(names, source).peekable();
    let any_name = inside.peek().copied();
    let phrase = read_phrase(text, source, names.mentions, inside, pronoun_sentences);
    Reading { any_name, phrase }
}

/// What the source phrase at `source` is, given the name mentions
/// `inside` it, the last first.
fn read_phrase<'t>(
    text: &'t str,
    source: &Range<usize>,
    mentions: &[NameMention],
    mut inside: impl Iterator<Item = usize>,
    pronoun_sentences: &[(Range<usize>, usize)],
) -> Phrase<'t> {
    let phrase = &text[source.clone()];
    if let Some(pronoun) = pronouns::subject(phrase) {
        let sentence = pronoun_sentences
            .binary_search_by_key(&source.start, |(s, _)| s.start)
            .ok()
            .map(|i| pronoun_sentences[i].1);
        return Phrase::Pronoun { pronoun, sentence };
    }
    if phrase.eq_ignore_ascii_case("it") {
        return Phrase::It;
    }
    // A name that only modifies the phrase's head ("Shipping firms", "the
    // Trump campaign") is not who speaks: the phrase is a description.
    // Nor is a name after a preposition ("a spokesman for Clinton",
    // "officials in Washington"): the phrase's head before it speaks. (A
    // longer name may hold the speaker's own after a place: "the mayor of
    // London Sadiq Khan".)
    let named = inside.find(|&m| {
        let after = &text[mentions[m].span.end..source.end];
        let before = text[source.start..mentions[m].span.start].trim_end();
        let short_name = text[mentions[m].span.clone()].split_whitespace().nth(MAX_OBJECT_NAME_WORDS).is_none();
        let object_of_preposition =
            short_name && before.rsplit_once(' ').is_some_and(|(_, w)| function_words::links_name_to_head(w));
        !after.split_whitespace().next().is_some_and(|w| w.starts_with(char::is_lowercase)) && !object_of_preposition
    });
    if let Some(m) = named {
        // The words before the name in the phrase are a role: "campaign
        // spokeswoman Haley Morris".
        let before = &text[source.start..mentions[m].span.start];
        let role = Some(strip_determiner(before.trim())).filter(|role| !role.is_empty());
        return Phrase::Named { mention: m, role };
    }
    let description = strip_determiner(phrase);
    let head_after_the =
        starts_with_the(phrase).then(|| description.split_whitespace().last().unwrap_or(description).to_lowercase());
    // "a senior official" and "the senior official" are one unnamed source.
    Phrase::Description { phrase, key: description.to_lowercase(), head_after_the }
}

/// The entity a quote's source phrase, read as `phrase`, names.
fn source_entity<'t>(
    source: Range<usize>,
    phrase: Phrase<'t>,
    names: &NameIndex,
    subjects: &Subjects,
    mention_entity: &[usize],
    entities: &mut Entities<'t>,
    lookup: &mut Lookup<'t>,
) -> Option<usize> {
    let entity = match phrase {
        Phrase::Pronoun { pronoun, sentence } => {
            let entity =
                resolve_pronoun(source.start, sentence, pronoun, names, subjects, mention_entity, &entities.list)?;
            let e = &mut entities[entity];
            if e.gender == Gender::Unknown {
                e.gender = pronoun.gender;
            }
            entity
        }
        Phrase::It => nearest(source.start, names, mention_entity, |m, _| m.organisation)?,
        Phrase::Named { mention, role } => {
            let entity = mention_entity[mention];
            let e = &mut entities[entity];
            if e.role.is_none() {
                e.role = role;
            }
            // The name mention is the entity's mention already.
            return Some(entity);
        }
        Phrase::Description { phrase, key, head_after_the } => {
            // A description with "the" may be someone introduced with that role.
            let introduced = head_after_the.and_then(|head| {
                nearest(source.start, names, mention_entity, |_, e| {
                    entities[e].kind == SpeakerKind::Person && entities[e].role.is_some_and(|r| has_word(r, &head))
                })
            });
            match introduced.or_else(|| lookup.unnamed.get(&key).copied()) {
                Some(entity) => entity,
                None => {
                    let words = Shape::of(phrase).words;
                    let index = entities.push(Entity::new(phrase, words, SpeakerKind::Unnamed, NameKeys::default()));
                    lookup.unnamed.insert(key, index);
                    index
                }
            }
        }
    };
    entities.mention(entity, source);
    Some(entity)
}

/// Whether `phrase` in lower case has the word `lower` (which is in lower
/// case), without a lower-cased copy of an ASCII phrase: a role is asked
/// this for each person a description may refer back to. An ASCII phrase
/// is split at its white-space bytes (those `split_whitespace` splits an
/// ASCII text at), not decoded character by character.
fn has_word(phrase: &str, lower: &str) -> bool {
    if phrase.is_ascii() {
        let lower = lower.as_bytes();
        !lower.is_empty()
            && phrase.as_bytes().split(|&b| matches!(b, b' ' | b'\t'..=b'\r')).any(|w| w.eq_ignore_ascii_case(lower))
    } else {
        phrase.to_lowercase().split_whitespace().any(|w| w == lower)
    }
}

/// Whether `phrase` in lower case starts with "the ".
fn starts_with_the(phrase: &str) -> bool {
    if phrase.is_ascii() {
        phrase.as_bytes().get(..4).is_some_and(|start| start.eq_ignore_ascii_case(b"the "))
    } else {
        phrase.to_lowercase().starts_with("the ")
    }
}

fn strip_determiner(phrase: &str) -> &str {
    match phrase.split_once(' ') {
        Some((first, rest)) if function_words::is_determiner(first) => rest,
        _ => phrase,
    }
}

/// How far back a pronoun looks for its antecedent, in name mentions.
const PRONOUN_LOOKBACK: usize = 40;

fn resolve_pronoun(
    at: usize,
    sentence: Option<usize>,
    pronoun: pronouns::PronounInfo,
    names: &NameIndex,
    subjects: &Subjects,
    mention_entity: &[usize],
    entities: &[Entity],
) -> Option<usize> {
    let mentions = names.mentions;
    if pronoun.first_person {
        return None; // "I" and "we" are whoever the piece interviews: not told.
    }
    if pronoun.plural {
        return nearest(at, names, mention_entity, |m, _| m.organisation);
    }
    let fits = |m: &NameMention, e: usize| {
        let entity = &entities[e];
        !m.organisation
            && entity.kind == SpeakerKind::Person
            && entity.person_evidence
            && (entity.gender == Gender::Unknown || entity.gender == pronoun.gender)
    };
    // A subject pronoun most often continues the subject of its own or a
    // recent sentence ("Rubio said that he ..."; "Reid said X and Y are ...,
    // but he ..."): the first name of those sentences wins over a nearer one.
    let before = names.ending_by(at);
    if let Some(sentence) = sentence {
        // The mentions that may be subjects, nearest first, among the last
        // SUBJECT_LOOKBACK, while in the last SUBJECT_WINDOW sentences (a
        // mention's sentence never decreases along the list, so the first
        // one out of the window has no subject in it before it either).
        let lowest = before.saturating_sub(SUBJECT_LOOKBACK);
        let mut m = subjects.before(before);
        while m != NO_MENTION && m >= lowest && mentions[m].sentence + SUBJECT_WINDOW >= sentence {
            if fits(&mentions[m], mention_entity[m]) {
                return Some(mention_entity[m]);
            }
            m = subjects.before(m);
        }
    }
    nearest_of(before, mentions, mention_entity, fits)
}

/// How many sentences back a pronoun looks for a subject to continue.
const SUBJECT_WINDOW: usize = 1;

/// How many name mentions back a pronoun looks for that subject at most.
/// Two sentences of news hold a few; a run-on "sentence" of a megabyte may
/// hold tens of thousands, and walking them all for every pronoun made it
/// quadratic ("he Novak he Novak …": 0.9 s for 400 KB).
const SUBJECT_LOOKBACK: usize = 100;

/// The entity of the nearest name mention before `at` that `fits`.
fn nearest(
    at: usize,
    names: &NameIndex,
    mention_entity: &[usize],
    fits: impl Fn(&NameMention, usize) -> bool,
) -> Option<usize> {
    nearest_of(names.ending_by(at), names.mentions, mention_entity, fits)
}

/// The entity of the nearest of the first `before` name mentions that `fits`.
fn nearest_of(
    before: usize,
    mentions: &[NameMention],
    mention_entity: &[usize],
    fits: impl Fn(&NameMention, usize) -> bool,
) -> Option<usize> {
    (0..before).rev().take(PRONOUN_LOOKBACK).find(|&m| fits(&mentions[m], mention_entity[m])).map(|m| mention_entity[m])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{attribution, quotes, text::paragraphs, text::sentences};

    /// A speaker's name and their mentions as text.
    type Listed<'t> = (String, Vec<&'t str>);

    /// (speaker name per quote, speakers' names and mentions as text)
    fn speakers(text: &str) -> (Vec<Option<String>>, Vec<Listed<'_>>) {
        let paras = paragraphs::split(text);
        let sentences = sentences::split(text, &paras);
        let quotes = quotes::find(text, &paras);
        let frames = attribution::frames::build(text, &sentences, &quotes);
        let attributions = attribution::attribute(text, &frames, &quotes);
        let mentions = attribution::mentions::find(text, &frames);
        let merged = merge(text, &mentions, &attributions);
        let names = merged.of_quote.iter().map(|s| s.map(|s| merged.speakers[s].name.clone())).collect();
        let list = merged
            .speakers
            .iter()
            .map(|s| (s.name.clone(), s.mentions.iter().map(|m| &text[m.clone()]).collect()))
            .collect();
        (names, list)
    }

    #[test]
    fn a_search_from_the_last_answer_finds_what_a_whole_search_finds() {
        let mention = |start: usize| NameMention {
            span: start..start + 3,
            role: None,
            gender: Gender::Unknown,
            organisation: false,
            sentence: 0,
            speaks: false,
        };
        let mentions: Vec<NameMention> = (0..50).map(|i| mention(i * 10)).collect();
        let names = NameIndex::new(&mentions);
        // Forwards, backwards, repeated, past both ends, and from an empty list.
        for at in [0, 5, 13, 13, 14, 200, 3, 499, 500, 2, 1000, 0, 250] {
            assert_eq!(names.ending_by(at), mentions.partition_point(|m| m.span.end <= at), "ending by {at}");
            assert_eq!(names.starting_before(at), mentions.partition_point(|m| m.span.start < at), "before {at}");
        }
        assert_eq!(NameIndex::new(&[]).ending_by(7), 0);
    }

    #[test]
    fn a_name_has_the_shape_split_whitespace_gives() {
        for name in
            ["", " ", "Novak", "Elena Novak", " Elena  Novak\t", "Elena\u{b}Novak", "José Ruiz", "A\u{a0}B", "a b c"]
        {
            let shape = Shape::of(name);
            let words: Vec<&str> = name.split_whitespace().collect();
            assert_eq!(shape.words, words.len(), "{name:?}");
            assert_eq!(shape.first, words.first().copied().unwrap_or(name), "{name:?}");
            assert_eq!(shape.last, words.last().copied().unwrap_or(name), "{name:?}");
        }
    }

    #[test]
    fn names_are_numbered_once_each_short_or_long() {
        let long = "Alexandria Ocasio-Cortez of New York";
        let names = ["Novak", "novak", "ab", "ab\0", "", "Elena Novak", "Elena Novakk", long, &long[1..]];
        let mut numbers = Numbers::default();
        let first: Vec<usize> = names.iter().map(|&n| numbers.number(n.into())).collect();
        assert_eq!(first, (0..names.len()).collect::<Vec<_>>(), "each new name has the next number");
        for _ in 0..100 {
            numbers.number(format!("{}", numbers.names.len()).into()); // many more, so the slots regrow
        }
        for (i, &name) in names.iter().enumerate() {
            assert_eq!(numbers.number(name.into()), i, "{name:?} borrowed");
            assert_eq!(numbers.number(Cow::Owned(name.to_string())), i, "{name:?} owned");
        }
    }

    #[test]
    fn a_name_is_joined_as_split_whitespace_joins_it() {
        for name in
            ["", " ", "Novak", "Elena Novak", " Elena  Novak\t", "Elena\u{b}Novak", "A\u{1f}B", "José Ruiz", "A\u{a0}B"]
        {
            let joined = joined(name);
            assert_eq!(joined, name.split_whitespace().collect::<Vec<_>>().join(" "), "{name:?}");
            assert_eq!(matches!(joined, Cow::Borrowed(_)), joined == name, "{name:?}");
        }
    }

    #[test]
    fn a_role_has_the_words_split_whitespace_gives() {
        let roles =
            ["", " ", "spokeswoman", "Campaign  SPOKESWOMAN", "press\u{b}secretary", "a\u{1f}b", "jefa\u{a0}prensa"];
        for role in roles {
            for word in ["", " ", "spokeswoman", "secretary", "press", "a\u{1f}b", "a", "b", "prensa", "jefa"] {
                let expected = role.to_lowercase().split_whitespace().any(|w| w == word);
                assert_eq!(has_word(role, word), expected, "{role:?} has {word:?}");
            }
        }
    }

    #[test]
    fn a_surname_and_a_pronoun_join_the_full_name() {
        let text = "Elena Novak runs the port. “We will,” she said. “Soon,” Novak added.";
        let (of_quote, list) = speakers(text);
        assert_eq!(of_quote, [Some("Elena Novak".to_string()), Some("Elena Novak".to_string())]);
        assert_eq!(list, [("Elena Novak".to_string(), vec!["Elena Novak", "she", "Novak"])]);
    }

    #[test]
    fn every_pronoun_that_refers_to_a_speaker_is_a_mention() {
        let text = "She said Mary Ruiz was tired. Mary Ruiz left early. She said she was “done.”";
        let (of_quote, list) = speakers(text);
        assert_eq!(of_quote, [Some("Mary Ruiz".to_string())]);
        // The source is the first "She" of its sentence; the second refers to
        // her too. The "She" before any name refers to nobody known.
        assert_eq!(list[0].1, ["Mary Ruiz", "Mary Ruiz", "She", "she"]);
    }

    #[test]
    fn a_partial_quote_goes_to_its_sentence_subject_only_if_they_are_quoted() {
        let text = "“We will win,” Ramos said. Ramos believes in journalism that “takes sides.”";
        let (of_quote, _) = speakers(text);
        assert_eq!(of_quote, [Some("Ramos".to_string()), Some("Ramos".to_string())]);
        // Nobody quoted outright: the guess names nobody.
        let (of_quote, list) = speakers("Ramos believes in journalism that “takes sides.”");
        assert_eq!(of_quote, [None]);
        assert!(list.is_empty());
    }

    #[test]
    fn a_pronoun_continues_the_one_who_just_spoke() {
        let text =
            "With a vote for Mr. Trump ruled out, Mr. Cross said he would back Clinton, whom he called “divisive.”";
        let (of_quote, _) = speakers(text);
        assert_eq!(of_quote, [Some("Cross".to_string())]);
    }

    #[test]
    fn a_pronoun_passes_a_subject_that_does_not_fit_for_the_one_before() {
        // "she": the subject of her sentence (Ruiz, a man) does not fit;
        // the one of the sentence before (Novak) does, and wins over Anna
        // Berg, nearer but the subject of no sentence. The names between
        // are no subject and are stepped over.
        let text = "Elena Novak met reporters on Monday. Mr. Mark Ruiz said Acme, Globex and Anna Berg \
                    were late, and “It is not over,” she said.";
        let (of_quote, _) = speakers(text);
        assert_eq!(of_quote, [Some("Elena Novak".to_string())]);
    }

    #[test]
    fn a_pronoun_looks_back_for_its_subject_over_a_hundred_names_at_most() {
        // One sentence: a man speaks, organisations follow, then "he".
        let sentence = |organisations: usize| {
            format!(
                "Mr. Mark Ruiz said the Justice Department{} was slow, and “it went badly,” he said.",
                " and the Justice Department".repeat(organisations)
            )
        };
        let (of_quote, _) = speakers(&sentence(20));
        assert_eq!(of_quote, [Some("Mark Ruiz".to_string())]);
        // Past SUBJECT_LOOKBACK mentions (and the nearer look-back of
        // PRONOUN_LOOKBACK), the subject is not searched for.
        let (of_quote, _) = speakers(&sentence(SUBJECT_LOOKBACK + 10));
        assert_eq!(of_quote, [None]);
    }

    #[test]
    fn pronouns_skip_people_of_the_other_gender() {
        let text = "Elena Novak met Mr. Mark Ruiz. “It went well,” she said.";
        let (of_quote, _) = speakers(text);
        assert_eq!(of_quote, [Some("Elena Novak".to_string())]);
    }

    #[test]
    fn a_pronoun_with_nobody_before_it_has_no_speaker() {
        let (of_quote, list) = speakers("“Yes,” he said.");
        assert_eq!(of_quote, [None]);
        assert!(list.is_empty());
    }

    #[test]
    fn the_role_finds_the_person_introduced_with_it() {
        let text = "Campaign spokeswoman Haley Morris spoke first. “We are fine,” the spokeswoman said.";
        let (of_quote, _) = speakers(text);
        assert_eq!(of_quote, [Some("Haley Morris".to_string())]);
    }

    #[test]
    fn unnamed_sources_and_organisations_are_speakers_too() {
        let text =
            "“No comment,” a senior official said. “We disagree,” the Justice Department said. “Fine,” they added.";
        let (of_quote, list) = speakers(text);
        assert_eq!(
            of_quote,
            [
                Some("a senior official".to_string()),
                Some("Justice Department".to_string()),
                Some("Justice Department".to_string())
            ]
        );
        assert_eq!(list.len(), 2);
    }

    #[test]
    fn a_name_after_a_preposition_is_not_the_speaker() {
        let text = "Hillary Clinton spoke first. “We are fine,” a spokeswoman for Clinton said. \
                    “Talks resume,” the mayor of London said. “Yes,” Mayor Sadiq Khan said.";
        let (of_quote, _) = speakers(text);
        assert_eq!(
            of_quote,
            [
                Some("a spokeswoman for Clinton".to_string()),
                Some("the mayor of London".to_string()),
                Some("Sadiq Khan".to_string())
            ]
        );
    }

    #[test]
    fn two_people_with_one_surname_stay_apart() {
        let text = "“A,” said Hillary Clinton. “B,” said Bill Clinton. “C,” Clinton said.";
        let (of_quote, list) = speakers(text);
        assert_eq!(of_quote[2], Some("Bill Clinton".to_string()));
        assert_eq!(list.len(), 2);
    }
}
