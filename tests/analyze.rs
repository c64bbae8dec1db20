//! The whole pipeline on small articles written for these tests.
#![cfg(not(target_arch = "wasm32"))]

use article_analyzer::parallel::Threads;
use article_analyzer::{analyze, analyze_on, Analysis, ParagraphKind, QuoteKind, Span};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
}

fn slice(text: &str, start: usize, end: usize) -> &str {
    Span { start, end }.slice(text).expect("offsets on character boundaries inside the text")
}

#[test]
fn harbour_article_quotes_and_speakers() {
    let text = fixture("harbour.txt");
    let analysis = analyze(&text);

    let kinds: Vec<ParagraphKind> = analysis.paragraphs.iter().map(|p| p.kind).collect();
    assert_eq!(kinds.len(), 6);
    assert_eq!(kinds[0], ParagraphKind::Title);
    assert_eq!(
        slice(&text, analysis.paragraphs[0].start, analysis.paragraphs[0].end),
        "Harbour town braces for 🌊 storm season"
    );

    let quotes: Vec<(&str, Option<&str>)> = analysis
        .quotes
        .iter()
        .map(|q| (slice(&text, q.start, q.end), q.speaker.map(|s| analysis.speakers[s].name.as_str())))
        .collect();
    assert_eq!(
        quotes,
        [
            ("“We have never had so little time to prepare,”", Some("Elena Novak")),
            ("“The sea always gives a warning.”", Some("Tomas Berg")),
            ("“We will be ready,”", Some("Elena Novak")),
            // A partial quote is attributed to the subject of its reporting verb.
            ("“a fair start”", Some("The council")),
        ]
    );
    assert!(analysis.quotes.iter().all(|q| q.kind == QuoteKind::Direct));
    assert_eq!(analysis.quotes[0].text, "We have never had so little time to prepare,");

    let novak = &analysis.speakers[0];
    assert_eq!(novak.quotes, [0, 2]);
    let mentions: Vec<&str> = novak.mentions.iter().map(|m| slice(&text, m.start, m.end)).collect();
    assert_eq!(mentions, ["Elena Novak", "Novak"]);
    let cue = analysis.quotes[1].cue.unwrap();
    assert_eq!(slice(&text, cue.start, cue.end), "said");
}

#[test]
fn windows_line_endings_keep_exact_offsets() {
    let text = fixture("crlf.txt");
    let analysis = analyze(&text);
    let paragraphs: Vec<&str> = analysis.paragraphs.iter().map(|p| slice(&text, p.start, p.end)).collect();
    assert_eq!(paragraphs, ["First line", "“One,” said Ann Lee."]);
    assert_eq!(analysis.speakers[0].name, "Ann Lee");
}

#[test]
fn json_form_matches_the_documented_contract() {
    let analysis = analyze("Title\n\n“Yes,” said Ann.\n“No.”");
    let json: serde_json::Value = serde_json::to_value(&analysis).unwrap();
    assert_eq!(json["version"], article_analyzer::FORMAT_VERSION);
    assert_eq!(json["paragraphs"][0], serde_json::json!({"start": 0, "end": 5, "kind": "title"}));
    let quote = &json["quotes"][0];
    assert_eq!(quote["kind"], "direct");
    assert_eq!(quote["text"], "Yes,");
    assert_eq!(quote["speaker"], 0);
    assert_eq!(quote["source"], serde_json::json!({"start": 19, "end": 22}));
    assert_eq!(quote["cue"], serde_json::json!({"start": 14, "end": 18}));
    // A quote alone in the next paragraph continues the speaker before it.
    assert_eq!(json["quotes"][1]["speaker"], 0);
    let lone = serde_json::to_value(analyze("They called it “a mess” on Monday.")).unwrap();
    assert_eq!(lone["quotes"][0]["speaker"], serde_json::Value::Null);
    assert_eq!(lone["quotes"][0]["unattributed"], "not-stated");
    assert_eq!(
        json["speakers"][0],
        serde_json::json!({"name": "Ann", "kind": "person", "role": null, "mentions": [{"start": 19, "end": 22}], "quotes": [0, 1], "outside_article": false})
    );
    // And back again, unchanged.
    let back: Analysis = serde_json::from_value(json).unwrap();
    assert_eq!(back, analysis);
}

#[test]
fn odd_inputs_give_sane_results() {
    for text in ["", " ", "\n\n\r\n", "“", "”“", "\"\"\"", "😀", "a\u{0}b “c"] {
        let analysis = analyze(text);
        for p in &analysis.paragraphs {
            assert!(slice(text, p.start, p.end).trim() == slice(text, p.start, p.end), "{text:?}");
        }
        for q in &analysis.quotes {
            slice(text, q.start, q.end);
        }
    }
    assert_eq!(analyze("a\u{0}b “c").quotes[0].text, "c");
}

