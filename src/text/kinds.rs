//! Paragraph kinds: takes the paragraphs, gives each its kind as a reader
//! sees it: the headline, a byline, the article's body, a photo caption, or
//! boilerplate the paste brought along (prompts, notes, embedded posts,
//! related headlines).
//!
//! How it works, in the spirit of jusText:
//!
//! 1. Each paragraph is scored on its own evidence: phrase lists (data in
//!    [`crate::lexicon::boilerplate`]), markup, web addresses and handles,
//!    time stamps, length. Every weight below says why it is what it is.
//! 2. Context: a short, doubtful paragraph takes its class from its
//!    neighbours (a name alone between two credits is a credit).
//! 3. Runs: a run of short title-case lines at the end of the article, or
//!    after a "Related:" label, is a list of headlines, boilerplate line by
//!    line.
//! 4. The headline is the first paragraph when it reads like one.

use crate::analysis::ParagraphKind;
use crate::lexicon::boilerplate as phrases;
use crate::lexicon::{non_ascii_is_lower, LineSet, Openings, PhraseSets};
use crate::parallel::Threads;
use crate::text::paragraphs::Para;
use crate::text::scan::{self, ascii_range_bytes, ascii_space_bytes, count_high_bits, HIGHS, ONES};

/// What one paragraph shows on its own.
struct Evidence<'t> {
    /// The paragraph's text, for the evidence asked for only now and then
    /// ([`title_case`]: a few paragraphs in an article need it, and it
    /// was the costliest pass over every short one).
    line: &'t str,
    /// Words, counted up to [`MAX_COUNTED_WORDS`]: every test compares with
    /// a smaller number, so counting on would change nothing. A line of
    /// more than [`COUNTED_BYTES`] has that many, uncounted.
    words: usize,
    has_quote_mark: bool,
    boilerplate_score: f64,
    caption: bool,
    byline: bool,
    /// A section break ("___"): layout of the article's body.
    separator: bool,
}

/// A paragraph scoring this much or more is boilerplate on its own.
const BOILERPLATE_THRESHOLD: f64 = 3.0;

/// Paragraphs this short are doubtful: their neighbours decide.
const SHORT_WORDS: usize = 5;

/// A headline is no longer than this.
const MAX_TITLE_WORDS: usize = 30;

/// A line in a list of related headlines is no shorter than this: two
/// capitalised words alone are more often a name or a place signing a
/// letter ("John Gorra." "Staunton Va.").
const MIN_HEADLINE_WORDS: usize = 4;

/// A line in a list of related headlines is no longer than this.
const MAX_HEADLINE_WORDS: usize = 18;

/// Sets the kind of every paragraph; the evidence of each, which is its
/// own, is weighed in parts on `threads`.
pub fn classify(text: &str, paras: &mut [Para], threads: Threads) {
    let evidence = crate::text::paragraphs::in_parts(text, paras, threads, |part| {
        // One buffer for every paragraph's lower-case copy.
        let mut lower = String::new();
        part.map(|i| weigh(&text[paras[i].start..paras[i].end], i, &mut lower)).collect::<Vec<Evidence>>()
    });
    let mut kinds: Vec<ParagraphKind> = evidence
        .iter()
        .map(|e| {
            if e.caption {
                ParagraphKind::Caption
            } else if e.boilerplate_score >= BOILERPLATE_THRESHOLD {
                ParagraphKind::Boilerplate
            } else if e.byline {
                ParagraphKind::Byline
            } else {
                ParagraphKind::Body
            }
        })
        .collect();
    // An author's note ends the piece: one of its last three paragraphs.
    let n = kinds.len();
    for i in n.saturating_sub(3)..n {
        if i > 0 && kinds[i] == ParagraphKind::Body && is_bio(&text[paras[i].start..paras[i].end]) {
            kinds[i] = ParagraphKind::Boilerplate;
        }
    }
    apply_context(&evidence, &mut kinds);
    mark_headline_runs(&evidence, &mut kinds);
    continue_broken_lines(text, paras, &mut kinds);
    // The headline: the first paragraph, short, and shorter than the body
    // paragraph that follows it (a lead paragraph runs longer).
    let next_body = (1..kinds.len()).find(|&i| kinds[i] == ParagraphKind::Body);
    if let Some(first) = kinds.first_mut() {
        let e = &evidence[0];
        let shorter_than_lead = next_body.is_none_or(|i| evidence[i].words > e.words);
        if *first == ParagraphKind::Body && paras.len() > 1 && e.words <= MAX_TITLE_WORDS && shorter_than_lead {
            *first = ParagraphKind::Title;
        }
    }
    for (para, kind) in paras.iter_mut().zip(kinds) {
        para.kind = kind;
    }
}

