//! The seed column (../shared/seed when present, else the copy in
//! corpus/01 restates its facts): the three figures the project started for.
use crate::common::PIPELINE;
use hecha::check::Verdict;
use hecha::findings::FindingKind;
use hecha::load;

const SEED_EXCERPT: &str = "发表时间: 2025-02-11 11:19:47\n\n深度求索在DeepSeek-V3的论文中提及,因受到美国出口管制,只能使用英伟达(NVIDIA)为中国市场特供的低配版AI芯片H800 GPU来训练模型,其间只用了2,048颗H800,训练时长为278.8万GPU小时,训练成本为557.6万美元(约4,350万港元)。\n\n至于Llama 3.1-405B,训练时长为3,080万GPU小时,成本足足是DeepSeek-V3的11倍。\n\n仅支持JPG、GIF、PNG图片文件,且文件小于5M\n";

fn claims(text: &str) -> Vec<(String, Verdict, Option<String>, Option<String>)> {
    let doc = load::document("seed".into(), text.into(), "UTF-8", None, None);
    PIPELINE
        .check(&doc)
        .claims
        .into_iter()
        .map(|c| {
            let own = |s: Option<std::sync::Arc<str>>| s.map(|s| s.to_string());
            (c.text, c.verdict, own(c.fact_id), own(c.source_title))
        })
        .collect()
}

#[test]
fn seed_figures_are_supported_by_the_v3_report() {
    let got = claims(SEED_EXCERPT);
    for want in ["2,048颗", "278.8万GPU小时", "557.6万美元"] {
        let c = got
            .iter()
            .find(|c| c.0 == want)
            .unwrap_or_else(|| panic!("{want} not extracted: {got:#?}"));
        assert_eq!(c.1, Verdict::Supported, "{want}: {c:?}");
        assert!(
            c.3.as_deref()
                .unwrap_or("")
                .contains("DeepSeek-V3 Technical Report"),
            "{want}: {c:?}"
        );
    }
    // the HKD conversion and Meta's rounded GPU-hours are supported too
    for want in ["约4,350万港元", "3,080万GPU小时"] {
        let c = got
            .iter()
            .find(|c| c.0 == want)
            .unwrap_or_else(|| panic!("{want} not extracted: {got:#?}"));
        assert_eq!(c.1, Verdict::Supported, "{want}: {c:?}");
    }
    // no digit of a model or chip name, and nothing from the upload notice
    for c in &got {
        for bad in ["405", "3.1", "800", "5M"] {
            assert!(
                !c.0.contains(bad) || c.0.contains("万"),
                "extracted a name or furniture: {c:?}"
            );
        }
    }
}

#[test]
fn a_wrong_figure_is_contradicted() {
    let got = claims(
        &SEED_EXCERPT
            .replace("2,048颗", "4,096颗")
            .replace("557.6万美元", "657.6万美元"),
    );
    let c = got.iter().find(|c| c.0 == "4,096颗").unwrap();
    assert_eq!(c.1, Verdict::Contradicted, "{c:?}");
    let c = got.iter().find(|c| c.0 == "657.6万美元").unwrap();
    assert_eq!(c.1, Verdict::Contradicted, "{c:?}");
}

#[test]
fn the_real_seed_file_when_present() {
    let p = crate::common::root().join("../shared/seed/deepseek-cost-column-2025-02-11.txt");
    let Ok(bytes) = std::fs::read(&p) else { return };
    let (text, _) = load::decode(&bytes).unwrap();
    let got = claims(&text);
    for want in ["2,048颗", "278.8万GPU小时", "557.6万美元"] {
        assert!(
            got.iter().any(|c| c.0 == want && c.1 == Verdict::Supported),
            "{want}: {got:#?}"
        );
    }
    assert!(
        !got.iter().any(|c| c.0.contains("5M")),
        "furniture checked: {got:#?}"
    );
    // the total capex is DeepSeek's (该公司), not the source's; the guess
    // for R1 is not V3's figure
    for (want, verdict) in [
        ("高达16亿美元", Verdict::Supported),
        ("约124.8亿港元", Verdict::Supported),
    ] {
        let c = got.iter().find(|c| c.0 == want).unwrap();
        assert_eq!(c.1, verdict, "{want}: {c:?}");
    }
    assert!(
        got.iter()
            .filter(|c| c.0 == "600万美元左右")
            .all(|c| c.1 == Verdict::Unverified),
        "{got:#?}"
    );
    // no number of the column is contradicted
    assert!(
        !got.iter().any(|c| c.1 == Verdict::Contradicted),
        "{got:#?}"
    );
    // GPT-4o's figures are GPT-4's: misattributed, with GPT-4's source
    for want in ["25,000颗", "高达1亿美元", "约7.8亿港元"] {
        let c = got.iter().find(|c| c.0 == want).unwrap();
        assert_eq!(c.1, Verdict::Misattributed, "{want}: {c:?}");
        assert!(c.2.is_some() && c.3.is_some(), "a source is named: {c:?}");
    }
    // the article against itself
    let doc = load::document("seed".into(), text.clone(), "UTF-8", None, None);
    let report = PIPELINE.check(&doc);
    let conversions: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Conversion)
        .collect();
    assert_eq!(conversions.len(), 5, "{:#?}", report.findings);
    assert!(conversions.iter().all(|f| f.holds), "{conversions:#?}");
    let total = report
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::Total)
        .expect("the 16亿美元 total");
    assert!(!total.holds && total.spans.last().unwrap().text.contains("16亿美元"));
    let window = report
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::TimeWindow)
        .expect("the 18天 window");
    assert!(!window.holds && window.spans.last().unwrap().text == "18天");
}
