//! Reading a number written with digits or numerals, step by step: pair
//! ranges (两三个), ranges (5至10万), vague tails (3万多), fractions
//! (三分之二, 1/3), 成, the unit or measure word, a currency or sign before
//! it, and whether it is a claim or a bare number, a code or a reference.

use super::numeral;
use super::numeral::{arabic_digit, chinese_digit, is_chinese_numeral_char, Numeral};
use super::qualifier::{changes_by, prefix_hedge, suffix_hedge, CROSSINGS, INCREASE_WORDS};
use super::read::{
    amount_ends_before_dash, bare, finish, near_gpu, range_second, range_second_after_symbol,
    set_interval, sign_before, Read,
};
use super::scale::{read_num, scale_after, Num};
use super::text::{
    clause_start, is_ascii_alnum, is_digit, is_han_char, sentence_has, window_ahead, window_back,
    Text,
};
use super::units::Unit;
use super::units::{
    count_noun_in, is_physical_measure, may_start_unit_or_measure, measure_word_at, measured_unit,
    prefix_currency, unit_word_at, GPU_WORDS,
};
use super::{Kind, Mention, Qualifier, Relation, Role};
use rust_decimal::Decimal;

/// What a step of the reading found: go on to the next step, or the
/// reading is over.
enum Step {
    Next,
    Done(Read),
}

/// Go on past a step of the reading that found nothing, or return what it
/// read (`None`: nothing here). (The step's result is matched where it
/// is: a `?` on it would copy the reading it holds at every step.)
macro_rules! step {
    ($step:expr) => {
        match $step {
            None => return None,
            Some(Step::Done(r)) => return Some(r),
            Some(Step::Next) => {}
        }
    };
}

/// Read the number `first` that starts at char `i`, with what surrounds it.
/// `None`: nothing here (or an amount too large to compute with).
pub(super) fn quantity(t: &Text, i: usize, first: Num) -> Option<Read> {
    if let Some(r) = lone_digit_alone(t, i, &first) {
        return Some(r);
    }
    if let Some(r) = lone_one_counted(t, i, &first) {
        return Some(r);
    }
    quantity_in_full(t, i, first)
}

/// A lone Chinese digit with nothing after it that a step of the reading
/// takes (a range, a vague tail, a fraction, tenths, a unit or a measure
/// word), after a word that refers back (这一点, 那两…) or after no
/// currency (一变, 三成员): not a count (see `Reading::not_a_claim`),
/// skipped as the reading in full skips it, without its steps (a test
/// says they agree).
fn lone_digit_alone(t: &Text, i: usize, first: &Num) -> Option<Read> {
    let info = first.info.as_ref()?;
    if !info.lone_digit {
        return None;
    }
    let j = first.end;
    let c = t.at(j)?;
    let taken = taken_before_the_unit(c)
        || matches!(c, '个' | '個')
        || may_start_unit_or_measure(t.raw_at(j)?);
    if taken {
        return None;
    }
    // (a currency before it would make it an amount)
    let refers = i > 0 && refers_back(t.chars[i - 1]);
    if !refers {
        if let Some(m) = minus_digit(t, i, first) {
            return Some((Some(m), j));
        }
    }
    (refers || prefix_currency(t, i).is_none()).then_some((None, j))
}

/// 负二: a lone Chinese digit after 负 with no unit, a bare number with
/// its sign (not 胜负三局, 抱负).
fn minus_digit(t: &Text, i: usize, first: &Num) -> Option<Mention> {
    if !(i > 0 && matches!(t.chars[i - 1], '负' | '負')) {
        return None;
    }
    let (s, true) = sign_before(t, i)? else {
        return None;
    };
    if s > 0 && NOT_A_MINUS.contains(&t.chars[s - 1]) {
        return None;
    }
    let mut m = bare(t, i, first, Role::Bare);
    m.start = t.offs[s];
    m.value = m.value.map(|v| -v);
    Some(m)
}

/// Characters before 负 that make a word of it (胜负, 抱负, 欺负, 自负).
const NOT_A_MINUS: &[char] = &[
    '胜', '勝', '抱', '欺', '辜', '担', '擔', '自', '重', '肩', '正', '背', '孤', '負', '负',
];

/// Whether a step of the reading before the unit takes the character `c`
/// after a lone Chinese digit: a range, a pair, a vague tail, a fraction
/// or tenths (the steps look no further when it is none of these; the
/// tests of [`lone_digit_alone`] and [`lone_one_counted`] say so).
fn taken_before_the_unit(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || is_digit(c)
        || is_chinese_numeral_char(c)
        // (the range marks of read::RANGE_MARKS, in one match: a test says so)
        || matches!(
            c,
            ' ' | '至'
                | '到'
                | '~'
                | '～'
                | '〜'
                | '—'
                | '–'
                | '－'
                | '-'
                | '('
                | '（'
                | '/'
                | '多'
                | '余'
                | '餘'
                | '几'
                | '幾'
                | '来'
                | '來'
                | '分'
                | '成'
                | '角'
                | '毛'
        )
}

/// A lone 一 followed by a unit or measure word that makes no amount (一位,
/// 一家, 一项): one of a kind is not a count (see `Reading::not_a_claim`),
/// skipped as the reading in full skips it, without its steps (a test
/// says they agree). Left to the reading: a currency before it, a strong
/// unit (一倍, 一年, 一元), a unit with 多 (一个多月), a range of units
/// (一家至三家), and the measure words that make a unit or an age (一个,
/// 一块, 一颗, 一次, 一岁).
fn lone_one_counted(t: &Text, i: usize, first: &Num) -> Option<Read> {
    let info = first.info.as_ref()?;
    if !info.lone_digit || first.value != Decimal::ONE {
        return None;
    }
    let j = first.end;
    let c = t.at(j)?;
    if taken_before_the_unit(c) || prefix_currency(t, i).is_some() {
        return None;
    }
    let skip = Some((None, j));
    if let Some((w, u, kd)) = unit_word_at(t, j) {
        if !unit_word_ok(t, j, w) {
            return skip; // (the reading then tries no other word)
        }
        let strong = matches!(
            kd,
            Kind::Money | Kind::Percent | Kind::Multiple | Kind::Duration
        );
        if strong || w.contains('多') || u.is_currency() {
            return None;
        }
        return range_second(t, j + Text::nchars(w))
            .is_none()
            .then_some((None, j));
    }
    match measure_word_at(t, j) {
        None => (!matches!(c, '个' | '個')).then_some((None, j)),
        Some(
            "个" | "個" | "块" | "塊" | "颗" | "顆" | "张" | "張" | "片" | "枚" | "次" | "岁"
            | "歲",
        ) => None,
        Some(w) if is_physical_measure(w) => None,
        Some(_) => skip,
    }
}

/// Words of a speed before a length in its clause (`时速300公里`).
const SPEED_WORDS: &[&str] = &["时速", "時速", "每小时", "每小時"];

/// Words of a temperature before a number in its clause, after which 度 is
/// a degree of it (`气温38度`, `摄氏37度`, `零下2度`).
const TEMPERATURE_WORDS: &[&str] = &[
    "气温", "氣溫", "温度", "溫度", "体温", "體溫", "高温", "高溫", "低温", "低溫", "水温", "水溫",
    "室温", "室溫", "摄氏", "攝氏", "华氏", "華氏", "零下",
];

/// The first character of the clause that holds char `i` (after the last
/// comma, full stop, semicolon or line break before it, within the
/// window).
fn clause_back(t: &Text, i: usize) -> usize {
    (window_back(i)..i)
        .rev()
        .find(|&k| {
            matches!(
                t.chars[k],
                '，' | ',' | '。' | '；' | ';' | '\n' | '！' | '？'
            )
        })
        .map_or(window_back(i), |k| k + 1)
}

/// The unit of a temperature whose word is in the clause before char `i`
/// (°F after 华氏, else °C), not in a clause of an angle (角度).
fn temperature_unit(t: &Text, i: usize) -> Option<Unit> {
    let before = &t.s[t.offs[clause_back(t, i)]..t.offs[i]];
    if !TEMPERATURE_WORDS.iter().any(|w| before.contains(w)) || before.contains('角') {
        return None;
    }
    Some(if before.contains(['华', '華']) {
        Unit::Fahrenheit
    } else {
        Unit::Celsius
    })
}

/// Whether a number after the character `c` refers to things named
/// before (这两个金额, 那三家): a reference, not a count.
fn refers_back(c: char) -> bool {
    matches!(
        c,
        '这' | '這'
            | '那'
            | '此'
            | '该'
            | '該'
            | '前'
            | '后'
            | '後'
            | '头'
            | '頭'
            | '其'
            | '余'
            | '餘'
    )
}

/// [`quantity`], every step of the reading.
fn quantity_in_full(t: &Text, i: usize, first: Num) -> Option<Read> {
    if let Some(r) = rate_denominator(t, i, &first) {
        return Some(r);
    }
    if let Some(r) = ratio_one(t, i, &first) {
        return Some(r);
    }
    let mut q = Reading::new(t, i, first);
    q.pair_range()?;
    q.range()?;
    q.vague_tail()?;
    // (each step called by name, not from a list of them: what a step
    // yields is then read where it is made, not copied out of it)
    step!(q.chinese_fraction());
    step!(q.arabic_fraction());
    step!(q.tenths());
    q.unit()?;
    q.range_with_units();
    q.sign_or_currency_before();
    step!(q.not_a_claim());
    step!(q.count_noun());
    step!(q.exchange_rate());
    step!(q.bare_arabic());
    q.mention()
}

/// A fraction's value with the sign written before it (`-1/3`, `负五分之六`),
/// and where the fraction then starts.
fn signed(t: &Text, i: usize, v: Decimal) -> (usize, Decimal) {
    match sign_before(t, i) {
        Some((s, true)) => (s, -v),
        Some((s, false)) => (s, v),
        None => (i, v),
    }
}

/// Words before a match's score (中国队1-2, 以1-2, 比分为1-2).
const SCORE_BEFORE: &[&str] = &[
    "队",
    "隊",
    "以",
    "比分",
    "比分为",
    "比分為",
    "战成",
    "戰成",
    "打成",
];

