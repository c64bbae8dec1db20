// Prints who said what in a text file: each speaker with their quotes, then
// the quotes nobody is said to have said. The analyzer in Node 20 or later,
// loaded from the wasm's bytes with initSync.
//
//   node examples/node/speakers.mjs ARTICLE.txt     (or the text on standard input)
//
// It takes the package from ../../pkg/ (scripts/build.sh); in a project of
// your own, import from 'article-analyzer' and find the wasm with
// import.meta.resolve('article-analyzer/article_analyzer_bg.wasm').

import { readFileSync } from 'node:fs';
import { initSync, analyze } from '../../pkg/article_analyzer.js';

initSync({ module: readFileSync(new URL('../../pkg/article_analyzer_bg.wasm', import.meta.url)) });

const file = process.argv[2];
const text = readFileSync(file ?? 0, 'utf8');
const analysis = analyze(text);

const said = (quote) => (quote.kind === 'direct' ? `  “${quote.text}”` : `  reported: ${quote.text}`);
for (const speaker of analysis.speakers) {
  const quotes = speaker.quotes.map((index) => analysis.quotes[index]);
  const count = `${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'}`;
  const outside = speaker.outside_article ? ', outside the article' : '';
  console.log(`${speaker.name}${speaker.role ? `, ${speaker.role}` : ''} (${count}${outside})`);
  for (const quote of quotes) console.log(said(quote));
}
const nobody = analysis.quotes.filter((quote) => quote.speaker === null);
if (nobody.length > 0) {
  console.log(`No speaker (${nobody.length})`);
  for (const quote of nobody) console.log(`${said(quote)}: ${quote.unattributed}`);
}
