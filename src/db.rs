//! The claims database: CSV files in a folder (`claims/` by default), kept
//! in git next to the articles.
//!
//! * `entities.csv` — `id,kind,name_zh,aliases`: who or what a claim is
//!   about, with every surface form (simplified and traditional) pipe-separated.
//! * `metrics.csv` — `id,name_zh,unit,kind,entity_kinds,triggers[,unshared][,scope]`:
//!   what is measured, its normalised unit, the entity kinds it applies to,
//!   the Chinese words that signal it near a number, (`unshared` = `yes`)
//!   whether the figure is one entity's alone, never shared by siblings,
//!   and (`scope`) the words that say what the database's figures are of
//!   when its name alone does not (`规模以上|规上`).
//! * `facts.csv` — `id,entity,metric,item,period,value,low,high,unit,
//!   qualifier,as_of,estimate_by,source_title,source_url,quote,note[,versus]`:
//!   one sourced figure per row; `versus` names the entity a multiple is
//!   of (the 11 of `是DeepSeek-V3的11倍`).
//!
//! [`ClaimsDb::load`] parses and validates all three and returns every
//! problem found, each located as `claims/facts.csv:43:5` (line and
//! character column of the field), so `hecha claims lint` can list them all.

use crate::check::{describe_fact, fact_bounds};
use crate::date::{period_range, Date};
use crate::error::{Error, ErrorKind, Location, Result};
use crate::extract::units::{self, Unit};
use rust_decimal::Decimal;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;

/// The shipped database, compiled in: `(file name, contents)` of
/// `entities.csv`, `metrics.csv` and `facts.csv`. `hecha check` uses it
/// when there is no `--claims` and no `./claims`; `hecha claims export`
/// writes it out.
pub const EMBEDDED: [(&str, &str); 3] = [
    ("entities.csv", include_str!("../claims/entities.csv")),
    ("metrics.csv", include_str!("../claims/metrics.csv")),
    ("facts.csv", include_str!("../claims/facts.csv")),
];

/// A thing claims are about: a company, a model, an economy…
#[derive(Clone, Debug)]
pub struct Entity {
    /// Canonical id (`DeepSeek-V3`).
    pub id: String,
    /// Kind (`ai_model`, `organization`, `chip`, `economy`…).
    pub kind: String,
    /// Usual Chinese name.
    pub name_zh: String,
    /// Surface forms, simplified and traditional.
    pub aliases: Vec<String>,
    /// The entity this one belongs to (国家统计局 → China), from the optional
    /// `part_of` column: a figure an agency reports is its economy's.
    pub part_of: Option<String>,
}

/// A measured quantity: training cost, GPU-hours, GDP growth…
#[derive(Clone, Debug)]
pub struct Metric {
    /// Id (`training_cost`).
    pub id: String,
    /// Chinese name, for reports.
    pub name_zh: String,
    /// Normalised unit of its values.
    pub unit: Unit,
    /// Kind of quantity (`money`, `count`, `date`…).
    pub kind: String,
    /// Entity kinds the metric applies to.
    pub entity_kinds: Vec<String>,
    /// Words that signal the metric near a number.
    pub triggers: Vec<String>,
    /// The figure belongs to one entity alone (a model's own training run):
    /// siblings never share it, so a sibling's figure given as this
    /// entity's is a misattribution. Optional column `unshared` (`yes`).
    pub unshared: bool,
    /// What the database's figures of this metric are of, when the metric's
    /// own words do not say it (工业增加值 of the industry 规模以上 only,
    /// 增加…万人 of the population): a figure's sentence must name one of
    /// these words to be checked. Optional column `scope`, pipe-separated.
    pub scope: Vec<String>,
}

/// The value of a fact.
#[derive(Clone, Debug, PartialEq)]
pub enum FactValue {
    /// A number or an interval.
    Number {
        /// Point value (none for ranges).
        value: Option<Decimal>,
        /// Lower end (ranges, and `at_least` facts).
        low: Option<Decimal>,
        /// Upper end (ranges, and `at_most` facts).
        high: Option<Decimal>,
        /// Place value of the last significant digit of the value as written.
        precision: Decimal,
    },
    /// A date, or a date range.
    Date {
        /// The date (or the first).
        date: Date,
        /// The last date of a range.
        end: Option<Date>,
    },
}

/// One sourced figure.
#[derive(Clone, Debug)]
pub struct Fact {
    /// Id (`F04`).
    pub id: String,
    /// Entity id.
    pub entity: String,
    /// Metric id.
    pub metric: String,
    /// The chip or product counted, as an entity id (`NVIDIA H800`).
    pub item: Option<String>,
    /// The entity a multiple is of, as an entity id (`DeepSeek-V3` for
    /// Llama 3.1 405B's 11 times its GPU hours): the base of comparison.
    pub versus: Option<String>,
    /// The time the figure is about (`2024`, `2024-Q4`, `FY2025`).
    pub period: Option<String>,
    /// The value.
    pub value: FactValue,
    /// Normalised unit.
    pub unit: Unit,
    /// How the source hedges the figure.
    pub qualifier: FactQualifier,
    /// When the source published it.
    pub as_of: Date,
    /// The third party whose estimate this is, if it is not the entity's own figure.
    pub estimate_by: Option<String>,
    /// Source title.
    pub source_title: String,
    /// Source address.
    pub source_url: String,
    /// Quote from the source, when there is one.
    pub quote: Option<String>,
    /// Scope note.
    pub note: Option<String>,
    /// Where the row is (`claims/facts.csv:12`).
    pub location: Location,
}

/// A problem found while loading the database.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where.
    pub location: Location,
    /// What.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// The loaded database with its indexes.
