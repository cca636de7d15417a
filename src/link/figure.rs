//! Whether a mention is a figure at all: a parenthetical conversion takes
//! the link of the amount it converts; a starting point, a difference or a
//! forecast is not the figure a sentence reports; and, once every mention
//! is linked, dates that frame other figures are their time, not claims.

use super::clause::strip_any;
use super::clause::Clauses;
use super::lexicon::Lexicon;
use super::{Doc, Figure, Link};
use crate::extract::{Kind, Qualifier};
use std::sync::LazyLock;

/// The amount a money mention converts, when it follows that amount in
/// parentheses in the same sentence: `557.6万美元(约4,350万港元)`.
pub(super) fn converts(doc: &Doc, fig: &Figure) -> Option<usize> {
    let (k, m) = (fig.k, fig.m);
    if k == 0
        || doc.sentence_of[k - 1] != fig.si
        || m.kind != Kind::Money
        || doc.mentions[k - 1].kind != Kind::Money
    {
        return None;
    }
    let between = doc.text.get(doc.mentions[k - 1].end..m.start).unwrap_or("");
    (between.trim_matches([' ', '约', '約']).chars().all(|c| {
        matches!(
            c,
            '(' | '（' | '，' | ',' | '即' | '或' | '合' | '約' | '约'
        )
    }) && between.contains(['(', '（']))
    .then(|| k - 1)
}

/// Whether the mention is a starting point, a difference or a forecast
/// rather than the figure itself.
pub(super) fn not_figure(doc: &Doc, fig: &Figure) -> bool {
    starting_point(doc, fig)
        || year_as_period(doc, fig)
        || founding(doc, fig)
        || since_date(doc, fig)
        || size_class(doc, fig)
        || threshold(doc, fig)
        || {
            let lead = LeadWords::of(&doc.text[fig.cl_start..fig.m.start]);
            difference(doc, fig, lead) || forecast(doc, fig, lead)
        }
}

/// Whether a date is a year written as a period (2024年度美国出口管制政策,
/// 2024年度报告): the year a text reviews, not the day of an event.
fn year_as_period(doc: &Doc, fig: &Figure) -> bool {
    fig.m.kind == Kind::Date && doc.text[fig.m.start..fig.m.end].ends_with("年度")
}

/// Words of a founding: a date right before one (2023年成立的DeepSeek) is
/// when a company was set up, which no metric of the database records
/// (a model's release is another date).
const FOUNDING: &[&str] = &[
    "成立",
    "创立",
    "創立",
    "创办",
    "創辦",
    "创建",
    "創建",
    "设立",
    "設立",
    "注册成立",
    "註冊成立",
];

/// Whether a date is a founding's (2023年成立, 2023年7月创立).
fn founding(doc: &Doc, fig: &Figure) -> bool {
    fig.m.kind == Kind::Date && {
        let after = doc.text[fig.m.end..fig.cl_end].trim_start_matches(['正', '式', ' ']);
        FOUNDING.iter().any(|w| after.starts_with(w))
    }
}

/// Whether a date opens a span (自2025年1月以来推出的新品): it says since
/// when, not when something happened. (自1983年10月17日起實施 is when the
/// thing started: 起 stays an event's day.)
fn since_date(doc: &Doc, fig: &Figure) -> bool {
    fig.m.kind == Kind::Date && {
        let before = doc.text[fig.cl_start..fig.m.start].trim_end();
        let after = doc.text[fig.m.end..fig.cl_end].trim_start();
        ["自", "自从", "自從", "从", "從"]
            .iter()
            .any(|w| before.ends_with(w))
            && ["以来", "以來", "至今"]
                .iter()
                .any(|w| after.starts_with(w))
    }
}

/// Things a bound can mark out as a class (互联带宽高于600 GB/s的芯片).
const CLASSES: &[&str] = &[
    "芯片", "晶片", "GPU", "产品", "產品", "模型", "企业", "企業", "公司", "设备", "設備", "型号",
    "型號", "显卡", "顯卡", "项目", "項目",
];

/// Whether a bound marks out a class rather than states a figure: a bound
/// (高于, 超过, 以上, 不到) then 的 and a common noun (互联带宽高于600 GB/s的
/// 芯片均需许可: the rule's threshold, not a chip's bandwidth). A name
/// after 的 (超过80GB的H100) is the figure's head, read elsewhere.
fn threshold(doc: &Doc, fig: &Figure) -> bool {
    matches!(fig.m.qualifier, Qualifier::AtLeast | Qualifier::AtMost) && {
        let after = doc.text[fig.m.end..fig.cl_end].trim_start();
        let after = strip_any(after, &["以上", "以下", "或以上", "及以上"]).0;
        after
            .strip_prefix('的')
            .is_some_and(|rest| CLASSES.iter().any(|c| rest.starts_with(c)))
    }
}

