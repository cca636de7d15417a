use crate::common::{bin, root, tmp};
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(bin());
    cmd.current_dir(root())
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    let mut child = cmd.spawn().expect("hecha runs");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    child.wait_with_output().unwrap()
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exit code")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

const GOOD: &str = "发表时间: 2025-02-11\n深度求索在DeepSeek-V3的论文中提及，只用了2,048颗H800，训练时长为278.8万GPU小时。\n";
const WRONG: &str =
    "发表时间: 2025-02-11\n深度求索在DeepSeek-V3的论文中提及，只用了4,096颗H800。\n";

#[test]
fn exit_0_when_nothing_is_contradicted_1_when_something_is() {
    let dir = tmp("exit_codes");
    std::fs::write(dir.join("good.txt"), GOOD).unwrap();
    std::fs::write(dir.join("wrong.txt"), WRONG).unwrap();
    let out = dir.join("out");
    let o = run(
        &[
            "check",
            dir.join("good.txt").to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    let o = run(
        &[
            "check",
            dir.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&o), 1, "{}", String::from_utf8_lossy(&o.stderr));
    let o = run(
        &[
            "check",
            dir.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--fail-on",
            "none",
        ],
        None,
    );
    assert_eq!(code(&o), 0);
    // reports and summary were written
    assert!(out.join("wrong.txt.md").is_file());
    assert!(out.join("wrong.txt.json").is_file());
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["documents"], 2);
    assert_eq!(summary["counts"]["contradicted"], 1);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(code(&run(&["check", "--format", "pdf"], None)), 2);
    assert_eq!(code(&run(&["check", "no/such/dir"], None)), 2);
    assert_eq!(code(&run(&["frobnicate"], None)), 2);
}

#[test]
fn stdin_article() {
    let o = run(&["check", "-", "--format", "jsonl"], Some(GOOD.as_bytes()));
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["id"], "-");
    assert_eq!(lines[0]["published"], "2025-02-11");
    assert_eq!(lines[0]["claims"][0]["text"], "2,048颗");
    assert_eq!(lines[0]["claims"][0]["verdict"], "supported");
    assert_eq!(lines[0]["claims"][0]["fact_id"], "F01");
}

#[test]
fn a_broken_article_among_good_ones_loses_nothing() {
    let dir = tmp("broken");
    std::fs::write(dir.join("a.txt"), GOOD).unwrap();
    // bytes that are neither UTF-8 nor a Chinese encoding
    std::fs::write(
        dir.join("b.txt"),
        [0x00u8, 0xff, 0xfe, 0x00, 0x81, 0x00, 0xc3],
    )
    .unwrap();
    std::fs::write(dir.join("c.txt"), WRONG).unwrap();
    let out = dir.join("out");
    let o = run(
        &[
            "check",
            dir.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--format",
            "md,json,jsonl",
        ],
        None,
    );
    assert_eq!(code(&o), 2);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("b.txt"), "error names the file: {err}");
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(out.join("reports.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a.txt", "b.txt", "c.txt"]);
    assert!(lines[1]["error"].as_str().unwrap().contains("b.txt"));
    assert_eq!(lines[0]["claims"][0]["verdict"], "supported");
    assert_eq!(lines[2]["claims"][0]["verdict"], "contradicted");
    // the good reports are the same as when checked alone
    let alone = run(
        &[
            "check",
            dir.join("a.txt").to_str().unwrap(),
            "--format",
            "jsonl",
        ],
        None,
    );
    let alone: serde_json::Value =
        serde_json::from_str(stdout(&alone).lines().next().unwrap()).unwrap();
    assert_eq!(alone["claims"], lines[0]["claims"]);
}

#[test]
fn jsonl_stream_in_order_with_errors_in_place() {
    let good = serde_json::json!({"id": "g1", "text": GOOD}).to_string();
    let dated = serde_json::json!({"id": 7, "text": "DeepSeek-V3只用了2,048颗H800。", "published": "2025-02-11", "url": "https://example.org/a"}).to_string();
    let wrong = serde_json::json!({"id": "w", "text": WRONG}).to_string();
    let input = format!("{good}\n{{not json\n{dated}\n{{\"id\":\"nt\"}}\n\n{wrong}\n");
    let o = run(
        &["check", "--input", "jsonl", "-j", "2"],
        Some(input.as_bytes()),
    );
    assert_eq!(code(&o), 2, "{}", String::from_utf8_lossy(&o.stderr));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<String> = lines.iter().map(|l| l["id"].to_string()).collect();
    assert_eq!(ids, ["\"g1\"", "\"-:2\"", "\"7\"", "\"nt\"", "\"w\""]);
    assert!(
        lines[1]["error"].as_str().unwrap().starts_with("-:2:"),
        "{}",
        lines[1]
    );
    assert!(
        lines[3]["error"].as_str().unwrap().contains("text"),
        "{}",
        lines[3]
    );
    assert_eq!(lines[2]["published"], "2025-02-11");
    assert_eq!(lines[2]["url"], "https://example.org/a");
    assert_eq!(lines[2]["claims"][0]["verdict"], "supported");
    // the same document alone, at any -j, gives the same object
    let alone = run(
        &["check", "--input", "jsonl", "-j", "1"],
        Some(format!("{wrong}\n").as_bytes()),
    );
    let alone: serde_json::Value = serde_json::from_str(stdout(&alone).trim()).unwrap();
    assert_eq!(alone, lines[4]);
}

