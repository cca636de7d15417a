//! Which of the database's dates a written date can be, by the words
//! around it: a date heading its sentence is the time of the clause after
//! it (2025年1月20日，DeepSeek发布R1), a date before 发布的报告 is the
//! document's, and a date a clause gives to a paper is none of the
//! database's.

use super::{Doc, Figure};

/// A date right before the release of a document (在1月31日发布的报告中,
/// 2月26日公布的财报显示) is the document's date, not a launch of what the
/// sentence names: the dates of releases and launches are dropped.
pub(super) fn narrow_document_date(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const RELEASED: &[&str] = &[
        "发布的",
        "發布的",
        "發佈的",
        "公布的",
        "公佈的",
        "发表的",
        "發表的",
        "发出的",
        "發出的",
        "出具的",
        "推出的",
    ];
    const DOCUMENTS: &[&str] = &[
        "报告",
        "報告",
        "研报",
        "研報",
        "报道",
        "報導",
        "報道",
        "文章",
        "论文",
        "論文",
        "声明",
        "聲明",
        "公告",
        "白皮书",
        "白皮書",
        "博文",
        "帖子",
        "贴文",
        "貼文",
        "财报",
        "財報",
        "新闻稿",
        "新聞稿",
        "数据",
        "數據",
        "文件",
        "通知",
        "调查",
        "調查",
        "统计",
        "統計",
        "博客",
        "网志",
        "網誌",
    ];
    if fig.m.kind != crate::extract::Kind::Date {
        return;
    }
    let after = doc.text[fig.m.end..].trim_start();
    let Some(rest) = RELEASED.iter().find_map(|w| after.strip_prefix(w)) else {
        return;
    };
    // (the document word may come after a short name of it, 发布的R1论文,
    // 发布的技术报告; not 数据 in 数据中心, a data centre's chip)
    let head: String = rest
        .chars()
        .take_while(|c| !c.is_ascii_punctuation() && !"，。；：、（）“”「」".contains(*c))
        .take(10)
        .collect();
    let names_document = DOCUMENTS.iter().any(|d| {
        head.match_indices(d).any(|(i, _)| {
            let after = &head[i + d.len()..];
            head[..i].chars().count() <= 6
                && !head[..i].contains('的')
                && !after.starts_with("中心")
        })
    });
    if !names_document {
        return;
    }
    let id = |mi: usize| doc.db.metrics[mi].id.as_str();
    cands.retain(|&(mi, _)| {
        !matches!(
            id(mi),
            "release_date" | "preview_release_date" | "launch_date" | "announcement_date"
        )
    });
}

/// A date or span of months right before the data it is the period of
/// (随1—2月数据公布, 2024年12月份的统计数据, 前三季度經濟數據) dates no event:
/// no metric of a date (a holiday, a release) is it.
pub(super) fn narrow_period_of_data(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const DATA: &[&str] = &[
        "数据",
        "數據",
        "资料",
        "資料",
        "统计数据",
        "統計數據",
        "经济数据",
        "經濟數據",
    ];
    /// What follows 数据 in words that are not the data themselves (数据中心,
    /// 数据与权重, 数据库).
    const NOT_DATA: &[char] = &[
        '中', '与', '與', '和', '及', '、', '权', '權', '库', '庫', '集',
    ];
    if fig.m.kind != crate::extract::Kind::Date {
        return;
    }
    let after = &doc.text[fig.m.end..];
    let after = after.strip_prefix('份').unwrap_or(after);
    let after = after.strip_prefix('的').unwrap_or(after);
    let data = DATA.iter().find_map(|w| after.strip_prefix(w));
    if data.is_some_and(|rest| !rest.starts_with(NOT_DATA)) {
        cands.retain(|&(mi, _)| doc.db.metrics[mi].kind != "date");
    }
}

/// A date its clause gives to a paper (1月22日为论文在arXiv上线日期) is
/// none of the database's: it holds no paper's date.
pub(super) fn narrow_paper_date(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const PAPER: &[&str] = &["论文", "論文", "arXiv", "arxiv", "预印本", "預印本"];
    let clause = &doc.text[fig.cl_start..fig.cl_end];
    if fig.m.kind == crate::extract::Kind::Date && PAPER.iter().any(|w| clause.contains(w)) {
        cands.clear();
    }
}

/// A line's lead without the bullet or number of a list item before it
/// (`·`, `•`, `-`, `*`, `1.`, `(1)`, `一、`, with the spaces after it).
fn without_bullet(lead: &str) -> &str {
    const BULLETS: &[char] = &[
        '·', '•', '●', '○', '■', '□', '◆', '◇', '▪', '▶', '►', '-', '—', '*', '・', '‧', '※',
    ];
    let rest = lead.trim_start_matches(BULLETS);
    let rest = if rest.len() < lead.len() {
        rest
    } else {
        // a number and its mark (1. 1、 (1) （一） 一、)
        let open = rest.trim_start_matches(['(', '（']);
        let digits = open.trim_start_matches(|c: char| {
            c.is_ascii_digit() || crate::extract::numeral::chinese_digit(c).is_some() || c == '十'
        });
        if digits.len() < open.len() {
            digits
                .strip_prefix(['.', '．', '、', ')', '）'])
                .unwrap_or(rest)
        } else {
            rest
        }
    };
    rest.trim_start()
}

/// Words of a time to come before a head date's verb.
const FUTURE: &[&str] = &[
    "将于",
    "將於",
    "将在",
    "將在",
    "拟于",
    "擬於",
    "计划于",
    "計劃於",
    "准备",
    "準備",
    "预计",
    "預計",
    "即将",
    "即將",
    "下月",
    "下个月",
    "下個月",
    "明年",
    "下周",
    "下週",
];

