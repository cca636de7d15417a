//! Throughput benchmark: `cargo bench --bench throughput` (`-- --mb N` sets
//! the size of each generated corpus, default 40; `-- --runs N` the number
//! of timed runs, the best of which is shown, default 3).
//!
//! Two reproducible corpora (fixed seeds) are generated: news of ordinary
//! density (several figures per article, about one sentence in six with
//! any) and the number-dense bench text (a figure every ~150 bytes). For
//! each, whole processes are timed side by side, start-up included:
//! * jieba-rs: `Jieba::new()` and one `cut(text, true)` over the same text
//!   (this bench binary re-run with `--jieba-cut FILE`),
//! * `hecha check --input jsonl --format jsonl -j 1`, and the same at `-j 2`.
//!
//! It prints MB/s (of article text), peak RSS, the pipeline/jieba ratio at
//! `-j 1`, the `-j 2` scaling, and hecha's start-up time; then, in process,
//! the extractor alone on each corpus.

use hecha::extract::Extractor;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

#[path = "gen.rs"]
mod gen;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).is_some_and(|a| a == "--measure") {
        let mut cmd = Command::new(&args[2]);
        cmd.args(&args[3..]);
        let (secs, rss) = run(cmd);
        println!("{secs} {rss}");
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "--jieba-cut") {
        jieba_cut(Path::new(&args[i + 1]));
        return;
    }
    let mb = gen::mb_arg(40);
    let runs = arg("--runs").unwrap_or(3).max(1);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("throughput");
    std::fs::create_dir_all(&dir).expect("bench folder");
    let hecha = env!("CARGO_BIN_EXE_hecha");
    let me = std::env::current_exe().expect("bench binary path");

    let startup = startup_seconds(hecha, &dir, runs.max(5));
    println!(
        "hecha start-up (one short article, best of {}): {:.0} ms",
        runs.max(5),
        startup * 1e3
    );
    println!();
    println!(
        "{:<9} {:>6}  {:<34} {:>8} {:>9} {:>9}",
        "corpus", "MB", "command (whole process)", "seconds", "MB/s", "peak RSS"
    );

    let mut extract_rows = Vec::new();
    for (name, docs) in [
        ("ordinary", gen::generate_ordinary(mb * 1_000_000)),
        ("dense", gen::generate(mb * 1_000_000)),
    ] {
        let (txt, jsonl) = write_corpus(&dir, name, &docs);
        let bytes: usize = docs.iter().map(|d| d.len()).sum();
        let jieba = best(runs, || {
            let mut c = Command::new(&me);
            c.arg("--jieba-cut").arg(&txt);
            measured(c)
        });
        let one = best(runs, || measured(hecha_cmd(hecha, &jsonl, 1)));
        let two = best(runs, || measured(hecha_cmd(hecha, &jsonl, 2)));
        let mbs = |s: f64| bytes as f64 / 1e6 / s;
        for (label, r) in [
            ("jieba-rs new + cut(text, true)", jieba),
            ("hecha check -j 1", one),
            ("hecha check -j 2", two),
        ] {
            println!(
                "{name:<9} {:>6.1}  {label:<34} {:>8.2} {:>9.2} {:>5} MiB",
                bytes as f64 / 1e6,
                r.0,
                mbs(r.0),
                r.1 / 1024
            );
        }
        println!(
            "{name:<9} ratio hecha -j 1 / jieba-rs: {:.2}×   -j 2 / -j 1: {:.2}×",
            jieba.0 / one.0,
            one.0 / two.0
        );
        println!();

        let extractor = Extractor::new();
        let t = Instant::now();
        let mentions: usize = docs.iter().map(|d| extractor.extract(d, None).len()).sum();
        extract_rows.push((name, mbs(t.elapsed().as_secs_f64()), mentions));
    }
    for (name, rate, mentions) in extract_rows {
        println!("{name:<9} extractor alone, in process: {rate:>8.2} MB/s ({mentions} mentions)");
    }
}

