// The native and wasm builds give identical results: every fixture (the
// articles, the fuzzer's past finds) and a set of hostile strings are
// analyzed by the command line and by the release wasm in headless
// Chromium, and the two JSON results must be equal, field for field.
// Also what only JavaScript can send: lone surrogates, NUL, and values that
// are not strings; the module keeps working after each.
// Needs pkg/ built and the command line built by `cargo test` (a debug build,
// with overflow checks) or `cargo build --release`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, startServer, launchBrowser, newPage } from './support.mjs';

/** Strings that stress every stage: marks of every style, newlines of every
 * kind, invisible and combining characters, emoji, right-to-left script. */
const HOSTILE = [
  '',
  ' ',
  '\n\r\n\r',
  '“',
  '”“',
  '"""',
  '😀',
  'a\u0000b “c” said Ann.',
  'Port\r\n\r\n“We will,” said Elena Novak.\r“No,” she said.',
  '«\u00a0Nous rentrons\u00a0», a déclaré Marie.\u2028„Ja“, sagte er.',
  '‹Ça va›, dit‐il. ‘Fine,’ said the students’ union in rock ’n’ roll ’90s style.',
  '“שלום,” said Dana Levi. «مرحبا» قال أحمد.',
  'e\u0301\u0301 “Cafe\u0301,” said Zoe\u0308 Ng.\u200b\ufeff',
  '“'.repeat(2000) + 'said Ann' + '”'.repeat(2000),
  '“‘'.repeat(1000) + 'deep' + '’”'.repeat(1000),
  'Novak said.\n\nSanders: Clinton email story has moved\n\nThe talks will resume, said Elena Novak, head of the port.',
  'Headline\n\nElena Novak said the plan was “a fair start” for the port. Critics called it “a mess,” and she said nothing.',
];

/** The command line `cargo test` built (scripts/test.sh runs it first), or a release build. */
function nativeBinary() {
  for (const profile of ['debug', 'release']) {
    const path = join(root, 'target', profile, 'article-analyzer');
    if (existsSync(path)) return path;
  }
  throw new Error('build the command line first: cargo build --release --bin article-analyzer');
}

function inputs() {
  const files = [];
  for (const dir of ['tests/fixtures', 'tests/fixtures/fuzz']) {
    for (const name of readdirSync(join(root, dir))) {
      if (name.endsWith('.txt')) files.push({ id: `${dir}/${name}`, text: readFileSync(join(root, dir, name), 'utf8') });
    }
  }
  return [...files, ...HOSTILE.map((text, i) => ({ id: `hostile-${i}`, text }))];
}

let server;
let browser;
let page;
let problems;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  ({ page, problems } = await newPage(browser));
  await page.goto(`${server.url}/www/favicon.svg`);
  await page.evaluate(async () => {
    window.analyzer = await import('/pkg/article_analyzer.js');
    await window.analyzer.default();
  });
});

after(async () => {
  await browser?.close();
  server?.child.kill();
});

test('the command line and the wasm module give identical analyses', async () => {
  const all = inputs();
  const jsonl = all.map(({ id, text }) => JSON.stringify({ id, text })).join('\n');
  const native = new Map(
    execFileSync(nativeBinary(), ['--jsonl'], { input: jsonl, maxBuffer: 1 << 28 })
      .toString()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .map(({ id, analysis }) => [id, analysis]),
  );
  const wasm = await page.evaluate((items) => items.map(({ id, text }) => [id, window.analyzer.analyze(text)]), all);
  assert.equal(wasm.length, all.length);
  for (const [id, analysis] of wasm) {
    assert.ok(native.has(id), `the command line analyzed ${id}`);
    assert.deepEqual(analysis, native.get(id), `native and wasm agree on ${id}`);
  }
  assert.ok(wasm.some(([, a]) => a.quotes.some((q) => q.kind === 'indirect')), 'the inputs exercise reported speech');
  assert.deepEqual(problems, []);
});

test('what only JavaScript can send: lone surrogates, NUL, values that are not strings', async () => {
  const results = await page.evaluate(() => {
    const { analyze } = window.analyzer;
    const out = {};
    // A lone surrogate arrives as U+FFFD, one UTF-16 unit like the surrogate:
    // offsets still index the string that was passed.
    const lone = '\ud800 “Yes,” said Ann Lee. \udc00';
    const a = analyze(lone);
    out.lone = { quote: lone.slice(a.quotes[0].start, a.quotes[0].end), speaker: a.speakers[a.quotes[0].speaker].name };
    const nul = 'Title\n\n\u0000“Yes,”\u0000 said\u0000 Ann.';
    const b = analyze(nul);
    out.nul = b.quotes.map((q) => nul.slice(q.start, q.end));
    out.errors = [null, undefined, 42, {}, ['text'], Symbol('x')].map((value) => {
      try {
        analyze(value);
        return 'no error';
      } catch (error) {
        return error instanceof Error ? error.message : `not an Error: ${String(error)}`;
      }
    });
    out.after = analyze('“Still here,” said Ann.').quotes.length;
    return out;
  });
  assert.deepEqual(results.lone, { quote: '“Yes,”', speaker: 'Ann Lee' });
  assert.deepEqual(results.nul, ['“Yes,”']);
  assert.deepEqual(results.errors, [
    'analyze(text) takes a string, not null',
    'analyze(text) takes a string, not undefined',
    'analyze(text) takes a string, not number',
    'analyze(text) takes a string, not object',
    'analyze(text) takes a string, not object',
    'analyze(text) takes a string, not symbol',
  ]);
  assert.equal(results.after, 1, 'the module keeps working after the errors');
});
