//! The exported JavaScript API, called in real headless Chromium
//! (`wasm-pack test --headless --chrome -- --test web`): the shape of the
//! object JavaScript receives, and offsets that slice the JavaScript string
//! exactly, with characters outside the Basic Multilingual Plane before quotes;
//! and that the object is exactly the result's JSON form, for every kind of
//! every field.
#![cfg(target_arch = "wasm32")]

use article_analyzer::wasm::{analyze_js, analyze_packed_js, to_js, version};
use article_analyzer::{
    Analysis, Paragraph, ParagraphKind, Quote, QuoteKind, Sentence, Span, Speaker, SpeakerKind, Unattributed,
};
use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

#[wasm_bindgen(module = "/src/wasm/decode.js")]
extern "C" {
    #[wasm_bindgen(js_name = decodePacked)]
    fn decode_packed(packed: &JsValue) -> JsValue;
}

wasm_bindgen_test_configure!(run_in_browser);

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap()
}

fn number(object: &JsValue, key: &str) -> u32 {
    get(object, key).as_f64().unwrap_or_else(|| panic!("{key} is not a number")) as u32
}

fn array(object: &JsValue, key: &str) -> Array {
    get(object, key).dyn_into::<Array>().unwrap_or_else(|_| panic!("{key} is not an array"))
}

/// `text.slice(start, end)`, as JavaScript computes it.
fn js_slice(text: &JsString, span: &JsValue) -> String {
    text.slice(number(span, "start"), number(span, "end")).into()
}

const ARTICLE: &str = "Emoji 😀 headline 🎉\n\n\
    “We will reopen the port 🚢 within a week,” said Elena Novak, head of the port authority.\n\
    Shipping firms were not convinced. 𝒜 spokesman for one said: “We have heard this before.”\n\
    “It is a start,” Novak added.";

#[wasm_bindgen_test]
fn the_result_has_the_documented_shape() {
    let result = analyze_js(JsValue::from_str(ARTICLE)).unwrap();
    assert_eq!(number(&result, "version"), article_analyzer::FORMAT_VERSION);
    let paragraphs = array(&result, "paragraphs");
    assert_eq!(paragraphs.length(), 4);
    assert_eq!(get(&paragraphs.get(0), "kind").as_string().unwrap(), "title");
    assert_eq!(get(&paragraphs.get(1), "kind").as_string().unwrap(), "body");
    let sentences = array(&result, "sentences");
    assert_eq!(sentences.length(), 5);
    assert_eq!(number(&sentences.get(2), "paragraph"), 2);

    let quotes = array(&result, "quotes");
    assert_eq!(quotes.length(), 3);
    let first = quotes.get(0);
    assert_eq!(get(&first, "kind").as_string().unwrap(), "direct");
    assert_eq!(number(&first, "paragraph"), 1);
    assert_eq!(get(&first, "text").as_string().unwrap(), "We will reopen the port 🚢 within a week,");

    let speakers = array(&result, "speakers");
    let novak = speakers.get(number(&first, "speaker"));
    assert_eq!(get(&novak, "name").as_string().unwrap(), "Elena Novak");
    let novak_quotes: Vec<u32> = array(&novak, "quotes").iter().map(|q| q.as_f64().unwrap() as u32).collect();
    assert_eq!(novak_quotes, [0, 2]);
    assert_eq!(array(&novak, "mentions").length(), 2);
    assert_eq!(get(&novak, "kind").as_string().unwrap(), "person");
    assert_eq!(get(&novak, "role").as_string().unwrap(), "head of the port authority");
    assert!(get(&first, "confidence").as_f64().unwrap() > 0.5);
}

#[wasm_bindgen_test]
fn offsets_slice_the_javascript_string_exactly() {
    let text = JsString::from(ARTICLE);
    let result = analyze_js(text.clone().into()).unwrap();
    let paragraphs = array(&result, "paragraphs");
    assert_eq!(js_slice(&text, &paragraphs.get(0)), "Emoji 😀 headline 🎉");
    let quotes = array(&result, "quotes");
    let slices: Vec<String> = quotes.iter().map(|q| js_slice(&text, &q)).collect();
    assert_eq!(
        slices,
        ["“We will reopen the port 🚢 within a week,”", "“We have heard this before.”", "“It is a start,”"]
    );
    let first = quotes.get(0);
    assert_eq!(js_slice(&text, &get(&first, "source")), "Elena Novak");
    assert_eq!(js_slice(&text, &get(&first, "cue")), "said");
    assert_eq!(js_slice(&text, &get(&quotes.get(2), "source")), "Novak");
}

#[wasm_bindgen_test]
fn a_quote_with_no_speaker_has_null_speaker_and_source() {
    let result = analyze_js(JsValue::from_str("The so-called “reform package” stalled.")).unwrap();
    let quote = array(&result, "quotes").get(0);
    assert!(get(&quote, "speaker").is_null());
    assert!(get(&quote, "source").is_null());
    assert!(get(&quote, "cue").is_null());
    assert_eq!(get(&quote, "unattributed").as_string().unwrap(), "scare-quote");
    assert_eq!(number(&quote, "confidence"), 0);
}

#[wasm_bindgen_test]
fn a_value_that_is_not_a_string_is_a_clear_error() {
    for (value, named) in
        [(JsValue::NULL, "null"), (JsValue::from_f64(42.0), "number"), (JsValue::UNDEFINED, "undefined")]
    {
        let error = JsValue::from(analyze_js(value).unwrap_err());
        let message = get(&error, "message").as_string().unwrap();
        assert_eq!(message, format!("analyze(text) takes a string, not {named}"));
    }
    // The module still works afterwards.
    assert_eq!(array(&analyze_js(JsValue::from_str("“Yes,” he said.")).unwrap(), "quotes").length(), 1);
}

