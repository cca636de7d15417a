//! Stage 6, *report*: the owned, serialisable result of checking one
//! document ([`Report`]), the batch it belongs to ([`Summary`]), and their
//! renderings, one module per format, all over this one model so that every
//! format says the same thing:
//!
//! * [`html`] — a self-contained page per article, and the batch index;
//! * [`json`] — the JSON contract (pretty files and JSON Lines);
//! * [`markdown`] — the text with every claim marked, then a table;
//! * [`claimreview`] — schema.org ClaimReview JSON-LD per compared claim;
//! * [`sarif`] — one SARIF 2.1.0 log per run, for code-review tools;
//! * [`summary`] — the batch: counts, coverage and one row per document;
//! * [`baseline`] — the claims whose verdict changed since an earlier run.
//!
//! The README documents every field and unit.

pub mod baseline;
pub mod claimreview;
pub mod html;
pub mod json;
pub mod markdown;
pub mod sarif;
pub mod summary;

pub use markdown::markdown;
pub use summary::{Summary, SummaryRow};

use crate::check::{describe_value, format_number, Reason, Verdict};
use crate::date::Date;
use crate::db::ClaimsDb;
use crate::extract::{Kind, Mention, Qualifier, Relation, Unit};
use crate::findings::Finding;
use crate::link::EntityBy;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Arc;

/// How much of an article could be checked: the numbers found, the claims
/// among them, how many were linked and compared, and the unverified ones
/// grouped by what was missing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Coverage {
    /// Numbers found in the text (claims, and the dates that frame them).
    pub numbers: usize,
    /// Claims among them.
    pub claims: usize,
    /// Claims linked to an entity and a metric.
    pub linked: usize,
    /// Claims compared with a fact: supported, contradicted or misattributed.
    pub checked: usize,
    /// Unverified claims by what was missing.
    pub unverified: BTreeMap<Reason, usize>,
}

impl Coverage {
    /// Count one claim.
    pub fn add(&mut self, c: &Claim) {
        self.claims += 1;
        self.linked += usize::from(c.entity.is_some() && c.metric.is_some());
        match c.reason {
            Some(r) => *self.unverified.entry(r).or_default() += 1,
            None => self.checked += usize::from(c.verdict != Verdict::Unverified),
        }
    }

    /// Sum of two.
    pub fn merge(&mut self, o: &Coverage) {
        self.numbers += o.numbers;
        self.claims += o.claims;
        self.linked += o.linked;
        self.checked += o.checked;
        for (r, n) in &o.unverified {
            *self.unverified.entry(*r).or_default() += n;
        }
    }
}

/// Verdict counts of a document or a batch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Claims checked.
    pub claims: usize,
    /// Supported.
    pub supported: usize,
    /// Contradicted.
    pub contradicted: usize,
    /// Misattributed.
    pub misattributed: usize,
    /// Findings (the article's own arithmetic redone).
    pub findings: usize,
    /// Findings that do not hold.
    pub findings_failed: usize,
    /// Unverified.
    pub unverified: usize,
}

impl Counts {
    /// Count one verdict.
    pub fn add(&mut self, v: Verdict) {
        self.claims += 1;
        match v {
            Verdict::Supported => self.supported += 1,
            Verdict::Contradicted => self.contradicted += 1,
            Verdict::Misattributed => self.misattributed += 1,
            Verdict::Unverified => self.unverified += 1,
        }
    }

    /// Sum of two counts.
    pub fn merge(&mut self, o: &Counts) {
        self.claims += o.claims;
        self.supported += o.supported;
        self.contradicted += o.contradicted;
        self.misattributed += o.misattributed;
        self.findings += o.findings;
        self.findings_failed += o.findings_failed;
        self.unverified += o.unverified;
    }

    /// The number of claims with this verdict.
    pub fn of(&self, v: Verdict) -> usize {
        match v {
            Verdict::Supported => self.supported,
            Verdict::Contradicted => self.contradicted,
            Verdict::Misattributed => self.misattributed,
            Verdict::Unverified => self.unverified,
        }
    }
}

/// The evidence the linker found in the text for a claim.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Evidence {
    /// How the entity was found (its subject, named in its clause, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<EntityBy>,
    /// The word of the text that names the metric.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metric_word: Option<String>,
    /// Where the period came from: `sentence`, `earlier_sentence` (its
    /// year only), `fiscal_label`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<&'static str>,
}

