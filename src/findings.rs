//! The article against itself: arithmetic a senior editor redoes by hand.
//!
//! Verdicts compare each figure with the claims database; findings compare
//! the article's figures with one another, and need no fact at all:
//!
//! * **conversion** — an amount and its conversion in parentheses
//!   (`557.6万美元(约4,350万港元)`) agree at the database's exchange rate for
//!   the article's date, within the rounding the article used;
//! * **ratio** — a stated multiple or fraction (`是DeepSeek-V3的11倍`,
//!   `相当于A100的20%`) matches the two figures the article gives;
//! * **total** — a total the text derives from parts it states (`再加上…，
//!   故此总…`, `合计`) is their sum;
//! * **time_window** — a window counted from a stated day (`自1月26日…以来，
//!   18天内`) ends by the article's publication date.
//!
//! Each finding lists every span its arithmetic used. A finding is made only
//! when all its figures are in the text; nothing is guessed.

use crate::check::{claim_bounds, claim_point, format_number};
use crate::date::Date;
use crate::db::ClaimsDb;
use crate::extract::{Kind, Mention, Qualifier, Relation, Unit};
use crate::link::Link;
use crate::segment::Sentence;
use rust_decimal::Decimal;
use serde::Serialize;

/// What a finding checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// An amount and its conversion into another currency.
    Conversion,
    /// A stated multiple or fraction of two figures.
    Ratio,
    /// A total and the parts it is said to be made of.
    Total,
    /// A window of days from a stated date, against the publication date.
    TimeWindow,
}

impl FindingKind {
    /// Chinese name for reports.
    pub fn zh(self) -> &'static str {
        match self {
            FindingKind::Conversion => "换算",
            FindingKind::Ratio => "倍数",
            FindingKind::Total => "合计",
            FindingKind::TimeWindow => "时间窗",
        }
    }
}

/// A piece of the text a finding used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SpanRef {
    /// The text of the span.
    pub text: String,
    /// Byte offset of its start.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
}

/// One piece of the article's arithmetic, redone.
#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    /// What is checked.
    pub kind: FindingKind,
    /// Whether the article's arithmetic holds.
    pub holds: bool,
    /// Every span the arithmetic used, in text order.
    pub spans: Vec<SpanRef>,
    /// A sentence an editor can read.
    pub explanation: String,
    /// The mentions used, in the order of `spans` (not serialised).
    #[serde(skip)]
    pub mentions: Vec<usize>,
}

impl Finding {
    /// The outcome as the reports write it: `✓ 成立` or `✗ 不成立`.
    pub fn outcome_zh(&self) -> &'static str {
        if self.holds {
            "✓ 成立"
        } else {
            "✗ 不成立"
        }
    }
}

/// What the findings need of a checked document.
pub struct Input<'a> {
    /// The claims database (exchange rates).
    pub db: &'a ClaimsDb,
    /// The decoded text.
    pub text: &'a str,
    /// Its sentences.
    pub sentences: &'a [Sentence],
    /// The mentions, in text order.
    pub mentions: &'a [Mention],
    /// The sentence of each mention.
    pub sentence_of: &'a [usize],
    /// The link of each mention.
    pub links: &'a [Link],
    /// The article's date.
    pub published: Option<Date>,
}

/// Every finding of a document, in text order of their last span.
pub fn find(d: &Input) -> Vec<Finding> {
    let mut out = Vec::new();
    // (built when a ratio first needs it: most documents state none)
    let index = std::cell::OnceCell::new();
    for k in 0..d.mentions.len() {
        let found = conversion(d, k)
            .or_else(|| ratio(d, &index, k))
            .or_else(|| total(d, k))
            .or_else(|| time_window(d, k));
        out.extend(found);
    }
    out
}

/// The mentions of each linked entity, built once per document so that
/// a ratio finds its base's figures without scanning the whole document:
/// (entity, mention) pairs in order, one vector (cheaper to build than a
/// map of vectors for the few dozen figures of an article).
struct Index {
    by_entity: Vec<(usize, usize)>,
}

impl Index {
    fn new(d: &Input) -> Index {
        let mut by_entity: Vec<(usize, usize)> = d
            .links
            .iter()
            .enumerate()
            .filter_map(|(k, l)| Some((l.entity?, k)))
            .collect();
        by_entity.sort_unstable();
        Index { by_entity }
    }

