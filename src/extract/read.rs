//! Reading one mention at a character: the order in which phrases, dates
//! and numbers are tried, then the steps that read a number's ranges, vague
//! tails, fractions, unit or measure word and hedges.

use super::dates::{date_at, relative_date};
use super::names::{chinese_numeral_allowed, name_digits, non_quantity_digits};
use super::numeral;
use super::numeral::{arabic_digit, chinese_digit, is_chinese_numeral_char, Numeral};
use super::phrases::{chinese_fraction_prefix, special_phrase, vague_numeral};
use super::qualifier::{
    apply_qualifier, prefix_hedge, DECREASE_WORDS, INCREASE_WORDS, SUFFIX_QUALIFIERS,
};
use super::scale::{read_num, scale_after, Num};
use super::text::{
    clause_start, is_ascii_alnum, is_digit, is_han_char, near_any, sentence_has, window_ahead,
    window_back, Text, PAREN_CLOSE, PAREN_OPEN,
};
use super::units::{
    self, count_noun_in, measure_word_at, prefix_currency, unit_word_at, GPU_WORDS,
};
use super::{Kind, Mention, Qualifier, Relation, Role};
use crate::date::Date;
use rust_decimal::Decimal;

/// Try to read a mention at char `i`. `None`: nothing here. `Some((None, j))`:
/// not a mention, skip to `j`. `Some((Some(m), j))`: a mention ending at `j`.
pub(super) fn mention_at(
    t: &Text,
    i: usize,
    as_of: Option<Date>,
) -> Option<(Option<Mention>, usize)> {
    let c = t.chars[i];
    // phrases without digits
    if let Some(r) = special_phrase(t, i) {
        return Some(r);
    }
    if let Some(r) = relative_date(t, i, as_of) {
        return Some(r);
    }
    if let Some(r) = chinese_fraction_prefix(t, i) {
        return Some(r);
    }
    if matches!(c, '几' | '幾' | '数' | '數') {
        return vague_numeral(t, i);
    }
    if c == '半' {
        // 逾半兆美元, 半亿: half of a big unit
        let e = t.at(i + 1).and_then(numeral::big_unit)?;
        let f = Decimal::from_i128_with_scale(10i128.pow(e), 0) / Decimal::TWO;
        let num = Num {
            value: f,
            precision: f,
            end: i + 2,
            info: Some(Numeral {
                value: f,
                precision: f,
                end: i + 2,
                arabic: false,
                chinese_digit: true,
                has_unit: true,
                atoms: 2,
                digit_sequence: false,
                lone_digit: false,
            }),
        };
        return quantity(t, i, num);
    }
    if !(is_digit(c) || is_chinese_numeral_char(c)) {
        return None;
    }
    // Digits glued to a name: H800, GPT-4o, DeepSeek-V3, Llama 3.1-405B.
    if is_digit(c) {
        if let Some(end) = name_digits(t, i) {
            return Some((None, end));
        }
        if let Some(end) = non_quantity_digits(t, i) {
            return Some((None, end));
        }
    } else if !chinese_numeral_allowed(t, i) {
        // skip the whole numeral run
        let mut j = i + 1;
        while j < t.len() && is_chinese_numeral_char(t.chars[j]) {
            j += 1;
        }
        return Some((None, j));
    }
    // Dates come first: 2024年12月26日, 2025-02-11, 1月26日.
    if let Some(r) = date_at(t, i, as_of) {
        return Some(r);
    }
    let first = match read_num(t, i) {
        Ok(Some(num)) => num,
        Ok(None) => return None,
        Err(_) => {
            let mut j = i;
            while j < t.len()
                && (is_digit(t.chars[j])
                    || is_chinese_numeral_char(t.chars[j])
                    || matches!(t.chars[j], ',' | '.' | '，'))
            {
                j += 1;
            }
            let mut m = Mention::new(t.offs[i], t.offs[j], Kind::Quantity);
            m.error = Some("number too large to represent exactly".to_string());
            return Some((Some(m), j));
        }
    };
    quantity(t, i, first)
}

