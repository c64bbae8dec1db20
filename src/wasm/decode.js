// Turns an analysis packed by src/wasm/transfer.rs into the plain objects of
// its JSON form: the same fields in the same order, null for a missing value.
// The wasm module imports this file (wasm-bindgen copies it into pkg/snippets/):
// `analyze` decodes each analysis with decodeAnalysis, `analyzePacked` hands
// it on with ownPacked; transfer.rs documents the layout.
//
// The package also carries it as `article-analyzer/decode` (pkg/decode.js),
// for pages that analyze in a Web Worker: the worker calls `analyzePacked`
// and posts the two arrays' buffers as transferables, which move in no time,
// and the page calls `decodePacked`. Posting the decoded objects instead
// makes the page's thread copy them one by one on arrival: about 650 ms for
// the analysis of 20 MB, a frozen page.

/**
 * A packed analysis that owns its arrays, so that their buffers can be
 * transferred: the wasm module's `analyzePacked` returns this.
 * @param {Uint32Array} words a view of the module's memory
 * @param {Float64Array} confidences a view of the module's memory
 * @param {string} strings
 * @returns {{words: Uint32Array, confidences: Float64Array, strings: string}}
 */
export function ownPacked(words, confidences, strings) {
  return { words: words.slice(), confidences: confidences.slice(), strings };
}

/**
 * The Analysis of a packed one, as `analyze` returns it.
 * @param {{words: Uint32Array, confidences: Float64Array, strings: string}} packed
 * @returns {object} the Analysis
 */
export function decodePacked({ words, confidences, strings }) {
  return decodeAnalysis(words, confidences, strings);
}

/** A missing value: no offset or index reaches it. */
const NONE = 0xffffffff;

// Names of the kinds, indexed by the numbers transfer.rs gives them; they are
// the names serde gives the variants in the JSON form.
const PARAGRAPH_KINDS = ['title', 'byline', 'body', 'caption', 'boilerplate'];
const QUOTE_KINDS = ['direct', 'indirect'];
const UNATTRIBUTED = ['scare-quote', 'title', 'not-stated'];
const SPEAKER_KINDS = ['person', 'organisation', 'unnamed'];

/**
 * @param {Uint32Array} words numbers and choices, in transfer.rs's order
 * @param {Float64Array} confidences each quote's confidence
 * @param {string} strings quote texts, then speaker names and roles
 * @returns {object} the Analysis
 */
export function decodeAnalysis(words, confidences, strings) {
  let at = 5;
  let stringAt = 0;
  const string = (units) => strings.slice(stringAt, (stringAt += units));
  const span = () => {
    const start = words[at];
    const end = words[at + 1];
    at += 2;
    return start === NONE ? null : { start, end };
  };
  const spans = () => {
    const list = [];
    for (let count = words[at++]; list.length < count;) list.push(span());
    return list;
  };
  const orNull = (word) => (word === NONE ? null : word);

  // Arrays grow by push, not `new Array(n)`: V8 keeps them packed (no
  // holes), the fastest kind for the code that reads them.
  const paragraphs = [];
  for (; paragraphs.length < words[1]; at += 3) {
    paragraphs.push({ start: words[at], end: words[at + 1], kind: PARAGRAPH_KINDS[words[at + 2]] });
  }
  const sentences = [];
  for (; sentences.length < words[2]; at += 3) {
    sentences.push({ start: words[at], end: words[at + 1], paragraph: words[at + 2] });
  }
  const quotes = [];
  for (let i = 0; i < words[3]; i += 1) {
    const start = words[at];
    const end = words[at + 1];
    const kind = QUOTE_KINDS[words[at + 2]];
    const text = string(words[at + 3]);
    const paragraph = words[at + 4];
    const speaker = orNull(words[at + 5]);
    at += 6;
    const source = span();
    const cue = span();
    const unattributed = words[at] === NONE ? null : UNATTRIBUTED[words[at]];
    const outsideArticle = words[at + 1] === 1;
    at += 2;
    const clause = span();
    const nested = spans();
    quotes.push({
      start,
      end,
      kind,
      text,
      paragraph,
      speaker,
      source,
      cue,
      // (A confidence that is not a number is null in JSON.)
      confidence: Number.isFinite(confidences[i]) ? confidences[i] : null,
      unattributed,
      nested,
      outside_article: outsideArticle,
      clause,
    });
  }
  const speakers = [];
  while (speakers.length < words[4]) {
    const nameUnits = words[at];
    const kind = SPEAKER_KINDS[words[at + 1]];
    const roleUnits = words[at + 2];
    const outsideArticle = words[at + 3] === 1;
    at += 4;
    const mentions = spans();
    const quoteIndices = Array.from(words.subarray(at + 1, at + 1 + words[at]));
    at += 1 + quoteIndices.length;
    const name = string(nameUnits);
    const role = roleUnits === NONE ? null : string(roleUnits);
    speakers.push({ name, kind, role, mentions, quotes: quoteIndices, outside_article: outsideArticle });
  }
  return { version: words[0], paragraphs, sentences, quotes, speakers };
}
