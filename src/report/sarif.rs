//! SARIF 2.1.0, the log format code-review tools read (GitHub code
//! scanning among them), so that they annotate the article file at each
//! claim.
//!
//! One log for a run (`hecha.sarif`), written as the documents are checked:
//! [`open`], then the [`results`] of each document, then [`close`]. There
//! is one rule per verdict (`verdict/contradicted`, …) and per finding kind
//! (`finding/ratio`, …). Levels: `error` for contradicted and misattributed
//! claims and for findings that do not hold, `note` for unverified claims,
//! and `none` (with `kind: pass`) for supported claims and findings that
//! hold. The message names the fact's source.
//!
//! Regions count as SARIF says by default and as the log states
//! (`columnKind: utf16CodeUnits`): lines and columns are 1-based, a column
//! counts UTF-16 code units from the start of its line (a CJK character
//! is one, an emoji two), and `endColumn` is the column just after the
//! claim. A line ends at LF or CRLF, as in the decoded text.

use super::html::verdict_zh;
use super::{mark, Claim, Report, Summary};
use crate::check::Verdict;
use crate::findings::{Finding, FindingKind};
use serde_json::{json, Value};

const VERDICT_RULES: [(Verdict, &str, &str); 4] = [
    (
        Verdict::Contradicted,
        "Contradicted",
        "The article's figure disagrees with a sourced fact: check the number.",
    ),
    (
        Verdict::Misattributed,
        "Misattributed",
        "The figure is right but belongs to another entity (a sibling model or product).",
    ),
    (
        Verdict::Unverified,
        "Unverified",
        "hecha cannot say: the text lacks evidence (entity, metric, period, scope) or the database has no fact.",
    ),
    (
        Verdict::Supported,
        "Supported",
        "A sourced fact for the same entity, metric and period agrees.",
    ),
];

const FINDING_RULES: [(FindingKind, &str, &str); 4] = [
    (
        FindingKind::Conversion,
        "Conversion",
        "An amount and its conversion into another currency, at the database's rate.",
    ),
    (
        FindingKind::Ratio,
        "Ratio",
        "A stated multiple or fraction of two figures the article gives.",
    ),
    (
        FindingKind::Total,
        "Total",
        "A total and the parts the same sentence states.",
    ),
    (
        FindingKind::TimeWindow,
        "TimeWindow",
        "A window of days from a stated date, against the publication date.",
    ),
];

/// The rule id of a verdict: `verdict/contradicted`.
pub fn verdict_rule(v: Verdict) -> String {
    format!("verdict/{}", v.as_str())
}

/// The rule id of a finding kind: `finding/time_window`.
pub fn finding_rule(k: FindingKind) -> String {
    let name = serde_json::to_value(k)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    format!("finding/{name}")
}

fn verdict_level(v: Verdict) -> &'static str {
    match v {
        Verdict::Contradicted | Verdict::Misattributed => "error",
        Verdict::Unverified => "note",
        Verdict::Supported => "none",
    }
}

/// What an editor does about a result of each verdict (the rule's `help`).
fn verdict_help(v: Verdict) -> &'static str {
    match v {
        Verdict::Contradicted => {
            "Open the source the message names and compare its figure with the article's. \
             Correct the article, or, if it relies on another source or another period, \
             say so in the text; if the database is wrong, fix its row (with a source) \
             and rerun."
        }
        Verdict::Misattributed => {
            "The number is a sourced figure of another entity (a sibling model or product). \
             Check which one the sentence means and name it."
        }
        Verdict::Unverified => {
            "Nothing was compared: the message gives the reason (no entity, metric or \
             period in the text, a narrower scope, or no fact in the database). Check the \
             figure by hand, or add a sourced fact to the claims database."
        }
        Verdict::Supported => {
            "No action: a sourced fact agrees. The message names the source for the record."
        }
    }
}

/// What an editor does about a finding that does not hold.
const FINDING_HELP: &str = "The figures the article states do not agree with each other \
     (a total and its parts, a ratio, a conversion, a window of days): check which of \
     them is wrong.";

