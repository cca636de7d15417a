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
mod diff;
mod inputs;
mod output;
mod render;
mod term;

use anyhow::{bail, Context, Result};
use clap::Parser;
use cli::{CheckArgs, ClaimsCommand, Cli, Command, ExtractArgs, FailOn, Format, InputKind};
use diff::Diff;
use hecha::check::Verdict;
use hecha::db::{ClaimsDb, EMBEDDED};
use hecha::guard;
use hecha::load::{self, Document, Input};
use hecha::report::baseline::Baseline;
use hecha::report::claimreview::ReviewOptions;
use hecha::report::{self, Counts, Report, Summary, SummaryRow};
use hecha::Pipeline;
use inputs::{default_paths, default_stdin, stream_jsonl, CHUNK};
use output::{sarif_uri, write_error, write_file, LineSink, Outputs};
use rayon::prelude::*;
use render::{Render, Rendered};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use term::Term;

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
        Command::Claims {
            command: ClaimsCommand::Export { dir, force },
        } => run_export(&dir, force),
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

fn exit_code(summary: &Summary, fail: &[Verdict]) -> u8 {
    if summary.errors > 0 {
        2
    } else if hecha::fails(&summary.counts, fail) {
        1
    } else {
        0
    }
}

/// Check one document behind the panic boundary: any bug while reading,
/// checking or rendering becomes this document's `internal error`.
fn check_one(
    id: &str,
    job: impl FnOnce() -> hecha::error::Result<Report>,
    cx: &Render,
    uri: Option<&str>,
) -> Rendered {
    let done = guard::catch(|| match job() {
        Ok(r) => Rendered::new(&r, cx, uri),
        Err(e) => Rendered::failed(id, &e, cx),
    });
    done.unwrap_or_else(|panic| Rendered::failed(id, &guard::internal_error(id, &panic), cx))
}

/// The claims database to check against: `--claims`, else `./claims`,
/// else the copy built into hecha (said on stderr).
fn open_db(claims: Option<&Path>, term: &Term) -> Result<ClaimsDb> {
    if let Some(dir) = claims {
        return load_db(dir);
    }
    let here = Path::new("claims");
    if here.is_dir() {
        return load_db(here);
    }
    let (db, problems) = ClaimsDb::embedded()?;
    if !problems.is_empty() {
        bail!("the built-in claims database has problems: {}", problems[0]);
    }
    term.note(format_args!(
        "hecha: no --claims and no ./claims folder: using the claims database built into hecha ({} facts); `hecha claims export DIR` writes it out",
        db.facts.len()
    ));
    Ok(db)
}

/// `hecha claims export DIR`: write the built-in database out, refusing to
/// overwrite a file unless `--force`.
fn run_export(dir: &Path, force: bool) -> Result<u8> {
    let paths: Vec<PathBuf> = EMBEDDED.iter().map(|(name, _)| dir.join(name)).collect();
    if !force {
        if let Some(p) = paths.iter().find(|p| p.exists()) {
            bail!(
                "{}: already exists; nothing was written (--force overwrites)",
                p.display()
            );
        }
    }
    std::fs::create_dir_all(dir).with_context(|| dir.display().to_string())?;
    for ((_, text), p) in EMBEDDED.iter().zip(&paths) {
        write_file(p, text)?;
    }
    note(format_args!(
        "wrote the built-in claims database to {} (entities.csv, metrics.csv, facts.csv); check it with `hecha claims lint {}`",
        dir.display(),
        dir.display()
    ));
    Ok(0)
}

