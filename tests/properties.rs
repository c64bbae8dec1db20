//! Whatever the text, the analysis never breaks (issue 7): property tests over
//! hostile generated text, and a few hand-made extreme inputs.
//!
//! Each generated text passes three properties:
//!
//! - the result satisfies every invariant of `support::invariants`;
//! - the analysis is deterministic: analyzing the same text twice gives equal
//!   results;
//! - the result survives JSON: serialised, read back, it is equal, and
//!   serialised again it is the same string.
//!
//! The generator mixes the things that break text code: news words, names and
//! reporting verbs (so quotes do get attributed), every quotation-mark style
//! and the apostrophe, every kind of line ending and things that look like one
//! (U+2028, U+0085), non-breaking and zero-width spaces, combining marks,
//! emoji outside the Basic Multilingual Plane (surrogate pairs in UTF-16),
//! right-to-left scripts, characters whose case mapping changes their length,
//! and control characters, NUL included. A failing case is shrunk to a small
//! text and its seed kept in `tests/properties.proptest-regressions`, replayed
//! first on every later run (commit that file).
//!
//! `PROPTEST_CASES=N` overrides the number of cases (512 in a release build,
//! about a second; 128 in a debug one).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use article_analyzer::parallel::Threads;
use article_analyzer::{analyze, analyze_on, Analysis, Span};
use proptest::prelude::*;
use proptest::sample::select;
use support::invariants;

#[rustfmt::skip]
const WORDS: &[&str] = &[
    "the", "port", "will", "reopen", "we", "it", "was", "a", "of", "on", "and", "never", "again", "Monday", "week",
    "U.S.", "Mr.", "Sen.", "Dr.", "No.", "Jan.", "3.5", "9", "a.m.", "students", "union", "can", "rock", "n",
    "roll", "90s", "so-called", "reform", "package", "Succession", "she", "he", "they", "his", "her", "it’s",
    "can't", "don’t", "council’s", "Read", "more", "Photo:", "Getty", "Images", "ABSTRACT.", "By", "Jo", "Allen",
];

#[rustfmt::skip]
const NAMES: &[&str] = &[
    "Elena Novak", "Novak", "Tomas Berg", "Mr. Tomas Berg", "Ann Lee", "The council", "the company",
    "a senior official", "a spokesman", "She", "He", "They", "Reuters", "Sen. Omar", "J. R. R. Tolkien",
    "Zoë Müller", "İsmail Şahin", "ǅemal", "ΣΟΦΊΑ", "محمد علي", "דוד לוי", "Ｆｕｌｌｗｉｄｔｈ",
];

#[rustfmt::skip]
const CUES: &[&str] = &[
    "said", "says", "told", "told reporters", "according to", "added", "asked", "wrote", "said on Monday",
    "said in a statement", "warned", "explained", "later told reporters that",
];

const MARKS: &[&str] = &["\"", "“", "”", "‘", "’", "„", "«", "»", "‹", "›", "'"];

const SPACES: &[&str] = &[" ", " ", " ", "  ", "\t", "\u{A0}", "\u{200B}", "\u{FEFF}", "\u{3000}", "\u{2009}"];

const NEWLINES: &[&str] =
    &["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r\n", "\n\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{B}", "\u{C}"];

const PUNCTUATION: &[&str] =
    &[".", ",", "!", "?", "?!", "…", "...", ":", ";", "—", "–", "-", "(", ")", "[", "]", "/", "*", "#"];

const ODD: &[&str] = &[
    // Combining marks, alone and on a letter, and an enclosing one.
    "e\u{301}",
    "\u{301}",
    "\u{308}\u{308}",
    "\u{20DD}",
    // Astral-plane characters: two UTF-16 units each.
    "😀",
    "🌊",
    "👩‍👩‍👧",
    "🇳🇱",
    "𝔘𝔫𝔦",
    "\u{10FFFF}",
    // Right to left, with and without direction controls.
    "مرحبا",
    "قال",
    "שלום",
    "אמר",
    "\u{200F}",
    "\u{202E}",
    "\u{2066}",
    // Control characters, NUL included, and the replacement character.
    "\u{0}",
    "\u{1}",
    "\u{7}",
    "\u{1B}",
    "\u{7F}",
    "\u{9F}",
    "\u{FFFD}",
    // Case mappings that change length: lower-casing İ gives two characters.
    "İ",
    "ß",
    "ẞ",
    "ﬁ",
    "ǅ",
    "Σ",
    "ς",
];

