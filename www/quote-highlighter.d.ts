// TypeScript declarations of quote-highlighter.js, the <quote-highlighter>
// custom element (written by hand; tests/page/types/usage.ts checks a use).

import type { Analysis } from '../pkg/article_analyzer.js';
import type { QuoteSelectDetail, SpeakerSelectDetail } from './render.js';

export interface AnalyzedDetail {
  text: string;
  analysis: Analysis;
}

export interface AnalysisErrorDetail {
  error: unknown;
}

export interface QuoteHighlighterEventMap extends HTMLElementEventMap {
  analyzed: CustomEvent<AnalyzedDetail>;
  'analysis-error': CustomEvent<AnalysisErrorDetail>;
  'quote-select': CustomEvent<QuoteSelectDetail>;
  'speaker-select': CustomEvent<SpeakerSelectDetail>;
}

/**
 * `<quote-highlighter src? speakers? no-card?>`: analyzes its text (or the
 * text file `src` names) and shows it with the quotes highlighted.
 */
export class QuoteHighlighter extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The latest analysis drawn, or null. */
  readonly analysis: Analysis | null;
  /** The text of the latest analysis drawn, or null. */
  readonly text: string | null;
  /** Reads the text (or fetches `src`) again and analyzes it. */
  refresh(): Promise<void>;
  /** Picks out one speaker's quotes (index into analysis.speakers), or all again with null. */
  chooseSpeaker(index: number | null): void;
  addEventListener<K extends keyof QuoteHighlighterEventMap>(
    type: K, listener: (this: QuoteHighlighter, event: QuoteHighlighterEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions,
  ): void;
}

/** The text written inside `element`, as a text file would have it. */
export function sourceText(element: Element): string;

declare global {
  interface HTMLElementTagNameMap {
    'quote-highlighter': QuoteHighlighter;
  }
}