    /// The mentions of entity `e`, in text order.
    fn of_entity(&self, e: usize) -> &[(usize, usize)] {
        let first = self.by_entity.partition_point(|&(x, _)| x < e);
        let last = first + self.by_entity[first..].partition_point(|&(x, _)| x == e);
        &self.by_entity[first..last]
    }
}

/// At most this many of an entity's mentions are passed over on each side
/// of a ratio in search of its base's figure: in a text of thousands of
/// figures of one name, the search stays near the ratio.
const BASE_REACH: usize = 512;

/// The mention of `of` (an entity's mentions, in text order) nearest
/// mention `k` that passes `fits`, the earlier on a tie; with `before_only`
/// the nearest before `k`. Within [`BASE_REACH`] of `k` on each side.
fn nearest(
    of: &[(usize, usize)],
    k: usize,
    before_only: bool,
    fits: impl Fn(usize) -> bool,
) -> Option<usize> {
    let p = of.partition_point(|&(_, j)| j < k);
    let mut left = of[..p]
        .iter()
        .rev()
        .map(|&(_, j)| j)
        .take(BASE_REACH)
        .peekable();
    let mut right = of[p..]
        .iter()
        .map(|&(_, j)| j)
        .filter(|_| !before_only)
        .take(BASE_REACH)
        .peekable();
    loop {
        let j = match (left.peek(), right.peek()) {
            (Some(&l), Some(&r)) if k - l <= r.abs_diff(k) => left.next(),
            (_, Some(_)) => right.next(),
            (Some(_), None) => left.next(),
            (None, None) => return None,
        }?;
        if fits(j) {
            return Some(j);
        }
    }
}

impl Input<'_> {
    fn span(&self, k: usize) -> SpanRef {
        let m = &self.mentions[k];
        SpanRef {
            text: self.text[m.start..m.end].to_string(),
            start: m.start,
            end: m.end,
        }
    }

    /// A finding over mentions `used`, its spans in text order.
    fn finding(
        &self,
        kind: FindingKind,
        holds: bool,
        mut used: Vec<usize>,
        explanation: String,
    ) -> Finding {
        used.sort_by_key(|&j| self.mentions[j].start);
        Finding {
            kind,
            holds,
            spans: used.iter().map(|&j| self.span(j)).collect(),
            explanation,
            mentions: used,
        }
    }

    fn shown(&self, k: usize) -> &str {
        let m = &self.mentions[k];
        &self.text[m.start..m.end]
    }

    /// The text of mention `k`'s sentence before it.
    fn lead(&self, k: usize) -> &str {
        let s = &self.sentences[self.sentence_of[k]];
        &self.text[s.start..self.mentions[k].start]
    }
}

/// A number in the way the report shows amounts: `4349.28万港元`.
fn amount(v: Decimal, unit: Unit) -> String {
    let mut s = format_number(v.round_dp(4));
    s.push_str(unit.zh());
    s
}

/// Whether `v` lies in the claim's interval, widened by `slack` of itself.
fn within(m: &Mention, v: Decimal, slack: Decimal) -> Option<bool> {
    let (lo, hi) = claim_bounds(m)?;
    let pad = v.abs() * slack;
    Some(lo.is_none_or(|l| v + pad >= l) && hi.is_none_or(|h| v - pad <= h))
}

/// 1% of the figures' own rounding and of exchange-rate drift.
fn one_pct() -> Decimal {
    Decimal::new(1, 2)
}

/// `557.6万美元(约4,350万港元)`: the conversion at the database's rate.
fn conversion(d: &Input, k: usize) -> Option<Finding> {
    let p = d.links[k].converts?;
    let (orig, conv) = (&d.mentions[p], &d.mentions[k]);
    let (from, to) = (orig.unit?, conv.unit?);
    if from == to || !from.is_currency() || !to.is_currency() {
        return None;
    }
    let (rf, _) = d.db.usd_rate(from, d.published)?;
    let (rt, fact) = d.db.usd_rate(to, d.published)?;
    if rf.is_zero() {
        return None;
    }
    let rate = rt / rf;
    let expected = claim_point(orig)?.checked_mul(rate)?;
    // a bound converts to a bound (超过12000美元(约合人民币87229元)): the
    // amount written is compared as an amount about that much
    let as_amount;
    let conv = if matches!(conv.qualifier, Qualifier::AtLeast | Qualifier::AtMost) {
        let mut c = conv.clone();
        c.value = claim_point(conv);
        (c.low, c.high, c.qualifier) = (None, None, Qualifier::Approx);
        as_amount = c;
        &as_amount
    } else {
        conv
    };
    let holds = within(conv, expected, one_pct())?;
    let source =
        d.db.facts
            .get(fact)
            .or_else(|| d.db.facts.get(d.db.usd_rate(from, d.published)?.1))
            .map(|f| f.id.as_str());
    // joined, as `format!` costs several times more for plain strings
    let explanation = [
        d.shown(p),
        "按1 ",
        from.as_str(),
        " = ",
        &rate.round_dp(4).normalize().to_string(),
        " ",
        to.as_str(),
        source.map_or("", |_| "（"),
        source.unwrap_or(""),
        source.map_or("", |_| "）"),
        "折合",
        &amount(expected, to),
        "，文中写作“",
        d.shown(k),
        "”：",
        if holds {
            "换算无误"
        } else {
            "换算有误"
        },
    ]
    .concat();
    Some(d.finding(FindingKind::Conversion, holds, vec![p, k], explanation))
}

