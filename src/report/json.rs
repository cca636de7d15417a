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

use super::{Claim, Counts, Coverage, Evidence, Report};
use crate::check::Verdict;
use crate::extract::{Kind, Qualifier, Relation};
use crate::findings::{Finding, FindingKind};
use crate::link::EntityBy;
use serde_json::Value;
use std::fmt::Write;

/// `,"name":`, the key of a field after the first of its object (names
/// are plain ASCII and need no escaping): one constant string, written in
/// one copy.
macro_rules! key {
    ($name:literal) => {
        concat!(",\"", $name, "\":")
    };
}

impl Report {
    /// One-line JSON. A failed document is just `{"id": …, "error": …}`.
    pub fn to_json_line(&self) -> String {
        if let Some(e) = &self.error {
            // fields in the documented order: {"id", "error"}
            let mut out = String::with_capacity(e.len() + self.id.len() + 20);
            out.push_str("{\"id\":");
            push_string(&mut out, &self.id);
            out.push_str(key!("error"));
            push_string(&mut out, e);
            out.push('}');
            return out;
        }
        // about 600 bytes a claim
        let mut out = String::with_capacity(1024 + 640 * self.claims.len());
        let o = &mut out;
        o.push_str("{\"id\":");
        push_string(o, &self.id);
        o.push_str(key!("published"));
        push_opt_string(o, self.published.as_deref());
        o.push_str(key!("published_from"));
        push_opt_string(o, self.published_from);
        o.push_str(key!("encoding"));
        push_opt_string(o, self.encoding);
        if let Some(url) = &self.url {
            o.push_str(key!("url"));
            push_string(o, url);
        }
        o.push_str(key!("counts"));
        write_counts(o, &self.counts);
        o.push_str(key!("coverage"));
        write_coverage(o, &self.coverage);
        o.push_str(key!("claims"));
        o.push('[');
        for (i, c) in self.claims.iter().enumerate() {
            if i > 0 {
                o.push(',');
            }
            write_claim(o, c);
        }
        o.push(']');
        o.push_str(key!("findings"));
        write_findings(o, &self.findings);
        if let Some(l) = &self.local_currency {
            o.push_str(key!("local_currency"));
            push_string(o, l);
        }
        o.push('}');
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
fn write_claim(o: &mut String, c: &Claim) {
    o.push_str("{\"text\":");
    push_string(o, &c.text);
    o.push_str(key!("start"));
    push_digits(o, c.start as u64);
    o.push_str(key!("end"));
    push_digits(o, c.end as u64);
    o.push_str(key!("line"));
    push_digits(o, c.line as u64);
    o.push_str(key!("value"));
    push_value(o, &c.value);
    // the fields most claims write the same way, each in one copy: no
    // interval, no unit, no link, and the enums' fields
    if c.low.is_null() && c.high.is_null() {
        o.push_str(concat!(key!("low"), "null", key!("high"), "null"));
    } else {
        o.push_str(key!("low"));
        push_value(o, &c.low);
        o.push_str(key!("high"));
        push_value(o, &c.high);
    }
    match c.unit {
        Some(u) => {
            o.push_str(key!("unit"));
            push_name(o, u.as_str());
        }
        None => o.push_str(concat!(key!("unit"), "null")),
    }
    o.push_str(kind_field(c.kind));
    o.push_str(qualifier_field(c.qualifier));
    if let Some(r) = c.relation {
        o.push_str(relation_field(r));
    }
    if c.entity.is_none() && c.metric.is_none() {
        o.push_str(concat!(key!("entity"), "null", key!("metric"), "null"));
    } else {
        o.push_str(key!("entity"));
        push_opt_string(o, c.entity.as_deref());
        o.push_str(key!("metric"));
        push_opt_string(o, c.metric.as_deref());
    }
    if let Some(s) = &c.item {
        o.push_str(key!("item"));
        push_string(o, s);
    }
    if let Some(s) = &c.time {
        o.push_str(key!("time"));
        push_string(o, s);
    }
    o.push_str(verdict_field(c.verdict));
    if let Some(r) = c.reason {
        o.push_str(key!("reason"));
        push_name(o, r.as_str());
    }
    if !c.evidence.is_empty() {
        o.push_str(key!("evidence"));
        write_evidence(o, &c.evidence);
    }
    if let Some(s) = &c.fact_id {
        o.push_str(key!("fact_id"));
        push_string(o, s);
    }
    if let Some(v) = &c.reference_value {
        o.push_str(key!("reference_value"));
        push_value(o, v);
    }
    if let Some(s) = &c.reference_unit {
        o.push_str(key!("reference_unit"));
        push_string(o, s);
    }
    if let Some(s) = &c.reference_text {
        o.push_str(key!("reference_text"));
        push_string(o, s);
    }
    if let Some(v) = &c.difference_pct {
        o.push_str(key!("difference_pct"));
        push_value(o, v);
    }
    if let Some(s) = &c.exchange_rate {
        o.push_str(key!("exchange_rate"));
        push_string(o, s);
    }
    match &c.source_fields {
        // (written when the database was loaded: one copy, no scan)
        Some(fields) => o.push_str(fields),
        None => push_source_fields(
            o,
            c.source_title.as_deref(),
            c.source_url.as_deref(),
            c.quote.as_deref(),
            c.estimate_by.as_deref(),
        ),
    }
    o.push_str(key!("explanation"));
    push_string(o, &c.explanation);
    if let Some(s) = &c.error {
        o.push_str(key!("error"));
        push_string(o, s);
    }
    o.push('}');
}

/// A claim's source fields as [`write_claim`] writes them, each that is
/// there: `source_title`, `source_url`, `quote` and `estimate_by` (the
/// database writes them once per fact, [`Claim::source_fields`]).
pub(crate) fn push_source_fields(
    o: &mut String,
    title: Option<&str>,
    url: Option<&str>,
    quote: Option<&str>,
    estimate_by: Option<&str>,
) {
    for (key, s) in [
        (key!("source_title"), title),
        (key!("source_url"), url),
        (key!("quote"), quote),
        (key!("estimate_by"), estimate_by),
    ] {
        if let Some(s) = s {
            o.push_str(key);
            push_string(o, s);
        }
    }
}

/// The evidence's object (not empty: it has at least one field).
fn write_evidence(o: &mut String, e: &Evidence) {
    // each field after a comma but the first
    let mut sep = "{";
    if let Some(by) = e.entity {
        o.push_str(sep);
        o.push_str("\"entity\":");
        push_name(o, entity_by_name(by));
        sep = ",";
    }
    if let Some(w) = &e.metric_word {
        o.push_str(sep);
        o.push_str("\"metric_word\":");
        push_string(o, w);
        sep = ",";
    }
    if let Some(p) = e.period {
        o.push_str(sep);
        o.push_str("\"period\":");
        push_name(o, p);
        sep = ",";
    }
    if sep == "{" {
        o.push('{');
    }
    o.push('}');
}

/// The verdict counts, as their derived `Serialize` writes them.
fn write_counts(o: &mut String, c: &Counts) {
    o.push_str("{\"claims\":");
    push_digits(o, c.claims as u64);
    for (key, n) in [
        (key!("supported"), c.supported),
        (key!("contradicted"), c.contradicted),
        (key!("misattributed"), c.misattributed),
        (key!("findings"), c.findings),
        (key!("findings_failed"), c.findings_failed),
        (key!("unverified"), c.unverified),
    ] {
        o.push_str(key);
        push_digits(o, n as u64);
    }
    o.push('}');
}

/// The coverage, as its derived `Serialize` writes it (the unverified
/// claims by reason in the map's order).
fn write_coverage(o: &mut String, c: &Coverage) {
    o.push_str("{\"numbers\":");
    push_digits(o, c.numbers as u64);
    for (key, n) in [
        (key!("claims"), c.claims),
        (key!("linked"), c.linked),
        (key!("checked"), c.checked),
    ] {
        o.push_str(key);
        push_digits(o, n as u64);
    }
    o.push_str(key!("unverified"));
    o.push('{');
    for (i, (r, n)) in c.unverified.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        push_name(o, r.as_str());
        o.push(':');
        push_digits(o, *n as u64);
    }
    o.push_str("}}");
}

/// The findings, as their derived `Serialize` writes them.
fn write_findings(o: &mut String, findings: &[Finding]) {
    o.push('[');
    for (i, f) in findings.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        o.push_str("{\"kind\":");
        push_name(o, finding_kind_name(f.kind));
        o.push_str(if f.holds {
            ",\"holds\":true,\"spans\":["
        } else {
            ",\"holds\":false,\"spans\":["
        });
        for (j, s) in f.spans.iter().enumerate() {
            if j > 0 {
                o.push(',');
            }
            o.push_str("{\"text\":");
            push_string(o, &s.text);
            o.push_str(key!("start"));
            push_digits(o, s.start as u64);
            o.push_str(key!("end"));
            push_digits(o, s.end as u64);
            o.push('}');
        }
        o.push(']');
        o.push_str(key!("explanation"));
        push_string(o, &f.explanation);
        o.push('}');
    }
    o.push(']');
}

