//! Throughput benchmark: `cargo bench` (or `cargo bench -- --mb 20`).
//!
//! Generates a reproducible corpus of Chinese news-like articles (a fixed
//! seed, several MB) and reports MB/s for:
//! * jieba-rs `cut` over the whole text (the reference: segmentation alone),
//! * the extractor alone,
//! * the whole pipeline (load → segment → extract → link → check → report),
//!   on one thread and on all cores.
//!
//! The ratio of the pipeline to jieba's `cut` is the figure to watch.

use hecha::db::ClaimsDb;
use hecha::extract::Extractor;
use hecha::load;
use hecha::Pipeline;
use rayon::prelude::*;
use std::time::Instant;

#[path = "gen.rs"]
mod gen;
use gen::generate;

fn mbps(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / 1e6 / secs
}

fn main() {
    let mb = gen::mb_arg(8);
    let docs = generate(mb * 1_000_000);
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    println!(
        "input: {} generated articles, {:.1} MB (seed 20250211)",
        docs.len(),
        bytes as f64 / 1e6
    );

    let (db, problems) = ClaimsDb::load(std::path::Path::new("claims")).expect("claims/ loads");
    assert!(problems.is_empty(), "claims/ has problems: {problems:?}");
    let t = Instant::now();
    let pipeline = Pipeline::new(db);
    println!(
        "setup (claims DB, jieba, matchers): {:.0} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );

    let jieba = pipeline.segmenter().jieba();
    let t = Instant::now();
    let mut tokens = 0usize;
    for d in &docs {
        tokens += jieba.cut(d, false).len();
    }
    let jieba_s = t.elapsed().as_secs_f64();
    println!(
        "jieba-rs cut (whole text, 1 thread): {:>8.2} MB/s  ({tokens} tokens)",
        mbps(bytes, jieba_s)
    );

    let extractor = Extractor::new();
    let t = Instant::now();
    let mut mentions = 0usize;
    for d in &docs {
        mentions += extractor.extract(d, None).len();
    }
    let ex_s = t.elapsed().as_secs_f64();
    println!(
        "extract only (1 thread):             {:>8.2} MB/s  ({mentions} mentions)",
        mbps(bytes, ex_s)
    );

    let docs_in: Vec<load::Document> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| load::document(i.to_string(), d.clone(), "UTF-8", None, None))
        .collect();
    let t = Instant::now();
    let mut claims = 0usize;
    for d in &docs_in {
        claims += pipeline.check(d).claims.len();
    }
    let one_s = t.elapsed().as_secs_f64();
    println!(
        "pipeline end to end (1 thread):      {:>8.2} MB/s  ({claims} claims)",
        mbps(bytes, one_s)
    );

    let t = Instant::now();
    let par: usize = docs_in
        .par_iter()
        .map(|d| pipeline.check(d).to_json_line().len())
        .sum();
    let par_s = t.elapsed().as_secs_f64();
    println!(
        "pipeline + JSON ({} threads):         {:>8.2} MB/s  ({par} bytes of JSON)",
        rayon::current_num_threads(),
        mbps(bytes, par_s)
    );
    println!("ratio pipeline/jieba (1 thread): {:.2}", jieba_s / one_s);
}