/// A unit word after 个/個: `个百分点`, `个GPU小时`, `个H800 GPU小时` (a model
/// name may stand between). Returns the end of the unit, the unit and kind.
pub(super) fn unit_after_ge(t: &Text, k: usize) -> Option<(usize, &'static str, Kind)> {
    if !(t.starts(k, "个") || t.starts(k, "個")) {
        return None;
    }
    let counted = |u: &str| !matches!(u, "people" | "entity" | "type" | "CNY" | "year" | "times");
    if let Some((w, u, kd)) = unit_word_at(t, k + 1).filter(|(_, u, _)| counted(u)) {
        return Some((k + 1 + Text::nchars(w), u, kd));
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
                .filter(|(_, u, _)| *u == "GPU_hour")
                .map(|(w, u, kd)| (p + Text::nchars(w), u, kd))
        })
}

/// GPU-hours with the chip named first: `3,080万H100 GPU小时`.
pub(super) fn gpu_hours_after_name(t: &Text, k: usize) -> Option<(usize, &'static str, Kind)> {
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
                .filter(|(_, u, _)| *u == "GPU_hour")
                .map(|(w, u, kd)| (p + Text::nchars(w), u, kd))
        })
}

pub(super) fn quantity(t: &Text, i: usize, first: Num) -> Option<(Option<Mention>, usize)> {
    let n = t.len();
    let info = first.info.clone().expect("read_num sets info");
    let mut j = first.end;

    // the denominator of a rate (每百万token, 每1000人) is not a quantity
    if t.ends(i, "每") {
        let mut j = first.end;
        while j < n
            && (numeral::big_unit(t.chars[j]).is_some()
                || numeral::small_unit(t.chars[j]).is_some())
        {
            j += 1;
        }
        return Some((None, j));
    }
    // Lone Chinese digits: 一 is usually the article "a"; others need a unit.
    let mut low = first.value;
    let mut high = first.value;
    let mut qualifier = Qualifier::Exact;
    let mut precision = first.precision;
    let mut is_range = false;

    // pair ranges: 两三个, 三五天, 七八成
    if info.lone_digit && j < n {
        if let Some(d2) = chinese_digit(t.chars[j]) {
            let d1 = first.value;
            let d2 = Decimal::from(d2);
            if d2 > d1
                && (d2 - d1 == Decimal::ONE || (d1 == Decimal::from(3) && d2 == Decimal::from(5)))
            {
                low = d1;
                high = d2;
                is_range = true;
                qualifier = Qualifier::Approx;
                j += 1;
                // 两三万, 七八十
                if let Some(u) = t.at(j).and_then(|c| {
                    numeral::small_unit(c).map(Decimal::from).or_else(|| {
                        numeral::big_unit(c)
                            .map(|e| Decimal::from_i128_with_scale(10i128.pow(e), 0))
                    })
                }) {
                    low = low.checked_mul(u)?;
                    high = high.checked_mul(u)?;
                    precision = u;
                    j += 1;
                    if let Some(e) = t.at(j).and_then(numeral::big_unit) {
                        let f = Decimal::from_i128_with_scale(10i128.pow(e), 0);
                        low = low.checked_mul(f)?;
                        high = high.checked_mul(f)?;
                        precision = precision.checked_mul(f)?;
                        j += 1;
                    }
                }
            }
        }
    }

    // Ranges: 5至10万, 5-10亿美元, 90至100天, 三到五成 — but 从1750亿到1万亿 is
    // two values, a start and an end
    let from_to = t.ends(i, "从") || t.ends(i, "從") || t.ends(i, "由");
    if !is_range && !from_to {
        if let Some((second, after)) = range_second(t, j) {
            let mut scale_tail = scale_after(t, after);
            // 5至10万: the second end's own scale applies to a bare first end
            let sec_info = second.info.clone();
            if scale_tail.is_none()
                && !info.has_unit
                && sec_info.as_ref().is_some_and(|x| x.has_unit)
            {
                let mut f = Decimal::ONE;
                let mut k = after;
                while k > 0 && numeral::big_unit(t.chars[k - 1]).is_some() {
                    f = f.checked_mul(Decimal::from_i128_with_scale(
                        10i128.pow(numeral::big_unit(t.chars[k - 1]).unwrap_or(0)),
                        0,
                    ))?;
                    k -= 1;
                }
                if f > Decimal::ONE {
                    let a = first.value.checked_mul(f)?;
                    if a < second.value {
                        low = a;
                        high = second.value;
                        precision = first.precision.checked_mul(f)?.min(second.precision);
                        is_range = true;
                        qualifier = Qualifier::Range;
                        j = after;
                    }
                }
            }
            if is_range {
                scale_tail = None;
            }
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
            if !is_range && b > a {
                low = a;
                high = b;
                precision = p;
                is_range = true;
                qualifier = Qualifier::Range;
                j = end;
            }
        }
    }

    // Vague tails: 3万多, 10余万, 三十几万, 10多亿
    let mut vague_tail = false;
    if !is_range && j < n && matches!(t.chars[j], '多' | '余' | '餘' | '几' | '幾' | '来' | '來')
    {
        let marker = t.chars[j];
        let next = t.at(j + 1);
        let next_big = next.and_then(numeral::big_unit);
        let next_small = next.and_then(numeral::small_unit);
        // place value of the last significant digit written
        let place = first.precision;
        let ok_marker = marker != '来' && marker != '來' || next_big.is_some();
        // 多 directly followed by a noun (多家, 多名) still means "more than"
        if ok_marker {
            let mut lo = first.value;
            let mut hi = first.value.checked_add(place)?;
            let mut end = j + 1;
            if let Some(e) = next_big {
                let f = Decimal::from_i128_with_scale(10i128.pow(e), 0);
                lo = lo.checked_mul(f)?;
                hi = hi.checked_mul(f)?;
                precision = place.checked_mul(f)?;
                end += 1;
                if let Some(e2) = t.at(end).and_then(numeral::big_unit) {
                    let f2 = Decimal::from_i128_with_scale(10i128.pow(e2), 0);
                    lo = lo.checked_mul(f2)?;
                    hi = hi.checked_mul(f2)?;
                    precision = precision.checked_mul(f2)?;
                    end += 1;
                }
            } else if let Some(u) = next_small {
                // 三十多万 is handled above; 1千多 → rare
                let u = Decimal::from(u);
                lo = lo.checked_mul(u)?;
                hi = hi.checked_mul(u)?;
                precision = place.checked_mul(u)?;
                end += 1;
            } else {
                // 3万多: 多 fills the place below the last unit
                precision = place;
            }
            low = lo;
            high = hi;
            qualifier = if matches!(marker, '几' | '幾') {
                Qualifier::Vague
            } else {
                Qualifier::AtLeast
            };
            vague_tail = true;
            j = end;
        }
    }

    // Chinese fractions: 十分之一, 三分之二
    if !is_range && !vague_tail && t.starts(j, "分之") {
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
            let den = first.value;
            if !den.is_zero() {
                let v = num2.value.checked_div(den)?;
                let (unit, kind, value) = if den == Decimal::from(100) {
                    (Some("%"), Kind::Percent, num2.value)
                } else if den == Decimal::from(1000) {
                    (Some("‰"), Kind::Percent, num2.value)
                } else {
                    (None, Kind::Fraction, v)
                };
                let mut m = Mention::new(t.offs[i], t.offs[num2.end], kind);
                m.value = Some(value);
                m.unit = unit;
                m.precision = Some(if kind == Kind::Fraction {
                    Decimal::new(1, 4).min(v.abs())
                } else {
                    num2.precision
                });
                let j2 = num2.end;
                return Some(finish(t, i, j2, m));
            }
        }
        return Some((None, j + 2));
    }

    // Arabic fractions 1/3 (not dates)
    if !is_range
        && !vague_tail
        && info.arabic
        && !info.has_unit
        && t.at(j) == Some('/')
        && t.at(j + 1).is_some_and(is_digit)
    {
        if let Ok(Some(den)) = read_num(t, j + 1) {
            if !den.value.is_zero()
                && den.value <= Decimal::from(1000)
                && t.at(den.end) != Some('/')
            {
                let v = first.value.checked_div(den.value)?;
                let mut m = Mention::new(t.offs[i], t.offs[den.end], Kind::Fraction);
                m.value = Some(v);
                m.precision = Some(Decimal::new(1, 4));
                return Some(finish(t, i, den.end, m));
            }
        }
        return Some((None, j + 1));
    }

    // 成: 4成 = 40%, 七成五 = 75%, 三到五成
    if t.at(j) == Some('成')
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
        && high <= Decimal::TEN
    {
        let mut end = j + 1;
        let ten = Decimal::TEN;
        let mut lo = low.checked_mul(ten)?;
        let mut hi = high.checked_mul(ten)?;
        let mut p = precision.checked_mul(ten)?;
        if !is_range {
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
        let mut m = Mention::new(t.offs[i], t.offs[end], Kind::Percent);
        m.unit = Some("%");
        set_interval(&mut m, lo, hi, qualifier, is_range);
        m.precision = Some(p);
        return Some(finish(t, i, end, m));
    }

    // Units
    let mut kind = Kind::Quantity;
    let mut unit: Option<&'static str> = None;
    let mut classifier: Option<&'static str> = None;
    let mut end = j;
    let mut k = j;
    if t.at(k) == Some(' ')
        && t.at(k + 1)
            .is_some_and(|c| !c.is_ascii() || c.is_ascii_alphabetic())
    {
        k += 1; // "2,048 颗", "2.788M GPU hours"
    }
    // scale words after a vague or range numeral were handled; a bare scale after English
    // suffix is not possible. Now the unit:
    if let Some((w, u, kd)) = unit_word_at(t, k) {
        let ok = match w {
            // 年 after a number below 1000 is a duration; years are dates (handled before)
            "年" => !t.starts(k + 1, "级") && !t.starts(k + 1, "級") && !t.starts(k + 1, "代"),
            "周" | "週" => !t.starts(k + 1, "年"),
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
            "秒" => true,
            "W" => !t.at(k + 1).is_some_and(|c| c.is_ascii_alphabetic()),
            "GB" | "TB" | "MB" | "KB" | "GB/s" | "TB/s" | "TFLOPS" | "FLOPs" | "FLOP" | "token"
            | "tokens" | "Token" => !t
                .at(k + Text::nchars(w))
                .is_some_and(|c| c.is_ascii_alphabetic()),
            _ => true,
        };
        if ok {
            unit = Some(u);
            kind = kd;
            end = k + Text::nchars(w);
            // 3个多月: more than three months, less than four
            if w.contains('多') && !is_range && !vague_tail {
                low = first.value;
                high = first.value.checked_add(Decimal::ONE)?;
                qualifier = Qualifier::AtLeast;
                vague_tail = true;
            }
            if u == "people" || u == "entity" || u == "type" {
                classifier = Some(match w {
                    "名" => "名",
                    "人" => "人",
                    "位" => "位",
                    "家" => "家",
                    _ => "种",
                });
            }
        }
    } else if let Some((unit_end, u, kd)) =
        unit_after_ge(t, k).or_else(|| gpu_hours_after_name(t, k))
    {
        // 278.8万个GPU小时, 3个百分点 (个 before a unit word)
        unit = Some(u);
        kind = kd;
        end = unit_end;
    } else if let Some(w) = measure_word_at(t, k)
        .filter(|w| numeral::big_unit(w.chars().next().unwrap_or(' ')).is_none())
    {
        classifier = Some(w);
        end = k + Text::nchars(w);
        kind = Kind::Count;
        // what is counted
        if matches!(w, "颗" | "顆" | "块" | "塊" | "张" | "張" | "片" | "枚") && near_gpu(t, i, end)
        {
            unit = Some("GPU");
        } else if matches!(w, "次")
            && sentence_has(t, i, &["下载", "下載", "安装", "安裝", "download"])
        {
            unit = Some("download");
        } else if matches!(w, "块" | "塊") {
            unit = Some("CNY");
            kind = Kind::Money;
            classifier = None;
        } else if w == "次" {
            unit = Some("times");
        } else if (w == "个" || w == "個") && (t.starts(end, "token") || t.starts(end, "Token")) {
            unit = Some("token");
            kind = Kind::Quantity;
            end += if t.starts(end, "tokens") { 6 } else { 5 };
        }
        // "个" followed by a GPU word: 2048个GPU
        if unit.is_none() && (w == "个" || w == "個") && GPU_WORDS.iter().any(|g| t.starts(end, g))
        {
            unit = Some("GPU");
        }
    } else if GPU_WORDS.iter().any(|g| *g == "GPU" && t.starts(k, g)) {
        unit = Some("GPU");
        kind = Kind::Count;
        end = k + 3;
        if t.starts(end, "s") {
            end += 1;
        }
    }

    // a range with the unit on both ends: 3%至5%, 2%~3%, 4.5%-5%, 5万至10万人
    if !is_range && !vague_tail && unit.is_some() {
        if let Some((second, after)) = range_second(t, end) {
            if let Some((w2, u2, _)) = unit_word_at(t, after) {
                if Some(u2) == unit && second.value > low {
                    high = second.value;
                    precision = precision.min(second.precision);
                    is_range = true;
                    qualifier = Qualifier::Range;
                    end = after + Text::nchars(w2);
                }
            }
        }
    }
    // prefix currency: US$5亿, ¥100, HK$ 3, 美元5亿
    let mut start = i;
    let mut negative = false;
    if let Some((cs, cu)) = prefix_currency(t, i) {
        if unit.is_none() || unit.is_some_and(units::is_currency) {
            // 港币120亿元: the currency named first wins over the generic 元
            unit = Some(match unit {
                Some("CNY") if cu != "CNY" => cu,
                Some(u) => u,
                None => cu,
            });
            kind = Kind::Money;
            start = cs;
        }
    }
    if start == i && i > 0 {
        let p = t.chars[i - 1];
        if (p == '-' || p == '−' || p == '－') && (i < 2 || !is_ascii_alnum(t.chars[i - 2])) {
            negative = true;
            start = i - 1;
        } else if p == '+' || p == '＋' {
            start = i - 1;
        } else if p == '负' || p == '負' {
            negative = true;
            start = i - 1;
        }
    }

    // an age that defines a group (65岁及以上人口) is not a claim
    if matches!(classifier, Some("岁" | "歲"))
        && [
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
        .any(|w| t.starts(end, w))
    {
        return Some((None, end));
    }
    // A lone Chinese digit needs a unit or measure word; a lone 一 needs a
    // strong unit (一家 is "a company", 一倍 is "one times").
    if info.lone_digit && !is_range && !vague_tail {
        // 这两个金额, 那三家: a reference, not a count
        if i > 0
            && matches!(
                t.chars[i - 1],
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
        {
            return Some((None, first.end));
        }
        let strong = matches!(
            kind,
            Kind::Money | Kind::Percent | Kind::Multiple | Kind::Duration
        );
        if first.value == Decimal::ONE && !strong {
            return Some((None, first.end));
        }
        if unit.is_none() && classifier.is_none() {
            return Some((None, first.end));
        }
    }
    // a Chinese numeral read digit by digit before 年 is a short year (二四年
    // is '24, 九七年 is '97), never a number of years (that is 二十四年)
    if !info.arabic && info.digit_sequence && unit == Some("year") {
        return Some((None, first.end));
    }
    // Chinese numerals such as 十 or 百 alone, or a digit sequence, need a
    // unit to be a claim: without one they are bare numbers (二点五, 一百五十)
    // or codes (一二三)
    let big_scale = t.chars[i..first.end]
        .iter()
        .any(|c| matches!(c, '万' | '萬' | '亿' | '億' | '兆'));
    if !info.arabic
        && !is_range
        && !vague_tail
        && unit.is_none()
        && classifier.is_none()
        && (info.digit_sequence
            || info.atoms <= 1
            || (first.value < Decimal::from(100) && !info.has_unit)
            || (!big_scale && kind == Kind::Quantity))
    {
        // a scale character alone (百度, 千问, 百花齐放) is a word, not a number
        if info.atoms <= 1
            && !t.chars[i..first.end]
                .iter()
                .any(|&c| numeral::chinese_digit(c).is_some())
        {
            return Some((None, first.end));
        }
        let role = if info.digit_sequence {
            Role::Code
        } else {
            Role::Bare
        };
        return Some((Some(bare(t, i, &first, role)), first.end));
    }

    if unit.is_none() && classifier.is_none() && kind == Kind::Quantity {
        // what a bare number counts, from the noun before it in the clause
        let clause_start = (window_back(start)..start)
            .rev()
            .find(|&k| matches!(t.chars[k], '，' | ',' | '。' | '；' | '\n' | '！' | '？'))
            .map(|k| k + 1)
            .unwrap_or(window_back(start));
        let before = &t.s[t.offs[clause_start]..t.offs[start]];
        if let Some((u, kd)) = count_noun_in(before) {
            unit = Some(u);
            kind = kd;
        }
    }
    // Exchange rates: 7.8的聯繫匯率, 7.75的強方兌換保證, 1美元約可兌7.8港元
    {
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
        if first.value < Decimal::from(100)
            && clause.contains(['汇', '匯', '兑', '兌', '联', '聯', '价', '價'])
            && rate_words.iter().any(|w| clause.contains(w))
        {
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
                (true, false) => Some("HKD_per_USD"),
                (false, true) => Some("CNY_per_USD"),
                _ => None,
            };
            // 1美元 is the base of the rate, not an amount
            if unit == Some("USD")
                && first.value == Decimal::ONE
                && (clause.contains('兑') || clause.contains('兌'))
            {
                return Some((None, end));
            }
            if let Some(per) = per {
                if unit.is_none()
                    || (unit.is_some_and(|u| u == "HKD" || u == "CNY")
                        && (clause.contains('兑') || clause.contains('兌')))
                {
                    unit = Some(per);
                    kind = Kind::Quantity;
                }
            }
        }
    }
    // A bare Arabic integer — no unit, measure word, scale, separator or
    // hedge — is a code or a label far more often than a claim (618大促,
    // 12306网站, 拨打110): leave it.
    if info.arabic
        && !info.has_unit
        && !is_range
        && !vague_tail
        && unit.is_none()
        && classifier.is_none()
        && first.value == info.value
        && first.value.fract().is_zero()
        && !t.chars[i..first.end]
            .iter()
            .any(|c| matches!(c, ',' | '，' | '.' | '．'))
        && prefix_hedge(t, start).is_none()
        && t.word_at(end, SUFFIX_QUALIFIERS).is_none()
    {
        // a long digit string, or one named as a code or a number to dial,
        // is a code; the rest are bare numbers
        let digits = first.end - i;
        let coded = [
            "代码", "代碼", "编号", "編號", "电话", "電話", "热线", "熱線", "拨打", "撥打", "编码",
            "編碼", "股票",
        ]
        .iter()
        .any(|w| t.s[t.offs[window_back(i)]..t.offs[i]].contains(w));
        let role = if digits >= 5 || coded || t.at(first.end).is_some_and(is_han_char) {
            Role::Code
        } else {
            Role::Bare
        };
        return Some((Some(bare(t, i, &first, role)), first.end));
    }
    let mut m = Mention::new(t.offs[start], t.offs[end], kind);
    m.unit = unit;
    m.classifier = classifier;
    if kind == Kind::Multiple {
        m.relation = Some(Relation::Ratio);
        let before_hedge = prefix_hedge(t, start).map_or(start, |(w, _)| start - Text::nchars(w));
        if INCREASE_WORDS.iter().any(|w| t.ends(before_hedge, w)) {
            m.relation = Some(Relation::Increase);
            low = low.checked_add(Decimal::ONE)?;
            high = high.checked_add(Decimal::ONE)?;
        }
    }
    if negative {
        let (a, b) = (-high, -low);
        low = a;
        high = b;
    }
    set_interval(&mut m, low, high, qualifier, is_range);
    m.precision = Some(precision);
    Some(finish(t, start, end, m))
}

/// Fill value/low/high from an interval and the qualifier so far.
pub(super) fn set_interval(
    m: &mut Mention,
    low: Decimal,
    high: Decimal,
    qualifier: Qualifier,
    is_range: bool,
) {
    m.qualifier = qualifier;
    if is_range || low != high {
        m.value = None;
        m.low = Some(low);
        m.high = Some(high);
        if qualifier == Qualifier::Exact {
            m.qualifier = Qualifier::Range;
        }
    } else {
        m.value = Some(low);
    }
}

/// Apply the hedges before and after a mention, and return it.
pub(super) fn finish(
    t: &Text,
    start: usize,
    end: usize,
    mut m: Mention,
) -> (Option<Mention>, usize) {
    let mut start = start;
    let mut end = end;
    // prefix hedge
    if let Some((w, q)) = prefix_hedge(t, start) {
        start -= Text::nchars(w);
        apply_qualifier(&mut m, q);
    }
    // suffix hedge, possibly after a parenthetical conversion: 5亿美元(约39亿港元)以上
    let mut k = end;
    if let Some((w, q)) = t.word_at(k, SUFFIX_QUALIFIERS) {
        // 以上 in 以上述 is not a hedge; 上下 in 上下游 either
        let nxt = t.at(k + 2);
        let not_hedge = (w == "以上" && matches!(nxt, Some('述' | '的')))
            || (w == "上下" && matches!(nxt, Some('游' | '文' | '班')));
        let real = !not_hedge;
        if real {
            end = k + Text::nchars(w);
            apply_qualifier(&mut m, q);
            if m.unit.is_none() {
                if let Some((w2, u2, kd2)) = unit_word_at(t, end)
                    .filter(|(_, u, _)| !matches!(*u, "year" | "people" | "entity" | "type"))
                {
                    m.unit = Some(u2);
                    m.kind = kd2;
                    end += Text::nchars(w2);
                }
            }
        }
    } else if t.at(k).is_some_and(|c| PAREN_OPEN.contains(&c)) {
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
            if let Some((w, q)) = t.word_at(k + 1, SUFFIX_QUALIFIERS) {
                if w == "以上" || w == "以下" || w == "左右" {
                    apply_qualifier(&mut m, q);
                }
            }
        }
    }
    // decrease words shortly before in the clause: 下跌16.97%, 股價終場重挫16.97%
    let cs = clause_start(t, start);
    let lead_from = cs.max(start.saturating_sub(8));
    let lead = &t.s[t.offs[lead_from]..t.offs[start]];
    // one pass over the characters first: most leads have none of these
    if lead.contains([
        '跌', '降', '减', '減', '少', '缩', '縮', '挫', '蒸', '滑', '失', '负', '負',
    ]) && DECREASE_WORDS.iter().any(|w| lead.contains(w))
    {
        m.decrease = true;
    }
    // rates: 每GPU小时2美元, 每百万token 15美元, 2美元/GPU小时 (prices; a count
    // per token such as 每个token激活320亿参数 is the figure itself)
    if m.kind == Kind::Money {
        let per_from = cs.max(start.saturating_sub(14));
        let lead = &t.s[t.offs[per_from]..t.offs[start]];
        let after_per = t.at(end) == Some('/')
            || t.at(end) == Some('每')
            || t.starts(end, " /")
            || t.starts(end, "／");
        if let Some(p) = lead
            .rfind('每')
            .map(|p| &lead[p..])
            .or(after_per.then(|| &t.s[t.offs[end]..t.offs[(end + 12).min(t.len())]]))
        {
            let per = if (p.contains("百万")
                || p.contains("百萬")
                || p.contains("1M")
                || p.contains("million"))
                && (p.contains("token")
                    || p.contains("Token")
                    || p.contains("词元")
                    || p.contains("詞元"))
            {
                "Mtoken"
            } else if p.contains("GPU小时")
                || p.contains("GPU小時")
                || p.contains("卡时")
                || p.contains("卡時")
                || p.contains("GPU hour")
            {
                "GPU_hour"
            } else if p.contains("小时") || p.contains("小時") {
                "hour"
            } else if p.contains('人') || p.contains('户') || p.contains('戶') {
                "person"
            } else {
                "unit"
            };
            m.per = Some(per);
            if per == "Mtoken" {
                m.unit = match m.unit {
                    Some("USD") => Some("USD_per_Mtoken"),
                    Some("CNY") => Some("CNY_per_Mtoken"),
                    u => u,
                };
            }
        }
    }
    m.start = t.offs[start];
    m.end = t.offs[end];
    (Some(m), end)
}

