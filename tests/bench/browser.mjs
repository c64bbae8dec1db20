// Times the release wasm in headless Chromium end to end, as an embedder
// calls it: analyze(text) from JavaScript, including the conversion of the
// result to JavaScript objects. Prints one JSON object. Used by
// scripts/bench.sh; needs pkg/ built and the repository root served at BASE.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.env.BASE;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
await page.goto(`${base}/www/favicon.svg`);
const figures = await page.evaluate(async (articles) => {
  const analyzer = await import('/pkg/article_analyzer.js');
  await analyzer.default();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // performance.now() ticks in steps of 0.1 ms in a page that is not
  // cross-origin isolated: a run shorter than that is timed in batches of
  // `batch` runs, and each sample is a batch's time divided by its size.
  const time = (text, runs, batch = 1) => {
    const times = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      for (let j = 0; j < batch; j += 1) analyzer.analyze(text);
      times.push((performance.now() - started) / batch);
    }
    return median(times);
  };
  // A typical article of about 5 KB: the corpus article closest to it.
  const article = articles.reduce((best, a) => (Math.abs(a.length - 5000) < Math.abs(best.length - 5000) ? a : best));
  const newsOf = (bytes) => {
    let text = '';
    for (let i = 0; text.length < bytes; i += 1) text += `${articles[i % articles.length]}\n\n`;
    return text;
  };
  // The first call runs baseline-compiled wasm; the optimizing tier takes
  // over in the background within a second or two. Record the first call,
  // then warm up for two seconds and time the steady state an embedder sees
  // on every keystroke after that.
  const first = performance.now();
  analyzer.analyze(article);
  const firstMs = performance.now() - first;
  for (const until = performance.now() + 2000; performance.now() < until;) analyzer.analyze(article);
  const out = { article_bytes: article.length, article_first_ms: firstMs, article_ms: time(article, 30, 20) };
  for (const mb of [1, 10]) {
    const text = newsOf(mb * 1_000_000);
    const ms = time(text, mb === 1 ? 7 : 3);
    out[`mb${mb}_ms`] = ms;
    out[`mb${mb}_mb_per_s`] = text.length / 1e6 / (ms / 1000);
  }
  return out;
}, JSON.parse(readFileSync(process.env.ARTICLES_FILE, 'utf8')));
console.log(JSON.stringify(figures));
await browser.close();