/// The reference: jieba-rs as a user would run it over the same text.
fn jieba_cut(path: &Path) {
    let jieba = jieba_rs::Jieba::new();
    let text = std::fs::read_to_string(path).expect("corpus text");
    let words = jieba.cut(&text, true);
    println!("{}", words.len());
}

fn hecha_cmd(hecha: &str, jsonl: &Path, jobs: usize) -> Command {
    let mut c = Command::new(hecha);
    c.args([
        "check", "--input", "jsonl", "--format", "jsonl", "--claims", "claims", "-j",
    ])
    .arg(jobs.to_string())
    .arg(jsonl);
    c
}

/// Writes the corpus twice: as plain text for jieba-rs, and as JSON Lines
/// records with the same article text for hecha.
fn write_corpus(dir: &Path, name: &str, docs: &[String]) -> (PathBuf, PathBuf) {
    let txt = dir.join(format!("{name}.txt"));
    let jsonl = dir.join(format!("{name}.jsonl"));
    std::fs::write(&txt, docs.concat()).expect("write corpus text");
    let mut lines = String::new();
    for (i, d) in docs.iter().enumerate() {
        let record = serde_json::json!({ "id": format!("{name}-{i:06}"), "text": d });
        lines.push_str(&record.to_string());
        lines.push('\n');
    }
    std::fs::write(&jsonl, lines).expect("write corpus jsonl");
    (txt, jsonl)
}

fn startup_seconds(hecha: &str, dir: &Path, runs: usize) -> f64 {
    let one = dir.join("startup.jsonl");
    std::fs::write(
        &one,
        "{\"id\":\"s\",\"text\":\"2025年2月1日，DeepSeek-V3的训练成本为557.6万美元。\"}\n",
    )
    .expect("write start-up input");
    best(runs, || measured(hecha_cmd(hecha, &one, 1))).0
}

/// The fastest of `runs` runs (wall seconds, peak RSS in KiB of that run).
fn best(runs: usize, mut f: impl FnMut() -> (f64, u64)) -> (f64, u64) {
    (0..runs)
        .map(|_| f())
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .expect("at least one run")
}

/// Runs a command through this (small) binary in `--measure` mode, so that
/// the peak RSS reported is the command's own and not the memory of this
/// process, which a spawned child shares until it starts its program.
fn measured(cmd: Command) -> (f64, u64) {
    let me = std::env::current_exe().expect("bench binary path");
    let out = Command::new(me)
        .arg("--measure")
        .arg(cmd.get_program())
        .args(cmd.get_args())
        .output()
        .expect("run the measuring process");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut it = text.split_whitespace();
    let secs = it.next().and_then(|s| s.parse().ok());
    let rss = it.next().and_then(|s| s.parse().ok());
    match (secs, rss) {
        (Some(secs), Some(rss)) => (secs, rss),
        _ => panic!("{cmd:?} failed: {}", String::from_utf8_lossy(&out.stderr)),
    }
}

/// Runs a command with its output discarded; wall time and peak RSS (KiB).
/// The child is reaped by `wait4` (which also gives its peak RSS), not by
/// `Child::wait`.
#[allow(clippy::zombie_processes)]
fn run(mut cmd: Command) -> (f64, u64) {
    let t = Instant::now();
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start benchmark command");
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child; `status` and `usage` are valid
    // out-pointers for the call.
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let secs = t.elapsed().as_secs_f64();
    assert_eq!(pid, child.id() as libc::pid_t, "wait4 failed");
    let code = libc::WEXITSTATUS(status);
    assert!(
        libc::WIFEXITED(status) && code <= 1,
        "{cmd:?} failed (status {status})"
    );
    (secs, usage.ru_maxrss as u64)
}

fn arg(name: &str) -> Option<usize> {
    let args: Vec<String> = std::env::args().collect();
    let i = args.iter().position(|a| a == name)?;
    args.get(i + 1)?.parse().ok()
}