/// Verbs that state a ratio of two figures, and the bound they put on it.
const RATIO_VERBS: &[(&str, Qualifier)] = &[
    ("不到", Qualifier::AtMost),
    ("不足", Qualifier::AtMost),
    ("低于", Qualifier::AtMost),
    ("低於", Qualifier::AtMost),
    ("少于", Qualifier::AtMost),
    ("少於", Qualifier::AtMost),
    ("超过", Qualifier::AtLeast),
    ("超過", Qualifier::AtLeast),
    ("多于", Qualifier::AtLeast),
    ("多於", Qualifier::AtLeast),
    ("相当于", Qualifier::Exact),
    ("相當於", Qualifier::Exact),
    ("等于", Qualifier::Exact),
    ("等於", Qualifier::Exact),
    ("仅为", Qualifier::Exact),
    ("僅為", Qualifier::Exact),
    ("约为", Qualifier::Exact),
    ("約為", Qualifier::Exact),
    ("只有", Qualifier::Exact),
    ("达到", Qualifier::Exact),
    ("達到", Qualifier::Exact),
    ("是", Qualifier::Exact),
    ("为", Qualifier::Exact),
    ("為", Qualifier::Exact),
];

/// `A…是B的11倍`, `相当于B的20%`: the stated ratio against the article's
/// own figures of A and B, in one unit.
fn ratio(d: &Input, index: &std::cell::OnceCell<Index>, k: usize) -> Option<Finding> {
    let m = &d.mentions[k];
    let stated = match m.kind {
        Kind::Multiple if m.relation != Some(Relation::Increase) => Decimal::ONE,
        Kind::Fraction => Decimal::ONE,
        Kind::Percent if m.unit == Some(Unit::Percent) => Decimal::ONE_HUNDRED,
        _ => return None,
    };
    // the base: a name right before 的
    let lead = d.lead(k);
    let before_de = lead.strip_suffix('的')?;
    let (base, base_start) = name_ending(d, before_de)?;
    let verb_text = &before_de[..base_start];
    let verb = RATIO_VERBS.iter().find(|(w, _)| verb_text.ends_with(w))?;
    // the compared figure: the nearest amount before it in its sentence,
    // not the base's
    let si = d.sentence_of[k];
    let a = (0..k)
        .rev()
        .take_while(|&j| d.sentence_of[j] == si)
        .find(|&j| {
            is_amount(&d.mentions[j])
                && d.links[j].converts.is_none()
                && d.links[j].entity != Some(base)
        })?;
    let unit = d.mentions[a].unit?;
    // the base's figure in the same unit: of the same metric when there is
    // one, else the nearest one before the ratio
    let of_base = index.get_or_init(|| Index::new(d)).of_entity(base);
    let candidate = |j: usize| {
        j != a
            && d.links[j].converts.is_none()
            && is_amount(&d.mentions[j])
            && d.mentions[j].unit == Some(unit)
    };
    let b = nearest(of_base, k, false, |j| {
        candidate(j) && d.links[a].metric.is_some() && d.links[j].metric == d.links[a].metric
    })
    .or_else(|| nearest(of_base, k, true, candidate))?;
    let (va, vb) = (claim_point(&d.mentions[a])?, claim_point(&d.mentions[b])?);
    if vb.is_zero() {
        return None;
    }
    let actual = va / vb;
    let (lo, hi) = claim_bounds(m)?;
    let lo = lo.map(|x| x / stated);
    let hi = hi.map(|x| x / stated);
    let pad = actual.abs() * one_pct();
    let holds = match verb.1 {
        Qualifier::AtMost => hi.is_none_or(|h| actual - pad <= h),
        Qualifier::AtLeast => lo.is_none_or(|l| actual + pad >= l),
        _ => match one_in(m) {
            // a fraction of one is a rounded figure: within 10% of it
            // (0.27 ÷ 0.55 = 0.491 is 二分之一, 2.19 ÷ 60 = 0.0365 is
            // 二十七分之一 or 二十八分之一, 0.364 is 三分之一; 0.40 is not
            // 二分之一)
            Some(n) if actual > Decimal::ZERO => {
                (actual * n - Decimal::ONE).abs() <= Decimal::new(1, 1)
            }
            _ => lo.is_none_or(|l| actual + pad >= l) && hi.is_none_or(|h| actual - pad <= h),
        },
    };
    let shown_actual = if stated == Decimal::ONE_HUNDRED {
        format!("{}%", (actual * stated).round_dp(1).normalize())
    } else if m.kind == Kind::Fraction {
        format!("{}", actual.round_dp(3).normalize())
    } else {
        format!("{}倍", actual.round_dp(2).normalize())
    };
    Some(d.finding(
        FindingKind::Ratio,
        holds,
        vec![a, b, k],
        format!(
            "按文中数字，{} ÷ {}（{}）= {}，文中说“{}{}的{}”：{}",
            d.shown(a),
            d.shown(b),
            d.db.entities[base].name_zh,
            shown_actual,
            verb.0,
            d.db.entities[base].name_zh,
            d.shown(k),
            if holds { "相符" } else { "不符" }
        ),
    ))
}