/// Words after a match's score (1-2不敌, 2-1战胜, 1-2的比分).
const SCORE_AFTER: &[&str] = &[
    "不敌",
    "不敵",
    "战胜",
    "戰勝",
    "击败",
    "擊敗",
    "负于",
    "負於",
    "落败",
    "落敗",
    "告负",
    "告負",
    "险胜",
    "險勝",
    "取胜",
    "取勝",
    "完胜",
    "完勝",
    "逆转",
    "逆轉",
    "输给",
    "輸給",
    "的比分",
    "战平",
    "戰平",
    "力克",
    "大胜",
    "大勝",
    "惜败",
    "惜敗",
    "输球",
    "輸球",
    "赢球",
    "贏球",
    "获胜",
    "獲勝",
];

/// Whether two small whole numbers joined by a hyphen or a colon are the
/// score of a match (中国队1-2不敌日本队), not a range: `first` at char `i`
/// ends at `j`, `second` ends at `after`.
fn is_score(t: &Text, i: usize, j: usize, first: &Num, second: &Num, after: usize) -> bool {
    let small = |n: &Num| n.value.fract().is_zero() && n.value < Decimal::ONE_HUNDRED;
    matches!(t.at(j), Some('-' | '－' | ':' | '：'))
        && small(first)
        && small(second)
        && (SCORE_BEFORE.iter().any(|w| t.ends(i, w))
            || SCORE_AFTER.iter().any(|w| t.starts(after, w)))
}

/// The denominator of a rate (每百万token, 每1000人) is not a quantity: skip it.
fn rate_denominator(t: &Text, i: usize, first: &Num) -> Option<Read> {
    if !t.ends(i, "每") {
        return None;
    }
    let mut j = first.end;
    while j < t.len()
        && (numeral::big_unit(t.chars[j]).is_some() || numeral::small_unit(t.chars[j]).is_some())
    {
        j += 1;
    }
    Some((None, j))
}

/// The 1 of a ratio written with a colon (`3.97022:1`, `1:7.8`): the
/// ratio's other side, not a figure of its own — a bare number. The
/// number on the other side is read as it is.
fn ratio_one(t: &Text, i: usize, first: &Num) -> Option<Read> {
    let colon = |c: Option<char>| matches!(c, Some(':' | '：'));
    let numeral = |c: Option<char>| c.is_some_and(is_digit);
    let after = colon(t.at(first.end)) && numeral(t.at(first.end + 1));
    let before = i >= 2 && colon(t.at(i - 1)) && numeral(t.at(i - 2));
    if !(after || before) || first.value != Decimal::ONE || first.end != i + 1 {
        return None;
    }
    // (1:30 is a time of day, read before; 3:1 after a score word is a
    // score, bare as well)
    Some((Some(bare(t, i, first, Role::Bare)), first.end))
}

/// A number being read at char `i`: what the steps have found so far.
struct Reading<'t, 'a> {
    t: &'t Text<'a>,
    /// The first character of the numeral.
    i: usize,
    first: Num,
    info: Numeral,
    /// Where the reading goes on, before the unit.
    j: usize,
    low: Decimal,
    high: Decimal,
    qualifier: Qualifier,
    precision: Decimal,
    is_range: bool,
    /// 3万多, 10余万, 3个多月: a lower bound read from the words after.
    vague_tail: bool,
    kind: Kind,
    unit: Option<Unit>,
    classifier: Option<&'static str>,
    /// The first character of the mention (a currency or sign before it).
    start: usize,
    /// One past the last character of the mention.
    end: usize,
    negative: bool,
}

impl<'t, 'a> Reading<'t, 'a> {
    fn new(t: &'t Text<'a>, i: usize, first: Num) -> Self {
        let info = first.info.expect("read_num sets info");
        Reading {
            t,
            i,
            j: first.end,
            low: first.value,
            high: first.value,
            qualifier: Qualifier::Exact,
            precision: first.precision,
            is_range: false,
            vague_tail: false,
            kind: Kind::Quantity,
            unit: None,
            classifier: None,
            start: i,
            end: first.end,
            negative: false,
            first,
            info,
        }
    }

    /// Pair ranges: 两三个, 三五天, 七八成, 两三万, 七八十.
    fn pair_range(&mut self) -> Option<()> {
        let t = self.t;
        if self.j >= t.len() {
            return Some(());
        }
        if !self.info.lone_digit {
            return self.pair_range_after_place();
        }
        let Some(d2) = chinese_digit(t.chars[self.j]) else {
            return Some(());
        };
        let d1 = self.first.value;
        let d2 = Decimal::from(d2);
        let three_two = d1 == Decimal::from(3) && matches!(t.chars[self.j], '两' | '兩');
        if !(three_two
            || d2 > d1
                && (d2 - d1 == Decimal::ONE || (d1 == Decimal::from(3) && d2 == Decimal::from(5))))
        {
            return Some(());
        }
        // 三两天: two or three
        self.low = d1.min(d2);
        self.high = d1.max(d2);
        self.is_range = true;
        self.qualifier = Qualifier::Approx;
        self.j += 1;
        // 两三万, 七八十
        if let Some(u) = t.at(self.j).and_then(|c| {
            numeral::small_unit(c).map(Decimal::from).or_else(|| {
                numeral::big_unit(c).map(|e| Decimal::from_i128_with_scale(10i128.pow(e), 0))
            })
        }) {
            self.low = self.low.checked_mul(u)?;
            self.high = self.high.checked_mul(u)?;
            self.precision = u;
            self.j += 1;
            self.pair_scaled_by_big_unit()?;
        }
        Some(())
    }

    /// A big unit after a pair range (两三万, 十七八万) multiplies both ends.
    fn pair_scaled_by_big_unit(&mut self) -> Option<()> {
        if let Some(e) = self.t.at(self.j).and_then(numeral::big_unit) {
            let f = Decimal::from_i128_with_scale(10i128.pow(e), 0);
            self.low = self.low.checked_mul(f)?;
            self.high = self.high.checked_mul(f)?;
            self.precision = self.precision.checked_mul(f)?;
            self.j += 1;
        }
        Some(())
    }

    /// A pair of adjacent digits at the last place of a longer numeral:
    /// 十七八万 (170,000 to 180,000), 六十三四万, 七百三四十 (730 to 740).
    fn pair_range_after_place(&mut self) -> Option<()> {
        let t = self.t;
        let end = self.first.end;
        let (info, p) = (&self.info, self.first.precision);
        // a Chinese numeral whose last character is a digit after a place
        // (十七, 七百三), read to a whole place
        let last = end
            .checked_sub(1)
            .and_then(|k| t.at(k))
            .and_then(chinese_digit);
        let before_last = end.checked_sub(2).and_then(|k| t.at(k));
        if info.arabic
            || !info.has_unit
            || last.is_none_or(|d| d == 0)
            || before_last.is_none_or(|c| numeral::small_unit(c).is_none())
            || p < Decimal::ONE
        {
            return Some(());
        }
        let (Some(d1), Some(d2)) = (last, t.at(self.j).and_then(chinese_digit)) else {
            return Some(());
        };
        // a third digit (十七八九): not a pair
        if d2 != d1 + 1 || t.at(self.j + 1).is_some_and(|c| chinese_digit(c).is_some()) {
            return Some(());
        }
        self.high = self.low.checked_add(p)?;
        self.is_range = true;
        self.qualifier = Qualifier::Approx;
        self.j += 1;
        // 七百三四十: the place written again after the pair
        if t.at(self.j)
            .and_then(numeral::small_unit)
            .is_some_and(|u| Decimal::from(u) == p)
        {
            self.j += 1;
        }
        self.pair_scaled_by_big_unit()
    }

    /// Ranges: 5至10万, 5-10亿美元, 90至100天, 三到五成 — but 从1750亿到1万亿
    /// is two values, a start and an end, and so is 增加200亿至1441亿元 (a
    /// change by the first, to the second). After 从 a plain first end
    /// before a second with a scale and a unit is a range all the same
    /// (从8500到3万港元: 8500–30000 HKD; the first end has no scale of its
    /// own to be a value by itself), and so is one before a second with a
    /// unit that the words after say varies over it (票价从1到5美元不等,
    /// 月薪由3000至5000元之间).
    fn range(&mut self) -> Option<()> {
        let t = self.t;
        let i = self.i;
        if self.is_range {
            return Some(());
        }
        let from_to = t.ends(i, "从") || t.ends(i, "從") || t.ends(i, "由");
        if from_to && self.has_own_scale() {
            return Some(());
        }
        // (a currency before the first end may open the second too:
        // HK$100至HK$200)
        let symbol = prefix_currency(t, i).map_or(&[][..], |(cs, _)| &t.chars[cs..i]);
        let Some((second, after)) = range_second_after_symbol(t, self.j, symbol) else {
            return Some(());
        };
        let with_unit = unit_word_at(t, after).is_some() || measure_word_at(t, after).is_some();
        if from_to
            && !(with_unit
                && (trailing_scale(t, &second, after).is_some() || varies_after(t, after)))
        {
            return Some(());
        }
        if is_score(t, i, self.j, &self.first, &second, after) {
            return Some(());
        }
        // 增加200亿至1441亿元: a change by an amount with its own scale, to
        // the second (but 下降3至5个百分点 is a range)
        if self.has_own_scale() && matches!(t.at(self.j), Some('至' | '到')) && changes_by(t, i) {
            return Some(());
        }
        let mut scale_tail = scale_after(t, after);
        // 5至10万, 十八至三十万, 10~15k: the second end's scale applies to a
        // first end without one of its own
        if scale_tail.is_none() && !self.has_own_scale() {
            self.range_scaled_by_second(&second, after)?;
        }
        if self.is_range {
            scale_tail = None;
        }
        let first = &self.first;
        let mut a = first.value;
        let mut b = second.value;
        let mut p = first.precision.min(second.precision);
        let mut end = after;
        if let Some((f, e)) = scale_tail {
            // the scale applies to both ends unless the first had its own
            if !first
                .info
                .as_ref()
                .is_some_and(|x| x.has_unit && t.chars[first.end - 1] != '十')
            {
                a = a.checked_mul(f)?;
            }
            b = b.checked_mul(f)?;
            p = p.checked_mul(f)?;
            end = e;
        }
        if !self.is_range && b > a {
            self.low = a;
            self.high = b;
            self.precision = p;
            self.is_range = true;
            self.qualifier = Qualifier::Range;
            self.j = end;
        }
        Some(())
    }

    /// Whether the number read has a scale of its own: 万, 亿 or 兆 in it
    /// (1万, 三十万), or an English suffix after it (15k, 2.5M).
    fn has_own_scale(&self) -> bool {
        self.first.end > self.info.end
            || self.t.chars[self.i..self.first.end]
                .iter()
                .any(|&c| numeral::big_unit(c).is_some())
    }

