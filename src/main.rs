//! The `hecha` command line: a thin layer over the library. Parses the
//! arguments, runs the pipeline over the inputs in parallel (rayon, in
//! chunks, so memory stays flat on large archives), writes the reports in
//! input order, and sets the exit code: 0 nothing contradicted, 1 some claim
//! has a verdict named by `--fail-on` (default: contradicted), 2 usage or
//! input errors.

use clap::{Parser, Subcommand, ValueEnum};
use hecha::check::Verdict;
use hecha::db::ClaimsDb;
use hecha::load::{self, Input};
use hecha::report::{self, Report, Summary};
use hecha::Pipeline;
use rayon::prelude::*;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "hecha",
    version,
    about = "核查: fact-check the numbers in Chinese-language news against a sourced claims database"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check articles against the claims database and write reports.
    Check(CheckArgs),
    /// Print the numeric mentions of each document, one JSON line per document.
    Extract(ExtractArgs),
    /// Work with the claims database.
    Claims {
        #[command(subcommand)]
        command: ClaimsCommand,
    },
}

#[derive(Subcommand, Debug)]
enum ClaimsCommand {
    /// Validate the claims database: columns, numbers, dates, units, ids, entities, sources.
    Lint {
        /// The claims folder.
        #[arg(default_value = "claims")]
        dir: PathBuf,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Md,
    Json,
    Jsonl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum InputKind {
    /// Files and folders of articles (or `-` for one article on stdin).
    Text,
    /// JSON Lines records {"id", "text", "published"?, "url"?} from files or stdin.
    Jsonl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Contradicted,
    Unverified,
    Supported,
    None,
}

#[derive(clap::Args, Debug)]
struct CheckArgs {
    /// Articles: files, folders (read recursively, sorted) or `-` for stdin. Default: corpus/
    paths: Vec<PathBuf>,
    /// The claims database folder.
    #[arg(long, default_value = "claims")]
    claims: PathBuf,
    /// Report formats, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "md,json")]
    format: Vec<Format>,
    /// Where to write reports. Default: reports/ (for --input jsonl and
    /// --format jsonl without --out: standard output).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long)]
    jobs: Option<usize>,
    /// How to read the inputs.
    #[arg(long, value_enum, default_value = "text")]
    input: InputKind,
    /// Verdicts that make the exit code 1, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "contradicted")]
    fail_on: Vec<FailOn>,
    /// Do not print the summary line.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(clap::Args, Debug)]
struct ExtractArgs {
    /// Articles: files, folders or `-` for stdin. Default: corpus/
    paths: Vec<PathBuf>,
    /// How to read the inputs.
    #[arg(long, value_enum, default_value = "text")]
    input: InputKind,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long)]
    jobs: Option<usize>,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Check(a) => with_threads(a.jobs, || run_check(a)),
        Command::Extract(a) => with_threads(a.jobs, || run_extract(a)),
        Command::Claims {
            command: ClaimsCommand::Lint { dir },
        } => run_lint(&dir),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("hecha: {e}");
            ExitCode::from(2)
        }
    }
}

type Res<T> = Result<T, String>;

fn with_threads(jobs: Option<usize>, f: impl FnOnce() -> Res<u8> + Send) -> Res<u8> {
    match jobs {
        Some(0) => Err("-j must be at least 1".into()),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map_err(|e| e.to_string())?
            .install(f),
        None => f(),
    }
}

fn load_db(dir: &Path) -> Res<ClaimsDb> {
    let (db, problems) = ClaimsDb::load(dir).map_err(|e| e.to_string())?;
    if !problems.is_empty() {
        let mut msg = String::from("the claims database has problems (run `hecha claims lint`):");
        for p in &problems {
            msg.push_str(&format!("\n  {p}"));
        }
        return Err(msg);
    }
    Ok(db)
}

fn run_lint(dir: &Path) -> Res<u8> {
    let (db, problems) = ClaimsDb::load(dir).map_err(|e| e.to_string())?;
    if problems.is_empty() {
        println!(
            "{}: ok — {} entities, {} metrics, {} facts",
            dir.display(),
            db.entities.len(),
            db.metrics.len(),
            db.facts.len()
        );
        return Ok(0);
    }
    for p in &problems {
        println!("{p}");
    }
    eprintln!(
        "{} problem{} found",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    );
    Ok(2)
}

