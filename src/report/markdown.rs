//! The Markdown renderings: one article's report (the text with every
//! claim marked, a table of claims, the findings) and the batch summary.

use super::{describe_claim, mark, Coverage, Report, Summary};
use crate::check::Reason;

impl Coverage {
    /// One line for the Markdown reports.
    pub fn markdown(&self) -> String {
        let mut s = format!(
            "数字 {} 个 · 声明 {} 项 · 已判明对象与指标 {} · 已与数据比对 {}",
            self.numbers, self.claims, self.linked, self.checked
        );
        if !self.unverified.is_empty() {
            s.push_str(" · 无从核实：");
            let parts: Vec<String> = Reason::ALL
                .iter()
                .filter_map(|r| self.unverified.get(r).map(|n| format!("{} {n}", r.zh())))
                .collect();
            s.push_str(&parts.join("，"));
        }
        s
    }
}

pub(crate) fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// Markdown: the text with every claim marked, then a table of claims.
pub fn markdown(r: &Report) -> String {
    let mut out = String::new();
    out.push_str(&format!("# 核查报告 · {}\n\n", r.id));
    if let Some(e) = &r.error {
        out.push_str(&format!("**无法核查**：{}\n", e));
        return out;
    }
    out.push_str(&format!(
        "- 编码：{} · 发表日期：{}{}\n",
        r.encoding.unwrap_or("?"),
        r.published.as_deref().unwrap_or("未知"),
        match r.published_from {
            Some("field") => "（输入字段）",
            Some("text") => "（正文所载）",
            Some("url") => "（网址所载）",
            Some("file_name") => "（文件名所载）",
            _ => "（文中未见发表日期：随时间变化的数据不能否定本文）",
        }
    ));
    if let Some(cur) = &r.local_currency {
        out.push_str(&format!(
            "- 文中的“元”按 {cur} 计
"
        ));
    }
    let c = &r.counts;
    out.push_str(&format!(
        "- 数字声明 {} 项：✓ 相符 {} · ✗ 不符 {} · ⇄ 张冠李戴 {} · ? 无从核实 {}\n",
        c.claims, c.supported, c.contradicted, c.misattributed, c.unverified
    ));
    out.push_str(&format!("- 覆盖：{}\n", r.coverage.markdown()));
    if c.findings > 0 {
        out.push_str(&format!(
            "- 文内核算 {} 项：✓ 成立 {} · ✗ 不成立 {}\n",
            c.findings,
            c.findings - c.findings_failed,
            c.findings_failed
        ));
    }
    out.push('\n');
    out.push_str("## 正文\n\n");
    let mut pos = 0usize;
    let mut body = String::new();
    for (k, cl) in r.claims.iter().enumerate() {
        if cl.start < pos || cl.end > r.text.len() {
            continue;
        }
        body.push_str(&r.text[pos..cl.start]);
        body.push_str(&format!(
            "**{}**〔{}{}〕",
            &r.text[cl.start..cl.end],
            k + 1,
            mark(cl.verdict)
        ));
        pos = cl.end;
    }
    body.push_str(&r.text[pos..]);
    for line in body.lines() {
        let l = line.trim();
        if l.is_empty() {
            continue;
        }
        out.push_str("> ");
        out.push_str(l);
        out.push_str("\n>\n");
    }
    out.push_str("\n## 声明\n\n");
    out.push_str("| # | 行 | 原文 | 数值 | 对象 · 指标 | 结论 | 参考值 | 差异 | 说明 | 来源 |\n");
    out.push_str("|---|---|---|---|---|---|---|---|---|---|\n");
    for (k, cl) in r.claims.iter().enumerate() {
        let about = match (&cl.entity, &cl.metric) {
            (Some(e), Some(m)) => format!("{e} · {m}"),
            (None, Some(m)) => format!("? · {m}"),
            _ => "—".into(),
        };
        let source = match (&cl.source_title, &cl.source_url) {
            (Some(t), Some(u)) => format!(
                "[{}]({}) ({})",
                cell(t),
                u,
                cl.fact_id.as_deref().unwrap_or("")
            ),
            _ => "—".into(),
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} {} | {} | {} | {} | {} |\n",
            k + 1,
            cl.line,
            cell(&cl.text),
            cell(&describe_claim(cl)),
            cell(&about),
            mark(cl.verdict),
            match cl.reason {
                Some(r) => format!("{}（{}）", cl.verdict.as_str(), r.zh()),
                None => cl.verdict.as_str().to_string(),
            },
            cell(cl.reference_text.as_deref().unwrap_or("—")),
            cl.difference_pct
                .as_ref()
                .map(|d| format!("{d}%"))
                .unwrap_or_else(|| "—".into()),
            cell(&cl.explanation),
            source
        ));
    }
    if !r.findings.is_empty() {
        out.push_str("\n## 文内核算\n\n| 类型 | 结论 | 涉及 | 说明 |\n|---|---|---|---|\n");
        for f in &r.findings {
            let spans: Vec<String> = f.spans.iter().map(|s| cell(&s.text)).collect();
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                f.kind.zh(),
                f.outcome_zh(),
                spans.join(" · "),
                cell(&f.explanation)
            ));
        }
    }
    out
}

impl Summary {
    /// Markdown table of the batch.
    pub fn markdown(&self) -> String {
        let c = &self.counts;
        let mut out = format!(
            "# 核查汇总\n\n{} 篇文章 · {} 项声明 · ✓ {} · ✗ {} · ⇄ {} · ? {} · 错误 {}\n\n覆盖：{}\n\n| 文章 | 声明 | ✓ | ✗ | ⇄ | ? | 错误 |\n|---|---|---|---|---|---|---|\n",
            self.documents,
            c.claims,
            c.supported,
            c.contradicted,
            c.misattributed,
            c.unverified,
            self.errors,
            self.coverage.markdown()
        );
        for r in &self.per_document {
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} | {} |\n",
                cell(&r.id),
                r.counts.claims,
                r.counts.supported,
                r.counts.contradicted,
                r.counts.misattributed,
                r.counts.unverified,
                r.error.as_deref().map(cell).unwrap_or_default()
            ));
        }
        out
    }
}
