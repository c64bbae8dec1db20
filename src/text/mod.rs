//! Text structure: the paragraphs (and, later, sentences) that every later
//! stage works within.

pub mod paragraphs;
pub mod sentences;
pub mod words;