fn is_not_article(kind: ParagraphKind) -> bool {
    matches!(kind, ParagraphKind::Boilerplate | ParagraphKind::Caption)
}

/// Paragraphs longer than this are prose: only what announces boilerplate in
/// its first words (an editor's note, a correction) or an author's note at
/// the end can make them not the article, so the rest of the evidence (the
/// costly phrase searches) is not gathered for them.
const LONG_WORDS: usize = 30;

/// Words are counted up to this many and no further: enough to tell a long
/// paragraph (more than [`LONG_WORDS`]) and to compare any paragraph with a
/// headline (at most [`MAX_TITLE_WORDS`]). A long paragraph's words were
/// most of the text this stage read before the count stopped here.
const MAX_COUNTED_WORDS: usize = LONG_WORDS + 1;

/// The longest line whose words are counted. Prose reaches
/// [`MAX_COUNTED_WORDS`] within a few hundred bytes; a longer line is
/// taken to have that many, whatever its spaces: so long a paragraph is
/// never a headline or a short label, and a line with hardly a space (a
/// megabyte of quotation marks, of minified JSON) is not read to its end
/// for a count of one word.
const COUNTED_BYTES: usize = 4096;

/// Nor is a line of more bytes than this short, whatever its spaces say (a
/// megabyte without a space must not be searched for every phrase).
const LONG_BYTES: usize = 400;

/// The evidence of a long paragraph: its opening words only.
fn weigh_long<'t>(line: &'t str, words: usize, lower: &mut String) -> Evidence<'t> {
    // The first 64 characters: as many bytes when they are ASCII, and
    // then their opening is found before any is copied, and only it is
    // lower-cased (most long paragraphs open with ASCII and a letter).
    let announced = match line.as_bytes().get(..64) {
        Some(head) if head.is_ascii() => {
            let start = head.iter().position(|&b| starts_opening(char::from(b))).unwrap_or(64);
            lower.clear();
            lower.push_str(&line[start..64]);
            lower.make_ascii_lowercase();
            OPENINGS.opens(lower)
        }
        _ => {
            let head_end = line.char_indices().nth(64).map_or(line.len(), |(i, _)| i);
            OPENINGS.opens(opening(lower_into(&line[..head_end], lower)))
        }
    };
    // A long paragraph is never a headline: no quotation mark is looked
    // for, and one is assumed, so that none is taken for a headline.
    Evidence {
        line,
        words,
        has_quote_mark: true,
        boilerplate_score: if announced { 3.0 } else { 0.0 },
        caption: false,
        byline: false,
        separator: false,
    }
}

/// Where a lower-cased line's opening words start: past leading quotation
/// marks and dashes ("\"Follow Pam Key ...\"", "--additional reporting ...").
fn opening(lower: &str) -> &str {
    lower.trim_start_matches(|c: char| !starts_opening(c))
}

/// Whether a line's opening words may start at `c`: a letter or digit, or
/// what opens markup, a bracket, a handle or a copyright line.
#[inline]
fn starts_opening(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '<' | '[' | '(' | '@' | '©')
}

/// `line` in lower case, exactly as [`str::to_lowercase`] gives it, in
/// `buffer`: copied and lower-cased in place when lower-casing changes only
/// ASCII letters (its non-ASCII characters are curly quotation marks,
/// dashes, accented small letters: news), so that no paragraph allocates.
fn lower_into<'b>(line: &str, buffer: &'b mut String) -> &'b str {
    buffer.clear();
    if non_ascii_is_lower(line) {
        buffer.push_str(line);
        buffer.make_ascii_lowercase();
    } else {
        buffer.push_str(&line.to_lowercase());
    }
    buffer
}

/// Whole lines: section labels and widgets, photo credits, section breaks.
static EXACT_LINES: LineSet = LineSet::new(phrases::EXACT_LINES);
static CREDIT_LINES: LineSet = LineSet::new(phrases::CREDIT_LINES);
static SEPARATORS: LineSet = LineSet::new(phrases::SEPARATORS);

/// Openings that announce boilerplate, and labels over lists of links.
static OPENINGS: Openings = Openings::new(phrases::OPENINGS);
static LABEL_OPENINGS: Openings = Openings::new(phrases::LABEL_OPENINGS);

/// The phrase lists searched for anywhere in a short line, all in one pass;
/// the bits below say which were found (a test checks them). The caption
/// marks must stay among them: [`credit_at_end`] searches the end of a line
/// again only when told what this search found of them.
static ANYWHERE: PhraseSets = PhraseSets::new(&[
    &phrases::MARKUP,
    &phrases::CREDITS,
    &phrases::CONTAINS,
    &phrases::WEB_ADDRESSES,
    &phrases::CAPTION_MARKS,
]);
const MARKUP: u32 = 1 << 0;
const CREDITS: u32 = 1 << 1;
const CONTAINS: u32 = 1 << 2;
const WEB_ADDRESS: u32 = 1 << 3;
const CAPTION_MARK: u32 = 1 << 4;

