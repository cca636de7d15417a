//! The publication date of a document: the as-of date for checking.
//!
//! Real pages state it in many ways, and a fact published after the
//! article must never contradict it, so the search is wide but careful
//! not to take a date the article talks about (`于2024年12月26日发布`) for
//! its own:
//!
//! 1. a labelled line: `发表时间: 2025-02-11 11:19:47`, `發佈時間：2025年2月5日`,
//!    `日期: 2025-03-01`, `Published: 2025-02-26` (first 40 lines);
//! 2. a byline or dateline near the top or the bottom: a short line that is
//!    not a sentence and holds a full date together with a clock time, a
//!    weekday or a source/author mark (`来源：新华网 2025-03-05 09:12`,
//!    `2025年2月26日 星期三`, `記者 王小明／台北報導 2025/02/26`), or a line
//!    that is only a date;
//!    A dateline may also open the lead paragraph (`2025年3月21日，北京——
//!    根据…`). Nothing from a list of other articles at the foot of the page
//!    (`相关推荐`, each item with its own date) counts;
//! 3. the page's address, when the text states none (`/2025/02/26/`,
//!    `/2025-02/26/`, `t20250226_123.html`).

use crate::date::Date;
use regex::Regex;
use std::sync::LazyLock;

/// Where a document's as-of date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The `published` field of a JSON Lines record.
    Field,
    /// A line of the text (a label, a byline, a dateline).
    Text,
    /// The document's address.
    Url,
    /// The document's file name (`column-2025-02-11.txt`).
    FileName,
}

impl Source {
    /// The name used in reports (`published_from`).
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Field => "field",
            Source::Text => "text",
            Source::Url => "url",
            Source::FileName => "file_name",
        }
    }
}

pub(crate) const DATE: &str = r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})";

/// A date's English label in any case (published:, Posted on, Last
/// updated:), which counts at the start of a line only: in a sentence
/// (报告（Posted 2025-01-27）称) it dates what the sentence cites.
pub(crate) const ENGLISH_LABEL: &str = r"(?i:(?:date\s+)?published(?:\s+(?:on|at))?|posted(?:\s+on)?|(?:last\s+)?updated(?:\s+on)?|publish\s+date|date)";

static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)(?:发表时间|發表時間|发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发表日期|發表日期|出版日期|刊登日期|刊出日期|更新时间|更新時間|更新日期|日期|时间|時間|Published|Date|date|^[ \t]*{ENGLISH_LABEL})\s*[:：]?\s*{DATE}"
    ))
    .expect("valid regex")
});

static FULL_DATE: LazyLock<Regex> = LazyLock::new(|| Regex::new(DATE).expect("valid regex"));

/// What marks a line holding a date as the page's own: a clock time, a
/// weekday, or a source, author or publishing word.
static BYLINE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\d{1,2}\s*[:：]\s*\d{2}|(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]|来源|來源|作者|记者|記者|编辑|編輯|责编|責編|报道|報導|报讯|報訊|通讯员|通訊員|撰文|文／|文/|\|",
    )
    .expect("valid regex")
});

/// A line that is only a date (and maybe a clock time, a weekday, or the
/// place of a dateline: `2025年2月5日 香港`, `北京 2025-03-05`).
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?P<lead>\p{{Han}}{{2,6}}\s+)?[（(]?\s*{DATE}\s*日?\s*[）)]?\s*(?:[（(]?\s*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]\s*[）)]?)?\s*(?:\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?)?\s*(?P<trail>\s\p{{Han}}{{2,6}})?\s*$"
    ))
    .expect("valid regex")
});

static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        /((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$|[^\d])   # /2025/02/26/ /2025-02-26
        | /((?:19|20)\d{2})-?(\d{2})/(\d{2})(?:/|[^\d])            # /2025-02/26/ /202502/26/
        | /((?:19|20)\d{2})/(\d{2})(\d{2})(?:/|[^\d])              # /2025/0226/
        | [^\d]((?:19|20)\d{2})(\d{2})(\d{2})(?:[^\d]|$)           # /20250226/ t20250226_1.html
        ",
    )
    .expect("valid regex")
});