impl Evidence {
    fn is_empty(&self) -> bool {
        self.entity.is_none() && self.metric_word.is_none() && self.period.is_none()
    }
}

/// One checked claim.
#[derive(Clone, Debug, Serialize)]
pub struct Claim {
    /// The exact substring of the text.
    pub text: String,
    /// Byte offset of the start in the decoded text.
    pub start: usize,
    /// Byte offset of the end.
    pub end: usize,
    /// 1-based line.
    pub line: usize,
    /// Value: number, ISO date string, or null for intervals.
    pub value: Value,
    /// Lower end of an interval.
    pub low: Value,
    /// Upper end of an interval.
    pub high: Value,
    /// Normalised unit.
    pub unit: Option<Unit>,
    /// Kind of quantity.
    pub kind: Kind,
    /// Hedge.
    pub qualifier: Qualifier,
    /// For multiples: ratio or increase.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relation: Option<Relation>,
    /// Entity id, when linked.
    #[serde(serialize_with = "shared")]
    pub entity: Option<Arc<str>>,
    /// Metric id, when linked.
    #[serde(serialize_with = "shared")]
    pub metric: Option<Arc<str>>,
    /// The entity and the metric as an editor reads them (英伟达 · 单日市值
    /// 损失; for the HTML report, not in the JSON contract).
    #[serde(skip)]
    pub about_zh: Option<String>,
    /// The chip or product counted.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "shared")]
    pub item: Option<Arc<str>>,
    /// The time the claim is about, when stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// Verdict.
    pub verdict: Verdict,
    /// Why it is unverified: which evidence is missing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<Reason>,
    /// What the text gave the linker: how the entity was found, the word
    /// that names the metric, where the period came from.
    #[serde(skip_serializing_if = "Evidence::is_empty")]
    pub evidence: Evidence,
    /// Fact used.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "shared")]
    pub fact_id: Option<Arc<str>>,
    /// Reference value in the claim's unit (converted if needed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_value: Option<Value>,
    /// Unit of the reference value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_unit: Option<&'static str>,
    /// The fact's value as the database states it, readable.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "shared")]
    pub reference_text: Option<Arc<str>>,
    /// The fact as the database states it (its range, bound or hedge
    /// kept), in the claim's unit: `reference_text` converted at the
    /// exchange rate when the fact is in another currency (`39亿港元以上`
    /// for `5亿美元以上`). For the HTML report; not in the JSON contract.
    #[serde(skip)]
    pub reference_in_unit: Option<String>,
    /// Difference of the claim from the reference, in percent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub difference_pct: Option<Value>,
    /// Exchange rate used to convert the reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exchange_rate: Option<String>,
    /// Source title.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "shared")]
    pub source_title: Option<Arc<str>>,
    /// Source address.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "shared")]
    pub source_url: Option<Arc<str>>,
    /// When the source published the fact (written `YYYY-MM-DD`; for the
    /// HTML report and ClaimReview, not in the JSON contract).
    #[serde(skip)]
    pub source_date: Option<Date>,
    /// Quote from the source.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "shared")]
    pub quote: Option<Arc<str>>,
    /// Who estimated the fact, if not the entity itself.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "shared")]
    pub estimate_by: Option<Arc<str>>,
    /// `source_title`, `source_url`, `quote` and `estimate_by` as JSON
    /// Lines write them, made once per fact when the database is loaded;
    /// `None` to write them from those fields (a claim that changes them
    /// must set this to `None`). Not in the JSON contract itself.
    #[serde(skip)]
    pub source_fields: Option<Arc<str>>,
    /// Why this verdict.
    pub explanation: Cow<'static, str>,
    /// Set when the number could not be represented (too large).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// A shared string of the database as serde writes an `Option<String>`
/// (serde writes `Arc`s only with a feature hecha does not turn on).
fn shared<S: serde::Serializer>(s: &Option<Arc<str>>, out: S) -> Result<S::Ok, S::Error> {
    match s {
        Some(s) => out.serialize_some(&**s),
        None => out.serialize_none(),
    }
}

/// The report of one document.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// Document id.
    pub id: String,
    /// As-of date (ISO), if known.
    pub published: Option<String>,
    /// Where the as-of date came from: `field` or `text`.
    pub published_from: Option<&'static str>,
    /// Encoding of the input.
    pub encoding: Option<&'static str>,
    /// Source address of the document, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Verdict counts.
    pub counts: Counts,
    /// What could be checked, and why the rest could not.
    pub coverage: Coverage,
    /// Claims in text order.
    pub claims: Vec<Claim>,
    /// The article's own arithmetic redone: conversions, ratios, totals,
    /// time windows.
    pub findings: Vec<Finding>,
    /// The currency a bare 元 was read as, when not the renminbi, with the
    /// word of the text that decided it: `TWD（依据“新台幣”）`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub local_currency: Option<String>,
    /// Why the document could not be checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The decoded text (for the Markdown, HTML, ClaimReview and SARIF
    /// renderings; not serialised; empty when the pipeline keeps no text,
    /// see [`crate::Pipeline::set_report_text`]).
    #[serde(skip)]
    pub text: String,
}