/// A bare amount after 至/到 takes the unit of the amount it continues:
/// 从7万亿token扩充至18万亿 → 18万亿 token.
pub(super) fn carry_units(t: &Text, out: &mut [Mention]) {
    for k in 1..out.len() {
        if out[k].unit.is_some() || out[k].kind != Kind::Quantity || out[k].role != Role::Claim {
            continue;
        }
        let prev = &out[k - 1];
        let Some(u) = prev.unit else { continue };
        if !matches!(
            u,
            "token" | "parameter" | "GPU_hour" | "download" | "people" | "user" | "GPU"
        ) && !units::is_currency(u)
        {
            continue;
        }
        let between = &t.s[prev.end..out[k].start];
        if between.chars().count() <= 8
            && !between.contains(['，', ',', '。', '；', '\n'])
            && ["至", "到"].iter().any(|w| between.contains(w))
        {
            let kind = prev.kind;
            out[k].unit = Some(u);
            out[k].kind = kind;
        }
    }
}

pub(super) fn near_gpu(t: &Text, start: usize, end: usize) -> bool {
    near_any(t, start, end, GPU_WORDS)
}

/// The second end of a range: 至10万, 到五, -10, ～100.
pub(super) fn range_second(t: &Text, j: usize) -> Option<(Num, usize)> {
    let c = t.at(j)?;
    let sep_len = if matches!(c, '至' | '到' | '~' | '～' | '—' | '–' | '－' | '-') {
        1
    } else if t.starts(j, "——") {
        2
    } else {
        return None;
    };
    let k = j + sep_len;
    let c2 = t.at(k)?;
    if !(is_digit(c2) || is_chinese_numeral_char(c2)) {
        return None;
    }
    // a hyphen between two Arabic numbers only (5-10亿), never inside names
    if c == '-' && !is_digit(c2) {
        return None;
    }
    let num = read_num(t, k).ok()??;
    let end = num.end;
    Some((num, end))
}

/// A number that is not a claim: its value and span, with its role.
pub(super) fn bare(t: &Text, i: usize, n: &Num, role: Role) -> Mention {
    let mut m = Mention::new(t.offs[i], t.offs[n.end], Kind::Quantity);
    m.value = Some(n.value);
    m.precision = Some(n.precision);
    m.role = role;
    m
}
