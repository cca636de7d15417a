//! The numeral grammar: the table of written forms (tests/data/numerals.tsv),
//! properties over every integer form, and a fuzz run over arbitrary text.
use hecha::date::Date;
use hecha::extract::numeral::read_numeral;
use hecha::extract::{Extractor, Mention};
use rust_decimal::Decimal;

/// A small deterministic generator (no dependency, same inputs every run).
use crate::common::Rng;

#[derive(Clone, Copy)]
struct Style {
    traditional: bool,
    zero: char,
    liang: bool,
    yi_shi: bool,
}

/// Write `n` (< 10^16) in Chinese numerals.
fn chinese(n: u64, st: Style) -> String {
    let digits_s = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let (wan, yi) = if st.traditional {
        ('萬', '億')
    } else {
        ('万', '亿')
    };
    let two = if st.traditional { '兩' } else { '两' };
    if n == 0 {
        return st.zero.to_string();
    }
    let groups = [
        (n / 1_000_000_000_000) % 10_000,
        (n / 100_000_000) % 10_000,
        (n / 10_000) % 10_000,
        n % 10_000,
    ];
    let units: [String; 4] = [
        if st.traditional {
            "萬億".to_string()
        } else {
            "万亿".to_string()
        },
        yi.to_string(),
        wan.to_string(),
        String::new(),
    ];
    let mut out = String::new();
    let mut started = false;
    let mut pending_zero = false;
    for (gi, &g) in groups.iter().enumerate() {
        if g == 0 {
            if started {
                pending_zero = true;
            }
            continue;
        }
        if started && (pending_zero || g < 1000) {
            out.push(st.zero);
        }
        pending_zero = false;
        let ds = [g / 1000, (g / 100) % 10, (g / 10) % 10, g % 10];
        let small = ['千', '百', '十', ' '];
        let mut inner_zero = false;
        let mut any = false;
        for (k, &d) in ds.iter().enumerate() {
            if d == 0 {
                if any {
                    inner_zero = true;
                }
                continue;
            }
            if inner_zero {
                out.push(st.zero);
                inner_zero = false;
            }
            let leading = !started && !any;
            if d == 2 && st.liang && k < 2 {
                out.push(two);
            } else if d == 1 && k == 2 && leading && !st.yi_shi {
                // 十二 rather than 一十二 at the very start
            } else {
                out.push(digits_s[d as usize]);
            }
            if k < 3 {
                out.push(small[k]);
            }
            any = true;
        }
        out.push_str(&units[gi]);
        started = true;
    }
    out
}

fn read(s: &str) -> Option<Decimal> {
    let chars: Vec<char> = s.chars().collect();
    let n = read_numeral(&chars, 0).ok()??;
    (n.end == chars.len()).then_some(n.value)
}

#[test]
fn every_small_integer_in_chinese_reads_back() {
    for n in 0..=20_000u64 {
        for st in [
            Style {
                traditional: false,
                zero: '零',
                liang: false,
                yi_shi: false,
            },
            Style {
                traditional: true,
                zero: '零',
                liang: true,
                yi_shi: true,
            },
            Style {
                traditional: false,
                zero: '〇',
                liang: true,
                yi_shi: false,
            },
        ] {
            let s = chinese(n, st);
            assert_eq!(read(&s), Some(Decimal::from(n)), "{n} written {s}");
        }
    }
}

#[test]
fn random_integers_up_to_ten_to_the_sixteen_read_back() {
    let mut rng = Rng(0x9E3779B97F4A7C15);
    for _ in 0..200_000 {
        // spread over magnitudes, with zeros inside
        let digits = 1 + rng.below(16);
        let mut n: u64 = 0;
        for _ in 0..digits {
            n = n * 10 + if rng.below(3) == 0 { 0 } else { rng.below(10) };
        }
        let st = Style {
            traditional: rng.below(2) == 0,
            zero: if rng.below(2) == 0 { '零' } else { '〇' },
            liang: rng.below(2) == 0,
            yi_shi: rng.below(2) == 0,
        };
        let s = chinese(n, st);
        assert_eq!(read(&s), Some(Decimal::from(n)), "{n} written {s}");
    }
}

#[test]
fn arabic_with_separators_reads_back() {
    let mut rng = Rng(42);
    for _ in 0..100_000 {
        let n = rng.below(10_000_000_000_000_000);
        let plain = n.to_string();
        let mut grouped = String::new();
        for (i, c) in plain.chars().enumerate() {
            if i > 0 && (plain.len() - i).is_multiple_of(3) {
                grouped.push(if rng.below(4) == 0 { '，' } else { ',' });
            }
            grouped.push(c);
        }
        let fullwidth: String = plain
            .chars()
            .map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap())
            .collect();
        for s in [&plain, &grouped, &fullwidth] {
            assert_eq!(read(s), Some(Decimal::from(n)), "{s}");
        }
        // with a scale: exact decimals, never 1639999999.9999998
        let frac = rng.below(1000);
        let s = format!("{}.{:03}亿", n % 100_000, frac);
        let want = (Decimal::from(n % 100_000) + Decimal::new(frac as i64, 3))
            * Decimal::from(100_000_000u64);
        assert_eq!(read(&s), Some(want), "{s}");
    }
}

