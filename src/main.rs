//! The `hecha` command line: a thin layer over the library. Parses the
//! arguments, runs the pipeline over the inputs in parallel (rayon, in
//! chunks, so memory stays flat on large archives), writes the reports in
//! input order, and sets the exit code: 0 nothing contradicted, 1 some claim
//! has a verdict named by `--fail-on` (default: contradicted and
//! misattributed), 2 usage or
//! input errors.
//!
//! Every document runs behind the panic boundary ([`hecha::guard`]): reading,
//! checking and rendering one document can fail only that document, which
//! then gets its own error object in its place, and the batch goes on.

use clap::{Parser, Subcommand, ValueEnum};
use hecha::check::Verdict;
use hecha::db::ClaimsDb;
use hecha::guard;
use hecha::load::{self, Document, Input};
use hecha::report::{self, Counts, Report, Summary, SummaryRow};
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
    Misattributed,
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
    /// Report formats, comma-separated [default: md,json; jsonl with --input jsonl].
    #[arg(long, value_delimiter = ',')]
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
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "contradicted,misattributed"
    )]
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

/// Why a run stopped early.
#[derive(Debug)]
enum Fail {
    /// A usage or set-up error, shown as `hecha: …`.
    Msg(String),
    /// Standard output was closed by its reader (`hecha … | head`).
    OutputClosed,
}

impl From<String> for Fail {
    fn from(s: String) -> Fail {
        Fail::Msg(s)
    }
}

type Res<T> = Result<T, Fail>;

/// An error writing to `what`; a closed pipe is told apart.
fn write_error(what: &Path) -> impl Fn(std::io::Error) -> Fail + '_ {
    move |e| {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Fail::OutputClosed
        } else {
            Fail::Msg(format!("{}: {e}", what.display()))
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
        Err(Fail::Msg(e)) => {
            note(format_args!("hecha: {e}"));
            ExitCode::from(2)
        }
        Err(Fail::OutputClosed) => {
            note("hecha: standard output was closed before every report was written");
            ExitCode::from(2)
        }
    }
}

fn with_threads(jobs: Option<usize>, f: impl FnOnce() -> Res<u8> + Send) -> Res<u8> {
    match jobs {
        Some(n) if !(1..=MAX_JOBS).contains(&n) => {
            Err(Fail::Msg(format!("-j must be between 1 and {MAX_JOBS}")))
        }
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
        return Err(msg.into());
    }
    Ok(db)
}

