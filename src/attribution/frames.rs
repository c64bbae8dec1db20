//! Frames: the stretch of text in which a quote's attribution is looked for.
//!
//! A frame is a run of sentences of one paragraph that no quote crosses (a
//! quote holding a full stop, `“We will. We must,” she said.`, joins the
//! sentences it spans). Inside a frame the text is a list of items: words,
//! punctuation, and each quote as one item, so that patterns can say "a
//! quote, a comma, a reporting verb, a name" without looking inside quotes.

use std::ops::Range;

use crate::parallel::Threads;
use crate::quotes::QuoteSpan;
use crate::text::sentences::Sentence;
use crate::text::words::{each_token, Token};

/// One item of a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Word(Token),
    Punct(Token),
    /// A quote, by its index in the list of quotes.
    Quote(usize),
}

impl Item {
    pub fn word(&self) -> Option<&Token> {
        match self {
            Item::Word(token) => Some(token),
            _ => None,
        }
    }

    pub fn is_punct(&self, text: &str, mark: &str) -> bool {
        matches!(self, Item::Punct(token) if token.text(text) == mark)
    }
}

/// A run of whole sentences and where its items are ([`Frames::items`]).
#[derive(Debug, Clone)]
pub struct Frame {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    /// Its items: this range of the buffer of its part of the text.
    pub items: Range<usize>,
    buffer: usize,
    /// The quotes of the frame that look like titles (“Face the Nation”),
    /// by index: they are no speech, so no attribution belongs to them.
    pub titles: Vec<usize>,
}

/// The part of a frame a quote's attribution is looked for in: all of it,
/// or a window around the quote when the frame is very long. Borrowed, so
/// that a window costs nothing to make.
#[derive(Debug, Clone, Copy)]
pub struct View<'f> {
    pub items: &'f [Item],
    /// The quotes among `items` that look like titles, by index.
    pub titles: &'f [usize],
    /// When counted beforehand (for a long frame, whose windows overlap):
    /// for each item and one past the end, how many items before it may
    /// attribute a quote (`patterns::is_attributing`).
    pub attributing: Option<&'f [u32]>,
}

/// The frames of the text, in order, and for each quote the frame holding it
/// and its position among that frame's items.
///
/// The items of a part of the text (one per thread, [`build_on`]) lie in
/// one buffer, each frame's a range of it: one block to build and to free
/// for the part, not one for each of its frames (66,000 for 10 MB of news:
/// 11 ms to free, and a copy each to build).
pub struct Frames {
    pub frames: Vec<Frame>,
    pub of_quote: Vec<(usize, usize)>,
    buffers: Vec<Vec<Item>>,
}

impl Frames {
    /// The items of `frame`, one of these frames.
    pub fn items(&self, frame: &Frame) -> &[Item] {
        &self.buffers[frame.buffer][frame.items.clone()]
    }

    /// The whole of `frame`, one of these frames, as a [`View`].
    pub fn view<'f>(&'f self, frame: &'f Frame) -> View<'f> {
        View { items: self.items(frame), titles: &frame.titles, attributing: None }
    }

    /// The frames cut into consecutive parts of about equal bytes, one per
    /// thread, each part starting a paragraph: the stages that read frames
    /// carry nothing from one paragraph to the next, so each part can be
    /// read on its own.
    pub fn parts(&self, threads: Threads) -> Vec<Range<usize>> {
        let frames = &self.frames;
        let byte_of = |f: usize| frames.get(f).map_or_else(|| frames.last().map_or(0, |l| l.end), |frame| frame.start);
        threads.cut(frames.len(), byte_of, |f| f > 0 && frames[f].paragraph != frames[f - 1].paragraph)
    }
}

/// The frames of the text: runs of its sentences that no quote crosses,
/// each with its items, on the caller's thread.
pub fn build(text: &str, sentences: &[Sentence], quotes: &[QuoteSpan]) -> Frames {
    build_on(text, sentences, quotes, Threads::ONE)
}

/// [`build`], the sentences cut into parts on `threads`. Frames never cross
/// a paragraph's end, so each part starts a paragraph and is framed on its
/// own; its frames, joined in order, are the whole's.
pub fn build_on(text: &str, sentences: &[Sentence], quotes: &[QuoteSpan], threads: Threads) -> Frames {
    let start_of = |s: usize| sentences.get(s).map_or(text.len(), |sentence| sentence.start);
    let parts =
        threads.cut(sentences.len(), start_of, |s| s > 0 && sentences[s].paragraph != sentences[s - 1].paragraph);
    let mut built = threads.map(parts, |part| {
        // Quotes lie inside sentences: the part's are those from its start on.
        let first_quote = if part.start == 0 { 0 } else { quotes.partition_point(|q| q.start < start_of(part.start)) };
        (first_quote, build_part(text, &sentences[part], quotes, first_quote))
    });
    if built.len() == 1 {
        // One part (a short text, or one thread): its frames and places
        // are the whole's as they are, with no copy.
        let (_, (frames, mut of_quote, buffer)) = built.pop().expect("one part");
        of_quote.resize(quotes.len(), (0, 0));
        return Frames { frames, of_quote, buffers: vec![buffer] };
    }
    let mut frames = Vec::with_capacity(built.iter().map(|(_, (part, _, _))| part.len()).sum());
    let mut of_quote = vec![(0, 0); quotes.len()];
    let mut buffers = Vec::with_capacity(built.len());
    for (first_quote, (part_frames, places, buffer)) in built {
        let before = frames.len();
        for (place, &(frame, pos)) in of_quote[first_quote..].iter_mut().zip(&places) {
            *place = (before + frame, pos);
        }
        let index = buffers.len();
        frames.extend(part_frames.into_iter().map(|frame| Frame { buffer: index, ..frame }));
        buffers.push(buffer);
    }
    Frames { frames, of_quote, buffers }
}

