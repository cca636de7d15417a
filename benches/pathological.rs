//! Bounded time on hostile input: `cargo bench --bench pathological`
//! (`-- --mb N` sets the size of each input, default 5).
//!
//! Each input is ONE document, generated with a fixed seed, checked
//! through the whole pipeline on one thread. The inputs are the shapes
//! that make work grow with the square of the size when a search around a
//! number is not bounded:
//! * ordinary news, all in one file (the reference),
//! * one paragraph: the same sentences with no blank lines,
//! * one sentence of numbers: `1,234万美元、` repeated, no full stop,
//! * no punctuation at all: names, words and numbers run together,
//! * numbers everywhere: a short sentence with two figures, repeated,
//! * figures only, and a run of `1,1,1,…`,
//! * brackets never closed: `(` or `（` before every figure, no stop,
//! * one long table written with bars: a head, a rule, and rows of
//!   figures under it (a figure's column head must not be walked back to),
//! * a run of spaces with no end (each space once started a count of the
//!   whole run),
//! * dates of a month with no year on one line (each once read back to
//!   the line's start for a year),
//! * ratios to one name on one line (each once weighed every figure of
//!   that name for its base, and every figure repeated was looked for
//!   back to the paragraph's start),
//! * a table of two rows as wide as the input (each cell's column head was
//!   found by counting the whole row again),
//! * shares and prices with no mark of a clause (`三成到四成、`, `、输出1.10
//!   美元`: each read back to the text's start for its clause's words).
//!
//! Throughput on each should stay within a small factor of the reference.

use hecha::db::ClaimsDb;
use hecha::load;
use hecha::Pipeline;
use std::time::Instant;

#[path = "gen.rs"]
mod gen;
use gen::{claim_sentence, Lcg, FILLER};

fn ordinary(bytes: usize) -> String {
    gen::generate(bytes).concat()
}

fn one_paragraph(bytes: usize) -> String {
    ordinary(bytes).replace("\n\n", "")
}

fn one_sentence_of_numbers(bytes: usize) -> String {
    let mut rng = Lcg(7);
    let mut s = String::from("发表时间: 2025-02-11\nDeepSeek-V3的训练成本依次为");
    while s.len() < bytes {
        s.push_str(&format!(
            "{},{:03}万美元、",
            1 + rng.next() % 99,
            rng.next() % 1000
        ));
    }
    s
}

fn no_punctuation(bytes: usize) -> String {
    let words = [
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
    ];
    let mut rng = Lcg(11);
    let mut s = String::new();
    while s.len() < bytes {
        if rng.next() % 10 < 7 {
            s.push_str(rng.pick(&words));
        } else {
            s.push_str(&(1 + rng.next() % 99_999).to_string());
        }
    }
    s
}

fn numbers_everywhere(bytes: usize) -> String {
    let mut rng = Lcg(13);
    let mut s = String::from("发表时间: 2025-02-11\n");
    let mut n = 0;
    while s.len() < bytes {
        let k = 1 + rng.next() % 9999;
        s.push_str(&format!(
            "深度求索只用了{},{:03}颗H800，成本{}.{}万美元。",
            k / 1000,
            k % 1000,
            k / 10,
            k % 10
        ));
        n += 1;
        if n % 8 == 0 {
            s.push_str("\n\n");
        }
    }
    s
}

fn mixed_news(bytes: usize) -> String {
    // sentences with figures only, no filler: number-dense but natural
    let mut rng = Lcg(17);
    let mut s = String::from("发表时间: 2025-02-11\n");
    while s.len() < bytes {
        s.push_str(&claim_sentence(&mut rng));
        if rng.next().is_multiple_of(5) {
            s.push_str(rng.pick(FILLER));
            s.push_str("\n\n");
        }
    }
    s
}

fn unclosed_brackets(bytes: usize) -> String {
    // a bracket opened before every figure and never closed, no stop:
    // a note looked for after each figure must not run to the end
    let mut s = String::from("发表时间: 2025-02-11\n");
    let mut k = 0;
    while s.len() < bytes {
        s.push(['(', '（', '【', '「'][k % 4]);
        s.push_str("DeepSeek-V3训练成本557.6万美元");
        k += 1;
    }
    s
}

