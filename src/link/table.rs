//! Figures in the cells of a table written with bars (`| 参数 | A100 | H100 |`):
//! the head of a figure's column says whose figure it is.

use super::{Doc, EntityBy, Figure, Link, Linker, Span};

/// The bars that part a table's cells (ASCII and full-width).
const BARS: [char; 2] = ['|', '｜'];

/// Whether a text holds a bar at all: only then can it hold a table (one
/// byte search per document).
fn holds_bars(text: &str) -> bool {
    memchr::memchr(b'|', text.as_bytes()).is_some()
        || memchr::memmem::find(text.as_bytes(), "｜".as_bytes()).is_some()
}

/// The line of the text around byte `at`: (start, end), the end before its
/// line break.
fn line_around(text: &str, at: usize) -> (usize, usize) {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    (start, end)
}

/// Whether a line is a row of a table: it holds two bars, or opens with
/// one and holds another (`| 显存 | 80GB |`, `FP64 | 9.7 TFLOPS |`).
fn is_row(line: &str) -> bool {
    line.trim().matches(BARS).count() >= 2
}

/// Whether a row only underlines the head (`|---|:---:|`, `---|---|`).
fn is_rule(line: &str) -> bool {
    line.trim()
        .chars()
        .all(|c| BARS.contains(&c) || matches!(c, '-' | ':' | ' ' | '—' | '－'))
}

/// The cells of a row, as byte spans of the text from `start` (the row
/// `line` starts there), trimmed: the pieces between its bars.
fn cells(line: &str, start: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    for (i, bar) in line.match_indices(BARS).map(|(i, b)| (i, b.len())) {
        out.push((from, i));
        from = i + bar;
    }
    out.push((from, line.len()));
    // (a list's bullet before the first bar, `- | 参数 | H100 |`, is none)
    let opening = line[out[0].0..out[0].1].trim();
    if opening.is_empty() || is_bullet(opening) {
        out.remove(0);
    }
    // (and an empty one after a bar that closes it)
    if out
        .last()
        .is_some_and(|&(a, b)| line[a..b].trim().is_empty())
    {
        out.pop();
    }
    out.into_iter()
        .map(|(a, b)| {
            let cell = &line[a..b];
            let lead = cell.len() - cell.trim_start().len();
            (start + a + lead, start + a + lead + cell.trim().len())
        })
        .collect()
}