/// The evidence of paragraph number `index`, `line`; `lower` is room for
/// its lower-case copy.
fn weigh<'t>(line: &'t str, index: usize, lower: &mut String) -> Evidence<'t> {
    let word_count = if line.len() > COUNTED_BYTES { MAX_COUNTED_WORDS } else { count_words(line, MAX_COUNTED_WORDS) };
    if word_count > LONG_WORDS || line.len() > LONG_BYTES {
        return weigh_long(line, word_count, lower);
    }
    let lower = lower_into(line, lower);
    let opening = opening(lower);
    let bare = lower.trim_end_matches(['.', ':', ' ']).trim();
    // A short paragraph's words are all counted.
    let words = word_count;
    let has_quote_mark = has_quote_mark(line);
    let found = ANYWHERE.found_in(lower);

    let mut score = 0.0;
    // Markup pasted with an embedded post or link is never article prose:
    // an empty embed is boilerplate; one that carries the post's words is a
    // quoted post, and the article's.
    let markup = found & MARKUP != 0;
    if markup && !carries_words(lower) {
        score += 4.0;
    }
    // "Follow Jo Allen on Twitter @joallen": a social prompt.
    if opening.starts_with("follow ") && phrases::SOCIAL_NETWORKS.iter().any(|n| lower.contains(n)) {
        score += 3.0;
    }
    // "Also on WorldPost:": a short label over a list of links.
    if words <= 6 && LABEL_OPENINGS.opens(opening) {
        score += 3.0;
    }
    // "Bryant Rousseau contributed reporting.", "Phillip reported from
    // Oakland.": a short line crediting the reporting.
    if words <= 25 && found & CREDITS != 0 {
        score += 3.0;
    }
    // Section labels and stray widgets: whole lines no article consists of.
    if EXACT_LINES.contains(bare) {
        score += 4.0;
    }
    // Prompts, notes and corrections announce themselves in their first words.
    let announced = OPENINGS.opens(opening);
    if announced {
        score += 3.0;
    }
    // Social and newsletter pitches name themselves anywhere in the line
    // (a short one: a long paragraph mentioning a newsletter is prose).
    if words <= 60 && found & CONTAINS != 0 {
        score += 2.5;
    }
    // A handle inside a line ("before.@MaryJBlige sits down") is a post.
    let handle = |w: &&str| w.contains('@') && w.len() > 2 && !w.contains('.') || w.contains(".@");
    if line.contains('@') && line.split_whitespace().any(|w| handle(&w)) {
        score += 1.5;
    }
    // A web address in a short line is a link or a credit.
    if found & WEB_ADDRESS != 0 {
        score += if words < 20 { 2.0 } else { 1.0 };
    }
    // Long paragraphs are the article: boilerplate is short, unless it
    // announces itself (a correction, an editor's note).
    if words > 40 && !announced {
        score -= 3.0;
    }
    // A quotation in a full sentence is article content.
    if has_quote_mark && words > 8 && !announced {
        score -= 1.0;
    }

    // A credit stands at the end of a caption ("... (AP Photo/Peter
    // Dejong)") or is the whole line; an agency named inside a sentence is
    // a source, not a credit.
    let caption = words <= 40 && credit_at_end(lower, found) || CREDIT_LINES.contains(bare);
    // "By Jo Allen" near the top, or a live blog's time stamp ("8:15 p.m."):
    // the lines that say who wrote and when.
    let byline = index <= 3
        && words <= 14
        && phrases::BYLINE_OPENINGS.iter().any(|p| lower.starts_with(p))
        && title_case(line) >= 0.5
        || is_time_stamp(bare);
    let separator = SEPARATORS.contains(bare) || !bare.is_empty() && bare.chars().all(|c| !c.is_alphanumeric());
    Evidence { line, words, has_quote_mark, boilerplate_score: score, caption, byline, separator }
}

/// Whether a phrase marking a caption starts where a word does among the
/// last 40 characters of `lower`, a short line's lower-case copy (the first
/// of them a word start), given what [`ANYWHERE`] `found` in all of it:
/// whether it found a caption mark spares most lines a second search.
fn credit_at_end(lower: &str, found: u32) -> bool {
    let end = last_chars(lower, 40);
    phrases::CAPTION_MARKS.found_in_tail(lower, lower.len() - end.len(), found & CAPTION_MARK != 0)
}