impl Report {
    /// The report of a document that could not be read or checked.
    pub fn failed(id: String, error: String) -> Report {
        Report {
            id,
            published: None,
            published_from: None,
            encoding: None,
            url: None,
            counts: Counts::default(),
            coverage: Coverage::default(),
            claims: Vec::new(),
            findings: Vec::new(),
            local_currency: None,
            error: Some(error),
            text: String::new(),
        }
    }

    /// Its row in the batch summary.
    pub fn summary_row(&self) -> SummaryRow {
        SummaryRow {
            id: self.id.clone(),
            counts: self.counts,
            coverage: self.coverage.clone(),
            error: self.error.clone(),
            file: None,
        }
    }
}

/// A decimal as a JSON number: integers exactly, others as the nearest double.
pub fn number(v: Decimal) -> Value {
    // a whole number (most are) is its digits: no need to normalise it
    if v.scale() == 0 {
        if let Ok(i) = i64::try_from(v.mantissa()) {
            return Value::from(i);
        }
    }
    let v = v.normalize();
    if v.scale() == 0 {
        if let Some(i) = v.to_i64() {
            return Value::from(i);
        }
    }
    nearest_double(v)
        .or_else(|| v.to_string().parse::<f64>().ok())
        .and_then(serde_json::Number::from_f64)
        .map(Value::Number)
        .unwrap_or(Value::Null)
}

/// The double nearest `v` without printing and parsing it, when its digits
/// and its power of ten are both exact doubles (below 2^53, at most 10^22):
/// then one division, which IEEE rounds correctly, gives what parsing the
/// decimal's text gives.
fn nearest_double(v: Decimal) -> Option<f64> {
    const POWERS: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let m = v.mantissa().unsigned_abs();
    let power = POWERS.get(v.scale() as usize)?;
    if m >= 1 << 53 {
        return None;
    }
    // (below 2^53, through 64 bits: one conversion, not a 128-bit one)
    let x = m as u64 as f64 / power;
    Some(if v.is_sign_negative() { -x } else { x })
}