#[test]
fn extract_reports_every_number_with_its_role() {
    let o = run(
        &["extract", "-"],
        Some(
            "截至1月27日，该应用下载量达260万次，读数为二点五，股票代码600519，Q3毛利率为73%。"
                .as_bytes(),
        ),
    );
    assert_eq!(code(&o), 0);
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    let got: Vec<(&str, &str)> = v["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["text"].as_str().unwrap(), m["role"].as_str().unwrap()))
        .collect();
    assert_eq!(
        got,
        [
            ("1月27日", "frame"),
            ("260万次", "claim"),
            ("二点五", "bare"),
            ("600519", "code"),
            ("Q3", "frame"),
            ("73%", "claim"),
        ]
    );
    // hecha check checks the claims only
    let o = run(
        &["check", "--format", "jsonl", "-"],
        Some("截至1月27日，读数为二点五，股票代码600519。".as_bytes()),
    );
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["claims"].as_array().unwrap().len(), 0, "{v}");
}

#[test]
fn extract_prints_one_line_per_document() {
    let o = run(
        &["extract", "-"],
        Some(
            "发表时间: 2025-02-11\nDeepSeek-R1的训练成本约为600万美元，不到OpenAI o1的十分之一。"
                .as_bytes(),
        ),
    );
    assert_eq!(code(&o), 0);
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    let texts: Vec<&str> = v["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    // the date of the byline is reported as a label, the figures as claims
    assert_eq!(texts, ["2025-02-11", "约为600万美元", "十分之一"]);
    let roles: Vec<&str> = v["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["role"].as_str().unwrap())
        .collect();
    assert_eq!(roles, ["label", "claim", "claim"]);
    assert_eq!(v["mentions"][1]["value"], 6000000);
    assert_eq!(v["mentions"][1]["unit"], "USD");
    assert_eq!(v["mentions"][1]["qualifier"], "approx");
    assert_eq!(v["mentions"][2]["value"], 0.1);
}

#[test]
fn claims_lint_ok_on_the_shipped_db() {
    let o = run(&["claims", "lint"], None);
    assert_eq!(
        code(&o),
        0,
        "{}{}",
        stdout(&o),
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn claims_lint_names_file_line_and_column() {
    let dir = tmp("lint");
    std::fs::write(dir.join("entities.csv"), "id,kind,name_zh,aliases\nDeepSeek-V3,ai_model,DeepSeek-V3,DeepSeek V3|V3模型\nNVIDIA,company,英伟达,英伟达|輝達|V3模型\n").unwrap();
    std::fs::write(dir.join("metrics.csv"), "id,name_zh,unit,kind,entity_kinds,triggers\ntraining_cost,训练成本,USD,money,ai_model,训练成本\nspeed,速度,furlongs,quantity,,快\n").unwrap();
    std::fs::write(
        dir.join("facts.csv"),
        "id,entity,metric,item,period,value,low,high,unit,qualifier,as_of,estimate_by,source_title,source_url,quote,note\n\
F1,DeepSeek-V3,training_cost,,,5576000,,,USD,exact,2024-12-27,,Report,https://arxiv.org/abs/2412.19437,,\n\
F1,DeepSeek-V4,training_cost,,,5.576M,,,USD,roughly,2024-13-01,,,,,\n\
F3,DeepSeek-V3,training_cost,,,\"1,000\",,,USD,exact,2024-12-27,,Report,ftp://x,,\n",
    )
    .unwrap();
    let o = run(&["claims", "lint", dir.to_str().unwrap()], None);
    assert_eq!(code(&o), 2);
    let d = dir.to_str().unwrap();
    // columns are the character column where the field starts (counted by hand)
    let want = [
        format!("{d}/entities.csv:3:20: alias `V3模型` of `NVIDIA` is already an alias of `DeepSeek-V3`"),
        format!("{d}/metrics.csv:3:10: unknown unit `furlongs`"),
        format!("{d}/facts.csv:3:1: duplicate fact id `F1`"),
        format!("{d}/facts.csv:3:4: unknown entity `DeepSeek-V4` (not in entities.csv)"),
        format!("{d}/facts.csv:3:45: unknown qualifier `roughly` (expected one of exact, approx, at_least, at_most, range)"),
        format!("{d}/facts.csv:3:53: cannot parse as_of date `2024-13-01` (expected YYYY-MM-DD)"),
        format!("{d}/facts.csv:3:32: cannot parse number `5.576M` (write plain digits, no separators)"),
        format!("{d}/facts.csv:3:65: fact `F1` has no source title"),
        format!("{d}/facts.csv:3:66: fact `F1` has no source address"),
        format!("{d}/facts.csv:4:32: cannot parse number `1,000` (write plain digits, no separators)"),
        format!("{d}/facts.csv:4:71: source address `ftp://x` is not an http(s) URL"),
    ];
    let got = stdout(&o);
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(lines, want, "\n{got}");
    // the same files saved with CRLF line ends (as spreadsheets save CSV)
    // are named at the same lines and columns
    for f in ["entities.csv", "metrics.csv", "facts.csv"] {
        let t = std::fs::read_to_string(dir.join(f)).unwrap();
        std::fs::write(dir.join(f), t.replace('\n', "\r\n")).unwrap();
    }
    let o = run(&["claims", "lint", d], None);
    assert_eq!(code(&o), 2);
    assert_eq!(stdout(&o), got, "CRLF files are located like LF files");
}

#[test]
fn a_missing_path_is_reported_and_the_others_are_checked() {
    let dir = tmp("missing");
    std::fs::write(dir.join("a.txt"), GOOD).unwrap();
    std::fs::write(dir.join("b.txt"), WRONG).unwrap();
    let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
    let missing = dir.join("missing.txt");
    let o = run(
        &[
            "check",
            a.to_str().unwrap(),
            missing.to_str().unwrap(),
            b.to_str().unwrap(),
            "--format",
            "jsonl",
        ],
        None,
    );
    assert_eq!(code(&o), 2);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(&format!("hecha: {}: No such file", missing.display())),
        "{err}"
    );
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["claims"][0]["verdict"], "supported");
    assert!(lines[1]["error"].as_str().unwrap().contains("missing.txt"));
    assert_eq!(lines[2]["claims"][0]["verdict"], "contradicted");
}

#[test]
fn an_undecodable_byte_is_named_by_line_and_column() {
    let dir = tmp("badbyte");
    let mut utf8 = GOOD.as_bytes().to_vec();
    utf8.extend_from_slice("第三行有".as_bytes());
    utf8.push(0xFF);
    utf8.extend_from_slice("坏字节。\n".as_bytes());
    std::fs::write(dir.join("utf8.txt"), utf8).unwrap();
    let (mut gbk, _, _) =
        encoding_rs::GBK.encode("深度求索在DeepSeek-V3的论文中提及，只用了2,048颗H800。\n第二");
    let mut gbk = gbk.to_mut().clone();
    gbk.extend_from_slice(&[0x81, 0x20]);
    std::fs::write(dir.join("gbk.txt"), gbk).unwrap();
    for (file, want) in [
        ("utf8.txt", "utf8.txt:3:5: invalid UTF-8 byte sequence 0xFF"),
        ("gbk.txt", "gbk.txt:2:3: invalid GBK byte sequence 0x81"),
    ] {
        let p = dir.join(file);
        let o = run(&["check", p.to_str().unwrap(), "--format", "jsonl"], None);
        assert_eq!(code(&o), 2);
        let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
        let e = v["error"].as_str().unwrap();
        assert!(e.ends_with(want), "{e}");
    }
}

#[test]
fn cr_lf_and_crlf_give_the_same_claims_and_lines() {
    let dir = tmp("eol");
    let lf = format!("{GOOD}第二段。\n\n{WRONG}");
    let mut texts = Vec::new();
    for (name, eol) in [("lf", "\n"), ("cr", "\r"), ("crlf", "\r\n")] {
        let p = dir.join(format!("{name}.txt"));
        std::fs::write(&p, lf.replace('\n', eol)).unwrap();
        let o = run(&["check", p.to_str().unwrap(), "--format", "jsonl"], None);
        let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
        let claims: Vec<(String, u64, String)> = v["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["text"].as_str().unwrap().to_string(),
                    c["line"].as_u64().unwrap(),
                    c["verdict"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        assert!(!claims.is_empty());
        texts.push(claims);
    }
    assert_eq!(texts[0], texts[1], "CR");
    assert_eq!(texts[0], texts[2], "CRLF");
}

#[test]
fn a_closed_output_pipe_is_an_error_not_a_panic() {
    let record = serde_json::json!({"id": "x", "text": GOOD}).to_string();
    let input = format!("{record}\n").repeat(3000);
    let mut child = Command::new(bin())
        .current_dir(root())
        .args(["check", "--input", "jsonl", "-j", "1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // the reader goes away before hecha writes
    drop(child.stdout.take());
    let mut stdin = child.stdin.take().unwrap();
    let _ = stdin.write_all(input.as_bytes());
    drop(stdin);
    let o = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(code(&o), 2, "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.contains("standard output was closed"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_symlink_loop_in_a_folder_costs_nothing() {
    let dir = tmp("walk");
    std::fs::write(dir.join("a.txt"), GOOD).unwrap();
    std::os::unix::fs::symlink(".", dir.join("self")).unwrap();
    let fifo = dir.join("b.fifo");
    let made = Command::new("mkfifo").arg(&fifo).status();
    let o = run(&["check", dir.to_str().unwrap(), "--format", "jsonl"], None);
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    if made.is_ok_and(|s| s.success()) {
        assert_eq!(ids, ["a.txt", "b.fifo"]);
        assert!(lines[1]["error"]
            .as_str()
            .unwrap()
            .contains("not a regular file"));
        assert_eq!(code(&o), 2);
    } else {
        assert_eq!(ids, ["a.txt"]);
    }
    assert_eq!(lines[0]["claims"][0]["verdict"], "supported");
}

#[test]
fn invisible_characters_inside_a_number_are_not_read_as_digits() {
    let text =
        "发表时间: 2025-02-11\n深度求索在DeepSeek-V3的论文中提及，只用了2\u{200b},048颗H800。\n";
    let o = run(&["check", "-", "--format", "jsonl"], Some(text.as_bytes()));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["claims"][0]["value"], 2048);
    assert_eq!(v["claims"][0]["verdict"], "supported");
}

#[test]
fn reports_of_articles_with_the_same_name_do_not_overwrite_each_other() {
    let dir = tmp("samename");
    for (sub, text) in [("a", GOOD), ("b", WRONG)] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        std::fs::write(dir.join(sub).join("x.txt"), text).unwrap();
    }
    std::fs::write(dir.join("summary"), GOOD).unwrap();
    let out = dir.join("out");
    let o = run(
        &[
            "check",
            dir.join("a").to_str().unwrap(),
            dir.join("b").to_str().unwrap(),
            dir.join("summary").to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&o), 1);
    let first = std::fs::read_to_string(out.join("x.txt.json")).unwrap();
    let second = std::fs::read_to_string(out.join("x.txt~2.json")).unwrap();
    assert!(first.contains("\"contradicted\": 0") && second.contains("\"contradicted\": 1"));
    let summary = std::fs::read_to_string(out.join("summary.json")).unwrap();
    assert!(summary.contains("\"documents\": 3"), "{summary}");
}

#[test]
fn reports_of_different_formats_do_not_overwrite_each_other() {
    // foo's ClaimReview file and foo.claimreview's JSON report would both
    // be foo.claimreview.json
    let dir = tmp("crossformat");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::write(dir.join("in/foo"), GOOD).unwrap();
    std::fs::write(dir.join("in/foo.claimreview"), WRONG).unwrap();
    let out = dir.join("out");
    let o = run(
        &[
            "check",
            dir.join("in").to_str().unwrap(),
            "--format",
            "json,claimreview",
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&o), 1);
    let review = std::fs::read_to_string(out.join("foo.claimreview.json")).unwrap();
    assert!(review.contains("ClaimReview"), "{review}");
    let other = std::fs::read_to_string(out.join("foo.claimreview~2.json")).unwrap();
    assert!(other.contains("\"id\": \"foo.claimreview\""), "{other}");
}

#[test]
fn a_report_that_cannot_be_written_loses_no_other() {
    let dir = tmp("unwritable");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    let long = format!("{}.txt", "长".repeat(83)); // 253 bytes: its reports' names are longer
    for name in ["a.txt", "b.txt", long.as_str(), "c.txt"] {
        std::fs::write(dir.join("in").join(name), GOOD).unwrap();
    }
    let out = dir.join("out");
    // a folder where b's JSON report would go
    std::fs::create_dir_all(out.join("b.txt.json")).unwrap();
    let o = run(
        &[
            "check",
            dir.join("in").to_str().unwrap(),
            "--format",
            "json,md,claimreview",
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&o), 2);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("b.txt: the report could not be written"),
        "{err}"
    );
    for name in ["a.txt", "c.txt"] {
        assert!(out.join(format!("{name}.json")).is_file(), "{name}");
        assert!(out.join(format!("{name}.md")).is_file(), "{name}");
    }
    // the long name is cut to what the file system takes
    let cut: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('长'))
        .collect();
    assert_eq!(cut.len(), 3, "{cut:?}");
    let summary = std::fs::read_to_string(out.join("summary.json")).unwrap();
    assert!(summary.contains("\"documents\": 4"), "{summary}");
    assert!(out.join("index.html").is_file());
}

#[test]
fn an_output_folder_holding_the_articles_is_refused() {
    let dir = tmp("outisin");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::write(dir.join("in/a.txt"), GOOD).unwrap();
    for out in [dir.join("in"), dir.clone()] {
        let o = run(
            &[
                "check",
                dir.join("in").to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
            ],
            None,
        );
        assert_eq!(code(&o), 2);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("or holds it"), "{err}");
    }
    // a file named is read wherever it lies
    let o = run(
        &[
            "check",
            dir.join("in/a.txt").to_str().unwrap(),
            "--format",
            "json",
            "--out",
            dir.join("in").to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code(&o), 0);
    let summary = std::fs::read_to_string(dir.join("in/summary.json")).unwrap();
    assert!(summary.contains("\"documents\": 1"), "{summary}");
}

#[test]
fn record_errors_say_what_is_wrong_at_the_files_line() {
    let input = "{\"id\":\"a\",\"text\":\"x\",\"published\":\"9999-12-31\"}\n{\"id\":\"b\",\"text\":\"x\"\n";
    let o = run(
        &["check", "--input", "jsonl", "-", "--format", "jsonl", "-q"],
        Some(input.as_bytes()),
    );
    assert_eq!(code(&o), 2);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("-:1: cannot parse \"published\": \"9999-12-31\" (a date between 1900 and 2200 is expected)"), "{err}");
    // (the parser's own position, which counts the record as line 1, is
    // not repeated)
    assert!(
        err.contains("-:2:20: invalid JSON: EOF while parsing an object\n"),
        "{err}"
    );
}

#[test]
fn a_byte_order_mark_before_the_first_record_is_not_an_error() {
    let rec = serde_json::json!({"id": "a", "text": GOOD}).to_string();
    let mut input = vec![0xEF, 0xBB, 0xBF];
    input.extend_from_slice(rec.as_bytes());
    input.push(b'\n');
    let o = run(&["check", "--input", "jsonl"], Some(&input));
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["id"], "a");
    // the error object keeps its documented field order
    let o = run(&["check", "--input", "jsonl"], Some(b"{not json\n"));
    assert!(stdout(&o).starts_with("{\"id\":"), "{}", stdout(&o));
}

#[test]
fn claims_lint_reads_periods_and_ranges() {
    let dir = tmp("lint-periods");
    for f in ["entities.csv", "metrics.csv", "facts.csv"] {
        std::fs::copy(root().join("claims").join(f), dir.join(f)).unwrap();
    }
    let facts = std::fs::read_to_string(dir.join("facts.csv")).unwrap();
    let facts = facts.replacen(
        "MA-008,China,population,,2024-end",
        "MA-008,China,population,,2024-Q9",
        1,
    ) + "X1,China,population,,2024,,1500000000,1400000000,people,range,2025-01-17,,T,https://example.org/x,,,\n"
        + "X2,Llama 3.1 405B,training_gpu_hours_ratio,,,11,,,x,approx,2024-12-26,,T,https://example.org/x,,,Nobody\n";
    std::fs::write(dir.join("facts.csv"), facts).unwrap();
    let o = run(&["claims", "lint", dir.to_str().unwrap()], None);
    assert_eq!(code(&o), 2);
    let out = stdout(&o);
    assert!(out.contains("cannot read period `2024-Q9`"), "{out}");
    assert!(out.contains("low is above high"), "{out}");
    assert!(out.contains("unknown versus entity `Nobody`"), "{out}");
}

#[test]
fn an_article_named_by_an_absolute_path_is_reported_by_its_file_name() {
    let dir = tmp("absolute");
    let article = dir.join("a.txt");
    std::fs::write(&article, GOOD).unwrap();
    let out = dir.join("out");
    let o = run(
        &[
            "check",
            article.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--format",
            "md",
        ],
        None,
    );
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        out.join("a.txt.md").is_file(),
        "report beside the index, not under a copy of the path"
    );
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(index.contains("href=\"a.txt.md\""), "{index}");
}