/// Whether a figure names a class of sizes, not a size: a bare scale
/// word of parameters and a word of a model or a class after it
/// (百亿参数模型, 千亿级参数, 万亿参数大模型).
fn size_class(doc: &Doc, fig: &Figure) -> bool {
    let written = &doc.text[fig.m.start..fig.m.end];
    if !written.starts_with(['十', '百', '千', '万', '萬', '亿', '億']) {
        return false;
    }
    let rest = &doc.text[fig.m.end..fig.cl_end];
    let (rest, class) = strip_any(rest, &["级", "級"]);
    let (rest, params) = strip_any(rest, &["参数", "參數"]);
    let params = params || written.ends_with("参数") || written.ends_with("參數");
    let (named, model) = strip_any(rest, &["模型", "大模型", "量级", "量級", "规模", "規模"]);
    // (a model named right after is the one of that size: 万亿参数大模型
    // Kimi K2)
    let at = fig.cl_end - named.trim_start().len();
    let names_one = doc
        .occ
        .get(doc.occ.partition_point(|o| o.start < at))
        .is_some_and(|o| o.start == at);
    params && (class || model) && !names_one
}

/// Which of the word lists of a difference or a forecast occur in the
/// figure's clause before it: one pass over the clause for all four.
#[derive(Clone, Copy)]
struct LeadWords {
    changes: bool,
    changes_of_changes: bool,
    estimates: bool,
    forecasts: bool,
}

impl LeadWords {
    fn of(lead: &str) -> LeadWords {
        // the lists in this order, each word with its list's number
        static LISTS: [&[&str]; 4] = [CHANGES, CHANGES_OF_CHANGES, ESTIMATE_WORDS, FORECASTS];
        // (none has an ASCII letter: they match as written)
        static WORDS: LazyLock<(Lexicon, Vec<usize>)> = LazyLock::new(|| {
            let (words, list): (Vec<&str>, Vec<usize>) = LISTS
                .iter()
                .enumerate()
                .flat_map(|(l, words)| words.iter().map(move |&w| (w, l)))
                .unzip();
            let lexicon = Lexicon::new(&words).expect("every lead word has two characters");
            (lexicon, list)
        });
        let (words, list) = &*WORDS;
        let mut found = [false; 4];
        words.each(lead, |w, _| found[list[w]] = true);
        LeadWords {
            changes: found[0],
            changes_of_changes: found[1],
            estimates: found[2],
            forecasts: found[3],
        }
    }
}

/// A starting point is not the figure itself: 从600GB/s降到400GB/s,
/// 由7,531,800人修订为…; nor is a span over time read as one range
/// (從60萬億元到134萬億元).
fn starting_point(doc: &Doc, fig: &Figure) -> bool {
    let (text, m, s) = (doc.text, fig.m, fig.s);
    let before = &text[s.start..m.start];
    // both readings need 从, 從 or 由 before the figure
    if doc.words_of(fig.si).from.is_none_or(|at| at >= m.start) {
        return false;
    }
    let clause_rest = text[m.end..s.end]
        .split(['，', ',', '；', ';', '。'])
        .next()
        .unwrap_or("");
    let starting_point = ["从", "從", "由"].iter().any(|w| {
        before.ends_with(w)
            || before
                .strip_suffix("早前公布的")
                .is_some_and(|b| b.ends_with(w))
            || before
                .trim_end_matches(|c: char| !matches!(c, '从' | '從' | '由' | '，' | ','))
                .ends_with(w)
                && before.len() - before.rfind(w).unwrap_or(0) < 40
    }) && (clause_rest.contains('到')
        || clause_rest.contains('至')
        || clause_rest.contains("为")
        || clause_rest.contains("為")
        || text[m.end..s.end].contains("修订")
        || text[m.end..s.end].contains("修訂")
        || moves_on(clause_rest));
    // a span over time read as one range: 從60萬億元到134萬億元 (not one
    // the words after say an amount varies over: 从90到100天不等)
    let varies = || {
        let near = clause_rest
            .char_indices()
            .nth(6)
            .map_or(clause_rest, |(i, _)| &clause_rest[..i]);
        crate::extract::VARIES.iter().any(|w| near.contains(w))
    };
    let span_over_time = m.qualifier == Qualifier::Range
        && text[m.start..m.end].contains(['到', '至'])
        && ["从", "從", "由"].iter().any(|w| before.ends_with(w))
        && !varies();
    starting_point || span_over_time
}

