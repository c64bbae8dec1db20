// Renders an analysis: the article with every quote highlighted in its
// speaker's colour, the speakers, a summary, and a card that explains a
// quote. Reusable on any page: it needs only the text, the analysis the wasm
// module returned, and elements to fill; render.css beside it styles what it
// draws (the README's "Embedding" section has the API; render.d.ts the types).
//
// A page learns what its reader chooses from events that bubble (and cross a
// shadow root): `quote-select` on the container, `speaker-select` on the
// speaker list, each with the quote or speaker in `event.detail`.
//
// Pasted text is untrusted, so it only ever enters the page as text nodes
// (append(string), textContent), never as HTML.
//
// Offsets in the analysis are UTF-16 code units, which is what String.slice
// takes, so slicing the text is exact for any input.

/** How many distinct speaker colours the stylesheet defines (--speaker-0 ...). */
export const SPEAKER_COLOURS = 8;

/** Why a quote has no speaker, in words. */
const UNATTRIBUTED = {
  'scare-quote': 'words held at a distance, not speech',
  title: 'a title or a name, not speech',
  'not-stated': 'the text does not say who said it',
};

/** Paragraphs drawn per animation frame when rendering progressively. */
const PARAGRAPHS_PER_FRAME = 400;

/** The CSS class that gives speaker `index` its colour. */
export function colourClass(index) {
  return index == null ? 'speaker-none' : `speaker-c${index % SPEAKER_COLOURS}`;
}

/** "Elena Novak" -> "EN": shown on each quote so colour is not the only cue. */
export function initialsOf(name) {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const letters = (words.length ? words : name.split(/\s+/)).map((w) => w[0]).join('');
  return letters.slice(0, 3).toUpperCase();
}

/**
 * Puts the analyzed article into `container`, replacing what was there.
 * Each paragraph becomes an element; each quote a `<mark>` with
 * `data-quote` (its index in analysis.quotes) and `data-speaker` (the
 * speaker's name, empty when none); each source mention a `<span
 * class="mention">`. Runs of paragraphs that are not the article
 * (boilerplate, captions) are dimmed in a collapsed `<details>`.
 *
 * Options: `card` (default true) explains a quote on hover and focus;
 * `onQuote(index)` is called when a quote is chosen (click or Enter), as is
 * every listener of the `quote-select` event the container then dispatches,
 * whose detail is `{ index, quote, speaker }` (speaker null when none).
 */
export function render(container, text, analysis, options = {}) {
  const doc = container.ownerDocument;
  const fragment = doc.createDocumentFragment();
  appendParagraphs(fragment, doc, text, analysis, spansByParagraph(analysis), 0, analysis.paragraphs.length);
  container.replaceChildren(fragment);
  setUp(container, text, analysis, options);
  container.__drawn = null;
}

/**
 * Like render, a batch of paragraphs per animation frame, so that a very
 * long article never blocks the page; with `options.limit`, only that many
 * paragraphs at first (renderMore draws more). Resolves true when done;
 * stops (and resolves false) when `options.signal` aborts.
 */
export async function renderProgressively(container, text, analysis, options = {}) {
  container.replaceChildren();
  setUp(container, text, analysis, options);
  container.__drawn = { spans: spansByParagraph(analysis), next: 0 };
  return renderMore(container, options.limit ?? analysis.paragraphs.length, options);
}

/** How many paragraphs of the analysis are not drawn yet. */
export function paragraphsLeft(container) {
  const drawn = container.__drawn;
  return drawn ? container.__analysis.analysis.paragraphs.length - drawn.next : 0;
}

