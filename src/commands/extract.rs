//! `hecha extract`: the numeric mentions of each document, without
//! checking them.

use crate::cli::{ExtractArgs, InputKind};
use crate::inputs::{default_paths, default_stdin, stream_jsonl, CHUNK};
use crate::output::LineSink;
use crate::render::{Render, Rendered};
use crate::term::{note, Term};
use anyhow::Result;
use hecha::guard;
use hecha::load::{self, Document};
use hecha::report::{self, Counts, SummaryRow};
use rayon::prelude::*;

/// `hecha extract`: one JSON line of mentions per document, on standard
/// output, in input order.
pub fn run(a: ExtractArgs) -> Result<u8> {
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

fn extract_line(extractor: &hecha::extract::Extractor, doc: &Document) -> String {
    let mut ex = hecha::extract_document(extractor, doc);
    hecha::mark_frames(&doc.text, &mut ex.mentions);
    let mentions: Vec<serde_json::Value> = ex
        .mentions
        .iter()
        .zip(&ex.sentence_of)
        .map(|(m, si)| {
            let line = hecha::segment::line_at(&doc.text, &ex.sentences[*si], m.start);
            report::mention_value(&doc.text, m, line)
        })
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