/// Build a claim from a mention and its check; with `html`, also the
/// fields only the HTML report shows (`about_zh`, `reference_in_unit`).
#[allow(clippy::too_many_arguments)]
pub fn claim(
    db: &ClaimsDb,
    text: &str,
    m: &Mention,
    line: usize,
    link: &crate::link::Link,
    time: Option<&Mention>,
    outcome: crate::check::Outcome,
    html: bool,
) -> Claim {
    let (entity, metric, item) = (link.entity, link.metric, link.item);
    let value = if m.kind == Kind::Date {
        match (m.date, m.date_end) {
            (Some(d), None) => Value::from(iso_date(d)),
            _ => Value::Null,
        }
    } else {
        m.value.map(number).unwrap_or(Value::Null)
    };
    let (low, high) = if m.kind == Kind::Date {
        match (m.date, m.date_end) {
            (Some(d), Some(e)) => (Value::from(iso_date(d)), Value::from(iso_date(e))),
            _ => (Value::Null, Value::Null),
        }
    } else {
        (
            m.low.map(number).unwrap_or(Value::Null),
            m.high.map(number).unwrap_or(Value::Null),
        )
    };
    let fact = outcome.fact.map(|f| &db.facts[f]);
    // (the database describes each fact once, at load, and keeps its
    // strings shared)
    let strings = outcome.fact.map(|f| db.fact_strings(f));
    // a day counted back from the day of writing (…28日電）…昨天) is that
    // day, not the dateline's
    // a time carried from an earlier sentence gives only its year
    let time_str = link.counted_day().map(iso_date).or_else(|| {
        time.and_then(|t| {
            t.date.map(|d| match t.date_end {
                // the year alone, as `i32`'s `Display` writes it
                _ if link.year_only() && (1000..10_000).contains(&d.year) => {
                    iso_date(Date::y(d.year))
                }
                _ if link.year_only() => d.year.to_string(),
                Some(e) => {
                    let mut s = String::with_capacity(21);
                    push_date(&mut s, d);
                    s.push('/');
                    push_date(&mut s, e);
                    s
                }
                None => iso_date(d),
            })
        })
    });
    Claim {
        text: text[m.start..m.end].to_string(),
        start: m.start,
        end: m.end,
        line,
        value,
        low,
        high,
        unit: m.unit,
        kind: m.kind,
        qualifier: m.qualifier,
        relation: m.relation,
        entity: entity.map(|e| db.entity_id(e)),
        metric: metric.map(|x| db.metric_id(x)),
        about_zh: (html && (entity.is_some() || metric.is_some())).then(|| {
            // joined, as `format!` costs several times more for plain strings
            let e = entity.map_or("?", |e| db.entities[e].name_zh.as_str());
            let x = metric.map_or("?", |x| db.metrics[x].name_zh.as_str());
            let mut s = String::with_capacity(e.len() + x.len() + 4);
            s.push_str(e);
            s.push_str(" · ");
            s.push_str(x);
            s
        }),
        item: item.map(|e| db.entity_id(e)),
        time: time_str,
        verdict: outcome.verdict,
        reason: outcome.reason,
        evidence: Evidence {
            entity: link.entity.and(link.entity_by),
            metric_word: link
                .metric_word
                .filter(|_| metric.is_some())
                .and_then(|(a, b)| text.get(a..b))
                .map(str::to_string),
            period: match (time, link.fiscal_year) {
                (None, _) => None,
                (Some(_), Some(_)) => Some("fiscal_label"),
                (Some(_), None) if link.time_carried => Some("earlier_sentence"),
                (Some(_), None) => Some("sentence"),
            },
        },
        fact_id: strings.as_ref().map(|s| s.id.clone()),
        reference_value: fact.and_then(|f| match &f.value {
            crate::db::FactValue::Date { date, end: None } => Some(Value::from(iso_date(*date))),
            crate::db::FactValue::Date { .. } => None,
            _ => outcome.reference.map(|r| number(r.round_dp(6))),
        }),
        reference_unit: fact.map(|f| {
            if outcome.rate.is_some() {
                m.unit.map_or("", |u| u.as_str())
            } else {
                f.unit.as_str()
            }
        }),
        reference_in_unit: fact
            .filter(|_| html)
            .map(|f| match (&outcome.rate, m.unit) {
                (Some((rounded, _)), Some(unit)) => {
                    // the exact factor when the fact has a point (the rate is
                    // shown to four places only)
                    let factor = match (&f.value, outcome.reference) {
                        (crate::db::FactValue::Number { value: Some(v), .. }, Some(r))
                            if !v.is_zero() =>
                        {
                            r / *v
                        }
                        _ => *rounded,
                    };
                    describe_value(&converted(&f.value, factor), unit, f.qualifier)
                }
                _ => strings
                    .as_ref()
                    .map_or(String::new(), |s| s.description.to_string()),
            }),
        reference_text: strings.as_ref().map(|s| s.description.clone()),
        difference_pct: outcome.difference_pct.map(number),
        exchange_rate: outcome.rate.map(|(_, s)| s),
        source_title: strings.as_ref().map(|s| s.source_title.clone()),
        source_url: strings.as_ref().map(|s| s.source_url.clone()),
        source_date: fact.map(|f| f.as_of),
        quote: strings.as_ref().and_then(|s| s.quote.clone()),
        source_fields: strings.as_ref().map(|s| s.source_fields.clone()),
        estimate_by: strings.as_ref().and_then(|s| s.estimate_by.clone()),
        explanation: outcome.explanation,
        error: m.error.clone(),
    }
}

/// A date as its `Display` writes it (`2025-02-28`, `2025-02`, `2025`, and
/// `--02-28` when the year is unknown), without the formatting machinery
/// (a thousand instructions a date less).
pub fn iso_date(d: Date) -> String {
    let mut s = String::with_capacity(10);
    push_date(&mut s, d);
    s
}

