use crate::common::{report, settings};
use hecha::report::markdown;

#[test]
fn report_json() {
    settings().bind(|| {
        insta::glob!("../corpus", "*.txt", |path| {
            insta::assert_json_snapshot!(report(path));
        });
    });
}

#[test]
fn report_md() {
    settings().bind(|| {
        insta::glob!("../corpus", "*.txt", |path| {
            insta::assert_snapshot!(markdown(&report(path)));
        });
    });
}

#[test]
fn every_corpus_article_decodes_with_a_date() {
    let mut encodings = Vec::new();
    for entry in std::fs::read_dir(crate::common::root().join("corpus")).unwrap() {
        let path = entry.unwrap().path();
        let r = report(&path);
        assert!(r.error.is_none(), "{}: {:?}", path.display(), r.error);
        // one article is an undated reprint on purpose
        let undated = path.to_string_lossy().contains("undated");
        assert_eq!(
            r.published.is_none(),
            undated,
            "{}: publication date {:?}",
            path.display(),
            r.published
        );
        encodings.push(r.encoding.unwrap());
    }
    assert!(encodings.contains(&"Big5"), "{encodings:?}");
    assert!(encodings.contains(&"GBK"), "{encodings:?}");
    assert!(encodings.contains(&"UTF-8-BOM"), "{encodings:?}");
}
