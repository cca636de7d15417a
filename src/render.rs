//! One document's outcome and its renderings, made on a worker thread, for
//! the `hecha` binary only: each format asked for, and the changes against
//! the baseline.

use crate::cli::Format;
use crate::output::safe_name;
use hecha::report::baseline::{Baseline, Change};
use hecha::report::claimreview::ReviewOptions;
use hecha::report::{self, Report, SummaryRow};

/// What every document's rendering needs besides its report.
pub struct Render {
    pub formats: Vec<Format>,
    pub review: ReviewOptions,
    pub baseline: Option<Baseline>,
}

impl Render {
    /// JSON Lines only, no baseline.
    pub fn jsonl() -> Render {
        Render {
            formats: vec![Format::Jsonl],
            review: ReviewOptions::default(),
            baseline: None,
        }
    }
}

/// One document's outcome and its renderings, made on a worker thread.
pub struct Rendered {
    pub row: SummaryRow,
    pub md: Option<String>,
    pub json: Option<String>,
    pub jsonl: Option<String>,
    pub html: Option<String>,
    pub claimreview: Option<String>,
    pub sarif: Vec<String>,
    pub changes: Vec<Change>,
    /// A document the baseline has no claims of (missing or failed then).
    pub new_doc: bool,
    /// A document that could not be read in the baseline.
    pub failed_then: bool,
}

impl Rendered {
    /// Render `report` in the formats asked for; `uri` is the article
    /// file's address for SARIF.
    pub fn new(report: &Report, cx: &Render, uri: Option<&str>) -> Rendered {
        let has = |f| cx.formats.contains(&f);
        Rendered {
            md: has(Format::Md).then(|| report::markdown(report)),
            json: has(Format::Json).then(|| report.to_json_pretty() + "\n"),
            jsonl: has(Format::Jsonl).then(|| report.to_json_line()),
            html: has(Format::Html).then(|| {
                // the way back to index.html from the page's folder
                let depth = safe_name(&report.id).matches('/').count();
                report::html::article(report, &format!("{}index.html", "../".repeat(depth)))
            }),
            claimreview: has(Format::Claimreview)
                .then(|| report::claimreview::reviews(report, &cx.review)),
            sarif: if has(Format::Sarif) {
                report::sarif::results(report, uri)
            } else {
                Vec::new()
            },
            changes: cx
                .baseline
                .as_ref()
                .map(|b| b.compare(report))
                .unwrap_or_default(),
            new_doc: cx
                .baseline
                .as_ref()
                .is_some_and(|b| report.error.is_none() && !b.checked(&report.id)),
            failed_then: cx
                .baseline
                .as_ref()
                .is_some_and(|b| report.error.is_none() && b.has(&report.id)),
            row: report.summary_row(),
        }
    }

    /// A document that could not be read or checked: `{"id", "error"}`.
    pub fn failed(id: &str, error: &dyn std::fmt::Display, cx: &Render) -> Rendered {
        Rendered::new(&Report::failed(id.to_string(), error.to_string()), cx, None)
    }

    pub fn files(&self) -> [(&Option<String>, &'static str); 4] {
        [
            (&self.md, "md"),
            (&self.json, "json"),
            (&self.html, "html"),
            (&self.claimreview, "claimreview.json"),
        ]
    }
}
