//! The JSON rendering of a [`Report`].
//!
//! One object per document (the same object in `--format json` files and,
//! one per line, in JSON Lines output):
//!
//! ```text
//! {"id", "published", "published_from", "encoding", "url",
//!  "counts": {"claims", "supported", "contradicted", "unverified"},
//!  "claims": [ {"text", "start", "end", "line", "value", "low", "high",
//!               "unit", "kind", "qualifier", "relation", "entity", "metric",
//!               "item", "time", "verdict", "fact_id", "reference_value",
//!               "reference_unit", "reference_text", "difference_pct",
//!               "exchange_rate", "source_title", "source_url", "quote",
//!               "estimate_by", "explanation"} ],
//!  "error"}
//! ```
//!
//! `start`/`end` are byte offsets into the decoded UTF-8 text; `value` is a
//! number, or an ISO date string for dates, or null for intervals (then
//! `low`/`high`). A document that could not be read has `error` and no
//! claims. The README documents every field and unit.

use super::Report;
use serde::Serialize;

impl Report {
    /// One-line JSON. A failed document is just `{"id": …, "error": …}`.
    pub fn to_json_line(&self) -> String {
        if let Some(e) = &self.error {
            // fields in the documented order: {"id", "error"}
            #[derive(Serialize)]
            struct Failed<'a> {
                id: &'a str,
                error: &'a str,
            }
            return serde_json::to_string(&Failed {
                id: &self.id,
                error: e,
            })
            .unwrap_or_else(|_| String::from("{\"id\":null,\"error\":\"unprintable\"}"));
        }
        serde_json::to_string(self)
            .unwrap_or_else(|e| format!("{{\"id\":{:?},\"error\":{:?}}}", self.id, e.to_string()))
    }

    /// Pretty JSON.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self)
            .unwrap_or_else(|e| format!("{{\"id\":{:?},\"error\":{:?}}}", self.id, e.to_string()))
    }
}

impl super::Summary {
    /// Pretty JSON of the batch summary (`summary.json`), with a final newline.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self)
            .unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()))
            + "\n"
    }
}