/// [`iso_date`] appended to `out`.
fn push_date(out: &mut String, d: Date) {
    let small = |n: Option<u8>| n.is_none_or(|n| n < 100);
    if !(0..10_000).contains(&d.year) || !small(d.month) || !small(d.day) {
        // what the shortcut does not write: a negative year, five digits
        out.push_str(&d.to_string());
        return;
    }
    // `YYYY-MM-DD` at most
    let mut b = [b'-'; 10];
    // two digits of a number below 100
    let pair = |x: usize| &json::DIGIT_PAIRS[2 * x..2 * x + 2];
    let mut n = if d.year == 0 {
        // no year: ISO 8601's `--MM-DD`
        1
    } else {
        let y = d.year as usize;
        b[..2].copy_from_slice(pair(y / 100));
        b[2..4].copy_from_slice(pair(y % 100));
        4
    };
    // `-` and two digits (the `-` is already there)
    let mut two = |x: u8| {
        b[n + 1..n + 3].copy_from_slice(pair(usize::from(x)));
        n += 3;
    };
    if let Some(m) = d.month {
        two(m);
        if let Some(x) = d.day {
            two(x);
        }
    }
    // SAFETY: every byte of `b[..n]` is an ASCII digit or `-`: UTF-8.
    out.push_str(unsafe { std::str::from_utf8_unchecked(&b[..n]) });
}

/// A fact's value, range or bound multiplied by `factor` (an exchange
/// rate).
fn converted(value: &crate::db::FactValue, factor: Decimal) -> crate::db::FactValue {
    let mut value = value.clone();
    if let crate::db::FactValue::Number {
        value, low, high, ..
    } = &mut value
    {
        for x in [value, low, high].into_iter().flatten() {
            *x = (*x * factor).round_dp(2).normalize();
        }
    }
    value
}

/// The symbol of a verdict in reports: ✓ ✗ ⇄ ?.
pub(crate) fn mark(v: Verdict) -> &'static str {
    match v {
        Verdict::Supported => "✓",
        Verdict::Contradicted => "✗",
        Verdict::Misattributed => "⇄",
        Verdict::Unverified => "?",
    }
}

/// The claim's value in readable form: `557.6万 USD`, `≥ 5亿 USD`, `2024-12-26`.
pub fn describe_claim(c: &Claim) -> String {
    // a date's unit is not written after it
    let u = match c.unit {
        Some(Unit::Date) | None => "",
        Some(u) => u.zh(),
    };
    let n = |v: &Value| -> String {
        match v {
            Value::Number(x) => x
                .as_f64()
                .and_then(|f| Decimal::try_from(f).ok())
                .map(format_number)
                .unwrap_or_else(|| x.to_string()),
            Value::String(s) => s.clone(),
            _ => String::new(),
        }
    };
    if c.kind == Kind::Date {
        return match (&c.value, &c.low, &c.high) {
            (Value::String(s), _, _) => readable_date(s),
            (_, Value::String(a), Value::String(b)) => {
                format!("{}至{}", readable_date(a), readable_date(b))
            }
            _ => c.text.clone(),
        };
    }
    match c.qualifier {
        Qualifier::AtLeast if c.high.is_null() => format!("≥{}{}", n(&c.low), u),
        Qualifier::AtMost if c.low.is_null() => format!("≤{}{}", n(&c.high), u),
        _ if c.value.is_null() => format!("{}–{}{}", n(&c.low), n(&c.high), u),
        Qualifier::Approx => format!("≈{}{}", n(&c.value), u),
        _ => format!("{}{}", n(&c.value), u),
    }
}

/// A date for a reader: as stored (`2025-02-28`), except one whose year the
/// article does not give (ISO's `--02-28`), which reads `2月28日（年份不详）`.
fn readable_date(s: &str) -> String {
    let Some(rest) = s.strip_prefix("--") else {
        return s.to_string();
    };
    let mut parts = rest.split('-').map(|p| p.trim_start_matches('0'));
    match (parts.next(), parts.next()) {
        (Some(m), Some(d)) => format!("{m}月{d}日（年份不详）"),
        (Some(m), None) => format!("{m}月（年份不详）"),
        _ => s.to_string(),
    }
}

