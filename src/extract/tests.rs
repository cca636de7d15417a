use super::*;

fn ex(text: &str) -> Vec<(String, String)> {
    let as_of = Date::parse("2025-02-11");
    Extractor::new()
        .extract(text, as_of)
        .into_iter()
        .map(|m| (text[m.start..m.end].to_string(), describe(&m)))
        .collect()
}

/// A compact description: value-or-interval, unit, kind, qualifier.
pub(crate) fn describe(m: &Mention) -> String {
    let v = if let Some(d) = m.date {
        match m.date_end {
            Some(e) => format!("{d}..{e}"),
            None => d.to_string(),
        }
    } else if let Some(v) = m.value {
        v.normalize().to_string()
    } else {
        format!(
            "{}..{}",
            m.low.map(|x| x.normalize().to_string()).unwrap_or_default(),
            m.high
                .map(|x| x.normalize().to_string())
                .unwrap_or_default()
        )
    };
    format!(
        "{v} {} {:?} {:?}",
        m.unit.map_or("-", |u| u.as_str()),
        m.kind,
        m.qualifier
    )
}

#[test]
fn seed_sentences() {
    let got =
        ex("其间只用了2,048颗H800,训练时长为278.8万GPU小时,训练成本为557.6万美元(约4,350万港元)。");
    assert_eq!(
        got,
        vec![
            ("2,048颗".into(), "2048 GPU Count Exact".into()),
            (
                "278.8万GPU小时".into(),
                "2788000 GPU_hour Quantity Exact".into()
            ),
            ("557.6万美元".into(), "5576000 USD Money Exact".into()),
            ("约4,350万港元".into(), "43500000 HKD Money Approx".into()),
        ]
    );
}

#[test]
fn names_are_not_numbers() {
    for s in [
        "DeepSeek-R1与OpenAI o1",
        "Llama 3.1-405B表现",
        "GPT-4o和GPT-4",
        "H800 GPU来训练",
        "DeepSeek-V3的论文",
        "RTX 4090显卡",
        "iPhone 16销量",
        "COVID-19疫情",
        "5G网络",
        "Claude 3.5 Sonnet模型",
        "A100芯片",
        "访问https://example.com/2025/01/a1.html",
    ] {
        assert_eq!(ex(s), vec![], "{s}");
    }
}

#[test]
fn idioms_are_not_numbers() {
    for s in [
        "一夜爆红",
        "一旦失败",
        "一些人",
        "一直如此",
        "统一",
        "万一出错",
        "千万不要",
        "一举两得",
        "第一次",
        "首个模型",
        "十分重要",
        "一家公司",
        "一个创新做法",
        "一般来说",
        "星期三开会",
        "两岸关系",
        "一定数量",
    ] {
        assert_eq!(ex(s), vec![], "{s}");
    }
}

#[test]
fn hedges_and_bounds() {
    let got = ex("芯片投资额应在5亿美元(约39亿港元)以上");
    assert_eq!(
        got[0],
        (
            "5亿美元".to_string(),
            "500000000.. USD Money AtLeast".to_string()
        )
    );
    assert_eq!(
        got[1],
        (
            "约39亿港元".to_string(),
            "3900000000 HKD Money Approx".to_string()
        )
    );
    assert_eq!(
        ex("不到十分之一")[0],
        (
            "不到十分之一".to_string(),
            "..0.1 - Fraction AtMost".to_string()
        )
    );
    assert_eq!(
        ex("600万美元左右")[0],
        (
            "600万美元左右".to_string(),
            "6000000 USD Money Approx".to_string()
        )
    );
    assert_eq!(
        ex("下载量已突破1,600万次")[0],
        (
            "突破1,600万次".to_string(),
            "16000000.. download Count AtLeast".to_string()
        )
    );
    assert_eq!(
        ex("高达数十亿美元")[0].1,
        "2000000000..9000000000 USD Money Vague"
    );
    assert_eq!(ex("ChatGPT的4成左右")[0].1, "40 % Percent Approx");
}

#[test]
fn a_bare_wan_or_yi_after_a_hedge_is_one_of_it() {
    let first = |s: &str| ex(s).first().map(|(t, d)| format!("{t} {d}"));
    assert_eq!(
        first("员工近万人").as_deref(),
        Some("近万人 10000 people Count Approx")
    );
    assert_eq!(
        first("逾萬名員工").as_deref(),
        Some("逾萬名 10000.. people Count AtLeast")
    );
    assert_eq!(
        first("成本近亿元").as_deref(),
        Some("近亿元 100000000 CNY Money Approx")
    );
    assert_eq!(
        first("有万余人参加").as_deref(),
        Some("万余人 10000..20000 people Count AtLeast")
    );
    // a word, not a number: 最近 is no hedge, and 万 begins a name
    assert_eq!(first("最近万科的销售额下滑"), None);
    assert_eq!(first("万一出现问题"), None);
    assert_eq!(first("到达万象"), None);
}