/** Draws up to `count` more paragraphs after those already drawn. */
export async function renderMore(container, count, options = {}) {
  const doc = container.ownerDocument;
  const { text, analysis } = container.__analysis;
  const drawn = container.__drawn;
  const total = Math.min(analysis.paragraphs.length, drawn.next + count);
  while (drawn.next < total) {
    if (options.signal?.aborted) return false;
    const to = Math.min(total, drawn.next + PARAGRAPHS_PER_FRAME);
    const fragment = doc.createDocumentFragment();
    appendParagraphs(fragment, doc, text, analysis, drawn.spans, drawn.next, to);
    container.append(fragment);
    drawn.next = to;
    options.onProgress?.(to, analysis.paragraphs.length);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return !options.signal?.aborted;
}

function setUp(container, text, analysis, options) {
  container.classList.add('analysis-view');
  container.__analysis = { text, analysis };
  if (options.card !== false) attachCard(container);
  if (!container.__quoteHandler) {
    const choose = (event) => {
      const mark = event.target.closest?.('mark[data-quote]');
      if (!mark || !container.contains(mark)) return;
      if (event.type === 'keydown' && event.key !== 'Enter' && event.key !== ' ') return;
      if (event.type === 'keydown') event.preventDefault();
      const index = Number(mark.dataset.quote);
      const { analysis: current } = container.__analysis;
      const quote = current.quotes[index];
      container.__onQuote?.(index);
      const speaker = quote?.speaker == null ? null : current.speakers[quote.speaker] ?? null;
      container.dispatchEvent(new CustomEvent('quote-select', {
        bubbles: true, composed: true, detail: { index, quote, speaker },
      }));
    };
    container.addEventListener('click', choose);
    container.addEventListener('keydown', choose);
    container.__quoteHandler = choose;
  }
  container.__onQuote = options.onQuote;
}

function appendParagraphs(parent, doc, text, analysis, spans, from, to) {
  let outside = parent.lastElementChild?.matches?.('details.outside-article') ? parent.lastElementChild : null;
  for (let index = from; index < to; index += 1) {
    const paragraph = analysis.paragraphs[index];
    const element = doc.createElement(paragraph.kind === 'title' ? 'h3' : 'p');
    element.className = `paragraph paragraph-${paragraph.kind}`;
    // Part names let a page style what <quote-highlighter> draws in its shadow root.
    element.setAttribute('part', `paragraph paragraph-${paragraph.kind}`);
    element.dataset.kind = paragraph.kind;
    element.dataset.paragraph = String(index);
    appendSpans(element, text, paragraph.start, paragraph.end, spans.get(index) ?? [], analysis);
    if (paragraph.kind === 'boilerplate' || paragraph.kind === 'caption') {
      if (!outside) {
        outside = doc.createElement('details');
        outside.className = 'outside-article';
        const summary = doc.createElement('summary');
        summary.className = 'outside-summary';
        outside.append(summary);
        parent.append(outside);
      }
      outside.append(element);
      const count = outside.querySelectorAll('.paragraph').length;
      outside.firstElementChild.textContent = `${count} ${count === 1 ? 'line' : 'lines'} not part of the article`;
    } else {
      outside = null;
      parent.append(element);
    }
  }
}

// Quotes and source mentions by paragraph, outer spans before the spans
// they hold.
function spansByParagraph(analysis) {
  const byParagraph = new Map();
  const paragraphOf = makeParagraphFinder(analysis.paragraphs);
  const add = (span, index = paragraphOf(span.start)) => {
    if (index < 0) return;
    if (!byParagraph.has(index)) byParagraph.set(index, []);
    byParagraph.get(index).push(span);
  };
  analysis.quotes.forEach((quote, index) => {
    add({ start: quote.start, end: quote.end, quote, index }, quote.paragraph);
    // A mixed quote's reported clause, drawn around the quote like reported speech.
    if (quote.clause) add({ start: quote.clause.start, end: quote.clause.end, clause: quote, index }, quote.paragraph);
  });
  analysis.speakers.forEach((speaker, index) => {
    for (const mention of speaker.mentions) add({ start: mention.start, end: mention.end, mention: index });
  });
  for (const spans of byParagraph.values()) spans.sort((a, b) => a.start - b.start || b.end - a.end);
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
function appendSpans(parent, text, start, end, spans, analysis) {
  let at = start;
  let i = 0;
  while (i < spans.length) {
    const span = spans[i];
    const spanStart = Math.max(span.start, at);
    const spanEnd = Math.min(span.end, end);
    let j = i + 1;
    while (j < spans.length && spans[j].start < spanEnd) j += 1;
    if (spanStart < spanEnd) {
      if (spanStart > at) parent.append(text.slice(at, spanStart));
      const element = spanElement(parent.ownerDocument, span, analysis);
      appendSpans(element, text, spanStart, spanEnd, spans.slice(i + 1, j), analysis);
      parent.append(element);
      at = spanEnd;
    }
    i = j;
  }
  if (at < end) parent.append(text.slice(at, end));
}

function spanElement(doc, span, analysis) {
  if (span.quote) {
    const quote = span.quote;
    const speaker = quote.speaker == null ? null : analysis.speakers[quote.speaker];
    const element = doc.createElement('mark');
    element.className = `quote quote-${quote.kind} ${colourClass(quote.speaker)}`;
    element.setAttribute('part', `quote quote-${quote.kind}${speaker ? '' : ' quote-unattributed'}`);
    element.dataset.quote = String(span.index);
    element.dataset.speaker = speaker ? speaker.name : '';
    element.dataset.initials = speaker ? initialsOf(speaker.name) : '?';
    element.tabIndex = 0;
    element.setAttribute('role', 'button');
    element.setAttribute(
      'aria-label',
      speaker ? `Quote by ${speaker.name}` : `Quote with no speaker: ${UNATTRIBUTED[quote.unattributed] ?? 'none found'}`,
    );
    return element;
  }
  if (span.clause) {
    const element = doc.createElement('span');
    element.className = `quote-clause ${colourClass(span.clause.speaker)}`;
    element.setAttribute('part', 'quote-clause');
    element.dataset.clauseOf = String(span.index);
    return element;
  }
  const element = doc.createElement('span');
  element.className = `mention ${colourClass(span.mention)}`;
  element.setAttribute('part', 'mention');
  element.dataset.mention = String(span.mention);
  element.dataset.start = String(span.start);
  return element;
}

// ---------------------------------------------------------------- the card

/** Explains a quote on hover and focus: speaker, cue, mention, confidence. */
function attachCard(container) {
  if (container.__card) return;
  const doc = container.ownerDocument;
  const card = doc.createElement('div');
  card.className = 'quote-card';
  card.setAttribute('part', 'card');
  card.id = `quote-card-${Math.random().toString(36).slice(2)}`;
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  container.__card = card;
  let shownFor = null;
  const show = (mark) => {
    const { text, analysis } = container.__analysis;
    const quote = analysis.quotes[Number(mark.dataset.quote)];
    if (!quote) return;
    hide();
    card.replaceChildren(...cardLines(doc, text, analysis, quote));
    card.hidden = false;
    if (!card.isConnected) container.append(card);
    const box = mark.getBoundingClientRect();
    const frame = container.getBoundingClientRect();
    card.style.top = `${box.bottom - frame.top + container.scrollTop + 6}px`;
    card.style.left = `${Math.max(0, Math.min(box.left - frame.left, frame.width - 280))}px`;
    mark.setAttribute('aria-describedby', card.id);
    if (quote.source) {
      const mention = container.querySelector(`.mention[data-start="${quote.source.start}"]`);
      mention?.classList.add('mention-active');
    }
    shownFor = mark;
  };
  const hide = () => {
    if (!shownFor) return;
    shownFor.removeAttribute('aria-describedby');
    container.querySelectorAll('.mention-active').forEach((m) => m.classList.remove('mention-active'));
    card.hidden = true;
    shownFor = null;
  };
  const markOf = (event) => {
    const mark = event.target.closest?.('mark[data-quote]');
    return mark && container.contains(mark) ? mark : null;
  };
  container.addEventListener('mouseover', (event) => { const m = markOf(event); if (m && m !== shownFor) show(m); });
  container.addEventListener('mouseout', (event) => { if (markOf(event) && !markOf({ target: event.relatedTarget ?? container })) hide(); });
  container.addEventListener('focusin', (event) => { const m = markOf(event); if (m) show(m); });
  container.addEventListener('focusout', (event) => { if (markOf(event)) hide(); });
  container.addEventListener('keydown', (event) => { if (event.key === 'Escape') hide(); });
}

function cardLines(doc, text, analysis, quote) {
  const line = (label, value, className) => {
    const row = doc.createElement('div');
    row.className = `card-row ${className}`;
    const term = doc.createElement('span');
    term.className = 'card-label';
    term.textContent = label;
    const detail = doc.createElement('span');
    detail.className = 'card-value';
    detail.textContent = value;
    row.append(term, detail);
    return row;
  };
  const speaker = quote.speaker == null ? null : analysis.speakers[quote.speaker];
  if (!speaker) {
    return [line('Speaker', 'none', 'card-speaker'), line('Why', UNATTRIBUTED[quote.unattributed] ?? 'none found', 'card-why')];
  }
  const rows = [line('Speaker', speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name, 'card-speaker')];
  if (quote.cue) rows.push(line('Cue', text.slice(quote.cue.start, quote.cue.end), 'card-cue'));
  if (quote.source) rows.push(line('Via', text.slice(quote.source.start, quote.source.end), 'card-source'));
  rows.push(line('Confidence', `${Math.round(quote.confidence * 100)}%`, 'card-confidence'));
  return rows;
}

// ---------------------------------------------------------------- speakers

/** Number of words in a string. */
function wordCount(s) {
  const m = s.match(/\S+/g);
  return m ? m.length : 0;
}

/**
 * The article's speakers (not those quoted only outside it), most quoted
 * first, each with their share of the quoted words.
 */
export function articleSpeakers(analysis) {
  const inArticle = analysis.quotes.filter((q) => !q.outside_article);
  const quotedWords = inArticle.reduce((n, q) => n + wordCount(q.text), 0) || 1;
  return analysis.speakers
    .map((speaker, index) => {
      const own = speaker.quotes.filter((q) => !analysis.quotes[q].outside_article);
      const words = own.reduce((n, q) => n + wordCount(analysis.quotes[q].text), 0);
      return { speaker, index, quotes: own, share: words / quotedWords };
    })
    .filter((s) => !s.speaker.outside_article && s.quotes.length > 0)
    .sort((a, b) => b.quotes.length - a.quotes.length || b.share - a.share || a.index - b.index);
}

/**
 * Fills `list` with one item per speaker of the article: a toggle button
 * (`data-speaker`, aria-pressed) with the speaker's colour, initials, name,
 * role, number of quotes and share of the quoted words. Choosing one
 * dispatches `speaker-select` on the list, with detail `{ index, speaker }`
 * (index into analysis.speakers); what it then does (focusSpeaker, say) is
 * the page's to decide.
 */
export function renderSpeakers(list, analysis) {
  const doc = list.ownerDocument;
  list.__speakersOf = analysis;
  if (!list.__speakerHandler) {
    list.__speakerHandler = (event) => {
      const button = event.target.closest?.('button[data-index]');
      if (!button || !list.contains(button)) return;
      const index = Number(button.dataset.index);
      list.dispatchEvent(new CustomEvent('speaker-select', {
        bubbles: true, composed: true, detail: { index, speaker: list.__speakersOf.speakers[index] },
      }));
    };
    list.addEventListener('click', list.__speakerHandler);
  }
  const items = articleSpeakers(analysis).map(({ speaker, index, quotes, share }) => {
    const item = doc.createElement('li');
    item.className = `speaker ${colourClass(index)}`;
    item.setAttribute('part', 'speaker');
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'speaker-button';
    button.dataset.speaker = speaker.name;
    button.dataset.index = String(index);
    button.setAttribute('aria-pressed', 'false');
    const swatch = doc.createElement('span');
    swatch.className = 'swatch';
    swatch.setAttribute('aria-hidden', 'true');
    swatch.textContent = initialsOf(speaker.name);
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
    const n = quotes.length;
    count.textContent = `${n} ${n === 1 ? 'quote' : 'quotes'}`;
    const shareText = doc.createElement('span');
    shareText.className = 'speaker-share';
    shareText.textContent = `${Math.round(share * 100)}% of quoted words`;
    const numbers = doc.createElement('span');
    numbers.className = 'speaker-numbers';
    numbers.append(count, shareText);
    button.append(swatch, name, numbers);
    item.append(button);
    return item;
  });
  list.replaceChildren(...items);
}

/**
 * Focuses one speaker's quotes in a rendered article (the others fade), or
 * clears the focus when `speakerIndex` is null. Returns their marks in order.
 */
export function focusSpeaker(container, speakerIndex) {
  container.querySelectorAll('mark.focused').forEach((m) => m.classList.remove('focused'));
  if (speakerIndex == null) {
    delete container.dataset.focusSpeaker;
    return [];
  }
  container.dataset.focusSpeaker = String(speakerIndex);
  const { analysis } = container.__analysis;
  const name = analysis.speakers[speakerIndex]?.name ?? '';
  const marks = [...container.querySelectorAll('mark[data-quote]')].filter(
    (m) => analysis.quotes[Number(m.dataset.quote)]?.speaker === speakerIndex && m.dataset.speaker === name,
  );
  marks.forEach((m) => m.classList.add('focused'));
  return marks;
}

// ---------------------------------------------------------------- summary and export

/** Counts for the summary line. */
export function summarize(text, analysis) {
  const article = analysis.paragraphs.filter((p) => p.kind !== 'boilerplate' && p.kind !== 'caption');
  const articleChars = article.reduce((n, p) => n + (p.end - p.start), 0);
  const inArticle = analysis.quotes.filter((q) => !q.outside_article);
  // Quotes are the words in quotation marks; reported speech is counted apart.
  const quotes = inArticle.filter((q) => q.kind !== 'indirect');
  const quotedChars = quotes.reduce((n, q) => n + (q.end - q.start), 0);
  return {
    paragraphs: analysis.paragraphs.length,
    quotes: quotes.length,
    reported: inArticle.length - quotes.length,
    speakers: articleSpeakers(analysis).length,
    quotedShare: articleChars ? Math.min(1, quotedChars / articleChars) : 0,
    unattributed: quotes.filter((q) => q.speaker == null).length,
  };
}

/** Fills `element` with the summary as a list of labelled figures. */
export function renderSummary(element, summary) {
  const doc = element.ownerDocument;
  const figure = (label, value, key) => {
    const item = doc.createElement('li');
    item.dataset.figure = key;
    const number = doc.createElement('strong');
    number.textContent = value;
    item.append(number, ` ${label}`);
    return item;
  };
  const plural = (n, one, many) => (n === 1 ? one : many);
  element.replaceChildren(
    figure(plural(summary.paragraphs, 'paragraph', 'paragraphs'), String(summary.paragraphs), 'paragraphs'),
    figure(plural(summary.quotes, 'quote', 'quotes'), String(summary.quotes), 'quotes'),
    figure('reported without quotation marks', String(summary.reported ?? 0), 'reported'),
    figure(plural(summary.speakers, 'speaker', 'speakers'), String(summary.speakers), 'speakers'),
    figure('of the article quoted', `${Math.round(summary.quotedShare * 100)}%`, 'quoted'),
    figure(plural(summary.unattributed, 'quote without a speaker', 'quotes without a speaker'), String(summary.unattributed), 'unattributed'),
  );
}

/** The quotes as CSV: speaker, quote, paragraph (numbered from 1), kind (direct or indirect). */
export function quotesCsv(analysis) {
  const cell = (value) => {
    const s = String(value);
    // Quote every cell; a leading = + - @ is defused so spreadsheets do not
    // run pasted text as a formula.
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return `"${safe.replaceAll('"', '""')}"`;
  };
  const rows = [['speaker', 'quote', 'paragraph', 'kind'].map(cell).join(',')];
  for (const quote of analysis.quotes) {
    const speaker = quote.speaker == null ? '' : analysis.speakers[quote.speaker].name;
    rows.push([speaker, quote.text, quote.paragraph + 1, quote.kind].map(cell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
