// TypeScript declarations of decode.js as the package carries it
// (`article-analyzer/decode`), written by hand: the types are the analyzer's.

import type { Analysis, PackedAnalysis } from './article_analyzer.js';

/** The Analysis of a packed one (from `analyzePacked`), as `analyze` returns it. */
export function decodePacked(packed: PackedAnalysis): Analysis;
