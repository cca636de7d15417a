//! The batch summary: counts and coverage over every document, and one
//! row per document (its counts, or why it failed).

use super::{Counts, Coverage, Report};
use serde::Serialize;

/// The batch summary.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Summary {
    /// Documents seen.
    pub documents: usize,
    /// Documents that could not be read or checked.
    pub errors: usize,
    /// Verdict counts over all documents.
    pub counts: Counts,
    /// Coverage over all documents.
    pub coverage: Coverage,
    /// Per document: id, counts, error.
    pub per_document: Vec<SummaryRow>,
}

/// One row of the summary.
#[derive(Clone, Debug, Serialize)]
pub struct SummaryRow {
    /// Document id.
    pub id: String,
    /// Its counts.
    pub counts: Counts,
    /// Its coverage.
    pub coverage: Coverage,
    /// Its error, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Its report's file name in the output folder, without the format's
    /// extension (`sub/x.txt`), for the links of the index; not serialised.
    #[serde(skip)]
    pub file: Option<String>,
}

impl Summary {
    /// Add a report.
    pub fn add(&mut self, r: &Report) {
        self.add_row(r.summary_row());
    }

    /// Add a document's row.
    pub fn add_row(&mut self, row: SummaryRow) {
        self.tally(&row);
        self.per_document.push(row);
    }

    /// Count a document without keeping its row (for streams).
    pub fn tally(&mut self, row: &SummaryRow) {
        self.documents += 1;
        self.errors += usize::from(row.error.is_some());
        self.counts.merge(&row.counts);
        self.coverage.merge(&row.coverage);
    }

    /// The documents that were checked, worst first: most contradicted or
    /// misattributed claims, then most findings that do not hold, then most
    /// unverified claims, then by id. The order depends on nothing but the
    /// rows, so the index is the same at any `-j`.
    pub fn worst_first(&self) -> Vec<&SummaryRow> {
        let mut rows: Vec<&SummaryRow> = self
            .per_document
            .iter()
            .filter(|r| r.error.is_none())
            .collect();
        rows.sort_by_key(|r| {
            (
                std::cmp::Reverse(r.counts.contradicted + r.counts.misattributed),
                std::cmp::Reverse(r.counts.findings_failed),
                std::cmp::Reverse(r.counts.unverified),
                r.id.as_str(),
            )
        });
        rows
    }

    /// One line for the terminal.
    pub fn line(&self) -> String {
        let c = &self.counts;
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        format!(
            "{} · {} · {} supported · {} contradicted · {} misattributed · {} unverified · {}",
            plural(self.documents, "article"),
            plural(c.claims, "claim"),
            c.supported,
            c.contradicted,
            c.misattributed,
            c.unverified,
            plural(self.errors, "error")
        )
    }
}