/// The last `n` characters of `line` (all of it when it has fewer), found
/// by counting the bytes that start a character back from its end.
fn last_chars(line: &str, n: usize) -> &str {
    // Mostly the last `n` bytes, when they are ASCII.
    if let Some(tail) = line.len().checked_sub(n).and_then(|start| line.get(start..)) {
        if tail.is_ascii() {
            return tail;
        }
    }
    let mut count = 0;
    for (i, &b) in line.as_bytes().iter().enumerate().rev() {
        // Continuation bytes are 0b10xx_xxxx.
        if b & 0xC0 != 0x80 {
            count += 1;
            if count == n {
                return &line[i..];
            }
        }
    }
    line
}

/// Share of the words of four letters or more in `line` that start with a
/// capital (0 when it has none).
fn title_case(line: &str) -> f64 {
    let (long_words, capitalised) = title_case_counts(line);
    if long_words == 0 {
        0.0
    } else {
        capitalised as f64 / long_words as f64
    }
}

/// How many of the white-space separated words of `line` have four letters
/// or more, and how many of those start with a capital. Eight ASCII bytes
/// are read at a time, as masks of their spaces, letters and capitals,
/// stepping from word edge to word edge; elsewhere character by character.
fn title_case_counts(line: &str) -> (usize, usize) {
    let bytes = line.as_bytes();
    let (mut long_words, mut capitalised) = (0, 0);
    // Letters in the current word, and whether it started with a capital.
    let (mut letters, mut capital, mut in_word) = (0, false, false);
    let mut i = 0;
    while i < bytes.len() {
        let eight = bytes.get(i..i + 8).map(scan::load);
        if let Some(eight) = eight.filter(|eight| eight & HIGHS == 0) {
            let space = ascii_space_bytes(eight);
            let letter = ascii_range_bytes(eight | (ONES * 0x20), b'a', b'z');
            let upper = ascii_range_bytes(eight, b'A', b'Z');
            // The bytes not yet read, as high bits.
            let mut rest = HIGHS;
            loop {
                if in_word {
                    let ends = space & rest;
                    if ends == 0 {
                        letters += count_high_bits(letter & rest);
                        break;
                    }
                    let end = ends & ends.wrapping_neg();
                    letters += count_high_bits(letter & rest & (end - 1));
                    if letters >= 4 {
                        long_words += 1;
                        capitalised += usize::from(capital);
                    }
                    (letters, in_word) = (0, false);
                    rest &= !(end - 1);
                } else {
                    let starts = !space & rest;
                    if starts == 0 {
                        break;
                    }
                    let start = starts & starts.wrapping_neg();
                    (capital, in_word) = (upper & start != 0, true);
                    rest &= !(start - 1);
                }
            }
            i += 8;
            continue;
        }
        let c = line[i..].chars().next().unwrap_or_default();
        if c.is_whitespace() {
            if in_word && letters >= 4 {
                long_words += 1;
                capitalised += usize::from(capital);
            }
            (letters, in_word) = (0, false);
        } else {
            if !in_word {
                (capital, in_word) = (c.is_uppercase(), true);
            }
            letters += usize::from(c.is_alphabetic());
        }
        i += c.len_utf8();
    }
    if in_word && letters >= 4 {
        long_words += 1;
        capitalised += usize::from(capital);
    }
    (long_words, capitalised)
}

/// Whether the character that `bytes` starts with, which is not ASCII, is
/// white space as `char::is_whitespace` says, and its length: told from its
/// bytes. Only U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
/// U+202F, U+205F and U+3000 are. (Decoding the character and asking
/// Unicode's tables cost a line of curly quotation marks, which share the
/// lead byte E2 with most of them, three times as much.)
#[inline]
fn non_ascii_space(bytes: &[u8]) -> (bool, usize) {
    let byte = |k: usize| bytes.get(k).copied().unwrap_or(0);
    let len = match byte(0) {
        0xF0.. => 4,
        0xE0.. => 3,
        _ => 2,
    };
    let space = match (byte(0), byte(1), byte(2)) {
        (0xC2, 0x85 | 0xA0, _) => true,
        (0xE1, 0x9A, 0x80) | (0xE3, 0x80, 0x80) | (0xE2, 0x81, 0x9F) => true,
        (0xE2, 0x80, third) => matches!(third, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF),
        _ => false,
    };
    (space, len)
}