/// The whole number N of a fraction `1/N` stated as such (二分之一,
/// 二十七分之一, 1/27), N two or more.
fn one_in(m: &Mention) -> Option<Decimal> {
    let v = claim_point(m).filter(|&v| m.kind == Kind::Fraction && v > Decimal::ZERO)?;
    let n = Decimal::ONE.checked_div(v)?;
    let whole = n.round();
    ((n - whole).abs() < Decimal::new(1, 6) && whole >= Decimal::TWO).then_some(whole)
}

/// An amount a ratio or total can use: money, a count or a quantity with a unit.
fn is_amount(m: &Mention) -> bool {
    matches!(m.kind, Kind::Money | Kind::Count | Kind::Quantity)
        && m.unit.is_some()
        && m.error.is_none()
        && m.qualifier != Qualifier::Vague
}

/// The entity whose name ends `s` (the longest alias), with the name's start.
fn name_ending(d: &Input, s: &str) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    // (the aliases of two characters or more whose last byte is s's)
    for (i, a) in d.db.aliases_ending(s) {
        if a.len() > s.len() {
            continue;
        }
        let at = s.len() - a.len();
        if !s.is_char_boundary(at) || !s[at..].eq_ignore_ascii_case(a) {
            continue;
        }
        // not the tail of a longer Latin name (XGPT-4)
        if a.starts_with(|c: char| c.is_ascii_alphanumeric())
            && s[..at].ends_with(|c: char| c.is_ascii_alphanumeric())
        {
            continue;
        }
        if best.is_none_or(|(_, b)| at < b) {
            best = Some((i, at));
        }
    }
    best
}

/// Words that say a figure is the sum of what came before it.
const TOTAL_WORDS: &[&str] = &[
    "合计",
    "合計",
    "共计",
    "共計",
    "合共",
    "总计",
    "總計",
    "总共",
    "總共",
    "一共",
    "总和",
    "總和",
    "加起来",
    "加起來",
    "加总",
    "加總",
];
/// A character of every word of [`TOTAL_WORDS`] (and 总 of the words that
/// need [`THEREFORE`]): a clause without any says no total.
const TOTAL_CHARS: [char; 5] = ['合', '共', '总', '總', '加'];
/// "Therefore" words: with 总 (总资本支出), a total derived from the parts.
const THEREFORE: &[&str] = &["故此", "因此", "所以", "由此", "于是", "於是"];
/// Words that say how many parts a total has.
const PART_COUNTS: &[(&str, usize)] = &[
    ("两项", 2),
    ("兩項", 2),
    ("两者", 2),
    ("兩者", 2),
    ("二者", 2),
    ("三项", 3),
    ("三項", 3),
    ("三者", 3),
    ("四项", 4),
    ("四項", 4),
];
/// Words that add one part to another.
const ADDING: &[&str] = &[
    "加上", "再加", "加", "以及", "及", "和", "与", "與", "、", "另",
];