    /// 5至10万: the scale that ends the second end (万, k) applies to the
    /// first, when the first is then still the lower.
    fn range_scaled_by_second(&mut self, second: &Num, after: usize) -> Option<()> {
        let Some(f) = self
            .shared_place(second)
            .or_else(|| trailing_scale(self.t, second, after))
        else {
            return Some(());
        };
        let a = self.first.value.checked_mul(f)?;
        if a < second.value {
            self.low = a;
            self.high = second.value;
            self.precision = self.first.precision.checked_mul(f)?.min(second.precision);
            self.is_range = true;
            self.qualifier = Qualifier::Range;
            self.j = after;
        }
        Some(())
    }

    /// The place a one-digit first end shares with a second end of one
    /// digit and a place (两到三千 is 2000 to 3000, 2至3百元 200 to 300,
    /// 八到九百亿 800亿 to 900亿): the place, times the scale after it.
    fn shared_place(&self, second: &Num) -> Option<Decimal> {
        let t = self.t;
        let one_digit = |k: usize| {
            t.at(k)
                .and_then(|c| chinese_digit(c).or_else(|| arabic_digit(c)))
                .filter(|&d| d > 0)
        };
        if self.first.end != self.i + 1 || one_digit(self.i).is_none() {
            return None;
        }
        // the second end, back from its end: scales, a place, one digit,
        // and nothing of the numeral before that digit
        let mut k = second.end;
        let mut f = Decimal::ONE;
        while let Some(e) = k
            .checked_sub(1)
            .and_then(|p| t.at(p))
            .and_then(numeral::big_unit)
        {
            f = f.checked_mul(Decimal::from_i128_with_scale(10i128.pow(e), 0))?;
            k -= 1;
        }
        let place = t.at(k.checked_sub(1)?).and_then(numeral::small_unit)?;
        let digit = one_digit(k.checked_sub(2)?)?;
        let before = t.at(k.checked_sub(3)?)?;
        if is_digit(before) || numeral::is_chinese_numeral_char(before) {
            return None;
        }
        (Decimal::from(digit) > self.first.value).then_some(())?;
        f.checked_mul(Decimal::from(place))
    }

    /// Vague tails: 3万多, 10余万, 三十几万, 10多亿.
    fn vague_tail(&mut self) -> Option<()> {
        let t = self.t;
        let j = self.j;
        if self.is_range
            || j >= t.len()
            || !matches!(t.chars[j], '多' | '余' | '餘' | '几' | '幾' | '来' | '來')
        {
            return Some(());
        }
        let marker = t.chars[j];
        let next = t.at(j + 1);
        let next_big = next.and_then(numeral::big_unit);
        let next_small = next.and_then(numeral::small_unit);
        // place value of the last significant digit written
        let place = self.first.precision;
        // 多 directly followed by a noun (多家, 多名) still means "more than";
        // 来 says "about" only after a place and before a scale (五十来万)
        // or a unit or measure word (二十来天, 十来个人, 三十来岁)
        let about = matches!(marker, '来' | '來');
        if about && !(next_big.is_some() || self.about_before_a_unit(j)) {
            return Some(());
        }
        let mut lo = self.first.value;
        let mut hi = self.first.value.checked_add(place)?;
        let mut end = j + 1;
        if let Some(e) = next_big {
            let f = Decimal::from_i128_with_scale(10i128.pow(e), 0);
            lo = lo.checked_mul(f)?;
            hi = hi.checked_mul(f)?;
            self.precision = place.checked_mul(f)?;
            end += 1;
            if let Some(e2) = t.at(end).and_then(numeral::big_unit) {
                let f2 = Decimal::from_i128_with_scale(10i128.pow(e2), 0);
                lo = lo.checked_mul(f2)?;
                hi = hi.checked_mul(f2)?;
                self.precision = self.precision.checked_mul(f2)?;
                end += 1;
            }
        } else if let Some(u) = next_small {
            // 三十多万 is handled above; 1千多 → rare
            let u = Decimal::from(u);
            lo = lo.checked_mul(u)?;
            hi = hi.checked_mul(u)?;
            self.precision = place.checked_mul(u)?;
            end += 1;
        } else {
            // 3万多: 多 fills the place below the last unit
            self.precision = place;
        }
        self.low = lo;
        self.high = hi;
        self.qualifier = match marker {
            '几' | '幾' => Qualifier::Vague,
            // 二十来天: about twenty days, as often a few less as more
            '来' | '來' => {
                self.high = lo;
                Qualifier::Approx
            }
            _ => Qualifier::AtLeast,
        };
        self.vague_tail = true;
        self.j = end;
        Some(())
    }

    /// Whether 来 at char `j` follows a numeral that ends on a place (十,
    /// 百, 千: 二十来, 一百来; or digits ending in 0: 20来) and comes before
    /// a unit or measure word: then it says "about" (二十来天, 十来个人,
    /// 三十来岁), where after a lone digit (一来…二来) or before a verb
    /// (十来到) it is another word.
    fn about_before_a_unit(&self, j: usize) -> bool {
        let t = self.t;
        let last = t.chars[j - 1];
        let on_a_place = if self.info.arabic {
            self.first.value >= Decimal::TEN && self.first.value.fract().is_zero() && last == '0'
        } else {
            matches!(last, '十' | '百' | '千' | '拾' | '佰' | '仟')
        };
        on_a_place
            && !t.starts(j + 1, "到")
            && (unit_word_at(t, j + 1).is_some() || measure_word_at(t, j + 1).is_some())
    }

    /// Chinese fractions: 十分之一, 三分之二.
    fn chinese_fraction(&mut self) -> Option<Step> {
        let (t, i, j) = (self.t, self.i, self.j);
        if self.is_range || self.vague_tail || !t.starts(j, "分之") {
            return Some(Step::Next);
        }
        // after 分之 a lone financial digit is a digit (七分之贰)
        let lone = t
            .at(j + 2)
            .filter(|&c| numeral::is_ambiguous_financial(c))
            .and_then(numeral::chinese_digit)
            .map(|d| Num {
                value: Decimal::from(d),
                precision: Decimal::ONE,
                end: j + 3,
                info: None,
            });
        if let Some(num2) = read_num(t, j + 2).ok().flatten().or(lone) {
            let den = self.first.value;
            if !den.is_zero() {
                let v = num2.value.checked_div(den)?;
                let (unit, kind, value) = if den == Decimal::from(100) {
                    (Some(Unit::Percent), Kind::Percent, num2.value)
                } else if den == Decimal::from(1000) {
                    (Some(Unit::PerMille), Kind::Percent, num2.value)
                } else {
                    (None, Kind::Fraction, v)
                };
                let (start, value) = signed(t, i, value);
                let mut m = Mention::new(t.offs[start], t.offs[num2.end], kind);
                m.value = Some(value);
                m.unit = unit;
                m.precision = Some(if kind == Kind::Fraction {
                    Decimal::new(1, 4).min(v.abs())
                } else {
                    num2.precision
                });
                return Some(Step::Done(finish(t, start, num2.end, m)));
            }
        }
        Some(Step::Done((None, j + 2)))
    }

    /// Arabic fractions 1/3, 1／5 (not dates).
    fn arabic_fraction(&mut self) -> Option<Step> {
        let (t, i, j) = (self.t, self.i, self.j);
        if self.is_range
            || self.vague_tail
            || !self.info.arabic
            || self.info.has_unit
            || !matches!(t.at(j), Some('/' | '／'))
            || !t.at(j + 1).is_some_and(is_digit)
        {
            return Some(Step::Next);
        }
        if let Ok(Some(den)) = read_num(t, j + 1) {
            if month_and_day(t, i, &self.first, &den) || names_no_part(t, i, &self.first, &den) {
                return Some(Step::Done((None, den.end)));
            }
            if !den.value.is_zero()
                && den.value <= Decimal::from(1000)
                && !matches!(t.at(den.end), Some('/' | '／'))
            {
                let v = self.first.value.checked_div(den.value)?;
                let (start, v) = signed(t, i, v);
                let mut m = Mention::new(t.offs[start], t.offs[den.end], Kind::Fraction);
                m.value = Some(v);
                m.precision = Some(Decimal::new(1, 4));
                return Some(Step::Done(finish(t, start, den.end, m)));
            }
        }
        Some(Step::Done((None, j + 1)))
    }

    /// 成: 4成 = 40%, 七成五 = 75%, 三到五成.
    fn tenths(&mut self) -> Option<Step> {
        let (t, i, j) = (self.t, self.i, self.j);
        let is_tenths = t.at(j) == Some('成')
            && !matches!(
                t.at(j + 1),
                Some(
                    '为' | '為'
                        | '立'
                        | '功'
                        | '长'
                        | '長'
                        | '果'
                        | '本'
                        | '绩'
                        | '績'
                        | '员'
                        | '員'
                        | '交'
                        | '熟'
                        | '年'
                        | '品'
                        | '就'
                        | '分'
                        | '型'
                        | '效'
                )
            )
            && self.high <= Decimal::TEN;
        if !is_tenths {
            return Some(Step::Next);
        }
        let mut end = j + 1;
        let ten = Decimal::TEN;
        let mut lo = self.low.checked_mul(ten)?;
        let mut hi = self.high.checked_mul(ten)?;
        let mut p = self.precision.checked_mul(ten)?;
        if !self.is_range {
            if let Some(d) = t
                .at(end)
                .and_then(|c| chinese_digit(c).or_else(|| arabic_digit(c)))
            {
                if !t
                    .at(end + 1)
                    .is_some_and(|c| is_digit(c) || is_chinese_numeral_char(c))
                {
                    lo = lo.checked_add(Decimal::from(d))?;
                    hi = lo;
                    p = Decimal::ONE;
                    end += 1;
                }
            }
        }
        // 三成半 is 35%; 三成多 somewhere above 30%, below 40%
        let mut more = false;
        if !self.is_range && lo == hi && end == j + 1 {
            match t.at(end) {
                Some('半') => {
                    lo = lo.checked_add(Decimal::from(5))?;
                    hi = lo;
                    p = Decimal::from(5);
                    end += 1;
                }
                Some('多' | '余' | '餘')
                    if !t.at(end + 1).is_some_and(|c| c == '数' || c == '數') =>
                {
                    hi = lo.checked_add(ten)?;
                    more = true;
                    end += 1;
                }
                _ => {}
            }
        }
        let mut m = Mention::new(t.offs[i], t.offs[end], Kind::Percent);
        m.unit = Some(Unit::Percent);
        set_interval(&mut m, lo, hi, self.qualifier, self.is_range);
        if more {
            m.value = None;
            m.low = Some(lo);
            m.high = Some(hi);
            m.qualifier = Qualifier::Vague;
        }
        m.precision = Some(p);
        Some(Step::Done(finish(t, i, end, m)))
    }

