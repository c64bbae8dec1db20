// TypeScript declarations of render.js, the renderer (written by hand: the
// result types they use are generated from the Rust ones, in the analyzer's
// .d.ts). tests/page/types/usage.ts type-checks a use of them.

import type { Analysis, Quote, Speaker } from '../pkg/article_analyzer.js';

/** How many distinct speaker colours render.css defines (--speaker-0 ... --speaker-7). */
export const SPEAKER_COLOURS: number;

/** The class that gives speaker `index` its colour: `speaker-cN`, or `speaker-none`. */
export function colourClass(index: number | null | undefined): string;

/** "Elena Novak" -> "EN". */
export function initialsOf(name: string): string;

export interface RenderOptions {
  /** Explain a quote in a card on hover and focus (default true). */
  card?: boolean;
  /** Called with the quote's index when a quote is chosen (click, Enter or Space). */
  onQuote?: (index: number) => void;
}

export interface ProgressiveRenderOptions extends RenderOptions {
  /** Draw only this many paragraphs at first; renderMore draws more. */
  limit?: number;
  /** Stops drawing when aborted. */
  signal?: AbortSignal;
  /** After each batch: paragraphs drawn so far, of how many. */
  onProgress?: (drawn: number, total: number) => void;
}

/** The detail of the `quote-select` event a rendered container dispatches. */
export interface QuoteSelectDetail {
  /** Index into analysis.quotes. */
  index: number;
  quote: Quote;
  /** The quote's speaker, or null when it has none. */
  speaker: Speaker | null;
}

/** The detail of the `speaker-select` event a speaker list dispatches. */
export interface SpeakerSelectDetail {
  /** Index into analysis.speakers. */
  index: number;
  speaker: Speaker;
}

declare global {
  interface HTMLElementEventMap {
    'quote-select': CustomEvent<QuoteSelectDetail>;
    'speaker-select': CustomEvent<SpeakerSelectDetail>;
  }
}

/**
 * Puts the analyzed article into `container`, replacing what was there: a
 * `<mark data-quote data-speaker>` per quote, a `span.mention` per mention.
 */
export function render(container: HTMLElement, text: string, analysis: Analysis, options?: RenderOptions): void;

/** Like render, a batch of paragraphs per animation frame; resolves false if aborted. */
export function renderProgressively(
  container: HTMLElement, text: string, analysis: Analysis, options?: ProgressiveRenderOptions,
): Promise<boolean>;

/** Draws up to `count` more paragraphs after those renderProgressively drew. */
export function renderMore(
  container: HTMLElement, count: number, options?: Pick<ProgressiveRenderOptions, 'signal' | 'onProgress'>,
): Promise<boolean>;

/** How many paragraphs are not drawn yet. */
export function paragraphsLeft(container: HTMLElement): number;

export interface ArticleSpeaker {
  speaker: Speaker;
  /** Index into analysis.speakers. */
  index: number;
  /** Indices into analysis.quotes of their quotes in the article. */
  quotes: number[];
  /** Their share of the article's quoted words, 0 to 1. */
  share: number;
}

/** The article's speakers, most quoted first (not those quoted only outside it). */
export function articleSpeakers(analysis: Analysis): ArticleSpeaker[];

/** Fills `list` (a `<ul>` or `<ol>`) with a toggle button per speaker of the article. */
export function renderSpeakers(list: HTMLElement, analysis: Analysis): void;

/** Picks out one speaker's quotes in a rendered container (null: all again); returns their marks. */
export function focusSpeaker(container: HTMLElement, speakerIndex: number | null): HTMLElement[];

export interface Summary {
  paragraphs: number;
  quotes: number;
  speakers: number;
  /** Share of the article's characters inside quotes, 0 to 1. */
  quotedShare: number;
  unattributed: number;
}

export function summarize(text: string, analysis: Analysis): Summary;

/** Fills `element` (a list) with the summary's figures. */
export function renderSummary(element: HTMLElement, summary: Summary): void;

/** The quotes as CSV: speaker, quote, paragraph (from 1). */
export function quotesCsv(analysis: Analysis): string;
