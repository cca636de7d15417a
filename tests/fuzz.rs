//! Whole-pipeline fuzzing on news-like documents.
//!
//! The documents are built the way real archives break tools: sentences
//! and paragraphs spliced from different corpus articles, entity names,
//! figures, units and dates swapped between them, publication dates set
//! before, inside and after the facts' dates, pieces repeated and cut at
//! any character. Every document goes through every stage, and more than
//! "no panic" is asserted: no internal error, spans that slice the text
//! at character boundaries, consistent counts, a source on every
//! supported or contradicted claim, and the same output at any `-j`.
//!
//! `cargo test` runs a few thousand documents; `HECHA_FUZZ_DOCS=200000
//! cargo test --release fuzz` runs as many as asked (and
//! `HECHA_FUZZ_SEED` replays another sequence).

use crate::common::{bin, root, tmp, Rng, PIPELINE};
use hecha::check::Verdict;
use hecha::date::Date;
use hecha::load;
use std::io::Write;
use std::process::{Command, Stdio};

/// Material cut from the shipped corpus and claims DB.
struct Material {
    sentences: Vec<String>,
    paragraphs: Vec<String>,
    aliases: Vec<String>,
    figures: Vec<String>,
    fact_dates: Vec<Date>,
}

const UNITS: &[&str] = &[
    "美元",
    "港元",
    "港幣",
    "新台幣",
    "人民币",
    "元",
    "亿元",
    "億美元",
    "万",
    "亿",
    "兆",
    "GPU小时",
    "颗",
    "顆",
    "张",
    "%",
    "個百分點",
    "倍",
    "成",
    "人",
    "万人",
    "次",
    "TFLOPS",
    "W",
    "GB",
    "年",
    "个月",
    "天",
    "token",
    "参数",
];

const TIMES: &[&str] = &[
    "2024年12月26日",
    "2025年1月",
    "去年",
    "今年",
    "上个财年",
    "2025財政年度",
    "第四季度",
    "2024年第三季",
    "1月26日",
    "2025-02-11",
    "上半年",
    "年底",
    "民國113年",
    "二〇二四年",
    "FY2025",
    "前年同期",
    // clock times, with seconds and in ranges (a price's off-peak hours)
    "10:00:00",
    "每日00:30至08:30",
    "00:30:00至08:30:00",
    "1:10:20",
    "今早7时",
    "FY25 Q4",
    "FY25Q4",
];

const SEPARATORS: &[&str] = &["", "", "。", "，", "\n", "\n\n", "；", "\r\n", "\r", " "];

