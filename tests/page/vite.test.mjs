// The Vite example (examples/vite): installed with npm (the package from
// ../../pkg, Vite from the registry), built with `vite build`, its dist/
// served statically and checked in headless Chromium: the bundled analyzer,
// renderer, stylesheet and element highlight the quotes of its sample.
// Needs pkg/ built as the npm package first (scripts/test.sh does it).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, newPage, root, startServer } from './support.mjs';

const project = join(root, 'examples', 'vite');
let server;
let baseUrl;
let browser;

before(async () => {
  assert.ok(existsSync(join(root, 'pkg', 'package.json')), 'pkg/ is built as a package (scripts/build.sh)');
  // npm ci when node_modules is missing or older than the lock file.
  const installed = join(project, 'node_modules', '.package-lock.json');
  if (!existsSync(installed) || statSync(join(project, 'package-lock.json')).mtimeMs > statSync(installed).mtimeMs) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: project, stdio: 'inherit' });
  }
  execFileSync(join(project, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], { cwd: project, stdio: 'inherit' });
  ({ child: server, url: baseUrl } = await startServer(join(project, 'dist')));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.kill();
});

test('vite build bundles the glue and emits the .wasm and render.css as assets', () => {
  const assets = readdirSync(join(project, 'dist', 'assets'));
  assert.ok(assets.some((name) => /^article_analyzer_bg-.*\.wasm$/.test(name)), assets.join(' '));
  assert.ok(assets.some((name) => name.endsWith('.css')), assets.join(' '));
});

test('the built Vite page highlights its quotes, with render() and with <quote-highlighter>', async () => {
  const { page, problems } = await newPage(browser);
  await page.goto(`${baseUrl}/`);
  await page.locator('#article mark[data-quote]').first().waitFor();
  const marks = await page.locator('#article mark[data-quote]').evaluateAll((m) => m.map((x) => x.dataset.speaker));
  assert.deepEqual(marks, ['Elena Novak', 'Tomas Berg']);
  // render.css was bundled: the first speaker has their colour.
  assert.equal(await page.$eval('#article mark[data-quote="0"]', (m) => getComputedStyle(m).backgroundColor), 'rgba(255, 159, 28, 0.35)');
  await page.waitForFunction(() => document.querySelector('quote-highlighter')?.analysis != null);
  assert.deepEqual(await page.locator('quote-highlighter mark[data-quote]').evaluateAll((m) => m.map((x) => x.dataset.speaker)), ['Tomas Berg']);
  assert.match(await page.title(), /^article-analyzer with Vite \d+\.\d+\.\d+/);
  assert.deepEqual(problems, []);
  await page.close();
});
