// Runs the analyzer off the page's main thread, so that a large paste never
// freezes the page. Messages in: {id, text}. Messages out: {id, analysis,
// milliseconds} or {id, error}. The page drops answers to stale ids.

import init, { analyze } from '../pkg/article_analyzer.js';

const ready = init();

self.onmessage = async (event) => {
  const { id, text } = event.data;
  try {
    await ready;
    const started = performance.now();
    const analysis = analyze(text);
    self.postMessage({ id, analysis, milliseconds: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
};
