//! Findings: the article's own arithmetic redone, one rule per row. Each
//! row is a short article, the kind of finding, the text of the finding's
//! last span, and whether the arithmetic holds; `None` means no finding of
//! that kind may be made.
use crate::common::PIPELINE;
use hecha::findings::FindingKind::{self, Conversion, Ratio, TimeWindow, Total};
use hecha::load;

/// (as-of date, text, kind, last span, holds)
const CASES: &[(&str, &str, FindingKind, &str, Option<bool>)] = &[
    // a fraction of one says its reciprocal to the nearest whole number
    (
        "2025-02-04",
        "DeepSeek-R1每百万输入token收费0.55美元，DeepSeek-V3每百万输入token收费0.27美元，约为R1的二分之一。",
        Ratio,
        "二分之一",
        Some(true),
    ),
    (
        "2025-02-04",
        "OpenAI o1每百万输出token收费60美元，DeepSeek-R1每百万输出token收费2.19美元，约为o1的二十七分之一。",
        Ratio,
        "二十七分之一",
        Some(true),
    ),
    (
        "2025-02-04",
        "OpenAI o1每百万输出token收费60美元，DeepSeek-R1每百万输出token收费2.19美元，约为o1的1/28。",
        Ratio,
        "1/28",
        Some(true),
    ),
    // … but not another one
    (
        "2025-02-04",
        "DeepSeek-R1每百万输入token收费0.55美元，DeepSeek-V3每百万输入token收费0.22美元，约为R1的二分之一。",
        Ratio,
        "二分之一",
        Some(false),
    ),
    (
        "2025-02-04",
        "DeepSeek-R1每百万输入token收费0.55美元，DeepSeek-V3每百万输入token收费0.27美元，约为R1的三分之一。",
        Ratio,
        "三分之一",
        Some(false),
    ),
    (
        "2025-02-04",
        "OpenAI o1每百万输出token收费60美元，DeepSeek-R1每百万输出token收费2.19美元，约为o1的二十分之一。",
        Ratio,
        "二十分之一",
        Some(false),
    ),
    // a window counts from a day in its own clause, not from a date a
    // comma and an 以来 of another time follow
    (
        "2025-09-03",
        "英伟达2日股价大跌，创5月以来新低，四天内市值蒸发逾3400亿美元。",
        TimeWindow,
        "四天",
        None,
    ),
    // a bound converts to a bound: the amount written is about that much
    (
        "2025-02-01",
        "这款芯片售价超过12000美元(约合人民币87229元)。",
        Conversion,
        "约合人民币87229元",
        Some(true),
    ),
    (
        "2025-02-01",
        "这款芯片售价超过12000美元(约合人民币97229元)。",
        Conversion,
        "约合人民币97229元",
        Some(false),
    ),
    // a conversion at the database's HKD rate, within the article's rounding
    (
        "2025-02-11",
        "训练成本为557.6万美元（约4,350万港元）。",
        Conversion,
        "约4,350万港元",
        Some(true),
    ),
    // … and one that slipped a digit
    (
        "2025-02-11",
        "训练成本为557.6万美元（约5,350万港元）。",
        Conversion,
        "约5,350万港元",
        Some(false),
    ),
    // a multiple against the two figures the article gives
    (
        "2025-02-11",
        "DeepSeek-V3的训练时长为278.8万GPU小时。Llama 3.1 405B的训练时长为3,084万GPU小时，是DeepSeek-V3的11倍。",
        Ratio,
        "11倍",
        Some(true),
    ),
    (
        "2025-02-11",
        "DeepSeek-V3的训练时长为278.8万GPU小时。Llama 3.1 405B的训练时长为3,084万GPU小时，是DeepSeek-V3的20倍。",
        Ratio,
        "20倍",
        Some(false),
    ),
    // a ratio whose base figure the article does not give: no finding
    (
        "2025-02-11",
        "DeepSeek-R1的训练成本约为600万美元，不到OpenAI的十分之一。",
        Ratio,
        "十分之一",
        None,
    ),
    // a total derived from its parts ("therefore" and 总)
    (
        "2025-02-11",
        "芯片投资额约为5亿美元，再加上营运成本约9.44亿美元，故此该公司总支出约为14.4亿美元。",
        Total,
        "约为14.4亿美元",
        Some(true),
    ),
    (
        "2025-02-11",
        "芯片投资额约为5亿美元，再加上营运成本约9.44亿美元，故此该公司总支出高达16亿美元。",
        Total,
        "高达16亿美元",
        Some(false),
    ),
    // figures that are not added up (no adding word) make no total
    (
        "2025-02-11",
        "去年营收为5亿美元，今年营收为9亿美元，因此总市值达到16亿美元。",
        Total,
        "达到16亿美元",
        None,
    ),
    // a window of days from a stated day, against the publication date
    (
        "2025-02-11",
        "该应用自2025年1月26日登顶以来，18天内下载量突破1,600万次。",
        TimeWindow,
        "18天",
        Some(false),
    ),
    (
        "2025-02-20",
        "该应用自2025年1月26日登顶以来，18天内下载量突破1,600万次。",
        TimeWindow,
        "18天",
        Some(true),
    ),
    // a rate per year is what the later amount was reckoned from, not one
    // of the amounts added up
    (
        "2025-03-05",
        "项目初始投资为1000亿美元，未来一年投1000亿美元，四年就是4000亿美元，加起来一共5000亿美元。",
        Total,
        "5000亿美元",
        Some(true),
    ),
    (
        "2025-03-05",
        "项目初始投资为1000亿美元，未来一年投1000亿美元，四年就是4000亿美元，加起来一共6000亿美元。",
        Total,
        "6000亿美元",
        Some(false),
    ),
];

#[test]
fn findings_follow_the_rules() {
    for (date, text, kind, last, holds) in CASES {
        let doc = load::document(
            "t".into(),
            text.to_string(),
            "UTF-8",
            hecha::date::Date::parse(date),
            None,
        );
        let report = PIPELINE.check(&doc);
        let found = report
            .findings
            .iter()
            .find(|f| f.kind == *kind && f.spans.last().is_some_and(|s| s.text == *last));
        match (holds, found) {
            (None, None) => {}
            (Some(h), Some(f)) => {
                assert_eq!(f.holds, *h, "{text}: {f:#?}");
                // every span is the text it says it is
                for s in &f.spans {
                    assert_eq!(&report.text[s.start..s.end], s.text, "{text}");
                }
                assert!(!f.explanation.is_empty());
            }
            (want, got) => panic!(
                "{text}: want {want:?}, got {got:#?} (all: {:#?})",
                report.findings
            ),
        }
    }
}
