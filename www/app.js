// The page: analyzes what is pasted, typed or dropped into the text area in a
// Web Worker (so a large paste never freezes the page) and shows it with the
// reusable renderer in render.js.

import {
  focusSpeaker, paragraphsLeft, quotesCsv, render, renderMore, renderProgressively, renderSpeakers, renderSummary,
  summarize,
} from './render.js';
import { SAMPLE_ARTICLE } from './sample.js';
import { decodePacked } from '../pkg/decode.js';

/** Wait this long after the last keystroke before analyzing again. */
const TYPING_PAUSE_MS = 150;
/** Articles with more paragraphs than this are drawn a batch per frame. */
const PROGRESSIVE_FROM_PARAGRAPHS = 800;
/** Paragraphs drawn at first, and per "show more": a page with every
 * paragraph of a 20 MB paste would take minutes to lay out; the summary and
 * speakers always cover the whole text. */
const DRAWN_AT_ONCE = 3000;

const $ = (id) => document.getElementById(id);
const input = $('article-text');
const status = $('status');
const view = $('article-view');
const speakerList = $('speaker-list');
const summary = $('summary');
const stepper = $('stepper');

let worker;
let latest = 0;
let pending = 0;
let shown = null; // { text, analysis }
let drawing = null; // AbortController of a progressive render
let chosen = null; // { index, marks, at }

function say(message, state) {
  status.textContent = message;
  status.dataset.state = state;
}

function startWorker() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (event) => receive(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    say(`The analyzer stopped: ${event.message || 'unknown error'}. Edit the text to try again.`, 'error');
    worker.terminate();
    startWorker();
  };
}

function request() {
  clearTimeout(pending);
  latest += 1;
  status.dataset.requested = String(latest);
  const text = input.value;
  say(text.length > 1_000_000 ? `Analyzing ${(text.length / 1e6).toFixed(1)} million characters…` : 'Analyzing…', 'working');
  worker.postMessage({ id: latest, text });
}

/** 3.2 or 47: a tenth of a millisecond shows only when it matters. */
function formatMs(milliseconds) {
  return milliseconds < 10 ? milliseconds.toFixed(1) : String(Math.round(milliseconds));
}

function schedule() {
  clearTimeout(pending);
  pending = setTimeout(request, TYPING_PAUSE_MS);
}

async function receive({ id, packed, milliseconds, error }) {
  if (id !== latest) return; // An answer for text that has changed since.
  if (error) {
    say(`The analyzer failed on this text: ${error}`, 'error');
    return;
  }
  const decodeStarted = performance.now();
  const analysis = decodePacked(packed);
  const took = `analyzed in ${formatMs(milliseconds + performance.now() - decodeStarted)} ms`;
  const text = input.value;
  shown = { text, analysis };
  clearSpeaker();
  drawing?.abort();
  drawing = new AbortController();
  renderSpeakers(speakerList, analysis);
  renderSummary(summary, summarize(text, analysis));
  $('export-json').disabled = $('export-csv').disabled = text.trim() === '';
  $('show-more').hidden = true;
  if (analysis.paragraphs.length > PROGRESSIVE_FROM_PARAGRAPHS) {
    const done = await renderProgressively(view, text, analysis, {
      signal: drawing.signal,
      limit: DRAWN_AT_ONCE,
      onProgress: (n, total) => say(`Showing ${n.toLocaleString()} of ${total.toLocaleString()} paragraphs (${took})…`, 'drawing'),
    });
    if (!done || id !== latest) return;
    offerMore();
  } else {
    render(view, text, analysis);
  }
  applyReportedToggle();
  say(text.trim() === '' ? 'Paste an article to see who said what.' : `Done: ${took}.`, 'done');
  // Which request the page now shows: embedders and tests wait on it.
  status.dataset.shown = String(id);
}

function offerMore() {
  const left = paragraphsLeft(view);
  const button = $('show-more');
  button.hidden = left === 0;
  button.textContent = `Show ${Math.min(left, DRAWN_AT_ONCE).toLocaleString()} more paragraphs (${left.toLocaleString()} not shown)`;
}

// ---------------------------------------------------------------- reported speech

// Reported speech is shown in its own, lighter style; this hides it (and
// takes it out of the tab order) for a reader who wants quotations alone.
const showReported = $('show-reported');
function applyReportedToggle() {
  view.classList.toggle('hide-reported', !showReported.checked);
  for (const mark of view.querySelectorAll('mark.quote-indirect')) mark.tabIndex = showReported.checked ? 0 : -1;
}
showReported.addEventListener('change', applyReportedToggle);

$('show-more').addEventListener('click', async () => {
  await renderMore(view, DRAWN_AT_ONCE, { signal: drawing?.signal });
  applyReportedToggle();
  offerMore();
});

// ---------------------------------------------------------------- speakers

function clearSpeaker() {
  chosen = null;
  focusSpeaker(view, null);
  stepper.hidden = true;
  speakerList.querySelectorAll('[aria-pressed="true"]').forEach((b) => b.setAttribute('aria-pressed', 'false'));
}

function step(by) {
  if (!chosen || chosen.marks.length === 0) return;
  chosen.at = (chosen.at + by + chosen.marks.length) % chosen.marks.length;
  const mark = chosen.marks[chosen.at];
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark.focus({ preventScroll: true });
  $('step-position').textContent = `Quote ${chosen.at + 1} of ${chosen.marks.length}`;
}

speakerList.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-index]');
  if (!button) return;
  const index = Number(button.dataset.index);
  if (chosen?.index === index) {
    clearSpeaker();
    return;
  }
  clearSpeaker();
  button.setAttribute('aria-pressed', 'true');
  chosen = { index, marks: focusSpeaker(view, index), at: -1 };
  stepper.hidden = false;
  $('step-position').textContent = `${chosen.marks.length} ${chosen.marks.length === 1 ? 'quote' : 'quotes'}`;
});
$('next-quote').addEventListener('click', () => step(1));
$('previous-quote').addEventListener('click', () => step(-1));
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && chosen) clearSpeaker();
});

// ---------------------------------------------------------------- input and export

function setText(text) {
  input.value = text;
  request();
}

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function readFile(file) {
  if (!file) return;
  if (file.type && file.type !== 'text/plain') {
    say(`${file.name} is not a text file; open a .txt file.`, 'error');
    return;
  }
  setText(await file.text());
}

input.addEventListener('input', schedule);
input.addEventListener('dragover', (event) => event.preventDefault());
input.addEventListener('drop', (event) => {
  event.preventDefault();
  readFile(event.dataTransfer?.files?.[0]);
});
$('open-file').addEventListener('change', (event) => readFile(event.target.files[0]));
$('load-sample').addEventListener('click', () => setText(SAMPLE_ARTICLE));
$('clear').addEventListener('click', () => { setText(''); input.focus(); });
$('export-json').addEventListener('click', () => {
  if (shown) download('analysis.json', 'application/json', JSON.stringify(shown.analysis, null, 2));
});
$('export-csv').addEventListener('click', () => {
  if (shown) download('quotes.csv', 'text/csv', quotesCsv(shown.analysis));
});

startWorker();
request();
