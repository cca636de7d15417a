//! The report formats people read and tools ingest: HTML, the index,
//! ClaimReview, SARIF, the baseline diff, the built-in claims database,
//! and byte-identical output trees at any `-j`.

use crate::common::{bin, report, root, settings, tmp, PIPELINE};
use hecha::load::decode;
use hecha::report::{claimreview, html, sarif, Report, Summary};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn hecha(cwd: &Path, args: &[&str]) -> Output {
    Command::new(bin())
        .current_dir(cwd)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("hecha runs")
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exit code")
}

/// The page without its style sheet and script, which are the same on
/// every page: the snapshot is the content.
fn page_content(page: &str) -> String {
    let cut = |s: &str, open: &str, close: &str| -> String {
        match s
            .find(open)
            .and_then(|a| Some((a, a + s[a..].find(close)?)))
        {
            Some((a, b)) => format!("{}{open}…{}", &s[..a], &s[b..]),
            None => s.to_string(),
        }
    };
    cut(&cut(page, "<style>", "</style>"), "<script>", "</script>")
}

#[test]
fn report_html() {
    settings().bind(|| {
        insta::glob!("../corpus", "*.txt", |path| {
            insta::assert_snapshot!(page_content(&html::article(&report(path), "index.html")));
        });
    });
}

#[test]
fn report_claimreview() {
    let o = claimreview::ReviewOptions {
        author: Some("示例新闻".into()),
        url: Some("https://news.example/check/{id}".into()),
        date: None,
    };
    settings().bind(|| {
        insta::glob!("../corpus", "*.txt", |path| {
            insta::assert_snapshot!(claimreview::reviews(&report(path), &o));
        });
    });
}

#[test]
fn a_review_date_dates_every_review() {
    let path = std::path::Path::new("corpus/01-deepseek-training-cost.txt");
    let o = claimreview::ReviewOptions {
        date: Some("2025-03-01".into()),
        ..Default::default()
    };
    let reviews: serde_json::Value =
        serde_json::from_str(&claimreview::reviews(&report(path), &o)).unwrap();
    let reviews = reviews.as_array().unwrap();
    assert!(!reviews.is_empty());
    for r in reviews {
        assert_eq!(r["datePublished"], "2025-03-01");
        // the claim's own date is the article's, not the review's
        assert_eq!(r["itemReviewed"]["datePublished"], "2025-02-11");
    }
    // without one, no review carries a date of its own
    let plain: serde_json::Value = serde_json::from_str(&claimreview::reviews(
        &report(path),
        &claimreview::ReviewOptions::default(),
    ))
    .unwrap();
    assert!(plain
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r.get("datePublished").is_none()));
}

#[test]
fn report_sarif() {
    settings().bind(|| {
        insta::glob!("../corpus", "*.txt", |path| {
            let uri = format!("corpus/{}", path.file_name().unwrap().to_string_lossy());
            insta::assert_snapshot!(sarif::results(&report(path), Some(&uri)).join("\n"));
        });
    });
}

#[test]
fn report_index() {
    let mut summary = Summary::default();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for p in &paths {
        let mut row = report(p).summary_row();
        row.file = Some(row.id.clone());
        summary.add_row(row);
    }
    summary.add(&Report::failed(
        "broken.txt".into(),
        "broken.txt:1:2: binary data (NUL bytes), not an article".into(),
    ));
    settings().bind(|| {
        insta::assert_snapshot!(page_content(&html::index(&summary, Some("html"))));
    });
}

/// Every `<mark …>` of a page: (data-claim, data-verdict, marked text).
fn marks(page: &str) -> Vec<(usize, String, String)> {
    let re = regex::Regex::new(
        r#"<mark id="claim-(\d+)" data-verdict="([a-z]+)" data-claim="(\d+)"[^>]*>(.*?)<span class="sym""#,
    )
    .unwrap();
    re.captures_iter(page)
        .map(|c| {
            assert_eq!(c[1], c[3], "the id and data-claim agree");
            (c[3].parse().unwrap(), c[2].to_string(), c[4].to_string())
        })
        .collect()
}