/// A string, or `null`.
fn push_opt_string(out: &mut String, s: Option<&str>) {
    match s {
        Some(s) => push_string(out, s),
        None => out.push_str("null"),
    }
}

/// A value as serde_json writes it.
fn push_value(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Number(n) => match n.as_u64() {
            Some(u) => push_digits(out, u),
            None => push_number(out, n),
        },
        Value::String(s) => push_string(out, s),
        other => out.push_str(&other.to_string()),
    }
}

/// A number as serde_json writes it (its `Display` is the same text),
/// written by serde_json into a buffer on the stack: not through the
/// formatting machinery, which costs about as much as the digits.
fn push_number(out: &mut String, n: &serde_json::Number) {
    // (the longest is 24 bytes: a sign, 17 digits, a point, `e-308`)
    let mut buf = [0u8; 32];
    let mut rest = &mut buf[..];
    if serde_json::to_writer(&mut rest, n).is_ok() {
        let len = 32 - rest.len();
        if let Ok(s) = std::str::from_utf8(&buf[..len]) {
            out.push_str(s);
            return;
        }
    }
    let _ = write!(out, "{n}");
}

/// One of the plain names this module writes (an enum's, a unit's id):
/// ASCII without a byte to escape (the tests check every one), so quoted
/// without a scan.
fn push_name(out: &mut String, name: &str) {
    out.push('"');
    out.push_str(name);
    out.push('"');
}

