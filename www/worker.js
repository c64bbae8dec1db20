// Runs the analyzer off the page's main thread, so that a large paste never
// freezes the page. Messages in: {id, text}. Messages out: {id, packed,
// milliseconds} or {id, error}. The page drops answers to stale ids.
//
// The answer is the packed analysis with its two arrays' buffers
// transferred, which moves them without a copy; the page decodes it
// (decodePacked). Posting the decoded objects would make the page's thread
// copy them one by one as they arrive: the better part of a second for a
// 20 MB paste, with the page frozen.

import init, { analyzePacked } from '../pkg/article_analyzer.js';

const ready = init();

self.onmessage = async (event) => {
  const { id, text } = event.data;
  try {
    await ready;
    const started = performance.now();
    const packed = analyzePacked(text);
    const milliseconds = performance.now() - started;
    self.postMessage({ id, packed, milliseconds }, [packed.words.buffer, packed.confidences.buffer]);
  } catch (error) {
    self.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
};
