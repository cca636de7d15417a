//! The `hecha` command line: a thin layer over the library. Parses the
//! arguments ([`cli`]), runs the pipeline over the inputs in parallel
//! (rayon, in chunks, so memory stays flat on large archives), writes the
//! reports in input order, and sets the exit code: 0 nothing contradicted,
//! 1 some claim has a verdict named by `--fail-on` (default: contradicted
//! and misattributed), 2 usage or input errors.
//!
//! Every document runs behind the panic boundary ([`hecha::guard`]): reading,
//! checking and rendering one document can fail only that document, which
//! then gets its own error object in its place, and the batch goes on.
//! Errors that stop the run are `anyhow` errors, printed once as
//! `hecha: …`; the library keeps its own error type.

mod cli;

use anyhow::{bail, Context, Result};
use clap::Parser;
use cli::{CheckArgs, ClaimsCommand, Cli, Command, ExtractArgs, FailOn, Format, InputKind};
use hecha::check::Verdict;
use hecha::db::ClaimsDb;
use hecha::guard;
use hecha::load::{self, Document, Input, Records};
use hecha::report::{self, Counts, Report, Summary, SummaryRow};
use hecha::Pipeline;
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Standard output was closed by its reader (`hecha … | head`).
#[derive(Debug)]
struct OutputClosed;

impl std::fmt::Display for OutputClosed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("standard output was closed before every report was written")
    }
}

impl std::error::Error for OutputClosed {}

/// An error writing to `what`; a closed pipe is told apart.
fn write_error(what: &Path) -> impl Fn(std::io::Error) -> anyhow::Error + '_ {
    move |e| {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            anyhow::Error::new(OutputClosed)
        } else {
            anyhow::Error::new(e).context(what.display().to_string())
        }
    }
}

/// A line on stderr that never panics (stderr may be closed too).
fn note(msg: impl std::fmt::Display) {
    let _ = writeln!(std::io::stderr(), "{msg}");
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
            note(format_args!("hecha: {e:#}"));
            ExitCode::from(2)
        }
    }
}

/// The most worker threads `-j` asks for.
const MAX_JOBS: usize = 256;

/// How many documents are processed in parallel before their output is written.
const CHUNK: usize = 256;

fn with_threads(jobs: Option<usize>, f: impl FnOnce() -> Result<u8> + Send) -> Result<u8> {
    match jobs {
        Some(n) if !(1..=MAX_JOBS).contains(&n) => bail!("-j must be between 1 and {MAX_JOBS}"),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()?
            .install(f),
        None => f(),
    }
}

fn load_db(dir: &Path) -> Result<ClaimsDb> {
    let (db, problems) = ClaimsDb::load(dir)?;
    if !problems.is_empty() {
        let mut msg = String::from("the claims database has problems (run `hecha claims lint`):");
        for p in &problems {
            msg.push_str(&format!("\n  {p}"));
        }
        bail!(msg);
    }
    Ok(db)
}

fn run_lint(dir: &Path) -> Result<u8> {
    let (db, problems) = ClaimsDb::load(dir)?;
    let mut out = std::io::stdout().lock();
    let closed = write_error(Path::new("standard output"));
    if problems.is_empty() {
        writeln!(
            out,
            "{}: ok — {} entities, {} metrics, {} facts",
            dir.display(),
            db.entities.len(),
            db.metrics.len(),
            db.facts.len()
        )
        .map_err(&closed)?;
        return Ok(0);
    }
    for p in &problems {
        writeln!(out, "{p}").map_err(&closed)?;
    }
    note(format_args!(
        "{} problem{} found",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    ));
    Ok(2)
}

fn default_paths(paths: &[PathBuf]) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from("corpus")]
    } else {
        paths.to_vec()
    }
}

fn default_stdin(paths: &[PathBuf]) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        paths.to_vec()
    }
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

/// A report file name for a document id: its path, without `..`, empty
/// parts or characters file systems refuse.
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

/// `name`, or `name~2`, `name~3`… when it is taken (compared without case,
/// for file systems that ignore it).
fn unique_name(name: String, used: &mut std::collections::HashSet<String>) -> String {
    let mut candidate = name.clone();
    let mut n = 1;
    while !used.insert(candidate.to_lowercase()) {
        n += 1;
        candidate = format!("{name}~{n}");
    }
    candidate
}