fn ymd(y: &str, m: &str, d: &str) -> Option<Date> {
    Date::ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// The date a document's text states as its own, if any.
pub fn in_text(text: &str) -> Option<Date> {
    let head = first_lines(text, 40);
    if let Some(d) = LABELLED.find_iter(head).find_map(|m| {
        // the date read off the match, or the regex's own groups for what
        // the shortcut does not read
        ascii_date(m.as_str()).unwrap_or_else(|| {
            let c = LABELLED.captures_at(head, m.start())?;
            ymd(&c[1], &c[2], &c[3])
        })
    }) {
        return Some(d);
    }
    // bylines and datelines: the first 15 lines, then the last 8 before
    // a list of other articles (相关推荐, whose lines carry their own dates)
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let end = lines
        .iter()
        .position(|l| is_related_list(l))
        .unwrap_or(lines.len());
    let lines = &lines[..end];
    if let Some(d) = lines
        .iter()
        .take(15)
        .find_map(|l| byline_date(l).or_else(|| lead_dateline(l)))
    {
        return Some(d);
    }
    // (lines the top search read are not read again)
    lines[end.saturating_sub(8).max(15).min(end)..]
        .iter()
        .find_map(|l| byline_date(l))
}

/// The heading of a list of other articles at a page's foot.
fn is_related_list(line: &str) -> bool {
    const HEADINGS: &[&str] = &[
        "相关推荐",
        "相關推薦",
        "相关阅读",
        "相關閱讀",
        "延伸阅读",
        "延伸閱讀",
        "推荐阅读",
        "推薦閱讀",
        "相关文章",
        "相關文章",
        "相关新闻",
        "相關新聞",
        "猜你喜欢",
        "猜你喜歡",
        "热门推荐",
        "熱門推薦",
        "更多阅读",
        "更多閱讀",
    ];
    let t = line.trim();
    t.chars().count() <= 12 && HEADINGS.iter().any(|h| t.starts_with(h))
}

/// A dateline that opens the lead paragraph: the date, then the place and a
/// dash (`2025年3月21日，北京——根据国家统计局…`).
fn lead_dateline(line: &str) -> Option<Date> {
    let c = LEAD_DATELINE.captures(line)?;
    ymd(&c[1], &c[2], &c[3])
}

static LEAD_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*{DATE}\s*日?\s*[,，、]?\s*\p{{Han}}{{2,8}}\s*(?:——|—|－－|--)"
    ))
    .expect("valid regex")
});

/// What [`ymd`] makes of the groups of a [`LABELLED`] match `m`, read
/// without the regex's capture search (several times its finding): `None`
/// when the date holds anything but ASCII and `年`/`月`, left to the regex.
///
/// A label, the white space and a colon hold no digit, so the date's year
/// starts at the match's first ASCII digit; and when the date holds no other
/// digits than ASCII ones, its three groups are its three runs of them (the
/// regex puts white space and a separator between them, and the last group
/// ends the match).
fn ascii_date(m: &str) -> Option<Option<Date>> {
    let date = &m[m.find(|c: char| c.is_ascii_digit())?..];
    if !date.chars().all(|c| c.is_ascii() || c == '年' || c == '月') {
        return None;
    }
    let mut runs = date
        .split(|c: char| !c.is_ascii_digit())
        .filter(|r| !r.is_empty());
    let (y, mo, d) = (runs.next()?, runs.next()?, runs.next()?);
    if runs.next().is_some() {
        return None;
    }
    Some(ymd(y, mo, d))
}

/// The text's first `n` lines (`n` > 0), cut from the text itself rather
/// than joined anew: a CR before a line's LF stays, which the labelled
/// search cannot tell from the LF (both are white space to it).
fn first_lines(text: &str, n: usize) -> &str {
    // (a newline is one byte, never inside a character: memchr's vector
    // search finds them several times faster than a `char` pattern)
    match memchr::memchr_iter(b'\n', text.as_bytes()).nth(n - 1) {
        Some(end) => &text[..end],
        None => text,
    }
}

/// The date of a line that is only a date, maybe with a clock time, a
/// weekday or a dateline's place (`2025年2月5日 香港`).
pub fn dateline(line: &str) -> Option<Date> {
    // a place on one side only: a place on both is a sentence (会议 …日 召开)
    BARE.captures(line.trim())
        .filter(|c| c.name("lead").is_none() || c.name("trail").is_none())
        .and_then(|c| ymd(&c[2], &c[3], &c[4]))
}

/// The date of a byline or dateline, or of a line that is only a date.
fn byline_date(line: &str) -> Option<Date> {
    let t = line.trim();
    if let Some(d) = dateline(t) {
        return Some(d);
    }
    // a sentence of the article is not a byline
    if t.chars().count() > 80 || t.contains('。') || t.ends_with(['！', '？', '；']) {
        return None;
    }
    let c = FULL_DATE.captures(t)?;
    let (before, after) = (&t[..c.get(0)?.start()], &t[c.get(0)?.end()..]);
    // a date inside a path (an image's, /news/2023/05/01/1549146090S.jpg)
    // is the file's, not the page's
    if before.ends_with('/') || after.starts_with('/') {
        return None;
    }
    // an event's date (于2024年12月26日发布) is not the page's
    if before
        .trim_end()
        .ends_with(['于', '於', '在', '至', '到', '自', '从', '從'])
    {
        return None;
    }
    // a publishing word names the page's date only when it leads (发布于 2025-…)
    let leads = [
        "发布", "發布", "發佈", "发表", "發表", "更新", "刊登", "出版",
    ]
    .iter()
    .any(|w| before.contains(w));
    if !leads && !BYLINE_MARK.is_match(before) && !BYLINE_MARK.is_match(after) {
        return None;
    }
    ymd(&c[1], &c[2], &c[3])
}

