//! Words around a quote that say it is no one's speech: scare quotes held at
//! a distance, and the names of works.

/// Words before a quote that hold it at a distance.
pub const SCARE_QUOTE_MARKERS: &[&str] = &["so-called", "so", "dubbed", "quote-unquote", "term", "word", "phrase"];

/// Words before a quote that make it nobody's words whatever the sentence
/// says around it: "Critics called the so-called “recovery plan” vague."
pub const ALWAYS_SCARE_MARKERS: &[&str] = &["so-called", "quote-unquote", "supposed", "self-styled", "self-described"];

/// Words a title leaves in lower case, as written: “Face the Nation”,
/// “Pride and Prejudice”.
pub const TITLE_SMALL_WORDS: &[&str] =
    &["of", "the", "and", "a", "an", "in", "on", "with", "for", "to", "at", "from", "by", "or"];

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

/// Labels before a colon that name no speaker: notes, updates, section
/// headings a paste brings along ("Editor's note: ...", "Update: ..."),
/// credits ("Contributing: ...", "Byline: ..."), and the "Q:" and "A:" of
/// an interview, which stand for the interviewer and the one interviewed,
/// not for anyone by name (on PolNeAR train, 8 of 63 such clauses were
/// annotated).
static NOT_SPEAKER_LABELS: super::WordSet = super::WordSet::new(
    "note update updated correction related photo photos video watch read more also see source \
     sources editor editor's editor’s disclosure clarification warning breaking exclusive live \
     abstract summary transcript full text contributing byline revealed q a question answer latest",
);

/// Whether a label before a colon names no speaker: one of its words is a
/// note's or section's.
pub fn is_not_a_speaker_label(label: &str) -> bool {
    label.split_whitespace().any(|w| NOT_SPEAKER_LABELS.contains(w))
}
