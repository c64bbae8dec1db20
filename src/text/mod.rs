//! Text structure: the paragraphs, their kinds, sentences and words that every
//! later stage works within.

pub mod kinds;
pub mod paragraphs;
pub mod scan;
pub mod sentences;
pub mod words;
