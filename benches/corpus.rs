// Inputs for the benchmarks: the PolNeAR dev articles when ../shared/eval is
// beside the repository, else the test fixtures; news made long by repeating
// them; and inputs of shapes that could be slow.

/// The articles to time.
pub fn articles() -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let dev = format!("{root}/../shared/eval/polnear-dev.jsonl");
    if let Ok(lines) = std::fs::read_to_string(&dev) {
        return lines
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .collect();
    }
    ["harbour.txt", "conventions.txt"]
        .iter()
        .map(|f| std::fs::read_to_string(format!("{root}/tests/fixtures/{f}")).expect("fixture"))
        .collect()
}

/// About `bytes` of news: the articles repeated.
pub fn news_of(bytes: usize) -> String {
    let articles = articles();
    let mut text = String::with_capacity(bytes + 10_000);
    'fill: loop {
        for article in &articles {
            if text.len() >= bytes {
                break 'fill;
            }
            text.push_str(article);
            text.push_str("\n\n");
        }
    }
    text
}

/// Inputs of odd shapes, about 1 MB each unless the shape says otherwise.
pub fn odd_shapes() -> Vec<(&'static str, String)> {
    let mb = 1_000_000;
    let news = news_of(mb);
    vec![
        ("1MB news", news.clone()),
        ("1MB of quotation marks", "“”\"".repeat(mb / 7)),
        ("1MB on one line", news.replace('\n', " ")),
        ("100000 one-word paragraphs", "word\n".repeat(100_000)),
        ("10000 unclosed quotes", "“unclosed quote here\n".repeat(10_000)),
        ("a 1MB quote", format!("“{}”", news.replace(['“', '”', '"', '\n'], " "))),
        // One "sentence" with tens of thousands of quotes or reporting verbs:
        // what made attribution's cost grow with the square of a sentence.
        ("1MB of minified JSON", "{\"id\":1,\"text\":\"hi there\"},".repeat(mb / 27)),
        ("1MB sentence of quotes and verbs", "Ann said “ok” and polls show voters want ".repeat(mb / 42)),
        // Shapes a search for super-linear cost found (each was quadratic):
        // an unclosed quote full of marks of another style, quotes that
        // cross sentence ends, pronouns among names in one sentence.
        ("1MB unclosed quote of other marks", format!("«{}", "a\" ".repeat(mb / 3))),
        ("1MB of quotes crossing sentences", "\"a. ".repeat(mb / 4)),
        ("1MB of pronouns among names", "he Novak ".repeat(mb / 9)),
    ]
}
