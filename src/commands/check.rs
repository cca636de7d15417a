//! `hecha check`: the batch. Articles are read and checked in parallel,
//! in chunks, each behind the panic boundary, and their reports written in
//! input order; JSON Lines records are streamed the same way.

use crate::cli::{CheckArgs, FailOn, Format, InputKind};
use crate::diff::Diff;
use crate::inputs::{default_paths, default_stdin, stream_jsonl, CHUNK};
use crate::output::{sarif_uri, LineSink, Outputs};
use crate::render::{Render, Rendered};
use crate::term::Term;
use anyhow::{bail, Result};
use hecha::check::Verdict;
use hecha::db::ClaimsDb;
use hecha::guard;
use hecha::load::{self, Input};
use hecha::report::baseline::Baseline;
use hecha::report::claimreview::ReviewOptions;
use hecha::report::{Report, Summary};
use hecha::Pipeline;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// `hecha check`: check the articles or records, write the reports, and
/// give the exit code.
pub fn run(mut a: CheckArgs) -> Result<u8> {
    let mut term = Term::new(a.quiet);
    let db = open_db(a.claims.as_deref(), &term)?;
    let baseline = a.baseline.as_deref().map(Baseline::read).transpose()?;
    let mut pipeline = Pipeline::new(db);
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
    // the fields only HTML pages show are not made for other formats
    pipeline.set_html_fields(a.format.contains(&Format::Html));
    pipeline.set_report_text(
        a.format
            .iter()
            .any(|f| !matches!(f, Format::Json | Format::Jsonl)),
    );
    let stdout_jsonl = a.out.is_none() && a.format == [Format::Jsonl];
    let out = a.out.clone().unwrap_or_else(|| PathBuf::from("reports"));
    if !records && !stdout_jsonl {
        refuse_out_holding_articles(&out, &default_paths(&a.paths))?;
    }
    // a JSON Lines stream that writes JSON Lines only keeps no rows
    let stream_only = records && a.format == [Format::Jsonl];
    let mut w = Outputs::new(&out, &a.format, stdout_jsonl, stream_only)?;
    let cx = Render {
        formats: a.format.clone(),
        review: ReviewOptions {
            author: a.author.clone(),
            url: a.url.clone(),
            date: a.review_date.clone(),
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
        let inputs = load::expand_outside(&default_paths(&a.paths), out_abs.as_deref());
        // (the folder SARIF addresses are relative to, read once, and only
        // for SARIF)
        let cwd = a
            .format
            .contains(&Format::Sarif)
            .then(std::env::current_dir);
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
                    let uri = match (input, &cwd) {
                        (Input::File { path, .. }, Some(cwd)) => {
                            Some(sarif_uri(path, cwd.as_deref().ok()))
                        }
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

/// Refuse an output folder that is a folder of articles given, or holds
/// one: its articles would be skipped as reports (a run's own reports are
/// never read back), and its reports read as articles by a run on a folder
/// above it.
fn refuse_out_holding_articles(out: &Path, paths: &[PathBuf]) -> Result<()> {
    let Ok(out_abs) = std::fs::canonicalize(out) else {
        return Ok(()); // (not made yet: it holds nothing)
    };
    for p in paths.iter().filter(|p| p.is_dir()) {
        if std::fs::canonicalize(p).is_ok_and(|p| p.starts_with(&out_abs)) {
            bail!(
                "--out {} is the folder of articles {}, or holds it: its reports would mix with the articles; give --out a folder of its own (such as {})",
                out.display(),
                p.display(),
                p.join("reports").display()
            );
        }
    }
    Ok(())
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

/// The exit code: 2 when a document failed; with a baseline, 1 when a claim
/// got worse; without, 1 when a claim has a verdict of `--fail-on`.
fn gate(summary: &Summary, fail: &[Verdict], worse: Option<usize>) -> u8 {
    match worse {
        _ if summary.errors > 0 => 2,
        Some(w) => u8::from(w > 0),
        None => exit_code(summary, fail),
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
