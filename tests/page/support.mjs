// What the browser tests share: a static server, Debian's Chromium driven
// by playwright-core, and a record of a page's errors.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = fileURLToPath(new URL('../..', import.meta.url));

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// As root Chromium needs --no-sandbox; the network flags stop it reaching for
// services this machine cannot reach (../shared/TOOLCHAIN.md).
const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run',
];

/** `python3 -m http.server` on a free port, serving `dir`; resolves { child, url }. */
export async function startServer(dir = root) {
  const child = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1'], {
    cwd: dir,
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

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A new page whose errors collect in `problems`: uncaught exceptions, console
 * errors, failed requests and error responses (but the favicon the browser
 * asks for by itself).
 */
export async function newPage(browser, options = {}) {
  const page = await browser.newPage(options);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A failed load is reported below, with its URL.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      problems.push(`${response.status()}: ${response.url()}`);
    }
  });
  return { page, problems };
}

/** The first ```lang block under the README heading that starts with `heading`. */
export function readmeSnippet(heading, lang) {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const at = readme.indexOf(`\n${heading}`);
  if (at < 0) throw new Error(`README has no heading ${heading}`);
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme.slice(at));
  if (!match) throw new Error(`README has no ${lang} block under ${heading}`);
  return match[1];
}