/// One random piece of text: a word with its space, a mark, a line break...
fn fragment() -> impl Strategy<Value = String> {
    let spaced = |list: &'static [&'static str]| select(list).prop_map(|w| format!(" {w}"));
    let words = || proptest::collection::vec(select(WORDS), 1..6).prop_map(|w| w.join(" "));
    // Whole attributions, so that speakers and their invariants get exercised.
    let attribution = prop_oneof![
        (words(), select(CUES), select(NAMES)).prop_map(|(w, c, n)| format!("“{w},” {c} {n}.")),
        (select(NAMES), select(CUES), words()).prop_map(|(n, c, w)| format!("{n} {c}: \"{w}.\"")),
        (select(NAMES), select(CUES), words()).prop_map(|(n, c, w)| format!("{n} {c} the plan “{w}” on Monday.")),
        (words(), select(CUES), select(NAMES)).prop_map(|(w, c, n)| format!("‘{w},’ {c} {n}.")),
        (words(), select(NAMES), words()).prop_map(|(a, n, b)| format!("«{a}», said {n}, «{b}».")),
        (words(), words()).prop_map(|(a, b)| format!("“{a}, ‘{b}’ and so on.”")),
    ];
    prop_oneof![
        6 => spaced(WORDS),
        2 => spaced(NAMES),
        2 => spaced(CUES),
        4 => select(MARKS).prop_map(String::from),
        2 => select(SPACES).prop_map(String::from),
        2 => select(NEWLINES).prop_map(String::from),
        2 => select(PUNCTUATION).prop_map(String::from),
        2 => select(ODD).prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
        3 => attribution,
    ]
}

/// A hostile text: up to 150 fragments run together.
fn hostile_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(fragment(), 0..150).prop_map(|pieces| pieces.concat())
}

/// 512 cases per property in an optimised build (`cargo test --release`),
/// 128 in a debug one (plain `cargo test`, as `scripts/test.sh` runs it),
/// unless `PROPTEST_CASES` says otherwise; failures kept beside this file, in
/// `properties.proptest-regressions`.
fn config() -> ProptestConfig {
    let default = if cfg!(debug_assertions) { 128 } else { 512 };
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(default);
    let persistence = proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions");
    ProptestConfig { cases, failure_persistence: Some(Box::new(persistence)), ..ProptestConfig::default() }
}

fn assert_invariants(text: &str, analysis: &Analysis) {
    if let Err(broken) = invariants::check(text, analysis) {
        panic!("{broken}\ntext: {text:?}\nanalysis: {analysis:#?}");
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn every_analysis_keeps_the_invariants(text in hostile_text()) {
        let analysis = analyze(&text);
        let checked = invariants::check(&text, &analysis);
        prop_assert!(checked.is_ok(), "{}\ntext: {:?}", checked.unwrap_err(), text);
    }

    #[test]
    fn analysis_is_deterministic(text in hostile_text()) {
        prop_assert_eq!(analyze(&text), analyze(&text));
    }

    /// The stages that run on several threads cut their work into parts at
    /// paragraph boundaries; the parts joined must be the whole.
    #[test]
    fn analysis_is_the_same_on_any_number_of_threads(text in hostile_text(), threads in 2..6usize) {
        let on_one = analyze_on(&text, Threads::ONE);
        prop_assert_eq!(analyze_on(&text, Threads::exactly(threads)), on_one);
    }

    #[test]
    fn analysis_survives_a_json_round_trip(text in hostile_text()) {
        let analysis = analyze(&text);
        let json = serde_json::to_string(&analysis).unwrap();
        let back: Analysis = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &analysis, "json: {}", json);
        prop_assert_eq!(serde_json::to_string(&back).unwrap(), json);
    }

    /// Single characters of every kind, a handful at a time: the smallest
    /// texts, where off-by-one errors at the ends of the text show.
    #[test]
    fn tiny_texts_keep_the_invariants(chars in proptest::collection::vec(any::<char>(), 0..4)) {
        let text: String = chars.into_iter().collect();
        let analysis = analyze(&text);
        let checked = invariants::check(&text, &analysis);
        prop_assert!(checked.is_ok(), "{}\ntext: {:?}", checked.unwrap_err(), text);
    }
}

