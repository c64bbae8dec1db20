// The page in real headless Chromium (playwright-core driving Debian's
// /usr/bin/chromium, set up in support.mjs), served from the repository root
// by `python3 -m http.server` exactly as the README says any static server can.
// Needs pkg/ built first (scripts/test.sh does it).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer, launchBrowser } from './support.mjs';

const ARTICLE = `Port 🚢 to reopen within a week

“We will reopen the port within a week,” said Elena Novak, head of the port authority.
Shipping firms were doubtful. Mark Ruiz said: “We have heard this before.”

“It is a start,” Novak added. The council called it a so-called “plan.”`;

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

/** A fresh page on /www/ with the analyzer loaded; collects page errors. */
async function openPage(options = {}) {
  const page = await browser.newPage({ acceptDownloads: true, ...options });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(`${baseUrl}/www/`);
  await waitDone(page);
  return { page, problems };
}

/** Waits until the page shows the latest text it was given, analyzed and drawn. */
async function waitDone(page, timeout = 30_000) {
  await page.waitForFunction(() => {
    const status = document.getElementById('status');
    return status.dataset.state === 'done' && status.dataset.shown === status.dataset.requested;
  }, null, { timeout });
}

async function paste(page, text) {
  const before = await page.locator('#status').getAttribute('data-requested');
  await page.getByLabel('Article text').fill(text);
  await page.waitForFunction((b) => document.getElementById('status').dataset.requested !== b, before);
  await waitDone(page);
}

/** The analysis the wasm module gives for `text`, computed in the page. */
async function analysisOf(page, text) {
  return page.evaluate(async (t) => {
    const analyzer = await import('/pkg/article_analyzer.js');
    await analyzer.default();
    return analyzer.analyze(t);
  }, text);
}