#[derive(Debug, Default)]
pub struct ClaimsDb {
    /// Entities, in file order.
    pub entities: Vec<Entity>,
    /// Metrics, in file order.
    pub metrics: Vec<Metric>,
    /// Facts, in file order.
    pub facts: Vec<Fact>,
    entity_index: HashMap<String, usize>,
    metric_index: HashMap<String, usize>,
    by_entity_metric: HashMap<(usize, usize), Vec<usize>>,
    /// The aliases of two characters or more, as (entity, alias) indexes
    /// in file order, by their last byte in ASCII lower case: the names
    /// that can end a text (see [`ClaimsDb::aliases_ending`]).
    alias_tails: HashMap<u8, Vec<(usize, usize)>>,
    /// Each entity's siblings (see [`ClaimsDb::siblings`]).
    siblings: Vec<Vec<usize>>,
    /// The facts of each unit, in file order.
    by_unit: HashMap<Unit, Vec<usize>>,
    /// The exchange-rate facts of each currency whose rate has facts
    /// (`HKD`: those in `HKD_per_USD` of an exchange-rate metric, with a
    /// value), in file order, with their values.
    rates: HashMap<Unit, Vec<(usize, Decimal)>>,
    /// Each fact's period as a date range (see [`period_range`]), read once.
    period_ranges: Vec<Option<(Date, Date)>>,
    /// The year of each fact whose period is a year's end (`2024-end`, as
    /// `format!("{year}-end")` writes it), read once.
    year_ends: Vec<Option<i32>>,
    /// Each fact as reports describe it (see [`describe_fact`]), written once.
    descriptions: Vec<Arc<str>>,
    /// The ids of the entities and metrics, and each fact's strings, as
    /// claims carry them: shared, so that a claim holds a count, not a copy.
    entity_ids: Vec<Arc<str>>,
    metric_ids: Vec<Arc<str>>,
    fact_strings: Vec<FactStrings>,
    /// The interval each fact allows (see [`fact_bounds`]), read once.
    bounds: Vec<Option<Bounds>>,
    /// Whether each metric has a fact of one day ([`is_one_day`]), read once.
    day_metrics: Vec<bool>,
}

/// A fact's strings that a claim checked against it carries (see
/// [`ClaimsDb::fact_strings`]).
#[derive(Clone, Debug)]
pub struct FactStrings {
    /// Its id.
    pub id: Arc<str>,
    /// Its description ([`ClaimsDb::describe`]).
    pub description: Arc<str>,
    /// Its source's title.
    pub source_title: Arc<str>,
    /// Its source's address.
    pub source_url: Arc<str>,
    /// The quote from the source.
    pub quote: Option<Arc<str>>,
    /// Who estimated it.
    pub estimate_by: Option<Arc<str>>,
    /// The source's title and address, the quote and who estimated it as
    /// JSON Lines write a claim's fields ([`crate::report::Claim::source_fields`]).
    pub source_fields: Arc<str>,
}

impl FactStrings {
    fn new(f: &Fact, description: Arc<str>) -> FactStrings {
        let mut source_fields = String::new();
        crate::report::json::push_source_fields(
            &mut source_fields,
            Some(&f.source_title),
            Some(&f.source_url),
            f.quote.as_deref(),
            f.estimate_by.as_deref(),
        );
        FactStrings {
            source_fields: source_fields.into(),
            id: f.id.as_str().into(),
            description,
            source_title: f.source_title.as_str().into(),
            source_url: f.source_url.as_str().into(),
            quote: f.quote.as_deref().map(Arc::from),
            estimate_by: f.estimate_by.as_deref().map(Arc::from),
        }
    }
}

/// A closed interval of values, (low, high), an open end `None`.
pub type Bounds = (Option<Decimal>, Option<Decimal>);

/// Allowed qualifiers of a fact.
pub const FACT_QUALIFIERS: &[&str] = &["exact", "approx", "at_least", "at_most", "range"];

/// How a source hedges a fact, as written in the `qualifier` column of
/// `claims/facts.csv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FactQualifier {
    /// `exact`: stated as is.
    Exact,
    /// `approx`: about.
    Approx,
    /// `at_least`: a lower bound.
    AtLeast,
    /// `at_most`: an upper bound.
    AtMost,
    /// `range`: two stated ends.
    Range,
}

impl FactQualifier {
    /// The spelling in `claims/facts.csv`.
    pub fn as_str(self) -> &'static str {
        match self {
            FactQualifier::Exact => "exact",
            FactQualifier::Approx => "approx",
            FactQualifier::AtLeast => "at_least",
            FactQualifier::AtMost => "at_most",
            FactQualifier::Range => "range",
        }
    }

    /// The qualifier spelled `s` in `claims/facts.csv`, if there is one.
    pub fn parse(s: &str) -> Option<FactQualifier> {
        [
            FactQualifier::Exact,
            FactQualifier::Approx,
            FactQualifier::AtLeast,
            FactQualifier::AtMost,
            FactQualifier::Range,
        ]
        .into_iter()
        .find(|q| q.as_str() == s)
    }
}

impl std::fmt::Display for FactQualifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

const ENTITY_COLUMNS: &[&str] = &["id", "kind", "name_zh", "aliases"];
const METRIC_COLUMNS: &[&str] = &["id", "name_zh", "unit", "kind", "entity_kinds", "triggers"];
const FACT_COLUMNS: &[&str] = &[
    "id",
    "entity",
    "metric",
    "item",
    "period",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "as_of",
    "estimate_by",
    "source_title",
    "source_url",
    "quote",
    "note",
];

/// One CSV table read as strings with positions.
struct Table {
    path: PathBuf,
    header: Vec<String>,
    /// (line, record fields, char column of each field)
    rows: Vec<(u64, Vec<String>, Vec<u64>)>,
}

