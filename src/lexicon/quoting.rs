//! Words around a quote that say it is no one's speech: scare quotes held at
//! a distance, and the names of works.

/// Words before a quote that hold it at a distance.
pub const SCARE_QUOTE_MARKERS: &[&str] = &["so-called", "so", "dubbed", "quote-unquote", "term", "word", "phrase"];

/// Words before a quote that make it nobody's words whatever the sentence
/// says around it: "Critics called the so-called “recovery plan” vague."
pub const ALWAYS_SCARE_MARKERS: &[&str] = &["so-called", "quote-unquote", "supposed", "self-styled", "self-described"];

/// Nouns that follow the title of a work: “Perception” syllabus.
pub const WORK_NOUNS: &[&str] = &[
    "show",
    "program",
    "programme",
    "podcast",
    "syllabus",
    "film",
    "movie",
    "book",
    "series",
    "album",
    "song",
    "documentary",
    "column",
    "article",
    "episode",
];
