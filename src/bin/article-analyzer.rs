//! The command-line analyzer: a thin shell around `article_analyzer::analyze`.
//!
//! Reads one article (a file, or standard input) and prints its analysis as
//! JSON; with `--jsonl`, reads one JSON object a line (`id` and `text`) and
//! writes `{"id": ..., "analysis": ...}` lines, the form the scorer in
//! `../shared/eval/` reads. A bad line is reported on standard error by its
//! number and skipped; the other lines are still analyzed.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use article_analyzer::parallel::Threads;
use serde::Serialize;
use serde_json::Value;

const USAGE: &str = "\
usage: article-analyzer [--pretty] [--threads N] [FILE]
       article-analyzer --jsonl [--threads N] [FILE]

Prints who said what in a news article, as JSON.

  FILE         the article, UTF-8 text; standard input when absent or '-'
  --jsonl      FILE holds one JSON object a line, with \"id\" and \"text\";
               prints one {\"id\", \"analysis\"} line for each (a line over
               64 MiB, or one that is not such an object, is reported and
               skipped)
  --pretty     indent the JSON (not with --jsonl)
  --threads N  analyze on at most N threads (default: one per 256 KB of
               text, up to the cores there are and 8); the result is the
               same on any number
  --version    print the version
  --help       print this help";

struct Options {
    jsonl: bool,
    pretty: bool,
    threads: Option<usize>,
    path: Option<String>,
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(Some(options)) => options,
        Ok(None) => return ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("article-analyzer: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let input: Box<dyn Read> = match options.path.as_deref() {
        None | Some("-") => Box::new(io::stdin().lock()),
        Some(path) => match std::fs::File::open(path) {
            Ok(file) => Box::new(file),
            Err(err) => {
                eprintln!("article-analyzer: cannot open {path}: {err}");
                return ExitCode::FAILURE;
            }
        },
    };
    let name = options.path.clone().unwrap_or_else(|| "standard input".into());
    let stdout = io::stdout().lock();
    let result = if options.jsonl {
        run_jsonl(io::BufReader::new(input), options.threads, stdout)
    } else {
        run_single(input, &name, options.pretty, options.threads, stdout)
    };
    match result {
        Ok(code) => code,
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("article-analyzer: {err}");
            ExitCode::FAILURE
        }
    }
}

/// `Ok(None)` when the arguments asked for help or the version, already printed.
fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut options = Options { jsonl: false, pretty: false, threads: None, path: None };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--jsonl" => options.jsonl = true,
            "--threads" => {
                let count = args.next().ok_or("--threads needs a number: --threads 2")?;
                options.threads = Some(parse_threads(&count)?);
            }
            flag if flag.starts_with("--threads=") => {
                options.threads = Some(parse_threads(&flag["--threads=".len()..])?)
            }
            "--pretty" => options.pretty = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("article-analyzer {}", article_analyzer::VERSION);
                return Ok(None);
            }
            flag if flag.starts_with('-') && flag != "-" => return Err(format!("unknown option {flag}")),
            path if options.path.is_none() => options.path = Some(path.to_string()),
            extra => return Err(format!("one input at a time; {extra} is one too many")),
        }
    }
    if options.jsonl && options.pretty {
        return Err("--pretty would break the one-line-a-record form of --jsonl".into());
    }
    Ok(Some(options))
}

/// The most threads to use: a whole number from 1.
fn parse_threads(count: &str) -> Result<usize, String> {
    match count.parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("--threads takes a whole number from 1, not {count:?}")),
    }
}

/// The analysis of `text` on as many threads as it is worth, at most `most`.
fn analyze(text: &str, most: Option<usize>) -> article_analyzer::Analysis {
    article_analyzer::analyze_on(text, Threads::for_text_up_to(text.len(), most.unwrap_or(usize::MAX)))
}

fn run_single(
    mut input: impl Read,
    name: &str,
    pretty: bool,
    threads: Option<usize>,
    out: impl Write,
) -> io::Result<ExitCode> {
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes)?;
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => text,
        Err(err) => {
            eprintln!(
                "article-analyzer: {name} is not UTF-8 text (invalid byte at offset {}); convert it to UTF-8 first",
                err.valid_up_to()
            );
            return Ok(ExitCode::FAILURE);
        }
    };
    let analysis = analyze(text, threads);
    let mut out = BufWriter::new(out);
    if pretty {
        serde_json::to_writer_pretty(&mut out, &analysis)?;
    } else {
        serde_json::to_writer(&mut out, &analysis)?;
    }
    writeln!(out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct Record<'a> {
    id: &'a Value,
    analysis: &'a article_analyzer::Analysis,
}

/// The longest JSONL line read: a longer one (an article of more than 64 MiB,
/// or a file that is not JSONL at all) is skipped without being held in
/// memory whole.
const MAX_LINE_BYTES: u64 = 64 << 20;

/// Analyzes each line; fails only when there were lines and none could be used.
fn run_jsonl(mut input: impl BufRead, threads: Option<usize>, out: impl Write) -> io::Result<ExitCode> {
    let mut out = BufWriter::new(out);
    let (mut done, mut skipped) = (0usize, 0usize);
    let mut line = Vec::new();
    for number in 1.. {
        line.clear();
        if (&mut input).take(MAX_LINE_BYTES + 1).read_until(b'\n', &mut line)? == 0 {
            break;
        }
        if line.len() as u64 > MAX_LINE_BYTES {
            skip_rest_of_line(&mut input)?;
            eprintln!("article-analyzer: line {number}: longer than {} MiB; skipped", MAX_LINE_BYTES >> 20);
            skipped += 1;
            continue;
        }
        let trimmed = line.trim_ascii();
        if trimmed.is_empty() {
            continue;
        }
        match read_record(trimmed) {
            Ok((id, text)) => {
                let analysis = analyze(&text, threads);
                serde_json::to_writer(&mut out, &Record { id: &id, analysis: &analysis })?;
                writeln!(out)?;
                done += 1;
            }
            Err(why) => {
                eprintln!("article-analyzer: line {number}: {why}; skipped");
                skipped += 1;
            }
        }
    }
    out.flush()?;
    if skipped > 0 {
        eprintln!("article-analyzer: {done} lines analyzed, {skipped} skipped");
    }
    Ok(if done == 0 && skipped > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// Reads and drops what is left of the current line, a buffer at a time.
fn skip_rest_of_line(input: &mut impl BufRead) -> io::Result<()> {
    loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            return Ok(());
        }
        match buffer.iter().position(|&b| b == b'\n') {
            Some(end) => {
                input.consume(end + 1);
                return Ok(());
            }
            None => {
                let all = buffer.len();
                input.consume(all);
            }
        }
    }
}

/// The `id` (null when absent) and `text` of one JSONL line, or why not.
fn read_record(line: &[u8]) -> Result<(Value, String), String> {
    if let Err(err) = std::str::from_utf8(line) {
        return Err(format!("not UTF-8 text (invalid byte at column {})", err.valid_up_to() + 1));
    }
    let value: Value = serde_json::from_slice(line).map_err(|err| format!("not JSON ({err})"))?;
    let Value::Object(mut object) = value else {
        return Err("not a JSON object with \"id\" and \"text\"".into());
    };
    let id = object.remove("id").unwrap_or(Value::Null);
    match object.remove("text") {
        Some(Value::String(text)) => Ok((id, text)),
        Some(_) => Err("\"text\" is not a string".into()),
        None => Err("no \"text\" field".into()),
    }
}
