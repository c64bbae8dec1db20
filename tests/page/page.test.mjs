// The page in real headless Chromium (playwright-core driving Debian's
// /usr/bin/chromium), served from the repository root by
// `python3 -m http.server` exactly as the README says any static server can.
// Needs pkg/ built first (scripts/test.sh does it).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// As root Chromium needs --no-sandbox; the network flags stop it reaching for
// services this machine cannot reach (../shared/TOOLCHAIN.md).
const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run',
];

const ARTICLE = `Port 🚢 to reopen within a week, authority says

“We will reopen the port within a week,” said Elena Novak, head of the port authority.
Shipping firms were doubtful. Mark Ruiz said: “We have heard this before.”

“It is a start,” Novak added.`;

let server;
let baseUrl;
let browser;

async function startServer() {
  const child = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = /port (\d+)/.exec(seen);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`http.server exited with ${code}: ${seen}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

before(async () => {
  ({ child: server, url: baseUrl } = await startServer());
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** A fresh page on /www/ with the analyzer loaded; collects page errors. */
async function openPage() {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(`${baseUrl}/www/`);
  await page.waitForFunction(() => document.getElementById('status').dataset.state === 'done');
  return { page, problems };
}

async function paste(page, text) {
  const input = page.getByLabel('Article text');
  await input.fill(text);
}

test('pasting an article highlights its quotes and lists the speakers', async () => {
  const { page, problems } = await openPage();
  await paste(page, ARTICLE);
  const quotes = page.locator('#article-view mark[data-quote]');
  await quotes.nth(2).waitFor();
  assert.equal(await quotes.count(), 3);

  const rendered = await quotes.evaluateAll((marks) =>
    marks.map((m) => ({ index: m.dataset.quote, speaker: m.dataset.speaker, text: m.textContent })));
  assert.deepEqual(rendered, [
    { index: '0', speaker: 'Elena Novak', text: '“We will reopen the port within a week,”' },
    { index: '1', speaker: 'Mark Ruiz', text: '“We have heard this before.”' },
    { index: '2', speaker: 'Elena Novak', text: '“It is a start,”' },
  ]);

  const speakers = await page.locator('#speaker-list [data-speaker]').evaluateAll((items) =>
    items.map((item) => [item.dataset.speaker, item.querySelector('.speaker-count').textContent]));
  assert.deepEqual(speakers, [['Elena Novak', '2 quotes'], ['Mark Ruiz', '1 quote']]);

  // Paragraphs shown as paragraphs, with every character of the input kept.
  const paragraphs = await page.locator('#article-view .paragraph').allTextContents();
  const expected = ARTICLE.split('\n').filter((line) => line.trim() !== '');
  assert.deepEqual(paragraphs, expected);
  assert.equal(await page.locator('#article-view .paragraph-title').count(), 1);
  assert.match(await page.locator('#status').textContent(), /^3 quotes, 2 speakers; analyzed in [\d.]+ ms\.$/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('pasted markup stays text: no element is created and no script runs', async () => {
  const { page, problems } = await openPage();
  const hostile = 'Headline <b>bold</b>\n\n“<img src=x onerror="window.__pwned=1">,” said <script>window.__pwned=2</script> Eve.';
  await paste(page, hostile);
  await page.locator('#article-view mark[data-quote]').first().waitFor();
  const view = page.locator('#article-view');
  assert.equal(await view.locator('img, script, b').count(), 0);
  assert.deepEqual(await view.locator('.paragraph').allTextContents(), hostile.split('\n').filter((l) => l.trim()));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a failure inside the wasm is a thrown Error with words, and the module keeps working', async () => {
  const { page } = await openPage();
  const outcome = await page.evaluate(async () => {
    const analyzer = await import('/pkg/article_analyzer.js');
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