/// The number of words in `line` as `split_whitespace` counts them, or
/// `limit` if there are more. Every paragraph is counted, so this reads
/// eight bytes at a time ([`ascii_word_starts`]): when one is not ASCII,
/// the ASCII bytes before it and the character it starts, which stands in
/// for the rest as ASCII bytes of its kind (news has a curly quotation
/// mark or apostrophe every few words; a line of nothing else was read a
/// byte at a time). That character is read from its bytes, not decoded
/// ([`non_ascii_space`]). The last few bytes of a line go byte by byte.
fn count_words(line: &str, limit: usize) -> usize {
    let bytes = line.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() && words < limit {
        if let Some(eight) = bytes.get(i..i + 8).map(scan::load) {
            // `i` starts a character, and so does the first byte that is
            // not ASCII: all eight are ASCII when none is (64 zeros).
            let ascii = ((eight & HIGHS).trailing_zeros() / 8) as usize;
            let (eight, step) = if ascii < 8 {
                let (space, len) = non_ascii_space(&bytes[i + ascii..]);
                let kept = (1u64 << (8 * ascii)) - 1;
                let stand_in = ONES * u64::from(if space { b' ' } else { b'a' });
                (eight & kept | stand_in & !kept, ascii + len)
            } else {
                (eight, 8)
            };
            let (starts, ends_in_word) = ascii_word_starts(eight, in_word);
            words += starts;
            in_word = ends_in_word;
            i += step;
            continue;
        }
        let b = bytes[i];
        let space = match b {
            b' ' | b'\t'..=b'\r' => true,
            0xC2 | 0xE1..=0xE3 => non_ascii_space(&bytes[i..]).0,
            // Continuation bytes belong to the character their lead byte began.
            0x80..=0xBF => !in_word,
            _ => false,
        };
        words += usize::from(!space && !in_word);
        in_word = !space;
        i += 1;
    }
    words.min(limit)
}

/// How many words start among eight ASCII bytes (read little-end first),
/// given whether a word runs into them, and whether one runs out of them.
/// A byte is white space when it is a space or `\t`..=`\r`; without
/// control characters (the tab, mostly, and rare) that is a byte below
/// '!', found for all eight at once by two additions whose carries set the
/// high bit of each byte of at least ' ' and of at least '!': the first
/// tells there is no control character, the second finds the visible
/// bytes. Eight bytes with a control character go to [`ascii_space_bytes`].
#[inline]
fn ascii_word_starts(eight: u64, in_word: bool) -> (usize, bool) {
    let at_least = |value: u8| eight + ONES * (0x80 - u64::from(value));
    let visible =
        if at_least(b' ') & HIGHS == HIGHS { at_least(b'!') & HIGHS } else { !ascii_space_bytes(eight) & HIGHS };
    // Each byte's predecessor is white space: the one before these eight
    // counts as white space unless a word runs into them.
    let visible_before = visible << 8 | if in_word { 0x80 } else { 0 };
    let starts = visible & !visible_before;
    (count_high_bits(starts), visible >> 63 != 0)
}

/// Whether `line` holds a quotation mark that opens or closes speech: " “ ” ‘.
/// Only a `"` or the lead byte E2 of the curly marks (E2 80 9C, 9D, 98)
/// can start one: the rest is stepped over eight bytes at a time.
fn has_quote_mark(line: &str) -> bool {
    let bytes = line.as_bytes();
    let mut at = 0;
    loop {
        at = scan::find(bytes, at, b"\"\xE2", false);
        match bytes.get(at..) {
            None | Some([]) => return false,
            Some([b'"', ..] | [0xE2, 0x80, 0x9C | 0x9D | 0x98, ..]) => return true,
            Some(_) => at += 1,
        }
    }
}

/// Whether markup carries a post's words: text outside the tags.
fn carries_words(lower: &str) -> bool {
    let mut depth = 0;
    let mut letters = 0;
    for c in lower.chars() {
        match c {
            '<' => depth += 1,
            '>' => depth -= 1,
            c if depth == 0 && c.is_alphabetic() => letters += 1,
            _ => {}
        }
    }
    letters >= 12
}

/// "Aaron Kall is director of debate at ...", "Michael Haltzel, former
/// adviser to ..., is Senior Fellow at ...": a name, then "is" and a role.
fn is_bio(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let name_words = words.iter().take_while(|w| w.starts_with(char::is_uppercase)).count();
    let opens_with_name = words.first().is_some_and(|w| !crate::lexicon::words::is_sentence_starter(w));
    if !(2..=4).contains(&name_words) || words.len() > 60 || !opens_with_name {
        return false;
    }
    let rest = line.to_lowercase();
    let Some(at) = rest.find(" is ") else { return false };
    let after = &rest[at + 4..];
    at < 160 && phrases::BIO_ROLES.iter().any(|r| after.starts_with(r))
}

/// "8:15 p.m.", "9L15 p.m." (a typo the corpus keeps), "11 a.m."
fn is_time_stamp(bare: &str) -> bool {
    let Some(rest) = bare.strip_suffix(" a.m").or_else(|| bare.strip_suffix(" p.m")) else { return false };
    !rest.is_empty() && rest.len() <= 5 && rest.chars().all(|c| c.is_ascii_digit() || c == ':' || c == 'l')
}

/// Whether a paragraph reads like a headline in a list: short, title case,
/// no quotation.
fn headline_like(e: &Evidence) -> bool {
    e.words >= MIN_HEADLINE_WORDS && e.words <= MAX_HEADLINE_WORDS && !e.has_quote_mark && title_case(e.line) >= 0.75
}