#[test]
fn every_claim_is_marked_with_its_verdict_and_nothing_is_fetched() {
    let hrefs = regex::Regex::new(r#"href="([^"]*)""#).unwrap();
    for entry in std::fs::read_dir(root().join("corpus")).unwrap() {
        let r = report(&entry.unwrap().path());
        let page = html::article(&r, "index.html");
        let found = marks(&page);
        assert_eq!(found.len(), r.claims.len(), "{}", r.id);
        for (k, verdict, text) in found {
            let c = &r.claims[k];
            assert_eq!(verdict, c.verdict.as_str(), "{} claim {k}", r.id);
            assert_eq!(text, html::escape(&c.text), "{} claim {k}", r.id);
        }
        // one panel per claim, with its source as a link when it has one
        for (k, c) in r.claims.iter().enumerate() {
            let panel_at = page
                .find(&format!("<section class=\"detail\" id=\"detail-{k}\""))
                .unwrap_or_else(|| panic!("{} has no panel for claim {k}", r.id));
            let panel = &page[panel_at..];
            let panel = &panel[..panel.find("</section>").unwrap()];
            if let (Some(t), Some(u)) = (&c.source_title, &c.source_url) {
                assert!(
                    panel.contains(&format!("href=\"{}\"", html::escape(u)))
                        && panel.contains(&html::escape(t)),
                    "{} claim {k}: {panel}",
                    r.id
                );
            }
        }
        // self-contained: nothing loaded from anywhere
        for bad in [
            "src=",
            "@import",
            "url(",
            "<link rel=\"stylesheet\"",
            "<iframe",
        ] {
            assert!(!page.contains(bad), "{} holds {bad}", r.id);
        }
        for h in hrefs.captures_iter(&page) {
            let h = &h[1];
            assert!(
                h.starts_with('#')
                    || h == "index.html"
                    || h == "data:,"
                    || h.starts_with("http://")
                    || h.starts_with("https://"),
                "{}: unexpected address {h}",
                r.id
            );
        }
    }
}

#[test]
fn an_article_holding_markup_shows_it_as_text() {
    let doc = hecha::load::document(
        "<b>x</b>.txt".into(),
        "发表时间: 2025-02-11\n<script>document.title='pwned'</script>\"'&amp;深度求索在DeepSeek-V3的论文中提及，只用了4,096颗H800。<img src=x onerror=alert(1)>\n".into(),
        "UTF-8",
        None,
        Some("javascript:alert(2)".into()),
    );
    let r = PIPELINE.check(&doc);
    assert_eq!(r.claims.len(), 1);
    let page = html::article(&r, "index.html");
    assert_eq!(
        page.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert!(page.contains(
        "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;&quot;&#39;&amp;amp;"
    ));
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(page.contains("&lt;b&gt;x&lt;/b&gt;.txt"));
    assert!(!page.contains("href=\"javascript:"));
    assert!(!page.contains("<img"));
    let mut s = Summary::default();
    s.add(&r);
    s.per_document[0].file = Some(r.id.clone());
    let index = html::index(&s, Some("html"));
    assert!(
        index.contains("href=\"%3Cb%3Ex%3C/b%3E.txt.html\""),
        "{index}"
    );
    assert!(!index.contains("<b>"));
}

/// Percent-decode a URI path.
fn unpercent(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() + 1 {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// The text of `line` (1-based) of a decoded file from UTF-16 column
/// `start` to `end` (1-based, end exclusive).
fn at_columns(text: &str, line: usize, start: usize, end: usize) -> String {
    let l = text.split('\n').nth(line - 1).expect("line exists");
    let l = l.strip_suffix('\r').unwrap_or(l);
    let units: Vec<u16> = l.encode_utf16().collect();
    String::from_utf16(&units[start - 1..end - 1]).expect("columns on character boundaries")
}

/// Run hecha with every format over `args`, from `cwd`, into `out`.
fn run_all(cwd: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "check",
        "--out",
        out.to_str().unwrap(),
        "--format",
        "md,json,jsonl,html,claimreview,sarif",
        "--author",
        "示例新闻",
        "--url",
        "https://news.example/check/{id}",
    ];
    args.extend_from_slice(extra);
    hecha(cwd, &args)
}

fn jsonl_by_id(out: &Path) -> BTreeMap<String, Value> {
    std::fs::read_to_string(out.join("reports.jsonl"))
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (v["id"].as_str().unwrap().to_string(), v)
        })
        .collect()
}

#[test]
fn sarif_has_its_required_fields_and_every_region_points_at_the_claim() {
    // the corpus, and an article with characters outside the BMP (two
    // UTF-16 units each) and CRLF line ends, outside the run folder
    let dir = tmp("sarif");
    std::fs::write(
        dir.join("astral.txt"),
        "发表时间: 2025-02-11\r\n😀😀深度求索在DeepSeek-V3的论文中提及，𠀋只用了4,096颗H800，训练时长为278.8万GPU小时。\r\n",
    )
    .unwrap();
    let out = dir.join("out");
    let o = run_all(
        root(),
        &out,
        &["corpus", dir.join("astral.txt").to_str().unwrap()],
    );
    assert_eq!(code(&o), 1, "{}", String::from_utf8_lossy(&o.stderr));
    let log: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("hecha.sarif")).unwrap()).unwrap();
    assert_eq!(log["version"], "2.1.0");
    assert!(log["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "hecha");
    assert_eq!(run["columnKind"], "utf16CodeUnits");
    let rules: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    for id in [
        "verdict/supported",
        "verdict/contradicted",
        "verdict/misattributed",
        "verdict/unverified",
        "finding/conversion",
        "finding/ratio",
        "finding/total",
        "finding/time_window",
    ] {
        assert!(rules.contains(&id), "rule {id}");
    }
    assert_eq!(run["invocations"][0]["executionSuccessful"], true);
    let reports = jsonl_by_id(&out);
    let results = run["results"].as_array().unwrap();
    let (mut claims, mut findings) = (0, 0);
    for res in results {
        let rule = res["ruleId"].as_str().unwrap();
        assert!(rules.contains(&rule), "{rule}");
        assert!(!res["message"]["text"].as_str().unwrap().is_empty());
        let doc = &reports[res["properties"]["document"].as_str().unwrap()];
        let loc = &res["locations"][0]["physicalLocation"];
        let uri = loc["artifactLocation"]["uri"].as_str().unwrap();
        let path = match uri.strip_prefix("file://") {
            Some(abs) => PathBuf::from(unpercent(abs)),
            None => {
                assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
                root().join(unpercent(uri))
            }
        };
        let (text, _) = decode(&std::fs::read(&path).unwrap()).unwrap();
        let region = &loc["region"];
        let n = |k: &str| region[k].as_u64().unwrap() as usize;
        assert_eq!(n("startLine"), n("endLine"));
        let shown = at_columns(&text, n("startLine"), n("startColumn"), n("endColumn"));
        assert_eq!(shown, region["snippet"]["text"].as_str().unwrap(), "{uri}");
        if let Some(k) = res["properties"]["claim"].as_u64() {
            claims += 1;
            let c = &doc["claims"][k as usize];
            assert_eq!(shown, c["text"].as_str().unwrap(), "{uri} claim {k}");
            assert_eq!(rule, format!("verdict/{}", c["verdict"].as_str().unwrap()));
            let level = res["level"].as_str().unwrap();
            match c["verdict"].as_str().unwrap() {
                "contradicted" | "misattributed" => assert_eq!(level, "error"),
                "unverified" => assert_eq!(level, "note"),
                _ => assert_eq!((level, &res["kind"]), ("none", &Value::from("pass"))),
            }
            if let Some(title) = c["source_title"].as_str() {
                assert!(res["message"]["text"].as_str().unwrap().contains(title));
            }
        } else {
            findings += 1;
            let k = res["properties"]["finding"].as_u64().unwrap() as usize;
            let f = &doc["findings"][k];
            assert_eq!(shown, f["spans"][0]["text"].as_str().unwrap());
            let level = if f["holds"] == true { "none" } else { "error" };
            assert_eq!(res["level"], level);
        }
    }
    let total = |k: &str| -> usize {
        reports
            .values()
            .map(|r| r[k].as_array().map_or(0, Vec::len))
            .sum()
    };
    assert_eq!((claims, findings), (total("claims"), total("findings")));
    // the astral article's figure, after two emoji and a CJK Extension B
    // character, is where SARIF says
    let before = "😀😀深度求索在DeepSeek-V3的论文中提及，𠀋只用了";
    let column = before.encode_utf16().count() + 1;
    assert_eq!(column, 33);
    assert!(results.iter().any(
        |r| r["message"]["text"].as_str().unwrap().contains("4,096颗")
            && r["locations"][0]["physicalLocation"]["region"]["startColumn"] == column
    ));
}

#[test]
fn claimreview_has_its_required_fields_and_quotes_the_claim() {
    let out = tmp("claimreview").join("out");
    let o = run_all(root(), &out, &[]);
    assert_eq!(code(&o), 1, "{}", String::from_utf8_lossy(&o.stderr));
    let mut seen = 0;
    for (id, doc) in jsonl_by_id(&out) {
        let reviews: Value = serde_json::from_str(
            &std::fs::read_to_string(out.join(format!("{id}.claimreview.json"))).unwrap(),
        )
        .unwrap();
        let reviews = reviews.as_array().unwrap();
        let compared: Vec<(usize, &Value)> = doc["claims"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
            .filter(|(_, c)| c["verdict"] != "unverified")
            .collect();
        assert_eq!(reviews.len(), compared.len(), "{id}");
        for (rv, (k, c)) in reviews.iter().zip(compared) {
            seen += 1;
            assert_eq!(rv["@context"], "https://schema.org");
            assert_eq!(rv["@type"], "ClaimReview");
            assert_eq!(rv["identifier"], format!("{id}#claim-{k}"));
            assert_eq!(
                rv["url"],
                format!("https://news.example/check/{id}#claim-{k}")
            );
            assert_eq!(rv["author"]["name"], "示例新闻");
            let reviewed = rv["claimReviewed"].as_str().unwrap();
            assert!(reviewed.contains(c["text"].as_str().unwrap()), "{reviewed}");
            let rating = &rv["reviewRating"];
            assert_eq!(rating["@type"], "Rating");
            assert_eq!(
                (&rating["worstRating"], &rating["bestRating"]),
                (&Value::from(1), &Value::from(3))
            );
            let want = match c["verdict"].as_str().unwrap() {
                "contradicted" => 1,
                "misattributed" => 2,
                _ => 3,
            };
            assert_eq!(rating["ratingValue"], want);
            let verdict = c["verdict"].as_str().unwrap();
            assert!(rating["alternateName"].as_str().unwrap().contains(verdict));
            let why = rating["ratingExplanation"].as_str().unwrap();
            if let Some(t) = c["source_title"].as_str() {
                assert!(why.contains(t), "{why}");
            }
            if let Some(t) = c["reference_text"].as_str() {
                assert!(why.contains(t), "{why}");
            }
            assert_eq!(rv["itemReviewed"]["@type"], "Claim");
            assert_eq!(rv["itemReviewed"]["datePublished"], doc["published"]);
        }
    }
    assert!(seen > 100, "{seen} reviews");
}

#[test]
fn json_lines_records_with_out_get_every_format_and_their_address_appears() {
    let dir = tmp("jsonl-formats");
    let text = std::fs::read_to_string(root().join("corpus/02-deepseek-cost-errors.txt")).unwrap();
    let url = "https://news.example/2025/02/14/cost.html";
    let line = serde_json::json!({"id": "新闻 #1", "text": text, "url": url});
    std::fs::write(dir.join("in.jsonl"), format!("{line}\n")).unwrap();
    let o = hecha(
        &dir,
        &[
            "check",
            "in.jsonl",
            "--input",
            "jsonl",
            "--claims",
            root().join("claims").to_str().unwrap(),
            "--format",
            "jsonl,html,claimreview,sarif",
            "--out",
            "out",
            "--url",
            "https://news.example/check/{id}",
            "-q",
        ],
    );
    assert_eq!(code(&o), 1, "{}", String::from_utf8_lossy(&o.stderr));
    let out = dir.join("out");
    assert_eq!(jsonl_by_id(&out).len(), 1);
    let page = std::fs::read_to_string(out.join("新闻 #1.html")).unwrap();
    assert!(
        page.contains(&format!("<a href=\"{url}\"")),
        "the page links the article"
    );
    let reviews: Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("新闻 #1.claimreview.json")).unwrap(),
    )
    .unwrap();
    let first = &reviews[0];
    assert_eq!(first["itemReviewed"]["appearance"]["url"], url);
    assert_eq!(
        first["url"].as_str().unwrap().split('#').next(),
        Some("https://news.example/check/%E6%96%B0%E9%97%BB%20%231")
    );
    let log: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("hecha.sarif")).unwrap()).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for r in results {
        assert_eq!(
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            url
        );
    }
    assert!(std::fs::read_to_string(out.join("index.html"))
        .unwrap()
        .contains("新闻 #1"));
    // a stream asked for JSON Lines only writes no summary; files always do
    let claims = root().join("claims");
    let claims = claims.to_str().unwrap();
    let jsonl_only = ["--format", "jsonl", "--claims", claims, "-q", "--out"];
    let args = [
        &["check", "in.jsonl", "--input", "jsonl"],
        &jsonl_only[..],
        &["s"],
    ]
    .concat();
    assert_eq!(code(&hecha(&dir, &args)), 1);
    assert!(!dir.join("s/index.html").exists());
    std::fs::write(dir.join("a.txt"), &text).unwrap();
    let args = [&["check", "a.txt"], &jsonl_only[..], &["t"]].concat();
    assert_eq!(code(&hecha(&dir, &args)), 1);
    assert!(dir.join("t/index.html").exists() && dir.join("t/summary.md").exists());
}