/// `s` as a JSON string, escaped as serde_json escapes: `"` and `\`, the
/// short forms `\b \t \n \f \r`, other control characters as `\u00XX`;
/// everything else (all of Chinese) as it is. Never inlined: the claim
/// writer calls it for a dozen fields, and inlined there (as the compiler
/// sometimes chooses) it costs more.
#[inline(never)]
fn push_string(out: &mut String, s: &str) {
    out.push('"');
    // almost no string holds a byte to escape: one scan, then one copy
    if has_escape(s.as_bytes()) {
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

/// Whether any byte of `s` needs an escape. Its 32-byte blocks are
/// tested by a loop over bytes without branches, which the compiler
/// vectorises; the rest (and the many short strings: a claim's text, an
/// id, a year) on whole 8-byte words: every full word, then the last 8
/// bytes of `s` (overlapping the word before). A string of 4 to 7 bytes
/// is two overlapping 4-byte halves, a shorter one its first, middle and
/// last bytes.
fn has_escape(s: &[u8]) -> bool {
    let n = s.len();
    if n >= 8 {
        let blocks = n - n % 32;
        let any = s[..blocks]
            .iter()
            .fold(false, |any, &b| any | needs_escape(b));
        let mut words = s[blocks..].chunks_exact(8);
        let mut w = words.by_ref().fold(0, |any, w| any | escapes(word(w)));
        if !words.remainder().is_empty() {
            w |= escapes(word(&s[n - 8..]));
        }
        any | (w != 0)
    } else if n >= 4 {
        let half = |h: &[u8]| u64::from(u32::from_le_bytes([h[0], h[1], h[2], h[3]]));
        escapes(half(&s[..4]) | half(&s[n - 4..]) << 32) != 0
    } else if n > 0 {
        // the rest of the word spaces, which need no escape
        let w = u64::from_le_bytes([s[0], s[n / 2], s[n - 1], b' ', b' ', b' ', b' ', b' ']);
        escapes(w) != 0
    } else {
        false
    }
}

/// The first 8 bytes of `b` as a word.
fn word(b: &[u8]) -> u64 {
    u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
}

/// Not zero when a byte of `w` is below 0x20, `"` or `\`. A byte's high
/// bit in `w - 0x2020…` with its high bit clear in `w` marks a byte below
/// 0x20; a borrow only ever starts at such a byte, so whether any byte is
/// marked is exact (the bytes above a real one may be marked too). `"` and
/// `\` are the zero bytes of `w` xor their copies.
fn escapes(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let below = |w: u64, b: u8| w.wrapping_sub(ONES * u64::from(b)) & !w;
    let zero = |w: u64| below(w, 1);
    (below(w, 0x20) | zero(w ^ (ONES * u64::from(b'"'))) | zero(w ^ (ONES * u64::from(b'\\'))))
        & HIGH
}

/// The numbers below 100 in two digits each, `00` to `99`.
pub(crate) const DIGIT_PAIRS: &[u8; 200] = b"\
    0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

/// A whole number's decimal digits (what `write!` gives, without the
/// formatting machinery), two at a time.
pub(crate) fn push_digits(out: &mut String, mut n: u64) {
    const PAIRS: &[u8; 200] = DIGIT_PAIRS;
    if n < 10 {
        out.push(char::from(b'0' + n as u8));
        return;
    }
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    while n >= 100 {
        let k = (n % 100) as usize * 2;
        n /= 100;
        i -= 2;
        digits[i..i + 2].copy_from_slice(&PAIRS[k..k + 2]);
    }
    if n >= 10 {
        let k = n as usize * 2;
        i -= 2;
        digits[i..i + 2].copy_from_slice(&PAIRS[k..k + 2]);
    } else {
        i -= 1;
        digits[i] = b'0' + n as u8;
    }
    // SAFETY: every byte of `digits[i..]` is an ASCII digit, so the slice
    // is UTF-8.
    out.push_str(unsafe { std::str::from_utf8_unchecked(&digits[i..]) });
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

/// `,"name":"value"`: a field whose value is a plain name, in one
/// constant string.
macro_rules! named {
    ($name:literal, $value:literal) => {
        concat!(",\"", $name, "\":\"", $value, "\"")
    };
}

/// The fields of the enums a claim holds, their names as their derived
/// `Serialize` writes them (the tests compare).
fn kind_field(k: Kind) -> &'static str {
    match k {
        Kind::Money => named!("kind", "money"),
        Kind::Percent => named!("kind", "percent"),
        Kind::Count => named!("kind", "count"),
        Kind::Multiple => named!("kind", "multiple"),
        Kind::Fraction => named!("kind", "fraction"),
        Kind::Date => named!("kind", "date"),
        Kind::Duration => named!("kind", "duration"),
        Kind::Quantity => named!("kind", "quantity"),
    }
}

fn qualifier_field(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => named!("qualifier", "exact"),
        Qualifier::Approx => named!("qualifier", "approx"),
        Qualifier::AtLeast => named!("qualifier", "at_least"),
        Qualifier::AtMost => named!("qualifier", "at_most"),
        Qualifier::Vague => named!("qualifier", "vague"),
        Qualifier::Range => named!("qualifier", "range"),
    }
}

fn relation_field(r: Relation) -> &'static str {
    match r {
        Relation::Ratio => named!("relation", "ratio"),
        Relation::Increase => named!("relation", "increase"),
    }
}