/// Whether a row's text before its first bar is a list's bullet (`-`, `*`,
/// `+`, `•`, `1.`).
fn is_bullet(s: &str) -> bool {
    matches!(s, "-" | "*" | "+" | "•" | "·")
        || s.strip_suffix(['.', '、', ')'])
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The tables of a text written with bars, found in one pass over its
/// lines: for each, the byte span of its body (the rows under the rule)
/// and of its head row. A figure's column head is then looked up, not
/// walked back to (a long page with bars costs one pass, not one per
/// figure).
#[derive(Debug, Default)]
pub(super) struct Tables {
    /// (body start, body end, head start, head end), in text order.
    tables: Vec<(usize, usize, usize, usize)>,
}

/// A run of rows being read by [`Tables::of`].
struct Run {
    /// The top row.
    head: Span,
    /// Whether a rule is right under the top row.
    ruled: bool,
    /// Where the second and the third rows start.
    second: Option<usize>,
    third: Option<usize>,
    /// Where the last row read ends.
    end: usize,
}

impl Tables {
    /// The tables of `text`: runs of rows whose top row is a head (not a
    /// rule); the rows below the rule right under it are the body, or,
    /// with no rule, the rows from the second. None without a bar in the
    /// text.
    pub(super) fn of(text: &str) -> Tables {
        let mut tables = Vec::new();
        if !holds_bars(text) {
            return Tables { tables };
        }
        // the run of rows being read: its top row, whether a rule is right
        // under it, where its second and third rows start, where it ends
        // so far. Its body is the rows under the rule, or with no rule the
        // rows from the second (`型号: A100 | H100 | H20` over `显存: 80GB |
        // 80GB | 96GB`).
        let mut run: Option<Run> = None;
        let mut close = |run: Option<Run>| {
            if let Some(r) = run {
                let body = if r.ruled { r.third } else { r.second };
                if let Some(bs) = body {
                    tables.push((bs, r.end, r.head.0, r.head.1));
                }
            }
        };
        let mut start = 0;
        while start <= text.len() {
            let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
            let line = &text[start..end];
            if !is_row(line) {
                close(run.take());
            } else if let Some(r) = &mut run {
                if r.second.is_none() {
                    r.second = Some(start);
                    r.ruled = is_rule(line) && !is_rule(&text[r.head.0..r.head.1]);
                } else if r.third.is_none() {
                    r.third = Some(start);
                }
                r.end = end;
            } else {
                run = Some(Run {
                    head: (start, end),
                    ruled: false,
                    second: None,
                    third: None,
                    end,
                });
            }
            start = end + 1;
        }
        close(run);
        Tables { tables }
    }

    /// Whether the text holds a table at all.
    pub(super) fn any(&self) -> bool {
        !self.tables.is_empty()
    }

    /// The head row over the figure at byte `at` and the head cell of its
    /// column, as byte spans: when the figure stands in a cell of a
    /// table's body row, the head's cell with as many cells before it.
    pub(super) fn column_head(&self, text: &str, at: usize) -> Option<(Span, Option<Span>)> {
        let i = self.tables.partition_point(|t| t.1 < at);
        let &(bs, be, hs, he) = self.tables.get(i)?;
        if at < bs {
            return None;
        }
        // (a row or a head wider than any page shows is read as no table:
        // its cells would be counted again for each of its figures)
        if he - hs > WIDEST_ROW {
            return None;
        }
        let (ls, le) = line_around(&text[..be], at);
        let ls = ls.max(bs);
        if le - ls > WIDEST_ROW {
            return None;
        }
        let line = &text[ls..le];
        let column = cells(line, ls)
            .iter()
            .position(|&(a, b)| a <= at && at < b.max(a + 1))?;
        let head = cells(&text[hs..he], hs);
        // (a row with more cells than the head has no head for the extra ones)
        Some(((hs, he), head.get(column).copied()))
    }
}

/// The widest row, in bytes, whose cells are given their column heads.
const WIDEST_ROW: usize = 4096;

/// The head row over the figure at byte `at` and its column's head cell
/// (see [`Tables::column_head`]), the tables read from the whole text.
#[cfg(test)]
fn column_head(text: &str, at: usize) -> Option<(Span, Option<Span>)> {
    Tables::of(text).column_head(text, at)
}

/// Whether a head cell names a period (`2024年`, `FY2025`, `2025财年`,
/// `Q3`, `2024`): a digit and a word of a period, or a year alone (not a
/// model's name, `A100`).
fn is_period(cell: &str) -> bool {
    const PERIOD: &[&str] = &["年", "季", "月", "Q", "q", "FY", "财", "財", "半"];
    let year_alone = cell.len() == 4 && cell.bytes().all(|b| b.is_ascii_digit());
    year_alone
        || (cell.bytes().any(|b| b.is_ascii_digit()) && PERIOD.iter().any(|w| cell.contains(w)))
}

impl Linker {
    /// The owner of a figure in a table's cell by its column's head: the
    /// name the head cell is (`| 参数 | A100 | H100 |`: 2TB/s under A100 is
    /// A100's, whoever the row or the text before names). A head that is
    /// more than a name (`H100 NVL`, a variant), a head with no name when
    /// other heads have one (`性能提升`), and a head that is a period
    /// (`2024年`) leave the figure to no one; a head of a measure (`显存`,
    /// the names in the rows) leaves it as it was.
    pub(super) fn table_column(&self, doc: &Doc, fig: &Figure, link: &mut Link) {
        let Some(((head_start, head_end), head)) = doc.tables.column_head(doc.text, fig.m.start)
        else {
            return;
        };
        let Some(mi) = link.metric else {
            self.measure_by_column(doc, fig, head, link);
            return;
        };
        // (the first cell heads the rows' labels, not a column of figures)
        let periods = cells(&doc.text[head_start..head_end], head_start)
            .iter()
            .skip(1)
            .any(|&(a, b)| is_period(&doc.text[a..b]));
        // a name the row itself gives before the figure (| B200显存 | 192GB |,
        // 141GB（B200为192GB）) is the figure's, whatever the head says
        if names_in_row(doc, fig) && !periods {
            return;
        }
        let first = doc.occ.partition_point(|o| o.start < head_start);
        let in_head: Vec<&super::Occurrence> = doc.occ[first..]
            .iter()
            .take_while(|o| o.end <= head_end)
            .collect();
        let owner = match head {
            // no head over the figure's column: no one's it can be told
            None => None,
            Some((hs, he)) => {
                // (a name set in bold or code, **H100**, is the name)
                let cell = &doc.text[hs..he];
                let name = cell.trim_matches(['*', '_', '`', ' ']);
                let hs = hs + (cell.len() - cell.trim_start_matches(['*', '_', '`', ' ']).len());
                let he = hs + name.len();
                let in_cell: Vec<&super::Occurrence> = in_head
                    .iter()
                    .copied()
                    .filter(|o| o.start >= hs && o.end <= he)
                    .collect();
                match in_cell[..] {
                    // the cell is the name and nothing more
                    [o] if o.start == hs && o.end == he && !periods => {
                        self.entity_for_metric(o.entity, mi)
                    }
                    [] if in_head.is_empty() && !periods => return,
                    _ => None,
                }
            }
        };
        link.entity = owner;
        link.entity_by = owner.map(|_| EntityBy::Clause);
    }
}

impl Linker {
    /// A figure with no measure of its own in a table whose column heads
    /// are measures (`| 模型 | 训练成本 | GPU数量 |` over `| DeepSeek-V3 |
    /// 557.6万美元 | 2048块 |`): the measure its column's head names, of a
    /// unit the figure's fits (the longest such word of the head, when the
    /// head is that word and no more: see [`head_is_the_measure`]), and the
    /// name its row's first cell is. A figure sharing its cell with more
    /// (`96GB，比H100多16GB`), a head with no such word, or a first cell
    /// that is not one name and no more leaves the figure as it was.
    fn measure_by_column(&self, doc: &Doc, fig: &Figure, head: Option<Span>, link: &mut Link) {
        let Some((hs, he)) = head else {
            return;
        };
        let cell = &doc.text[hs..he];
        let lower = cell.to_lowercase();
        let fitting = super::metric::candidate_metrics(&self.metric_units, fig.m);
        // (the longest word of the head that names a fitting measure)
        let Some((word, mi)) = self
            .triggers
            .iter()
            .filter(|(w, _)| lower.contains(w.as_str()))
            .flat_map(|(w, ms)| ms.iter().map(move |&mi| (w, mi)))
            .filter(|&(_, mi)| fitting.iter().any(|&(f, _)| f == mi))
            .max_by(|a, b| {
                (a.0.len(), std::cmp::Reverse(a.1)).cmp(&(b.0.len(), std::cmp::Reverse(b.1)))
            })
        else {
            return;
        };
        if !head_is_the_measure(&lower, word) {
            return;
        }
        // (the figure is its cell, and the row's first cell is one name and
        // no more: | H20 | 96GB |; not 96GB，比H100多16GB, nor 对标H100的
        // 昇腾910B)
        let (row_start, row_end) = line_around(doc.text, fig.m.start);
        let row = cells(&doc.text[row_start..row_end], row_start);
        let own_cell = row
            .iter()
            .any(|&(a, b)| a == fig.m.start && doc.text[fig.m.end..b].trim().is_empty());
        let Some(&(ls, le)) = row.first() else {
            return;
        };
        let first = doc.occ.partition_point(|o| o.start < ls);
        let label = doc.occ[first..]
            .iter()
            .take_while(|o| o.end <= le)
            .collect::<Vec<_>>();
        let entity = match label[..] {
            [o] if o.start == ls && o.end == le && own_cell => self.entity_for_metric(o.entity, mi),
            _ => None,
        };
        let Some(entity) = entity else {
            return;
        };
        link.metric = Some(mi);
        // (the word as the head writes it: found again in the cell itself,
        // whose letters may lower-case to other lengths)
        link.metric_word = cell
            .char_indices()
            .map(|(i, _)| i)
            .find(|&i| {
                cell.get(i..i + word.len())
                    .is_some_and(|w| w.to_lowercase() == *word)
            })
            .map(|i| (hs + i, hs + i + word.len()));
        link.entity = Some(entity);
        link.entity_by = Some(EntityBy::Clause);
    }
}

/// Whether a head cell (lower-cased) is the measure's word and no more
/// than a note in brackets or a word of count or total with it
/// (`训练成本`, `训练成本（美元）`, `GPU数量`, `总参数`): a head that narrows
/// the word (`API费用`, `研发费用`, `推理成本`) is another measure.
fn head_is_the_measure(cell: &str, word: &str) -> bool {
    const WITH: &[&str] = &[
        "", "总", "總", "约", "約", "数量", "數量", "量", "数", "數", "合计", "合計",
    ];
    let Some(at) = cell.find(word) else {
        return false;
    };
    let mut rest = String::with_capacity(cell.len());
    rest.push_str(&cell[..at]);
    rest.push_str(&cell[at + word.len()..]);
    // (a note in brackets: 训练成本（万美元）)
    let mut depth = 0usize;
    let bare: String = rest
        .chars()
        .filter(|&c| match c {
            '(' | '（' | '[' | '【' => {
                depth += 1;
                false
            }
            ')' | '）' | ']' | '】' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0 && !c.is_whitespace() && !matches!(c, '*' | '_' | '`' | ':' | '：'),
        })
        .collect();
    WITH.contains(&bare.as_str())
}

/// Whether the figure's own row names a thing or a place before it
/// (`| B200显存 | 192GB |`, `141GB（B200为192GB）`).
fn names_in_row(doc: &Doc, fig: &Figure) -> bool {
    let (row_start, _) = line_around(doc.text, fig.m.start);
    doc.occ[doc.occ.partition_point(|o| o.start < row_start)..]
        .iter()
        .take_while(|o| o.end <= fig.m.start)
        .count()
        > 0
        || super::places::names_another_place(&doc.text[row_start..fig.m.start])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head_of<'a>(text: &'a str, figure: &str) -> Option<&'a str> {
        let at = text.find(figure).unwrap();
        column_head(text, at)
            .and_then(|(_, h)| h)
            .map(|(a, b)| &text[a..b])
    }

    /// The head of the figure's column, counted by bars.
    #[test]
    fn a_figure_is_under_its_column_head() {
        let t =
            "对比如下：\n| 参数 | A100 | H100 |\n|---|---|---|\n| 显存带宽 | 2TB/s | 3.35TB/s |\n";
        assert_eq!(head_of(t, "2TB/s"), Some("A100"));
        assert_eq!(head_of(t, "3.35TB/s"), Some("H100"));
        // full-width bars, a rule with colons
        let t = "｜指标｜2024年｜2025年｜\n｜:--｜--:｜--:｜\n｜总收入｜253亿｜611亿｜";
        assert_eq!(head_of(t, "611亿"), Some("2025年"));
        // rows that do not open with a bar
        let t =
            "数据精度 | A100 PCIe | A100 SXM |\n---|---|---|\nFP64 | 9.7 TFLOPS | 19.5 TFLOPS |";
        assert_eq!(head_of(t, "19.5 TFLOPS"), Some("A100 SXM"));
        assert_eq!(head_of(t, "9.7 TFLOPS"), Some("A100 PCIe"));
        // a table in a list item, the bullet before the head row
        let t = "- | 参数 | H100 | H20 |\n  |---|---|---|\n  | 显存 | 80GB | 96GB |";
        assert_eq!(head_of(t, "96GB"), Some("H20"));
        let t = "1. | 参数 | H100 | H20 |\n   |---|---|---|\n   | 显存 | 80GB | 96GB |";
        assert_eq!(head_of(t, "80GB"), Some("H100"));
        // no rule under the head: the rows from the second, their last
        // cells with no bar after them
        let t = "| A100 | H100 |\n| 2TB/s | 3.35TB/s |";
        assert_eq!(head_of(t, "2TB/s"), Some("A100"));
        let t =
            "型号: A100 SXM | H100 PCIe | H20\n显存: 80GB | 94GB | 96GB\n功耗: 400W | 350W | 300W";
        assert_eq!(head_of(t, "96GB"), Some("H20"));
        assert_eq!(head_of(t, "300W"), Some("H20"));
        assert_eq!(head_of(t, "94GB"), Some("H100 PCIe"));
    }

    /// A period heads a column by a digit and a word of a period, or a
    /// year alone; a model's name is none.
    #[test]
    fn periods_head_columns() {
        for p in ["2024年", "FY2025", "2025财年", "Q3", "2024", "2024上半年"] {
            assert!(is_period(p), "{p}");
        }
        for p in ["A100", "H100 NVL", "A100 80GB PCIe", "增长率", "参数"] {
            assert!(!is_period(p), "{p}");
        }
    }

    /// No head without a table: a bar in running text, a lone row, a
    /// figure in the head itself, a figure after the last bar.
    #[test]
    fn no_head_outside_a_table() {
        assert_eq!(head_of("显存带宽|3.35TB/s", "3.35TB/s"), None);
        assert_eq!(head_of("显存带宽|3.35TB/s|", "3.35TB/s"), None);
        assert_eq!(head_of("对比：| H100 | 2TB/s | 3.35TB/s |", "2TB/s"), None);
        assert_eq!(
            head_of("| 80GB | H100 |\n|---|---|\n| 2TB/s | 3TB/s |", "80GB"),
            None
        );
        assert_eq!(
            head_of("| A | B |\n|---|---|\n| 2TB/s | x | 9TB/s", "9TB/s"),
            None
        );
        // a row with more cells than the head
        assert_eq!(
            head_of("| A | B |\n|---|---|\n| x | y | 9TB/s |", "9TB/s"),
            None
        );
    }
}
