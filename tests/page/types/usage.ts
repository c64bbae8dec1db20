// A TypeScript program that uses the npm package's types, for `tsc --noEmit`
// (tests/page/package.test.mjs runs it against the packed and installed
// package). It fails to compile if the types are loose (`any`), if an Option
// is typed `?:` or `undefined` where JavaScript receives null, if a kind is
// not a union of its strings, or if the renderer's and the element's
// declarations do not fit the result: each `@ts-expect-error` must see an error.

import init, {
  analyze, analyzePacked, initSync, version, type PackedAnalysis,
  type Analysis, type Paragraph, type ParagraphKind, type Quote, type QuoteKind, type Sentence, type Span,
  type Speaker, type SpeakerKind, type Unattributed,
} from 'article-analyzer';
import { articleSpeakers, focusSpeaker, quotesCsv, render, renderSpeakers, type QuoteSelectDetail } from 'article-analyzer/render';
import { QuoteHighlighter } from 'article-analyzer/quote-highlighter';
import { decodePacked } from 'article-analyzer/decode';

export async function browser(container: HTMLElement, list: HTMLUListElement, text: string): Promise<string> {
  await init();
  await init({ module_or_path: new URL('article_analyzer_bg.wasm', import.meta.url) });
  const analysis: Analysis = analyze(text);
  render(container, text, analysis, { card: false, onQuote: (index: number) => index });
  renderSpeakers(list, analysis);
  focusSpeaker(container, null);
  container.addEventListener('quote-select', (event) => {
    const detail: QuoteSelectDetail = event.detail;
    const who: string = detail.speaker?.name ?? 'nobody';
    return `${who}: ${detail.quote.text}`;
  });
  list.addEventListener('speaker-select', (event) => event.detail.speaker.name.toUpperCase());
  return `${version()} ${quotesCsv(analysis)} ${articleSpeakers(analysis).map((s) => s.share.toFixed(2))}`;
}

export function node(bytes: Uint8Array): Analysis {
  initSync({ module: bytes });
  return analyze('“Ready,” said Ann Lee.');
}

export function worker(text: string): [PackedAnalysis, ArrayBufferLike[], Analysis] {
  const packed: PackedAnalysis = analyzePacked(text);
  // @ts-expect-error: a packed analysis is not the analysis.
  const wrong: Analysis = packed;
  return [packed, [packed.words.buffer, packed.confidences.buffer], decodePacked(packed) ?? wrong];
}

export function element(): void {
  const highlighter = document.createElement('quote-highlighter');
  const same: QuoteHighlighter = highlighter;
  same.setAttribute('speakers', '');
  highlighter.addEventListener('analyzed', (event) => event.detail.analysis.quotes.length);
  highlighter.addEventListener('quote-select', (event) => event.detail.index);
  const drawn: Analysis | null = highlighter.analysis;
  highlighter.chooseSpeaker(drawn?.speakers.length ? 0 : null);
  void highlighter.refresh();
}

/** Every field of the result, with the type JavaScript really receives. */
export function fields(analysis: Analysis): string[] {
  const out: string[] = [];
  const version: number = analysis.version;
  out.push(String(version));
  for (const paragraph of analysis.paragraphs as Paragraph[]) {
    const kind: ParagraphKind = paragraph.kind;
    out.push(`${paragraph.start}-${paragraph.end} ${kind}`);
  }
  for (const sentence of analysis.sentences as Sentence[]) out.push(String(sentence.start + sentence.end + sentence.paragraph));
  for (const quote of analysis.quotes as Quote[]) {
    const kind: QuoteKind = quote.kind;
    const speaker: number | null = quote.speaker;
    const source: Span | null = quote.source;
    const cue: Span | null = quote.cue;
    const why: Unattributed | null = quote.unattributed;
    const nested: Span[] = quote.nested;
    const outside: boolean = quote.outside_article;
    const confidence: number = quote.confidence;
    out.push(`${quote.start}-${quote.end} ${kind} ${quote.text} ${quote.paragraph} ${speaker} ${source?.start} ${cue?.end}`);
    out.push(`${why} ${nested.length} ${outside} ${confidence}`);
  }
  for (const speaker of analysis.speakers as Speaker[]) {
    const kind: SpeakerKind = speaker.kind;
    const role: string | null = speaker.role;
    const mentions: Span[] = speaker.mentions;
    const quotes: number[] = speaker.quotes;
    out.push(`${speaker.name} ${kind} ${role} ${mentions.length} ${quotes.length} ${speaker.outside_article}`);
  }
  return out;
}

/** The kinds are closed unions: a switch over them is exhaustive. */
export function label(kind: ParagraphKind, quote: QuoteKind, speaker: SpeakerKind, why: Unattributed): string {
  const never = (value: never): never => value;
  const paragraph = (() => {
    switch (kind) {
      case 'title': case 'byline': case 'body': case 'caption': case 'boilerplate': return kind;
      default: return never(kind);
    }
  })();
  const quoteKind = quote === 'direct' || quote === 'indirect' ? quote : never(quote);
  const speakerKind = speaker === 'person' || speaker === 'organisation' || speaker === 'unnamed' ? speaker : never(speaker);
  const reason = why === 'scare-quote' || why === 'title' || why === 'not-stated' ? why : never(why);
  return [paragraph, quoteKind, speakerKind, reason].join(' ');
}

/** What must not compile. */
export function mistakes(analysis: Analysis, quote: Quote, speaker: Speaker): void {
  // @ts-expect-error analyze takes a string
  analyze(42);
  // @ts-expect-error the result is typed, not any: no such field
  void analysis.quotations;
  // @ts-expect-error a quote's speaker may be null
  const index: number = quote.speaker;
  // @ts-expect-error null, never undefined: the field is always there
  const missing: number | undefined = quote.speaker;
  // @ts-expect-error a role may be null
  const role: string = speaker.role;
  // @ts-expect-error no such paragraph kind
  const kind: ParagraphKind = 'headline';
  // @ts-expect-error no such quote kind
  const quoteKind: QuoteKind = 'paraphrase';
  // @ts-expect-error unattributed reasons are kebab-case strings
  const why: Unattributed = 'ScareQuote';
  // @ts-expect-error render wants the analysis, not the text
  render(document.body, 'text', 'text');
  void [index, missing, role, kind, quoteKind, why];
}