impl Table {
    fn read(
        (path, text): &(PathBuf, Vec<u8>),
        required: &[&str],
        problems: &mut Vec<Problem>,
    ) -> Result<Option<Table>> {
        let path = path.as_path();
        let text = match String::from_utf8(text.clone()) {
            Ok(t) => t,
            Err(e) => {
                let off = e.utf8_error().valid_up_to();
                let before = &e.as_bytes()[..off];
                let line = before.iter().filter(|b| **b == b'\n').count() as u64 + 1;
                // the column in characters, as the other problems count it
                let line_start = before
                    .iter()
                    .rposition(|b| *b == b'\n')
                    .map_or(0, |i| i + 1);
                let column = std::str::from_utf8(&before[line_start..])
                    .map_or(0, |l| l.chars().count()) as u64
                    + 1;
                problems.push(Problem {
                    location: Location {
                        path: path.to_path_buf(),
                        line: Some(line),
                        column: Some(column),
                    },
                    message: "not valid UTF-8 (the claims database must be UTF-8)".into(),
                });
                return Ok(None);
            }
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let lines: Vec<&str> = text.split('\n').collect();
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(true)
            .from_reader(text.as_bytes());
        let header: Vec<String> = match rdr.headers() {
            Ok(h) => h.iter().map(|s| s.trim().to_string()).collect(),
            Err(e) => {
                problems.push(Problem {
                    location: csv_loc(path, &e),
                    message: format!("cannot read the header: {}", csv_msg(&e)),
                });
                return Ok(None);
            }
        };
        let mut missing = false;
        for col in required {
            if !header.iter().any(|h| h == col) {
                problems.push(Problem {
                    location: Location {
                        path: path.to_path_buf(),
                        line: Some(1),
                        column: Some(1),
                    },
                    message: format!("missing required column `{col}`"),
                });
                missing = true;
            }
        }
        if missing {
            return Ok(None);
        }
        let mut rows = Vec::new();
        // lines counted from the record's byte offset: the csv reader's own
        // line count is one short on CRLF files (as spreadsheets save them)
        let (mut counted_to, mut lines_before) = (0usize, 0u64);
        let mut line_at = |byte: usize| {
            // a record of a CRLF file starts at the LF before it
            let mut byte = byte.min(text.len());
            while matches!(text.as_bytes().get(byte), Some(b'\r' | b'\n')) {
                byte += 1;
            }
            if byte >= counted_to {
                lines_before += text.as_bytes()[counted_to..byte]
                    .iter()
                    .filter(|b| **b == b'\n')
                    .count() as u64;
                counted_to = byte;
            }
            lines_before + 1
        };
        for rec in rdr.records() {
            match rec {
                Ok(r) => {
                    let line = r.position().map_or(0, |p| line_at(p.byte() as usize));
                    let raw = lines
                        .get(line.saturating_sub(1) as usize)
                        .copied()
                        .unwrap_or("");
                    let cols = field_columns(raw);
                    if r.len() != header.len() {
                        problems.push(Problem {
                            location: Location {
                                path: path.to_path_buf(),
                                line: Some(line),
                                column: Some(1),
                            },
                            message: format!("expected {} fields, found {}", header.len(), r.len()),
                        });
                        continue;
                    }
                    let fields: Vec<String> = r.iter().map(|s| s.to_string()).collect();
                    rows.push((line, fields, cols));
                }
                Err(e) => problems.push(Problem {
                    location: csv_loc(path, &e),
                    message: csv_msg(&e),
                }),
            }
        }
        Ok(Some(Table {
            path: path.to_path_buf(),
            header,
            rows,
        }))
    }

    fn col(&self, name: &str) -> usize {
        self.header
            .iter()
            .position(|h| h == name)
            .expect("required column checked")
    }

    fn loc(&self, line: u64, cols: &[u64], field: usize) -> Location {
        Location {
            path: self.path.clone(),
            line: Some(line),
            column: Some(cols.get(field).copied().unwrap_or(1)),
        }
    }
}

fn csv_loc(path: &Path, e: &csv::Error) -> Location {
    Location {
        path: path.to_path_buf(),
        line: e.position().map(|p| p.line()),
        column: None,
    }
}

fn csv_msg(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("expected {expected_len} fields, found {len}"),
        csv::ErrorKind::Utf8 { .. } => "not valid UTF-8".into(),
        _ => e.to_string(),
    }
}

/// 1-based character columns where each field of a CSV line starts.
fn field_columns(line: &str) -> Vec<u64> {
    let mut cols = vec![1u64];
    let mut in_quotes = false;
    for (k, c) in line.chars().enumerate() {
        match c {
            '"' => in_quotes = !in_quotes,
            ',' if !in_quotes => cols.push(k as u64 + 2),
            _ => {}
        }
    }
    cols
}

