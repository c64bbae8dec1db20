// Saves screenshots of the page with its sample article under docs/: light,
// dark and phone width. Run with the page served at BASE (default
// http://127.0.0.1:8000), e.g. after scripts/serve.sh:
//   node scripts/screenshots.mjs
import { chromium } from 'playwright-core';

const base = process.env.BASE ?? 'http://127.0.0.1:8000';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const shots = [
  ['page-light.png', { viewport: { width: 1280, height: 900 }, colorScheme: 'light' }],
  ['page-dark.png', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
  ['page-phone.png', { viewport: { width: 390, height: 844 }, colorScheme: 'light' }],
];
for (const [name, options] of shots) {
  const page = await browser.newPage(options);
  await page.goto(`${base}/www/`);
  await page.waitForFunction(() => document.getElementById('status').dataset.state === 'done');
  await page.click('#load-sample');
  await page.waitForFunction(() => {
    const s = document.getElementById('status');
    return s.dataset.state === 'done' && s.dataset.shown === s.dataset.requested && document.querySelector('mark');
  });
  await page.click('#speaker-list button');
  await page.click('#next-quote');
  await page.screenshot({ path: new URL(`../docs/${name}`, import.meta.url).pathname, fullPage: name !== 'page-phone.png' });
  await page.close();
}
await browser.close();
