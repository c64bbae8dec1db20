//! The command-line analyzer, run as a user runs it.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_article-analyzer"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn analyzes_standard_input_and_prints_json() {
    let output = run(&[], "“Yes,” said Ann Lee.".as_bytes());
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["speakers"][0]["name"], "Ann Lee");
    assert_eq!(json["quotes"][0]["speaker"], 0);
}

#[test]
fn analyzes_a_file_argument() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/harbour.txt");
    let output = run(&["--pretty", path], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["quotes"].as_array().unwrap().len(), 4);
    assert!(stdout(&output).contains("\n  \"paragraphs\""), "pretty output is indented");
}

#[test]
fn invalid_utf8_is_a_clear_error() {
    let output = run(&[], b"caf\xe9 \xff");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output).trim(),
        "article-analyzer: standard input is not UTF-8 text (invalid byte at offset 3); convert it to UTF-8 first"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn a_missing_file_is_named() {
    let output = run(&["/no/such/file.txt"], b"");
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).starts_with("article-analyzer: cannot open /no/such/file.txt:"), "{}", stderr(&output));
}

#[test]
fn unknown_options_show_the_usage() {
    let output = run(&["--fast"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("unknown option --fast"));
    assert!(stderr(&output).contains("usage: article-analyzer"));
}

#[test]
fn jsonl_reports_bad_lines_by_number_and_processes_the_rest() {
    let mut input = Vec::new();
    input.extend_from_slice("{\"id\": \"a\", \"text\": \"“Hi,” said Ann.\", \"other\": 1}\n".as_bytes());
    input.extend_from_slice(b"not json\n");
    input.extend_from_slice(b"{\"id\": \"c\"}\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"{\"id\": \"e\", \"text\": \"caf\xe9\"}\n");
    input.extend_from_slice(b"[1, 2]\n");
    input.extend_from_slice(b"{\"id\": 7, \"text\": 5}\n");
    input.extend_from_slice(b"{\"text\": \"no id\"}");
    let output = run(&["--jsonl"], &input);
    assert!(output.status.success(), "some lines were processed");
    let lines: Vec<serde_json::Value> = stdout(&output).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["analysis"]["speakers"][0]["name"], "Ann");
    assert_eq!(lines[1]["id"], serde_json::Value::Null);
    let errors = stderr(&output);
    let messages: Vec<&str> = errors.lines().collect();
    assert!(messages[0].starts_with("article-analyzer: line 2: not JSON ("), "{errors}");
    assert_eq!(messages[1], "article-analyzer: line 3: no \"text\" field; skipped");
    assert_eq!(messages[2], "article-analyzer: line 5: not UTF-8 text (invalid byte at column 25); skipped");
    assert_eq!(messages[3], "article-analyzer: line 6: not a JSON object with \"id\" and \"text\"; skipped");
    assert_eq!(messages[4], "article-analyzer: line 7: \"text\" is not a string; skipped");
    assert_eq!(messages[5], "article-analyzer: 2 lines analyzed, 5 skipped");
}

#[test]
fn jsonl_with_no_usable_line_fails() {
    let output = run(&["--jsonl"], b"nope\n");
    assert_eq!(output.status.code(), Some(1));
    let output = run(&["--jsonl"], b"");
    assert!(output.status.success(), "empty input is nothing to do, not an error");
    assert!(output.stdout.is_empty());
}

#[test]
fn an_empty_file_is_an_empty_analysis() {
    let output = run(&[], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(json["paragraphs"], serde_json::json!([]));
    assert_eq!(json["quotes"], serde_json::json!([]));
}

#[test]
fn a_binary_file_is_a_clear_error() {
    // The first bytes of a PNG image.
    let output = run(&[], b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("is not UTF-8 text (invalid byte at offset 0)"), "{}", stderr(&output));
}

#[test]
fn a_jsonl_line_too_long_is_skipped_and_the_next_lines_are_read() {
    let mut input = b"{\"id\": 1, \"text\": \"".to_vec();
    input.resize(input.len() + (64 << 20), b'x');
    input.extend_from_slice(b"\"}\n{\"id\": 2, \"text\": \"\\u201cYes,\\u201d said Ann.\"}\n");
    let output = run(&["--jsonl"], &input);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("line 1: longer than 64 MiB; skipped"), "{}", stderr(&output));
    let lines: Vec<serde_json::Value> = stdout(&output).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["id"], 2);
    assert_eq!(lines[0]["analysis"]["quotes"][0]["speaker"], 0);
}

#[test]
fn threads_change_nothing_but_time_and_a_bad_count_is_named() {
    // A long input, so that the default runs on several threads where the
    // machine has them; one thread and four must print the same.
    let article = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/harbour.txt")).unwrap();
    let text = format!("{article}\n\n").repeat(1 + (600 << 10) / article.len());
    let outputs: Vec<Output> = [&[][..], &["--threads", "1"][..], &["--threads=4"][..]]
        .iter()
        .map(|args| run(args, text.as_bytes()))
        .collect();
    for output in &outputs {
        assert!(output.status.success(), "{}", stderr(output));
    }
    assert!(outputs[0].stdout.len() > 100_000);
    assert!(outputs[0].stdout == outputs[1].stdout && outputs[1].stdout == outputs[2].stdout);
    for bad in [&["--threads", "0"][..], &["--threads=many"][..], &["--threads"][..]] {
        let output = run(bad, b"");
        assert_eq!(output.status.code(), Some(2), "{bad:?}");
        assert!(stderr(&output).contains("--threads"), "{}", stderr(&output));
    }
}