/// Every file under `dir`, by relative path, with its bytes.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(
                    p.strip_prefix(dir).unwrap().to_path_buf(),
                    std::fs::read(&p).unwrap(),
                );
            }
        }
    }
    out
}

#[test]
fn output_trees_are_byte_identical_at_any_j() {
    let dir = tmp("determinism");
    let input = dir.join("in");
    std::fs::create_dir_all(input.join("sub")).unwrap();
    for e in std::fs::read_dir(root().join("corpus")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, input.join(p.file_name().unwrap())).unwrap();
    }
    // a nested article, one that cannot be read, one named like the index
    std::fs::copy(
        root().join("corpus/02-deepseek-cost-errors.txt"),
        input.join("sub/02-deepseek-cost-errors.txt"),
    )
    .unwrap();
    std::fs::write(input.join("broken.txt"), [0u8, 0xff, 0xfe, 0, 0x81]).unwrap();
    std::fs::write(
        input.join("index"),
        "发表时间: 2025-02-11\n只用了2,048颗H800。",
    )
    .unwrap();
    let (one, two) = (dir.join("j1"), dir.join("j2"));
    let a = run_all(&dir, &one, &["in", "-j", "1"]);
    let b = run_all(&dir, &two, &["in", "-j", "2"]);
    assert_eq!((code(&a), code(&b)), (2, 2), "a document failed");
    let (ta, tb) = (tree(&one), tree(&two));
    assert_eq!(ta.keys().collect::<Vec<_>>(), tb.keys().collect::<Vec<_>>());
    for (p, bytes) in &ta {
        assert!(
            bytes == &tb[p],
            "{} differs between -j 1 and -j 2",
            p.display()
        );
    }
    assert!(ta.contains_key(Path::new("index.html")));
    assert!(ta.contains_key(Path::new("sub/02-deepseek-cost-errors.txt.html")));
    assert!(
        ta.contains_key(Path::new("index~2.html")),
        "{:?}",
        ta.keys()
    );
    // the index names the failed document and why, and links every report
    let index = String::from_utf8(ta[Path::new("index.html")].clone()).unwrap();
    assert!(index.contains("broken.txt") && index.contains("binary data"));
    assert!(index.contains("href=\"sub/02-deepseek-cost-errors.txt.html\""));
    assert!(index.contains("href=\"index~2.html\""));
    let sub =
        String::from_utf8(ta[Path::new("sub/02-deepseek-cost-errors.txt.html")].clone()).unwrap();
    assert!(sub.contains("href=\"../index.html\""));
}