/// `5亿美元…再加上营运成本9.44亿美元，故此总资本支出16亿美元`: a total
/// derived from parts the same sentence states.
/// Whether amount `j` is a rate per period (一年投1000亿美元, 每年, 年均):
/// what a total adds up is the amounts, not the rate it was reckoned from
/// (初始投资1000亿美元，一年投1000亿美元，四年就是4000亿美元，加起来一共
/// 5000亿美元).
fn per_period(d: &Input, j: usize) -> bool {
    const RATES: &[&str] = &[
        "一年",
        "每年",
        "年均",
        "每月",
        "一个月",
        "一個月",
        "每季",
        "每天",
        "每日",
        "平均每",
    ];
    let m = &d.mentions[j];
    let s = &d.sentences[d.sentence_of[j]];
    let Some(lead) = d.text.get(s.start..m.start) else {
        return false;
    };
    let clause = last_clause_mark(lead).map_or(lead, |p| &lead[p..]);
    RATES.iter().any(|w| clause.contains(w))
}

fn total(d: &Input, k: usize) -> Option<Finding> {
    let t = &d.mentions[k];
    if !is_amount(t) || d.links[k].converts.is_some() {
        return None;
    }
    let s = &d.sentences[d.sentence_of[k]];
    let clause_start =
        last_clause_mark(d.text.get(s.start..t.start)?).map_or(s.start, |p| s.start + p);
    let clause = &d.text[clause_start..t.start];
    // one scan for the characters first: most clauses have none
    if !clause.contains(TOTAL_CHARS) {
        return None;
    }
    let says_total = TOTAL_WORDS.iter().any(|w| clause.contains(w))
        || (clause.contains(['总', '總']) && THEREFORE.iter().any(|w| clause.contains(w)));
    if !says_total {
        return None;
    }
    // the parts: the amounts in one unit right before the total's clause,
    // each joined to the one before it by a word that adds (再加上, 和, 、)
    // in its own clause
    let si = d.sentence_of[k];
    let first = (0..k)
        .rev()
        .take_while(|&j| d.sentence_of[j] == si)
        .last()
        .unwrap_or(k);
    let amounts: Vec<usize> = (first..k)
        .filter(|&j| {
            d.links[j].converts.is_none()
                && is_amount(&d.mentions[j])
                && d.mentions[j].unit == t.unit
                && d.mentions[j].end <= clause_start
                && !per_period(d, j)
        })
        .collect();
    // (with a word that sums, 两项合计, the parts may be listed with commas,
    // and a count of them says how many)
    let summed = TOTAL_WORDS.iter().any(|w| clause.contains(w));
    let count = PART_COUNTS
        .iter()
        .find(|(w, _)| clause.contains(w))
        .map(|&(_, n)| n);
    let mut parts: Vec<usize> = amounts.last().copied().into_iter().collect();
    for pair in amounts.windows(2).rev() {
        if count.is_some_and(|n| parts.len() >= n) {
            break;
        }
        let gap = d
            .text
            .get(d.mentions[pair[0]].end..d.mentions[pair[1]].start)
            .unwrap_or("；");
        let own_clause = gap.rsplit(['，', ',', '；', ';']).next().unwrap_or(gap);
        let joined =
            ADDING.iter().any(|w| own_clause.contains(w)) || (summed && !gap.contains(['；', ';']));
        if !joined {
            break;
        }
        parts.insert(0, pair[0]);
    }
    if count.is_some_and(|n| parts.len() != n) {
        return None;
    }
    if parts.len() < 2 {
        return None;
    }
    let mut sum = Decimal::ZERO;
    for &j in &parts {
        sum = sum.checked_add(claim_point(&d.mentions[j])?)?;
    }
    // a total is a figure, whatever its hedge (高达16亿 is 16亿): it holds
    // when the sum rounds to it
    let total_point = claim_point(t)?;
    let step = t.precision.unwrap_or(Decimal::ZERO) / Decimal::TWO;
    let mut tolerance = step.min(total_point.abs() * Decimal::new(10, 2));
    if t.qualifier == Qualifier::Approx {
        tolerance = tolerance.max(total_point.abs() * Decimal::new(5, 2));
    }
    tolerance = tolerance.max(total_point.abs() * one_pct());
    let holds = (sum - total_point).abs() <= tolerance;
    let unit = t.unit?;
    let bounded = parts
        .iter()
        .any(|&j| d.mentions[j].qualifier == Qualifier::AtLeast);
    let listed: Vec<&str> = parts.iter().map(|&j| d.shown(j)).collect();
    let explanation = if holds {
        format!(
            "{} 相加为{}，与文中的合计“{}”相符",
            listed.join(" + "),
            amount(sum, unit),
            d.shown(k)
        )
    } else {
        format!(
            "{} 相加为{}{}，文中的合计“{}”与之相差{}，文中没有说明差额从何而来",
            listed.join(" + "),
            amount(sum, unit),
            if bounded { "（其中有下限）" } else { "" },
            d.shown(k),
            amount((total_point - sum).abs(), unit)
        )
    };
    let mut used = parts;
    used.push(k);
    Some(d.finding(FindingKind::Total, holds, used, explanation))
}