fn check_spans(text: &str, ms: &[Mention]) {
    let mut last = 0;
    for m in ms {
        assert!(
            m.start < m.end && m.end <= text.len(),
            "bad span {m:?} in {text:?}"
        );
        assert!(
            text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
            "span not on a char boundary {m:?} in {text:?}"
        );
        assert!(m.start >= last, "overlapping mentions in {text:?}");
        last = m.end;
    }
}

/// How many fuzz inputs: 1,000,000 by default, `HECHA_FUZZ_N` to change.
fn fuzz_n() -> usize {
    std::env::var("HECHA_FUZZ_N")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000)
}

#[test]
fn fuzz_the_extractor_never_panics_or_breaks_spans() {
    const PIECES: &[&str] = FUZZ_PIECES;
    let ex = Extractor::new();
    let as_of = Date::parse("2025-02-11");
    let mut rng = Rng(7);
    let n = fuzz_n();
    let mut text = String::new();
    for i in 0..n {
        text.clear();
        let len = 1 + rng.below(14);
        for _ in 0..len {
            if rng.below(5) == 0 {
                // any Unicode scalar value
                let c = loop {
                    if let Some(c) = char::from_u32(rng.below(0x110000) as u32) {
                        break c;
                    }
                };
                text.push(c);
            } else {
                text.push_str(PIECES[rng.below(PIECES.len() as u64) as usize]);
            }
        }
        let as_of = if i % 3 == 0 { None } else { as_of };
        let ms = ex.extract(&text, as_of);
        check_spans(&text, &ms);
    }
}

/// Numeral characters, units, hedges and traps, for building near misses.
const FUZZ_PIECES: &[&str] = &[
    "一",
    "二",
    "两",
    "兩",
    "三",
    "十",
    "百",
    "千",
    "万",
    "萬",
    "亿",
    "億",
    "兆",
    "零",
    "〇",
    "点",
    "點",
    "壹",
    "貳",
    "參",
    "拾",
    "佰",
    "仟",
    "几",
    "数",
    "多",
    "余",
    "来",
    "半",
    "上",
    "成",
    "倍",
    "分之",
    "百分之",
    "%",
    "％",
    "‰",
    "个百分点",
    "美元",
    "港元",
    "元",
    "人民币",
    "颗",
    "GPU小时",
    "天",
    "年",
    "月",
    "日",
    "号",
    "第",
    "季度",
    "上半年",
    "去年",
    "本月",
    "同年",
    "至",
    "到",
    "-",
    "~",
    "约",
    "近",
    "逾",
    "超过",
    "以上",
    "左右",
    "不到",
    "高达",
    "（",
    "）",
    "(",
    ")",
    "，",
    "。",
    "\n",
    " ",
    "US$",
    "HK$",
    "$",
    "¥",
    "×10^",
    "e",
    "B",
    "M",
    "K",
    "H",
    "GPT-",
    "V",
    "o",
    ".",
    ",",
    "/",
    ":",
    "+",
    "负",
    "0",
    "1",
    "2",
    "5",
    "9",
    "２",
    "０",
    "99999999999999",
    "2025",
    "2,048",
    "278.8",
    "12",
    "31",
    "113",
    "翻",
    "番",
    "减半",
    "成千上万",
    "上百万",
    "这",
    "每",
    "岁",
    "及以上",
    "从",
    "由",
    "http://x.cn/1",
    "@",
    "400-123-",
    "www.",
    "兩三",
    "十几",
    "三十几",
    "3万多",
    "10余",
    "七成五",
    "第一",
    "一旦",
    "十分",
];

#[test]
fn fuzz_the_whole_pipeline_on_raw_pieces() {
    // the extractor's near-miss pieces, with sentence and line breaks, through
    // every stage: no panic, and every claim's text is its span
    let pipeline = &*crate::common::PIPELINE;
    let mut rng = Rng(13);
    const MORE: &[&str] = &[
        "。",
        "\n",
        "\n\n",
        "，",
        "DeepSeek-V3",
        "英伟达",
        "港元",
        "训练成本",
        "其",
        "（约",
        "）以上",
    ];
    for _ in 0..20_000 {
        let mut text = String::new();
        for _ in 0..(1 + rng.below(30)) {
            if rng.below(3) == 0 {
                text.push_str(MORE[rng.below(MORE.len() as u64) as usize]);
            } else {
                text.push_str(FUZZ_PIECES[rng.below(FUZZ_PIECES.len() as u64) as usize]);
            }
        }
        let doc = hecha::load::document(
            "f".into(),
            text.clone(),
            "UTF-8",
            Date::parse("2025-02-11"),
            None,
        );
        let r = pipeline.check(&doc);
        for c in &r.claims {
            assert_eq!(&text[c.start..c.end], c.text);
        }
    }
}