/// Whether the rest of a figure's clause opens with a verb of change (从1%
/// 扩大一倍, 由7.76上调, 从100亿元增长两成): the figure after 从 is where the
/// change started, whatever it reached.
fn moves_on(clause_rest: &str) -> bool {
    let rest = clause_rest.trim_start_matches([' ', '再', '又']);
    let rest = ["进一步", "進一步"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    crate::extract::CHANGE_VERBS
        .iter()
        .chain(MOVES)
        .any(|v| rest.starts_with(v))
}

/// Verbs of a move of a level, beside the verbs of change
/// ([`crate::extract::CHANGE_VERBS`]).
const MOVES: &[&str] = &[
    "上调", "上調", "下调", "下調", "调高", "調高", "调低", "調低", "调整", "調整", "放宽", "放寬",
    "收窄", "收紧", "收緊", "翻番", "翻倍", "翻了", "倍增", "升", "降",
];

/// A difference is not the figure itself: 相差约7,700人; nor is the change
/// of a change (减少幅度比上年收窄69万人, 降幅扩大2个百分点).
fn difference(doc: &Doc, fig: &Figure, words: LeadWords) -> bool {
    let before = doc.text[fig.s.start..fig.m.start].trim_end_matches(['约', '約', '了', ' ']);
    let lead = &doc.text[fig.cl_start..fig.m.start];
    ["相差", "差距", "差额", "差額", "相差约", "相差約"]
        .iter()
        .any(|w| before.ends_with(w))
        || (fig.m.unit != Some(crate::extract::Unit::PerMille) && rate_moved_by(lead))
        || (words.changes
            && words.changes_of_changes
            // 跌幅扩大到18% is the level reached, the figure itself
            && !lead
                .trim_end_matches(['约', '約', '了', ' '])
                .ends_with(['到', '至', '为', '為']))
}

/// Whether the clause before a figure says a rate moved by it (增速比上年
/// 下降3.2%, 成長率較上季回落0.5%): the figure is the change of the rate,
/// not the rate nor the growth of what it measures. (Not a level moved to:
/// 增速回落至5%; nor a rate per mille, which is written so as its level:
/// 人口自然增长率下降0.99‰.)
fn rate_moved_by(lead: &str) -> bool {
    const RATES: &[&str] = &[
        "增速",
        "增幅",
        "增长率",
        "增長率",
        "成长率",
        "成長率",
        "涨幅",
        "漲幅",
    ];
    const MOVED: &[&str] = &[
        "下降", "下滑", "回落", "放缓", "放緩", "减少", "減少", "降低", "上升", "回升", "提高",
        "加快", "提升",
    ];
    // (every rate word holds one of these: most leads hold none)
    if !lead.contains(['速', '幅', '率']) {
        return false;
    }
    let Some(at) = RATES.iter().filter_map(|w| lead.rfind(w)).max() else {
        return false;
    };
    let rest = lead[at..].trim_end_matches(['约', '約', '了', ' ']);
    MOVED.iter().any(|w| rest.ends_with(w))
}

/// A forecast, a target or an earlier figure named as such in the clause
/// (較預測數(4.27%), 此前设定的“5%左右”的预期目标, 較1月概估的4.30%) is not
/// the figure itself.
fn forecast(doc: &Doc, fig: &Figure, words: LeadWords) -> bool {
    let lead = &doc.text[fig.cl_start..fig.m.start];
    // an advance estimate is the news when stated (成长率概估为4.30%), an
    // earlier figure when compared with (較1月概估的4.30%上修)
    let earlier_estimate = words.estimates
        && ESTIMATE_WORDS.iter().any(|w| {
            lead.find(w)
                .is_some_and(|i| ["較", "较", "比"].iter().any(|c| lead[..i].contains(c)))
        });
    earlier_estimate
        || before_revision(lead)
        || (words.forecasts && !earlier_report(lead, &doc.text[fig.m.end..fig.s.end]))
        || doc
            .words_of(fig.si)
            .forecast_future
            .is_some_and(|at| at < fig.cl_start)
        || doc.words_of(fig.si).foresee.is_some_and(|at| {
            // (the sentence's first 预 or 預: none before the figure, no
            // verb of forecasting before it)
            at < fig.m.start
                && (expected_outcome(lead)
                    || (at < fig.cl_start
                        && (forecast_said_before(&doc.text[fig.s.start..fig.cl_start], lead)
                            || (expected_outcome(&doc.text[at..fig.cl_start])
                                && !ACTUAL.iter().any(|w| lead.contains(w))))))
        })
        || target_after(&doc.text[fig.m.end..fig.cl_end])
}

/// Whether the only forecast word of a lead is an earlier report
/// (此前公布的DeepSeek-V3训练成本约为557.6万美元): a figure as it was
/// reported, checked as any other, unless the sentence (`rest` is what
/// follows the figure) speaks of a revision or a first estimate (此前公布的
/// …为4.3%，今上修至4.59%), or the report was a guidance (营收指引, 財測).
fn earlier_report(lead: &str, rest: &str) -> bool {
    const EARLIER: &[&str] = &["此前", "先前", "早前", "原先"];
    const REPORTED: &[&str] = &[
        "公布", "公佈", "发布", "發布", "發佈", "披露", "宣布", "宣佈",
    ];
    const REVISED: &[&str] = &[
        "修正", "修订", "修訂", "上修", "下修", "初值", "初步", "初估", "概估", "调整", "調整",
        "指引", "财测", "財測", "展望", "预告", "預告",
    ];
    let reported = EARLIER.iter().any(|e| {
        lead.match_indices(e).any(|(i, e)| {
            let after = lead[i + e.len()..].trim_start_matches(['已', '所']);
            REPORTED.iter().any(|r| after.starts_with(r))
        })
    });
    reported
        && !FORECASTS
            .iter()
            .filter(|w| !EARLIER.contains(w))
            .any(|w| lead.contains(w))
        && !REVISED.iter().any(|w| lead.contains(w) || rest.contains(w))
}

/// Words of the figure before a revision (原为, 原統計為, 修正前).
const BEFORE_REVISION: &[&str] = &[
    "原为",
    "原為",
    "原先为",
    "原先為",
    "原统计为",
    "原統計為",
    "修正前",
    "修订前",
    "修訂前",
];

/// Whether a figure is the one before a revision, in the brackets after
/// the new one (上修為4.59%（原為4.30%）): a word of [`BEFORE_REVISION`]
/// inside the bracket the figure stands in.
fn before_revision(lead: &str) -> bool {
    let Some(open) = lead.rfind(['（', '(']) else {
        return false;
    };
    let inside = &lead[open..];
    !inside.contains(['）', ')']) && BEFORE_REVISION.iter().any(|w| inside.contains(w))
}

/// Verbs of estimating.
const ESTIMATE_VERBS: &[&str] = &["估计", "估計", "估算", "推算", "推估"];

/// Words before such a verb that make it the writer's rough reckoning or
/// an estimate of unnamed sources (粗略估计, 据估计), not a party's.
const UNNAMED_ESTIMATE: &[&str] = &[
    "粗略", "初步", "大致", "保守", "据", "據", "经", "經", "可以", "可", "有人", "外界", "普遍",
];

/// The verb when a party named before the figure in its sentence
/// estimated it (荣鼎咨询估计中国…增长仅为2.4%至2.8%; 分析师估算，…):
/// the figure is that party's estimate, not an official figure the
/// database quotes.
pub(super) fn estimate_said(doc: &Doc, fig: &Figure) -> Option<&'static str> {
    let before = &doc.text[fig.s.start..fig.m.start];
    // (every verb holds 估 or 推: most sentences have neither)
    if doc
        .words_of(fig.si)
        .estimate
        .is_none_or(|at| at >= fig.m.start)
    {
        return None;
    }
    let (at, verb) = ESTIMATE_VERBS
        .iter()
        .filter_map(|v| before.rfind(v).map(|i| (i, *v)))
        .max_by_key(|&(i, _)| i)?;
    // (an official release's name, 預先估計 of the advance estimate, is no
    // party's estimate: it is read as a release of the statistic)
    if ["预先", "預先"].iter().any(|w| before[..at].ends_with(w)) {
        return None;
    }
    let clause_start = before[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '，' | ',' | '；' | ';' | '：' | ':'))
        .map_or(0, |(p, c)| p + c.len_utf8());
    let party = before[clause_start..at].trim();
    (party.chars().count() >= 2 && !UNNAMED_ESTIMATE.iter().any(|w| party.ends_with(w)))
        .then_some(verb)
}

