// The worker of examples/worker/: loads the analyzer once and answers each
// {id, text} with {id, packed}, the analysis packed with its two arrays'
// buffers transferred (moved, not copied), or {id, error}. The page unpacks
// it with decodePacked.

import init, { analyzePacked } from '../../pkg/article_analyzer.js';

const ready = init();

self.onmessage = async ({ data: { id, text } }) => {
  try {
    await ready;
    const packed = analyzePacked(text);
    self.postMessage({ id, packed }, [packed.words.buffer, packed.confidences.buffer]);
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