fn default_paths(paths: &[PathBuf]) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from("corpus")]
    } else {
        paths.to_vec()
    }
}

/// How many documents are processed in parallel before their output is written.
const CHUNK: usize = 256;

fn fail_on(list: &[FailOn]) -> Vec<Verdict> {
    list.iter()
        .filter_map(|f| match f {
            FailOn::Contradicted => Some(Verdict::Contradicted),
            FailOn::Unverified => Some(Verdict::Unverified),
            FailOn::Supported => Some(Verdict::Supported),
            FailOn::None => None,
        })
        .collect()
}

fn exit_code(summary: &Summary, fail: &[Verdict]) -> u8 {
    if summary.errors > 0 {
        2
    } else if hecha::fails(&summary.counts, fail) {
        1
    } else {
        0
    }
}

fn safe_name(id: &str) -> String {
    let cleaned: String = id
        .chars()
        .map(|c| {
            if c == '/' || c == '\\' {
                '/'
            } else if c.is_control() || matches!(c, ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let parts: Vec<&str> = cleaned
        .split('/')
        .filter(|p| !p.is_empty() && *p != "." && *p != "..")
        .collect();
    if parts.is_empty() {
        "stdin".into()
    } else {
        parts.join("/")
    }
}

fn run_check(a: CheckArgs) -> Res<u8> {
    let db = load_db(&a.claims)?;
    let pipeline = Pipeline::new(db);
    let fail = fail_on(&a.fail_on);
    if a.input == InputKind::Jsonl {
        let summary = stream_jsonl(
            &default_stdin(&a.paths),
            |doc| pipeline.check(&doc).to_json_line(),
            a.out.as_deref(),
        )?;
        if !a.quiet {
            eprintln!("{}", summary.line());
        }
        return Ok(exit_code(&summary, &fail));
    }
    let stdout_jsonl = a.out.is_none() && a.format == [Format::Jsonl];
    let out = a.out.clone().unwrap_or_else(|| PathBuf::from("reports"));
    // never read our own reports back as articles (`check corpus --out corpus/reports`)
    let out_abs = std::fs::canonicalize(&out).ok();
    let inputs: Vec<Input> = load::expand(&default_paths(&a.paths))
        .map_err(|e| e.to_string())?
        .into_iter()
        .filter(|i| match (i, &out_abs) {
            (Input::File { path, .. }, Some(o)) => {
                !std::fs::canonicalize(path).is_ok_and(|p| p.starts_with(o))
            }
            _ => true,
        })
        .collect();
    if !stdout_jsonl {
        std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    let mut jsonl: Option<Box<dyn Write>> = if a.format.contains(&Format::Jsonl) {
        if stdout_jsonl {
            Some(Box::new(std::io::BufWriter::new(std::io::stdout().lock())))
        } else {
            let p = out.join("reports.jsonl");
            Some(Box::new(std::io::BufWriter::new(
                std::fs::File::create(&p).map_err(|e| format!("{}: {e}", p.display()))?,
            )))
        }
    } else {
        None
    };
    let mut summary = Summary::default();
    // a progress line on a terminal, for long batches
    let progress =
        !a.quiet && inputs.len() > CHUNK && std::io::IsTerminal::is_terminal(&std::io::stderr());
    for chunk in inputs.chunks(CHUNK) {
        let reports: Vec<Report> = chunk
            .par_iter()
            .map(|input| {
                let id = match input {
                    Input::File { id, .. } => id.clone(),
                    Input::Stdin => "-".to_string(),
                };
                match load::read_input(input) {
                    Ok(doc) => pipeline.check(&doc),
                    Err(e) => Report::failed(id, e.to_string()),
                }
            })
            .collect();
        for r in &reports {
            summary.add(r);
            if let Some(e) = &r.error {
                eprintln!("hecha: {e}");
            }
            let base = out.join(safe_name(&r.id));
            if a.format.contains(&Format::Md) || a.format.contains(&Format::Json) {
                if let Some(parent) = base.parent() {
                    std::fs::create_dir_all(parent)
                        .map_err(|e| format!("{}: {e}", parent.display()))?;
                }
            }
            if a.format.contains(&Format::Md) {
                write_file(&with_ext(&base, "md"), &report::markdown(r))?;
            }
            if a.format.contains(&Format::Json) {
                write_file(&with_ext(&base, "json"), &(r.to_json_pretty() + "\n"))?;
            }
            if let Some(w) = jsonl.as_mut() {
                writeln!(w, "{}", r.to_json_line()).map_err(|e| e.to_string())?;
            }
        }
        if progress {
            eprint!(
                "\rchecked {} of {} articles",
                summary.documents,
                inputs.len()
            );
        }
    }
    if progress {
        eprintln!();
    }
    if let Some(mut w) = jsonl {
        w.flush().map_err(|e| e.to_string())?;
    }
    if !stdout_jsonl {
        write_file(
            &out.join("summary.json"),
            &(serde_json::to_string_pretty(&summary).map_err(|e| e.to_string())? + "\n"),
        )?;
        write_file(&out.join("summary.md"), &summary.markdown())?;
    }
    if !a.quiet {
        eprintln!("{}", summary.line());
        if !stdout_jsonl {
            eprintln!("reports written to {}", out.display());
        }
    }
    Ok(exit_code(&summary, &fail))
}

fn with_ext(base: &Path, ext: &str) -> PathBuf {
    let mut s = base.as_os_str().to_owned();
    s.push(".");
    s.push(ext);
    PathBuf::from(s)
}

fn write_file(p: &Path, s: &str) -> Res<()> {
    std::fs::write(p, s).map_err(|e| format!("{}: {e}", p.display()))
}

fn default_stdin(paths: &[PathBuf]) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        paths.to_vec()
    }
}

/// Parse one JSON Lines record into a document.
fn parse_record(
    line: &str,
    lineno: usize,
    source: &str,
) -> Result<load::Document, (String, String)> {
    let fallback_id = format!("{source}:{lineno}");
    let v: serde_json::Value = serde_json::from_str(line).map_err(|e| {
        (
            fallback_id.clone(),
            format!("{source}:{lineno}:{}: invalid JSON: {e}", e.column()),
        )
    })?;
    let obj = v.as_object().ok_or_else(|| {
        (
            fallback_id.clone(),
            format!("{source}:{lineno}: expected a JSON object"),
        )
    })?;
    let id = match obj.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => fallback_id.clone(),
    };
    let text = match obj.get("text") {
        Some(serde_json::Value::String(s)) => s.clone(),
        _ => {
            return Err((
                id,
                format!("{source}:{lineno}: missing string field \"text\""),
            ))
        }
    };
    let published = match obj.get("published") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) => {
            match hecha::date::Date::parse(s.get(..10).unwrap_or(s)) {
                Some(d) => Some(d),
                None => {
                    return Err((
                        id,
                        format!(
                    "{source}:{lineno}: cannot parse \"published\": {s:?} (expected YYYY-MM-DD)"
                ),
                    ))
                }
            }
        }
        Some(other) => {
            return Err((
                id,
                format!("{source}:{lineno}: \"published\" must be a string, not {other}"),
            ))
        }
    };
    let url = obj
        .get("url")
        .and_then(|u| u.as_str())
        .map(|s| s.to_string());
    Ok(load::document(id, text, "UTF-8", published, url))
}