/// Whether the figure's sentence calls it an estimate before it, by
/// anyone (据估计…约7.15亿美元, 分析师估算，…): a reckoning, not a
/// figure on record.
pub(super) fn called_estimate(doc: &Doc, fig: &Figure) -> bool {
    doc.words_of(fig.si)
        .estimate
        .is_some_and(|at| at < fig.m.start)
        && ESTIMATE_VERBS
            .iter()
            .any(|v| doc.text[fig.s.start..fig.m.start].contains(v))
}

/// Words of an outcome as it turned out, in a clause after an
/// expectation (预计增长4.9%，实际增长5%).
const ACTUAL: &[&str] = &["实际", "實際", "最终", "最終", "结果", "結果"];

/// Words of expecting an outcome (经济学家预计中国经济增长4.9%).
const EXPECT: &[&str] = &["预计", "預計", "预料", "預料"];

/// Verbs of a plan: an amount expected to be put in (预计投入约5000亿美元)
/// is the plan itself, as announced.
const PLAN_VERBS: &[&str] = &[
    "投入", "投资", "投資", "斥资", "斥資", "耗资", "耗資", "出资", "出資", "募资", "募資", "融资",
    "融資", "花费", "花費", "获得", "獲得", "注资", "注資", "注入",
];

/// Whether a figure's clause before it expects the figure as an outcome
/// (经济学家预计中国2024年经济增长4.9%, 增長預計為4.9%): not a plan's
/// amount (預計投入約5,000億美元).
fn expected_outcome(lead: &str) -> bool {
    EXPECT
        .iter()
        .filter_map(|w| lead.rfind(w).map(|i| i + w.len()))
        .max()
        .is_some_and(|after| !PLAN_VERBS.iter().any(|v| lead[after..].contains(v)))
}