    /// The unit or measure word after the number: 亿美元, 个百分点,
    /// 万个H800 GPU小时, 颗, 个GPU.
    fn unit(&mut self) -> Option<()> {
        let t = self.t;
        let mut k = self.j;
        self.end = self.j;
        if t.at(k) == Some(' ')
            && t.at(k + 1)
                .is_some_and(|c| !c.is_ascii() || c.is_ascii_alphabetic())
        {
            k += 1; // "2,048 颗", "2.788M GPU hours"
        }
        // (a model's parameters run to millions: 三个参数规模 counts sizes,
        // with 个 as its measure word)
        let few_parameters = |&(w, u, _): &(&str, Unit, Kind)| {
            u == Unit::Parameter
                && w.starts_with(['个', '個'])
                && self.first.value < Decimal::from(1_000_000)
                && ["规模", "規模", "版本", "尺寸"]
                    .iter()
                    .any(|s| t.starts(k + Text::nchars(w), s) || t.starts(k + 3, s))
        };
        if let Some((w, u, kd)) = unit_word_at(t, k).filter(|u| !few_parameters(u)) {
            if unit_word_ok(t, k, w) {
                self.unit_word(k, w, u, kd)?;
                self.and_a_half_or_more()?;
            }
        } else if let Some((w, u, kd)) = half_after_ge(t, k) {
            // 一个半月, 三个半小时: and a half
            self.unit_word(k + 2, w, u, kd)?;
            self.add_half()?;
        } else if let Some((unit_end, u, kd)) = unit_after_ge(t, k)
            .filter(|&(_, u, kd)| !few_parameters(&("个", u, kd)))
            .or_else(|| gpu_hours_after_name(t, k))
        {
            // 278.8万个GPU小时, 3个百分点 (个 before a unit word; 25个bp
            // in percentage points too)
            self.unit = Some(u);
            self.kind = kd;
            self.end = unit_end;
            let word: String = t.chars[k + 1..unit_end].iter().collect();
            self.as_percentage_points(word.trim())?;
        } else if let Some(w) = measure_word_at(t, k)
            .filter(|w| numeral::big_unit(w.chars().next().unwrap_or(' ')).is_none())
        {
            self.measure_word(k, w);
            self.and_a_half_or_more()?;
        } else if k == self.first.end && liang_after_digit(t, k) {
            // 二两白酒, 九两半, 六斤八两: liang (elsewhere 两 is the numeral two)
            self.measure_word(k, "两");
            self.and_a_half_or_more()?;
        } else if k == self.first.end && matches!(t.at(k), Some('角' | '毛')) {
            self.jiao(k);
        } else if let Some(u) = (t.at(k) == Some('度'))
            .then(|| temperature_unit(t, self.start))
            .flatten()
        {
            // 气温38度, 摄氏37度, 零下2度: degrees of a temperature
            self.unit = Some(u);
            self.kind = Kind::Quantity;
            self.end = k + 1;
        } else if GPU_WORDS.iter().any(|g| *g == "GPU" && t.starts(k, g)) {
            self.unit = Some(Unit::Gpu);
            self.kind = Kind::Count;
            self.end = k + 3;
            if t.starts(self.end, "s") {
                self.end += 1;
            }
        }
        Some(())
    }

    /// 两年半, 三天半, 3倍半, 两吨半 (and a half) and 两年多, 三倍多 (more
    /// than) right after a duration, a multiple or a physical measure.
    fn and_a_half_or_more(&mut self) -> Option<()> {
        let physical = self
            .classifier
            .is_some_and(|w| w == "两" || is_physical_measure(w));
        if !(matches!(self.kind, Kind::Duration | Kind::Multiple) || physical)
            || self.is_range
            || self.vague_tail
        {
            return Some(());
        }
        let t = self.t;
        let next = t.at(self.end + 1);
        match t.at(self.end) {
            // (半 that starts a word of its own is not a half: 两年半导体)
            Some('半') if !next.is_some_and(|c| HALF_WORDS.contains(&c)) => {
                self.add_half()?;
                self.end += 1;
            }
            // (多 that starts a word of its own is not "more": 三天多次)
            Some('多') if !next.is_some_and(|c| MORE_WORDS.contains(&c)) => {
                self.low = self.first.value;
                self.high = self.first.value.checked_add(Decimal::ONE)?;
                self.qualifier = Qualifier::AtLeast;
                self.vague_tail = true;
                self.end += 1;
            }
            _ => {}
        }
        Some(())
    }

    /// A half more than the number read: 两年半 = 2.5 years.
    fn add_half(&mut self) -> Option<()> {
        if self.is_range || self.vague_tail {
            return Some(());
        }
        let half = Decimal::new(5, 1);
        self.low = self.low.checked_add(half)?;
        self.high = self.high.checked_add(half)?;
        self.precision = self.precision.min(half);
        Some(())
    }

    /// Basis points and per-mille points (`w`) read as the percentage
    /// points they make.
    fn as_percentage_points(&mut self, w: &str) -> Option<()> {
        let f = if super::units::BASIS_POINTS.contains(&w) {
            Decimal::new(1, 2)
        } else if super::units::PER_MILLE_POINTS.contains(&w) {
            Decimal::new(1, 1)
        } else {
            return Some(());
        };
        self.low = self.low.checked_mul(f)?;
        self.high = self.high.checked_mul(f)?;
        self.precision = self.precision.checked_mul(f)?;
        Some(())
    }

    /// The unit word `w` (unit `u`, kind `kd`) at char `k`.
    fn unit_word(&mut self, k: usize, w: &'static str, u: Unit, kd: Kind) -> Option<()> {
        // 每秒 600 GB: a rate of transfer, not a capacity
        let u = match u {
            Unit::Gigabyte if per_second_before(self.t, self.i) => Unit::GigabytePerSecond,
            Unit::Terabyte if per_second_before(self.t, self.i) => Unit::TerabytePerSecond,
            u => u,
        };
        self.unit = Some(u);
        self.kind = kd;
        self.end = k + Text::nchars(w);
        self.as_percentage_points(w)?;
        // petaflop/s-days are read as the operations they count
        if super::units::PF_DAYS.contains(&w) {
            let f = super::units::flop_per_pf_day();
            self.low = self.low.checked_mul(f)?;
            self.high = self.high.checked_mul(f)?;
            self.precision = self.precision.checked_mul(f)?;
        }
        // 3个多月: more than three months, less than four
        if w.contains('多') && !self.is_range && !self.vague_tail {
            self.low = self.first.value;
            self.high = self.first.value.checked_add(Decimal::ONE)?;
            self.qualifier = Qualifier::AtLeast;
            self.vague_tail = true;
        }
        if u == Unit::Cny {
            self.sub_units(w);
        }
        if matches!(u, Unit::People | Unit::Entity | Unit::Type) {
            self.classifier = Some(match w {
                "名" => "名",
                "人" => "人",
                "位" => "位",
                "家" => "家",
                _ => "种",
            });
        }
        Some(())
    }

    /// 角 (毛) and 分 after a whole number of 元 (`w`): 三元五角 = 3.5,
    /// 三千三百八十元五角八分 = 3380.58, 三块零四 and 三块四分 = 3.04, and
    /// the spoken 十二块五 = 12.5 where the digit ends the phrase (两块五花肉
    /// is meat, not money). See [`cents_after`].
    fn sub_units(&mut self, w: &str) {
        if self.is_range || self.vague_tail || !self.low.fract().is_zero() {
            return;
        }
        let spoken = matches!(w, "块" | "塊");
        if let Some((add, p, k)) = cents_after(self.t, self.end, spoken) {
            if let (Some(low), Some(high)) = (self.low.checked_add(add), self.high.checked_add(add))
            {
                self.low = low;
                self.high = high;
                self.precision = p;
                self.end = k;
            }
        }
    }

    /// 角 or 毛 right after a digit, where it is money (`售价5毛`, `票价两毛五`,
    /// `两角五分`, `两毛钱`): tenths of a yuan, and the 分 or spoken digit of
    /// hundredths after them. Money only after a price's word in the clause
    /// or before 钱; never before a noun (`三角形`, `毛利`, `毛重`, `角度`).
    fn jiao(&mut self, k: usize) {
        let t = self.t;
        let Some(d) = t
            .at(k - 1)
            .and_then(|c| chinese_digit(c).or_else(|| arabic_digit(c)))
        else {
            return;
        };
        if self.is_range
            || self.vague_tail
            || d == 0
            || self.first.value != Decimal::from(d)
            || self.first.end != self.i + 1
        {
            return;
        }
        let Some((add, p, end)) = cents_after(t, k - 1, true) else {
            return;
        };
        let money = matches!(t.at(end), Some('钱' | '錢')) || price_before(t, self.i);
        if !money
            || t.at(end)
                .is_some_and(|c| is_han_char(c) && !AFTER_AN_AMOUNT.contains(&c))
        {
            return;
        }
        self.low = add;
        self.high = add;
        self.precision = p;
        self.unit = Some(Unit::Cny);
        self.kind = Kind::Money;
        self.end = end;
    }