fn run_lint(dir: &Path) -> Res<u8> {
    let (db, problems) = ClaimsDb::load(dir).map_err(|e| e.to_string())?;
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

/// The most worker threads `-j` asks for.
const MAX_JOBS: usize = 256;

/// How many documents are processed in parallel before their output is written.
const CHUNK: usize = 256;

fn fail_on(list: &[FailOn]) -> Vec<Verdict> {
    list.iter()
        .filter_map(|f| match f {
            FailOn::Contradicted => Some(Verdict::Contradicted),
            FailOn::Misattributed => Some(Verdict::Misattributed),
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
}

impl Rendered {
    /// A document that could not be read or checked: `{"id", "error"}`.
    fn failed(id: &str, error: String) -> Rendered {
        let report = Report::failed(id.to_string(), error);
        Rendered {
            jsonl: Some(report.to_json_line()),
            row: report.summary_row(),
            md: None,
            json: None,
        }
    }
}

/// Check one document behind the panic boundary: any bug while reading,
/// checking or rendering becomes this document's `internal error`.
fn check_one(
    id: &str,
    job: impl FnOnce() -> Result<Report, String>,
    formats: &[Format],
) -> Rendered {
    let render = |report: Report| Rendered {
        md: formats
            .contains(&Format::Md)
            .then(|| report::markdown(&report)),
        json: formats
            .contains(&Format::Json)
            .then(|| report.to_json_pretty() + "\n"),
        jsonl: formats
            .contains(&Format::Jsonl)
            .then(|| report.to_json_line()),
        row: report.summary_row(),
    };
    let failed = |e| render(Report::failed(id.to_string(), e));
    let done = guard::catch(|| match job() {
        Ok(r) => render(r),
        Err(e) => failed(e),
    });
    done.unwrap_or_else(|panic| failed(guard::internal_error(id, &panic)))
}

fn run_check(mut a: CheckArgs) -> Res<u8> {
    let db = load_db(&a.claims)?;
    let pipeline = Pipeline::new(db);
    let fail = fail_on(&a.fail_on);
    if a.input == InputKind::Jsonl {
        if a.format.iter().any(|f| *f != Format::Jsonl) {
            note("hecha: --input jsonl writes JSON Lines only; --format md and json apply to text input");
        }
        a.format = vec![Format::Jsonl];
        let to = a.out.as_ref().map(|d| d.join("reports.jsonl"));
        let summary = stream_jsonl(&default_stdin(&a.paths), to.as_deref(), |id, doc| {
            check_one(id, || doc.map(|d| pipeline.check(&d)), &[Format::Jsonl])
        })?;
        if !a.quiet {
            note(summary.line());
        }
        return Ok(exit_code(&summary, &fail));
    }
    if a.format.is_empty() {
        a.format = vec![Format::Md, Format::Json];
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
        std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    let jsonl_path = if stdout_jsonl {
        PathBuf::from("standard output")
    } else {
        out.join("reports.jsonl")
    };
    let mut jsonl: Option<Box<dyn Write>> = if !a.format.contains(&Format::Jsonl) {
        None
    } else if stdout_jsonl {
        Some(Box::new(std::io::BufWriter::new(std::io::stdout().lock())))
    } else {
        Some(Box::new(std::io::BufWriter::new(
            std::fs::File::create(&jsonl_path)
                .map_err(|e| format!("{}: {e}", jsonl_path.display()))?,
        )))
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
            let base = out.join(unique_name(safe_name(&d.row.id), &mut used_names));
            if d.md.is_some() || d.json.is_some() {
                if let Some(parent) = base.parent() {
                    std::fs::create_dir_all(parent)
                        .map_err(|e| format!("{}: {e}", parent.display()))?;
                }
            }
            if let Some(md) = &d.md {
                write_file(&with_ext(&base, "md"), md)?;
            }
            if let Some(json) = &d.json {
                write_file(&with_ext(&base, "json"), json)?;
            }
            if let (Some(w), Some(line)) = (jsonl.as_mut(), &d.jsonl) {
                writeln!(w, "{line}").map_err(write_error(&jsonl_path))?;
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
    if let Some(mut w) = jsonl {
        w.flush().map_err(write_error(&jsonl_path))?;
    }
    if !stdout_jsonl {
        write_file(
            &out.join("summary.json"),
            &(serde_json::to_string_pretty(&summary).map_err(|e| e.to_string())? + "\n"),
        )?;
        write_file(&out.join("summary.md"), &summary.markdown())?;
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

fn write_file(p: &Path, s: &str) -> Res<()> {
    std::fs::write(p, s).map_err(|e| Fail::Msg(format!("{}: {e}", p.display())))
}

fn default_stdin(paths: &[PathBuf]) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        paths.to_vec()
    }
}

/// Read JSON Lines from files or stdin in chunks, process each chunk in
/// parallel, write one line per record in input order (to `to`, or
/// standard output). `f` gets the record's id and its document, or the
/// reason it could not be read. A file that cannot be opened, or that
/// breaks off, gets an error object of its own and the others go on.
fn stream_jsonl(
    paths: &[PathBuf],
    to: Option<&Path>,
    f: impl Fn(&str, Result<Document, String>) -> Rendered + Sync,
) -> Res<Summary> {
    let out_name = to.map_or_else(|| PathBuf::from("standard output"), Path::to_path_buf);
    let mut w: Box<dyn Write> = match to {
        Some(p) => {
            if let Some(dir) = p.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            Box::new(std::io::BufWriter::new(
                std::fs::File::create(p).map_err(|e| format!("{}: {e}", p.display()))?,
            ))
        }
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let mut summary = Summary::default();
    // a stream keeps no per-document rows: memory stays flat
    let mut emit = |w: &mut dyn Write, d: Rendered| -> Res<()> {
        if let Some(line) = &d.jsonl {
            writeln!(w, "{line}").map_err(write_error(&out_name))?;
        }
        if let Some(e) = &d.row.error {
            note(format_args!("hecha: {e}"));
        }
        summary.tally(&d.row);
        Ok(())
    };
    for p in paths {
        let (reader, source): (Box<dyn BufRead>, String) = if p.as_os_str() == "-" {
            (
                Box::new(std::io::BufReader::new(std::io::stdin())),
                "-".into(),
            )
        } else {
            match std::fs::File::open(p) {
                Ok(file) => (
                    Box::new(std::io::BufReader::new(file)),
                    p.display().to_string(),
                ),
                Err(e) => {
                    let id = p.display().to_string();
                    let msg = format!("{id}: {e}");
                    emit(&mut *w, f(&id, Err(msg)))?;
                    continue;
                }
            }
        };
        let mut reader = reader;
        let mut lineno = 0u64;
        let mut broken = None;
        let mut ended = false;
        while !ended {
            // a line too long to be a record keeps its place as an error
            let mut chunk: Vec<(u64, Result<Vec<u8>, u64>)> = Vec::with_capacity(CHUNK);
            while chunk.len() < CHUNK {
                match load::read_line_capped(&mut reader) {
                    Ok(Some(l)) => {
                        lineno += 1;
                        let l = match (lineno, l) {
                            // a byte-order mark before the first record
                            (1, Ok(b)) => Ok(b
                                .strip_prefix(b"\xEF\xBB\xBF")
                                .map(<[u8]>::to_vec)
                                .unwrap_or(b)),
                            (_, l) => l,
                        };
                        chunk.push((lineno, l));
                    }
                    Ok(None) => {
                        ended = true;
                        break;
                    }
                    Err(e) => {
                        broken = Some(format!("{source}:{}: {e}", lineno + 1));
                        ended = true;
                        break;
                    }
                }
            }
            if chunk.is_empty() {
                break;
            }
            let results: Vec<Option<Rendered>> = chunk
                .par_iter()
                .map(|(lineno, raw)| {
                    let raw = match raw {
                        Ok(raw) => raw,
                        Err(len) => {
                            let id = format!("{source}:{lineno}");
                            let msg = format!(
                                "{source}:{lineno}: a record of {} MiB, larger than {} MiB",
                                len >> 20,
                                load::MAX_DOCUMENT >> 20
                            );
                            return Some(f(&id, Err(msg)));
                        }
                    };
                    let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
                    if raw.iter().all(|b| b.is_ascii_whitespace()) {
                        return None;
                    }
                    let record = match std::str::from_utf8(raw) {
                        Ok(line) => load::record(line, *lineno, &source)
                            .map_err(|(id, e)| (id, e.to_string())),
                        Err(e) => {
                            let (_, col) = load::line_column(&String::from_utf8_lossy(
                                &raw[..e.valid_up_to()],
                            ));
                            Err((
                                format!("{source}:{lineno}"),
                                format!("{source}:{lineno}:{col}: invalid UTF-8"),
                            ))
                        }
                    };
                    Some(match record {
                        Ok(doc) => {
                            let id = doc.id.clone();
                            f(&id, Ok(doc))
                        }
                        Err((id, msg)) => f(&id, Err(msg)),
                    })
                })
                .collect();
            for d in results.into_iter().flatten() {
                emit(&mut *w, d)?;
            }
        }
        if let Some(msg) = broken {
            emit(&mut *w, f(&source, Err(msg)))?;
        }
    }
    w.flush().map_err(write_error(&out_name))?;
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
            },
            md: None,
            json: None,
            jsonl: Some(line),
        },
        Err(e) => Rendered::failed(id, e),
    }
}

fn run_extract(a: ExtractArgs) -> Res<u8> {
    let extractor = hecha::extract::Extractor::new();
    let summary = if a.input == InputKind::Jsonl {
        stream_jsonl(&default_stdin(&a.paths), None, |id, doc| {
            extract_one(&extractor, id, doc)
        })?
    } else {
        let inputs = load::expand(&default_paths(&a.paths));
        let stdout = Path::new("standard output");
        let mut w = std::io::BufWriter::new(std::io::stdout().lock());
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
                    writeln!(w, "{line}").map_err(write_error(stdout))?;
                }
                if let Some(e) = &d.row.error {
                    note(format_args!("hecha: {e}"));
                }
                summary.tally(&d.row);
            }
        }
        w.flush().map_err(write_error(stdout))?;
        summary
    };
    Ok(if summary.errors > 0 { 2 } else { 0 })
}