/// Verbs of forecasting that may end a clause whose next clauses are the
/// forecast (IMF预测，中国2024年经济增长4.8%; 分析师预计：…).
/// (预期 is read apart, by [`expects`]: mostly a noun at a clause's end,
/// 胜预期, 低于预期. Not 預估, Hong Kong's word for an official advance
/// estimate.)
const FORECAST_ENDS: &[&str] = &["预测", "預測", "预计", "預計", "预料", "預料"];

/// Words of saying that may follow such a verb (预测称, 預計指出).
const SAYING: &[&str] = &["称", "稱", "说", "說", "指出", "表示", "认为", "認為"];

/// Words after a forecast that give what came about instead (…，实际增长
/// 5.2%; …，但英伟达股价暴跌20%), with those of [`ACTUAL`]: the forecast
/// ends there.
const OUTCOME: &[&str] = &[
    "事实上",
    "事實上",
    "但",
    "却",
    "卻",
    "公布",
    "显示",
    "顯示",
    "录得",
    "錄得",
    "实现",
    "實現",
    "公佈",
    "发布",
    "發布",
    "發佈",
    "宣布",
    "然而",
    "不过",
    "不過",
    "官方",
    "初步核算",
    "目前",
    "当前",
    "當前",
    "统计局",
    "統計局",
];

/// Whether a clause of `before` (the sentence before the figure's clause)
/// ends with a verb of forecasting: what follows is the forecast, up to a
/// word of what came about instead (in the rest of `before` or in `lead`,
/// the figure's clause before it).
fn forecast_said_before(before: &str, lead: &str) -> bool {
    // (the figure's clause starts at the separator that ends `before`)
    before
        .match_indices(['，', ',', '：', ':'])
        .map(|(p, _)| p)
        .chain(std::iter::once(before.len()))
        .any(|p| {
            let clause = before[..p].trim_end();
            let clause = SAYING
                .iter()
                .find_map(|w| clause.strip_suffix(w))
                .unwrap_or(clause);
            (FORECAST_ENDS.iter().any(|v| clause.ends_with(v)) || expects(clause))
                && (WILL.iter().any(|w| lead.contains(w))
                    || !ACTUAL
                        .iter()
                        .chain(OUTCOME)
                        .any(|w| before[p..].contains(w) || lead.contains(w)))
                && !forecast_told_before(&before[p..], lead)
        })
}

/// Words of what will be: a figure's clause holding one is still the
/// forecast's, whatever word of an outcome stands (将实现增长4.5%).
const WILL: &[&str] = &["将", "將", "会", "會", "可能"];

/// Whether the forecast was told in a clause of its own before the figure's
/// (市场普遍预期，美联储将维持利率不变，1月27日英伟达股价下跌20%): a clause
/// of what will be, with no figure, and then the figure's clause telling
/// what happened on a day, with no word of what will be.
fn forecast_told_before(after: &str, lead: &str) -> bool {
    let told = after
        .split(['，', ',', '：', ':', '；', ';'])
        .any(|c| WILL.iter().any(|w| c.contains(w)) && !c.chars().any(|ch| ch.is_ascii_digit()));
    told && !WILL.iter().any(|w| lead.contains(w)) && super::scope::names_a_day(lead)
}