/// One document's outcome and its renderings, made on a worker thread.
struct Rendered {
    row: SummaryRow,
    md: Option<String>,
    json: Option<String>,
    jsonl: Option<String>,
    html: Option<String>,
}

impl Rendered {
    /// Render `report` in the formats asked for.
    fn new(report: &Report, formats: &[Format]) -> Rendered {
        let has = |f| formats.contains(&f);
        Rendered {
            md: has(Format::Md).then(|| report::markdown(report)),
            json: has(Format::Json).then(|| report.to_json_pretty() + "\n"),
            jsonl: has(Format::Jsonl).then(|| report.to_json_line()),
            html: has(Format::Html).then(|| {
                // the way back to index.html from the page's folder
                let depth = safe_name(&report.id).matches('/').count();
                report::html::article(report, &format!("{}index.html", "../".repeat(depth)))
            }),
            row: report.summary_row(),
        }
    }

    /// A document that could not be read or checked: `{"id", "error"}`.
    fn failed(id: &str, error: String, formats: &[Format]) -> Rendered {
        Rendered::new(&Report::failed(id.to_string(), error), formats)
    }
}

/// Check one document behind the panic boundary: any bug while reading,
/// checking or rendering becomes this document's `internal error`.
fn check_one(
    id: &str,
    job: impl FnOnce() -> Result<Report, String>,
    formats: &[Format],
) -> Rendered {
    let done = guard::catch(|| match job() {
        Ok(r) => Rendered::new(&r, formats),
        Err(e) => Rendered::failed(id, e, formats),
    });
    done.unwrap_or_else(|panic| Rendered::failed(id, guard::internal_error(id, &panic), formats))
}

/// Where JSON Lines go: a file, or standard output.
struct LineSink {
    name: PathBuf,
    w: Box<dyn Write>,
}

impl LineSink {
    fn stdout() -> LineSink {
        LineSink {
            name: PathBuf::from("standard output"),
            w: Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
        }
    }

    fn create(path: &Path) -> Result<LineSink> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).with_context(|| dir.display().to_string())?;
        }
        let file = std::fs::File::create(path).with_context(|| path.display().to_string())?;
        Ok(LineSink {
            name: path.to_path_buf(),
            w: Box::new(std::io::BufWriter::new(file)),
        })
    }

    fn line(&mut self, line: &str) -> Result<()> {
        writeln!(self.w, "{line}").map_err(write_error(&self.name))
    }

    fn finish(mut self) -> Result<()> {
        self.w.flush().map_err(write_error(&self.name))
    }
}

