// The worker of examples/worker/: loads the analyzer once and answers each
// {id, text} with {id, analysis} (a plain object, so it crosses postMessage
// as it is) or {id, error}.

import init, { analyze } from '../../pkg/article_analyzer.js';

const ready = init();

self.onmessage = async ({ data: { id, text } }) => {
  try {
    await ready;
    self.postMessage({ id, analysis: analyze(text) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