impl Material {
    fn load() -> Material {
        let pipeline = &*PIPELINE;
        let mut sentences = Vec::new();
        let mut paragraphs = Vec::new();
        let mut figures = Vec::new();
        let mut files: Vec<_> = std::fs::read_dir(root().join("corpus"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for path in files {
            let bytes = std::fs::read(&path).unwrap();
            let (text, enc) = load::decode(&bytes).unwrap();
            let doc = load::document("c".into(), text, enc, None, None);
            for s in hecha::segment::sentences(&doc.text) {
                let t = doc.text[s.start..s.end].trim();
                if !t.is_empty() {
                    sentences.push(t.to_string());
                }
            }
            for p in doc.text.split("\n\n") {
                if !p.trim().is_empty() {
                    paragraphs.push(p.to_string());
                }
            }
            for m in pipeline.extract(&doc).mentions {
                figures.push(doc.text[m.start..m.end].to_string());
            }
        }
        let db = &pipeline.db;
        let aliases = db
            .entities
            .iter()
            .flat_map(|e| e.aliases.iter().cloned())
            .collect();
        let fact_dates = db.facts.iter().map(|f| f.as_of).collect();
        Material {
            sentences,
            paragraphs,
            aliases,
            figures,
            fact_dates,
        }
    }

    /// A piece of text: a sentence or a paragraph, mutated.
    fn piece(&self, rng: &mut Rng) -> String {
        let mut s = if rng.one_in(4) {
            rng.pick(&self.paragraphs)
        } else {
            rng.pick(&self.sentences)
        };
        for _ in 0..rng.below(4) {
            s = match rng.below(7) {
                0 | 1 => swap_one(&s, &self.aliases, rng),
                2 | 3 => swap_one(&s, &self.figures, rng),
                4 => insert_at_char(&s, rng.pick(UNITS), rng),
                5 => insert_at_char(&s, rng.pick(TIMES), rng),
                _ => truncate_at_char(&s, rng),
            };
        }
        s
    }

    /// The publication date: none, around a fact's date, or any year.
    fn published(&self, rng: &mut Rng) -> Option<Date> {
        match rng.below(4) {
            0 => None,
            1 | 2 => {
                let d = rng.pick(&self.fact_dates);
                let shift = rng.below(800) as i64 - 400;
                Some(shift_days(d, shift))
            }
            _ => Date::ymd(
                2015 + rng.below(16) as i32,
                1 + rng.below(12) as u32,
                1 + rng.below(28) as u32,
            ),
        }
    }

    /// One document: an optional dateline, then spliced pieces.
    fn document(&self, rng: &mut Rng) -> (String, Option<Date>) {
        let published = self.published(rng);
        let mut text = String::new();
        // the date in the text, in the field, or both
        let in_field = rng.one_in(2);
        if let Some(d) = published.filter(|_| !in_field || rng.one_in(3)) {
            text.push_str(rng.pick(&["发表时间: ", "發佈時間：", "日期: ", ""]));
            text.push_str(&d.to_string());
            text.push('\n');
        }
        let n = 1 + rng.below(24);
        let mut pieces: Vec<String> = Vec::new();
        for _ in 0..n {
            if !pieces.is_empty() && rng.one_in(8) {
                // repeat an earlier piece
                let p = rng.pick(&pieces);
                pieces.push(p);
            } else {
                pieces.push(self.piece(rng));
            }
        }
        for p in &pieces {
            text.push_str(p);
            text.push_str(rng.pick(SEPARATORS));
        }
        if rng.one_in(6) {
            text = truncate_at_char(&text, rng);
        }
        (text, published.filter(|_| in_field))
    }
}

fn shift_days(d: Date, days: i64) -> Date {
    let (y, m, dd) = (d.year, d.month.unwrap_or(6), d.day.unwrap_or(15));
    // a civil-calendar walk is plenty for a fuzzer: move by whole days
    let mut ord = y as i64 * 372 + (m as i64 - 1) * 31 + (dd as i64 - 1) + days;
    loop {
        let y = ord.div_euclid(372);
        let rest = ord.rem_euclid(372);
        let (m, day) = (rest / 31 + 1, rest % 31 + 1);
        if let Some(d) = Date::ymd(y as i32, m as u32, day as u32) {
            return d;
        }
        ord -= 1;
    }
}

fn char_boundary(s: &str, rng: &mut Rng) -> usize {
    let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
    rng.pick(&bounds)
}

fn truncate_at_char(s: &str, rng: &mut Rng) -> String {
    s[..char_boundary(s, rng)].to_string()
}

fn insert_at_char(s: &str, what: &str, rng: &mut Rng) -> String {
    let at = char_boundary(s, rng);
    format!("{}{what}{}", &s[..at], &s[at..])
}

/// Replace the first occurrence in `s` of one of `pool` by another of `pool`.
fn swap_one(s: &str, pool: &[String], rng: &mut Rng) -> String {
    // try a few random members, so the search stays cheap
    for _ in 0..24 {
        let from = rng.pick(pool);
        if let Some(at) = s.find(from.as_str()) {
            let to = rng.pick(pool);
            return format!("{}{to}{}", &s[..at], &s[at + from.len()..]);
        }
    }
    s.to_string()
}

fn seed() -> u64 {
    std::env::var("HECHA_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5EED_0007)
}

fn docs_wanted(default: usize) -> usize {
    std::env::var("HECHA_FUZZ_DOCS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// Everything a report promises about itself.
fn assert_sound(text: &str, r: &hecha::report::Report, label: &str) {
    assert!(
        r.error.is_none(),
        "{label}: internal error {:?}\n--- text ---\n{text}",
        r.error
    );
    let mut counts = hecha::report::Counts::default();
    let mut last_start = 0;
    for c in &r.claims {
        assert!(
            c.start < c.end
                && c.end <= text.len()
                && text.is_char_boundary(c.start)
                && text.is_char_boundary(c.end),
            "{label}: span {}..{} does not slice the text at characters",
            c.start,
            c.end
        );
        assert_eq!(&text[c.start..c.end], c.text, "{label}: span text");
        assert!(c.start >= last_start, "{label}: claims out of text order");
        last_start = c.start;
        let line = text[..c.start].matches('\n').count()
            + text[..c.start]
                .match_indices('\r')
                .filter(|(i, _)| text.as_bytes().get(i + 1) != Some(&b'\n'))
                .count()
            + 1;
        assert_eq!(c.line, line, "{label}: line of {:?}", c.text);
        if c.verdict != Verdict::Unverified {
            assert!(
                c.fact_id.is_some() && c.source_url.is_some() && c.source_title.is_some(),
                "{label}: {:?} {:?} without a source",
                c.text,
                c.verdict
            );
            assert!(
                c.entity.is_some() && c.metric.is_some(),
                "{label}: {:?} {:?} without entity and metric",
                c.text,
                c.verdict
            );
        }
        assert!(!c.explanation.is_empty(), "{label}: no explanation");
        counts.add(c.verdict);
    }
    for f in &r.findings {
        for s in &f.spans {
            assert!(
                text.get(s.start..s.end) == Some(s.text.as_str()),
                "{label}: finding span {}..{} is not {:?}",
                s.start,
                s.end,
                s.text
            );
        }
        counts.findings += 1;
        counts.findings_failed += usize::from(!f.holds);
    }
    assert_eq!(counts, r.counts, "{label}: counts");
}

#[test]
fn fuzz_spliced_news_through_every_stage() {
    let material = Material::load();
    let mut rng = Rng(seed());
    let n = docs_wanted(3000);
    for i in 0..n {
        let (text, field) = material.document(&mut rng);
        let doc = load::document(format!("fuzz-{i}"), text, "UTF-8", field, None);
        let r = PIPELINE.check_guarded(&doc);
        assert_sound(&doc.text, &r, &doc.id);
    }
}

#[test]
fn fuzz_batches_keep_one_object_per_document_in_order_at_any_j() {
    let material = Material::load();
    let mut rng = Rng(seed() ^ 0xB47C);
    let n = docs_wanted(1500).min(20_000);
    let dir = tmp("fuzz-batch");
    let input = dir.join("in.jsonl");
    let mut ids = Vec::new();
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&input).unwrap());
        for i in 0..n {
            let (text, field) = material.document(&mut rng);
            let id = format!("doc-{i}");
            let mut rec = serde_json::json!({"id": id, "text": text});
            if let Some(d) = field {
                rec["published"] = d.to_string().into();
            }
            writeln!(f, "{rec}").unwrap();
            ids.push(id);
        }
    }
    let run = |j: &str| {
        let out = Command::new(bin())
            .args([
                "check", "--input", "jsonl", "--format", "jsonl", "-q", "-j", j,
            ])
            .arg(&input)
            .current_dir(root())
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let code = out.status.code();
        assert!(
            matches!(code, Some(0 | 1)),
            "-j {j}: exit {code:?}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let one = run("1");
    let two = run("2");
    assert!(one == two, "output differs between -j 1 and -j 2");
    let lines: Vec<serde_json::Value> = String::from_utf8(one)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), ids.len(), "one object per document");
    for (v, id) in lines.iter().zip(&ids) {
        assert_eq!(v["id"], id.as_str(), "input order");
        assert!(v.get("error").is_none(), "{id}: {}", v["error"]);
        for c in v["claims"].as_array().unwrap() {
            assert!(
                matches!(
                    c["verdict"].as_str(),
                    Some("supported" | "contradicted" | "misattributed" | "unverified")
                ),
                "{id}: verdict {}",
                c["verdict"]
            );
        }
    }
}

/// Names, words and numbers run together with no punctuation at all: the
/// sentence cutter splits them every 600 bytes, so names and figures
/// straddle the cuts. Every piece must be checked without an internal error.
#[test]
fn runs_without_punctuation_straddle_every_cut() {
    const WORDS: &[&str] = &[
        "深度求索",
        "英伟达",
        "训练成本",
        "增长",
        "公司",
        "模型",
        "芯片",
        "美元",
        "亿",
        "万",
        "GPU小时",
        "H800",
        "颗",
        "DeepSeek-V3",
        "华为昇腾910C",
        "其",
        "总",
        "合计",
    ];
    let mut rng = Rng(seed() ^ 0x5eed | 1);
    for doc in 0..20 {
        let mut text = String::new();
        while text.len() < 40_000 {
            if rng.below(10) < 7 {
                text.push_str(WORDS[rng.below(WORDS.len() as u64) as usize]);
            } else {
                text.push_str(&(1 + rng.below(99_999)).to_string());
            }
        }
        let d = load::document(
            format!("run-{doc}"),
            text.clone(),
            "UTF-8",
            Date::parse("2025-02-11"),
            None,
        );
        let r = PIPELINE.check_guarded(&d);
        assert!(r.error.is_none(), "run-{doc}: {:?}", r.error);
        assert_sound(&text, &r, &format!("run-{doc}"));
    }
}