/// Each quote of the conventions fixture: its text (inside the marks), its
/// speaker, and how it was attributed, checked by hand against the article.
#[test]
fn news_conventions_article() {
    let text = fixture("conventions.txt");
    let analysis = analyze(&text);
    let speaker_of = |q: &article_analyzer::Quote| q.speaker.map(|s| analysis.speakers[s].name.clone());
    let direct: Vec<&article_analyzer::Quote> =
        analysis.quotes.iter().filter(|q| q.kind == article_analyzer::QuoteKind::Direct).collect();
    let got: Vec<(&str, Option<String>)> = direct.iter().map(|q| (q.text.as_str(), speaker_of(q))).collect();
    let elena = Some("Elena Novak".to_string());
    let tomas = Some("Tomas Berg".to_string());
    assert_eq!(
        got,
        [
            // “...,” said X, the head of Y (an appositive gives the role).
            ("We will reopen the port within a week,", elena.clone()),
            // X later told reporters that ... “a partial quote.”
            ("a painful necessity.", elena.clone()),
            // She added: “...” (a pronoun resolved to the person).
            ("Nobody wanted this.", elena.clone()),
            // “...,” Mr. X, who runs Y, said. “...” (continuation)
            ("We lost millions,", tomas.clone()),
            ("Every day costs us.", tomas.clone()),
            // According to an unnamed source, “...”
            ("the damage is under control.", Some("a senior official".to_string())),
            // An organisation described, not named.
            ("It was the right decision,", Some("the company".to_string())),
            // A quote split by its attribution.
            ("We will rebuild,", elena.clone()),
            ("and we will be stronger.", elena.clone()),
            // A quote over three paragraphs, attributed in the last.
            ("The first ships will come back on Monday.", elena.clone()),
            ("Then the ferries.", elena.clone()),
            ("And by Friday, everything,", elena.clone()),
            // A scare quote and a title: nobody's words.
            ("recovery plan", None),
            ("Port Stories", None),
            // “...” —X
            ("Never again.", tomas.clone()),
        ]
    );
    assert_eq!(direct[12].unattributed, Some(article_analyzer::Unattributed::ScareQuote));
    assert_eq!(direct[13].unattributed, Some(article_analyzer::Unattributed::Title));

    let novak = &analysis.speakers[direct[0].speaker.unwrap()];
    assert_eq!(novak.role.as_deref(), Some("head of the port authority"));
    assert_eq!(novak.kind, article_analyzer::SpeakerKind::Person);
    let mentions: Vec<&str> = novak.mentions.iter().map(|m| slice(&text, m.start, m.end)).collect();
    assert_eq!(mentions, ["Elena Novak", "Novak", "She", "Novak", "she"]);
    let berg = &analysis.speakers[direct[3].speaker.unwrap()];
    assert_eq!(berg.role.as_deref(), Some("Mr."));
    // One entry per person, organisation or unnamed source.
    let names: Vec<&str> = analysis.speakers.iter().map(|s| s.name.as_str()).collect();
    // The headline reports what the port authority promised, without marks.
    assert_eq!(names, ["Port authority", "Elena Novak", "Tomas Berg", "a senior official", "the company"]);
    // Every quote with a speaker has a source mention and a confidence.
    for quote in analysis.quotes.iter().filter(|q| q.speaker.is_some()) {
        assert!(quote.source.is_some() && quote.confidence > 0.5, "{quote:?}");
    }
    // Sentences: abbreviations do not split them; every one lies in its paragraph.
    let berg_sentence = analysis.sentences.iter().find(|s| slice(&text, s.start, s.end).contains("Mr. Tomas")).unwrap();
    assert!(slice(&text, berg_sentence.start, berg_sentence.end).starts_with("“We lost millions,”"));
}