/// Bytes of text per frame item a part's buffer is first made for: news has
/// about one item for five bytes, and four leaves a margin, so that the
/// buffer seldom grows (a text dense with quotes or punctuation may still
/// make it grow; what is never written costs no memory).
const BYTES_PER_ITEM: usize = 4;

/// The frames of `sentences`, the first of which starts a paragraph; for
/// the quotes from `first_quote` on that lie in them, in order, the frame
/// holding each (counted from the part's first) and its position; and the
/// buffer of their items.
fn build_part(
    text: &str,
    sentences: &[Sentence],
    quotes: &[QuoteSpan],
    first_quote: usize,
) -> (Vec<Frame>, Vec<(usize, usize)>, Vec<Item>) {
    let mut frames: Vec<Frame> = Vec::new();
    let mut of_quote = Vec::new();
    let mut next_quote = first_quote;
    // Room for the whole part's items at once, at one item for
    // [`BYTES_PER_ITEM`] bytes. Grown by doubling instead, the buffer of 5
    // MB of news passed through blocks of 12, 24 and 48 MB, each copied
    // into the next; the allocator mapped the large ones afresh on every
    // analysis, and the first writes to their pages (the copies and the
    // tokens) took nearly all of the page faults of 10 MB. One block of the
    // right size is kept by the allocator and handed back the next time.
    let bytes = sentences.last().map_or(0, |last| last.end - sentences[0].start);
    let mut items: Vec<Item> = Vec::with_capacity(bytes / BYTES_PER_ITEM);
    let mut i = 0;
    while i < sentences.len() {
        let first = sentences[i];
        let mut end = first.end;
        i += 1;
        // Take in following sentences while a quote crosses the frame's end:
        // while the furthest end of the paragraph's quotes that start before
        // it lies past it. The quotes are taken in once each as the frame
        // grows (asking all of them again for every sentence taken in made a
        // paragraph of `"a. "a. …` quadratic: 16 s for 800 KB).
        let mut seen = next_quote;
        let mut furthest = 0;
        loop {
            while let Some(q) = quotes.get(seen).filter(|q| q.start < end) {
                if q.paragraph == first.paragraph {
                    furthest = furthest.max(q.end);
                }
                seen += 1;
            }
            let crossing = furthest > end;
            match sentences.get(i) {
                Some(next) if crossing && next.paragraph == first.paragraph => {
                    end = next.end;
                    i += 1;
                }
                _ => break,
            }
        }
        // Items: the text between quotes as tokens, each quote as one item,
        // added to the part's buffer. Room for the frame's items is made
        // before they are pushed, should the part's room run out (the buffer
        // then grows at most by doubling, not item by item). Outside quotes,
        // news has about one item for five bytes; between dense quotes
        // (JSON: `"id":1,"n":2`) the bytes are mostly punctuation, one item
        // each, so there every byte is counted: such a part outruns the
        // room made for it at the start. What is never written costs no
        // memory.
        let (inside, count) = quotes[next_quote..]
            .iter()
            .take_while(|q| q.start < end)
            .fold((0, 0), |(bytes, count), q| (bytes + q.end.min(end) - q.start.max(first.start), count + 1));
        let outside = (end - first.start).saturating_sub(inside);
        let dense_quotes = outside < 8 * count;
        items.reserve(count + if dense_quotes { outside } else { outside / 5 } + 2);
        let items_start = items.len();
        let mut at = first.start;
        let frame_index = frames.len();
        let first_quote = next_quote;
        while let Some(quote) = quotes.get(next_quote).filter(|q| q.start < end) {
            if quote.start >= at {
                push_tokens(text, at, quote.start, &mut items);
            }
            of_quote.push((frame_index, items.len() - items_start));
            items.push(Item::Quote(next_quote));
            at = at.max(quote.end.min(end));
            next_quote += 1;
        }
        push_tokens(text, at, end, &mut items);
        // The frame's quotes are the ones just pushed, in order: no need to
        // look through its items for them.
        let titles = (first_quote..next_quote)
            .filter(|&q| {
                // Two words at least: a lone “Yes,” is more often speech. (The
                // title test first: it stops at the first word no title has,
                // where counting the words would read a long quote through.)
                let inner = &text[quotes[q].inner_start..quotes[q].inner_end];
                crate::quotes::looks_like_a_title(inner) && inner.split_whitespace().nth(1).is_some()
            })
            .collect();
        let items = items_start..items.len();
        frames.push(Frame { start: first.start, end, paragraph: first.paragraph, items, buffer: 0, titles });
    }
    (frames, of_quote, items)
}

