// Renders an analysis: the article with every quote highlighted in its
// speaker's colour, and the list of speakers. Reusable on any page: it needs
// only the text, the analysis the wasm module returned, and elements to fill.
//
// Pasted text is untrusted, so it only ever enters the page as text nodes
// (document.createTextNode / textContent), never as HTML.
//
// Offsets in the analysis are UTF-16 code units, which is what String.slice
// takes, so slicing the text is exact for any input.

/** Why a quote has no speaker, in words. */
const UNATTRIBUTED = {
  'scare-quote': 'words held at a distance',
  title: 'a title or name',
  'not-stated': 'the text does not say who said it',
};

/** How many distinct speaker colours the stylesheet defines (--speaker-0 ...). */
export const SPEAKER_COLOURS = 8;

/**
 * Puts the analyzed article into `container`, replacing what was there.
 * Each paragraph becomes an element; each quote a `<mark>` with
 * `data-quote` (its index in analysis.quotes) and `data-speaker` (the
 * speaker's name, empty when none); each source mention a `<span
 * class="mention">`.
 */
export function render(container, text, analysis, options = {}) {
  const doc = container.ownerDocument;
  const fragment = doc.createDocumentFragment();
  const spansByParagraph = groupSpans(analysis);
  analysis.paragraphs.forEach((paragraph, index) => {
    const element = doc.createElement(paragraph.kind === 'title' ? 'h3' : 'p');
    element.className = `paragraph paragraph-${paragraph.kind}`;
    element.dataset.kind = paragraph.kind;
    const spans = spansByParagraph.get(index) ?? [];
    appendSpans(element, text, paragraph.start, paragraph.end, spans, analysis, options);
    fragment.append(element);
  });
  container.replaceChildren(fragment);
}

/** Fills `list` with one item per speaker, most quoted first. */
export function renderSpeakers(list, analysis) {
  const doc = list.ownerDocument;
  // Speakers quoted only in boilerplate or captions are not the article's.
  const order = analysis.speakers
    .map((speaker, index) => ({ speaker, index }))
    .filter(({ speaker }) => !speaker.outside_article)
    .sort((a, b) => b.speaker.quotes.length - a.speaker.quotes.length || a.index - b.index);
  const items = order.map(({ speaker, index }) => {
    const item = doc.createElement('li');
    item.className = `speaker ${colourClass(index)}`;
    item.dataset.speaker = speaker.name;
    const swatch = doc.createElement('span');
    swatch.className = 'swatch';
    swatch.setAttribute('aria-hidden', 'true');
    const name = doc.createElement('span');
    name.className = 'speaker-name';
    name.textContent = speaker.name;
    if (speaker.role) {
      const role = doc.createElement('span');
      role.className = 'speaker-role';
      role.textContent = speaker.role;
      name.append(doc.createElement('br'), role);
    }
    const count = doc.createElement('span');
    count.className = 'speaker-count';
    const n = speaker.quotes.length;
    count.textContent = `${n} ${n === 1 ? 'quote' : 'quotes'}`;
    item.append(swatch, name, count);
    return item;
  });
  list.replaceChildren(...items);
}

/** The CSS class that gives speaker `index` its colour. */
export function colourClass(index) {
  return index == null ? 'speaker-none' : `speaker-c${index % SPEAKER_COLOURS}`;
}

// Quotes and source mentions, grouped by the paragraph that holds them. A
// mention is found through its quote's paragraph or, for mentions in other
// paragraphs, by position.
function groupSpans(analysis) {
  const byParagraph = new Map();
  const paragraphOf = makeParagraphFinder(analysis.paragraphs);
  const add = (span) => {
    const index = paragraphOf(span.start);
    if (index < 0) return;
    if (!byParagraph.has(index)) byParagraph.set(index, []);
    byParagraph.get(index).push(span);
  };
  analysis.quotes.forEach((quote, index) => add({ start: quote.start, end: quote.end, quote, index }));
  analysis.speakers.forEach((speaker, index) => {
    for (const mention of speaker.mentions) add({ start: mention.start, end: mention.end, mention: index });
  });
  for (const spans of byParagraph.values()) {
    // Outer spans before the spans they hold: by start, then longest first.
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  return byParagraph;
}

function makeParagraphFinder(paragraphs) {
  return (offset) => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < paragraphs[mid].start) hi = mid - 1;
      else if (offset >= paragraphs[mid].end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
}

// Appends text[start, end) to `parent`, wrapping the spans (sorted, outer
// first) in elements and nesting those that lie inside another. A span that
// would cross its parent's end is cut there, so the text is never lost or
// repeated.
function appendSpans(parent, text, start, end, spans, analysis, options) {
  let at = start;
  let i = 0;
  while (i < spans.length) {
    const span = spans[i];
    const spanStart = Math.max(span.start, at);
    const spanEnd = Math.min(span.end, end);
    // Everything that starts inside this span nests inside it.
    let j = i + 1;
    while (j < spans.length && spans[j].start < spanEnd) j += 1;
    if (spanStart < spanEnd) {
      if (spanStart > at) parent.append(text.slice(at, spanStart));
      const element = spanElement(parent.ownerDocument, span, analysis, options);
      appendSpans(element, text, spanStart, spanEnd, spans.slice(i + 1, j), analysis, options);
      parent.append(element);
      at = spanEnd;
    }
    i = j;
  }
  if (at < end) parent.append(text.slice(at, end));
}

function spanElement(doc, span, analysis, options) {
  if (span.quote) {
    const quote = span.quote;
    const speaker = quote.speaker == null ? null : analysis.speakers[quote.speaker];
    const element = doc.createElement('mark');
    element.className = `quote quote-${quote.kind} ${colourClass(quote.speaker)}`;
    element.dataset.quote = String(span.index);
    element.dataset.speaker = speaker ? speaker.name : '';
    element.tabIndex = 0;
    element.title = speaker
      ? `${speaker.name} (confidence ${Math.round(quote.confidence * 100)}%)`
      : `No speaker: ${UNATTRIBUTED[quote.unattributed] ?? 'none found'}`;
    if (options.onQuote) element.addEventListener('click', () => options.onQuote(span.index));
    return element;
  }
  const element = doc.createElement('span');
  element.className = `mention ${colourClass(span.mention)}`;
  element.dataset.mention = String(span.mention);
  return element;
}