#[test]
fn dates() {
    assert_eq!(ex("2024年12月26日推出")[0].1, "2024-12-26 date Date Exact");
    assert_eq!(ex("自1月26日起")[0].1, "2025-01-26 date Date Exact");
    assert_eq!(ex("去年12月2日")[0].1, "2024-12-02 date Date Exact");
    assert_eq!(
        ex("发表时间: 2025-02-11 11:19:47")[0],
        (
            "2025-02-11 11:19:47".into(),
            "2025-02-11 date Date Exact".into()
        )
    );
    assert_eq!(
        ex("2024年第四季度")[0].1,
        "2024-10..2024-12 date Date Exact"
    );
    // a day after the as-of day is last month's, unless the text looks
    // ahead to it
    assert_eq!(ex("辉达25日公布财报")[0].1, "2025-01-25 date Date Exact");
    assert_eq!(
        ex("辉达预定25日公布财报")[0].1,
        "2025-02-25 date Date Exact"
    );
    assert_eq!(
        ex("輝達將於25日公布財報")[0].1,
        "2025-02-25 date Date Exact"
    );
    // a month well after the as-of month is last year's, unless the text
    // looks ahead to it
    assert_eq!(ex("新规于6月1日起实施")[0].1, "2024-06-01 date Date Exact");
    assert_eq!(
        ex("新规将于6月1日起实施")[0].1,
        "2025-06-01 date Date Exact"
    );
    assert_eq!(
        ex("展會預計10月10日開幕")[0].1,
        "2025-10-10 date Date Exact"
    );
    // (told as past in its own clause, or kept after: last year's; a word
    // of another clause, or a name, does not tell it so)
    assert_eq!(
        ex("OpenAI原计划在12月5日发布o1正式版，最终如期上线")[0].1,
        "2024-12-05 date Date Exact"
    );
    assert_eq!(
        ex("宁德时代董事长曾毓群表示，新工厂将于6月1日投产")[0].1,
        "2025-06-01 date Date Exact"
    );
    // a year compared with is not the year a quarter after it is in
    let q = ex("2022年增长2.5%，较2023年放缓；第四季增长3.2%");
    let q4 = q
        .iter()
        .find(|(t, _)| t == "第四季")
        .expect("the quarter is read");
    assert_eq!(q4.1, "2022-10..2022-12 date Date Exact");
}

/// The characters a mention may start with, as a test of each character
/// told them apart before they became a table.
fn may_start_mention_by_tests(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    text::is_digit(c)
        || numeral::is_chinese_numeral_char(c)
        || matches!(
            c,
            '几' | '幾'
                | '数'
                | '數'
                | '上'
                | '成'
                | '翻'
                | '减'
                | '減'
                | '去'
                | '今'
                | '前'
                | '明'
                | '本'
                | '下'
                | '这'
                | '這'
                | '第'
                | '半'
        )
}

#[test]
fn mention_starts_table_matches_the_tests_of_each_character() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        assert_eq!(
            MENTION_STARTS.contains(c),
            may_start_mention_by_tests(c),
            "{c:?}"
        );
    }
}

#[test]
fn a_month_looked_ahead_to_from_the_end_of_a_year_is_next_years() {
    let as_of = Date::parse("2025-12-05");
    let read = |text: &str| {
        Extractor::new()
            .extract(text, as_of)
            .first()
            .map(describe)
            .unwrap_or_default()
    };
    assert_eq!(read("展会将于1月10日开幕"), "2026-01-10 date Date Exact");
    // (told of as past, it is this year's)
    assert_eq!(read("展会于1月10日开幕"), "2025-01-10 date Date Exact");
    // (a month close to the as-of month is this year's either way)
    assert_eq!(read("新品将于11月20日发布"), "2025-11-20 date Date Exact");
}

#[test]
fn basis_points_are_hundredths_of_a_percentage_point() {
    assert_eq!(ex("美联储宣布降息25个基点")[0].1, "0.25 pp Percent Exact");
    // (not BP, a business plan in venture talk: 收到300多个BP)
    assert!(ex("他今年已收到300多个BP")
        .iter()
        .all(|(_, d)| !d.contains("pp")));
    assert_eq!(ex("加息75基點")[0].1, "0.75 pp Percent Exact");
}

#[test]
fn a_number_before_hao_that_numbers_a_thing_is_no_day() {
    for text in [
        "地铁10号线",
        "3号楼",
        "2号航站楼",
        "中央1号文件",
        "中关村大街27号",
        "忠孝東路四段27號",
        "彌敦道27號",
        "国发〔2024〕15号文件",
    ] {
        assert!(
            ex(text).iter().all(|(_, d)| !d.contains("date")),
            "{text}: {:?}",
            ex(text)
        );
    }
    // (a day after a word, or 线上 online, is still a day)
    for text in [
        "辉达27号公布财报",
        "华尔街27号遭遇冲击",
        "据路透社报道27号",
        "DeepSeek于27号线上发布",
    ] {
        assert_eq!(ex(text)[0].1, "2025-01-27 date Date Exact", "{text}");
    }
}