fn run_check(mut a: CheckArgs) -> Result<u8> {
    let db = load_db(&a.claims)?;
    let pipeline = Pipeline::new(db);
    let fail = FailOn::verdicts(&a.fail_on);
    if a.input == InputKind::Jsonl {
        if a.format.iter().any(|f| *f != Format::Jsonl) {
            note("hecha: --input jsonl writes JSON Lines only; --format md and json apply to text input");
        }
        let sink = match &a.out {
            Some(d) => LineSink::create(&d.join("reports.jsonl"))?,
            None => LineSink::stdout(),
        };
        let summary = stream_jsonl(&default_stdin(&a.paths), sink, |id, doc| {
            check_one(id, || doc.map(|d| pipeline.check(&d)), &[Format::Jsonl])
        })?;
        if !a.quiet {
            note(summary.line());
        }
        return Ok(exit_code(&summary, &fail));
    }
    if a.format.is_empty() {
        a.format = vec![Format::Md, Format::Json, Format::Html];
    }
    let stdout_jsonl = a.out.is_none() && a.format == [Format::Jsonl];
    let out = a.out.clone().unwrap_or_else(|| PathBuf::from("reports"));
    // never read our own reports back as articles (`check corpus --out corpus/reports`)
    let out_abs = std::fs::canonicalize(&out).ok();
    let inputs: Vec<Input> = load::expand(&default_paths(&a.paths))
        .into_iter()
        .filter(|i| match (i, &out_abs) {
            (Input::File { path, .. }, Some(o)) => {
                !std::fs::canonicalize(path).is_ok_and(|p| p.starts_with(o))
            }
            _ => true,
        })
        .collect();
    if !stdout_jsonl {
        std::fs::create_dir_all(&out).with_context(|| out.display().to_string())?;
    }
    let mut jsonl = match (a.format.contains(&Format::Jsonl), stdout_jsonl) {
        (false, _) => None,
        (true, true) => Some(LineSink::stdout()),
        (true, false) => Some(LineSink::create(&out.join("reports.jsonl"))?),
    };
    if inputs.is_empty() {
        note("hecha: no articles found in the paths given");
    }
    // report file names, each used once: two folders may both hold x.txt,
    // and an article may be called summary
    let mut used_names: std::collections::HashSet<String> = ["summary", "reports", "index"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let mut summary = Summary::default();
    // a progress line on a terminal, for long batches
    let progress =
        !a.quiet && inputs.len() > CHUNK && std::io::IsTerminal::is_terminal(&std::io::stderr());
    for chunk in inputs.chunks(CHUNK) {
        let done: Vec<Rendered> = chunk
            .par_iter()
            .map(|input| {
                let job = || {
                    let doc = load::read_input(input).map_err(|e| e.to_string())?;
                    Ok(pipeline.check(&doc))
                };
                check_one(input.id(), job, &a.format)
            })
            .collect();
        for d in done {
            if let Some(e) = &d.row.error {
                note(format_args!("hecha: {e}"));
            }
            let mut d = d;
            let name = unique_name(safe_name(&d.row.id), &mut used_names);
            let base = out.join(&name);
            d.row.file = Some(name);
            if d.md.is_some() || d.json.is_some() || d.html.is_some() {
                if let Some(parent) = base.parent() {
                    std::fs::create_dir_all(parent)
                        .with_context(|| parent.display().to_string())?;
                }
            }
            if let Some(md) = &d.md {
                write_file(&with_ext(&base, "md"), md)?;
            }
            if let Some(json) = &d.json {
                write_file(&with_ext(&base, "json"), json)?;
            }
            if let Some(html) = &d.html {
                write_file(&with_ext(&base, "html"), html)?;
            }
            if let (Some(w), Some(line)) = (jsonl.as_mut(), &d.jsonl) {
                w.line(line)?;
            }
            summary.add_row(d.row);
        }
        if progress {
            let _ = write!(
                std::io::stderr(),
                "\rchecked {} of {} articles",
                summary.documents,
                inputs.len()
            );
        }
    }
    if progress {
        note("");
    }
    if let Some(w) = jsonl {
        w.finish()?;
    }
    if !stdout_jsonl {
        write_file(&out.join("summary.json"), &summary.to_json_pretty())?;
        write_file(&out.join("summary.md"), &summary.markdown())?;
        let link = [
            (Format::Html, "html"),
            (Format::Md, "md"),
            (Format::Json, "json"),
        ]
        .into_iter()
        .find(|(f, _)| a.format.contains(f))
        .map(|(_, ext)| ext);
        write_file(
            &out.join("index.html"),
            &report::html::index(&summary, link),
        )?;
    }
    if !a.quiet {
        note(summary.line());
        if !stdout_jsonl {
            note(format_args!("reports written to {}", out.display()));
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

fn write_file(p: &Path, s: &str) -> Result<()> {
    std::fs::write(p, s).with_context(|| p.display().to_string())
}

/// Read JSON Lines from files or stdin in chunks ([`Records`]), process
/// each chunk in parallel, write one line per record in input order. `f`
/// gets the record's id and its document, or the reason it could not be
/// read. A file that cannot be opened, or that breaks off, gets an error
/// object of its own and the others go on.
fn stream_jsonl(
    paths: &[PathBuf],
    mut sink: LineSink,
    f: impl Fn(&str, Result<Document, String>) -> Rendered + Sync,
) -> Result<Summary> {
    let mut summary = Summary::default();
    // a stream keeps no per-document rows: memory stays flat
    let mut emit = |sink: &mut LineSink, d: Rendered| -> Result<()> {
        if let Some(line) = &d.jsonl {
            sink.line(line)?;
        }
        if let Some(e) = &d.row.error {
            note(format_args!("hecha: {e}"));
        }
        summary.tally(&d.row);
        Ok(())
    };
    for p in paths {
        let mut records = match Records::open(p) {
            Ok(r) => r,
            Err(e) => {
                let id = p.display().to_string();
                emit(&mut sink, f(&id, Err(e.to_string())))?;
                continue;
            }
        };
        loop {
            let (chunk, broken) = records.chunk(CHUNK);
            let source = records.source();
            let results: Vec<Option<Rendered>> = chunk
                .par_iter()
                .map(|raw| {
                    raw.parse(source).map(|record| match record {
                        Ok(doc) => {
                            let id = doc.id.clone();
                            f(&id, Ok(doc))
                        }
                        Err((id, e)) => f(&id, Err(e.to_string())),
                    })
                })
                .collect();
            for d in results.into_iter().flatten() {
                emit(&mut sink, d)?;
            }
            if let Some(e) = broken {
                emit(&mut sink, f(source, Err(e.to_string())))?;
                break;
            }
            if chunk.is_empty() {
                break;
            }
        }
    }
    sink.finish()?;
    Ok(summary)
}

fn extract_line(extractor: &hecha::extract::Extractor, doc: &Document) -> String {
    let mut ex = hecha::extract_document(extractor, doc);
    hecha::mark_frames(&doc.text, &mut ex.mentions);
    let mentions: Vec<serde_json::Value> = ex
        .mentions
        .iter()
        .zip(&ex.sentence_of)
        .map(|(m, si)| report::mention_value(&doc.text, m, ex.sentences[*si].line))
        .collect();
    // fields in the documented order
    #[derive(serde::Serialize)]
    struct Line<'a> {
        id: &'a str,
        published: Option<String>,
        encoding: &'a str,
        mentions: Vec<serde_json::Value>,
    }
    let line = Line {
        id: &doc.id,
        published: doc.published.map(|d| d.to_string()),
        encoding: doc.encoding,
        mentions,
    };
    serde_json::to_string(&line).unwrap_or_default()
}

/// `hecha extract` for one document, behind the panic boundary.
fn extract_one(
    extractor: &hecha::extract::Extractor,
    id: &str,
    doc: Result<Document, String>,
) -> Rendered {
    let line = guard::catch(|| doc.map(|d| extract_line(extractor, &d)))
        .unwrap_or_else(|panic| Err(guard::internal_error(id, &panic)));
    match line {
        Ok(line) => Rendered {
            row: SummaryRow {
                id: id.to_string(),
                counts: Counts::default(),
                coverage: Default::default(),
                error: None,
                file: None,
            },
            md: None,
            json: None,
            jsonl: Some(line),
            html: None,
        },
        Err(e) => Rendered::failed(id, e, &[Format::Jsonl]),
    }
}

fn run_extract(a: ExtractArgs) -> Result<u8> {
    let extractor = hecha::extract::Extractor::new();
    let summary = if a.input == InputKind::Jsonl {
        stream_jsonl(&default_stdin(&a.paths), LineSink::stdout(), |id, doc| {
            extract_one(&extractor, id, doc)
        })?
    } else {
        let inputs = load::expand(&default_paths(&a.paths));
        let mut sink = LineSink::stdout();
        let mut summary = Summary::default();
        for chunk in inputs.chunks(CHUNK) {
            let done: Vec<Rendered> = chunk
                .par_iter()
                .map(|input| {
                    let doc = load::read_input(input).map_err(|e| e.to_string());
                    extract_one(&extractor, input.id(), doc)
                })
                .collect();
            for d in done {
                if let Some(line) = &d.jsonl {
                    sink.line(line)?;
                }
                if let Some(e) = &d.row.error {
                    note(format_args!("hecha: {e}"));
                }
                summary.tally(&d.row);
            }
        }
        sink.finish()?;
        summary
    };
    Ok(if summary.errors > 0 { 2 } else { 0 })
}