fn rules() -> Vec<Value> {
    let verdicts = VERDICT_RULES.iter().map(|(v, name, text)| {
        json!({
            "id": verdict_rule(*v),
            "name": name,
            "shortDescription": {"text": format!("{} {}", mark(*v), verdict_zh(*v))},
            "fullDescription": {"text": text},
            "help": {"text": verdict_help(*v)},
            "defaultConfiguration": {"level": verdict_level(*v)},
        })
    });
    let findings = FINDING_RULES.iter().map(|(k, name, text)| {
        json!({
            "id": finding_rule(*k),
            "name": name,
            "shortDescription": {"text": format!("文内核算：{}", k.zh())},
            "fullDescription": {"text": text},
            "help": {"text": FINDING_HELP},
            "defaultConfiguration": {"level": "error"},
        })
    });
    verdicts.chain(findings).collect()
}

/// The start of the log, up to the opening of its results.
pub fn open() -> String {
    let driver = json!({
        "name": "hecha",
        "version": env!("CARGO_PKG_VERSION"),
        "semanticVersion": env!("CARGO_PKG_VERSION"),
        "rules": rules(),
    });
    let driver = serde_json::to_string_pretty(&driver).unwrap_or_default();
    // nested under runs[0].tool.driver: indented by eight spaces
    let driver = driver.replace('\n', "\n        ");
    format!(
        "{{\n  \"version\": \"2.1.0\",\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"runs\": [\n    {{\n      \"tool\": {{\n        \"driver\": {}\n      }},\n      \"columnKind\": \"utf16CodeUnits\",\n      \"results\": [",
        driver
    )
}

/// The end of the log: the invocation, with a notification for every
/// document that failed, and whether the run succeeded.
pub fn close(summary: &Summary) -> String {
    let notes: Vec<Value> = summary
        .per_document
        .iter()
        .filter_map(|r| {
            r.error.as_ref().map(|e| {
                json!({"level": "error", "message": {"text": e}, "descriptor": {"id": "document"}})
            })
        })
        .collect();
    let invocation = json!({
        "executionSuccessful": summary.errors == 0,
        "toolExecutionNotifications": notes,
    });
    format!(
        "\n      ],\n      \"invocations\": [{}]\n    }}\n  ]\n}}\n",
        serde_json::to_string(&invocation).unwrap_or_default()
    )
}

/// Line and UTF-16 column of byte offsets in a text.
struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// The last offset asked for: (byte offset, its line's start, its
    /// 0-based column). A later offset on the same line counts on from
    /// there, so that many claims on one long line cost one pass over it,
    /// not one each.
    last: std::cell::Cell<(usize, usize, usize)>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines {
            text,
            starts,
            last: std::cell::Cell::new((0, 0, 0)),
        }
    }

    /// 1-based line and column of byte offset `at`.
    fn at(&self, at: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= at).max(1);
        let start = self.starts[line - 1];
        let (last_at, last_start, last_col) = self.last.get();
        let (from, col) = if last_start == start && last_at <= at {
            (last_at, last_col)
        } else {
            (start, 0)
        };
        let col = col
            + self
                .text
                .get(from..at)
                .map_or(0, |s| s.encode_utf16().count());
        if self.text.is_char_boundary(at) {
            self.last.set((at, start, col));
        }
        (line, col + 1)
    }

    fn region(&self, start: usize, end: usize) -> Value {
        let (sl, sc) = self.at(start);
        let (el, ec) = self.at(end);
        json!({
            "startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec,
            "snippet": {"text": self.text.get(start..end).unwrap_or("")},
        })
    }
}

fn location(uri: &str, region: Value) -> Value {
    let relative = !uri.contains(':');
    let mut artifact = json!({ "uri": uri });
    if relative {
        artifact["uriBaseId"] = json!("%SRCROOT%");
    }
    json!({"physicalLocation": {"artifactLocation": artifact, "region": region}})
}

fn claim_message(r: &Report, k: usize, c: &Claim) -> String {
    let mut s = format!(
        "{} {}：{}（声明 {}，{}）{}",
        mark(c.verdict),
        verdict_zh(c.verdict),
        c.text,
        k + 1,
        r.id,
        if c.explanation.is_empty() {
            String::new()
        } else {
            format!("：{}", c.explanation)
        }
    );
    if let Some(reason) = c.reason {
        s.push_str(&format!("〔{}〕", reason.zh()));
    }
    if let Some(t) = &c.reference_text {
        s.push_str(&format!("。参考值：{t}"));
    }
    if let Some(title) = &c.source_title {
        s.push_str(&format!("。来源：{title}"));
        if let Some(f) = &c.fact_id {
            s.push_str(&format!("（{f}）"));
        }
        if let Some(u) = &c.source_url {
            s.push_str(&format!(" {u}"));
        }
        if let Some(d) = &c.source_date {
            s.push_str(&format!("，{d}"));
        }
    }
    s
}