#[test]
fn empty_text() {
    let analysis = analyze("");
    assert_invariants("", &analysis);
    assert!(analysis.paragraphs.is_empty() && analysis.quotes.is_empty() && analysis.speakers.is_empty());
}

#[test]
fn white_space_only() {
    for text in [" ", "\n", "\r\n\r\n", "\r\r", " \t\n\u{A0}\u{200B}\u{FEFF}\u{3000}\u{2028}\u{85}\r\n "] {
        let analysis = analyze(text);
        assert_invariants(text, &analysis);
        assert!(analysis.paragraphs.is_empty(), "{text:?} has no paragraph");
    }
}

#[test]
fn one_character() {
    let chars = [
        "a", "Z", ".", "\"", "“", "”", "‘", "’", "„", "«", "»", "‹", "›", "'", "\u{0}", "\u{301}", "😀", "ا", "İ",
        "\u{FFFD}",
    ];
    for text in chars {
        assert_invariants(text, &analyze(text));
    }
}

#[test]
fn no_line_break_at_all() {
    let text = "“We will reopen the port within a week,” said Elena Novak, head of the port authority. \
                She added: “Nobody wanted this.” "
        .repeat(2_000);
    let analysis = analyze(&text);
    assert_invariants(&text, &analysis);
    assert_eq!(analysis.paragraphs.len(), 1);
}

/// Every fixture, and every input the fuzzer or these properties ever broke
/// the analyzer with (`tests/fixtures/fuzz/`, one file each, bytes as found:
/// read lossily, as the fuzz target reads them).
#[test]
fn fixtures_and_past_failures_keep_the_invariants() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut paths = Vec::new();
    for dir in [root.to_string(), format!("{root}/fuzz")] {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        // Every file but the README that says what each input broke.
        let inputs = entries.flatten().map(|e| e.path()).filter(|p| p.is_file() && !p.ends_with("README.md"));
        paths.extend(inputs);
    }
    paths.sort();
    assert!(!paths.is_empty(), "no fixtures under {root}");
    let mut failures = Vec::new();
    for path in &paths {
        let bytes = std::fs::read(path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        // A panic is a failure too; catch it to report every input at once.
        let Ok(analysis) = std::panic::catch_unwind(|| analyze(&text)) else {
            failures.push(format!("{}: the analyzer panicked (message above)", path.display()));
            continue;
        };
        if let Err(broken) = invariants::check(&text, &analysis) {
            failures.push(format!("{}: {broken}", path.display()));
        }
        if analyze(&text) != analysis {
            failures.push(format!("{}: two analyses differ", path.display()));
        }
    }
    assert!(failures.is_empty(), "{} of {} inputs fail:\n{}", failures.len(), paths.len(), failures.join("\n"));
}

/// A small generator of repeatable "random" choices, so the big inputs below
/// need no seed from proptest.
fn pick<'a>(list: &[&'a str], state: &mut u64) -> &'a str {
    *state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    list[(*state >> 33) as usize % list.len()]
}

#[test]
fn a_hundred_thousand_quotation_marks() {
    let mut state = 7;
    let marks: String = (0..100_000).map(|_| pick(MARKS, &mut state)).collect();
    assert_invariants(&marks, &analyze(&marks));
    // The same marks with words and spaces between them, so that many pair.
    let mut state = 7;
    let text: String = (0..100_000)
        .map(|i| if i % 3 == 0 { pick(MARKS, &mut state).to_string() } else { format!(" {}", pick(WORDS, &mut state)) })
        .collect();
    assert_invariants(&text, &analyze(&text));
}