fn split_list(s: &str) -> Vec<String> {
    s.split('|')
        .map(|x| x.trim().to_string())
        .filter(|x| !x.is_empty())
        .collect()
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// Parse a decimal as written in the database (no separators; plain or
/// with an exponent such as `3.14e23`). Returns value and precision.
pub fn parse_decimal(s: &str) -> Option<(Decimal, Decimal)> {
    let s = s.trim();
    if s.is_empty() || s.contains(',') {
        return None;
    }
    let v = if s.contains(['e', 'E']) {
        Decimal::from_scientific(s).ok()?
    } else {
        Decimal::from_str(s).ok()?
    };
    // precision: last significant digit as written
    let prec = if s.contains(['e', 'E']) {
        let (m, e) = s.split_once(['e', 'E'])?;
        let decimals = m.split_once('.').map(|(_, f)| f.len()).unwrap_or(0) as i64;
        let exp: i64 = e.parse().ok()?;
        pow10(exp - decimals)?
    } else if let Some((_, frac)) = s.split_once('.') {
        pow10(-(frac.len() as i64))?
    } else {
        let digits = s.trim_start_matches(['-', '+']);
        let trailing = digits.bytes().rev().take_while(|b| *b == b'0').count();
        if trailing == digits.len() {
            Decimal::ONE
        } else {
            pow10(trailing as i64)?
        }
    };
    Some((v, prec))
}

fn pow10(e: i64) -> Option<Decimal> {
    if e >= 0 {
        let mut d = Decimal::ONE;
        for _ in 0..e {
            d = d.checked_mul(Decimal::TEN)?;
        }
        Some(d)
    } else if e >= -28 {
        Some(Decimal::new(1, (-e) as u32))
    } else {
        None
    }
}

impl ClaimsDb {
    /// The sources of the database's third-party estimates (`estimate_by`),
    /// each once, in the order first met.
    pub fn estimate_sources(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for s in self.facts.iter().filter_map(|f| f.estimate_by.as_ref()) {
            if !out.contains(s) {
                out.push(s.clone());
            }
        }
        out
    }

    /// Load and validate the database in `dir`. Returns the database (with
    /// the rows that were valid) and every problem found.
    pub fn load(dir: &Path) -> Result<(ClaimsDb, Vec<Problem>)> {
        if !dir.is_dir() {
            return Err(Error::new(ErrorKind::Invalid(
                "claims database folder not found".into(),
            ))
            .in_file(dir));
        }
        let read = |name: &str| -> Result<(PathBuf, Vec<u8>)> {
            let p = dir.join(name);
            if !p.is_file() {
                return Err(
                    Error::invalid(format!("missing {name} in the claims database")).in_file(dir),
                );
            }
            let bytes = std::fs::read(&p).map_err(|e| Error::from(e).in_file(&p))?;
            Ok((p, bytes))
        };
        ClaimsDb::from_files([
            read("entities.csv")?,
            read("metrics.csv")?,
            read("facts.csv")?,
        ])
    }

    /// The copy of the shipped `claims/` compiled into hecha, for a run
    /// with no database folder. Its places read `claims/facts.csv:12` as
    /// in the repository it was built from.
    pub fn embedded() -> Result<(ClaimsDb, Vec<Problem>)> {
        ClaimsDb::from_files(
            EMBEDDED.map(|(name, text)| (Path::new("claims").join(name), text.as_bytes().to_vec())),
        )
    }

    /// Parse and validate the three files, given as (path, bytes):
    /// `entities.csv`, `metrics.csv`, `facts.csv`, in that order.
    pub fn from_files(files: [(PathBuf, Vec<u8>); 3]) -> Result<(ClaimsDb, Vec<Problem>)> {
        let mut problems = Vec::new();
        // the units of the metrics as written, for the lint of their facts
        let mut metric_units: Vec<String> = Vec::new();
        let mut db = ClaimsDb::default();
        let entities = Table::read(&files[0], ENTITY_COLUMNS, &mut problems)?;
        let metrics = Table::read(&files[1], METRIC_COLUMNS, &mut problems)?;
        let facts = Table::read(&files[2], FACT_COLUMNS, &mut problems)?;

        let mut seen_alias: HashMap<String, String> = HashMap::default();
        if let Some(t) = &entities {
            let (ci, ck, cn, ca) = (
                t.col("id"),
                t.col("kind"),
                t.col("name_zh"),
                t.col("aliases"),
            );
            for (line, f, cols) in &t.rows {
                let id = f[ci].trim().to_string();
                if id.is_empty() {
                    problems.push(Problem {
                        location: t.loc(*line, cols, ci),
                        message: "empty entity id".into(),
                    });
                    continue;
                }
                if db.entity_index.contains_key(&id) {
                    problems.push(Problem {
                        location: t.loc(*line, cols, ci),
                        message: format!("duplicate entity id `{id}`"),
                    });
                    continue;
                }
                if f[ck].trim().is_empty() {
                    problems.push(Problem {
                        location: t.loc(*line, cols, ck),
                        message: format!("entity `{id}` has no kind"),
                    });
                }
                let mut aliases = split_list(&f[ca]);
                if !aliases.iter().any(|a| a == &id) {
                    aliases.push(id.clone());
                }
                for a in &aliases {
                    let key = a.to_lowercase();
                    if let Some(other) = seen_alias.get(&key) {
                        if other != &id {
                            problems.push(Problem {
                                location: t.loc(*line, cols, ca),
                                message: format!(
                                    "alias `{a}` of `{id}` is already an alias of `{other}`"
                                ),
                            });
                        }
                    } else {
                        seen_alias.insert(key, id.clone());
                    }
                }
                db.entity_index.insert(id.clone(), db.entities.len());
                let part_of = t
                    .header
                    .iter()
                    .position(|h| h == "part_of")
                    .and_then(|c| opt(&f[c]));
                db.entities.push(Entity {
                    id,
                    kind: f[ck].trim().to_string(),
                    name_zh: f[cn].trim().to_string(),
                    aliases,
                    part_of,
                });
            }
        }
        if let Some(t) = &entities {
            if let Some(c) = t.header.iter().position(|h| h == "part_of") {
                for (line, f, cols) in &t.rows {
                    if let Some(p) = opt(&f[c]) {
                        if !db.entity_index.contains_key(&p) {
                            problems.push(Problem {
                                location: t.loc(*line, cols, c),
                                message: format!("part_of `{p}` is not an entity id"),
                            });
                        }
                    }
                }
            }
        }
        if let Some(t) = &metrics {
            let (ci, cn, cu, ck, ce, ct) = (
                t.col("id"),
                t.col("name_zh"),
                t.col("unit"),
                t.col("kind"),
                t.col("entity_kinds"),
                t.col("triggers"),
            );
            let cs = t.header.iter().position(|h| h == "unshared");
            let cscope = t.header.iter().position(|h| h == "scope");
            for (line, f, cols) in &t.rows {
                let id = f[ci].trim().to_string();
                if id.is_empty() {
                    problems.push(Problem {
                        location: t.loc(*line, cols, ci),
                        message: "empty metric id".into(),
                    });
                    continue;
                }
                if db.metric_index.contains_key(&id) {
                    problems.push(Problem {
                        location: t.loc(*line, cols, ci),
                        message: format!("duplicate metric id `{id}`"),
                    });
                    continue;
                }
                let unit = f[cu].trim().to_string();
                if !units::is_known(&unit) {
                    problems.push(Problem {
                        location: t.loc(*line, cols, cu),
                        message: format!("unknown unit `{unit}`"),
                    });
                }
                db.metric_index.insert(id.clone(), db.metrics.len());
                // a metric of an unknown unit stays, for the lint of its
                // facts, with its unit as written; a database with problems
                // is never used to check
                metric_units.push(unit.clone());
                db.metrics.push(Metric {
                    id,
                    name_zh: f[cn].trim().to_string(),
                    unit: Unit::parse(&unit).unwrap_or(Unit::Usd),
                    kind: f[ck].trim().to_string(),
                    entity_kinds: split_list(&f[ce]),
                    triggers: split_list(&f[ct]),
                    unshared: cs.is_some_and(|c| f.get(c).is_some_and(|v| v.trim() == "yes")),
                    scope: cscope.map_or_else(Vec::new, |c| split_list(&f[c])),
                });
            }
        }
        if let Some(t) = &facts {
            let c = |n: &str| t.col(n);
            let mut ids = HashSet::default();
            for (line, f, cols) in &t.rows {
                let before = problems.len();
                let p = |field: usize, msg: String| Problem {
                    location: t.loc(*line, cols, field),
                    message: msg,
                };
                let id = f[c("id")].trim().to_string();
                if id.is_empty() {
                    problems.push(p(c("id"), "empty fact id".into()));
                } else if !ids.insert(id.clone()) {
                    problems.push(p(c("id"), format!("duplicate fact id `{id}`")));
                }
                // a table that could not be read is reported once, not
                // again by every row that names one of its ids
                let entity = f[c("entity")].trim().to_string();
                if entities.is_some() && !db.entity_index.contains_key(&entity) {
                    problems.push(p(
                        c("entity"),
                        format!("unknown entity `{entity}` (not in entities.csv)"),
                    ));
                }
                let metric = f[c("metric")].trim().to_string();
                let metric_unit = db.metric_index.get(&metric).map(|i| &metric_units[*i]);
                if metrics.is_some() && metric_unit.is_none() {
                    problems.push(p(
                        c("metric"),
                        format!("unknown metric `{metric}` (not in metrics.csv)"),
                    ));
                }
                let item = opt(&f[c("item")]);
                if let Some(it) = item.as_ref().filter(|_| entities.is_some()) {
                    if !db.entity_index.contains_key(it) {
                        problems.push(p(c("item"), format!("unknown item entity `{it}`")));
                    }
                }
                // (an optional column: a newsroom's own table may leave it out)
                let cversus = t.header.iter().position(|h| h == "versus");
                let versus = cversus.and_then(|cv| opt(&f[cv]));
                if let (Some(v), Some(cv)) =
                    (versus.as_ref().filter(|_| entities.is_some()), cversus)
                {
                    if !db.entity_index.contains_key(v) {
                        problems.push(p(cv, format!("unknown versus entity `{v}`")));
                    }
                }
                let unit_written = f[c("unit")].trim().to_string();
                let unit = Unit::parse(&unit_written);
                if unit.is_none() {
                    problems.push(p(c("unit"), format!("unknown unit `{unit_written}`")));
                } else if let Some(mu) = metric_unit {
                    if mu != &unit_written
                        && !(units::is_currency(mu) && units::is_currency(&unit_written))
                    {
                        problems.push(p(
                            c("unit"),
                            format!(
                                "unit `{unit_written}` does not match metric `{metric}` (unit `{mu}`)"
                            ),
                        ));
                    }
                }
                let qualifier_written = f[c("qualifier")].trim().to_string();
                let qualifier = FactQualifier::parse(&qualifier_written);
                if qualifier.is_none() {
                    problems.push(p(
                        c("qualifier"),
                        format!(
                            "unknown qualifier `{qualifier_written}` (expected one of {})",
                            FACT_QUALIFIERS.join(", ")
                        ),
                    ));
                }
                let as_of = match Date::parse(&f[c("as_of")]) {
                    Some(d) => Some(d),
                    None => {
                        problems.push(p(
                            c("as_of"),
                            format!(
                                "cannot parse as_of date `{}` (expected YYYY-MM-DD)",
                                f[c("as_of")].trim()
                            ),
                        ));
                        None
                    }
                };
                let value = if unit == Some(Unit::Date) {
                    let (v, lo, hi) = (
                        f[c("value")].trim(),
                        f[c("low")].trim(),
                        f[c("high")].trim(),
                    );
                    if !v.is_empty() {
                        match Date::parse(v) {
                            Some(d) => Some(FactValue::Date { date: d, end: None }),
                            None => {
                                problems.push(p(c("value"), format!("cannot parse date `{v}`")));
                                None
                            }
                        }
                    } else {
                        match (Date::parse(lo), Date::parse(hi)) {
                            (Some(a), Some(b)) => Some(FactValue::Date {
                                date: a,
                                end: Some(b),
                            }),
                            _ => {
                                problems.push(p(
                                    c("value"),
                                    "a date fact needs a value, or low and high dates".into(),
                                ));
                                None
                            }
                        }
                    }
                } else {
                    let num = |field: &str| -> std::result::Result<Option<(Decimal, Decimal)>, ()> {
                        let s = f[c(field)].trim();
                        if s.is_empty() {
                            Ok(None)
                        } else {
                            parse_decimal(s).map(Some).ok_or(())
                        }
                    };
                    let mut bad = false;
                    let mut get = |field: &str| match num(field) {
                        Ok(v) => v,
                        Err(()) => {
                            problems.push(p(
                                c(field),
                                format!(
                                    "cannot parse number `{}` (write plain digits, no separators)",
                                    f[c(field)].trim()
                                ),
                            ));
                            bad = true;
                            None
                        }
                    };
                    let (v, lo, hi) = (get("value"), get("low"), get("high"));
                    if bad {
                        None
                    } else if v.is_none() && (lo.is_none() || hi.is_none()) {
                        problems.push(p(
                            c("value"),
                            "a fact needs a value, or both low and high".into(),
                        ));
                        None
                    } else if lo.zip(hi).is_some_and(|((l, _), (h, _))| l > h) {
                        problems.push(p(c("low"), "low is above high".into()));
                        None
                    } else {
                        let precision = v.or(lo).map(|x| x.1).unwrap_or(Decimal::ONE);
                        Some(FactValue::Number {
                            value: v.map(|x| x.0),
                            low: lo.map(|x| x.0),
                            high: hi.map(|x| x.0),
                            precision,
                        })
                    }
                };
                // a period the checker can read: 2024, 2024-Q4, 2024-12,
                // 2024-12-26, 2024-H1, 2024-end, 2024-mid, FY2025, FY2025-Q4
                if let Some(period) = opt(&f[c("period")]) {
                    let fiscal = period
                        .strip_prefix("FY")
                        .map(|r| r.split_once('-').map_or(r, |(y, _)| y))
                        .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
                    let fiscal_part = period
                        .strip_prefix("FY")
                        .and_then(|r| r.split_once('-'))
                        .is_none_or(|(_, q)| matches!(q, "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "H2"));
                    let ok = (fiscal && fiscal_part)
                        || crate::date::period_range(&period).is_some()
                        || Date::parse(&period).is_some();
                    if !ok {
                        problems.push(p(
                            c("period"),
                            format!("cannot read period `{period}` (expected 2024, 2024-Q4, 2024-12, 2024-H1, 2024-end, FY2025 or FY2025-Q4)"),
                        ));
                    }
                }
                let source_title = f[c("source_title")].trim().to_string();
                let source_url = f[c("source_url")].trim().to_string();
                if source_title.is_empty() {
                    problems.push(p(
                        c("source_title"),
                        format!("fact `{id}` has no source title"),
                    ));
                }
                if source_url.is_empty() {
                    problems.push(p(
                        c("source_url"),
                        format!("fact `{id}` has no source address"),
                    ));
                } else if !(source_url.starts_with("http://") || source_url.starts_with("https://"))
                {
                    problems.push(p(
                        c("source_url"),
                        format!("source address `{source_url}` is not an http(s) URL"),
                    ));
                }
                // (a row naming an id of a table that could not be read
                // has no problem of its own, and is not kept either)
                let names_known = db.entity_index.contains_key(&entity)
                    && metric_unit.is_some()
                    && item
                        .as_ref()
                        .is_none_or(|it| db.entity_index.contains_key(it))
                    && versus
                        .as_ref()
                        .is_none_or(|v| db.entity_index.contains_key(v));
                if problems.len() != before || !names_known {
                    continue;
                }
                let (Some(value), Some(as_of), Some(unit), Some(qualifier)) =
                    (value, as_of, unit, qualifier)
                else {
                    continue;
                };
                db.facts.push(Fact {
                    id,
                    entity,
                    metric,
                    item,
                    versus,
                    period: opt(&f[c("period")]),
                    value,
                    unit,
                    qualifier,
                    as_of,
                    estimate_by: opt(&f[c("estimate_by")]),
                    source_title,
                    source_url,
                    quote: opt(&f[c("quote")]),
                    note: opt(&f[c("note")]),
                    location: Location {
                        path: t.path.clone(),
                        line: Some(*line),
                        column: None,
                    },
                });
            }
        }
        for (k, fact) in db.facts.iter().enumerate() {
            let e = db.entity_index[&fact.entity];
            let m = db.metric_index[&fact.metric];
            db.by_entity_metric.entry((e, m)).or_default().push(k);
        }
        for (k, fact) in db.facts.iter().enumerate() {
            db.by_unit.entry(fact.unit).or_default().push(k);
        }
        for (&u, facts) in &db.by_unit {
            let currency = u.as_str().strip_suffix("_per_USD").and_then(Unit::parse);
            let Some(c) = currency.filter(|c| Unit::parse(&format!("{c}_per_USD")) == Some(u))
            else {
                continue;
            };
            let rates = facts.iter().filter_map(|&i| {
                let f = &db.facts[i];
                let metric = &db.metrics[db.metric(&f.metric).unwrap_or(0)].id;
                match f.value {
                    FactValue::Number { value: Some(v), .. }
                        if matches!(metric.as_str(), "exchange_rate" | "central_parity_rate") =>
                    {
                        Some((i, v))
                    }
                    _ => None,
                }
            });
            db.rates.insert(c, rates.collect());
        }
        db.period_ranges = db
            .facts
            .iter()
            .map(|f| f.period.as_deref().and_then(period_range))
            .collect();
        db.year_ends = db
            .facts
            .iter()
            .map(|f| f.period.as_deref().and_then(year_end))
            .collect();
        db.descriptions = db
            .facts
            .iter()
            .map(|f| Arc::from(describe_fact(f)))
            .collect();
        db.entity_ids = db.entities.iter().map(|e| e.id.as_str().into()).collect();
        db.metric_ids = db.metrics.iter().map(|m| m.id.as_str().into()).collect();
        db.fact_strings = db
            .facts
            .iter()
            .zip(&db.descriptions)
            .map(|(f, d)| FactStrings::new(f, d.clone()))
            .collect();
        db.bounds = db.facts.iter().map(fact_bounds).collect();
        db.day_metrics = (0..db.metrics.len())
            .map(|m| db.find_day_facts(m))
            .collect();
        db.siblings = (0..db.entities.len())
            .map(|e| db.find_siblings(e).collect())
            .collect();
        for (i, e) in db.entities.iter().enumerate() {
            for (j, a) in e.aliases.iter().enumerate() {
                if let (Some(&last), Some(_)) = (a.as_bytes().last(), a.chars().nth(1)) {
                    let tails = db.alias_tails.entry(last.to_ascii_lowercase()).or_default();
                    tails.push((i, j));
                }
            }
        }
        Ok((db, problems))
    }

    /// The aliases of two characters or more that may end `s` (their last
    /// byte is its last, ignoring ASCII case), as (entity index, alias), in
    /// file order.
    pub fn aliases_ending(&self, s: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
        s.as_bytes()
            .last()
            .and_then(|b| self.alias_tails.get(&b.to_ascii_lowercase()))
            .into_iter()
            .flatten()
            .map(|&(i, j)| (i, self.entities[i].aliases[j].as_str()))
    }

    /// Index of an entity by id.
    pub fn entity(&self, id: &str) -> Option<usize> {
        self.entity_index.get(id).copied()
    }

    /// Index of a metric by id.
    pub fn metric(&self, id: &str) -> Option<usize> {
        self.metric_index.get(id).copied()
    }

    /// Facts about an entity and metric (indexes into `facts`).
    pub fn facts_for(&self, entity: usize, metric: usize) -> &[usize] {
        self.by_entity_metric
            .get(&(entity, metric))
            .map(|v| v.as_slice())
            .unwrap_or(&[])
    }

    /// True when the database has any fact for this entity and metric.
    pub fn has_facts(&self, entity: usize, metric: usize) -> bool {
        self.by_entity_metric.contains_key(&(entity, metric))
    }

    /// Exchange rates from the database: units of `currency` per US dollar, the
    /// latest the article could have known.
    pub fn usd_rate(&self, currency: Unit, as_of: Option<Date>) -> Option<(Decimal, usize)> {
        if currency == Unit::Usd {
            return Some((Decimal::ONE, usize::MAX));
        }
        let mut best: Option<(Date, Decimal, usize)> = None;
        for &(i, v) in self.rates.get(&currency)? {
            let f = &self.facts[i];
            if as_of.is_some_and(|a| f.as_of.is_after(&a)) {
                continue;
            }
            if best.is_none_or(|(d, _, _)| f.as_of > d) {
                best = Some((f.as_of, v, i));
            }
        }
        best.map(|(_, v, i)| (v, i))
    }

    /// Whether metric `stage` is a stage of metric `whole`: its id extends
    /// the whole's (training_gpu_hours_pretraining of training_gpu_hours)
    /// and it counts in the same unit.
    pub fn is_stage(&self, stage: usize, whole: usize) -> bool {
        let (s, w) = (&self.metrics[stage], &self.metrics[whole]);
        s.unit == w.unit
            && s.id.len() > w.id.len() + 1
            && s.id.starts_with(w.id.as_str())
            && s.id.as_bytes()[w.id.len()] == b'_'
    }

    /// Siblings of an entity: models or chips of one family, named alike
    /// (GPT-4 and GPT-4o, DeepSeek-V3 and DeepSeek-R1, NVIDIA H100 and
    /// H800, Llama 3.1 and Llama 3.1 405B). A figure of one given as the
    /// other's is a misattribution an editor wants to hear about.
    pub fn siblings(&self, entity: usize) -> impl Iterator<Item = usize> + '_ {
        // found once, when the database is loaded
        self.siblings.get(entity).into_iter().flatten().copied()
    }

    /// The facts in `unit` (indexes into `facts`, in file order).
    pub fn facts_in_unit(&self, unit: Unit) -> &[usize] {
        self.by_unit.get(&unit).map_or(&[], Vec::as_slice)
    }

    /// Fact `i`'s period as a date range, as [`period_range`] reads it.
    pub fn period_range(&self, i: usize) -> Option<(Date, Date)> {
        match self.period_ranges.get(i) {
            Some(&r) => r,
            None => self.facts[i].period.as_deref().and_then(period_range),
        }
    }

    /// The interval fact `i` allows, as [`fact_bounds`] reads it.
    pub fn bounds(&self, i: usize) -> Option<Bounds> {
        match self.bounds.get(i) {
            Some(&b) => b,
            None => fact_bounds(&self.facts[i]),
        }
    }

    /// The year whose end is fact `i`'s period: its period is
    /// `format!("{year}-end")`.
    pub fn year_end(&self, i: usize) -> Option<i32> {
        match self.year_ends.get(i) {
            Some(&y) => y,
            None => self.facts[i].period.as_deref().and_then(year_end),
        }
    }

    /// `f` as [`describe_fact`] writes it: written at load for a fact of
    /// the database (found by its place in `facts`), else written now.
    pub fn describe(&self, f: &Fact) -> Cow<'_, str> {
        // (its place from the addresses, as numbers, then checked)
        let (base, at) = (self.facts.as_ptr() as usize, f as *const Fact as usize);
        let i = at.wrapping_sub(base) / std::mem::size_of::<Fact>().max(1);
        match self.descriptions.get(i) {
            Some(d) if self.facts.get(i).is_some_and(|g| std::ptr::eq(g, f)) => Cow::Borrowed(&**d),
            _ => Cow::Owned(describe_fact(f)),
        }
    }

    /// Entity `e`'s id, shared (made now for a database built without its
    /// tables).
    pub fn entity_id(&self, e: usize) -> Arc<str> {
        match self.entity_ids.get(e) {
            Some(id) => id.clone(),
            None => self.entities[e].id.as_str().into(),
        }
    }

    /// Metric `m`'s id, shared.
    pub fn metric_id(&self, m: usize) -> Arc<str> {
        match self.metric_ids.get(m) {
            Some(id) => id.clone(),
            None => self.metrics[m].id.as_str().into(),
        }
    }

    /// Fact `i`'s strings that a claim carries, shared (made now for a
    /// database built without its tables).
    pub fn fact_strings(&self, i: usize) -> Cow<'_, FactStrings> {
        match self.fact_strings.get(i) {
            Some(s) => Cow::Borrowed(s),
            None => {
                let f = &self.facts[i];
                Cow::Owned(FactStrings::new(f, describe_fact(f).into()))
            }
        }
    }

    /// Whether metric `m` has a fact of one day ([`is_one_day`]): a
    /// closing price, a day's fall. The check reads the day a text names
    /// only for such a fact.
    pub fn has_day_facts(&self, m: usize) -> bool {
        match self.day_metrics.get(m) {
            Some(&d) => d,
            None => self.find_day_facts(m),
        }
    }

    /// Whether metric `m` is a span of days that comes again each period (a
    /// year's holiday): a date metric whose every fact is a range of days
    /// of a period. A year alone said of it is the period, not its days.
    pub fn dates_each_period(&self, m: usize) -> bool {
        let id = &self.metrics[m].id;
        let mut facts = self.facts.iter().filter(|f| &f.metric == id).peekable();
        self.metrics[m].kind == "date"
            && facts.peek().is_some()
            && facts.all(|f| {
                f.period.is_some() && matches!(f.value, FactValue::Date { end: Some(_), .. })
            })
    }

    /// [`ClaimsDb::has_day_facts`], searched among all the facts.
    fn find_day_facts(&self, m: usize) -> bool {
        let id = &self.metrics[m].id;
        self.facts.iter().any(|f| &f.metric == id && is_one_day(f))
    }

    /// [`ClaimsDb::siblings`], searched among all the entities.
    fn find_siblings(&self, entity: usize) -> impl Iterator<Item = usize> + '_ {
        let me = &self.entities[entity];
        let root = family_root(me);
        self.entities
            .iter()
            .enumerate()
            .filter(move |(i, e)| {
                *i != entity && e.kind == me.kind && root.is_some() && family_root(e) == root
            })
            .map(|(i, _)| i)
    }
}