test('pasting an article highlights every quote the analysis found, in its speaker', async () => {
  const { page, problems } = await openPage();
  await paste(page, ARTICLE);
  const analysis = await analysisOf(page, ARTICLE);
  const rendered = await page.locator('#article-view mark[data-quote]').evaluateAll((marks) =>
    marks.map((m) => ({ index: Number(m.dataset.quote), speaker: m.dataset.speaker, text: m.textContent })));
  assert.equal(rendered.length, analysis.quotes.length);
  rendered.forEach((mark, i) => {
    const quote = analysis.quotes[i];
    assert.equal(mark.index, i);
    assert.equal(mark.text, ARTICLE.slice(quote.start, quote.end));
    assert.equal(mark.speaker, quote.speaker == null ? '' : analysis.speakers[quote.speaker].name);
  });
  assert.deepEqual(rendered.map((m) => m.speaker), ['Elena Novak', 'Mark Ruiz', 'Elena Novak', '']);

  // Paragraphs shown as paragraphs, with every character of the input kept.
  const paragraphs = await page.locator('#article-view .paragraph').allTextContents();
  assert.deepEqual(paragraphs, ARTICLE.split('\n').filter((line) => line.trim() !== ''));
  assert.equal(await page.locator('#article-view h3.paragraph-title').count(), 1);
  // The quote without a speaker says why, in a neutral style.
  const lone = page.locator('mark[data-quote="3"]');
  assert.match(await lone.getAttribute('aria-label'), /no speaker: words held at a distance/);
  assert.match(await lone.getAttribute('class'), /speaker-none/);
  assert.match(await page.locator('#status').textContent(), /^Done: analyzed in [\d.]+ ms\.$/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('reported speech has its own style, is counted apart, and can be hidden', async () => {
  const { page, problems } = await openPage();
  const text = 'Port to reopen\n\nElena Novak said the port would reopen on Monday.\n\n“We are ready,” she added.';
  await paste(page, text);
  const reported = page.locator('#article-view mark.quote-indirect').first();
  assert.equal(await page.locator('#article-view mark.quote-indirect').count(), 1);
  assert.equal(await reported.textContent(), 'the port would reopen on Monday');
  assert.equal(await reported.getAttribute('data-speaker'), 'Elena Novak');
  // Its style differs from a direct quote's: underlined, not filled.
  const style = (locator) => locator.evaluate((m) => ({ fill: getComputedStyle(m).backgroundColor, line: getComputedStyle(m).borderBottomStyle }));
  assert.deepEqual(await style(reported), { fill: 'rgba(0, 0, 0, 0)', line: 'solid' });
  assert.notEqual((await style(page.locator('#article-view mark.quote-direct'))).fill, 'rgba(0, 0, 0, 0)');
  const figures = await page.locator('#summary li').evaluateAll((items) =>
    Object.fromEntries(items.map((li) => [li.dataset.figure, li.querySelector('strong').textContent])));
  assert.equal(figures.quotes, '1');
  assert.equal(figures.reported, '1');
  // Hiding it: no underline, out of the tab order; showing it again restores both.
  await page.getByLabel('Show reported speech (attributions without quotation marks)').uncheck();
  assert.equal((await style(reported)).line, 'none');
  assert.equal(await reported.getAttribute('tabindex'), '-1');
  assert.equal(await page.locator('#article-view mark.quote-direct').getAttribute('tabindex'), '0');
  // A new analysis keeps the reader's choice.
  await paste(page, `${text}\n\nThe union said the strike would go on.`);
  assert.equal(await page.locator('#article-view mark.quote-indirect').count(), 2);
  assert.equal(await page.locator('#article-view mark.quote-indirect').first().getAttribute('tabindex'), '-1');
  await page.getByLabel('Show reported speech (attributions without quotation marks)').check();
  assert.equal((await style(reported)).line, 'solid');
  assert.equal(await reported.getAttribute('tabindex'), '0');
  // A mixed quote: its reported clause is drawn around the direct quote, in
  // the same speaker's colour.
  await paste(page, 'Port to reopen\n\nElena Novak said the plan was “a fair start” for the port.');
  const clause = page.locator('#article-view .quote-clause');
  assert.equal(await clause.textContent(), 'the plan was “a fair start” for the port');
  assert.equal(await clause.locator('mark.quote-direct').textContent(), '“a fair start”');
  assert.equal(await clause.getAttribute('class'), `quote-clause ${await clause.locator('mark').evaluate((m) => m.classList[2])}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('summary, speakers panel, choosing a speaker and stepping through their quotes', async () => {
  const { page } = await openPage();
  await paste(page, ARTICLE);
  const figures = await page.locator('#summary li').evaluateAll((items) =>
    Object.fromEntries(items.map((li) => [li.dataset.figure, li.querySelector('strong').textContent])));
  assert.equal(figures.paragraphs, '4');
  assert.equal(figures.quotes, '4');
  assert.equal(figures.speakers, '2');
  assert.equal(figures.unattributed, '1');
  assert.match(figures.quoted, /^\d+%$/);

  const speakers = page.locator('#speaker-list button[data-speaker]');
  assert.deepEqual(await speakers.evaluateAll((b) => b.map((x) => x.dataset.speaker)), ['Elena Novak', 'Mark Ruiz']);
  const novak = speakers.first();
  assert.match(await novak.textContent(), /head of the port authority/);
  assert.match(await novak.textContent(), /2 quotes/);
  assert.match(await novak.textContent(), /% of quoted words/);

  await novak.click();
  assert.equal(await novak.getAttribute('aria-pressed'), 'true');
  const focused = await page.locator('mark.focused').evaluateAll((m) => m.map((x) => x.dataset.quote));
  assert.deepEqual(focused, ['0', '2']);
  const faded = await page.locator('mark[data-quote="1"]').evaluate((m) => Number(getComputedStyle(m).opacity));
  assert.ok(faded < 1, 'other speakers\' quotes fade');
  await page.click('#next-quote');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.quote), '0');
  await page.click('#next-quote');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.quote), '2');
  assert.equal(await page.locator('#step-position').textContent(), 'Quote 2 of 2');
  await page.click('#previous-quote');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.quote), '0');
  // Choosing again clears.
  await novak.click();
  assert.equal(await novak.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('mark.focused').count(), 0);
  assert.equal(await page.locator('#stepper').isVisible(), false);
  await page.close();
});

test('hovering or focusing a quote shows its card and highlights the mention', async () => {
  const { page } = await openPage();
  await paste(page, ARTICLE);
  await page.hover('mark[data-quote="2"]');
  const card = page.locator('.quote-card');
  await card.waitFor({ state: 'visible' });
  const rows = await card.locator('.card-row').evaluateAll((r) => r.map((x) => [x.querySelector('.card-label').textContent, x.querySelector('.card-value').textContent]));
  assert.deepEqual(rows.slice(0, 3), [['Speaker', 'Elena Novak, head of the port authority'], ['Cue', 'added'], ['Via', 'Novak']]);
  assert.match(rows[3][1], /^\d+%$/);
  assert.equal(await page.locator('.mention-active').textContent(), 'Novak');
  assert.equal(await page.locator('mark[data-quote="2"]').getAttribute('aria-describedby'), await card.getAttribute('id'));
  // Keyboard focus shows it too; Escape hides it.
  await page.mouse.move(0, 0);
  await page.locator('mark[data-quote="1"]').focus();
  await card.waitFor({ state: 'visible' });
  assert.match(await card.textContent(), /Mark Ruiz/);
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'hidden' });
  await page.close();
});

test('every action is reachable by keyboard, with visible focus', async () => {
  const { page } = await openPage();
  const reached = [];
  for (let i = 0; i < 8; i += 1) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => {
      const el = document.activeElement;
      // The file input is hidden; its label shows the focus.
      const shown = el.id === 'open-file' ? document.querySelector('label[for="open-file"]') : el;
      return { id: el.id || el.dataset.speaker || el.tagName, outline: getComputedStyle(shown).outlineStyle };
    }));
  }
  const ids = reached.map((r) => r.id);
  for (const id of ['load-sample', 'clear', 'open-file', 'article-text']) assert.ok(ids.includes(id), `${id} in ${ids}`);
  // Past the last control focus returns to the document itself.
  const controls = reached.filter((r) => r.id !== 'BODY');
  assert.ok(controls.every((r) => r.outline !== 'none'), `every focused control shows an outline: ${JSON.stringify(reached)}`);
  // Load the sample with the keyboard, then reach a speaker and a quote.
  await page.focus('#load-sample');
  await page.keyboard.press('Enter');
  await waitDone(page);
  await page.focus('#speaker-list button');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#speaker-list button').first().getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#speaker-list button').first().getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('mark[data-quote]').first().getAttribute('tabindex'), '0');
  assert.equal(await page.locator('textarea').getAttribute('id'), 'article-text');
  await page.close();
});

test('sample, clear, open or drop a .txt file', async () => {
  const { page } = await openPage();
  await page.click('#load-sample');
  await waitDone(page);
  assert.ok((await page.locator('mark[data-quote]').count()) >= 8);
  await page.click('#clear');
  await waitDone(page);
  assert.equal(await page.locator('#article-text').inputValue(), '');
  assert.equal(await page.locator('mark[data-quote]').count(), 0);
  await page.setInputFiles('#open-file', { name: 'story.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) });
  // Reading the file is asynchronous: the text arrives, and is analyzed, after the change event.
  await page.waitForFunction((t) => document.getElementById('article-text').value === t, ARTICLE);
  await waitDone(page);
  assert.equal(await page.locator('mark[data-quote]').count(), 4);
  // Dropping a .txt file on the text area reads it in too.
  const dropped = '“Dropped in,” said Ann Lee.';
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'drop.txt', { type: 'text/plain' }));
    document.getElementById('article-text').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, dropped);
  await page.waitForFunction((t) => document.getElementById('article-text').value === t, dropped);
  await waitDone(page);
  assert.deepEqual(await page.locator('mark[data-quote]').evaluateAll((m) => m.map((x) => x.dataset.speaker)), ['Ann Lee']);
  await page.close();
});

test('export the analysis as JSON and the quotes as CSV', async () => {
  const { page } = await openPage();
  await paste(page, ARTICLE);
  const analysis = await analysisOf(page, ARTICLE);
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.equal(json.suggestedFilename(), 'analysis.json');
  assert.deepEqual(JSON.parse(await readFile(await json.path(), 'utf8')), analysis);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  assert.equal(csv.suggestedFilename(), 'quotes.csv');
  const lines = (await readFile(await csv.path(), 'utf8')).trim().split('\r\n');
  assert.deepEqual(lines, [
    '"speaker","quote","paragraph","kind"',
    '"Elena Novak","We will reopen the port within a week,","2","direct"',
    '"Mark Ruiz","We have heard this before.","3","direct"',
    '"Elena Novak","It is a start,","4","direct"',
    '"","plan.","4","direct"',
  ]);
  await page.close();
});

test('a 20 MB paste is analyzed in the worker while the page keeps answering', async () => {
  const { page } = await openPage();
  const big = await page.evaluate(async (article) => {
    const copies = Math.ceil(20_000_000 / article.length);
    const text = Array.from({ length: copies }, () => article).join('\n\n');
    const input = document.getElementById('article-text');
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return text.length;
  }, ARTICLE);
  assert.ok(big >= 20_000_000);
  await page.waitForFunction(() => document.getElementById('status').dataset.state === 'working');
  // The analysis runs in the worker: the page itself never loads the wasm
  // (a worker's fetches are in the worker's timeline, not the page's).
  const pageFetches = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  assert.ok(!pageFetches.some((url) => url.endsWith('.wasm')), `the page fetched no wasm: ${pageFetches}`);
  // While the worker runs, the page answers: each round trip is quick.
  // Only trips answered while the analysis still runs count: the one that
  // meets the answer waits for the page to draw it, which is the page's
  // own work, not the analysis (on a loaded machine, seconds).
  const roundTrips = [];
  for (let polls = 0; polls < 50; polls += 1) {
    const started = Date.now();
    const state = await page.evaluate(() => document.getElementById('status').dataset.state);
    if (state !== 'working') break;
    roundTrips.push(Date.now() - started);
    await page.waitForTimeout(100);
  }
  assert.ok(roundTrips.length > 0);
  assert.ok(Math.max(...roundTrips) < 1000, `the page answered within a second each time: ${roundTrips}`);
  await waitDone(page, 120_000);
  assert.equal(await page.locator('#summary [data-figure="quotes"] strong').textContent(),
    String(4 * Math.ceil(20_000_000 / ARTICLE.length)));
  // The first paragraphs are drawn; the rest wait behind "show more".
  assert.ok(await page.locator('#show-more').isVisible());
  const drawn = await page.locator('#article-view .paragraph').count();
  await page.click('#show-more');
  await page.waitForFunction((n) => document.querySelectorAll('#article-view .paragraph').length > n, drawn);
  // A newer text wins over a stale answer: typing now replaces it all.
  await paste(page, 'Short “text,” she said.');
  assert.equal(await page.locator('mark[data-quote]').count(), 1);
  await page.close();
});

test('pasted markup stays text: no element is created and no script runs', async () => {
  const { page, problems } = await openPage();
  const hostile = 'Headline <b>bold</b>\n\n“<img src=x onerror="window.__pwned=1">,” said <script>window.__pwned=2</script> Eve.\njavascript:alert(1) <a href="javascript:alert(2)">x</a>';
  await paste(page, hostile);
  const view = page.locator('#article-view');
  assert.equal(await view.locator('img, script, b, a').count(), 0);
  assert.deepEqual(await view.locator('.paragraph').allTextContents(), hostile.split('\n').filter((l) => l.trim()));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(problems, []);
  await page.close();
});

test('colours meet WCAG AA contrast in light and dark, and the page fits a phone', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page } = await openPage({ colorScheme, viewport: { width: 390, height: 844 } });
    await page.click('#load-sample');
    await waitDone(page);
    const ratios = await page.evaluate(() => {
      const rgb = (s) => s.match(/[\d.]+/g).slice(0, 3).map(Number);
      const lum = ([r, g, b]) => {
        const c = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
      };
      const ratio = (a, b) => { const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
      const bg = (el) => {
        for (let e = el; e; e = e.parentElement) {
          const c = getComputedStyle(e).backgroundColor;
          if (c && !c.endsWith(', 0)') && c !== 'transparent') return c;
        }
        return getComputedStyle(document.body).backgroundColor;
      };
      const check = (selector) => [...document.querySelectorAll(selector)].map((el) => ratio(getComputedStyle(el).color, bg(el)));
      return {
        body: check('.paragraph-body'), quotes: check('mark.quote'), muted: check('.status, .hint, .speaker-share'),
        outside: check('details.outside-article summary'), buttons: check('button'),
      };
    });
    for (const [what, list] of Object.entries(ratios)) {
      assert.ok(list.length > 0, `${colorScheme}: ${what} found`);
      assert.ok(Math.min(...list) >= 4.5, `${colorScheme}: ${what} contrast ${Math.min(...list).toFixed(2)}`);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${colorScheme}: no sideways scrolling at phone width (${overflow}px)`);
    await page.close();
  }
});

test('a failure inside the wasm is a thrown Error with words, and the module keeps working', async () => {
  const { page } = await openPage();
  const outcome = await page.evaluate(async () => {
    const analyzer = await import('/pkg/article_analyzer.js');
    await analyzer.default();
    let thrown;
    try {
      analyzer._failForTesting('deliberate test failure');
    } catch (error) {
      thrown = { isError: error instanceof Error, message: error.message };
    }
    const after = analyzer.analyze('“Still here,” she said.');
    let notString;
    try {
      analyzer.analyze(42);
    } catch (error) {
      notString = error.message;
    }
    return { thrown, quotesAfter: after.quotes.length, notString };
  });
  assert.deepEqual(outcome.thrown, { isError: true, message: 'article-analyzer failed: deliberate test failure' });
  assert.equal(outcome.quotesAfter, 1);
  assert.equal(outcome.notString, 'analyze(text) takes a string, not number');
  // The page itself still analyzes what is typed after the failure.
  await paste(page, '“Working,” Novak said.');
  await page.locator('#article-view mark[data-speaker="Novak"]').waitFor();
  await page.close();
});
