//! Hedges and direction words: 约, 以上, 逾, 不到 before or after a number,
//! and the words that make it a fall (下跌) or an increase (增长了).

use super::text::{BmpSet, ByChar, Text, PAREN_CLOSE, PAREN_OPEN};
use super::units::{unit_word_at, Unit};
use super::{Kind, Mention, Qualifier, Role};
use std::sync::LazyLock;

/// Hedges written before the number.
pub(super) const PREFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("大约", Qualifier::Approx),
    ("大約", Qualifier::Approx),
    ("大概", Qualifier::Approx),
    ("约为", Qualifier::Approx),
    ("約為", Qualifier::Approx),
    ("约需", Qualifier::Approx),
    ("約需", Qualifier::Approx),
    ("约合", Qualifier::Approx),
    ("約合", Qualifier::Approx),
    ("约有", Qualifier::Approx),
    ("約有", Qualifier::Approx),
    ("约", Qualifier::Approx),
    ("約", Qualifier::Approx),
    ("将近", Qualifier::Approx),
    ("將近", Qualifier::Approx),
    ("接近", Qualifier::Approx),
    ("差不多", Qualifier::Approx),
    ("近", Qualifier::Approx),
    ("超过了", Qualifier::AtLeast),
    ("超過了", Qualifier::AtLeast),
    ("超过", Qualifier::AtLeast),
    ("超過", Qualifier::AtLeast),
    ("多于", Qualifier::AtLeast),
    ("多於", Qualifier::AtLeast),
    ("不下于", Qualifier::AtLeast),
    ("不下於", Qualifier::AtLeast),
    // 不下200人 (no fewer than; not a verb's 不下, 居高不下, 容纳不下: see
    // hedge_word_left)
    ("不下", Qualifier::AtLeast),
    ("不止", Qualifier::AtLeast),
    ("不少于", Qualifier::AtLeast),
    ("不少於", Qualifier::AtLeast),
    ("不低于", Qualifier::AtLeast),
    ("不低於", Qualifier::AtLeast),
    ("至少", Qualifier::AtLeast),
    ("最少", Qualifier::AtLeast),
    ("起码", Qualifier::AtLeast),
    ("起碼", Qualifier::AtLeast),
    ("突破", Qualifier::AtLeast),
    // 破10亿, 破千万: past the figure (but not 打破3项纪录, see
    // hedge_word_left)
    ("破", Qualifier::AtLeast),
    ("站上", Qualifier::AtLeast),
    // 跌破100元, 跌穿7.3, 失守3000点: below the figure
    ("跌破", Qualifier::AtMost),
    ("跌穿", Qualifier::AtMost),
    ("失守", Qualifier::AtMost),
    ("高于", Qualifier::AtLeast),
    ("高於", Qualifier::AtLeast),
    ("逾", Qualifier::AtLeast),
    ("超", Qualifier::AtLeast),
    // the signs of comparison: ≥100万, ＞5%, ≤5万人
    ("≥", Qualifier::AtLeast),
    ("⩾", Qualifier::AtLeast),
    (">", Qualifier::AtLeast),
    ("＞", Qualifier::AtLeast),
    ("≤", Qualifier::AtMost),
    ("⩽", Qualifier::AtMost),
    ("<", Qualifier::AtMost),
    ("＜", Qualifier::AtMost),
    ("不超过", Qualifier::AtMost),
    ("不超過", Qualifier::AtMost),
    ("不到", Qualifier::AtMost),
    ("不足", Qualifier::AtMost),
    ("少于", Qualifier::AtMost),
    ("少於", Qualifier::AtMost),
    ("低于", Qualifier::AtMost),
    ("低於", Qualifier::AtMost),
    ("最多", Qualifier::AtMost),
    ("至多", Qualifier::AtMost),
    ("未满", Qualifier::AtMost),
    ("未滿", Qualifier::AtMost),
    // "as high as", "as many as": the figure stated, with emphasis — not a
    // bound (高达5000万美元 for a cost of 557.6万 is wrong, not "at most")
    ("高达", Qualifier::Approx),
    ("高達", Qualifier::Approx),
    ("多达", Qualifier::Approx),
    ("多達", Qualifier::Approx),
];

