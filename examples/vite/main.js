// The Vite example: the analyzer, the renderer and its stylesheet, and the
// <quote-highlighter> element, all imported from the npm package by name.
import init, { analyze, version } from 'article-analyzer';
import { render } from 'article-analyzer/render';
import 'article-analyzer/render.css';
import 'article-analyzer/quote-highlighter';

await init(); // Vite serves the .wasm and gives its URL to the glue.

const input = document.getElementById('text');
const article = document.getElementById('article');
const show = () => render(article, input.value, analyze(input.value));
input.addEventListener('input', show);
show();
document.title += ` ${version()}`;