/// A full date in a file name, as archives name their files by the day
/// (`column-2025-02-11.txt`, `20250211_deepseek.txt`, `2025.02.11.md`):
/// year, month and day of two digits each, apart from other digits.
static FILE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d])((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?:[^\d]|$)")
        .expect("file date pattern")
});

/// The date in a document's file name (the last part of its path), when it
/// holds one whole date.
pub fn in_file_name(path: &str) -> Option<Date> {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let c = FILE_DATE.captures(name)?;
    ymd(&c[1], &c[2], &c[3])
}

/// The date in a page address (`https://example.com/2025/02/26/x.html`).
pub fn in_url(url: &str) -> Option<Date> {
    // the path only: not the host, not a query of other dates
    let path = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest.find('/').map_or("", |i| &rest[i..]));
    let path = path.split(['?', '#']).next().unwrap_or(path);
    URL_DATE.captures_iter(path).find_map(|c| {
        let g: Vec<&str> = (1..c.len())
            .filter_map(|i| c.get(i).map(|m| m.as_str()))
            .collect();
        match g.as_slice() {
            [y, m, d] => ymd(y, m, d),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Option<String> {
        in_text(s).map(|d| d.to_string())
    }

    #[test]
    fn dates_in_file_names() {
        let date = |p: &str| in_file_name(p).map(|d| d.to_string());
        for (p, want) in [
            ("deepseek-cost-column-2025-02-11.txt", Some("2025-02-11")),
            ("2024/12/20250211_deepseek.txt", Some("2025-02-11")),
            ("news/2025.02.11.md", Some("2025-02-11")),
            ("a\\b\\report_2024_12_26.txt", Some("2024-12-26")),
            // the folder is not the file; a year alone or a bad month is no date
            ("2025-02-11/article.txt", None),
            ("05-china-2024-macro.txt", None),
            ("report-2025-13-01.txt", None),
            ("id-120250211.txt", None),
        ] {
            assert_eq!(date(p).as_deref(), want, "{p}");
        }
    }

    #[test]
    fn labels_bylines_and_datelines() {
        let cases = [
            ("标题\n发表时间: 2025-02-11 11:19:47\n正文", "2025-02-11"),
            ("標題\n發佈時間：2025年2月5日\n", "2025-02-05"),
            ("标题\n2025/01/28 09:30\n正文", "2025-01-28"),
            ("标题\n来源：新华网 2025-03-05 09:12\n正文。", "2025-03-05"),
            ("标题\n2025年2月26日 星期三\n正文。", "2025-02-26"),
            (
                "標題\n記者王小明／台北報導 2025/02/26\n內文。",
                "2025-02-26",
            ),
            ("标题\n2025-02-26 10:32 | 作者：李四\n正文。", "2025-02-26"),
            ("標題\n（2025年2月26日）\n內文。", "2025-02-26"),
            ("标题\n2025年2月5日 香港\n正文。", "2025-02-05"),
            // English labels, in any case
            ("标题\npublished: 2025-02-05\n正文。", "2025-02-05"),
            ("标题\nPUBLISHED: 2025-02-05\n正文。", "2025-02-05"),
            ("标题\nPublished on 2025/2/5\n正文。", "2025-02-05"),
            ("标题\nPosted: 2025-02-05 10:00\n正文。", "2025-02-05"),
            ("标题\nLast updated: 2025-02-05\n正文。", "2025-02-05"),
            // (in a sentence, the label dates what the sentence cites)
            (
                "标题\n2025-02-10 09:30 | 来源：科技日报\n此前Sensor Tower的报告（Posted 2025-01-27）称，下载量达1600万次。",
                "2025-02-10",
            ),
            (
                "标题\n2025年2月10日 星期一\n延伸資料：Sensor Tower報告 Published on 2025-01-31",
                "2025-02-10",
            ),
            ("標題\n台北 2025/02/26\n內文。", "2025-02-26"),
            (
                "标题\n正文第一段。\n\n正文第二段。\n\n（责任编辑：王五）2025年3月1日 08:00",
                "2025-03-01",
            ),
        ];
        for (t, want) in cases {
            assert_eq!(text(t).as_deref(), Some(want), "{t}");
            // CRLF line endings find the same date
            assert_eq!(text(&t.replace('\n', "\r\n")).as_deref(), Some(want), "{t}");
        }
    }

    #[test]
    fn dates_read_off_a_label_match_are_the_groups() {
        for t in [
            "发表时间: 2025-02-11 11:19:47",
            "發佈時間：2025年2月5日",
            "日期 2025 年 12 月 31 日",
            "Date:1999/1/2",
            "时间：2025.13.01",
            "更新时间\t2024-02-30",
            "日期：２０25-1-1",
            "日期：2025-1-１",
            "日期\u{3000}2025-01-01",
            "Published 2025-3-300",
        ] {
            for m in LABELLED.find_iter(t) {
                let c = LABELLED.captures_at(t, m.start()).unwrap();
                let want = ymd(&c[1], &c[2], &c[3]);
                if let Some(got) = ascii_date(m.as_str()) {
                    assert_eq!(got, want, "{t}");
                }
            }
        }
    }

    #[test]
    fn a_label_counts_in_the_first_forty_lines_only() {
        let para = "一段话。\n";
        let at = |n: usize| {
            format!(
                "{}发布时间：2025-02-11\n{}",
                para.repeat(n),
                para.repeat(20)
            )
        };
        assert_eq!(text(&at(39)).as_deref(), Some("2025-02-11"));
        assert_eq!(text(&at(40)), None);
        // a label read across a line's end, CR or not
        for eol in ["\n", "\r\n"] {
            let t = format!("标题{eol}发布时间：{eol}2025-02-11{eol}正文。");
            assert_eq!(text(&t).as_deref(), Some("2025-02-11"));
        }
    }

    #[test]
    fn a_dateline_leads_the_first_paragraph() {
        let lead =
            "失业率回落\n2025年3月21日，北京——根据国家统计局最新发布的数据，全年平均值为5.1%。\n";
        assert_eq!(text(lead).as_deref(), Some("2025-03-21"));
        // a date leading a sentence without a place and a dash is the
        // article's subject, not its dateline
        assert_eq!(text("2025年3月21日，国家统计局发布了数据。\n"), None);
    }

    #[test]
    fn the_dates_of_a_related_list_are_not_the_pages() {
        let mut page = String::new();
        for i in 0..20 {
            page.push_str(&format!("第{i}段正文，说的是训练成本。\n"));
        }
        page.push_str("相关推荐\n另一篇文章的标题\n2025-02-13 17:20:53\n");
        assert_eq!(text(&page), None);
        // nor on a short page, where the list is among the first lines
        let short = "正文说的是训练成本。\n相关推荐\n另一篇文章\n2025-02-13 17:20:53\n";
        assert_eq!(text(short), None);
        // without the heading, a last line that is only a date is the page's
        let page = page.replace("相关推荐\n", "");
        assert_eq!(text(&page).as_deref(), Some("2025-02-13"));
    }

    #[test]
    fn a_date_in_a_path_is_not_the_pages() {
        let text = "輝達財報公布\n /news/2023/05/01/1549146090S.jpg |\n輝達營收393億美元。";
        assert_eq!(in_text(text), None);
        assert_eq!(
            in_text("輝達財報公布\n2025/02/27 10:30 |\n輝達營收393億美元。"),
            Date::ymd(2025, 2, 27)
        );
    }

    #[test]
    fn a_date_the_article_talks_about_is_not_its_own() {
        for t in [
            "正文里提到2024年12月26日发布",
            "DeepSeek-V3于2024年12月26日发布，训练成本为557.6万美元。",
            "深度求索在2025年1月20日发布了R1模型",
            "会议定于2025年3月5日召开",
            "\n会议 2025年3月5日 召开\n",
        ] {
            assert_eq!(text(t), None, "{t}");
        }
    }

    #[test]
    fn dates_in_addresses() {
        let cases = [
            (
                "https://news.example.com/2025/02/26/deepseek.html",
                "2025-02-26",
            ),
            (
                "http://www.example.cn/tech/2025-02/26/c_1130.htm",
                "2025-02-26",
            ),
            ("https://example.com.tw/news/20250226/12345", "2025-02-26"),
            (
                "https://example.gov.cn/sj/zxfb/202501/t20250117_1958325.html",
                "2025-01-17",
            ),
            ("https://example.hk/article/2025/0226/abc", "2025-02-26"),
        ];
        for (u, want) in cases {
            assert_eq!(
                in_url(u).map(|d| d.to_string()).as_deref(),
                Some(want),
                "{u}"
            );
        }
        assert_eq!(in_url("https://example.com/article/12345"), None);
        assert_eq!(in_url("https://20250226.example.com/a"), None);
    }
}