/// Read JSON Lines from files or stdin in chunks, process each chunk in
/// parallel, write one line per record in input order.
fn stream_jsonl(
    paths: &[PathBuf],
    f: impl Fn(load::Document) -> String + Sync,
    out: Option<&Path>,
) -> Res<Summary> {
    let mut w: Box<dyn Write> = match out {
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            let p = dir.join("reports.jsonl");
            Box::new(std::io::BufWriter::new(
                std::fs::File::create(&p).map_err(|e| format!("{}: {e}", p.display()))?,
            ))
        }
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let mut summary = Summary::default();
    for p in paths {
        let (reader, source): (Box<dyn BufRead>, String) = if p.as_os_str() == "-" {
            (
                Box::new(std::io::BufReader::new(std::io::stdin())),
                "-".into(),
            )
        } else {
            let file = std::fs::File::open(p).map_err(|e| format!("{}: {e}", p.display()))?;
            (
                Box::new(std::io::BufReader::new(file)),
                p.display().to_string(),
            )
        };
        let mut lines = reader.split(b'\n').enumerate();
        loop {
            let mut chunk: Vec<(usize, Vec<u8>)> = Vec::with_capacity(CHUNK);
            for (i, l) in lines.by_ref() {
                let l = l.map_err(|e| format!("{source}: {e}"))?;
                chunk.push((i + 1, l));
                if chunk.len() == CHUNK {
                    break;
                }
            }
            if chunk.is_empty() {
                break;
            }
            let results: Vec<Option<(String, Option<String>, hecha::report::Counts)>> = chunk
                .par_iter()
                .map(|(lineno, raw)| {
                    let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
                    if raw.iter().all(|b| b.is_ascii_whitespace()) {
                        return None;
                    }
                    let line = match std::str::from_utf8(raw) {
                        Ok(s) => s,
                        Err(e) => {
                            let id = format!("{source}:{lineno}");
                            let msg =
                                format!("{source}:{lineno}:{}: invalid UTF-8", e.valid_up_to() + 1);
                            return Some((
                                Report::failed(id, msg.clone()).to_json_line(),
                                Some(msg),
                                Default::default(),
                            ));
                        }
                    };
                    match parse_record(line, *lineno, &source) {
                        Ok(doc) => {
                            let s = f(doc);
                            let counts = serde_json::from_str::<serde_json::Value>(&s)
                                .ok()
                                .and_then(|v| {
                                    serde_json::from_value::<CountsIn>(
                                        v.get("counts").cloned().unwrap_or_default(),
                                    )
                                    .ok()
                                })
                                .map(|c| c.into())
                                .unwrap_or_default();
                            Some((s, None, counts))
                        }
                        Err((id, msg)) => Some((
                            Report::failed(id, msg.clone()).to_json_line(),
                            Some(msg),
                            Default::default(),
                        )),
                    }
                })
                .collect();
            for (line, err, counts) in results.into_iter().flatten() {
                writeln!(w, "{line}").map_err(|e| e.to_string())?;
                summary.documents += 1;
                summary.counts.merge(&counts);
                if let Some(e) = err {
                    eprintln!("hecha: {e}");
                    summary.errors += 1;
                }
            }
        }
    }
    w.flush().map_err(|e| e.to_string())?;
    Ok(summary)
}