/// The results of one document, one compact JSON object each: its claims
/// in text order, then its findings. `uri` is the article file's address
/// (relative to the folder hecha ran in, percent-encoded), or `None` for
/// standard input (the results then have no location).
pub fn results(r: &Report, uri: Option<&str>) -> Vec<String> {
    if r.error.is_some() {
        return Vec::new();
    }
    let lines = Lines::new(&r.text);
    let mut out = Vec::with_capacity(r.claims.len() + r.findings.len());
    for (k, c) in r.claims.iter().enumerate() {
        let mut res = json!({
            "ruleId": verdict_rule(c.verdict),
            "level": verdict_level(c.verdict),
            "message": {"text": claim_message(r, k, c)},
            "properties": {"document": r.id, "claim": k},
        });
        if c.verdict == Verdict::Supported {
            res["kind"] = json!("pass");
        }
        if let Some(u) = uri {
            res["locations"] = json!([location(u, lines.region(c.start, c.end))]);
        }
        out.push(serde_json::to_string(&res).unwrap_or_default());
    }
    for (k, f) in r.findings.iter().enumerate() {
        out.push(finding(r, k, f, uri, &lines));
    }
    out
}

fn finding(r: &Report, k: usize, f: &Finding, uri: Option<&str>, lines: &Lines) -> String {
    let mut res = json!({
        "ruleId": finding_rule(f.kind),
        "level": if f.holds { "none" } else { "error" },
        "message": {"text": format!(
            "{} {}：{}（{}）",
            f.kind.zh(),
            f.outcome_zh(),
            f.explanation,
            r.id
        )},
        "properties": {"document": r.id, "finding": k},
    });
    if f.holds {
        res["kind"] = json!("pass");
    }
    if let Some(u) = uri {
        let mut spans = f.spans.iter();
        if let Some(first) = spans.next() {
            res["locations"] = json!([location(u, lines.region(first.start, first.end))]);
            let related: Vec<Value> = spans
                .enumerate()
                .map(|(i, s)| {
                    let mut l = location(u, lines.region(s.start, s.end));
                    l["id"] = json!(i + 1);
                    l
                })
                .collect();
            if !related.is_empty() {
                res["relatedLocations"] = Value::Array(related);
            }
        }
    }
    serde_json::to_string(&res).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_says_what_to_do() {
        let rules = rules();
        assert_eq!(rules.len(), VERDICT_RULES.len() + FINDING_RULES.len());
        for r in &rules {
            let help = r["help"]["text"].as_str().unwrap_or("");
            assert!(help.len() > 40, "{}: {help:?}", r["id"]);
        }
        // the log's driver carries them
        assert!(open().contains("\"help\""));
    }

    #[test]
    fn columns_count_utf16_code_units_from_one() {
        let t = "ab\r\n深度求索😀用了2,048颗\n";
        let l = Lines::new(t);
        let at = t.find("2,048").unwrap();
        // 深度求索 4 units, 😀 2, 用了 2: the figure starts at column 9
        assert_eq!(l.at(at), (2, 9));
        assert_eq!(l.at(0), (1, 1));
        let end = at + "2,048颗".len();
        assert_eq!(l.at(end), (2, 15));
    }

    #[test]
    fn columns_are_the_same_in_any_order_of_asking() {
        let t = "一2三4五😀6七\n八9十10\n";
        let offsets: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
        let fresh: Vec<(usize, usize)> = offsets.iter().map(|&o| Lines::new(t).at(o)).collect();
        let l = Lines::new(t);
        // forwards, backwards, and jumping between lines
        for (&o, &want) in offsets.iter().zip(&fresh) {
            assert_eq!(l.at(o), want, "offset {o}");
        }
        for (&o, &want) in offsets.iter().zip(&fresh).rev() {
            assert_eq!(l.at(o), want, "offset {o}");
        }
        for (k, (&o, &want)) in offsets.iter().zip(&fresh).enumerate() {
            let back = offsets[k / 2];
            assert_eq!(l.at(back), fresh[k / 2]);
            assert_eq!(l.at(o), want, "offset {o}");
        }
    }
}
