// The example pages of examples/ in headless Chromium, served from the
// repository root as the README says: each embeds the analyzer and must
// highlight the quotes of its sample, in their speakers. So must the README's
// own snippets, as written. Also what embedding promises beyond them:
// render()'s events and theming, init from a URL or bytes, and
// <quote-highlighter>'s attributes, events and safety with untrusted text.
// Needs pkg/ built first (scripts/test.sh does it).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, newPage, readmeSnippet, startServer } from './support.mjs';

let server;
let baseUrl;
let browser;

before(async () => {
  ({ child: server, url: baseUrl } = await startServer());
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** [quote index, speaker name, text] of every mark under `scope`, in order. */
function marksOf(page, scope) {
  return page.locator(`${scope} mark[data-quote]`).evaluateAll((marks) =>
    marks.map((m) => [Number(m.dataset.quote), m.dataset.speaker, m.textContent]));
}

/** Waits until <quote-highlighter> `selector` has drawn an analysis; returns { text, analysis }. */
async function analyzed(page, selector) {
  await page.waitForFunction((s) => document.querySelector(s)?.analysis != null, selector);
  return page.evaluate((s) => {
    const element = document.querySelector(s);
    return { text: element.text, analysis: element.analysis };
  }, selector);
}

/** Checks that the marks drawn under `scope` are exactly the quotes of `analysis` over `text`. */
async function assertDrawn(page, scope, text, analysis) {
  const marks = await marksOf(page, scope);
  assert.ok(analysis.quotes.length > 0, 'the sample has quotes');
  assert.deepEqual(marks, analysis.quotes.map((quote, index) => [
    index, quote.speaker == null ? '' : analysis.speakers[quote.speaker].name, text.slice(quote.start, quote.end),
  ]));
}

test('plain page: the analyzer and render.js from outside www/ highlight the sample', async () => {
  const { page, problems } = await newPage(browser);
  await page.goto(`${baseUrl}/examples/plain/`);
  await page.locator('#article mark[data-quote]').first().waitFor();
  const marks = await marksOf(page, '#article');
  assert.deepEqual(marks.map(([, speaker]) => speaker), ['Elena Novak', 'Tomas Berg', 'Elena Novak']);
  assert.equal(marks[0][2], '“We will reopen the port within a week,”');

  // quote-select: clicking, or Enter on a focused quote.
  await page.click('#article mark[data-quote="1"]');
  assert.equal(await page.textContent('#chosen'), '“We have heard this before.” — Tomas Berg');
  await page.focus('#article mark[data-quote="2"]');
  await page.keyboard.press('Enter');
  assert.equal(await page.textContent('#chosen'), '“It is a start,” — Elena Novak');

  // Typing re-analyzes; the text stays text.
  await page.fill('#text', '“<b>Bold</b> claim,” said Ann Lee.');
  assert.deepEqual((await marksOf(page, '#article')).map(([, s, t]) => [s, t]), [['Ann Lee', '“<b>Bold</b> claim,”']]);
  assert.equal(await page.locator('#article b').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('render.css: speaker colours are custom properties a site sets; the defaults suit light and dark pages', async () => {
  const { page } = await newPage(browser);
  await page.goto(`${baseUrl}/examples/plain/`);
  await page.fill('#text', Array.from({ length: 9 }, (_, i) => `“Point ${i},” said Speaker${'ABCDEFGHI'[i]} Jones.`).join('\n'));
  assert.equal(await page.locator('#article mark[data-quote]').count(), 9);
  // Contrast of each quote's text with its background: the translucent
  // speaker colour over the page's background.
  const contrasts = () => page.evaluate(() => {
    const rgba = (s) => { const [r, g, b, a = 1] = s.match(/[\d.]+/g).map(Number); return [r, g, b, a]; };
    const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
    const lum = (c) => {
      const [r, g, b] = c.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const page = rgba(getComputedStyle(document.body).backgroundColor);
    return [...document.querySelectorAll('#article mark[data-quote]')].map((mark) => {
      const style = getComputedStyle(mark);
      const [x, y] = [lum(rgba(style.color).slice(0, 3)), lum(over(rgba(style.backgroundColor), page))].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    });
  });
  await page.addStyleTag({ content: 'body { background: #ffffff; color: #1b1b1f; }' });
  const light = await contrasts();
  await page.addStyleTag({ content: 'body { background: #15151a; color: #ececf1; }' });
  const dark = await contrasts();
  for (const [scheme, list] of [['light', light], ['dark', dark]]) {
    assert.ok(Math.min(...list) >= 4.5, `${scheme}: every quote has AA contrast: ${list.map((r) => r.toFixed(1))}`);
  }
  // Eight colours, then round again.
  const backgrounds = await page.locator('#article mark[data-quote]').evaluateAll((m) => m.map((x) => getComputedStyle(x).backgroundColor));
  assert.equal(new Set(backgrounds.slice(0, 8)).size, 8);
  assert.equal(backgrounds[8], backgrounds[0]);
  // A site's own colour wins.
  await page.addStyleTag({ content: '#article { --speaker-0: rgb(1, 2, 3); }' });
  assert.equal(await page.$eval('#article mark[data-quote="0"]', (m) => getComputedStyle(m).backgroundColor), 'rgb(1, 2, 3)');
  await page.close();
});

test('init() takes the wasm from a URL or from bytes', async () => {
  for (const how of ['url', 'bytes']) {
    const { page, problems } = await newPage(browser);
    await page.goto(`${baseUrl}/examples/`); // Any page of the origin: a fresh module instance.
    const speakers = await page.evaluate(async (how) => {
      const analyzer = await import('/pkg/article_analyzer.js');
      const url = new URL('/pkg/article_analyzer_bg.wasm', location.href);
      const source = how === 'url' ? url : await (await fetch(url)).arrayBuffer();
      await analyzer.default({ module_or_path: source });
      const analysis = analyzer.analyze('“Ready,” said Ann Lee.');
      return analysis.speakers.map((s) => s.name);
    }, how);
    assert.deepEqual(speakers, ['Ann Lee'], how);
    assert.deepEqual(problems, [], how);
    await page.close();
  }
});

test('worker page: analyzed in a Web Worker, drawn on the page', async () => {
  const { page, problems } = await newPage(browser);
  await page.goto(`${baseUrl}/examples/worker/`);
  await page.waitForFunction(() => document.getElementById('status').textContent.includes('quotes'));
  assert.deepEqual((await marksOf(page, '#article')).map(([, s]) => s), ['Elena Novak', 'Tomas Berg']);
  assert.equal(await page.textContent('#status'), '2 quotes, 2 speakers');
  await page.fill('#text', '“Quick,” said Ann Lee.');
  await page.waitForFunction(() => document.getElementById('status').textContent === '1 quotes, 1 speakers');
  assert.deepEqual((await marksOf(page, '#article')).map(([, s]) => s), ['Ann Lee']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('custom element page: text inside and a src file are analyzed and drawn in place', async () => {
  const { page, problems } = await newPage(browser);
  await page.goto(`${baseUrl}/examples/custom-element/`);
  const inline = await analyzed(page, '#inline');
  await assertDrawn(page, '#inline', inline.text, inline.analysis);
  assert.deepEqual((await marksOf(page, '#inline')).map(([, s]) => s), ['Elena Novak', 'Tomas Berg', 'Elena Novak', 'Elena Novak']);
  // Each child element is a paragraph: the <h2> is the title.
  assert.equal(inline.analysis.paragraphs[0].kind, 'title');
  assert.equal(await page.locator('#inline h3.paragraph-title').textContent(), 'Harbour town races to reopen port');
  // The element's own text no longer shows once the analysis is drawn.
  assert.equal(await page.locator('#inline > p').first().isVisible(), false);

  const file = await analyzed(page, '#from-file');
  await assertDrawn(page, '#from-file', file.text, file.analysis);
  assert.deepEqual(file.analysis.speakers.map((s) => s.name), ['Priya Raman', 'Leo Marsh']);
  assert.equal(await page.locator('#from-file .speaker-list').isVisible(), false, 'no list without `speakers`');

  // Theming from the page: --speaker-0 and ::part.
  assert.equal(await page.$eval('#inline mark.speaker-c0', (m) => getComputedStyle(m).backgroundColor), 'rgb(255, 224, 138)');
  // Choosing a quote: quote-select reaches the page's listener on document.
  await page.click('#from-file mark[data-speaker="Leo Marsh"]');
  assert.equal(await page.textContent('#chosen'), 'Leo Marsh: “I have missed this place every single day,”');
  assert.deepEqual(problems, []);
  await page.close();
});

test('custom element: the speakers list picks out a speaker, with speaker-select', async () => {
  const { page } = await newPage(browser);
  await page.goto(`${baseUrl}/examples/custom-element/`);
  await analyzed(page, '#inline');
  const buttons = page.locator('#inline .speaker-list button');
  assert.deepEqual(await buttons.evaluateAll((b) => b.map((x) => x.dataset.speaker)), ['Elena Novak', 'Tomas Berg']);
  const selected = page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('speaker-select', (e) => resolve({ index: e.detail.index, name: e.detail.speaker.name, target: e.target.id }), { once: true });
  }));
  await buttons.nth(1).click();
  assert.deepEqual(await selected, { index: 1, name: 'Tomas Berg', target: 'inline' });
  assert.equal(await buttons.nth(1).getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await page.locator('#inline mark.focused').evaluateAll((m) => m.map((x) => x.dataset.speaker)), ['Tomas Berg']);
  await buttons.nth(1).click();
  assert.equal(await page.locator('#inline mark.focused').count(), 0);
  assert.equal(await buttons.nth(1).getAttribute('aria-pressed'), 'false');
  // The same from script.
  await page.$eval('#inline', (element) => element.chooseSpeaker(0));
  assert.equal(await page.locator('#inline mark.focused').count(), 3);
  await page.close();
});

test('custom element: untrusted text stays text, edits re-analyze, a missing file is an error', async () => {
  const { page, problems } = await newPage(browser);
  await page.goto(`${baseUrl}/examples/custom-element/`);
  await analyzed(page, '#inline');
  const hostile = '“<img src=x onerror="window.__pwned=1">,” said <script>window.__pwned=2</script> Eve.';
  const first = await page.evaluate((text) => new Promise((resolve) => {
    const element = document.createElement('quote-highlighter');
    element.id = 'made';
    element.addEventListener('analyzed', (e) => resolve(e.detail.text), { once: true });
    element.textContent = text;
    document.body.append(element);
  }), hostile);
  assert.equal(first, hostile);
  assert.equal(await page.locator('#made img, #made script').count(), 0);
  assert.equal(await page.locator('#made .paragraph').textContent(), hostile);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);

  // Changing the text inside re-analyzes it.
  const second = await page.evaluate(() => new Promise((resolve) => {
    const element = document.getElementById('made');
    element.addEventListener('analyzed', (e) => resolve(e.detail.analysis.speakers.map((s) => s.name)), { once: true });
    element.textContent = '“Changed,” said Ann Lee.';
  }));
  assert.deepEqual(second, ['Ann Lee']);
  assert.deepEqual(problems, []);

  // A src that is not there: an analysis-error event and a message, the element's own text still shown.
  const error = await page.evaluate(() => new Promise((resolve) => {
    const element = document.createElement('quote-highlighter');
    element.id = 'missing';
    element.textContent = 'Fallback text';
    element.addEventListener('analysis-error', (e) => resolve(e.detail.error.message), { once: true });
    element.setAttribute('src', 'no-such-article.txt');
    document.body.append(element);
  }));
  assert.match(error, /no-such-article\.txt: 404/);
  assert.match(await page.locator('#missing [part="message"]').textContent(), /could not be analyzed/);
  assert.equal(await page.locator('#missing').isVisible(), true);
  await page.close();
});

test("the README's page snippets work as written", async () => {
  const { page, problems } = await newPage(browser);
  // Served as pages of their own at the repository root, where their /pkg/ and /www/ paths point.
  const pages = {
    '/readme-plain.html': readmeSnippet('### A plain page', 'html'),
    '/readme-element.html': readmeSnippet('### No code', 'html'),
    '/article.txt': '“It was worth the wait,” Priya Raman said.',
  };
  await page.route(`${baseUrl}/*`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (!(path in pages)) return route.fallback();
    return route.fulfill({ body: pages[path], contentType: path.endsWith('.txt') ? 'text/plain' : 'text/html' });
  });
  const logged = [];
  page.on('console', (message) => logged.push(message.text()));
  await page.goto(`${baseUrl}/readme-plain.html`);
  await page.locator('#article mark[data-quote]').first().waitFor();
  assert.deepEqual((await marksOf(page, '#article')).map(([, s]) => s), ['Elena Novak']);
  await page.click('#article mark[data-quote="0"]');
  assert.ok(logged.includes('Elena Novak We will reopen the port,'), logged.join('\n'));

  await page.goto(`${baseUrl}/readme-element.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('quote-highlighter')].every((e) => e.analysis));
  assert.deepEqual((await marksOf(page, 'quote-highlighter')).map(([, s]) => s), ['Elena Novak', 'Priya Raman']);
  assert.deepEqual(problems, []);
  await page.close();
});