/// Whether what the verb ending at `from` released, up to `to`, is
/// qualified by 的 and is no thing the database names (发布了V3的技术报告,
/// 发布新一代的芯片), or is built on another release (发布基于V3的R1: the
/// date is not V3's). A name right after the last 的, with no release
/// named before it, is what was released (发布面向中国市场的H800).
fn of_something_unnamed(doc: &Doc, from: usize, to: usize) -> bool {
    const RELEASES: &[&str] = &["ai_model", "ai_product", "app", "chip"];
    let clause = &doc.text[from.min(to)..to];
    let Some(de) = clause.rfind('的') else {
        return false;
    };
    let after_de = from + de + '的'.len_utf8();
    let first = doc.occ.partition_point(|o| o.start < from);
    let mut names = doc.occ[first..].iter().take_while(|o| o.end <= to);
    // (a release built on another: 基于V3的R1, 以V3为基座的R1)
    const BUILT_ON: &[&str] = &[
        "基于",
        "基於",
        "以",
        "依托",
        "依託",
        "源自",
        "脱胎于",
        "脫胎於",
    ];
    let release_before = names.clone().any(|o| {
        o.end <= after_de
            && RELEASES.contains(&doc.db.entities[o.entity].kind.as_str())
            && BUILT_ON
                .iter()
                .any(|w| doc.text[from.min(o.start)..o.start].trim_end().ends_with(w))
    });
    let named_after =
        names.any(|o| o.start >= after_de && doc.text[after_de..o.start].chars().count() <= 2);
    release_before || !named_after
}

/// Whether the date `fig` opens its sentence alone in its clause (北京时
/// 间 before it at most) and the word at `ts..te`, in the next clause, is
/// that clause's predicate: not followed by 的 or a word of a later time.
pub(super) fn heads_its_sentence(doc: &Doc, fig: &Figure, ts: usize, te: usize) -> bool {
    const LATER: &[&str] = &[
        "的", "后", "後", "以来", "以來", "之后", "之後", "前", "之前", "时", "時",
    ];
    let (text, m) = (doc.text, fig.m);
    // (after a list's bullet or number: · 1月21日，…; 1. 2025年1月20日：…)
    let lead = without_bullet(text[fig.s.start..m.start].trim());
    let lead = lead
        .strip_prefix("北京时间")
        .or_else(|| lead.strip_prefix("北京時間"))
        .unwrap_or(lead);
    // (and after words that only set the time: 而在12月底，…; 在1月20日，…)
    let lead = if super::entity::only_sets_a_time(lead) {
        ""
    } else {
        lead
    };
    // (a timeline's colon as well: 2025年1月20日：DeepSeek发布R1)
    let Some(rest) = text[m.end..ts].strip_prefix(['，', ',', '：', ':']) else {
        return false;
    };
    // (nor what was written, 发表《…》的文章, nor a model left unnamed,
    // 发布新模型)
    const WRITINGS: &[&str] = &["《", "文章", "论文", "論文", "报告", "報告", "声明", "聲明"];
    let tail = text[te..fig.s.end]
        .split(['，', ',', '；', ';', '。'])
        .next()
        .unwrap_or("");
    let clause = &text[m.end..te + tail.len()];
    // (nor what else came out: an update, a version, a report, 发布财报,
    // R1推出新功能; nor a place it went live in, 在Azure上线, 登陆华为云; nor
    // a sentence whose later clauses tell another time, 两天前R1发布)
    const OTHER_OUTPUTS: &[&str] = &[
        "更新", "版本", "新版", "功能", "补丁", "補丁", "蒸馏", "蒸餾", "API", "评测", "評測",
        "结果", "結果", "财报", "財報", "业绩", "業績", "数据", "數據",
    ];
    const RELEASED: &[&str] = &[
        "发布", "發布", "發佈", "推出", "上线", "上線", "问世", "問世",
    ];
    const AVAILABLE: &[&str] = &["登陆", "登陸", "上架", "开放", "開放", "上线", "上線"];
    const OTHER_TIMES: &[&str] = &["前", "后", "後", "随后", "隨後", "此前", "之前"];
    let later = &text[(te + tail.len()).min(fig.s.end)..fig.s.end];
    let word = &text[ts..te];
    lead.trim().is_empty()
        && fig.cl_start == fig.s.start
        && !rest.contains(['，', ',', '；', ';', '：', ':', '。'])
        && !LATER.iter().any(|w| text[te..].starts_with(w))
        && !LATER.iter().skip(1).any(|w| tail.contains(w))
        && !WRITINGS.iter().any(|w| clause.contains(w))
        && !OTHER_OUTPUTS.iter().any(|w| clause.contains(w))
        && !of_something_unnamed(doc, te, m.end + clause.len())
        && !(AVAILABLE.contains(&word) && (!tail.trim().is_empty() || rest.contains('在')))
        && !(OTHER_TIMES.iter().any(|w| later.contains(w))
            && RELEASED.iter().any(|w| later.contains(w)))
        && !super::choose::points_elsewhere(clause)
        // (nor a day something was said of a later release: 2025年1月20日：
        // DeepSeek称R1将于下月发布)
        && !FUTURE.iter().any(|w| text[m.end..te].contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_items_bullet_or_number_is_passed_over() {
        for (lead, want) in [
            ("· ", ""),
            ("•北京时间", "北京时间"),
            ("- ", ""),
            ("1. ", ""),
            ("12、", ""),
            ("（一）", ""),
            ("(3) ", ""),
            ("一、", ""),
            ("据报道", "据报道"),
            ("2025年", "2025年"),
            ("十分", "十分"),
        ] {
            assert_eq!(without_bullet(lead), want, "{lead}");
        }
    }
}