#[wasm_bindgen_test]
fn empty_text_gives_an_empty_analysis() {
    let result = analyze_js(JsValue::from_str("")).unwrap();
    assert_eq!(array(&result, "paragraphs").length(), 0);
    assert_eq!(array(&result, "quotes").length(), 0);
    assert_eq!(array(&result, "speakers").length(), 0);
}

/// `value` as JSON text, as JavaScript writes it (key order included).
fn stringify(value: &JsValue) -> String {
    js_sys::JSON::stringify(value).unwrap().into()
}

/// The JSON form of `analysis` (serde_json), read by JavaScript and written
/// again by it: what JavaScript would hold had it parsed the JSON.
fn json_form(analysis: &Analysis) -> String {
    stringify(&js_sys::JSON::parse(&serde_json::to_string(analysis).unwrap()).unwrap())
}

#[wasm_bindgen_test]
fn the_object_is_the_json_form_for_every_kind_of_every_field() {
    let span = |start, end| Span { start, end };
    let quote = |kind, speaker, unattributed, text: &str| Quote {
        start: 3,
        end: 9,
        kind,
        text: text.to_string(),
        paragraph: 1,
        speaker,
        source: speaker.map(|_| span(10, 15)),
        cue: speaker.map(|_| span(16, 20)),
        confidence: if speaker.is_some() { 0.8125 } else { 0.0 },
        unattributed,
        nested: Vec::new(),
        outside_article: false,
        clause: None,
    };
    let mut quotes = vec![
        quote(QuoteKind::Direct, Some(0), None, "We will, 🚢 “soon”"),
        quote(QuoteKind::Indirect, Some(1), None, "the port would reopen"),
        quote(QuoteKind::Direct, None, Some(Unattributed::ScareQuote), "reform"),
        quote(QuoteKind::Direct, None, Some(Unattributed::Title), "Face the Nation"),
        quote(QuoteKind::Direct, None, Some(Unattributed::NotStated), ""),
    ];
    quotes[0].nested = vec![span(5, 7), span(8, 9)];
    quotes[0].clause = Some(span(1, 12));
    quotes[1].confidence = 0.1 + 0.2; // No digit lost: 0.30000000000000004.
    quotes[2].outside_article = true;
    quotes[3].confidence = f64::NAN; // JSON has no NaN: null, as serde_json writes it.
    let kinds = [
        ParagraphKind::Title,
        ParagraphKind::Byline,
        ParagraphKind::Body,
        ParagraphKind::Caption,
        ParagraphKind::Boilerplate,
    ];
    let analysis = Analysis {
        version: article_analyzer::FORMAT_VERSION,
        paragraphs: kinds.iter().enumerate().map(|(i, &kind)| Paragraph { start: i, end: i + 1, kind }).collect(),
        sentences: vec![Sentence { start: 0, end: 2, paragraph: 0 }, Sentence { start: 3, end: 70_000, paragraph: 4 }],
        quotes,
        speakers: vec![
            Speaker {
                name: "Zoë 😀 Novak".to_string(),
                kind: SpeakerKind::Person,
                role: Some("head of the port authority".to_string()),
                mentions: vec![span(10, 15), span(40, 45)],
                quotes: vec![0],
                outside_article: false,
            },
            Speaker {
                name: "the harbour pilots’ union".to_string(),
                kind: SpeakerKind::Organisation,
                role: None,
                mentions: vec![span(10, 15)],
                quotes: vec![1],
                outside_article: true,
            },
            Speaker {
                name: "a senior official".to_string(),
                kind: SpeakerKind::Unnamed,
                role: Some(String::new()),
                mentions: Vec::new(),
                quotes: Vec::new(),
                outside_article: false,
            },
        ],
    };
    let object = to_js(&analysis);
    assert_eq!(stringify(&object), json_form(&analysis));
    // (JSON.stringify writes NaN as null too: look at the value itself.)
    assert!(get(&array(&object, "quotes").get(3), "confidence").is_null());
}

#[wasm_bindgen_test]
fn analyses_of_articles_are_their_json_form() {
    for text in [ARTICLE, "", "Novak said the plan was “a fair start”, and aides said talks would resume."] {
        let analysis = article_analyzer::analyze(text);
        assert_eq!(stringify(&analyze_js(JsValue::from_str(text)).unwrap()), json_form(&analysis));
    }
}

#[wasm_bindgen_test]
fn a_packed_analysis_owns_its_buffers_and_decodes_to_the_analysis() {
    for text in [ARTICLE, ""] {
        let packed = analyze_packed_js(JsValue::from_str(text)).unwrap();
        for (key, bytes_per_element) in [("words", 4), ("confidences", 8)] {
            let array = get(&packed, key);
            let buffer = get(&array, "buffer").dyn_into::<js_sys::ArrayBuffer>().unwrap();
            // Its own buffer, exactly its size: not a view of the module's
            // memory (megabytes), which a transfer would detach from under
            // the module.
            assert_eq!(buffer.byte_length(), number(&array, "length") * bytes_per_element, "{key}");
        }
        let quotes = if text.is_empty() { 0 } else { 3 }; // one confidence per quote
        assert_eq!(get(&packed, "confidences").dyn_into::<js_sys::Float64Array>().unwrap().length(), quotes);
        assert_eq!(stringify(&decode_packed(&packed)), json_form(&article_analyzer::analyze(text)));
    }
    let error = JsValue::from(analyze_packed_js(JsValue::from_f64(1.0)).unwrap_err());
    assert_eq!(get(&error, "message").as_string().unwrap(), "analyzePacked(text) takes a string, not number");
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}