#[test]
fn baseline_prints_changed_verdicts_and_fails_when_one_got_worse() {
    let dir = tmp("baseline");
    let art = dir.join("a.txt");
    let good = "发表时间: 2025-02-11\n深度求索在DeepSeek-V3的论文中提及，只用了2,048颗H800。另有2,048颗H800闲置。\n";
    std::fs::write(&art, good).unwrap();
    let old = dir.join("old.jsonl");
    let o = hecha(
        &dir,
        &["check", "a.txt", "--format", "jsonl", "--out", "base"],
    );
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    std::fs::copy(dir.join("base/reports.jsonl"), &old).unwrap();
    // the same run: nothing changed
    let o = hecha(
        &dir,
        &["check", "a.txt", "--baseline", "old.jsonl", "--out", "r"],
    );
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    let said = String::from_utf8_lossy(&o.stdout);
    assert!(said.contains("0 claim(s) worse"), "{said}");
    // the first 2,048颗 becomes 4,096颗: worse; the second is still supported
    std::fs::write(&art, good.replacen("2,048颗", "4,096颗", 1)).unwrap();
    let o = hecha(
        &dir,
        &["check", "a.txt", "--baseline", "old.jsonl", "--out", "r"],
    );
    assert_eq!(code(&o), 1, "{}", String::from_utf8_lossy(&o.stderr));
    let said = String::from_utf8_lossy(&o.stdout);
    assert!(
        said.contains("a.txt:2  4,096颗  new: contradicted  WORSE"),
        "{said}"
    );
    assert!(said.contains("2,048颗 (#2)  gone (was "), "{said}");
    // a baseline that is not a jsonl run is named where it breaks
    std::fs::write(&old, "{\"id\":\"a.txt\",\"claims\":[]}\n{oops}\n").unwrap();
    let o = hecha(
        &dir,
        &["check", "a.txt", "--baseline", "old.jsonl", "--out", "r"],
    );
    assert_eq!(code(&o), 2);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("hecha: old.jsonl:2:2: invalid JSON"), "{err}");
}

