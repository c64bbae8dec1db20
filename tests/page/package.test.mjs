// The npm package in Node, as a developer gets it: pkg/package.json carries
// what Cargo.toml says and the `exports` and files the build adds;
// `wasm-pack pack` makes a tarball that `npm install` takes into an empty
// project, where Node 20 imports it by name and analyzes from the wasm's
// bytes (initSync), and where `tsc --noEmit` type-checks tests/page/types/
// usage.ts against its declarations. Also the Node example on a fixture.
// Needs pkg/ built as the package first (scripts/test.sh does it).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readmeSnippet, root } from './support.mjs';

const pkg = join(root, 'pkg');
const manifest = () => JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
let project;
let tarball;

/** wasm-pack from PATH (scripts/setup.sh puts ~/.cargo/bin there) or where cargo installs it. */
function wasmPack() {
  const installed = join(homedir(), '.cargo', 'bin', 'wasm-pack');
  return existsSync(installed) ? installed : 'wasm-pack';
}

before(() => {
  assert.ok(existsSync(join(pkg, 'package.json')), 'pkg/ is built as a package (scripts/build.sh)');
  const { name, version } = manifest();
  tarball = join(pkg, `${name}-${version}.tgz`);
  rmSync(tarball, { force: true });
  execFileSync(wasmPack(), ['pack', root], { stdio: 'pipe' });
  project = mkdtempSync(join(tmpdir(), 'article-analyzer-package-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'embedder', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project, stdio: 'inherit' });
});

after(() => {
  if (project) rmSync(project, { recursive: true, force: true });
  if (tarball) rmSync(tarball, { force: true });
});

test('package.json: name, version, description, license, repository, keywords from Cargo.toml; files, types, exports', () => {
  const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  const field = (key) => new RegExp(`^${key} = "(.*)"$`, 'm').exec(cargo)[1];
  const json = manifest();
  assert.equal(json.name, field('name'));
  assert.equal(json.version, field('version'));
  assert.equal(json.description, field('description'));
  assert.equal(json.license, 'MIT OR Apache-2.0');
  assert.equal(json.repository.url, field('repository'));
  assert.deepEqual(json.keywords, JSON.parse(/^keywords = (\[.*\])$/m.exec(cargo)[1]));
  assert.equal(json.type, 'module');
  assert.equal(json.types, 'article_analyzer.d.ts');
  for (const file of ['article_analyzer.js', 'article_analyzer.d.ts', 'article_analyzer_bg.wasm', 'decode.js', 'decode.d.ts', 'render.js', 'render.d.ts',
    'render.css', 'quote-highlighter.js', 'quote-highlighter.d.ts']) {
    assert.ok(json.files.includes(file), `files lists ${file}`);
    assert.ok(existsSync(join(project, 'node_modules', 'article-analyzer', file)), `${file} is in the tarball`);
  }
  // npm packs license files whatever `files` says; wasm-pack copies them in.
  for (const file of ['LICENSE-MIT', 'LICENSE-APACHE']) {
    assert.ok(existsSync(join(project, 'node_modules', 'article-analyzer', file)), `${file} is in the tarball`);
  }
  assert.deepEqual(Object.keys(json.exports),
    ['.', './decode', './render', './quote-highlighter', './render.css', './article_analyzer_bg.wasm', './package.json']);
  assert.deepEqual(json.exports['.'], { types: './article_analyzer.d.ts', default: './article_analyzer.js' });
  assert.ok(json.sideEffects.includes('./quote-highlighter.js'), 'bundlers keep the import that defines the element');
});

test('the installed package runs in Node from the wasm bytes (initSync), by name, with its renderer helpers', () => {
  const script = `
    import { readFileSync } from 'node:fs';
    import { initSync, analyze, analyzePacked, version } from 'article-analyzer';
    import { decodePacked } from 'article-analyzer/decode';
    import { articleSpeakers, quotesCsv } from 'article-analyzer/render';
    initSync({ module: readFileSync(new URL(import.meta.resolve('article-analyzer/article_analyzer_bg.wasm'))) });
    const analysis = analyze(readFileSync(process.argv[2], 'utf8'));
    const packed = analyzePacked(readFileSync(process.argv[2], 'utf8'));
    console.log(JSON.stringify({
      packedIsTheSame: JSON.stringify(decodePacked(structuredClone(packed, { transfer: [packed.words.buffer, packed.confidences.buffer] })))
        === JSON.stringify(analysis),
      version: version(),
      speakers: articleSpeakers(analysis).map(({ speaker, quotes }) => [speaker.name, quotes.length]),
      firstQuote: analysis.quotes[0].text,
      csvLines: quotesCsv(analysis).trim().split('\\r\\n').length,
      nulls: analysis.quotes.filter((q) => q.speaker === null).length,
      undefineds: analysis.quotes.filter((q) => q.speaker === undefined || q.unattributed === undefined).length,
    }));`;
  writeFileSync(join(project, 'main.mjs'), script);
  const out = JSON.parse(execFileSync('node', ['main.mjs', join(root, 'tests', 'fixtures', 'harbour.txt')], { cwd: project, encoding: 'utf8' }));
  assert.equal(out.version, manifest().version);
  assert.ok(out.packedIsTheSame, 'analyzePacked, transferred and decoded, gives what analyze gives');
  const quotesBy = new Map(out.speakers);
  assert.equal(quotesBy.get('Elena Novak'), 2);
  assert.equal(quotesBy.get('Tomas Berg'), 1);
  assert.equal(out.firstQuote, 'We have never had so little time to prepare,');
  assert.ok(out.csvLines > 3);
  assert.equal(out.undefineds, 0, 'a missing value is null, never undefined');
});

test("the README's Node snippet runs as written in a project that installed the tarball", () => {
  writeFileSync(join(project, 'readme.mjs'), readmeSnippet('### In Node 20', 'js'));
  assert.equal(execFileSync('node', ['readme.mjs'], { cwd: project, encoding: 'utf8' }), 'Elena Novak\n');
});

test('the types: tsc --noEmit over a TypeScript file that uses them, against the installed package', () => {
  for (const file of ['usage.ts', 'tsconfig.json']) copyFileSync(join(root, 'tests', 'page', 'types', file), join(project, file));
  const tsc = join(root, 'node_modules', '.bin', 'tsc');
  try {
    execFileSync(tsc, ['-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    assert.fail(`tsc found errors:\n${error.stdout}${error.stderr}`);
  }
  // The declarations are the generated ones: an interface per result type.
  const declarations = readFileSync(join(pkg, 'article_analyzer.d.ts'), 'utf8');
  for (const type of ['Analysis', 'Paragraph', 'Sentence', 'Quote', 'Speaker', 'Span']) {
    assert.match(declarations, new RegExp(`export interface ${type} \\{`));
  }
  assert.match(declarations, /export type ParagraphKind = "title" \| "byline" \| "body" \| "caption" \| "boilerplate";/);
  assert.match(declarations, /export function analyze\(text: string\): Analysis;/);
  assert.doesNotMatch(declarations, /export function _failForTesting/, 'the test hook is not part of the typed API');
});

test('examples/node/speakers.mjs prints each speaker with their quotes', () => {
  const out = execFileSync('node', [join(root, 'examples', 'node', 'speakers.mjs'), join(root, 'tests', 'fixtures', 'harbour.txt')], { encoding: 'utf8' });
  const lines = out.trimEnd().split('\n');
  assert.deepEqual(lines.slice(0, 5), [
    'Elena Novak, head of the port authority (2 quotes)',
    '  “We have never had so little time to prepare,”',
    '  “We will be ready,”',
    'Tomas Berg (1 quote)',
    '  “The sea always gives a warning.”',
  ]);
  // Standard input works as well as a file.
  const piped = execFileSync('node', [join(root, 'examples', 'node', 'speakers.mjs')], {
    encoding: 'utf8', input: '“Ready,” said Ann Lee.',
  });
  assert.equal(piped, 'Ann Lee (1 quote)\n  “Ready,”\n');
});