#[test]
fn fuzz_the_whole_pipeline_on_number_soup() {
    let pipeline = &*crate::common::PIPELINE;
    let mut rng = Rng(11);
    const WORDS: &[&str] = &[
        "DeepSeek-V3",
        "深度求索",
        "英伟达",
        "輝達",
        "训练成本",
        "GPU小时",
        "下载量",
        "GDP增长",
        "人口",
        "比上年增加",
        "约",
        "以上",
        "（约",
        "港元）",
        "美元",
        "万",
        "亿",
        "2,048颗",
        "557.6万",
        "2024年12月26日",
        "1月下旬",
        "27日",
        "，",
        "。",
        "\n",
        "\n\n",
        "其",
        "是",
        "的",
        "倍",
        "成",
        "%",
        "个百分点",
        "十分之一",
        "数十亿",
        "从",
        "到",
        "占",
        "65岁及以上",
        "每",
        "截至",
        "发表时间: 2025-02-11\n",
    ];
    for _ in 0..20_000 {
        let mut text = String::new();
        for _ in 0..(1 + rng.below(40)) {
            text.push_str(WORDS[rng.below(WORDS.len() as u64) as usize]);
            if rng.below(6) == 0 {
                text.push_str(&rng.below(100_000).to_string());
            }
        }
        let doc = hecha::load::document("f".into(), text.clone(), "UTF-8", None, None);
        let r = pipeline.check(&doc);
        for c in &r.claims {
            assert_eq!(&text[c.start..c.end], c.text);
        }
    }
}

/// One row of tests/data/numerals.tsv.
struct Row {
    line: usize,
    family: String,
    input: String,
    span: String,
    value: String,
    low: String,
    high: String,
    unit: String,
    kind: String,
    qualifier: String,
    /// `claim` unless the row says otherwise (`bare`, `code`, `label`, `frame`).
    role: String,
}

fn rows() -> Vec<Row> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/numerals.tsv");
    let text = std::fs::read_to_string(path).expect("tests/data/numerals.tsv");
    text.lines()
        .enumerate()
        .skip(1)
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| {
            let f: Vec<&str> = l.split('\t').collect();
            assert!(
                f.len() == 9 || f.len() == 10,
                "numerals.tsv:{}: expected 9 or 10 fields",
                i + 1
            );
            Row {
                line: i + 1,
                family: f[0].into(),
                input: f[1].into(),
                span: f[2].into(),
                value: f[3].into(),
                low: f[4].into(),
                high: f[5].into(),
                unit: f[6].into(),
                kind: f[7].into(),
                qualifier: f[8].into(),
                role: f.get(9).map_or("claim", |r| r).into(),
            }
        })
        .collect()
}

fn num_eq(got: &serde_json::Value, want: &str) -> bool {
    if want.is_empty() {
        return got.is_null();
    }
    match got {
        serde_json::Value::String(s) => s == want,
        serde_json::Value::Number(n) => {
            let (Ok(w), Some(g)) = (want.parse::<f64>(), n.as_f64()) else {
                return false;
            };
            (w - g).abs() <= 1e-9 * w.abs().max(1.0)
        }
        _ => false,
    }
}

#[test]
fn the_table_of_written_forms() {
    let rows = rows();
    assert!(rows.len() >= 400, "the table has {} rows", rows.len());
    let ex = Extractor::new();
    let as_of = Date::parse("2025-02-11");
    let mut failures = Vec::new();
    for r in &rows {
        let ms = ex.extract(&r.input, as_of);
        // `-`: no claim (a bare number, a code or a label may be reported)
        if r.span == "-" {
            let claims: Vec<&str> = ms
                .iter()
                .filter(|m| m.role == hecha::extract::Role::Claim)
                .map(|m| &r.input[m.start..m.end])
                .collect();
            if !claims.is_empty() {
                failures.push(format!(
                    "numerals.tsv:{} [{}] {:?}: expected no claim, got {:?}",
                    r.line, r.family, r.input, claims
                ));
            }
            continue;
        }
        let Some(m) = ms.iter().find(|m| r.input[m.start..m.end] == r.span) else {
            let got: Vec<&str> = ms.iter().map(|m| &r.input[m.start..m.end]).collect();
            failures.push(format!(
                "numerals.tsv:{} [{}] {:?}: no mention {:?}, got {:?}",
                r.line, r.family, r.input, r.span, got
            ));
            continue;
        };
        let v = hecha::report::mention_value(&r.input, m, 1);
        let unit = v["unit"].as_str().unwrap_or("");
        let ok = num_eq(&v["value"], &r.value)
            && num_eq(&v["low"], &r.low)
            && num_eq(&v["high"], &r.high)
            && unit == r.unit
            && v["kind"] == r.kind.as_str()
            && v["qualifier"] == r.qualifier.as_str()
            && v["role"] == r.role.as_str();
        if !ok {
            failures.push(format!(
                "numerals.tsv:{} [{}] {:?}: want {}|{}|{}|{}|{}|{}|{}, got {}|{}|{}|{}|{}|{}|{}",
                r.line,
                r.family,
                r.span,
                r.value,
                r.low,
                r.high,
                r.unit,
                r.kind,
                r.qualifier,
                r.role,
                v["value"],
                v["low"],
                v["high"],
                unit,
                v["kind"],
                v["qualifier"],
                v["role"]
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows fail:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}
