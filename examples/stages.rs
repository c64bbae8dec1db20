use article_analyzer::*;
use std::time::Instant;
fn main() {
    let texts: Vec<String> = std::fs::read_to_string(std::env::args().nth(1).unwrap())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["text"].as_str().unwrap().to_string())
        .collect();
    let mut t = [0f64; 7];
    for _ in 0..5 {
        for text in &texts {
            let a = Instant::now();
            let paras = text::paragraphs::split(text);
            let b = Instant::now();
            let sents = text::sentences::split(text, &paras);
            let c = Instant::now();
            let qs = quotes::find(text, &paras);
            let d = Instant::now();
            let fr = attribution::frames::build(text, &sents, &qs);
            let at = attribution::attribute(text, &fr, &qs);
            let e = Instant::now();
            let m = attribution::mentions::find(text, &fr);
            let f = Instant::now();
            let _s = speakers::merge(text, &m, &at);
            let g = Instant::now();
            let _ = analyze(text);
            let h = Instant::now();
            for (i, (x, y)) in [(a, b), (b, c), (c, d), (d, e), (e, f), (f, g), (g, h)].iter().enumerate() {
                t[i] += (*y - *x).as_secs_f64();
            }
        }
    }
    let n = (texts.len() * 5) as f64;
    for (name, v) in
        ["paragraphs", "sentences", "quotes", "attribution", "mentions", "speakers", "whole analyze"].iter().zip(t)
    {
        println!("{name:14} {:.4} ms", v * 1000.0 / n);
    }
}