#[test]
fn ten_thousand_nested_quotes() {
    let opening = "“‘".repeat(5_000);
    assert_invariants(&opening, &analyze(&opening));
    // Every one of them closed again, innermost first.
    let balanced = format!("{opening}deep{}, she said.", "’”".repeat(5_000));
    assert_invariants(&balanced, &analyze(&balanced));
}

#[test]
fn ten_thousand_unclosed_quotes() {
    // In one paragraph: each new opening mark ends the quote before it.
    let one_paragraph = "“we will ".repeat(10_000);
    assert_invariants(&one_paragraph, &analyze(&one_paragraph));
    // One per paragraph: a quote running on over ten thousand paragraphs,
    // attributed only at its end.
    let running_on = format!("{}“the end,” said Elena Novak.", "“we will\n".repeat(10_000));
    assert_invariants(&running_on, &analyze(&running_on));
}

#[test]
fn one_sentence_of_thousands_of_quotes_and_verbs() {
    // Minified JSON pasted as an article, and a run-on sentence of quotes and
    // reporting verbs: each once took time growing with the square of its
    // length (minutes for half a megabyte); in a debug build these take well
    // under a second now.
    let json = "{\"id\":1,\"text\":\"hi there\"},".repeat(3_000);
    assert_invariants(&json, &analyze(&json));
    let run_on = "Ann said “ok” and polls show voters want ".repeat(2_000);
    let analysis = analyze(&run_on);
    assert_invariants(&run_on, &analysis);
    assert!(analysis.quotes.iter().any(|q| q.kind == article_analyzer::QuoteKind::Indirect));
}

/// The checker itself: it must notice a broken analysis, or the properties
/// above prove nothing.
#[test]
fn the_checker_catches_broken_results() {
    let text = "Port to reopen\n\n“We will 😀,” said Elena Novak.\n“Soon,” Novak said.";
    let good = analyze(text);
    assert_invariants(text, &good);
    assert!(good.quotes.len() == 2 && good.quotes[0].speaker.is_some(), "the example has attributed quotes");

    type Breakage = fn(&mut Analysis);
    let breakages: &[(&str, Breakage)] = &[
        ("offsets", |a| a.paragraphs[1].end += 100),
        ("offsets", |a| {
            // Between the two halves of 😀's surrogate pair.
            let q = &mut a.quotes[0];
            q.end = q.start + 10;
        }),
        ("offsets", |a| a.speakers[0].mentions[0] = Span { start: 5, end: 4 }),
        ("paragraphs", |a| {
            a.paragraphs.remove(0);
            for s in &mut a.sentences {
                s.paragraph = s.paragraph.saturating_sub(1);
            }
            for q in &mut a.quotes {
                q.paragraph -= 1;
            }
        }),
        ("paragraphs", |a| a.paragraphs.swap(0, 1)),
        ("sentences", |a| a.sentences[0].paragraph = 99),
        ("sentences", |a| a.sentences.reverse()),
        ("quotes", |a| a.quotes[0].start += 1),
        ("quotes", |a| a.quotes[0].text.push('x')),
        ("quotes", |a| a.quotes[0].paragraph = 0),
        ("quotes", |a| a.quotes[0].nested.push(Span { start: 0, end: 2 })),
        ("speakers", |a| a.quotes[0].speaker = Some(99)),
        ("speakers", |a| a.speakers[0].quotes.reverse()),
        ("speakers", |a| {
            let mention = a.speakers[0].mentions[0];
            a.speakers.push(article_analyzer::Speaker {
                name: "Elena Novak".into(),
                kind: article_analyzer::SpeakerKind::Person,
                role: None,
                mentions: vec![mention],
                quotes: vec![],
                outside_article: false,
            });
        }),
        ("confidence", |a| a.quotes[0].confidence = f64::NAN),
        ("confidence", |a| a.quotes[0].confidence = 1.5),
    ];
    for (i, (invariant, brk)) in breakages.iter().enumerate() {
        let mut broken = good.clone();
        brk(&mut broken);
        let message = invariants::check(text, &broken).expect_err(&format!("breakage {i} goes unnoticed"));
        assert!(message.contains(&format!("`{invariant}`")), "breakage {i}: expected `{invariant}`, got: {message}");
    }
}