/// Whether a clause ends with 预期 as its verb, after who expects and an
/// adverb or two (市场普遍预期，…; 分析师此前預期：…): not the noun a
/// comparison or a change ends with (低于预期, 正如分析师预期, 改变了市场
/// 预期, 早有预期, 市场的预期). `clause` may hold earlier clauses.
fn expects(clause: &str) -> bool {
    const COMPARED: &[&str] = &[
        "于", "於", "超", "胜", "勝", "及", "符合", "达", "達", "如", "出", "乎", "打破", "偏离",
        "偏離", "过", "過", "的", "比", "实现", "實現", "完成", "逊", "遜", "违", "違", "扭转",
        "扭轉", "按", "了", "有", "改变", "改變", "颠覆", "顛覆",
    ];
    const ADVERBS: &[&str] = &[
        "普遍", "此前", "原本", "原先", "一度", "曾经", "曾經", "曾", "均", "都", "也", "早前",
        "先前", "大多", "多数", "多數", "一致", "一般",
    ];
    const WHO: &[&str] = &[
        "市场",
        "市場",
        "分析师",
        "分析師",
        "投资者",
        "投資者",
        "外界",
        "业界",
        "業界",
        "业内",
        "業內",
        "机构",
        "機構",
        "经济学家",
        "經濟學家",
        "华尔街",
        "華爾街",
        "人们",
        "人們",
        "交易员",
        "交易員",
        "专家",
        "專家",
        "券商",
        "大行",
        "投行",
        "业者",
        "業者",
    ];
    ["预期", "預期"].iter().any(|v| {
        clause.strip_suffix(v).is_some_and(|before| {
            let own = before
                .rfind(['，', ',', '：', ':', '；', ';', '。'])
                .map_or(before, |p| &before[p..]);
            let mut who = own;
            while let Some(rest) = ADVERBS.iter().find_map(|a| who.strip_suffix(a)) {
                who = rest;
            }
            !COMPARED.iter().any(|w| own.contains(w)) && WHO.iter().any(|w| who.ends_with(w))
        })
    })
}

/// Whether the rest of a figure's clause after it names it a target
/// (增长5.5%的目标, 5%左右的预期目标, 5%的增長目標).
fn target_after(after: &str) -> bool {
    // (a target is often quoted: 实现了“5%左右”的预期目标)
    let rest = after.trim_start_matches([
        '左', '右', '上', '下', '的', ' ', '”', '"', '」', '』', '’', '\'',
    ]);
    let rest = rest
        .strip_prefix("增长")
        .or_else(|| rest.strip_prefix("增長"))
        .unwrap_or(rest);
    ["目标", "目標", "预期目标", "預期目標"]
        .iter()
        .any(|w| rest.starts_with(w))
}

/// Verbs of forecasting.
pub(super) const FORECAST_VERBS: [&str; 4] = ["预测", "預測", "预料", "預料"];
/// The future after one: 会, 會, 将, 將.
#[cfg(test)]
const FUTURE: [char; 4] = ['会', '會', '将', '將'];

/// Whether a clause before the figure's in its sentence forecasts what
/// follows: a verb of forecasting, then a future 会/将 (预测香港经济在2024年
/// 会进一步扩张，全年实质增长介于2.5%至3.5%). (Read once per sentence,
/// as the first future after the sentence's first verb of forecasting:
/// the verbs are all six bytes long, so the first in the sentence is the
/// first in any part of it that holds one, and the text after the first
/// holds what follows any other. Kept to test that against.)
#[cfg(test)]
fn forecast_governs(before: &str) -> bool {
    FORECAST_VERBS
        .iter()
        .any(|w| before.find(w).is_some_and(|i| before[i..].contains(FUTURE)))
}

/// Words for how much something changed (a change of them is a change of a
/// change: 降幅收窄).
pub(super) const CHANGES: &[&str] = &[
    "幅度", "降幅", "增幅", "跌幅", "涨幅", "漲幅", "减幅", "減幅", "升幅",
];
/// Words for a change of a change.
const CHANGES_OF_CHANGES: &[&str] = &[
    "收窄", "缩小", "縮小", "扩大", "擴大", "加快", "放缓", "放緩",
];
/// Advance estimates, an earlier figure when compared with.
const ESTIMATE_WORDS: &[&str] = &["概估", "初估", "初值", "前估"];
/// Words naming a forecast, a target or an earlier figure.
const FORECASTS: &[&str] = &[
    "预测",
    "預測",
    "预估",
    "預估",
    "预期",
    "預期",
    "目标",
    "目標",
    "原先",
    "早前",
    "此前",
    "先前",
    "前值",
    // what is hoped for or expected (經濟可望增長4.8%, 增長料為4.9%,
    // 市場料香港去年經濟增長3%); 料 alone is in 资料, 材料
    "可望",
    "有望",
    "料为",
    "料為",
    "料将",
    "料將",
    "市场料",
    "市場料",
    "分析师料",
    "分析師料",
    // the future's (未来的训练可能涉及1000万块GPU)
    "未来的",
    "未來的",
    "将来的",
    "將來的",
];

/// The closing passes, once every mention is linked: dates and fiscal-year
/// labels that give other figures their time are context, not claims.
pub(super) fn mark_time_context(doc: &Doc, links: &mut [Link]) {
    framing_dates(doc, links);
    fiscal_labels(doc, links);
    bare_years(doc, links);
    years_giving_time(doc, links);
}

