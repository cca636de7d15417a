//! The HTML renderings: one self-contained page per article, and the batch
//! index (`index.html`).
//!
//! A page opens from disk and fetches nothing: its style and its few lines
//! of script are inline, it names no font, image or other file. Everything
//! that comes from the input (the text, ids, explanations, the database's
//! titles, quotes and addresses) goes through [`escape`], so an article
//! holding `<script>` shows it as text; a source address is a link only
//! when it is `http:` or `https:`.
//!
//! Each claim of the text is a `<mark data-verdict="…" data-claim="N">`,
//! `N` its index in the JSON `claims` array, with the verdict's symbol
//! beside it (✓ ✗ ⇄ ?) and its own border style, so that the verdicts read
//! apart in greyscale and for colour-blind readers, not by colour alone.
//! Selecting one (click, or Enter on the focused mark) shows its detail
//! panel; without script, every panel is shown under the text.

use super::{describe_claim, iso_date, mark, Claim, Report, Summary, SummaryRow};
use crate::check::Verdict;
use std::fmt::Write;

/// The text with `&`, `<`, `>`, `"` and `'` replaced by entities: safe in
/// element content and in quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The Chinese name of a verdict, as the Markdown reports say it.
pub fn verdict_zh(v: Verdict) -> &'static str {
    match v {
        Verdict::Supported => "相符",
        Verdict::Contradicted => "不符",
        Verdict::Misattributed => "张冠李戴",
        Verdict::Unverified => "无从核实",
    }
}

/// The verdicts in the order reports list them.
const VERDICTS: [Verdict; 4] = [
    Verdict::Supported,
    Verdict::Contradicted,
    Verdict::Misattributed,
    Verdict::Unverified,
];