/// The mention fields of a claim (for `hecha extract`): text, span, line,
/// value, low, high, unit, kind, qualifier, relation.
pub fn mention_value(text: &str, m: &Mention, line: usize) -> Value {
    let db = ClaimsDb::default();
    let outcome = crate::check::Outcome {
        reason: None,
        verdict: Verdict::Unverified,
        fact: None,
        reference: None,
        difference_pct: None,
        rate: None,
        explanation: Cow::Borrowed(""),
    };
    let c = claim(
        &db,
        text,
        m,
        line,
        &crate::link::Link::default(),
        None,
        outcome,
        false,
    );
    let mut v = serde_json::to_value(&c).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut v {
        for k in ["entity", "metric", "verdict", "explanation"] {
            map.remove(k);
        }
        map.insert(
            "role".into(),
            serde_json::to_value(m.role).unwrap_or(Value::Null),
        );
    }
    v
}

/// A claim with only its text (unverified, unlinked), for unit tests.
#[cfg(test)]
pub(crate) fn mention_claim_for_tests(text: &str) -> Claim {
    Claim {
        text: text.into(),
        start: 0,
        end: text.len(),
        line: 1,
        value: Value::Null,
        low: Value::Null,
        high: Value::Null,
        unit: None,
        kind: Kind::Quantity,
        qualifier: Qualifier::Exact,
        relation: None,
        entity: None,
        metric: None,
        about_zh: None,
        item: None,
        time: None,
        verdict: Verdict::Unverified,
        reason: None,
        evidence: Evidence::default(),
        fact_id: None,
        reference_value: None,
        reference_unit: None,
        reference_text: None,
        reference_in_unit: None,
        difference_pct: None,
        exchange_rate: None,
        source_title: None,
        source_url: None,
        source_date: None,
        quote: None,
        estimate_by: None,
        source_fields: None,
        explanation: Cow::Borrowed(""),
        error: None,
    }
}

#[cfg(test)]
mod date_tests {
    use super::{iso_date, nearest_double, number, readable_date};
    use crate::date::Date;
    use rust_decimal::prelude::ToPrimitive;
    use rust_decimal::Decimal;

    #[test]
    fn iso_dates_are_displays() {
        let years = (-20..12_000).chain([i32::MIN, i32::MAX, 99_999, 123_456]);
        for year in years {
            let days = [
                None,
                Some(0),
                Some(1),
                Some(9),
                Some(10),
                Some(31),
                Some(99),
            ];
            let months = days.into_iter().chain([Some(100), Some(255)]);
            for month in months {
                for day in days.into_iter().chain([Some(100), Some(255)]) {
                    let d = Date { year, month, day };
                    assert_eq!(iso_date(d), d.to_string(), "{d:?}");
                }
            }
        }
    }

    /// The whole numbers' shortcut gives what normalising gives.
    #[test]
    fn numbers_are_normalised_ones() {
        let mut next = crate::testing::xorshift(0x9E37_79B9_7F4A_7C15u64);
        for _ in 0..50_000 {
            let seed = next();
            let m = (seed >> (seed % 64)) as i64 * if seed.is_multiple_of(3) { -1 } else { 1 };
            for v in [
                Decimal::new(m, 0),
                Decimal::from_i128_with_scale(i128::from(m) << (seed % 33), 0),
            ] {
                let slow = {
                    let n = v.normalize();
                    n.to_i64().map(serde_json::Value::from)
                };
                if let Some(slow) = slow {
                    assert_eq!(number(v), slow, "{v}");
                }
            }
        }
        let negative_zero = Decimal::from_parts(0, 0, 0, true, 0);
        assert_eq!(number(negative_zero), serde_json::Value::from(0));
    }

    #[test]
    fn nearest_doubles_are_the_parsed_ones() {
        let mut next = crate::testing::xorshift(0x2545_F491_4F6C_DD1Du64);
        for _ in 0..50_000 {
            let seed = next();
            let m = (seed >> (seed % 40)) as i64 * if seed.is_multiple_of(3) { -1 } else { 1 };
            let v = Decimal::new(m, (seed % 29) as u32);
            if let Some(x) = nearest_double(v) {
                assert_eq!(x, v.to_string().parse::<f64>().unwrap(), "{v}");
            }
        }
    }

    #[test]
    fn a_date_without_its_year_says_so() {
        assert_eq!(readable_date("--02-28"), "2月28日（年份不详）");
        assert_eq!(readable_date("--11"), "11月（年份不详）");
        assert_eq!(readable_date("2025-02-28"), "2025-02-28");
    }
}