fn digits_and_commas(bytes: usize) -> String {
    // one run of 1,1,1,… with no end: every number in it starts a scan
    // that must not run to the end of the run
    "1,".repeat(bytes / 2)
}

fn long_table(bytes: usize) -> String {
    let mut rng = Lcg(19);
    let mut s =
        String::from("发表时间: 2025-02-11\n\n| 型号 | H100 | H20 | A100 |\n|---|---|---|---|\n");
    while s.len() < bytes {
        s.push_str(&format!(
            "| 显存{} | {}GB | {}.{}TB/s | {}W |\n",
            rng.next() % 100,
            16 + rng.next() % 128,
            1 + rng.next() % 4,
            rng.next() % 10,
            300 + rng.next() % 400
        ));
    }
    s
}

fn spaces(bytes: usize) -> String {
    format!("增长5{}亿", " ".repeat(bytes))
}

fn dates_on_one_line(bytes: usize) -> String {
    "1月2日，".repeat(bytes / "1月2日，".len())
}

fn ratios_on_one_line(bytes: usize) -> String {
    let s = "DeepSeek-V3的训练成本为557.6万美元，GPT-4的训练成本约为DeepSeek-V3的11倍，\
             同年3月GPT-4的训练成本约7800万美元。";
    s.repeat(bytes / s.len())
}

fn wide_table(bytes: usize) -> String {
    let n = bytes / 2;
    format!(
        "{}|\n{}|\n",
        "| 营收 ".repeat(n / 9),
        "| 5.2% ".repeat(n / 7)
    )
}

fn no_clause_marks(bytes: usize) -> String {
    let mut s = String::from("每百万tokens输入0.27美元");
    while s.len() < bytes {
        s.push_str("、输出1.10美元、三成到四成");
    }
    s
}

/// Makes one input of about the given size in bytes.
type Generator = fn(usize) -> String;

fn main() {
    let mb = gen::mb_arg(5);
    let bytes = mb * 1_000_000;
    let (db, problems) = ClaimsDb::load(std::path::Path::new("claims")).expect("claims/ loads");
    assert!(problems.is_empty(), "claims/ has problems: {problems:?}");
    let pipeline = Pipeline::new(db);
    let inputs: [(&str, Generator); 14] = [
        ("ordinary news (reference)", ordinary),
        ("one paragraph", one_paragraph),
        ("one sentence of numbers", one_sentence_of_numbers),
        ("no punctuation at all", no_punctuation),
        ("numbers everywhere", numbers_everywhere),
        ("figures only, no filler", mixed_news),
        ("digits and commas (1,1,1,…)", digits_and_commas),
        ("brackets never closed", unclosed_brackets),
        ("one long table", long_table),
        ("a run of spaces", spaces),
        ("dates on one line", dates_on_one_line),
        ("ratios to one name, one line", ratios_on_one_line),
        ("a table of two wide rows", wide_table),
        ("shares and prices, no clause", no_clause_marks),
    ];
    println!("each input is one document of about {mb} MB, checked on one thread");
    println!(
        "{:<28} {:>8} {:>9} {:>8} {:>9}",
        "input", "MB", "claims", "seconds", "MB/s"
    );
    let mut reference = None;
    for (name, make) in inputs {
        let text = make(bytes);
        let size = text.len();
        let doc = load::document(name.into(), text, "UTF-8", None, None);
        let t = Instant::now();
        let report = pipeline.check(&doc);
        let secs = t.elapsed().as_secs_f64();
        let rate = size as f64 / 1e6 / secs;
        let reference = *reference.get_or_insert(rate);
        println!(
            "{:<28} {:>8.1} {:>9} {:>8.2} {:>9.2}   ×{:.2} of ordinary",
            name,
            size as f64 / 1e6,
            report.claims.len(),
            secs,
            rate,
            rate / reference
        );
    }
}