    /// The measure word `w` at char `k`, and what it counts.
    fn measure_word(&mut self, k: usize, w: &'static str) {
        let (t, i) = (self.t, self.i);
        self.classifier = Some(w);
        self.end = k + Text::nchars(w);
        self.kind = Kind::Count;
        // a physical measure (公斤, ℃, 米): its unit
        if let Some((u, kd)) = measured_unit(w) {
            self.unit = Some(u);
            self.kind = kd;
        }
        // 10km², 10km/h, 300公里/小时: the area or the speed of a length,
        // read with its word (a measure word may not start another: the
        // tail is taken here)
        if matches!(w, "km" | "㎞" | "公里" | "公裏" | "千米") {
            if let Some(tail) = ["²", "/h", "/小时", "/小時"]
                .iter()
                .find(|tail| t.starts(self.end, tail))
            {
                self.end += Text::nchars(tail);
                self.unit = Some(match *tail {
                    "²" => Unit::SquareKilometre,
                    _ => Unit::KilometrePerHour,
                });
            } else if SPEED_WORDS.iter().any(|w| {
                let lead = &t.s[t.offs[clause_back(t, i)]..t.offs[i]];
                // (the speed's own number: a few words after it, no other
                // number between; 时速350公里的列车运营4万公里 is a length)
                lead.rfind(w).is_some_and(|at| {
                    let between = &lead[at + w.len()..];
                    between.chars().count() <= 4 && !between.contains(|c: char| c.is_ascii_digit())
                })
            }) {
                // 时速300公里, 每小时120公里: a speed
                self.unit = Some(Unit::KilometrePerHour);
            }
        }
        let end = self.end;
        if matches!(w, "颗" | "顆" | "块" | "塊" | "张" | "張" | "片" | "枚") && near_gpu(t, i, end)
        {
            self.unit = Some(Unit::Gpu);
        } else if matches!(w, "次")
            && sentence_has(t, i, &["下载", "下載", "安装", "安裝", "download"])
        {
            self.unit = Some(Unit::Download);
        } else if matches!(w, "块" | "塊") && kuai_is_money(t, i, end) {
            self.unit = Some(Unit::Cny);
            self.kind = Kind::Money;
            self.classifier = None;
            self.sub_units(w);
        } else if w == "次" {
            self.unit = Some(Unit::Times);
        } else if (w == "个" || w == "個") && (t.starts(end, "token") || t.starts(end, "Token")) {
            self.unit = Some(Unit::Token);
            self.kind = Kind::Quantity;
            self.end += if t.starts(end, "tokens") { 6 } else { 5 };
        }
        // "个" counting tokens after a short qualifier of Han characters:
        // 15万亿个公开token, 15万亿个公开可用来源的token
        // (a count of tokens is large: 3个团队的token counts teams)
        if self.unit.is_none()
            && (w == "个" || w == "個")
            && self.high >= Decimal::from(1_000_000)
            && names_tokens(t, self.end)
        {
            self.unit = Some(Unit::Token);
            self.kind = Kind::Quantity;
        }
        // "个" followed by a GPU word: 2048个GPU
        if self.unit.is_none()
            && (w == "个" || w == "個")
            && GPU_WORDS.iter().any(|g| t.starts(self.end, g))
        {
            self.unit = Some(Unit::Gpu);
        }
        // "个" counting entities of a list, the noun right after or after
        // a short qualifier of Han characters: 140个实体, 140个中国实体
        if self.unit.is_none() && (w == "个" || w == "個") && names_entities(t, self.end) {
            self.unit = Some(Unit::Entity);
        }
    }

    /// A range with the unit on both ends: 3%至5%, 2%~3%, 4.5%-5%, 5万至10万人.
    /// But after a verb of change, an amount written in full at each end
    /// is a change by the first to the second (`减少200.18亿元至1,441.75亿元`:
    /// two values), unless both are percentages (`增长5%至10%`: a range).
    fn range_with_units(&mut self) {
        if self.is_range || self.vague_tail || self.unit.is_none() {
            return;
        }
        let t = self.t;
        if self.kind != Kind::Percent
            && matches!(t.at(self.end), Some('至' | '到'))
            && changes_by(t, self.i)
        {
            return;
        }
        // (a hyphen before a Chinese numeral joins two sums of money too:
        // 五元六角-五元七毛八分)
        let dash_then_chinese = || {
            let k = self.end + 1;
            (self.kind == Kind::Money
                && t.at(self.end) == Some('-')
                && t.at(k).is_some_and(is_chinese_numeral_char))
            .then(|| read_num(t, k).ok().flatten())
            .flatten()
            .map(|n| {
                let e = n.end;
                (n, e)
            })
        };
        if let Some((second, after)) = range_second(t, self.end).or_else(dash_then_chinese) {
            if let Some((w2, u2, _)) = unit_word_at(t, after) {
                let (mut high, mut p, mut end) =
                    (second.value, second.precision, after + Text::nchars(w2));
                // 10bp到20bp, 25个基点至50个基点: the second end in
                // percentage points too
                if super::units::BASIS_POINTS.contains(&w2) {
                    let f = Decimal::new(1, 2);
                    let (Some(h), Some(q)) = (high.checked_mul(f), p.checked_mul(f)) else {
                        return;
                    };
                    (high, p) = (h, q);
                }
                // 五元六角-五元七毛八分: the second end's fractions of a yuan
                if u2 == Unit::Cny && high.fract().is_zero() {
                    if let Some((add, p2, e)) = cents_after(t, end, false) {
                        let Some(h) = high.checked_add(add) else {
                            return;
                        };
                        (high, p, end) = (h, p2, e);
                    }
                }
                if Some(u2) == self.unit && high > self.low {
                    self.high = high;
                    self.precision = self.precision.min(p);
                    self.is_range = true;
                    self.qualifier = Qualifier::Range;
                    self.end = end;
                }
            } else if self.unit == Some(Unit::Cny) && matches!(t.at(after), Some('块' | '塊')) {
                // 兩块到三块, 五块六到五块七毛八: the second end in yuan too
                let (add, p, end) = cents_after(t, after + 1, true).unwrap_or((
                    Decimal::ZERO,
                    second.precision,
                    after + 1,
                ));
                let Some(high) = second.value.checked_add(add) else {
                    return;
                };
                if high > self.low {
                    self.high = high;
                    self.precision = self.precision.min(p);
                    self.is_range = true;
                    self.qualifier = Qualifier::Range;
                    self.end = end;
                }
            }
        }
    }

    /// A currency before the number (US$5亿, ¥100, HK$ 3, 美元5亿), or a sign
    /// (-3, +5, 负2, 零下5℃).
    fn sign_or_currency_before(&mut self) {
        let (t, i) = (self.t, self.i);
        if let Some((cs, cu)) = prefix_currency(t, i) {
            if self.unit.is_none() || self.unit.is_some_and(Unit::is_currency) {
                // 港币120亿元: the currency named first wins over the generic 元
                self.unit = Some(match self.unit {
                    Some(Unit::Cny) if cu != Unit::Cny => cu,
                    Some(u) => u,
                    None => cu,
                });
                self.kind = Kind::Money;
                self.start = cs;
            }
        }
        if self.start == i {
            if let Some((s, negative)) = sign_before(t, i) {
                self.negative = negative;
                self.start = s;
            }
        } else if self.start < i && self.start > 0 {
            // a sign before a currency named first: 负新台币20亿元, -US$5亿
            let p = t.chars[self.start - 1];
            let dash_joins = || amount_ends_before_dash(t, self.start - 1);
            if matches!(p, '负' | '負')
                || (matches!(p, '－' | '−') && !dash_joins())
                || (p == '-'
                    && (self.start < 2 || !is_ascii_alnum(t.chars[self.start - 2]))
                    && !dash_joins())
            {
                self.negative = true;
                self.start -= 1;
            }
        }
    }

    /// Numbers that are not claims: an age that defines a group, a lone
    /// digit without a unit, a short year, a Chinese numeral without a unit.
    fn not_a_claim(&mut self) -> Option<Step> {
        let (t, i) = (self.t, self.i);
        let (first, info) = (&self.first, &self.info);
        let skip = Some(Step::Done((None, first.end)));
        // an age that defines a group (65岁及以上人口) is not a claim
        if matches!(
            self.classifier,
            Some("岁" | "歲" | "周岁" | "週歲" | "周歲")
        ) && [
            "及以上",
            "以上",
            "及以下",
            "以下",
            "至",
            "到",
            "-",
            "～",
            "~",
            "及",
        ]
        .iter()
        .any(|w| t.starts(self.end, w))
        {
            return Some(Step::Done((None, self.end)));
        }
        // A lone Chinese digit needs a unit or measure word; a lone 一 needs a
        // strong unit (一家 is "a company", 一倍 is "one times").
        if info.lone_digit && !self.is_range && !self.vague_tail {
            // 这两个金额, 那三家: a reference, not a count
            if i > 0 && refers_back(t.chars[i - 1]) {
                return skip;
            }
            // (one of a physical measure is one: 一公斤, 一吨)
            let strong = matches!(
                self.kind,
                Kind::Money | Kind::Percent | Kind::Multiple | Kind::Duration
            ) || self.classifier.is_some_and(is_physical_measure);
            // 负二 (as the fast path reads it)
            if self.unit.is_none() && self.classifier.is_none() {
                if let Some(m) = minus_digit(t, i, first) {
                    return Some(Step::Done((Some(m), first.end)));
                }
            }
            if first.value == Decimal::ONE && !strong {
                return skip;
            }
            if self.unit.is_none() && self.classifier.is_none() {
                return skip;
            }
        }
        // a Chinese numeral read digit by digit before 年 is a short year (二四年
        // is '24, 九七年 is '97), never a number of years (that is 二十四年)
        if !info.arabic && info.digit_sequence && self.unit == Some(Unit::Year) {
            return skip;
        }
        Some(self.bare_chinese())
    }

    /// Chinese numerals such as 十 or 百 alone, or a digit sequence, need a
    /// unit to be a claim: without one they are bare numbers (二点五,
    /// 一百五十) or codes (一二三). A hedge makes a numeral with places a
    /// claim, as it makes an Arabic one (`两千六左右`, `约一百二`, as
    /// `2600左右`).
    fn bare_chinese(&self) -> Step {
        let (t, i) = (self.t, self.i);
        let (first, info) = (&self.first, &self.info);
        let hedged = || {
            prefix_hedge(t, self.start).is_some_and(|(w, _)| !CROSSINGS.contains(&w))
                || suffix_hedge(t, self.end).is_some()
        };
        if info.has_unit && !info.digit_sequence && !info.arabic && hedged() {
            return Step::Next;
        }
        // (looked for only when the tests before it leave it to decide)
        let big_scale = || {
            t.chars[i..first.end]
                .iter()
                .any(|c| matches!(c, '万' | '萬' | '亿' | '億' | '兆'))
        };
        if info.arabic
            || self.is_range
            || self.vague_tail
            || self.unit.is_some()
            || self.classifier.is_some()
            || !(info.digit_sequence
                || info.atoms <= 1
                || (first.value < Decimal::from(100) && !info.has_unit)
                || (self.kind == Kind::Quantity && !big_scale()))
        {
            return Step::Next;
        }
        // a scale character alone (百度, 千问, 百花齐放) is a word, not a number
        if info.atoms <= 1
            && !t.chars[i..first.end]
                .iter()
                .any(|&c| numeral::chinese_digit(c).is_some())
        {
            return Step::Done((None, first.end));
        }
        let role = if info.digit_sequence {
            Role::Code
        } else {
            Role::Bare
        };
        Step::Done((Some(self.signed_bare(role)), first.end))
    }