/// Hedges written after the number and its unit.
pub(super) const SUFFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("左右", Qualifier::Approx),
    ("上下", Qualifier::Approx),
    ("以上", Qualifier::AtLeast),
    ("之多", Qualifier::AtLeast),
    ("有余", Qualifier::AtLeast),
    ("有餘", Qualifier::AtLeast),
    ("出头", Qualifier::AtLeast),
    ("出頭", Qualifier::AtLeast),
    // (收于110美元上方, 1700亿之上, 四十开外)
    ("之上", Qualifier::AtLeast),
    ("上方", Qualifier::AtLeast),
    ("开外", Qualifier::AtLeast),
    ("開外", Qualifier::AtLeast),
    ("以下", Qualifier::AtMost),
    ("以内", Qualifier::AtMost),
    ("以內", Qualifier::AtMost),
];

/// The suffix hedge at char `k` (as `t.word_at(k, SUFFIX_QUALIFIERS)`):
/// most places hold none of the first characters of the hedges, and are
/// told so by one test (a test says the characters are those of the list).
pub(super) fn suffix_hedge(t: &Text, k: usize) -> Option<(&'static str, Qualifier)> {
    if !t.at(k).is_some_and(is_suffix_hedge_first) {
        return None;
    }
    t.word_at(k, SUFFIX_QUALIFIERS)
}

/// The first characters of [`SUFFIX_QUALIFIERS`] (the scanner's and the
/// text's: none is one the scanner reads otherwise).
fn is_suffix_hedge_first(c: char) -> bool {
    matches!(c, '左' | '上' | '以' | '之' | '有' | '出' | '开' | '開')
}

/// Words just before a number that make it a fall.
pub(super) const DECREASE_WORDS: &[&str] = &[
    "下跌",
    "下降",
    "减少",
    "減少",
    "收跌",
    "跌幅",
    "降幅",
    "萎缩",
    "萎縮",
    "回落",
    "跌了",
    "降了",
    "跌",
    "降",
    "减",
    "減",
    "少了",
    "缩水",
    "縮水",
    "重挫",
    "挫",
    "暴跌",
    "大跌",
    "急跌",
    "蒸发",
    "蒸發",
    "下滑",
    "跌去",
    "失血",
    "流失",
    "缩减",
    "縮減",
    "负增长",
    "負增長",
    "负成长",
    "負成長",
    "衰退",
    // (全國固定資產投資按年倒退3.8%)
    "倒退",
    "收缩",
    "收縮",
    // Hong Kong's words of a plunge (急瀉17%, 昨插逾7%)
    "急瀉",
    "急泻",
    "瀉",
    "泻",
    "急插",
    "插水",
    "插",
];

/// Words before a 倍 that make it an increase (增长了11倍 = ×12).
pub(super) const INCREASE_WORDS: &[&str] = &[
    "增长了",
    "增長了",
    "增加了",
    "提高了",
    "上升了",
    "提升了",
    "成长了",
    "成長了",
    "扩大了",
    "擴大了",
    "增长",
    "增長",
    "增加",
    "提高",
    "上升",
    "提升",
    "成长",
    "成長",
    "扩大",
    "擴大",
    "上涨了",
    "上涨",
    "上漲了",
    "上漲",
];

/// Verbs of a change by an amount (`减少200.18亿元至1,441.75亿元`: down by
/// the first amount, to the second).
pub(crate) const CHANGE_VERBS: &[&str] = &[
    "增加", "增长", "增長", "上升", "上涨", "上漲", "提高", "提升", "扩大", "擴大", "减少", "減少",
    "下降", "下跌", "回落", "缩小", "縮小", "降低", "下滑", "缩减", "縮減", "蒸发", "蒸發", "缩水",
    "縮水", "暴跌", "大跌", "重挫", "暴涨", "暴漲", "大涨", "大漲", "飙升", "飆升", "攀升", "跌",
    "涨", "漲",
];

/// Whether a verb of change ([`CHANGE_VERBS`], perhaps with 了, then
/// perhaps a hedge) stands right before the number at char `i`.
pub(super) fn changes_by(t: &Text, i: usize) -> bool {
    let before = prefix_hedge(t, i).map_or(i, |(w, _)| i - Text::nchars(w));
    let before = if t.ends(before, "了") {
        before - 1
    } else {
        before
    };
    CHANGE_VERBS.iter().any(|w| t.ends(before, w))
}