/// Where the last clause mark of `s` (`，` `,` `；` `;`) starts: what
/// `s.rfind(['，', ',', '；', ';'])` gives, found on bytes by memchr. The
/// full-width marks are EF BC 8C and EF BC 9B, and the byte EF only ever
/// starts a character.
fn last_clause_mark(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut end = b.len();
    while let Some(i) = memchr::memrchr3(b',', b';', 0xEF, &b[..end]) {
        if b[i] != 0xEF || matches!(b.get(i + 1..i + 3), Some([0xBC, 0x8C | 0x9B])) {
            return Some(i);
        }
        end = i;
    }
    None
}

/// `自2025年1月26日…以来，18天内`: a window of days from a stated day must
/// end by the publication date for the article to report what happened in it.
fn time_window(d: &Input, k: usize) -> Option<Finding> {
    let m = &d.mentions[k];
    let published = d.published.filter(|p| p.day.is_some())?;
    if m.kind != Kind::Duration || !matches!(m.qualifier, Qualifier::Exact | Qualifier::AtMost) {
        return None;
    }
    let days_per = match m.unit? {
        Unit::Day => 1,
        Unit::Week => 7,
        _ => return None,
    };
    let after = &d.text[m.end..];
    if !["内", "內", "之内", "之內", "里", "裡"]
        .iter()
        .any(|w| after.starts_with(w))
    {
        return None;
    }
    let n: i64 = m.value?.trunc().try_into().ok()?;
    if !(1..=3660).contains(&n) {
        return None;
    }
    // the start: a full date before it in its sentence, counted from
    // (自/从/由 before it, or 起/以来/后 after it)
    let si = d.sentence_of[k];
    let start = (0..k)
        .rev()
        .take_while(|&j| d.sentence_of[j] == si)
        .find(|&j| {
            let sm = &d.mentions[j];
            let counted_from = ["自", "从", "從", "由"]
                .iter()
                .any(|w| d.text[..sm.start].ends_with(w))
                // (in the date's own clause: 2日股价大跌，创5月以来新低，四天内
                // counts from no day)
                || ["起", "以来", "以來", "后", "後", "之后", "之後"].iter().any(|w| {
                    d.text.get(sm.end..m.start).is_some_and(|g| {
                        g.find(w)
                            .is_some_and(|at| !g[..at].contains(['，', ',', '；', ';', '。']))
                    })
                });
            sm.kind == Kind::Date
                && sm.date_end.is_none()
                && sm.date.is_some_and(|x| x.day.is_some())
                && counted_from
        })?;
    let from = d.mentions[start].date?;
    // the first day counts: 18 days from 26 January end on 12 February
    let end = from.plus_days(n * days_per - 1)?;
    let holds = !end.is_after(&published);
    let explanation = if holds {
        format!(
            "从{from}起{}，到{end}为止，在文章发表日期{published}之前",
            d.shown(k)
        )
    } else {
        format!(
            "从{from}起{}应到{end}才结束，晚于文章发表日期{published}：发表时这段时间还没有过完",
            d.shown(k)
        )
    };
    Some(d.finding(FindingKind::TimeWindow, holds, vec![start, k], explanation))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_marks_are_found_as_rfind_finds_them() {
        let pieces = [
            "，", ",", "；", ";", "：", "（", "！", "a", "成本", "\u{FF0D}", "\u{FFFF}",
        ];
        let mut next = crate::testing::xorshift(0x2545_F491_4F6C_DD1D);
        for _ in 0..20_000 {
            let s = crate::testing::pieces_text(&mut next, &pieces, 8);
            assert_eq!(
                last_clause_mark(&s),
                s.rfind(['，', ',', '；', ';']),
                "{s:?}"
            );
        }
    }

    #[test]
    fn every_total_word_has_a_total_char() {
        for w in TOTAL_WORDS {
            assert!(w.contains(TOTAL_CHARS), "{w}");
        }
    }
}