    /// What a bare number counts, from the noun before it in the clause.
    fn count_noun(&mut self) -> Option<Step> {
        // (个 counts a model's parameters as well: 参数数量达到1750亿个)
        let generic = matches!(self.classifier, Some("个" | "個"));
        if self.unit.is_some()
            || (self.classifier.is_some() || self.kind != Kind::Quantity) && !generic
        {
            return Some(Step::Next);
        }
        let (t, start) = (self.t, self.start);
        let clause_start = (window_back(start)..start)
            .rev()
            .find(|&k| matches!(t.chars[k], '，' | ',' | '。' | '；' | '\n' | '！' | '？'))
            .map(|k| k + 1)
            .unwrap_or(window_back(start));
        let before = &t.s[t.offs[clause_start]..t.offs[start]];
        if self.names_an_edition(before) {
            return Some(Step::Next);
        }
        // (a ratio or a density of what the noun counts is no count:
        // 总人口性别比为104.34, 人口密度为147)
        const RATIOS: &[&str] = &[
            "性别比",
            "性別比",
            "男女比",
            "抚养比",
            "撫養比",
            "密度",
            "比例",
            "比重",
            "占比",
            "佔比",
            "比率",
        ];
        if RATIOS.iter().any(|r| before.contains(r)) {
            return Some(Step::Next);
        }
        // (but 激活8个专家: experts, not parameters)
        let parameters_named = || ["参数", "參數", "引數"].iter().any(|w| before.contains(w));
        if let Some((u, kd)) = count_noun_in(before)
            .filter(|&(u, _)| !generic || (u == Unit::Parameter && parameters_named()))
        {
            self.unit = Some(u);
            self.kind = kd;
        }
        Some(Step::Next)
    }

    /// Whether a bare number is a year naming an edition of what is written
    /// right before it (中國人口形勢報告2024, 《白皮书2025》): four digits of
    /// a year right after a word of a title, no verb or mark between (not
    /// 人口为1980, 下載次數2000): not a count of what a noun before it counts.
    fn names_an_edition(&self, before: &str) -> bool {
        const COPULAS: &[char] = &[
            '为', '為', '是', '达', '達', '至', '到', '有', '约', '約', '近', '逾', '共', '计',
            '計', '增', '减', '減', '降', '升', '涨', '漲', '跌', '超', '破', '剩', '余', '餘',
            '仅', '僅', '只', '才', '过', '過', '了',
        ];
        /// The words an edition's year is written after (报告2024).
        const TITLES: &[&str] = &[
            "报告",
            "報告",
            "白皮书",
            "白皮書",
            "蓝皮书",
            "藍皮書",
            "年鉴",
            "年鑑",
            "年报",
            "年報",
            "榜单",
            "榜單",
            "指数",
            "指數",
            "大会",
            "大會",
            "峰会",
            "峰會",
            "论坛",
            "論壇",
            "博览会",
            "博覽會",
            "展望",
            "调查",
            "調查",
        ];
        let (i, end) = (self.i, self.first.end);
        end == i + 4
            && (i..end).all(|k| self.t.chars[k].is_ascii_digit())
            && self.first.value >= Decimal::from(1900)
            && self.first.value <= Decimal::from(2100)
            && self.first.value.fract().is_zero()
            && before
                .chars()
                .next_back()
                .is_some_and(|c| crate::segment::is_han(c) && !COPULAS.contains(&c))
            && TITLES.iter().any(|w| before.ends_with(w))
    }

    /// Exchange rates: 7.8的聯繫匯率, 7.75的強方兌換保證, 1美元約可兌7.8港元.
    fn exchange_rate(&mut self) -> Option<Step> {
        let t = self.t;
        let (start, end) = (self.start, self.end);
        // (a rate is below 100: no clause to read for the rest)
        if self.first.value >= Decimal::from(100) {
            return Some(Step::Next);
        }
        let cs = clause_start(t, start);
        let ce = (end..window_ahead(t, end))
            .find(|&k| matches!(t.chars[k], '，' | ',' | '。' | '；' | '\n'))
            .unwrap_or(window_ahead(t, end));
        let clause = &t.s[t.offs[cs]..t.offs[ce]];
        let rate_words = [
            "汇率",
            "匯率",
            "兑换保证",
            "兌換保證",
            "联汇",
            "聯匯",
            "中间价",
            "中間價",
            "兑",
            "兌",
        ];
        if !(clause.contains(['汇', '匯', '兑', '兌', '联', '聯', '价', '價'])
            && rate_words.iter().any(|w| clause.contains(w)))
        {
            return Some(Step::Next);
        }
        let hk = [
            "港元",
            "港币",
            "港幣",
            "联系汇率",
            "聯繫匯率",
            "联汇",
            "聯匯",
            "兑换保证",
            "兌換保證",
        ]
        .iter()
        .any(|w| clause.contains(w));
        let cn = ["人民币", "人民幣", "中间价", "中間價"]
            .iter()
            .any(|w| clause.contains(w));
        let per = match (hk, cn) {
            (true, false) => Some(Unit::HkdPerUsd),
            (false, true) => Some(Unit::CnyPerUsd),
            _ => None,
        };
        // (the central bank's wording too: 1美元对人民币7.1483元)
        let against = clause.contains('兑')
            || clause.contains('兌')
            || [
                "美元对人民币",
                "美元對人民幣",
                "美元对港元",
                "美元對港元",
                "美元对港币",
                "美元對港幣",
            ]
            .iter()
            .any(|w| clause.contains(w));
        // 1美元 is the base of the rate, not an amount
        if self.unit == Some(Unit::Usd) && self.first.value == Decimal::ONE && against {
            return Some(Step::Done((None, end)));
        }
        // (a number with a measure word counts things: 三間發鈔銀行)
        if let Some(per) = per {
            if (self.unit.is_none() && self.classifier.is_none())
                || (self.unit.is_some_and(|u| u == Unit::Hkd || u == Unit::Cny) && against)
            {
                self.unit = Some(per);
                self.kind = Kind::Quantity;
            }
        }
        Some(Step::Next)
    }

    /// A bare Arabic integer — no unit, measure word, scale, separator or
    /// hedge — is a code or a label far more often than a claim (618大促,
    /// 12306网站, 拨打110): leave it.
    fn bare_arabic(&mut self) -> Option<Step> {
        let (t, i) = (self.t, self.i);
        let (first, info) = (&self.first, &self.info);
        let bare_integer = info.arabic
            && !info.has_unit
            && !self.is_range
            && !self.vague_tail
            && self.unit.is_none()
            && self.classifier.is_none()
            && first.value == info.value
            && first.value.fract().is_zero()
            && !t.chars[i..first.end]
                .iter()
                .any(|c| matches!(c, ',' | '，' | '.' | '．'))
            && prefix_hedge(t, self.start).is_none_or(|(w, _)| CROSSINGS.contains(&w))
            && suffix_hedge(t, self.end).is_none();
        if !bare_integer {
            return Some(Step::Next);
        }
        // a long digit string, or one named as a code or a number to dial,
        // is a code; the rest are bare numbers
        let digits = first.end - i;
        // (the window is searched only when the length does not decide)
        let coded = || t.names_a_code(t.offs[window_back(i)], t.offs[i]);
        let role = if digits >= 5 || coded() || t.at(first.end).is_some_and(is_han_char) {
            Role::Code
        } else {
            Role::Bare
        };
        Some(Step::Done((Some(self.signed_bare(role)), first.end)))
    }

    /// The number as a bare one (or a code), with the sign before it when
    /// it is a bare number (负十一 is −11; a code has no sign).
    fn signed_bare(&self, role: Role) -> Mention {
        let mut m = bare(self.t, self.i, &self.first, role);
        if role == Role::Bare && self.negative && self.start < self.i {
            m.start = self.t.offs[self.start];
            m.value = m.value.map(|v| -v);
        }
        m
    }

    /// The mention read: a multiple's relation, the sign, the interval.
    fn mention(mut self) -> Option<Read> {
        let t = self.t;
        let (start, end) = (self.start, self.end);
        let mut m = Mention::new(t.offs[start], t.offs[end], self.kind);
        m.unit = self.unit;
        m.classifier = self.classifier;
        if self.kind == Kind::Multiple {
            m.relation = Some(Relation::Ratio);
            let before_hedge =
                prefix_hedge(t, start).map_or(start, |(w, _)| start - Text::nchars(w));
            if INCREASE_WORDS.iter().any(|w| t.ends(before_hedge, w)) {
                m.relation = Some(Relation::Increase);
                self.low = self.low.checked_add(Decimal::ONE)?;
                self.high = self.high.checked_add(Decimal::ONE)?;
            }
        }
        // (a minus before the first end of a range is that end's: the
        // second, written without one, is above zero, -0.5%~1.5%)
        let (low, high) = match (self.negative, self.is_range) {
            (true, true) => (-self.low, self.high),
            (true, false) => (-self.high, -self.low),
            (false, _) => (self.low, self.high),
        };
        set_interval(&mut m, low, high, self.qualifier, self.is_range);
        m.precision = Some(self.precision);
        Some(finish(t, start, end, m))
    }
}

/// Whether `a/b` at char `i` is a month and a day as Taiwan and Hong Kong
/// write them (`12/26上線`, `即日起至12/31止`, `1/27當天`): a month of
/// 1–12 over a day of 13–31 written in digits, with a word of a date
/// before or after it. Such a pair is no fraction (and is left unread).
fn month_and_day(t: &Text, i: usize, a: &Num, b: &Num) -> bool {
    const AFTER: &[&str] = &[
        "上線", "上线", "起", "止", "當天", "当天", "當日", "当日", "發布", "发布", "發表", "发表",
        "推出", "開始", "开始", "開賣", "开卖", "截止", "晚", "凌晨", "上午", "下午", "週", "周",
        "星期",
    ];
    const BEFORE: &[&str] = &["於", "于", "截至", "起至", "即日起至"];
    let whole = |n: &Num, lo: i64, hi: i64| {
        n.value.fract().is_zero() && n.value >= Decimal::from(lo) && n.value <= Decimal::from(hi)
    };
    let digits = |from: usize, to: usize| t.chars[from..to].iter().all(|c| c.is_ascii_digit());
    whole(a, 1, 12)
        && whole(b, 13, 31)
        && digits(i, a.end)
        && digits(a.end + 1, b.end)
        && (AFTER.iter().any(|w| t.starts(b.end, w)) || BEFORE.iter().any(|w| t.ends(i, w)))
}