fn verdict_field(v: Verdict) -> &'static str {
    match v {
        Verdict::Supported => named!("verdict", "supported"),
        Verdict::Contradicted => named!("verdict", "contradicted"),
        Verdict::Misattributed => named!("verdict", "misattributed"),
        Verdict::Unverified => named!("verdict", "unverified"),
    }
}

fn finding_kind_name(k: FindingKind) -> &'static str {
    match k {
        FindingKind::Conversion => "conversion",
        FindingKind::Ratio => "ratio",
        FindingKind::Total => "total",
        FindingKind::TimeWindow => "time_window",
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
    use crate::check::Reason;
    use crate::extract::units::UNITS;
    use crate::findings::SpanRef;
    use serde::Serialize;
    use std::sync::Arc;

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
            assert_eq!(format!(",\"kind\":{}", json(&k)), kind_field(k));
        }
        for q in [
            Qualifier::Exact,
            Qualifier::Approx,
            Qualifier::AtLeast,
            Qualifier::AtMost,
            Qualifier::Vague,
            Qualifier::Range,
        ] {
            assert_eq!(format!(",\"qualifier\":{}", json(&q)), qualifier_field(q));
        }
        for r in [Relation::Ratio, Relation::Increase] {
            assert_eq!(format!(",\"relation\":{}", json(&r)), relation_field(r));
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
        for k in [
            FindingKind::Conversion,
            FindingKind::Ratio,
            FindingKind::Total,
            FindingKind::TimeWindow,
        ] {
            assert_eq!(json(&k), format!("\"{}\"", finding_kind_name(k)));
        }
        for u in UNITS {
            assert_eq!(json(&u.unit), format!("\"{}\"", u.unit.as_str()));
        }
        for r in Reason::ALL.into_iter().chain([Reason::Unreadable]) {
            assert_eq!(json(&r), format!("\"{}\"", r.as_str()));
        }
        for v in [
            Verdict::Supported,
            Verdict::Contradicted,
            Verdict::Misattributed,
            Verdict::Unverified,
        ] {
            assert_eq!(json(&v), format!("\"{}\"", v.as_str()));
            assert_eq!(format!(",\"verdict\":{}", json(&v)), verdict_field(v));
        }
    }

    /// The names quoted without a scan need no escape.
    #[test]
    fn names_need_no_escape() {
        let names = UNITS
            .iter()
            .map(|u| u.id)
            .chain(Reason::ALL.map(Reason::as_str))
            .chain(["sentence", "earlier_sentence", "fiscal_label"]);
        for name in names {
            assert!(!has_escape(name.as_bytes()), "{name}");
        }
    }

    /// The word-at-a-time test is the byte-at-a-time one, for every
    /// length up to 100, every place of one byte and bytes around the
    /// ones that need escaping.
    #[test]
    fn escape_scan_is_bytewise() {
        let probes = [
            0x00, 0x01, 0x08, 0x0a, 0x1f, 0x20, 0x21, b'"', 0x23, 0x5b, b'\\', 0x5d, 0x7f, 0x80,
            0xa2, 0xdc, 0xff,
        ];
        for fill in [b'a', b' ', 0x21, 0x80, 0xe4, 0xff] {
            for n in 0..100 {
                let mut s = vec![fill; n];
                assert_eq!(has_escape(&s), s.iter().any(|&b| needs_escape(b)));
                for at in 0..n {
                    for p in probes {
                        s[at] = p;
                        assert_eq!(has_escape(&s), s.iter().any(|&b| needs_escape(b)), "{s:?}");
                    }
                    s[at] = fill;
                }
            }
        }
    }

    /// Counts, coverage and findings as serde writes them.
    #[test]
    fn parts_are_serdes() {
        let mut coverage = Coverage {
            numbers: 12,
            claims: 7,
            linked: 0,
            checked: 1_000_000,
            ..Coverage::default()
        };
        let mut out = String::new();
        write_coverage(&mut out, &coverage);
        assert_eq!(out, json(&coverage));
        for (k, r) in Reason::ALL.into_iter().enumerate() {
            coverage.unverified.insert(r, k * 37);
            let mut out = String::new();
            write_coverage(&mut out, &coverage);
            assert_eq!(out, json(&coverage));
        }
        let counts = Counts {
            claims: 1,
            supported: 22,
            contradicted: 333,
            misattributed: 0,
            findings: 4444,
            findings_failed: 55555,
            unverified: usize::MAX,
        };
        let mut out = String::new();
        write_counts(&mut out, &counts);
        assert_eq!(out, json(&counts));
        let finding = |kind, holds, spans: usize| Finding {
            kind,
            holds,
            spans: (0..spans)
                .map(|k| SpanRef {
                    text: format!("{k}\"亿\\"),
                    start: k * 10,
                    end: k * 100 + 3,
                })
                .collect(),
            explanation: "换算\n不成立".into(),
            mentions: vec![1, 2],
        };
        for findings in [
            vec![],
            vec![finding(FindingKind::Ratio, true, 2)],
            vec![
                finding(FindingKind::Conversion, false, 0),
                finding(FindingKind::Total, true, 1),
                finding(FindingKind::TimeWindow, false, 3),
            ],
        ] {
            let mut out = String::new();
            write_findings(&mut out, &findings);
            assert_eq!(out, json(&findings));
        }
    }

    /// A claim's source fields, from the database's copy or from its own
    /// fields, are serde's.
    #[test]
    fn source_fields_are_serdes() {
        let odd: String = (0u8..0x80).map(char::from).chain("“引”".chars()).collect();
        let sources = [
            (Some("标题"), Some("https://a.b/c?d=1"), None, None),
            (
                Some(odd.as_str()),
                Some("u"),
                Some("q\"\\"),
                Some("SemiAnalysis"),
            ),
            (None, None, None, Some(odd.as_str())),
            (None, None, None, None),
        ];
        for (title, url, quote, by) in sources {
            let mut c = crate::report::mention_claim_for_tests("1");
            c.source_title = title.map(Arc::from);
            c.source_url = url.map(Arc::from);
            c.quote = quote.map(Arc::from);
            c.estimate_by = by.map(Arc::from);
            let mut own = String::new();
            write_claim(&mut own, &c);
            assert_eq!(own, json(&c));
            let mut fields = String::new();
            push_source_fields(&mut fields, title, url, quote, by);
            c.source_fields = Some(fields.into());
            let mut shared = String::new();
            write_claim(&mut shared, &c);
            assert_eq!(shared, own);
        }
    }

    fn json(v: &impl Serialize) -> String {
        serde_json::to_string(v).unwrap()
    }

    #[test]
    fn numbers_are_their_displays() {
        let mut next = crate::testing::xorshift(0x1234_5678_9ABC_DEF1u64);
        let mut numbers: Vec<serde_json::Number> = [
            0.0,
            -0.0,
            0.1,
            663.2,
            1e16,
            1e21,
            1e-7,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            -1.2345678901234567e-308,
        ]
        .into_iter()
        .filter_map(serde_json::Number::from_f64)
        .collect();
        numbers.extend([i64::MIN, -1, -1000].map(serde_json::Number::from));
        for _ in 0..100_000 {
            let x = f64::from_bits(next());
            numbers.extend(serde_json::Number::from_f64(x));
            let y = (next() % 2_000_000) as f64 / 10f64.powi((next() % 12) as i32) - 1000.0;
            numbers.extend(serde_json::Number::from_f64(y));
        }
        for n in numbers {
            let mut out = String::new();
            push_value(&mut out, &Value::Number(n.clone()));
            assert_eq!(out, n.to_string());
        }
    }

    #[test]
    fn digits() {
        let powers = (0..20).flat_map(|p| {
            let t = 10u64.pow(p);
            [t - 1, t, t + 1]
        });
        for n in (0..10_000).chain(powers).chain([u64::MAX]) {
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