/// Runs of related headlines: at the end of the article, or after a label
/// that introduces them ("Related:", "Also on WorldPost:").
fn mark_headline_runs(evidence: &[Evidence], kinds: &mut [ParagraphKind]) {
    // From the end back, over headline-like lines and other boilerplate.
    let mut start = evidence.len();
    let mut headlines = 0;
    while start > 1 {
        let i = start - 1;
        if headline_like(&evidence[i]) {
            headlines += 1;
        } else if !is_not_article(kinds[i]) {
            break;
        }
        start = i;
    }
    // Two headlines make a list; a lone title-case line may end the article.
    if headlines >= 2 {
        for i in start..evidence.len() {
            if headline_like(&evidence[i]) && kinds[i] == ParagraphKind::Body {
                kinds[i] = ParagraphKind::Boilerplate;
            }
        }
    }
    // After a boilerplate label ending in a colon: the list it introduces.
    for i in 0..evidence.len() {
        if kinds[i] == ParagraphKind::Boilerplate && evidence[i].words <= 6 {
            let mut j = i + 1;
            while j < evidence.len() && headline_like(&evidence[j]) && kinds[j] == ParagraphKind::Body {
                j += 1;
            }
            if j - i > 2 {
                for kind in &mut kinds[i + 1..j] {
                    *kind = ParagraphKind::Boilerplate;
                }
            }
        }
    }
}

/// A note broken over several lines ("Editor’s note: Donald Trump
/// regularly" / "incites" / "political violence ..."): a line after a
/// boilerplate line that stops mid-sentence continues it.
fn continue_broken_lines(text: &str, paras: &[Para], kinds: &mut [ParagraphKind]) {
    for i in 1..kinds.len() {
        if kinds[i - 1] != ParagraphKind::Boilerplate || kinds[i] != ParagraphKind::Body {
            continue;
        }
        let previous = &text[paras[i - 1].start..paras[i - 1].end];
        let line = &text[paras[i].start..paras[i].end];
        let mid_sentence = previous.trim_end().ends_with(|c: char| c.is_alphanumeric() || c == ',')
            && line.starts_with(|c: char| c.is_lowercase());
        if mid_sentence {
            kinds[i] = ParagraphKind::Boilerplate;
        }
    }
}

