// The page: analyzes what is pasted or typed into the text area and shows it.
// Loading and analysis live here; drawing the result lives in render.js, which
// other sites can import on its own.

import init, { analyze } from '../pkg/article_analyzer.js';
import { render, renderSpeakers } from './render.js';

/** Wait this long after the last keystroke before analyzing again. */
const TYPING_PAUSE_MS = 150;

const input = document.getElementById('article-text');
const status = document.getElementById('status');
const view = document.getElementById('article-view');
const speakerList = document.getElementById('speaker-list');

let pending = 0;

function update() {
  const text = input.value;
  let analysis;
  const started = performance.now();
  try {
    analysis = analyze(text);
  } catch (error) {
    status.textContent = `The analyzer failed on this text: ${error.message}`;
    status.dataset.state = 'error';
    return;
  }
  const elapsed = performance.now() - started;
  render(view, text, analysis);
  renderSpeakers(speakerList, analysis);
  const quotes = analysis.quotes.length;
  const speakers = analysis.speakers.length;
  status.dataset.state = 'done';
  status.textContent = text.trim() === ''
    ? 'Paste an article to see who said what.'
    : `${quotes} ${quotes === 1 ? 'quote' : 'quotes'}, ${speakers} ${speakers === 1 ? 'speaker' : 'speakers'}; analyzed in ${elapsed.toFixed(1)} ms.`;
}

function scheduleUpdate() {
  clearTimeout(pending);
  pending = setTimeout(update, TYPING_PAUSE_MS);
}

try {
  await init();
  input.addEventListener('input', scheduleUpdate);
  update();
} catch (error) {
  status.textContent = `Could not load the analyzer: ${error.message}. Build it with scripts/build.sh.`;
  status.dataset.state = 'error';
}
