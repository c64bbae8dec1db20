//! Any bytes in: the analysis must keep every invariant of
//! `tests/support/invariants.rs` and be the same when run twice.
//!
//! The bytes become text with `String::from_utf8_lossy`, not
//! `std::str::from_utf8`: rejecting invalid UTF-8 would waste most mutations
//! (flipping a byte of a “ or an emoji makes it invalid), while the lossy form
//! analyzes every input, and U+FFFD in place of broken bytes is what the wasm
//! module gets too when JavaScript hands it a string with a lone surrogate.
//! Any panic, in the analyzer or in a check, is a crash that libFuzzer saves.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let analysis = article_analyzer::analyze(&text);
    if let Err(broken) = invariants::check(&text, &analysis) {
        panic!("{broken}\ntext: {text:?}");
    }
    assert!(article_analyzer::analyze(&text) == analysis, "two analyses of one text differ\ntext: {text:?}");
});
