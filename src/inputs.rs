//! Where the documents of a run come from, for the `hecha` binary only:
//! the default paths, and JSON Lines records read in chunks and processed
//! in parallel, in input order.

use crate::render::Rendered;
use crate::term::Term;
use anyhow::Result;
use hecha::load::{Document, Records};
use rayon::prelude::*;
use std::path::PathBuf;

/// How many documents are processed in parallel before their output is written.
pub const CHUNK: usize = 256;

/// The paths given, or `corpus` when there are none (articles).
pub fn default_paths(paths: &[PathBuf]) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from("corpus")]
    } else {
        paths.to_vec()
    }
}

/// The paths given, or `-` (standard input) when there are none (JSON Lines).
pub fn default_stdin(paths: &[PathBuf]) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        paths.to_vec()
    }
}

/// Read JSON Lines from files or stdin in chunks ([`Records`]), process
/// each chunk in parallel, and hand every rendered record to `emit` in
/// input order. `f` gets the record's id and its document, or the reason
/// it could not be read. A file that cannot be opened, or that breaks off,
/// gets an error object of its own and the others go on.
pub fn stream_jsonl(
    paths: &[PathBuf],
    term: &Term,
    f: impl Fn(&str, hecha::error::Result<Document>) -> Rendered + Sync,
    mut emit: impl FnMut(Rendered) -> Result<()>,
) -> Result<()> {
    let bar = term.bar();
    let mut claims = 0;
    let mut emit = |d: Rendered| -> Result<()> {
        claims += d.row.counts.claims;
        emit(d)?;
        if let Some(b) = &bar {
            b.inc(1);
            term.claims(claims);
        }
        Ok(())
    };
    for p in paths {
        let mut records = match Records::open(p) {
            Ok(r) => r,
            Err(e) => {
                let id = p.display().to_string();
                emit(f(&id, Err(e)))?;
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
                        Err((id, e)) => f(&id, Err(e)),
                    })
                })
                .collect();
            for d in results.into_iter().flatten() {
                emit(d)?;
            }
            if let Some(e) = broken {
                emit(f(source, Err(e)))?;
                break;
            }
            if chunk.is_empty() {
                break;
            }
        }
    }
    Ok(())
}