#[test]
fn quotes_in_boilerplate_are_outside_the_article() {
    let text = "Port to reopen within a week\n\
                “We will reopen the port within a week,” said Elena Novak, head of the port authority.\n\
                Shipping firms said they would wait and see before they returned to the harbour.\n\
                Editor’s note: “We regret the error,” said Tomas Berg, the paper’s editor.";
    let analysis = analyze(text);
    let kinds: Vec<ParagraphKind> = analysis.paragraphs.iter().map(|p| p.kind).collect();
    assert_eq!(kinds, [ParagraphKind::Title, ParagraphKind::Body, ParagraphKind::Body, ParagraphKind::Boilerplate]);
    let direct: Vec<&article_analyzer::Quote> =
        analysis.quotes.iter().filter(|q| q.kind == article_analyzer::QuoteKind::Direct).collect();
    assert!(!direct[0].outside_article);
    assert!(direct[1].outside_article, "the quote is still found, but outside the article");
    let berg = &analysis.speakers[direct[1].speaker.unwrap()];
    assert_eq!(berg.name, "Tomas Berg");
    assert!(berg.outside_article);
    assert!(!analysis.speakers[direct[0].speaker.unwrap()].outside_article);
    // The shipping firms' reported speech is found too, in the article.
    let reported: Vec<&article_analyzer::Quote> =
        analysis.quotes.iter().filter(|q| q.kind == article_analyzer::QuoteKind::Indirect).collect();
    assert_eq!(reported.len(), 1);
    assert_eq!(reported[0].text, "they would wait and see before they returned to the harbour");
    assert_eq!(analysis.speakers[reported[0].speaker.unwrap()].name, "Shipping firms");
    assert!(!reported[0].outside_article);
}

/// Reported speech holding a direct quote is one attribution: the quote
/// keeps its entry and carries the clause; the clause is no entry of its own.
#[test]
fn a_mixed_quote_links_its_clause_to_the_direct_quote() {
    let text = "Port to reopen\n\nElena Novak said the plan was “a fair start” for the port.";
    let analysis = analyze(text);
    assert_eq!(analysis.quotes.len(), 1);
    let quote = &analysis.quotes[0];
    assert_eq!(quote.kind, article_analyzer::QuoteKind::Direct);
    assert_eq!(quote.text, "a fair start");
    let clause = quote.clause.expect("the reported clause");
    assert_eq!(slice(text, clause.start, clause.end), "the plan was “a fair start” for the port");
    assert_eq!(analysis.speakers[quote.speaker.unwrap()].name, "Elena Novak");
    // A quote standing on its own has no clause.
    assert_eq!(analyze("“Yes,” said Ann.").quotes[0].clause, None);
}

/// A long text (every fixture, many times over) is analyzed on several
/// threads by default; each stage that does cuts its work at paragraph
/// boundaries, and the result must be the one a single thread gives, on
/// any number of threads (each number cuts in other places).
#[test]
fn a_long_text_is_analyzed_alike_on_any_number_of_threads() {
    let mut articles: Vec<String> = ["harbour.txt", "conventions.txt", "crlf.txt"].map(fixture).into();
    articles.push(CARRIED_OVER.to_string());
    let mut text = String::new();
    while text.len() < 2 * article_analyzer::parallel::MIN_BYTES_PER_THREAD {
        for article in &articles {
            text.push_str(article);
            text.push_str("\n\n");
        }
    }
    let on_one = analyze_on(&text, Threads::ONE);
    assert!(on_one.quotes.len() > 1000 && on_one.speakers.len() > 5, "the text quotes many people");
    for threads in [2, 3, 4, 7] {
        assert_same(&analyze_on(&text, Threads::exactly(threads)), &on_one, threads);
    }
    assert_same(&analyze(&text), &on_one, 0);
    // Short, so that cuts fall between any two of its paragraphs: quotes
    // carried over from one paragraph to the next and quotes in
    // apostrophes followed past their source stay whole.
    let short = format!("{CARRIED_OVER}\n").repeat(12);
    let on_one = analyze_on(&short, Threads::ONE);
    assert!(on_one.quotes.iter().any(|q| q.text.starts_with("And we will do it")), "the quote carried over is found");
    for threads in 2..=8 {
        assert_same(&analyze_on(&short, Threads::exactly(threads)), &on_one, threads);
    }
}

/// Quotes that carry over: one into the next paragraph, one written in
/// apostrophes (NYT archive style) that goes on past its source, with a
/// report inside it that is part of it (read on its own, the sentence that
/// holds it would be a report of officials).
const CARRIED_OVER: &str = "At the rally, ''We will reopen the port,'' Mayor Ann Lee said. ''Officials say \
the ships will wait. They always do.'' Officials said the plan was sound.\n“We will win this.\n“And we will do it soon,” said Tom \
Reyes, the harbour master.\nHe said the work would take a year.";

/// Fails with the first difference between two analyses of one text.
fn assert_same(got: &Analysis, want: &Analysis, threads: usize) {
    assert_eq!(got.paragraphs, want.paragraphs, "{threads} threads: paragraphs");
    assert_eq!(got.sentences, want.sentences, "{threads} threads: sentences");
    assert_eq!(got.quotes.len(), want.quotes.len(), "{threads} threads: number of quotes");
    for (got, want) in got.quotes.iter().zip(&want.quotes) {
        assert_eq!(got, want, "{threads} threads: a quote");
    }
    assert_eq!(got.speakers, want.speakers, "{threads} threads: speakers");
    assert!(got == want, "{threads} threads: the rest");
}