fn run_check(mut a: CheckArgs) -> Result<u8> {
    let mut term = Term::new(a.quiet);
    let db = open_db(a.claims.as_deref(), &term)?;
    let baseline = a.baseline.as_deref().map(Baseline::read).transpose()?;
    let pipeline = Pipeline::new(db);
    let fail = FailOn::verdicts(&a.fail_on);
    let records = a.input == InputKind::Jsonl;
    if a.format.is_empty() {
        a.format = if records {
            vec![Format::Jsonl]
        } else {
            vec![Format::Md, Format::Json, Format::Html]
        };
    }
    if records && a.out.is_none() && a.format.iter().any(|f| *f != Format::Jsonl) {
        term.note("hecha: --input jsonl without --out writes JSON Lines to standard output only; give --out DIR for the other formats");
        a.format = vec![Format::Jsonl];
    }
    let stdout_jsonl = a.out.is_none() && a.format == [Format::Jsonl];
    let out = a.out.clone().unwrap_or_else(|| PathBuf::from("reports"));
    // a JSON Lines stream that writes JSON Lines only keeps no rows
    let stream_only = records && a.format == [Format::Jsonl];
    let mut w = Outputs::new(&out, &a.format, stdout_jsonl, stream_only)?;
    let cx = Render {
        formats: a.format.clone(),
        review: ReviewOptions {
            author: a.author.clone(),
            url: a.url.clone(),
        },
        baseline,
    };
    if cx.baseline.is_some() {
        // the diff goes to standard output unless JSON Lines do
        w.diff = Some(Diff::new(if stdout_jsonl {
            LineSink::stderr()
        } else {
            LineSink::stdout()
        }));
    }
    if records {
        term.start(None);
        stream_jsonl(
            &default_stdin(&a.paths),
            &term,
            |id, doc| {
                // a record's own address locates its SARIF results
                let uri = doc.as_ref().ok().and_then(|d| d.url.clone());
                check_one(id, || doc.map(|d| pipeline.check(&d)), &cx, uri.as_deref())
            },
            |d| w.write(d, &term),
        )?;
    } else {
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
        if inputs.is_empty() {
            term.error("hecha: no articles found in the paths given");
        }
        if inputs.len() > 1 {
            term.start(Some(inputs.len()));
        }
        let bar = term.bar();
        let claims_so_far = AtomicUsize::new(0);
        for chunk in inputs.chunks(CHUNK) {
            let done: Vec<Rendered> = chunk
                .par_iter()
                .map(|input| {
                    let job = || Ok(pipeline.check(&load::read_input(input)?));
                    let uri = match input {
                        Input::File { path, .. } => Some(sarif_uri(path)),
                        _ => None,
                    };
                    let d = check_one(input.id(), job, &cx, uri.as_deref());
                    if let Some(b) = &bar {
                        let n = d.row.counts.claims;
                        let total = claims_so_far.fetch_add(n, Ordering::Relaxed) + n;
                        b.set_message(format!("{total} claims"));
                        b.inc(1);
                    }
                    d
                })
                .collect();
            for d in done {
                w.write(d, &term)?;
            }
        }
    }
    term.finish();
    let wrote_index = w.keep_rows;
    let (summary, worse) = w.finish(cx.baseline.as_ref())?;
    term.summary(
        &summary,
        (!stdout_jsonl).then_some(out.as_path()),
        wrote_index,
    );
    Ok(gate(&summary, &fail, worse))
}

/// The exit code: 2 when a document failed; with a baseline, 1 when a claim
/// got worse; without, 1 when a claim has a verdict of `--fail-on`.
fn gate(summary: &Summary, fail: &[Verdict], worse: Option<usize>) -> u8 {
    match worse {
        _ if summary.errors > 0 => 2,
        Some(w) => u8::from(w > 0),
        None => exit_code(summary, fail),
    }
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
    doc: hecha::error::Result<Document>,
) -> Rendered {
    let line = match guard::catch(|| doc.map(|d| extract_line(extractor, &d))) {
        Ok(Ok(line)) => Ok(line),
        Ok(Err(e)) => Err(e.to_string()),
        Err(panic) => Err(guard::internal_error(id, &panic)),
    };
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
            claimreview: None,
            sarif: Vec::new(),
            changes: Vec::new(),
            new_doc: false,
            failed_then: false,
        },
        Err(e) => Rendered::failed(id, &e, &Render::jsonl()),
    }
}

fn run_extract(a: ExtractArgs) -> Result<u8> {
    let extractor = hecha::extract::Extractor::new();
    let mut sink = LineSink::stdout();
    let mut errors = 0usize;
    let mut emit = |d: Rendered| -> Result<()> {
        if let Some(line) = &d.jsonl {
            sink.line(line)?;
        }
        if let Some(e) = &d.row.error {
            note(format_args!("hecha: {e}"));
            errors += 1;
        }
        Ok(())
    };
    if a.input == InputKind::Jsonl {
        stream_jsonl(
            &default_stdin(&a.paths),
            &Term::new(true),
            |id, doc| extract_one(&extractor, id, doc),
            &mut emit,
        )?;
    } else {
        let inputs = load::expand(&default_paths(&a.paths));
        for chunk in inputs.chunks(CHUNK) {
            let done: Vec<Rendered> = chunk
                .par_iter()
                .map(|input| extract_one(&extractor, input.id(), load::read_input(input)))
                .collect();
            for d in done {
                emit(d)?;
            }
        }
    }
    sink.finish()?;
    Ok(if errors > 0 { 2 } else { 0 })
}