/// Dates that frame another claim are context, not claims: 截至2月9日,
/// 1月27日早上下载量达260万次 (a number follows in the same clause).
fn framing_dates(doc: &Doc, links: &mut [Link]) {
    let (text, mentions, sentence_of) = (doc.text, doc.mentions, doc.sentence_of);
    for k in 0..mentions.len() {
        let m = &mentions[k];
        if m.kind != Kind::Date {
            continue;
        }
        let before = &text[..m.start];
        let framed = ["截至", "截止", "直至", "到了", "至", "到"]
            .iter()
            .any(|w| before.ends_with(w));
        let followed = mentions.get(k + 1).is_some_and(|n| {
            n.kind != Kind::Date
                && sentence_of[k + 1] == sentence_of[k]
                && !text.get(m.end..n.start).unwrap_or("，").pipe_has()
        });
        if framed || followed {
            links[k].is_time_context = true;
        }
    }
}

/// Fiscal year labels are periods, never claims.
fn fiscal_labels(doc: &Doc, links: &mut [Link]) {
    for (m, link) in doc.mentions.iter().zip(links.iter_mut()) {
        if m.fiscal {
            link.is_time_context = true;
        }
    }
}

/// A bare year (去年, 2024年, 2025財政年度) that no metric claims is a time
/// reference, not a claim; so is one said of a date that comes again each
/// year (2025年春节的放假日期: which year's holiday, not its days).
fn bare_years(doc: &Doc, links: &mut [Link]) {
    for (m, link) in doc.mentions.iter().zip(links.iter_mut()) {
        let relative = ["去年", "今年", "前年", "明年"]
            .iter()
            .any(|w| doc.text[m.start..m.end].starts_with(w));
        let names_the_period = || link.metric.is_some_and(|mi| doc.db.dates_each_period(mi));
        // (the metric's facts are read last, for a year alone only)
        if m.kind == Kind::Date
            && m.date_end.is_none()
            && m.date.is_some_and(|d| d.month.is_none())
            && (link.metric.is_none() || relative || names_the_period())
        {
            link.is_time_context = true;
        }
    }
}