/// Whether `a/b` at char `i` is no part of a whole: a season or a fiscal
/// year (`2024/25球季`: a year of four digits over two), round the clock
/// (`24/7`), or the shop `7/11`.
fn names_no_part(t: &Text, i: usize, a: &Num, b: &Num) -> bool {
    let year = a.end - i == 4
        && a.value >= Decimal::from(1900)
        && a.value <= Decimal::from(2100)
        && b.end - (a.end + 1) == 2;
    let text: String = t.chars[i..b.end]
        .iter()
        .map(|&c| crate::words::half_width(c))
        .collect();
    year || text == "24/7" || text == "7/11"
}

/// The scale the number `num` (ending at char `end`) ends with: the
/// product of its last 万, 亿 and 兆 (10万, 三十万, 5万亿), or its English
/// suffix (15k, 2.5M); `None` when it has none.
fn trailing_scale(t: &Text, num: &Num, end: usize) -> Option<Decimal> {
    let info = num.info.as_ref()?;
    if num.end > info.end {
        // (read_num multiplied the numeral by its suffix)
        return num.value.checked_div(info.value);
    }
    let mut f = Decimal::ONE;
    let mut k = end;
    while let Some(e) = k.checked_sub(1).and_then(|p| numeral::big_unit(t.chars[p])) {
        f = f.checked_mul(Decimal::from_i128_with_scale(10i128.pow(e), 0))?;
        k -= 1;
    }
    (f > Decimal::ONE).then_some(f)
}

/// The fractions of a yuan after a whole amount, from char `k`: a digit
/// and 角 or 毛 (tenths), then a digit and 分 (`五角八分`) or, spoken, a
/// digit alone (`七毛八`); a digit and 分 (`三块四分`); 零 and a digit
/// (`三块零四`, `三元零五分`); and, spoken (`spoken`: after 块, or for 毛
/// and 角 themselves), a digit alone (`十二块五`). A spoken digit ends the
/// phrase (`两块五花肉` is meat): nothing after it but a mark, a range's
/// mark or 钱. What they add, its precision and where they end.
pub(super) fn cents_after(t: &Text, k: usize, spoken: bool) -> Option<(Decimal, Decimal, usize)> {
    let digit = |k: usize| {
        t.at(k)
            .and_then(|c| chinese_digit(c).or_else(|| arabic_digit(c)))
            .filter(|&d| d > 0)
            .map(Decimal::from)
    };
    let ends = |k: usize| {
        t.at(k).is_none_or(|c| {
            !c.is_alphanumeric() || matches!(c, '至' | '到' | '钱' | '錢') || t.starts(k, "左右")
        })
    };
    let fen = |k: usize| t.at(k) == Some('分') && !t.starts(k, "分之") && !t.starts(k, "分钟");
    let tenth = Decimal::new(1, 1);
    let cent = Decimal::new(1, 2);
    let d = digit(k);
    if let Some(d) = d.filter(|_| matches!(t.at(k + 1), Some('角' | '毛'))) {
        let add = d * tenth;
        return Some(match digit(k + 2) {
            Some(e) if fen(k + 3) => (add + e * cent, cent, k + 4),
            Some(e) if spoken && ends(k + 3) => (add + e * cent, cent, k + 3),
            _ => (add, tenth, k + 2),
        });
    }
    if let Some(d) = d.filter(|_| fen(k + 1)) {
        return Some((d * cent, cent, k + 2));
    }
    if matches!(t.at(k), Some('零' | '〇')) {
        let e = digit(k + 1)?;
        if fen(k + 2) {
            return Some((e * cent, cent, k + 3));
        }
        return ends(k + 2).then_some((e * cent, cent, k + 2));
    }
    let d = d.filter(|_| spoken && ends(k + 1))?;
    Some((d * tenth, tenth, k + 1))
}

/// Words in a clause before an amount that make it a price or a sum paid
/// (`票价`, `售价`, `费用`, `花了`, `工资`, `金额`): 块 after the amount is
/// then the yuan, and 角 or 毛 its tenths.
const PRICE_WORDS: &[&str] = &[
    "价",
    "價",
    "费",
    "費",
    "售",
    "钱",
    "錢",
    "金额",
    "金額",
    "花了",
    "花费",
    "花費",
    "花掉",
    "工资",
    "工資",
    "薪",
    "收入",
    "赚",
    "賺",
    "挣",
    "掙",
    "罚",
    "罰",
    "赔",
    "賠",
    "付",
    "贵",
    "貴",
    "便宜",
    "成本",
    "补贴",
    "補貼",
    "人民币",
    "人民幣",
    "卖",
    "賣",
    "买",
    "買",
];

/// Whether the clause before char `i` holds a price's word ([`PRICE_WORDS`]).
fn price_before(t: &Text, i: usize) -> bool {
    let clause = &t.s[t.offs[clause_start(t, i)]..t.offs[i]];
    PRICE_WORDS.iter().any(|w| clause.contains(w))
}

/// Whether 块 after the number at char `i` (ending at `end`, past 块) is
/// the yuan: 钱 or 人民币 after it (`一块钱`), the fractions of a yuan
/// (`十二块五`, `三块零四`), a currency before it, or a price's word
/// before it and no noun after (`票价三块`, `花了十块`, `卖15块`, but
/// `买了三块面包`). Elsewhere 块 counts things (`三块屏幕`, `5块土地`,
/// `20块化石`).
pub(super) fn kuai_is_money(t: &Text, i: usize, end: usize) -> bool {
    let noun_after = || {
        t.at(end)
            .is_some_and(|c| is_han_char(c) && !AFTER_AN_AMOUNT.contains(&c))
    };
    matches!(t.at(end), Some('钱' | '錢'))
        || t.starts(end, "人民币")
        || t.starts(end, "人民幣")
        || cents_after(t, end, true).is_some()
        || prefix_currency(t, i).is_some()
        || (price_before(t, i) && !noun_after())
}

/// Characters after an amount that start no noun it counts (a range, a
/// hedge, 的, a conjunction, a rate).
const AFTER_AN_AMOUNT: &[char] = &[
    '到', '至', '左', '上', '以', '多', '余', '餘', '的', '一', '每', '或', '和', '及', '与', '與',
    '不', '就', '也', '都', '了', '钱', '錢',
];

/// Whether 每秒 (per second) is written right before the number at char
/// `i`: `每秒 600 GB` is 600 GB/s.
fn per_second_before(t: &Text, i: usize) -> bool {
    t.ends(i, "每秒") || t.ends(i, "每秒鐘") || t.ends(i, "每秒钟")
}

/// Whether 两 at char `k` is the weight liang after the digit before it
/// (二两白酒, 九两半, 六斤八两, 2两茶叶): no one writes 两 in a digit
/// sequence; 两两 (in pairs) and the pairs 一两, 三两 (one or two, two or
/// three) are read before.
fn liang_after_digit(t: &Text, k: usize) -> bool {
    matches!(t.at(k), Some('两' | '兩'))
        && k.checked_sub(1).and_then(|p| t.at(p)).is_some_and(|c| {
            (chinese_digit(c).is_some() && !matches!(c, '两' | '兩'))
                // 2两茶叶 (but not before a numeral: 2两千 is no weight)
                || (is_digit(c) && !t.at(k + 1).is_some_and(|d| is_chinese_numeral_char(d) || is_digit(d)))
        })
}

/// Characters after 半 that make it a word of its own (半年, 半导体, 半数):
/// not the half of the duration before it.
const HALF_WORDS: &[char] = &[
    '年', '月', '天', '日', '价', '價', '导', '導', '岛', '島', '数', '數', '途', '夜', '径', '徑',
    '个', '個', '场', '場', '壁', '边', '邊', '成', '决', '決', '自',
];

/// Characters after 多 that make it a word of its own (多次, 多家, 多少).
const MORE_WORDS: &[char] = &[
    '次', '个', '個', '家', '种', '種', '项', '項', '名', '位', '少', '元', '人', '年', '月', '天',
    '国', '國', '方', '数', '數', '样', '樣', '款', '部', '条', '條', '只', '隻', '所', '重', '达',
    '達', '于', '於', '万', '萬', '亿', '億', '倍',
];

/// `个半` and a duration word at char `k` (一个半月, 三个半小时).
fn half_after_ge(t: &Text, k: usize) -> Option<(&'static str, Unit, Kind)> {
    if !(t.starts(k, "个半") || t.starts(k, "個半")) {
        return None;
    }
    // (月 alone is no unit word: 3月 is a date; 个月 is)
    if t.at(k + 2) == Some('月') {
        return Some(("月", Unit::Month, Kind::Duration));
    }
    unit_word_at(t, k + 2).filter(|&(_, _, kd)| kd == Kind::Duration)
}