#[derive(serde::Deserialize, Default)]
struct CountsIn {
    claims: usize,
    supported: usize,
    contradicted: usize,
    unverified: usize,
}

impl From<CountsIn> for hecha::report::Counts {
    fn from(c: CountsIn) -> Self {
        hecha::report::Counts {
            claims: c.claims,
            supported: c.supported,
            contradicted: c.contradicted,
            unverified: c.unverified,
        }
    }
}

fn extract_line(extractor: &hecha::extract::Extractor, doc: &load::Document) -> String {
    let ex = hecha::extract_document(extractor, doc);
    let mentions: Vec<serde_json::Value> = ex
        .mentions
        .iter()
        .zip(&ex.sentence_of)
        .map(|(m, si)| report::mention_value(&doc.text, m, ex.sentences[*si].line))
        .collect();
    serde_json::json!({"id": doc.id, "published": doc.published.map(|d| d.to_string()), "encoding": doc.encoding, "mentions": mentions}).to_string()
}

fn run_extract(a: ExtractArgs) -> Res<u8> {
    let extractor = hecha::extract::Extractor::new();
    if a.input == InputKind::Jsonl {
        let summary = stream_jsonl(
            &default_stdin(&a.paths),
            |doc| extract_line(&extractor, &doc),
            None,
        )?;
        return Ok(if summary.errors > 0 { 2 } else { 0 });
    }
    let inputs = load::expand(&default_paths(&a.paths)).map_err(|e| e.to_string())?;
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    let mut errors = 0;
    for chunk in inputs.chunks(CHUNK) {
        let lines: Vec<(String, bool)> = chunk
            .par_iter()
            .map(|input| match load::read_input(input) {
                Ok(doc) => (extract_line(&extractor, &doc), false),
                Err(e) => {
                    let id = match input {
                        Input::File { id, .. } => id.clone(),
                        Input::Stdin => "-".into(),
                    };
                    eprintln!("hecha: {e}");
                    (
                        serde_json::json!({"id": id, "error": e.to_string()}).to_string(),
                        true,
                    )
                }
            })
            .collect();
        for (l, err) in lines {
            errors += err as usize;
            writeln!(w, "{l}").map_err(|e| e.to_string())?;
        }
    }
    w.flush().map_err(|e| e.to_string())?;
    Ok(if errors > 0 { 2 } else { 0 })
}
