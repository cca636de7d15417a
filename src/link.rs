//! Stage 4, *link*: decide what each mention is about — an entity, a
//! metric, a time and, for counts of chips, the item counted.
//!
//! * The **metric** comes from the mention's unit (a `GPU_hour` number can
//!   only be a GPU-hours metric; a `USD` number a money metric) and the
//!   metric's trigger words among the jieba tokens of the sentence, nearest
//!   first (训练成本, 下载量, 日活).
//! * The **entity** is the nearest alias in the clause, then in the
//!   sentence, then carried from earlier sentences of the paragraph and
//!   earlier paragraphs (the implicit subject of 其, 该公司). Only entities
//!   of the kinds the metric applies to are candidates; the base of a
//!   comparison (`是DeepSeek-V3的11倍`, `直逼OpenAI o1`) is not the subject.
//!   Among candidates at similar distance, one the database has facts for
//!   is preferred, as an editor would read "the model" as the one the
//!   article is about.
//! * A conversion in parentheses (`557.6万美元(约4,350万港元)`) takes the link
//!   of the amount it converts.
//!
//! A mention with no plausible metric or entity stays unlinked.

use crate::db::ClaimsDb;
use crate::extract::{units, Kind, Mention, Qualifier};
use crate::segment::{Segmenter, Sentence};
use regex::Regex;
use std::collections::HashMap;

/// What a mention is about.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Link {
    /// Entity index into the database.
    pub entity: Option<usize>,
    /// Metric index into the database.
    pub metric: Option<usize>,
    /// Chip or product counted (entity index).
    pub item: Option<usize>,
    /// Index of the date mention that gives the claim's time.
    pub time: Option<usize>,
    /// Index of the mention this one converts (parenthetical conversion).
    pub converts: Option<usize>,
    /// The mention is the time of another claim, not a claim itself.
    pub is_time_context: bool,
}

/// An entity alias found in the text.
#[derive(Clone, Debug)]
struct Occurrence {
    start: usize,
    end: usize,
    entity: usize,
}

/// Matches entity aliases and metric triggers; built once from the database.
pub struct Linker {
    aliases: Option<Regex>,
    alias_entity: HashMap<String, usize>,
    triggers: HashMap<String, Vec<usize>>,
    /// Triggers with ASCII letters, matched by substring (jieba splits them).
    ascii_triggers: Vec<(String, Vec<usize>)>,
}

impl std::fmt::Debug for Linker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Linker")
    }
}

const COMPARISON_BEFORE: &[&str] = &[
    "比", "比起", "相比", "对比", "對比", "直逼", "逼近", "媲美", "超越", "超过", "超過", "不到", "不及", "胜过", "勝過",
    "是", "為", "为", "相当于", "相當於", "等于", "等於", "只有", "仅有", "僅有", "不如", "落后", "落後", "领先", "領先",
    "较", "較", "与", "與", "和", "跟", "同",
];

const PRONOUNS: &[&str] = &["其", "它", "该公司", "該公司", "该模型", "該模型", "该企业", "該企業", "该应用", "該應用", "这家公司", "這家公司"];