/// The year of a period that is a year's end, written as
/// `format!("{year}-end")` writes it (not `+2024-end` or `02024-end`).
/// Whether fact `f` is of one day: its period is a full date
/// (`2025-01-27`), as the check reads it.
pub fn is_one_day(f: &Fact) -> bool {
    f.period
        .as_deref()
        .and_then(Date::parse)
        .is_some_and(|d| d.day.is_some())
}

fn year_end(period: &str) -> Option<i32> {
    let y: i32 = period.strip_suffix("-end")?.parse().ok()?;
    (format!("{y}-end") == period).then_some(y)
}

/// The family part of a model's or chip's id: the text before its first
/// space or hyphen (`GPT` of `GPT-4o`, `NVIDIA` of `NVIDIA H800`). Other
/// kinds of entity (companies, economies) have no family.
fn family_root(e: &Entity) -> Option<&str> {
    if !matches!(e.kind.as_str(), "ai_model" | "chip") {
        return None;
    }
    e.id.find([' ', '-']).map(|i| &e.id[..i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_and_their_precision() {
        let p = |s: &str| {
            parse_decimal(s).map(|(v, p)| (v.normalize().to_string(), p.normalize().to_string()))
        };
        assert_eq!(p("5576000"), Some(("5576000".into(), "1000".into())));
        assert_eq!(p("7.80"), Some(("7.8".into(), "0.01".into())));
        assert_eq!(p("-16.97"), Some(("-16.97".into(), "0.01".into())));
        assert_eq!(
            p("3.14e23"),
            Some((
                "314000000000000000000000".into(),
                "1000000000000000000000".into()
            ))
        );
        assert_eq!(p("1,000"), None);
        assert_eq!(p("abc"), None);
    }

    #[test]
    fn field_columns_follow_quotes() {
        assert_eq!(field_columns("a,\"b,c\",d"), vec![1, 3, 9]);
    }

    /// A table that is not UTF-8 is one problem, placed at its first bad
    /// byte, and the rows of the other tables that name its ids are not
    /// each reported as naming an unknown id.
    #[test]
    fn an_unreadable_table_is_reported_once() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
        let read = |name: &str| {
            let path = root.join(name);
            let bytes = std::fs::read(&path).expect("the shipped database");
            (path, bytes)
        };
        for broken in 0..3 {
            let mut files = ["entities.csv", "metrics.csv", "facts.csv"].map(read);
            let bytes = &mut files[broken].1;
            let second_line = bytes.iter().position(|b| *b == b'\n').unwrap() + 1;
            bytes.splice(second_line + 2..second_line + 2, [0xff]);
            let (_, problems) = ClaimsDb::from_files(files).unwrap();
            assert_eq!(problems.len(), 1, "{problems:?}");
            let at = &problems[0].location;
            assert_eq!((at.line, at.column), (Some(2), Some(3)), "{problems:?}");
            assert!(problems[0].message.contains("UTF-8"));
        }
    }
}