#[test]
fn without_a_claims_folder_the_built_in_database_is_used_and_can_be_exported() {
    let dir = tmp("anywhere");
    std::fs::write(
        dir.join("a.txt"),
        "发表时间: 2025-02-11\n深度求索在DeepSeek-V3的论文中提及，只用了4,096颗H800。\n",
    )
    .unwrap();
    let o = hecha(&dir, &["check", "a.txt"]);
    assert_eq!(code(&o), 1, "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("built into hecha"), "{err}");
    assert!(dir.join("reports/a.txt.html").is_file());
    assert!(dir.join("reports/index.html").is_file());
    // export: the shipped files, byte for byte
    let o = hecha(&dir, &["claims", "export", "db"]);
    assert_eq!(code(&o), 0, "{}", String::from_utf8_lossy(&o.stderr));
    for f in ["entities.csv", "metrics.csv", "facts.csv"] {
        assert_eq!(
            std::fs::read(dir.join("db").join(f)).unwrap(),
            std::fs::read(root().join("claims").join(f)).unwrap(),
            "{f}"
        );
    }
    // never over a newsroom's own files without --force
    std::fs::write(dir.join("db/facts.csv"), "ours").unwrap();
    let o = hecha(&dir, &["claims", "export", "db"]);
    assert_eq!(code(&o), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("db/entities.csv: already exists"));
    assert_eq!(
        std::fs::read_to_string(dir.join("db/facts.csv")).unwrap(),
        "ours"
    );
    let o = hecha(&dir, &["claims", "export", "db", "--force"]);
    assert_eq!(code(&o), 0);
    assert_ne!(
        std::fs::read_to_string(dir.join("db/facts.csv")).unwrap(),
        "ours"
    );
    // and a ./claims folder, when there is one, wins quietly
    let o = hecha(&dir, &["check", "a.txt", "--claims", "db", "-q"]);
    assert_eq!(code(&o), 1);
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// JSON Lines are written by hand for speed: every corpus report, a failed
/// document and a report holding every character that needs escaping
/// give the same bytes as serde's rendering of the derived `Serialize`.
#[test]
fn json_lines_are_serdes_bytes() {
    let mut reports: Vec<Report> = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .map(|e| report(&e.unwrap().path()))
        .collect();
    assert!(reports.iter().any(|r| !r.findings.is_empty()));
    let mut odd = reports[0].clone();
    let all_ascii: String = (0u8..0x80).map(char::from).collect();
    odd.id = format!("{all_ascii}\u{7f}\u{2028}“引号”");
    odd.url = Some(all_ascii.clone());
    odd.local_currency = Some("TWD（依据“新台幣”）".into());
    for c in &mut odd.claims {
        c.explanation = format!("{}{all_ascii}", c.explanation).into();
        c.error = Some("x\"\\y".into());
    }
    reports.push(odd);
    for r in &reports {
        assert_eq!(
            r.to_json_line(),
            serde_json::to_string(r).unwrap(),
            "{}",
            r.id
        );
    }
    let (id, error) = ("a\"b\n", "bad\tbyte \u{1}");
    assert_eq!(
        Report::failed(id.into(), error.into()).to_json_line(),
        format!(
            "{{\"id\":{},\"error\":{}}}",
            serde_json::to_string(id).unwrap(),
            serde_json::to_string(error).unwrap()
        )
    );
}