/// A short body paragraph between paragraphs that are not the article (or
/// between one and the end) is not the article either: a name alone after a
/// photo credit, a stray "of." between two prompts.
fn apply_context(evidence: &[Evidence], kinds: &mut [ParagraphKind]) {
    for i in 1..kinds.len() {
        let e = &evidence[i];
        if kinds[i] != ParagraphKind::Body || e.words > SHORT_WORDS || e.has_quote_mark || e.separator {
            continue;
        }
        let before = is_not_article(kinds[i - 1]);
        let after = kinds.get(i + 1).is_none_or(|&k| is_not_article(k));
        if before && after {
            kinds[i] = if kinds[i - 1] == ParagraphKind::Caption {
                ParagraphKind::Caption
            } else {
                ParagraphKind::Boilerplate
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::ParagraphKind::{self, *};
    use crate::text::paragraphs;

    fn kinds(text: &str) -> Vec<(ParagraphKind, &str)> {
        paragraphs::split(text).iter().map(|p| (p.kind, &text[p.start..p.end])).collect()
    }

    #[test]
    fn white_space_is_told_from_bytes_as_unicode_tells_it() {
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let mut buffer = [0; 4];
            let bytes = c.encode_utf8(&mut buffer).as_bytes();
            assert_eq!(super::non_ascii_space(bytes), (c.is_whitespace(), c.len_utf8()), "{c:?}");
        }
    }

    #[test]
    fn a_line_too_long_to_count_is_never_a_headline() {
        // A first line of a long address and a few words: counted, it was
        // a short line, and the headline. It is too long for one.
        let address = format!("https://example.com/{}", "a".repeat(super::COUNTED_BYTES));
        let text = format!(
            "{address} shared by readers\n\nThe port will reopen on Monday, officials said, after a week of storms."
        );
        assert_eq!(kinds(&text)[0].0, ParagraphKind::Body);
        // The same words in a short line are.
        let text = "Port shared by readers\n\nThe port will reopen on Monday, officials said, after a week of storms.";
        assert_eq!(kinds(text)[0].0, ParagraphKind::Title);
    }

    #[test]
    fn words_are_counted_as_white_space_splits_them() {
        for line in [
            "",
            " ",
            "one",
            " two  words ",
            "a\u{0B}b\u{0C}c\td\re",
            "no\u{A0}break\u{2003}em",
            "“quoted” — dash",
            "\u{85}a\u{3000}b\u{1680}c\u{2028}d\u{205F}é \u{E2}\u{80}",
            "ü\u{A0}\u{A0}x\u{2060}y\u{3001}z",
        ] {
            assert_eq!(super::count_words(line, usize::MAX), line.split_whitespace().count(), "{line:?}");
        }
        assert_eq!(super::count_words("one two three four", 2), 2);
        // Eight-byte steps: every ASCII byte in every place, words running
        // across the steps, and limits met inside a step.
        for byte in 0..128u8 {
            for at in 0..17 {
                let mut bytes = *b"ab cd\tef gh\n\rij k lm";
                bytes[at] = byte;
                let line = std::str::from_utf8(&bytes).unwrap();
                let all = line.split_whitespace().count();
                for limit in [1, 3, 5, usize::MAX] {
                    assert_eq!(super::count_words(line, limit), all.min(limit), "{line:?} {limit}");
                }
            }
        }
        let mixed = "word  éé\u{A0}x y z aaaaaaaaaaaaaaaa b\u{3000}c d e f g h i j k";
        for cut in mixed.char_indices().map(|(i, _)| i) {
            assert_eq!(super::count_words(&mixed[cut..], usize::MAX), mixed[cut..].split_whitespace().count());
        }
        assert_eq!(super::count_words("one two ", 2), 2);
    }

    #[test]
    fn one_pass_helpers_answer_as_the_plain_searches_do() {
        let lines = [
            "",
            "a",
            "Word",
            "Port To Reopen Within A Week",
            "ÉTAT Über ünd Ωmega ΣΙΣΥΦΟΣ",
            "“Quoted” — and ‘single’ marks, \"straight\" too",
            "no\u{A0}break\u{2003}em\tTab\u{0B}Vertical Words",
            "İstanbul Straße ǅemal ﬃce",
            "x\u{E2}\u{80}\u{99}s e\u{2019} \u{2026}",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa Bbbbbbbbbbbbbbbbbbbbbb CCCC dd Eeee",
            "1234 Abc1 A-B-C-D Ab’cd Ab’c",
        ];
        let mut buffer = String::new();
        for line in lines {
            for cut in line.char_indices().map(|(i, _)| i) {
                let line = &line[cut..];
                let (mut long_words, mut capitalised) = (0, 0);
                for word in line.split_whitespace() {
                    if word.chars().filter(|c| c.is_alphabetic()).nth(3).is_some() {
                        long_words += 1;
                        capitalised += usize::from(word.starts_with(char::is_uppercase));
                    }
                }
                assert_eq!(super::title_case_counts(line), (long_words, capitalised), "{line:?}");
                assert_eq!(super::lower_into(line, &mut buffer), line.to_lowercase(), "{line:?}");
                let marks = line.contains(['"', '\u{201C}', '\u{201D}', '\u{2018}']);
                assert_eq!(super::has_quote_mark(line), marks, "{line:?}");
                for n in [1, 3, 40] {
                    let naive = line.char_indices().rev().nth(n - 1).map_or(line, |(i, _)| &line[i..]);
                    assert_eq!(super::last_chars(line, n), naive, "{line:?} {n}");
                }
            }
        }
    }

    #[test]
    fn the_bits_named_for_the_phrase_lists_are_theirs() {
        use super::{phrases, ANYWHERE, CAPTION_MARK, CONTAINS, CREDITS, MARKUP, WEB_ADDRESS};
        assert_eq!(ANYWHERE.bit_of(&phrases::MARKUP), Some(MARKUP));
        assert_eq!(ANYWHERE.bit_of(&phrases::CREDITS), Some(CREDITS));
        assert_eq!(ANYWHERE.bit_of(&phrases::CONTAINS), Some(CONTAINS));
        assert_eq!(ANYWHERE.bit_of(&phrases::WEB_ADDRESSES), Some(WEB_ADDRESS));
        assert_eq!(ANYWHERE.bit_of(&phrases::CAPTION_MARKS), Some(CAPTION_MARK));
    }

    #[test]
    fn a_credit_at_the_end_is_found_as_a_search_of_the_end_finds_it() {
        let marks = ["getty images", "(ap photo", "ap photo/", "/associated press", "photo:", "reuters/"];
        let mut lines = vec![String::new(), "a".into(), "no mark in this line at all, none whatsoever".into()];
        for mark in marks {
            for pad in 0..50 {
                // The mark inside a word, after a space, after a curly mark,
                // and twice, at every distance from the end.
                for before in ["x", " ", "’", "getty images x"] {
                    lines.push(format!("{}{before}{mark}{}", "word ".repeat(4), "y".repeat(pad)));
                    lines.push(format!("{}{before}{mark} é{}", "wordy".repeat(3), "z".repeat(pad)));
                }
            }
        }
        // Lines whose only mark starts in a word cut at the end's first character.
        let mut cut_marks = 0;
        for lower in &lines {
            let plain = crate::lexicon::boilerplate::CAPTION_MARKS.found_in_str(super::last_chars(lower, 40));
            let found = super::ANYWHERE.found_in(lower);
            assert_eq!(super::credit_at_end(lower, found), plain, "{lower:?}");
            cut_marks += usize::from(plain && found & super::CAPTION_MARK == 0);
        }
        assert!(cut_marks > 0);
    }

    #[test]
    fn headline_byline_body() {
        let text = "Port to reopen within a week\nBy Jo Allen and Sam Reed\nThe port will reopen, officials said on Monday after a week of storms.";
        assert_eq!(kinds(text).iter().map(|k| k.0).collect::<Vec<_>>(), [Title, Byline, Body]);
    }

    #[test]
    fn prompts_notes_and_embedded_posts_are_boilerplate() {
        let text = "Headline here\n\nThe article starts with a full sentence about the port and its troubles.\n\n\
                    <tweet tweet-id=\"1\"><tweet/>.\n\nFollow Jo Allen on Twitter @joallen.\n\n\
                    Editor’s note: an earlier version misspelled a name.\n\nSign up for our newsletter.\n\nABSTRACT.";
        let found = kinds(text);
        assert_eq!(found[1].0, Body);
        for (kind, line) in &found[2..] {
            assert_eq!(*kind, Boilerplate, "{line}");
        }
    }

    #[test]
    fn live_blog_time_stamps_are_date_lines_and_breaks_are_layout() {
        let text = "Headline\nThe first entry of the live blog, long enough to be prose.\n___.\n8:15 p.m.\nThe second entry of the live blog, long enough to be prose.";
        let found = kinds(text);
        assert_eq!(found[2].0, Body);
        assert_eq!(found[3].0, Byline);
    }

    #[test]
    fn an_embedded_post_with_its_words_is_a_quoted_post() {
        let text = "Headline\nThe first paragraph of the article, long enough to be prose.\n\
                    <tweet author=\"x\">Thoughts and prayers to everyone affected today.</tweet>\n\
                    The last paragraph of the article, long enough to be prose.";
        assert_eq!(kinds(text)[2].0, Body);
    }

    #[test]
    fn a_long_line_without_spaces_is_prose_not_a_phrase_list_match() {
        // One "word" of 12,000 bytes with a handle and a web address: long
        // lines are judged by their first words only.
        let text =
            format!("Headline\nThe first paragraph of the article.\n{}", "see.@handle-at-http://example-".repeat(400));
        assert_eq!(kinds(&text)[2].0, Body);
        let text = "Headline\nThe first paragraph of the article.\nSign up for our newsletter.";
        assert_eq!(kinds(text)[2].0, Boilerplate);
    }

    #[test]
    fn photo_captions_and_credits() {
        let text = "Headline\nThe minister spoke at length about the plan and its costs to the city.\n\
                    Elena Novak speaks in Rotterdam on Monday. (AP Photo/Peter Dejong)\nGetty Images.";
        let found = kinds(text);
        assert_eq!(found[2].0, Caption);
        assert_eq!(found[3].0, Caption);
    }

    #[test]
    fn related_headlines_after_an_article_with_single_newlines() {
        let text = "Port to reopen within a week\n\
                    The port will reopen within a week, the authority said on Monday.\n\
                    “We are ready,” said Elena Novak, head of the port authority.\n\
                    Shipping firms said they would wait and see before returning to the port.\n\
                    Storm Season Hits Northern Europe Early\n\
                    Why Rotterdam Matters To Global Trade\n\
                    Ten Ports To Watch In 2026";
        let found = kinds(text);
        assert_eq!(
            found.iter().map(|k| k.0).collect::<Vec<_>>(),
            [Title, Body, Body, Body, Boilerplate, Boilerplate, Boilerplate]
        );
    }

    #[test]
    fn a_short_line_between_boilerplate_is_boilerplate_and_in_the_body_is_not() {
        let text = "Headline\nA first full paragraph of the article, long enough to read as prose.\n\
                    Getty Images.\nKristen Cooper.\nFollow Jo Allen on Twitter @joallen.\n";
        let found = kinds(text);
        assert_eq!(found[3].0, Caption);
        let text = "Headline\nA first full paragraph of the article, long enough to read as prose.\nNot so.\nAnother paragraph of the article, just as long as the first one was.";
        assert_eq!(kinds(text)[2].0, Body);
    }

    #[test]
    fn a_first_line_ending_with_a_stop_can_still_be_the_headline() {
        let text = "After a big loss, Clinton looks for pace to quicken.\nCONCORD, N.H. - Sen. Bernie Sanders scored a decisive victory in Tuesday's primary, and more.";
        assert_eq!(kinds(text)[0].0, Title);
    }
}