pub(super) fn apply_qualifier(m: &mut Mention, q: Qualifier) {
    if m.kind == Kind::Date {
        return;
    }
    match q {
        Qualifier::Exact | Qualifier::Range => {}
        Qualifier::Approx => {
            if m.qualifier == Qualifier::Exact {
                m.qualifier = Qualifier::Approx;
            }
        }
        Qualifier::AtLeast => {
            if let Some(v) = m.value.or(m.low) {
                m.low = Some(v);
                if m.qualifier != Qualifier::AtLeast {
                    m.high = None;
                }
                m.value = None;
                m.qualifier = Qualifier::AtLeast;
            }
        }
        Qualifier::AtMost => {
            if let Some(v) = m.value.or(m.high) {
                m.high = Some(v);
                m.low = None;
                m.value = None;
                m.qualifier = Qualifier::AtMost;
            }
        }
        Qualifier::Vague => m.qualifier = Qualifier::Vague,
    }
}

/// The prefix hedges by their last character.
/// The prefix hedges by their last character, the longest first (and in
/// the list's order among those as long: the sort keeps it).
static PREFIX_QUALIFIERS_BY_LAST: LazyLock<ByChar<(&'static str, Qualifier)>> =
    LazyLock::new(|| {
        let mut words = PREFIX_QUALIFIERS.to_vec();
        words.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        ByChar::new(&words, |(w, _)| w.chars().next_back())
    });

/// The words of a level crossed (破10亿, 站上3000点, 跌破100元, 失守,
/// 跌穿): a bound only on what a level can be, and never what makes a bare
/// number a claim.
pub(super) const CROSSINGS: &[&str] = &["破", "站上", "跌破", "跌穿", "失守"];

/// Words before a crossing that deny it (未能破亿, 不过亿, 未能站上120美元):
/// the figure then bounds from the other side. (And the near misses:
/// 险些跌破900万, 差点失守100美元, 距跌破…仅一步之遥 did not happen.)
pub(super) const DENIALS: &[&str] = &[
    "未能",
    "没能",
    "沒能",
    "尚未",
    "没有",
    "沒有",
    "无法",
    "無法",
    "难以",
    "難以",
    "未",
    "不",
    "没",
    "沒",
    "险些",
    "險些",
    "差点",
    "差點",
    "差一点",
    "差一點",
    "几乎",
    "幾乎",
    "距离",
    "距離",
    "距",
];

/// The bound a crossing word `w` (its hedge `q`) at char `at` makes of the
/// figure `m`, or none when it makes none; any other hedge is `q` as it is.
/// Passing a level is a lower bound for an amount, a share or a large
/// count (破10亿, 破100万辆, 站上10万美元; 站上 only an amount or a share), an upper one for a time (百米破10
/// 秒: under ten seconds); a small count was broken, not passed (连破3项纪录,
/// 侦破3起案件), and a time or a moving average is not fallen through
/// (失守3天后, 跌破60日均线). A denial before the word turns it round.
fn crossing(t: &Text, at: usize, w: &str, q: Qualifier, m: &Mention) -> Option<Qualifier> {
    if !CROSSINGS.contains(&w) {
        return Some(q);
    }
    let level = match m.kind {
        Kind::Money | Kind::Percent => true,
        Kind::Duration => w == "破",
        // (站上 a count is standing on something: 空间站上3名航天员,
        // 网站上3000个视频)
        _ if w == "站上" => false,
        _ => m
            .value
            .or(m.low)
            .or(m.high)
            .is_some_and(|v| v >= rust_decimal::Decimal::from(1000)),
    };
    if !level {
        return None;
    }
    // (破 alone before a price goes either way: 股价再破120美元 in a fall
    // is below it)
    if w == "破"
        && m.kind == Kind::Money
        && t.chars[at.saturating_sub(12)..at]
            .iter()
            .any(|c| matches!(c, '价' | '價' | '汇' | '匯' | '币' | '幣' | '指'))
    {
        return None;
    }
    let q = if w == "破" && m.kind == Kind::Duration {
        Qualifier::AtMost
    } else {
        q
    };
    Some(if DENIALS.iter().any(|d| t.ends(at, d)) {
        match q {
            Qualifier::AtLeast => Qualifier::AtMost,
            Qualifier::AtMost => Qualifier::AtLeast,
            q => q,
        }
    } else {
        q
    })
}

/// The longest prefix hedge before char `start` (the first in
/// [`PREFIX_QUALIFIERS`] among the longest): the first found among those
/// with its last character, which are tried longest first.
pub(super) fn prefix_hedge(t: &Text, start: usize) -> Option<(&'static str, Qualifier)> {
    PREFIX_QUALIFIERS_BY_LAST
        .get(t.raw_before(start)?)
        .iter()
        .find(|(w, _)| t.ends(start, w) && !hedge_word_left(t, start, w))
        .copied()
}

/// Whether the hedge `w` that ends at char `start` is the end of another
/// word: 近 in 最近/附近/靠近, 超 in 赶超 and in the net buying or selling
/// of Taiwan's market pages (外資賣超150億元: sold 15 billion more than
/// it bought, no bound), 破 in 打破 (打破3项纪录 broke three records: a
/// count, not a bound).
fn hedge_word_left(t: &Text, start: usize, w: &str) -> bool {
    (w == "近" && (t.ends(start, "最近") || t.ends(start, "附近") || t.ends(start, "靠近")))
        || (w == "超" && start >= 2 && matches!(t.chars[start - 2], '赶' | '趕'))
        || (w == "超" && start.checked_sub(1).is_some_and(|e| net_trade(t, e)))
        || (w == "破" && start >= 2 && breaks_rather_than_passes(t.chars[start - 2]))
        || (w == "不下"
            && start >= 3
            && !t.chars[start - 3].is_ascii_punctuation()
            && !matches!(
                t.chars[start - 3],
                '，' | '。'
                    | '、'
                    | '；'
                    | '：'
                    | ' '
                    | '有'
                    | '达'
                    | '達'
                    | '人'
                    | '者'
                    | '的'
                    | '数'
                    | '數'
                    | '量'
                    | '计'
                    | '計'
            ))
}

/// Whether the 賣/買 that ends at char `end` is a net sale or purchase by
/// a class of traders on Taiwan's market (外資賣超, 投信買超, 自營商賣超),
/// not someone buying or selling more than an amount (购买超4万块GPU,
/// 在中国市场卖超100万颗).
fn net_trade(t: &Text, end: usize) -> bool {
    const TRADERS: &[&str] = &["外資", "外资", "投信", "自營商", "自营商", "法人", "主力"];
    end >= 1
        && matches!(t.chars[end - 1], '賣' | '卖' | '買' | '买')
        && TRADERS.iter().any(|w| t.ends(end - 1, w))
}

/// Whether 破 after `c` is the end of a verb of breaking or seeing through
/// (打破, 侦破, 连破, 识破, 读书破万卷), not the word of passing a level.
pub(super) fn breaks_rather_than_passes(c: char) -> bool {
    static BREAKERS: BmpSet = BmpSet::new(
        &[
            '打', '攻', '击', '擊', '识', '識', '看', '说', '說', '点', '點', '道', '侦', '偵',
            '爆', '磨', '连', '連', '被', '读', '讀', '书', '書', '戳', '揭', '捅', '划', '劃',
            '刺', '撞', '突',
        ],
        &[],
    );
    BREAKERS.contains(c)
}

/// Apply the hedges before and after the mention `m` that spans chars
/// `start..end`: a prefix (约, 超过), a suffix (以上, 左右), a suffix after a
/// parenthetical conversion (5亿美元(约39亿港元)以上), and a unit after a
/// suffix hedge (10万以上人次). Returns the span with the hedges.
pub(super) fn hedges(t: &Text, start: usize, end: usize, m: &mut Mention) -> (usize, usize) {
    let mut start = start;
    let mut end = end;
    if let Some((w, q)) = prefix_hedge(t, start) {
        if let Some(q) = crossing(t, start - Text::nchars(w), w, q, m) {
            start -= Text::nchars(w);
            apply_qualifier(m, q);
        }
    }
    let k = end;
    if let Some((w, q)) = suffix_hedge(t, k) {
        // 以上 in 以上述 is not a hedge (30%以上的用户 is); 上下 in 上下游 either
        let nxt = t.at(k + 2);
        let not_hedge = (w == "以上" && matches!(nxt, Some('述')))
            || (w == "上下" && matches!(nxt, Some('游' | '文' | '班')));
        if !not_hedge {
            end = k + Text::nchars(w);
            apply_qualifier(m, q);
            if m.unit.is_none() {
                if let Some((w2, u2, kd2)) = unit_word_at(t, end).filter(|(_, u, _)| {
                    !matches!(*u, Unit::Year | Unit::People | Unit::Entity | Unit::Type)
                }) {
                    m.unit = Some(u2);
                    m.kind = kd2;
                    end += Text::nchars(w2);
                }
            }
        }
    } else if let Some((w, q)) = (t.starts(k, "（含）") || t.starts(k, "(含)"))
        .then(|| suffix_hedge(t, k + 3))
        .flatten()
        .filter(|(w, _)| matches!(*w, "以上" | "以下"))
    {
        // 50万元（含）以上: the bound with the mark that the figure is in it
        end = k + 3 + Text::nchars(w);
        apply_qualifier(m, q);
    } else if t.at(k).is_some_and(|c| PAREN_OPEN.contains(&c)) {
        hedge_after_parenthesis(t, k, m);
    }
    (start, end)
}

/// A hedge after a parenthesis that opens at char `k`:
/// 5亿美元(约39亿港元)以上.
fn hedge_after_parenthesis(t: &Text, k: usize, m: &mut Mention) {
    let end = k;
    let mut k = k;
    let mut depth = 0;
    while k < t.len() && k < end + 40 {
        let c = t.chars[k];
        if PAREN_OPEN.contains(&c) {
            depth += 1;
        } else if PAREN_CLOSE.contains(&c) {
            depth -= 1;
            if depth == 0 {
                break;
            }
        }
        k += 1;
    }
    if depth == 0 && k < t.len() {
        if let Some((w, q)) = suffix_hedge(t, k + 1) {
            if w == "以上" || w == "以下" || w == "左右" {
                apply_qualifier(m, q);
            }
        }
    }
}

/// Whether decrease words stand shortly before char `start` in the clause
/// that starts at `cs`: 下跌16.97%, 股價終場重挫16.97%.
pub(super) fn falls(t: &Text, cs: usize, start: usize) -> bool {
    let lead_from = cs.max(start.saturating_sub(8));
    // one pass over the scanner's characters first, a look-up each: most
    // leads have none of these (none is a character the scanner leaves out
    // or reads otherwise, so the text between has one when they do)
    static FALL_CHARS: BmpSet = BmpSet::new(
        &[
            '跌', '降', '减', '減', '少', '缩', '縮', '挫', '蒸', '滑', '失', '负', '負', '瀉',
            '泻', '插', '衰', '退',
        ],
        &[],
    );
    if !t.chars[lead_from..start]
        .iter()
        .any(|&c| FALL_CHARS.contains(c))
    {
        return false;
    }
    let lead = &t.s[t.offs[lead_from]..t.offs[start]];
    static BY_FIRST: LazyLock<ByChar<&str>> = LazyLock::new(|| by_first(DECREASE_WORDS));
    holds_any(lead, &BY_FIRST)
}

/// Whether the decrease word nearest before char `start` (in the clause
/// that starts at `cs`) states the size of a fall: at most four characters
/// before the figure, with no word of a rise between (减税降费带动投资增长
/// is a rise), no 至, 到 or 为 between unless the fall is named as a noun
/// (回落至5% is the level fallen to; 跌幅为3.2% and 跌幅收窄至3% a fall's
/// size), and no negation right before it (并未下降5%).
pub(super) fn falls_by(t: &Text, cs: usize, start: usize) -> bool {
    const RISE: &[char] = &['增', '升', '涨', '漲', '长', '長', '提', '扩', '擴'];
    const TO: &[char] = &['至', '到', '为', '為', '是'];
    let lead_from = cs.max(start.saturating_sub(8));
    let lead = &t.s[t.offs[lead_from]..t.offs[start]];
    // (the longest word ending last: 下降, not its 降; found from the
    // lead's end, one character at a time)
    let Some((end, word)) = lead
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .rev()
        .find_map(|end| {
            DECREASE_WORDS
                .iter()
                .filter(|w| lead[..end].ends_with(**w))
                .max_by_key(|w| w.len())
                .map(|w| (end, *w))
        })
    else {
        return false;
    };
    let rest = &lead[end..];
    // (a fall's size named as a noun is the size after 为: 跌幅为3.2%,
    // 下降幅度为3.2%; after a verb, 至 gives the level: 降低至5%)
    let noun = word.ends_with('幅') || rest.contains('幅');
    // (nor a fall denied: 并未下降5%, 没有减少3.2%)
    const NOT: &[&str] = &[
        "没有", "沒有", "没", "沒", "未", "不是", "並非", "并非", "非",
    ];
    let before = &lead[..end - word.len()];
    rest.chars().count() <= 4
        && !rest.contains(RISE)
        && (noun || !rest.contains(TO))
        && !NOT.iter().any(|w| before.ends_with(w))
}

/// A correction's figure (…股价下跌27%，应为17%) is the same kind of
/// figure as the one it corrects, right before it in the sentence: a fall
/// corrected is still a fall.
pub(super) fn corrections_keep_direction(text: &str, out: &mut [Mention]) {
    for k in 1..out.len() {
        let (done, rest) = out.split_at_mut(k);
        let (a, b) = (&done[k - 1], &mut rest[0]);
        if !a.decrease
            || b.decrease
            || a.role != Role::Claim
            || b.role != Role::Claim
            || a.kind != b.kind
            || a.unit != b.unit
        {
            continue;
        }
        let Some(between) = text.get(a.end..b.start) else {
            continue;
        };
        // (the correction follows in the next clause, not in another sentence)
        if between.len() > CORRECTION_REACH || between.contains(['。', '！', '？', '!', '?', '\n'])
        {
            continue;
        }
        let lead = between.trim_end_matches(['约', '約', ' ']);
        if CORRECTED_TO.iter().any(|w| lead.ends_with(w)) {
            b.decrease = true;
            b.falls_by = a.falls_by;
        }
    }
}

/// The figures of a list after one verb of fall (营收与数据中心营收分别下降
/// 114%和142%) are falls alike: a figure joined to a fall's size by 和, 、,
/// 及 or 与 alone is a fall's size too.
pub(super) fn lists_keep_direction(text: &str, out: &mut [Mention]) {
    const JOINS: &[&str] = &["和", "、", "及", "与", "與", "以及"];
    for k in 1..out.len() {
        let (done, rest) = out.split_at_mut(k);
        let (a, b) = (&done[k - 1], &mut rest[0]);
        if !a.falls_by || b.falls_by || a.kind != b.kind || a.unit != b.unit {
            continue;
        }
        let between = text.get(a.end..b.start).unwrap_or("").trim();
        if JOINS.contains(&between) {
            b.decrease = true;
            b.falls_by = true;
        }
    }
}

/// The words that give a misprint's corrected figure (应为17%).
pub(crate) const CORRECTED_TO: &[&str] = &[
    "应为",
    "應為",
    "应是",
    "應是",
    "更正为",
    "更正為",
    "正确为",
    "正確為",
    "实为",
    "實為",
];

/// How far, in bytes, a correction is looked for after the figure it
/// corrects (some 20 characters: …下跌27%一事系误植，应为17%).
const CORRECTION_REACH: usize = 60;

/// A word list split by the first character of each word, for [`holds_any`].
pub(super) fn by_first(words: &[&'static str]) -> ByChar<&'static str> {
    ByChar::new(words, |w| w.chars().next())
}

/// Whether `s` holds any of the words `by_first` splits (as
/// `words.iter().any(|w| s.contains(w))`): each word is tried only where
/// its first character is, a look-up at most characters, instead of a
/// search of `s` for every word.
pub(super) fn holds_any(s: &str, by_first: &ByChar<&'static str>) -> bool {
    s.char_indices()
        .any(|(p, c)| by_first.get(c).iter().any(|w| s[p..].starts_with(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prefix_hedge_found_is_the_longest_of_the_list() {
        // (the first in the list's order among the longest before `start`)
        let longest = |t: &Text, start: usize| {
            let mut best: Option<(&'static str, Qualifier)> = None;
            for &(w, q) in PREFIX_QUALIFIERS {
                if t.ends(start, w)
                    && best.is_none_or(|(b, _)| w.len() > b.len())
                    && !hedge_word_left(t, start, w)
                {
                    best = Some((w, q));
                }
            }
            best
        };
        let words: Vec<&str> = PREFIX_QUALIFIERS.iter().map(|(w, _)| *w).collect();
        let pieces = crate::testing::word_pieces(&words, &["最", "附", "靠", "赶", "2", " ", "廿"]);
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut next = crate::testing::xorshift(0x00c0_ffee);
        for _ in 0..20_000 {
            let s = crate::testing::pieces_text(&mut next, &pieces, 6);
            let t = Text::new(&s);
            for k in 0..t.len() + 1 {
                assert_eq!(prefix_hedge(&t, k), longest(&t, k), "{s:?} at {k}");
            }
        }
    }

    #[test]
    fn the_suffix_hedges_start_with_the_characters_tested() {
        for (w, _) in SUFFIX_QUALIFIERS {
            assert!(is_suffix_hedge_first(w.chars().next().unwrap()), "{w}");
        }
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if is_suffix_hedge_first(c) {
                assert!(SUFFIX_QUALIFIERS.iter().any(|(w, _)| w.starts_with(c)));
            }
        }
    }
}