const STYLE: &str = r#"
:root{--ok:#007a5a;--bad:#c0392b;--mis:#8e44ad;--unk:#5d6d7e;--bg:#fff;--fg:#1b1b1b;--muted:#5f6368;--line:#d0d4d9}
*{box-sizing:border-box}
body{margin:0;font:16px/1.7 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--fg);background:var(--bg)}
header,footer{padding:1rem 1.5rem;border-bottom:1px solid var(--line)}
footer{border-top:1px solid var(--line);border-bottom:0;color:var(--muted);font-size:.85rem}
h1{font-size:1.35rem;margin:.2rem 0 .5rem}
h2{font-size:1.1rem;margin:1.2rem 0 .5rem}
.meta,.coverage{margin:.2rem 0;color:var(--muted)}
.counts{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:.5rem 0}
.counts li{padding:.1rem .6rem;border-radius:1rem}
.layout{display:grid;grid-template-columns:minmax(12rem,16rem) minmax(0,1fr) minmax(16rem,24rem);gap:1rem;padding:1rem 1.5rem}
@media (max-width:60rem){.layout{grid-template-columns:1fr}}
nav ol{list-style:none;padding:0;margin:0;max-height:80vh;overflow:auto}
nav li a{display:block;padding:.15rem .4rem;text-decoration:none;color:inherit;border-left:4px solid transparent}
nav li a.selected{background:#eef2f7;border-left-color:var(--fg)}
.text{white-space:pre-wrap;word-wrap:break-word;font-size:1.05rem;line-height:2}
mark{background:none;color:inherit;cursor:pointer;padding:0 .1rem;border-radius:.2rem}
mark:focus{outline:3px solid #1a73e8;outline-offset:1px}
mark.selected{box-shadow:0 0 0 3px #1a73e8}
.sym{font-size:.75em;font-weight:700;vertical-align:super;margin-left:.1rem}
[data-verdict=supported]{--c:var(--ok)}
[data-verdict=contradicted]{--c:var(--bad)}
[data-verdict=misattributed]{--c:var(--mis)}
[data-verdict=unverified]{--c:var(--unk)}
mark[data-verdict]{border-bottom:3px solid var(--c);background:color-mix(in srgb,var(--c) 12%,transparent)}
mark[data-verdict=contradicted]{border-bottom-style:double;border-bottom-width:4px;font-weight:700}
mark[data-verdict=misattributed]{border-bottom-style:dashed}
mark[data-verdict=unverified]{border-bottom-style:dotted}
.sym,.v{color:var(--c)}
.counts li[data-verdict]{border:2px solid var(--c)}
.panel{position:sticky;top:1rem;align-self:start}
.detail{border:2px solid var(--c,var(--line));border-radius:.4rem;padding:.6rem .9rem;margin-bottom:1rem}
.detail h3{margin:.1rem 0 .4rem;font-size:1rem}
.detail dl{display:grid;grid-template-columns:auto 1fr;gap:.15rem .8rem;margin:0}
.detail dt{color:var(--muted)}
.detail .ids{color:var(--muted);font-size:.85em}
.detail dd{margin:0;overflow-wrap:anywhere}
blockquote{margin:.2rem 0;padding-left:.6rem;border-left:3px solid var(--line);color:var(--muted)}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f5f7}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.worst td:first-child{border-left:4px solid var(--bad)}
.holds-false{color:var(--bad);font-weight:700}
.holds-true{color:var(--ok)}
section.block{padding:0 1.5rem 1rem}
@media print{.panel{position:static}nav{display:none}}
"#;

const SCRIPT: &str = r#"
(function(){
  var marks = document.querySelectorAll('mark[data-claim]');
  var links = document.querySelectorAll('nav a[data-claim]');
  var details = document.querySelectorAll('.detail[data-claim]');
  var hint = document.getElementById('hint');
  function select(n, scroll) {
    details.forEach(function(d){ d.hidden = d.getAttribute('data-claim') !== n; });
    marks.forEach(function(m){
      var on = m.getAttribute('data-claim') === n;
      m.classList.toggle('selected', on);
      m.setAttribute('aria-pressed', on ? 'true' : 'false');
      if (on && scroll) { m.scrollIntoView({block: 'center'}); m.focus({preventScroll: true}); }
    });
    links.forEach(function(a){ a.classList.toggle('selected', a.getAttribute('data-claim') === n); });
    if (hint) { hint.hidden = true; }
  }
  details.forEach(function(d){ d.hidden = true; });
  marks.forEach(function(m){
    m.addEventListener('click', function(){ select(m.getAttribute('data-claim'), false); });
    m.addEventListener('keydown', function(e){
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(m.getAttribute('data-claim'), false); }
    });
  });
  links.forEach(function(a){
    a.addEventListener('click', function(e){ e.preventDefault(); select(a.getAttribute('data-claim'), true);
      history.replaceState(null, '', '#claim-' + a.getAttribute('data-claim')); });
  });
  var m = /^#claim-(\d+)$/.exec(location.hash);
  if (m) { select(m[1], true); }
})();
"#;

fn head(out: &mut String, title: &str) {
    out.push_str("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // nothing may be fetched: no network, not even a favicon
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
    out.push_str("<link rel=\"icon\" href=\"data:,\">\n");
    let _ = write!(
        out,
        "<title>{}</title>\n<style>{STYLE}</style>\n",
        escape(title)
    );
    out.push_str("</head>\n<body>\n");
}

/// A source address as a link when it is a web address, else as text.
fn source_link(title: &str, url: Option<&str>) -> String {
    match url {
        Some(u) if u.starts_with("https://") || u.starts_with("http://") => format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">{}</a>",
            escape(u),
            escape(title)
        ),
        Some(u) => format!("{} ({})", escape(title), escape(u)),
        None => escape(title),
    }
}

fn counts_list(out: &mut String, counts: &super::Counts) {
    out.push_str("<ul class=\"counts\">");
    for v in VERDICTS {
        let _ = write!(
            out,
            "<li data-verdict=\"{}\"><span class=\"v\">{}</span> {} {}</li>",
            v.as_str(),
            mark(v),
            verdict_zh(v),
            counts.of(v)
        );
    }
    if counts.findings > 0 {
        let _ = write!(
            out,
            "<li>文内核算 {}：✓ 成立 {} · ✗ 不成立 {}</li>",
            counts.findings,
            counts.findings - counts.findings_failed,
            counts.findings_failed
        );
    }
    out.push_str("</ul>\n");
}

/// The page of one article. `index` is the relative address of the batch
/// index, for the link back to it (`index.html`, `../index.html`).
pub fn article(r: &Report, index: &str) -> String {
    let mut out = String::new();
    head(&mut out, &format!("核查报告 · {}", r.id));
    out.push_str("<header>\n");
    let _ = writeln!(
        out,
        "<p class=\"meta\"><a href=\"{}\">← 核查汇总</a></p>",
        escape(index)
    );
    let _ = writeln!(out, "<h1>核查报告 · {}</h1>", escape(&r.id));
    if let Some(e) = &r.error {
        let _ = writeln!(
            out,
            "<p class=\"error\"><strong>无法核查</strong>：{}</p>\n</header>\n</body>\n</html>",
            escape(e)
        );
        return out;
    }
    let _ = writeln!(
        out,
        "<p class=\"meta\">编码：{} · 发表日期：{}{}{}</p>",
        escape(r.encoding.unwrap_or("?")),
        escape(r.published.as_deref().unwrap_or("未知")),
        match r.published_from {
            Some("field") => "（输入字段）",
            Some("text") => "（正文所载）",
            Some("url") => "（网址所载）",
            Some("file_name") => "（文件名所载）",
            _ => "（文中未见发表日期：随时间变化的数据不能否定本文）",
        },
        match &r.url {
            Some(u) => format!(" · 原文：{}", source_link(u, Some(u))),
            None => String::new(),
        }
    );
    if let Some(cur) = &r.local_currency {
        let _ = writeln!(out, "<p class=\"meta\">文中的“元”按 {} 计</p>", escape(cur));
    }
    let _ = writeln!(out, "<p class=\"meta\">数字声明 {} 项</p>", r.counts.claims);
    counts_list(&mut out, &r.counts);
    let _ = writeln!(
        out,
        "<p class=\"coverage\">覆盖：{}</p>",
        escape(&r.coverage.markdown())
    );
    out.push_str("</header>\n<div class=\"layout\">\n");

    // the side list
    out.push_str("<nav aria-label=\"声明列表\">\n<h2>声明</h2>\n<ol>\n");
    for (k, c) in r.claims.iter().enumerate() {
        let _ = writeln!(
            out,
            "<li><a href=\"#claim-{k}\" data-claim=\"{k}\" data-verdict=\"{}\"><span class=\"v\">{}</span> {}. {}</a></li>",
            c.verdict.as_str(),
            mark(c.verdict),
            k + 1,
            escape(&c.text)
        );
    }
    out.push_str("</ol>\n</nav>\n");

    // the text, every claim marked
    out.push_str("<main>\n<h2>正文</h2>\n<div class=\"text\">");
    let mut pos = 0usize;
    for (k, c) in r.claims.iter().enumerate() {
        // claims are in text order; one that overlaps the one before keeps
        // its mark (on what is left of it), so that every claim has one
        let start = c.start.max(pos);
        let end = c.end.max(start);
        let (Some(before), Some(inside)) = (r.text.get(pos..start), r.text.get(start..end)) else {
            continue;
        };
        out.push_str(&escape(before));
        let _ = write!(
            out,
            "<mark id=\"claim-{k}\" data-verdict=\"{v}\" data-claim=\"{k}\" tabindex=\"0\" role=\"button\" aria-pressed=\"false\" title=\"{n}. {zh}\">{}<span class=\"sym\" aria-label=\"{zh}\">{m}{n}</span></mark>",
            escape(inside),
            v = c.verdict.as_str(),
            zh = verdict_zh(c.verdict),
            m = mark(c.verdict),
            n = k + 1,
        );
        pos = end;
    }
    out.push_str(&escape(r.text.get(pos..).unwrap_or("")));
    out.push_str("</div>\n</main>\n");

    // the details, one panel per claim
    out.push_str("<aside class=\"panel\" aria-live=\"polite\">\n");
    if !r.claims.is_empty() {
        out.push_str("<p id=\"hint\" class=\"meta\">选择文中标出的数字（点击，或以 Tab 键移到数字上按 Enter），查看核查详情。</p>\n");
    }
    for (k, c) in r.claims.iter().enumerate() {
        detail(&mut out, r, k, c);
    }
    out.push_str("</aside>\n</div>\n");

    if !r.findings.is_empty() {
        out.push_str("<section class=\"block\">\n<h2>文内核算</h2>\n<table>\n<thead><tr><th>类型</th><th>结论</th><th>涉及</th><th>说明</th></tr></thead>\n<tbody>\n");
        for f in &r.findings {
            let spans: Vec<String> = f.spans.iter().map(|s| escape(&s.text)).collect();
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"holds-{}\">{}</td><td>{}</td><td>{}</td></tr>",
                f.kind.zh(),
                f.holds,
                f.outcome_zh(),
                spans.join(" · "),
                escape(&f.explanation)
            );
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }
    out.push_str(
        "<footer>hecha 核查报告 · 标记：✓ 相符（实线）· ✗ 不符（双线、粗体）· ⇄ 张冠李戴（虚线）· ? 无从核实（点线）</footer>\n",
    );
    out.push_str("<noscript><style>.detail[hidden]{display:block}</style></noscript>\n");
    let _ = write!(out, "<script>{SCRIPT}</script>\n</body>\n</html>\n");
    out
}

/// The detail panel of claim `k`.
fn detail(out: &mut String, r: &Report, k: usize, c: &Claim) {
    let _ = writeln!(
        out,
        "<section class=\"detail\" id=\"detail-{k}\" data-claim=\"{k}\" data-verdict=\"{}\">",
        c.verdict.as_str()
    );
    let _ = writeln!(
        out,
        "<h3><span class=\"v\">{}</span> 声明 {} · {}（{}）</h3>\n<dl>",
        mark(c.verdict),
        k + 1,
        verdict_zh(c.verdict),
        c.verdict.as_str()
    );
    let row = |out: &mut String, name: &str, html: String| {
        let _ = writeln!(out, "<dt>{name}</dt><dd>{html}</dd>");
    };
    row(
        out,
        "原文",
        format!("{}（第 {} 行）", escape(&c.text), c.line),
    );
    row(out, "文中数值", escape(&describe_claim(c)));
    let ids = match (&c.entity, &c.metric) {
        (Some(e), Some(m)) => format!("{e} · {m}"),
        (None, Some(m)) => format!("? · {m}"),
        (Some(e), None) => format!("{e} · ?"),
        (None, None) => "—".into(),
    };
    // the names an editor reads, the database's ids beside them
    let about = match &c.about_zh {
        Some(zh) => format!(
            "{}<span class=\"ids\">（{}）</span>",
            escape(zh),
            escape(&ids)
        ),
        None => escape(&ids),
    };
    row(out, "对象 · 指标", about);
    if let Some(t) = &c.time {
        row(out, "时间", escape(t));
    }
    if let Some(reference) = &c.reference_in_unit {
        // converted from another currency: the database's own wording too
        let db = c
            .reference_text
            .as_deref()
            .filter(|t| t != reference)
            .map(|t| format!("（数据库：{}）", escape(t)))
            .unwrap_or_default();
        row(out, "参考值", format!("{}{db}", escape(reference)));
    }
    if let Some(d) = &c.difference_pct {
        row(out, "差异", format!("{}%", escape(&d.to_string())));
    }
    if let Some(x) = &c.exchange_rate {
        row(out, "汇率", escape(x));
    }
    if let Some(reason) = c.reason {
        row(
            out,
            "原因",
            format!("{}（{}）", reason.zh(), reason.as_str()),
        );
    }
    row(out, "说明", escape(&c.explanation));
    if let Some(title) = &c.source_title {
        let id = c
            .fact_id
            .as_deref()
            .map(|f| format!("（{}）", escape(f)))
            .unwrap_or_default();
        row(
            out,
            "来源",
            format!("{}{id}", source_link(title, c.source_url.as_deref())),
        );
    }
    if let Some(by) = &c.estimate_by {
        row(out, "估计方", escape(by));
    }
    if let Some(d) = &c.source_date {
        row(out, "来源日期", escape(&iso_date(*d)));
    }
    if let Some(q) = &c.quote {
        row(
            out,
            "来源原话",
            format!("<blockquote>{}</blockquote>", escape(q)),
        );
    }
    let involved: Vec<String> = r
        .findings
        .iter()
        .filter(|f| f.spans.iter().any(|s| s.start < c.end && c.start < s.end))
        .map(|f| {
            format!(
                "<li><span class=\"holds-{}\">{} {}</span> {}</li>",
                f.holds,
                f.kind.zh(),
                f.outcome_zh(),
                escape(&f.explanation)
            )
        })
        .collect();
    if !involved.is_empty() {
        row(out, "文内核算", format!("<ul>{}</ul>", involved.concat()));
    }
    if let Some(e) = &c.error {
        row(out, "错误", escape(e));
    }
    out.push_str("</dl>\n</section>\n");
}

/// The batch index: totals, one row per article (worst first) with its
/// counts and a link to its report (`<file>.<ext>`, `ext` the best format
/// written, `html` or `md`), and the documents that failed with why.
pub fn index(s: &Summary, ext: Option<&str>) -> String {
    let mut out = String::new();
    head(&mut out, "核查汇总");
    out.push_str("<header>\n<h1>核查汇总</h1>\n");
    let c = &s.counts;
    let _ = writeln!(
        out,
        "<p class=\"meta\">{} 篇文章 · {} 项声明 · 错误 {}</p>",
        s.documents, c.claims, s.errors
    );
    counts_list(&mut out, c);
    let _ = writeln!(
        out,
        "<p class=\"coverage\">覆盖：{}</p>\n</header>",
        escape(&s.coverage.markdown())
    );
    let rows = s.worst_first();
    out.push_str("<section class=\"block\">\n<h2>文章（问题最多的在前）</h2>\n<table>\n<thead><tr><th>文章</th><th>声明</th>");
    for v in VERDICTS {
        let _ = write!(
            out,
            "<th data-verdict=\"{}\" title=\"{}\"><span class=\"v\">{}</span> {}</th>",
            v.as_str(),
            v.as_str(),
            mark(v),
            verdict_zh(v)
        );
    }
    out.push_str("<th>文内核算</th><th>不成立</th><th>已比对</th></tr></thead>\n<tbody>\n");
    for r in &rows {
        let link = match (&r.file, ext) {
            (Some(f), Some(ext)) => format!(
                "<a href=\"{}\">{}</a>",
                escape(&href(&format!("{f}.{ext}"))),
                escape(&r.id)
            ),
            _ => escape(&r.id),
        };
        let worst = r.counts.contradicted + r.counts.misattributed + r.counts.findings_failed > 0;
        let _ = write!(
            out,
            "<tr{}><td>{link}</td><td class=\"n\">{}</td>",
            if worst { " class=\"worst\"" } else { "" },
            r.counts.claims
        );
        for v in VERDICTS {
            let _ = write!(
                out,
                "<td class=\"n\" data-verdict=\"{}\">{}</td>",
                v.as_str(),
                r.counts.of(v)
            );
        }
        let _ = writeln!(
            out,
            "<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            r.counts.findings, r.counts.findings_failed, r.coverage.checked
        );
    }
    let _ = write!(out, "<tr><th>合计</th><th class=\"n\">{}</th>", c.claims);
    for v in VERDICTS {
        let _ = write!(out, "<th class=\"n\">{}</th>", c.of(v));
    }
    let _ = writeln!(
        out,
        "<th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th></tr>",
        c.findings, c.findings_failed, s.coverage.checked
    );
    out.push_str("</tbody>\n</table>\n</section>\n");
    let failed: Vec<&SummaryRow> = s
        .per_document
        .iter()
        .filter(|r| r.error.is_some())
        .collect();
    if !failed.is_empty() {
        let _ = writeln!(
            out,
            "<section class=\"block\" id=\"failed\">\n<h2>无法核查的文件（{}）</h2>\n<table>\n<thead><tr><th>文件</th><th>原因</th></tr></thead>\n<tbody>",
            failed.len()
        );
        for r in failed {
            let _ = writeln!(
                out,
                "<tr class=\"worst\"><td>{}</td><td>{}</td></tr>",
                escape(&r.id),
                escape(r.error.as_deref().unwrap_or(""))
            );
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }
    out.push_str("<footer>hecha 核查汇总 · summary.md 与 summary.json 为同一汇总</footer>\n</body>\n</html>\n");
    out
}

/// A relative file name as a URL path: every byte outside the unreserved
/// set and `/` percent-encoded (names may hold spaces, `#`, `%`, Chinese).
pub fn href(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_everything_markup_could_hide_in() {
        assert_eq!(
            escape(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert!(source_link("t", Some("https://a.example/x?a=1&b=2"))
            .contains("href=\"https://a.example/x?a=1&amp;b=2\""));
        assert!(!source_link("t", Some("javascript:alert(1)")).contains("href"));
    }

    #[test]
    fn file_names_are_percent_encoded() {
        assert_eq!(href("sub/a b#1.txt.html"), "sub/a%20b%231.txt.html");
        assert_eq!(href("新闻.txt.html"), "%E6%96%B0%E9%97%BB.txt.html");
    }
}
