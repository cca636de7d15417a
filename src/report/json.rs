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
//!
//! The pretty files are serde's rendering of the derived `Serialize`. JSON
//! Lines, written for every document of a batch, are written here by hand
//! into one buffer: the claims are most of the output, and serde's
//! general-purpose string escaping and per-field calls cost more than all
//! the checking. The line is the same bytes as `serde_json::to_string` of
//! the report (the tests compare the two).

use super::{Claim, Evidence, Report};
use crate::extract::{Kind, Qualifier, Relation};
use crate::link::EntityBy;
use serde::Serialize;
use serde_json::Value;
use std::fmt::Write;

impl Report {
    /// One-line JSON. A failed document is just `{"id": …, "error": …}`.
    pub fn to_json_line(&self) -> String {
        if let Some(e) = &self.error {
            // fields in the documented order: {"id", "error"}
            let mut out = String::with_capacity(e.len() + self.id.len() + 20);
            let mut o = Object::open(&mut out);
            o.str("id", &self.id);
            o.str("error", e);
            o.close();
            return out;
        }
        // about 600 bytes a claim
        let mut out = String::with_capacity(1024 + 640 * self.claims.len());
        let mut o = Object::open(&mut out);
        o.str("id", &self.id);
        o.opt_str("published", self.published.as_deref());
        o.opt_str("published_from", self.published_from);
        o.opt_str("encoding", self.encoding);
        o.some_str("url", self.url.as_deref());
        o.serde("counts", &self.counts);
        o.serde("coverage", &self.coverage);
        o.key("claims");
        o.out.push('[');
        for (i, c) in self.claims.iter().enumerate() {
            if i > 0 {
                o.out.push(',');
            }
            write_claim(o.out, c);
        }
        o.out.push(']');
        o.serde("findings", &self.findings);
        o.some_str("local_currency", self.local_currency.as_deref());
        o.close();
        out
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

/// One claim's object, its fields in the order of [`Claim`] (fields that
/// serde skips when empty are skipped here too), appended to `out`.
fn write_claim(out: &mut String, c: &Claim) {
    let mut o = Object::open(out);
    o.str("text", &c.text);
    o.usize("start", c.start);
    o.usize("end", c.end);
    o.usize("line", c.line);
    o.value("value", &c.value);
    o.value("low", &c.low);
    o.value("high", &c.high);
    o.opt_str("unit", c.unit.map(|u| u.as_str()));
    o.str("kind", kind_name(c.kind));
    o.str("qualifier", qualifier_name(c.qualifier));
    o.some_str("relation", c.relation.map(relation_name));
    o.opt_str("entity", c.entity.as_deref());
    o.opt_str("metric", c.metric.as_deref());
    o.some_str("item", c.item.as_deref());
    o.some_str("time", c.time.as_deref());
    o.str("verdict", c.verdict.as_str());
    o.some_str("reason", c.reason.map(|r| r.as_str()));
    if !c.evidence.is_empty() {
        o.key("evidence");
        write_evidence(o.out, &c.evidence);
    }
    o.some_str("fact_id", c.fact_id.as_deref());
    if let Some(v) = &c.reference_value {
        o.value("reference_value", v);
    }
    o.some_str("reference_unit", c.reference_unit.as_deref());
    o.some_str("reference_text", c.reference_text.as_deref());
    if let Some(v) = &c.difference_pct {
        o.value("difference_pct", v);
    }
    o.some_str("exchange_rate", c.exchange_rate.as_deref());
    o.some_str("source_title", c.source_title.as_deref());
    o.some_str("source_url", c.source_url.as_deref());
    o.some_str("quote", c.quote.as_deref());
    o.some_str("estimate_by", c.estimate_by.as_deref());
    o.str("explanation", &c.explanation);
    o.some_str("error", c.error.as_deref());
    o.close();
}

fn write_evidence(out: &mut String, e: &Evidence) {
    let mut o = Object::open(out);
    o.some_str("entity", e.entity.map(entity_by_name));
    o.some_str("metric_word", e.metric_word.as_deref());
    o.some_str("period", e.period);
    o.close();
}

/// A JSON object being written: its fields are added in order, each
/// after a comma but the first.
struct Object<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> Object<'a> {
    fn open(out: &'a mut String) -> Object<'a> {
        out.push('{');
        Object { out, empty: true }
    }

    fn close(self) {
        self.out.push('}');
    }

    /// `"name":`, after a comma unless it is the first field. Names are
    /// plain ASCII and need no escaping.
    fn key(&mut self, name: &str) {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        self.out.push('"');
        self.out.push_str(name);
        self.out.push_str("\":");
    }

    fn str(&mut self, name: &str, s: &str) {
        self.key(name);
        push_string(self.out, s);
    }

    /// A string, or `null`.
    fn opt_str(&mut self, name: &str, s: Option<&str>) {
        match s {
            Some(s) => self.str(name, s),
            None => {
                self.key(name);
                self.out.push_str("null");
            }
        }
    }

    /// A string, or nothing at all (serde's `skip_serializing_if`).
    fn some_str(&mut self, name: &str, s: Option<&str>) {
        if let Some(s) = s {
            self.str(name, s);
        }
    }

    fn usize(&mut self, name: &str, n: usize) {
        self.key(name);
        push_digits(self.out, n as u64);
    }

    fn value(&mut self, name: &str, v: &Value) {
        self.key(name);
        match v {
            Value::Null => self.out.push_str("null"),
            Value::Number(n) => match n.as_u64() {
                Some(u) => push_digits(self.out, u),
                // a number's Display is serde_json's own rendering of it
                None => {
                    let _ = write!(self.out, "{n}");
                }
            },
            Value::String(s) => push_string(self.out, s),
            other => self.out.push_str(&other.to_string()),
        }
    }

    /// A small part (the counts, the findings) as serde writes it.
    fn serde(&mut self, name: &str, v: &impl Serialize) {
        self.key(name);
        match serde_json::to_string(v) {
            Ok(s) => self.out.push_str(&s),
            Err(_) => self.out.push_str("null"),
        }
    }
}

/// `s` as a JSON string, escaped as serde_json escapes: `"` and `\`, the
/// short forms `\b \t \n \f \r`, other control characters as `\u00XX`;
/// everything else (all of Chinese) as it is.
fn push_string(out: &mut String, s: &str) {
    out.push('"');
    // almost no string holds a byte to escape: one scan without branches
    // (which the compiler vectorises), then one copy
    if s.bytes().fold(false, |any, b| any | needs_escape(b)) {
        push_escaped(out, s);
    } else {
        out.push_str(s);
    }
    out.push('"');
}

fn push_escaped(out: &mut String, s: &str) {
    // `done`: how much of `s` is already written
    let mut done = 0;
    for (i, b) in s.bytes().enumerate() {
        if needs_escape(b) {
            // an ASCII byte: it and the one after start characters
            out.push_str(&s[done..i]);
            push_escape(out, b);
            done = i + 1;
        }
    }
    out.push_str(&s[done..]);
}

/// A whole number's decimal digits (what `write!` gives, without the
/// formatting machinery).
fn push_digits(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&digits[i..]).unwrap_or("0"));
}

fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The escape of a byte that needs one: the short forms, else `\u00XX`
/// in lower-case hex.
fn push_escape(out: &mut String, b: u8) {
    let short = match b {
        b'"' => "\\\"",
        b'\\' => "\\\\",
        0x08 => "\\b",
        b'\t' => "\\t",
        b'\n' => "\\n",
        0x0C => "\\f",
        b'\r' => "\\r",
        _ => {
            let _ = write!(out, "\\u{b:04x}");
            return;
        }
    };
    out.push_str(short);
}

/// The JSON names of the enums a claim holds (as their derived
/// `Serialize` writes them; the tests compare).
fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Money => "money",
        Kind::Percent => "percent",
        Kind::Count => "count",
        Kind::Multiple => "multiple",
        Kind::Fraction => "fraction",
        Kind::Date => "date",
        Kind::Duration => "duration",
        Kind::Quantity => "quantity",
    }
}

fn qualifier_name(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::Approx => "approx",
        Qualifier::AtLeast => "at_least",
        Qualifier::AtMost => "at_most",
        Qualifier::Vague => "vague",
        Qualifier::Range => "range",
    }
}

fn relation_name(r: Relation) -> &'static str {
    match r {
        Relation::Ratio => "ratio",
        Relation::Increase => "increase",
    }
}

fn entity_by_name(e: EntityBy) -> &'static str {
    match e {
        EntityBy::Subject => "subject",
        EntityBy::Clause => "clause",
        EntityBy::Sentence => "sentence",
        EntityBy::Paragraph => "paragraph",
        EntityBy::Earlier => "earlier",
        EntityBy::Family => "family",
        EntityBy::Value => "value",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names written by hand are the derived `Serialize`'s.
    #[test]
    fn enum_names_are_serdes() {
        for k in [
            Kind::Money,
            Kind::Percent,
            Kind::Count,
            Kind::Multiple,
            Kind::Fraction,
            Kind::Date,
            Kind::Duration,
            Kind::Quantity,
        ] {
            assert_eq!(json(&k), format!("\"{}\"", kind_name(k)));
        }
        for q in [
            Qualifier::Exact,
            Qualifier::Approx,
            Qualifier::AtLeast,
            Qualifier::AtMost,
            Qualifier::Vague,
            Qualifier::Range,
        ] {
            assert_eq!(json(&q), format!("\"{}\"", qualifier_name(q)));
        }
        for r in [Relation::Ratio, Relation::Increase] {
            assert_eq!(json(&r), format!("\"{}\"", relation_name(r)));
        }
        for e in [
            EntityBy::Subject,
            EntityBy::Clause,
            EntityBy::Sentence,
            EntityBy::Paragraph,
            EntityBy::Earlier,
            EntityBy::Family,
            EntityBy::Value,
        ] {
            assert_eq!(json(&e), format!("\"{}\"", entity_by_name(e)));
        }
    }

    fn json(v: &impl Serialize) -> String {
        serde_json::to_string(v).unwrap()
    }

    #[test]
    fn digits() {
        for n in [0, 7, 10, 99, 100, 12_345, u64::MAX] {
            let mut out = String::new();
            push_digits(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }

    #[test]
    fn strings_are_escaped_as_serde_escapes_them() {
        let mut all: String = (0u32..0x100).filter_map(char::from_u32).collect();
        all.push_str("训练成本为557.6万美元\u{2028}");
        for start in 0..all.len() {
            let Some(s) = all.get(start..) else { continue };
            let mut out = String::new();
            push_string(&mut out, s);
            assert_eq!(out, json(&s));
        }
    }
}
