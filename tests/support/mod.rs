//! Helpers shared by the integration tests (and, by `#[path]`, the fuzz target).

pub mod invariants;