impl Linker {
    /// Build the matchers from the database.
    pub fn new(db: &ClaimsDb) -> Linker {
        let mut alias_entity = HashMap::new();
        let mut all: Vec<&str> = Vec::new();
        for (i, e) in db.entities.iter().enumerate() {
            for a in &e.aliases {
                if a.chars().count() < 2 {
                    continue;
                }
                alias_entity.entry(a.to_lowercase()).or_insert(i);
                all.push(a);
            }
        }
        all.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        all.dedup();
        let aliases = if all.is_empty() {
            None
        } else {
            let pat = format!("(?i)(?:{})", all.iter().map(|a| regex::escape(a)).collect::<Vec<_>>().join("|"));
            Regex::new(&pat).ok()
        };
        let mut triggers: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, m) in db.metrics.iter().enumerate() {
            for t in &m.triggers {
                let v = triggers.entry(t.to_lowercase()).or_default();
                if !v.contains(&i) {
                    v.push(i);
                }
            }
        }
        let ascii_triggers = triggers
            .iter()
            .filter(|(k, _)| k.chars().any(|c| c.is_ascii_alphanumeric()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        Linker { aliases, alias_entity, triggers, ascii_triggers }
    }

    /// Words jieba should keep whole: aliases and triggers.
    pub fn dictionary_words(db: &ClaimsDb) -> Vec<String> {
        let mut w: Vec<String> = Vec::new();
        for e in &db.entities {
            w.extend(e.aliases.iter().filter(|a| !a.is_ascii()).cloned());
        }
        for m in &db.metrics {
            w.extend(m.triggers.iter().cloned());
        }
        w.sort();
        w.dedup();
        w
    }

    fn occurrences(&self, text: &str) -> Vec<Occurrence> {
        let Some(re) = &self.aliases else { return Vec::new() };
        let mut out = Vec::new();
        for m in re.find_iter(text) {
            let s = m.as_str();
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            let first = s.chars().next().unwrap_or(' ');
            let last = s.chars().next_back().unwrap_or(' ');
            if first.is_ascii_alphanumeric() && before.is_some_and(|c| c.is_ascii_alphanumeric()) {
                continue;
            }
            if last.is_ascii_alphanumeric() && after.is_some_and(|c| c.is_ascii_alphanumeric()) {
                continue;
            }
            // "DeepSeek" followed by "-X9": a different model's name
            if last.is_ascii_alphanumeric() && after == Some('-') && text[m.end() + 1..].chars().next().is_some_and(|c| c.is_ascii_alphanumeric()) {
                continue;
            }
            if let Some(&e) = self.alias_entity.get(&s.to_lowercase()) {
                out.push(Occurrence { start: m.start(), end: m.end(), entity: e });
            }
        }
        out
    }

    /// Link every mention of a document. `sentence_of[k]` is the sentence
    /// index of mention `k`.
    pub fn link(
        &self,
        db: &ClaimsDb,
        seg: &Segmenter,
        text: &str,
        sentences: &[Sentence],
        mentions: &[Mention],
        sentence_of: &[usize],
    ) -> Vec<Link> {
        let occ = self.occurrences(text);
        // triggers per sentence that holds a mention: (byte offset, metric)
        let mut triggers: HashMap<usize, Vec<(usize, usize, usize)>> = HashMap::new();
        for &si in sentence_of {
            if triggers.contains_key(&si) {
                continue;
            }
            let s = &sentences[si];
            let stext = &text[s.start..s.end];
            let mut found = Vec::new();
            for tok in seg.tokens(stext) {
                if let Some(ms) = self.triggers.get(&tok.word.to_lowercase()) {
                    for &m in ms {
                        found.push((s.start + tok.byte_start, s.start + tok.byte_end, m));
                    }
                }
            }
            let lower = stext.to_lowercase();
            if lower.len() == stext.len() {
                for (t, ms) in &self.ascii_triggers {
                    for (p, _) in lower.match_indices(t.as_str()) {
                        for &m in ms {
                            found.push((s.start + p, s.start + p + t.len(), m));
                        }
                    }
                }
            }
            triggers.insert(si, found);
        }

        let mut links: Vec<Link> = vec![Link::default(); mentions.len()];
        for (k, m) in mentions.iter().enumerate() {
            let si = sentence_of[k];
            let s = &sentences[si];
            // time: the nearest date mention before it in the sentence
            links[k].time = (0..k).rev().take_while(|&j| sentence_of[j] == si).find(|&j| mentions[j].kind == Kind::Date);
            // parenthetical conversion of the previous amount
            if k > 0 && sentence_of[k - 1] == si && m.kind == Kind::Money && mentions[k - 1].kind == Kind::Money {
                let between = text.get(mentions[k - 1].end..m.start).unwrap_or("");
                if between.trim_matches([' ', '约', '約']).chars().all(|c| matches!(c, '(' | '（' | '，' | ',' | '即' | '或' | '合' | '約' | '约')) && between.contains(['(', '（']) {
                    links[k].converts = Some(k - 1);
                    continue;
                }
            }
            let cands = self.candidate_metrics(db, m);
            if cands.is_empty() {
                continue;
            }
            let trig = &triggers[&si];
            // metric evidence: the nearest trigger of each metric, nearer in
            // the same clause
            let clause_of = |a: usize, b: usize| -> bool {
                let (x, y) = if a <= b { (a, b) } else { (b, a) };
                !text[x..y].contains(['，', ',', '；', ';', '。'])
            };
            let mut scored: Vec<(usize, f64)> = Vec::new();
            for &(mi, base) in &cands {
                // the two strongest trigger occurrences of the metric
                let (mut w1, mut w2) = (0.0f64, 0.0f64);
                for &(ts, te, tm) in trig {
                    if tm != mi {
                        continue;
                    }
                    let d = if te <= m.start {
                        text[te..m.start].chars().count()
                    } else if ts >= m.end {
                        text[m.end..ts].chars().count()
                    } else {
                        0 // the trigger is part of the mention (GPU小时)
                    };
                    let same_clause = clause_of(ts.min(m.start), te.max(m.end).min(text.len()));
                    let w = (1.0 / (1.0 + d as f64 / 8.0)) * if same_clause { 1.5 } else { 1.0 } + 0.02 * (te - ts) as f64;
                    if w > w1 {
                        w2 = w1;
                        w1 = w;
                    } else if w > w2 {
                        w2 = w;
                    }
                }
                let mscore = base + w1 + w2 * 0.5;
                if mscore > 0.0 {
                    scored.push((mi, mscore));
                }
            }
            let top = scored.iter().map(|x| x.1).fold(0.0f64, f64::max);
            let vague = m.qualifier == Qualifier::Vague;
            let mut best: Option<(f64, usize, Option<usize>)> = None;
            for &(mi, mscore) in &scored {
                if mscore < top * 0.75 {
                    continue;
                }
                let metric = &db.metrics[mi];
                // entity
                let mut ebest: Option<(f64, usize)> = None;
                for o in &occ {
                    let ent = &db.entities[o.entity];
                    if !metric.entity_kinds.is_empty() && !metric.entity_kinds.iter().any(|k| k == &ent.kind) {
                        continue;
                    }
                    let Some(oi) = sentence_index(sentences, o.start) else { continue };
                    if sentences[oi].furniture {
                        continue;
                    }
                    let os = &sentences[oi];
                    let mut sc = if oi == si {
                        if o.end <= m.start {
                            let gap = &text[o.end..m.start];
                            let d = gap.chars().count() as f64;
                            let same_clause = !gap.contains(['，', ',', '；', ';', '：']);
                            3.0 - (d / 40.0).min(1.5) + if same_clause { 0.5 } else { 0.0 }
                        } else if o.start >= m.end {
                            let d = text[m.end..o.start].chars().count() as f64;
                            1.6 - (d / 40.0).min(1.2)
                        } else {
                            continue;
                        }
                    } else if vague {
                        // a vague amount is about something named in its own sentence
                        continue;
                    } else if o.start < s.start && os.paragraph == s.paragraph {
                        let back = si - oi;
                        1.8 - 0.2 * back.min(5) as f64
                    } else if o.start < s.start {
                        let back = s.paragraph - os.paragraph;
                        0.9 - 0.1 * back.min(8) as f64
                    } else {
                        continue;
                    };
                    // comparison base: 是X的, 比X, 直逼X
                    let before = &text[..o.start];
                    let after = &text[o.end..];
                    if oi == si && COMPARISON_BEFORE.iter().any(|w| before.ends_with(w)) && (after.starts_with('的') || !before.ends_with('是')) {
                        sc -= 1.2;
                    }
                    // a pronoun in the mention's clause points back to the topic
                    if oi != si || o.end <= m.start {
                        let clause_start = text[s.start..m.start].rfind(['，', ',', '；']).map(|p| s.start + p).unwrap_or(s.start);
                        if PRONOUNS.iter().any(|p| text[clause_start..m.start].contains(p)) && o.start < clause_start {
                            sc += 0.3;
                        }
                    }
                    if db.has_facts(o.entity, mi) {
                        sc += 0.6;
                    }
                    if ebest.is_none_or(|(b, _)| sc > b) {
                        ebest = Some((sc, o.entity));
                    }
                }
                let (escore, ent) = match ebest {
                    Some((s, e)) => (s, Some(e)),
                    None => (0.0, None),
                };
                let total = mscore * 3.0 + escore;
                if best.is_none_or(|(b, _, _)| total > b) {
                    best = Some((total, mi, ent));
                }
            }
            if let Some((_, mi, ent)) = best {
                links[k].metric = Some(mi);
                links[k].entity = ent;
                links[k].item = self.item_near(db, &occ, m, text);
                if let (Some(e), Some(it)) = (links[k].entity, links[k].item) {
                    if e == it {
                        links[k].item = None;
                    }
                }
            }
        }
        // conversions take the link of what they convert
        for k in 0..links.len() {
            if let Some(p) = links[k].converts {
                let src = links[p].clone();
                links[k].entity = src.entity;
                links[k].metric = src.metric;
                links[k].item = src.item;
                links[k].time = src.time;
            }
        }
        // year-only dates that give another claim its time are context
        for k in 0..links.len() {
            if let Some(t) = links[k].time {
                if links[k].metric.is_some() || mentions[k].kind != Kind::Date {
                    let tm = &mentions[t];
                    if links[t].metric.is_none() && (tm.date.is_some_and(|d| d.month.is_none()) || tm.date_end.is_some()) {
                        links[t].is_time_context = true;
                    }
                }
            }
        }
        links
    }

    /// Metrics whose unit fits the mention, with a base score (a unit that
    /// alone names the metric, like GPU-hours, scores without a trigger).
    fn candidate_metrics(&self, db: &ClaimsDb, m: &Mention) -> Vec<(usize, f64)> {
        let mut out = Vec::new();
        for (i, metric) in db.metrics.iter().enumerate() {
            let mu = metric.unit.as_str();
            let fits = match (m.kind, m.unit) {
                (Kind::Date, _) => mu == "date",
                (_, Some(u)) if units::is_currency(u) => units::is_currency(mu) || mu.ends_with("_per_USD") && false,
                (_, Some("%")) => mu == "%",
                (_, Some("pp")) => mu == "pp",
                (_, Some("user")) => mu == "user" || mu == "people",
                (_, Some("people")) => mu == "people" || mu == "user",
                (_, Some(u)) => u == mu,
                (_, None) => false,
            };
            if !fits {
                continue;
            }
            let base = match mu {
                "GPU_hour" | "GPU" | "download" | "token" | "parameter" | "FLOP" | "x" => 0.15,
                _ => 0.0,
            };
            out.push((i, base));
        }
        // exchange rates: a bare number after 汇率 etc. is handled by triggers only
        let _ = Qualifier::Exact;
        out
    }

    /// A chip or product named right next to a count: 2,048颗H800, H800芯片2048颗.
    fn item_near(&self, db: &ClaimsDb, occ: &[Occurrence], m: &Mention, text: &str) -> Option<usize> {
        if m.unit != Some("GPU") {
            return None;
        }
        for o in occ {
            let kind = db.entities[o.entity].kind.as_str();
            if kind != "chip" {
                continue;
            }
            if o.start >= m.end && text[m.end..o.start].chars().count() <= 3 {
                return Some(o.entity);
            }
            if o.end <= m.start && text[o.end..m.start].chars().count() <= 4 {
                return Some(o.entity);
            }
        }
        None
    }
}

fn sentence_index(sentences: &[Sentence], pos: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.end <= pos);
    (i < sentences.len() && sentences[i].start <= pos).then_some(i)
}

/// Index of the sentence holding byte `pos`, if any.
pub fn sentence_at(sentences: &[Sentence], pos: usize) -> Option<usize> {
    sentence_index(sentences, pos)
}
