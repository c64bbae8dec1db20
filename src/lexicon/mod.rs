//! Language data, kept apart from the logic that reads it: quotation marks,
//! reporting words, pronouns. Each file is a table; changing what the
//! analyzer knows means editing a table, not code.

pub mod cues;
pub mod marks;
pub mod pronouns;
