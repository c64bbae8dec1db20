// <quote-highlighter>: a custom element for sites that want to write no code.
// Its text (or the plain-text file its `src` attribute names) is analyzed and
// shown in its place, every quote highlighted in its speaker's colour:
//
//   <script type="module" src="quote-highlighter.js"></script>
//   <quote-highlighter speakers>
//     “We will reopen the port within a week,” said Elena Novak.
//   </quote-highlighter>
//
// Attributes: `src` (a text file to analyze instead of the content),
// `speakers` (list the speakers above the article; choosing one picks out
// their quotes), `no-card` (no card explaining a quote on hover and focus).
// Events, all bubbling from the element: `analyzed` ({ text, analysis }),
// `analysis-error` ({ error }), and from the renderer `quote-select`
// ({ index, quote, speaker }) and `speaker-select` ({ index, speaker }).
// Properties: `analysis` and `text` (the latest, or null), `chooseSpeaker(i)`,
// `refresh()`. The README's "Embedding" section documents them all.
//
// It draws into an open shadow root styled by render.css, so that neither the
// site's CSS nor its own leak across; a site themes it with custom properties
// (--speaker-0 ...) and ::part(). Until the analysis is drawn (or should it
// fail) the element's own text shows as it is.
//
// The text is untrusted: it is read as text, never as markup, and drawn only
// as text nodes.

import init, { analyze } from '../pkg/article_analyzer.js';
import { focusSpeaker, render, renderSpeakers } from './render.js';

const STYLESHEET = new URL('./render.css', import.meta.url).href;

/** Elements whose text is not part of an article written inside the element. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

// One instance of the wasm module serves every element on the page (and the
// page's own calls, if it imports the analyzer too: init() runs once).
let loading = null;
function loadAnalyzer() {
  loading ??= init().then(() => analyze, (error) => {
    loading = null; // Let a later element try again.
    throw error;
  });
  return loading;
}

/**
 * The text written inside `element`, as a text file would have it: text
 * directly inside keeps its lines (each non-blank line a paragraph); each
 * child element (<p>, <h1>, <blockquote> ...) becomes one paragraph, its
 * white space collapsed as a browser would show it.
 */
export function sourceText(element) {
  const parts = [];
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.data);
    else if (node.nodeType === Node.ELEMENT_NODE && !NOT_TEXT.has(node.tagName)) {
      parts.push(`\n${node.textContent.replace(/\s+/g, ' ').trim()}\n`);
    }
  }
  return parts.join('');
}

export class QuoteHighlighter extends HTMLElement {
  static observedAttributes = ['src', 'speakers', 'no-card'];

  #view;
  #list;
  #message;
  #slot;
  #observer;
  #generation = 0;
  #queued = false;
  #text = null;
  #analysis = null;
  #chosen = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const make = (tag, part, className) => {
      const element = document.createElement(tag);
      element.setAttribute('part', part);
      if (className) element.className = className;
      return element;
    };
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = STYLESHEET;
    this.#message = make('p', 'message');
    this.#message.setAttribute('role', 'status');
    this.#message.hidden = true;
    this.#list = make('ul', 'speakers', 'speaker-list');
    this.#list.setAttribute('aria-label', 'Speakers, most quoted first');
    this.#list.hidden = true;
    this.#view = make('div', 'article', 'analysis-view');
    this.#slot = document.createElement('slot'); // The raw text, until the analysis is drawn.
    root.append(link, this.#message, this.#list, this.#view, this.#slot);
    this.#list.addEventListener('speaker-select', ({ detail }) => {
      this.chooseSpeaker(this.#chosen === detail.index ? null : detail.index);
    });
    // Text written or changed inside the element (not when src names a file).
    this.#observer = new MutationObserver(() => {
      if (!this.hasAttribute('src')) this.#queue();
    });
  }

  /** The latest analysis drawn, or null. */
  get analysis() {
    return this.#analysis;
  }

  /** The text of the latest analysis drawn, or null. */
  get text() {
    return this.#text;
  }

  connectedCallback() {
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.#queue();
  }

  disconnectedCallback() {
    this.#observer.disconnect();
  }

  attributeChangedCallback(name, previous, value) {
    if (previous === value) return;
    if (name === 'src') this.#queue();
    else if (this.#analysis) this.#draw();
  }

  /** Reads the text (or fetches `src`) again and analyzes it. */
  refresh() {
    return this.#update();
  }

  /**
   * Picks out the quotes of speaker `index` (into analysis.speakers) as the
   * speaker list does, or shows all again when `index` is null.
   */
  chooseSpeaker(index) {
    if (!this.#analysis) return;
    this.#chosen = index ?? null;
    focusSpeaker(this.#view, this.#chosen);
    for (const button of this.#list.querySelectorAll('button[data-index]')) {
      button.setAttribute('aria-pressed', String(Number(button.dataset.index) === this.#chosen));
    }
  }

  // Several changes in one task (the parser adding text, attributes set one
  // by one) make one analysis.
  #queue() {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (this.isConnected) this.#update();
    });
  }

  async #update() {
    const generation = ++this.#generation;
    this.setAttribute('aria-busy', 'true');
    try {
      const src = this.getAttribute('src');
      const text = src == null ? sourceText(this) : await this.#fetchText(src);
      const analyzeText = await loadAnalyzer();
      if (generation !== this.#generation) return; // Overtaken by a newer change.
      const analysis = analyzeText(text);
      this.#text = text;
      this.#analysis = analysis;
      this.#draw();
      this.#say(null);
      this.removeAttribute('aria-busy');
      this.dispatchEvent(new CustomEvent('analyzed', { bubbles: true, detail: { text, analysis } }));
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#say(`The article could not be analyzed: ${error?.message ?? error}`);
      this.removeAttribute('aria-busy');
      this.dispatchEvent(new CustomEvent('analysis-error', { bubbles: true, detail: { error } }));
    }
  }

  async #fetchText(src) {
    const response = await fetch(new URL(src, this.baseURI));
    if (!response.ok) throw new Error(`${src}: ${response.status} ${response.statusText}`.trim());
    return response.text();
  }

  #draw() {
    render(this.#view, this.#text, this.#analysis, { card: !this.hasAttribute('no-card') });
    if (this.hasAttribute('speakers')) {
      renderSpeakers(this.#list, this.#analysis);
      this.#list.hidden = false;
    } else {
      this.#list.replaceChildren();
      this.#list.hidden = true;
    }
    this.#chosen = null;
    this.#slot.hidden = true;
  }

  #say(message) {
    this.#message.textContent = message ?? '';
    this.#message.hidden = message == null;
    // On failure the element's own text shows again, unanalyzed.
    if (message != null && !this.#analysis) this.#slot.hidden = false;
  }
}

if (!customElements.get('quote-highlighter')) customElements.define('quote-highlighter', QuoteHighlighter);