/// Whether the unit word `w` at char `k` is a unit here, not the start of
/// another word (人民, 名单, 元素, 天然, 年级, 5G).
fn unit_word_ok(t: &Text, k: usize, w: &str) -> bool {
    match w {
        // 年 after a number below 1000 is a duration; years are dates (handled before)
        "年" => !t.starts(k + 1, "级") && !t.starts(k + 1, "級") && !t.starts(k + 1, "代"),
        // (60周岁 is an age in full years, not 60 weeks)
        "周" | "週" => !matches!(t.at(k + 1), Some('年' | '岁' | '歲')),
        "人" => !t.starts(k + 1, "民") && !t.starts(k + 1, "工"),
        "名" => !matches!(
            t.at(k + 1),
            Some('单' | '單' | '字' | '称' | '稱' | '义' | '義')
        ),
        "元" => !matches!(
            t.at(k + 1),
            Some('素' | '宇' | '件' | '年' | '首' | '旦' | '老' | '气' | '氣')
        ),
        "位" => !matches!(t.at(k + 1), Some('置' | '于' | '於' | '数' | '數')),
        "家" => !matches!(
            t.at(k + 1),
            Some('庭' | '里' | '裡' | '人' | '长' | '長' | '乡' | '鄉' | '具' | '电' | '電')
        ),
        "天" => !matches!(
            t.at(k + 1),
            Some('然' | '下' | '气' | '氣' | '使' | '才' | '空')
        ),
        // (not the first character of a word: 日本, 日元, 日均, 日报, 日线;
        // nor 一日 alone, mostly in set phrases: 一日之间, 四十年如一日)
        "日" if k >= 1
            && t.chars[k - 1] == '一'
            && !(k >= 2 && is_chinese_numeral_char(t.chars[k - 2])) =>
        {
            false
        }
        "日" => !t.at(k + 1).is_some_and(|c| {
            super::text::is_han_char(c)
                && !matches!(
                    c,
                    '内' | '內'
                        | '之'
                        | '以'
                        | '的'
                        | '左'
                        | '后'
                        | '後'
                        | '前'
                        | '来'
                        | '來'
                        | '至'
                        | '到'
                        | '或'
                        | '不'
                        | '才'
                        | '就'
                        | '便'
                        | '都'
                        | '也'
                        | '已'
                        | '仍'
                        | '时'
                        | '時'
                        | '间'
                        | '間'
                        | '上'
                        | '下'
                        | '涨'
                        | '漲'
                        | '跌'
                        | '收'
                        | '走'
                        | '录'
                        | '錄'
                        | '遭'
                        | '净'
                        | '淨'
                        | '买'
                        | '買'
                        | '卖'
                        | '賣'
                        | '获'
                        | '獲'
                )
        }),
        "秒" => true,
        "bp" | "bps" | "BP" | "BPs" => basis_points_at(t, k, w),
        "W" => !t.at(k + 1).is_some_and(|c| c.is_ascii_alphabetic()),
        "GB" | "TB" | "MB" | "KB" | "GB/s" | "TB/s" | "FLOPs" | "FLOP" | "flops" | "token"
        | "tokens" | "Token" => !t
            .at(k + Text::nchars(w))
            .is_some_and(|c| c.is_ascii_alphabetic()),
        // TFLOPS, 296 TFLOPs, 990T Flops (told by the first letter); not
        // a rate per watt (2.5 TFLOPS/W, 每瓦)
        w if matches!(w.as_bytes()[0], b'T' | b'P' | b'E') => {
            let end = k + Text::nchars(w);
            !t.at(end).is_some_and(|c| c.is_ascii_alphabetic())
                && !["/W", "/w", "/瓦", "每瓦", " / W", " /W"]
                    .iter()
                    .any(|p| t.starts(end, p))
        }
        _ => true,
    }
}

/// Words of a sentence about rates, where bp counts basis points (利率,
/// 收益率, 降息, 下调, 国债…), not base pairs of DNA nor bits per second.
const RATE_CONTEXT: &[&str] = &[
    "率", "息", "债", "債", "LPR", "MLF", "差", "调", "調", "升", "降", "涨", "漲", "跌", "基点",
    "基點",
];

/// Whether `w` (bp, bps, BP, BPs) at char `k` counts basis points: in a
/// sentence about rates, after a number under 1000 (9600bps is a modem's
/// speed), not before another letter or a slash (120bpm, 50bps/s); BP in
/// capitals only right after the digits (上调50BP), as the oil company's
/// name stands apart (3 BP).
fn basis_points_at(t: &Text, k: usize, w: &str) -> bool {
    let next = t.at(k + Text::nchars(w));
    if next.is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '／')) {
        return false;
    }
    let mut a = k;
    while a > 0 && t.at(a - 1).is_some_and(|c| c == ' ') {
        a -= 1;
    }
    if w.starts_with('B') && a != k {
        return false;
    }
    let mut whole = 0;
    let mut b = a;
    while b > 0 && t.at(b - 1).is_some_and(|c| is_digit(c) || c == '.') {
        b -= 1;
        if t.chars[b] == '.' {
            whole = 0;
        } else {
            whole += 1;
        }
    }
    whole <= 3 && sentence_has(t, k, RATE_CONTEXT)
}

/// A unit word after 个/個: `个百分点`, `个GPU小时`, `个 token` (perhaps
/// after a space), `个H800 GPU小时` (a model name may stand between).
/// Returns the end of the unit, the unit and kind.
fn unit_after_ge(t: &Text, k: usize) -> Option<(usize, Unit, Kind)> {
    if !(t.starts(k, "个") || t.starts(k, "個")) {
        return None;
    }
    let counted = |u: Unit| {
        !matches!(
            u,
            Unit::People | Unit::Entity | Unit::Type | Unit::Cny | Unit::Year | Unit::Times
        )
    };
    let w_at = if t.at(k + 1) == Some(' ') {
        k + 2
    } else {
        k + 1
    };
    if let Some((w, u, kd)) =
        unit_word_at(t, w_at).filter(|&(w, u, _)| counted(u) && unit_word_ok(t, w_at, w))
    {
        return Some((w_at + Text::nchars(w), u, kd));
    }
    let mut j = k + 1;
    while j < t.len()
        && j < k + 14
        && (is_ascii_alnum(t.chars[j]) || matches!(t.chars[j], '-' | ' '))
    {
        j += 1;
    }
    if j == k + 1 {
        return None;
    }
    (k + 2..=j)
        .filter(|&p| {
            t.chars[p - 1] == ' '
                || !t.chars[p - 1].is_ascii_alphanumeric()
                || t.chars.get(p).is_some_and(|c| c.is_ascii_uppercase())
        })
        .find_map(|p| {
            unit_word_at(t, p)
                .filter(|(_, u, _)| *u == Unit::GpuHour)
                .map(|(w, u, kd)| (p + Text::nchars(w), u, kd))
        })
}

/// GPU-hours with the chip named first: `3,080万H100 GPU小时`.
fn gpu_hours_after_name(t: &Text, k: usize) -> Option<(usize, Unit, Kind)> {
    if !t.at(k).is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut j = k;
    while j < t.len()
        && j < k + 14
        && (is_ascii_alnum(t.chars[j]) || matches!(t.chars[j], '-' | ' '))
    {
        j += 1;
    }
    (k + 1..=j)
        .filter(|&p| {
            t.chars[p - 1] == ' ' || t.chars.get(p).is_some_and(|c| c.is_ascii_uppercase())
        })
        .find_map(|p| {
            unit_word_at(t, p)
                .filter(|(_, u, _)| *u == Unit::GpuHour)
                .map(|(w, u, kd)| (p + Text::nchars(w), u, kd))
        })
}

/// Whether a word for a token (token, 词元) stands after one to ten Han
/// characters from char `k` (公开, 公开可用来源的): what 个 counts.
fn names_tokens(t: &Text, k: usize) -> bool {
    // (the qualifier: one to ten Han characters, then the word for a token)
    let mut j = k;
    while j < k + 10 && t.at(j).is_some_and(is_han_char) {
        if j > k && (t.starts(j, "词元") || t.starts(j, "詞元")) {
            return true;
        }
        j += 1;
    }
    j > k && (t.starts(j, "token") || t.starts(j, "Token"))
}

/// Whether the noun an entity list counts (实体, 實體) stands at char `k`,
/// or after at most four other Han characters (中国, 外国, 中方).
fn names_entities(t: &Text, k: usize) -> bool {
    (k..k + 5)
        .take_while(|&j| t.at(j).is_some_and(is_han_char))
        .any(|j| t.starts(j, "实体") || t.starts(j, "實體"))
}

/// Words after a range that say an amount varies over it (从1到5美元不等).
pub(crate) const VARIES: &[&str] = &["不等", "之间", "之間", "不一", "區間", "区间"];

/// Whether the words in the few characters after `k` (past the unit, in
/// its clause) say that an amount varies over a range: 不等, 之间, 不一,
/// 区间.
fn varies_after(t: &Text, k: usize) -> bool {
    (k..k + 8)
        .take_while(|&p| t.at(p).is_some_and(|c| !"，,。；;：:！？\n（(".contains(c)))
        .any(|p| VARIES.iter().any(|w| t.starts(p, w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_range_mark_is_taken_before_the_unit() {
        for &c in super::super::read::RANGE_MARKS {
            assert!(taken_before_the_unit(c), "{c}");
        }
    }

    /// A fast path's reading where it reads at all, against the reading in
    /// full, on `before` + a digit + every next character + a tail (each
    /// of `cases`); how many it read.
    fn fast_path_agrees(
        befores: &[&str],
        cases: &[(char, &str)],
        fast: fn(&Text, usize, &Num) -> Option<Read>,
    ) -> usize {
        let nexts = (' '..='~')
            .chain('\u{3000}'..='\u{303f}')
            .chain('\u{4e00}'..='\u{9fff}')
            .chain('\u{ff01}'..='\u{ff5e}');
        let mut skipped = 0;
        for d in nexts {
            for before in befores {
                for (c, tail) in cases {
                    let s = format!("{before}{c}{d}{tail}");
                    let t = Text::new(&s);
                    let i = before.chars().count();
                    let Ok(Some(first)) = read_num(&t, i) else {
                        continue;
                    };
                    if let Some(r) = fast(&t, i, &first) {
                        assert_eq!(quantity_in_full(&t, i, first), Some(r), "{s}");
                        skipped += 1;
                    }
                }
            }
        }
        skipped
    }

    #[test]
    fn a_lone_digit_alone_is_skipped_as_the_reading_in_full_skips_it() {
        let befores = [
            "美元这",
            "那",
            "x",
            "",
            "每",
            "负",
            "$",
            "美元",
            "港币",
            "约",
            "，",
            "第",
        ];
        let cases = [('一', "万年"), ('两', "岁以上至"), ('三', ""), ('零', "年")];
        let skipped = fast_path_agrees(&befores, &cases, lone_digit_alone);
        assert!(skipped > 100_000, "{skipped}");
    }

    #[test]
    fn a_lone_one_counted_is_skipped_as_the_reading_in_full_skips_it() {
        let befores = ["", "x", "这", "每", "美元", "约", "，"];
        let tails = [
            "",
            "月",
            "人",
            "民",
            "置",
            "数",
            "里",
            "多月",
            "以上",
            "至三位",
            "-3家",
            "到两种",
            "GPU",
            "token",
            "百分点",
            "元",
            "s",
            "年",
        ];
        let cases: Vec<(char, &str)> = tails
            .iter()
            .map(|&x| ('一', x))
            .chain([('壹', "")])
            .collect();
        let skipped = fast_path_agrees(&befores, &cases, lone_one_counted);
        assert!(skipped > 1_000, "{skipped}");
    }
}