/// The items of `text[start..end]`, none of them a quote.
pub fn items_of(text: &str, start: usize, end: usize) -> Vec<Item> {
    let mut items = Vec::new();
    push_tokens(text, start, end, &mut items);
    items
}

fn push_tokens(text: &str, start: usize, end: usize, items: &mut Vec<Item>) {
    if start >= end {
        return;
    }
    each_token(text, start, end, |t, word| items.push(if word { Item::Word(t) } else { Item::Punct(t) }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes;
    use crate::text::{paragraphs, sentences};

    fn frames(text: &str) -> (Frames, Vec<QuoteSpan>) {
        let paras = paragraphs::split(text);
        let sentences = sentences::split(text, &paras);
        let quotes = quotes::find(text, &paras);
        (build(text, &sentences, &quotes), quotes)
    }

    fn frame_spans(text: &str) -> Vec<&str> {
        frames(text).0.frames.iter().map(|f| &text[f.start..f.end]).collect()
    }

    #[test]
    fn a_quote_holding_a_full_stop_joins_its_sentences() {
        let text = "Before. “We will. We must,” she said. After.";
        assert_eq!(frame_spans(text), ["Before.", "“We will. We must,” she said.", "After."]);
        assert_eq!(frames(text).0.of_quote, [(1, 0)]);
    }

    #[test]
    fn a_frame_grows_while_an_earlier_quote_still_crosses_its_end() {
        // The first quote ends after the second sentence, the second quote
        // opens inside it and ends after the fourth: one frame of four.
        let text = "“Ships. Boats,” she said, “come. Go.” Then more. The end.";
        assert_eq!(frame_spans(text), ["“Ships. Boats,” she said, “come. Go.”", "Then more.", "The end."]);
        // A quote of the next paragraph takes in nothing of this one.
        assert_eq!(frame_spans("One. Two.\n“Three. Four.”"), ["One.", "Two.", "“Three. Four.”"]);
    }

    /// A frame as plain values: start, end, paragraph, items, titles.
    type Outline = (usize, usize, usize, Vec<Item>, Vec<usize>);

    /// Frames as plain values, to compare two framings of one text.
    fn outline(found: &Frames) -> Vec<Outline> {
        found.frames.iter().map(|f| (f.start, f.end, f.paragraph, found.items(f).to_vec(), f.titles.clone())).collect()
    }

    #[test]
    fn framing_in_parts_cuts_only_between_paragraphs() {
        // Paragraphs of sentences that quotes join: a cut between two of
        // its sentences would split a frame.
        let paragraph = "“We will. We must. We can,” she said. “Yes. No,” he said, “maybe. So.” ";
        let text = format!("{}\n{}\n{}", paragraph.repeat(40), paragraph.repeat(3), paragraph.repeat(40));
        let paras = paragraphs::split(&text);
        let sentences = sentences::split(&text, &paras);
        let quotes = quotes::find(&text, &paras);
        let whole = build(&text, &sentences, &quotes);
        for threads in 2..6 {
            let in_parts = build_on(&text, &sentences, &quotes, Threads::exactly(threads));
            assert_eq!(outline(&in_parts), outline(&whole), "{threads} threads");
            assert_eq!(in_parts.of_quote, whole.of_quote, "{threads} threads");
            // Parts of frames, as the later stages read them: each starts a
            // paragraph, so there are at most three.
            let parts = whole.parts(Threads::exactly(threads));
            assert!(parts.len() <= 3);
            for part in &parts[1..] {
                assert_ne!(whole.frames[part.start].paragraph, whole.frames[part.start - 1].paragraph);
            }
            assert_eq!(parts.last().unwrap().end, whole.frames.len());
        }
        assert_eq!(whole.parts(Threads::exactly(2)).len(), 2);
    }

    #[test]
    fn each_quote_is_one_item() {
        let text = "“One,” he said, “two.”";
        let (found, _) = frames(text);
        let items = found.items(&found.frames[0]);
        assert_eq!(items.len(), 5);
        assert_eq!(items[0], Item::Quote(0));
        assert!(items[1].word().is_some_and(|w| w.text(text) == "he"));
        assert!(items[3].is_punct(text, ","));
        assert_eq!(items[4], Item::Quote(1));
        assert_eq!(found.of_quote, [(0, 0), (0, 4)]);
    }
}