/// Year-only dates (and date ranges) that give another claim its time are
/// context.
fn years_giving_time(doc: &Doc, links: &mut [Link]) {
    let mentions = doc.mentions;
    for k in 0..links.len() {
        if let Some(t) = links[k].time {
            if links[k].metric.is_some() || mentions[k].kind != Kind::Date {
                let tm = &mentions[t];
                if links[t].metric.is_none()
                    && (tm.date.is_some_and(|d| d.month.is_none()) || tm.date_end.is_some())
                {
                    links[t].is_time_context = true;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::linked;
    use super::*;

    #[test]
    fn a_forecast_said_in_an_earlier_clause_or_a_target_is_not_a_figure() {
        assert!(forecast_said_before("IMF预测", ""));
        assert!(forecast_said_before("分析师预计称，其中", ""));
        assert!(!forecast_said_before("国家统计局公布", ""));
        assert!(!forecast_said_before("预测显示经济向好", ""));
        assert!(!forecast_said_before("GDP預估增3.8%勝預期", ""));
        assert!(forecast_said_before(
            "此前市场普遍预期",
            "，2024年中国GDP增长"
        ));
        assert!(!forecast_said_before(
            "此前市场普遍预期，2024年中国GDP增长4.9%",
            "，实际增长"
        ));
        assert!(!forecast_said_before("正如分析师预期", "，数据中心营收达"));
        assert!(expected_outcome("经济学家预计中国2024年经济增长"));
        assert!(expected_outcome("中國2024年經濟增長預計為"));
        assert!(!expected_outcome("預計投入約"));
        assert!(!expected_outcome("中国经济增长"));
        assert!(target_after("的目标并不容易"));
        assert!(target_after("左右的预期目标"));
        assert!(target_after("左右”的预期目标"));
        assert!(target_after("」的增長目標"));
        assert!(!target_after("”，高于目标"));
        assert!(!target_after("，高于预期"));
        let l = linked("IMF预测，中国2024年经济增长4.8%。");
        assert!(l.link("4.8%").not_figure);
        let l = linked("中国要实现2024年经济增长5.5%的目标并不容易。");
        assert!(l.link("5.5%").not_figure);
    }

    #[test]
    fn lead_words_match_as_written() {
        // (the lexicon matches ASCII letters without case; these have none)
        for list in [CHANGES, CHANGES_OF_CHANGES, ESTIMATE_WORDS, FORECASTS] {
            assert!(list
                .iter()
                .all(|w| !w.bytes().any(|b| b.is_ascii_alphabetic())));
        }
    }

    #[test]
    fn a_parenthetical_conversion_pairs_with_its_amount() {
        let l = linked("DeepSeek-V3的训练成本为557.6万美元(约4,350万港元)。");
        let orig = l.find("557.6万美元");
        assert_eq!(l.with_figure("约4,350万港元", converts), Some(orig));
        assert_eq!(l.with_figure("557.6万美元", converts), None);
        assert_eq!(l.link("约4,350万港元").converts, Some(orig));
        // two amounts side by side are not a conversion
        let l = linked("DeepSeek的训练成本为557.6万美元，芯片投资为5亿美元。");
        assert_eq!(l.link("5亿美元").converts, None);
    }

    #[test]
    fn a_starting_point_is_not_a_figure() {
        let l = linked("H800的NVLink带宽从600GB/s降到400GB/s。");
        assert!(l.with_figure("600GB/s", not_figure));
        assert!(l.link("600GB/s").not_figure);
        assert_eq!(l.metric("600GB/s"), None);
        assert!(!l.link("400GB/s").not_figure);
        assert_eq!(l.metric("400GB/s"), Some("nvlink_bandwidth"));
        assert_eq!(l.entity("400GB/s"), Some("NVIDIA H800"));
    }

    #[test]
    fn a_span_over_time_a_difference_and_a_target_are_not_figures() {
        let l = linked("經濟規模從60萬億元到134萬億元。");
        assert!(l.link("60萬億元到134萬億元").not_figure);
        let l = linked("两地人口相差约7,700人。");
        assert!(l.link("约7,700人").not_figure);
        let l = linked("中国经济增长5.0%，符合此前设定的5%左右的预期目标。");
        assert!(l.link("5%左右").not_figure);
        assert!(!l.link("5.0%").not_figure);
        assert_eq!(l.metric("5.0%"), Some("gdp_growth"));
        // the change of a change is not a figure; the level a fall widened
        // to is
        let l = linked("全国人口比上年末减少139万人，减少幅度比上年收窄69万人。");
        assert!(l.link("69万人").not_figure);
        assert!(!l.link("139万人").not_figure);
        let l = linked("英伟达股价盘中跌幅一度扩大到约18%。");
        assert!(!l.link("约18%").not_figure);
    }

    #[test]
    fn a_forecast_is_read_once_per_sentence_as_before_each_clause() {
        // each figure's text before its clause read on its own, and the
        // sentence's first forecast then future read once
        let pieces = [
            "预测",
            "預料",
            "会",
            "將",
            "经济",
            "，",
            "2.5%",
            "在2024年",
            "增长",
            "测",
            "预",
        ];
        let mut rng = crate::testing::xorshift(21);
        let mut seen = 0;
        for _ in 0..400 {
            let text = crate::testing::pieces_text(&mut rng, &pieces, 12) + "。";
            linked(&text).each_figure(|doc, fig| {
                let by_sentence = doc
                    .words_of(fig.si)
                    .forecast_future
                    .is_some_and(|at| at < fig.cl_start);
                let by_clause = forecast_governs(&doc.text[fig.s.start..fig.cl_start]);
                assert_eq!(by_sentence, by_clause, "{text}");
                seen += usize::from(by_clause);
            });
        }
        assert!(seen > 10, "{seen}");
    }

    #[test]
    fn dates_that_frame_a_figure_are_its_time_context() {
        let l = linked("截至2月9日，DeepSeek App的下载量达1.1亿次。");
        assert!(l.link("2月9日").is_time_context);
        assert!(!l.link("1.1亿次").is_time_context);
        assert_eq!(l.time("1.1亿次"), Some("2月9日"));
        // a fiscal-year label is a period even when a metric took it
        let l = linked("輝達公布2025財政年度業績。\n全年收入為1305億美元。");
        assert!(l.link("2025財政年度").is_time_context);
        // a bare year that gives a figure its time
        let l = linked("國家統計局公布，2024年中国GDP为134.9万亿元。");
        assert!(l.link("2024年").is_time_context);
        assert!(!l.link("134.9万亿元").is_time_context);
        // the year of a date that comes again each year is which year's
        // (the days of the year's holiday are the claim), not a date said
        let l = linked("我国2025年春节自1月21日至2月7日放假调休。");
        assert!(l.link("2025年").is_time_context);
        assert!(!l.link("1月21日至2月7日").is_time_context);
        let l = linked("许多人在关心2025年春节的放假日期。");
        assert!(l.link("2025年").is_time_context);
        // a release date is a claim of its own
        let l = linked("2025年1月20日DeepSeek发布R1模型。");
        assert!(!l.link("2025年1月20日").is_time_context);
        assert_eq!(l.metric("2025年1月20日"), Some("release_date"));
    }
}
