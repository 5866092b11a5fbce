//! The articles in `corpus/` against their hand-checked expected analyses (`*.expected.json`).

use std::path::Path;

use pressa::Analyzer;

fn check_article(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{name}.expected.json"))).unwrap()).unwrap();
    let doc = Analyzer::new().analyze(&text);
    let help = format!("help: compare with corpus/{name}.expected.json");
    assert_eq!(doc.lang.map(|l| l.code()), expected["lang"].as_str(), "document language; {help}");
    let got: Vec<(Option<&str>, &str)> =
        doc.sentences.iter().map(|s| (s.lang.map(|l| l.code()), s.span.slice(&text))).collect();
    let want: Vec<(Option<&str>, &str)> = expected["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["lang"].as_str(), s["text"].as_str().unwrap()))
        .collect();
    assert_eq!(got, want, "sentences; {help}");
    // Dates, money, percentages and sectors, compared through the JSON form users see.
    let json = serde_json::to_value(&doc).unwrap();
    let pick = |key: &str, fields: &[&str]| -> serde_json::Value {
        json[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| fields.iter().map(|f| x[*f].clone()).collect::<serde_json::Value>())
            .collect()
    };
    assert_eq!(pick("dates", &["text", "kind", "value"]), expected["dates"], "dates; {help}");
    assert_eq!(pick("money", &["text", "amount", "currency"]), expected["money"], "money; {help}");
    assert_eq!(pick("percents", &["text", "value"]), expected["percents"], "percents; {help}");
    let mut codes: Vec<&str> = doc.sectors.iter().map(|s| s.sector.code).collect();
    codes.sort();
    let want: Vec<&str> = expected["sectors"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
    assert_eq!(codes, want, "sectors; {help}");
    // Officials exactly; the named organisations and persons must be among the entities.
    let officials: Vec<serde_json::Value> = doc
        .officials
        .iter()
        .map(|o| serde_json::json!([o.person.norm, o.position.norm, o.org.as_ref().map(|g| &g.norm)]))
        .collect();
    assert_eq!(serde_json::Value::from(officials), expected["officials"], "officials; {help}");
    for (key, kind) in
        [("organizations_include", pressa::EntityKind::Organization), ("persons_include", pressa::EntityKind::Person)]
    {
        for want in expected[key].as_array().unwrap() {
            let want = want.as_str().unwrap();
            assert!(
                doc.entities.iter().any(|e| e.kind == kind && e.norm == want),
                "{key}: {want:?} not found among {:?}; {help}",
                doc.entities.iter().filter(|e| e.kind == kind).map(|e| &e.norm).collect::<Vec<_>>()
            );
        }
    }
    // Clusters: each listed [type, name, count] is one cluster of the analysis.
    let json = serde_json::to_value(&doc).unwrap();
    assert_eq!(json["pub_date"], expected["pub_date"], "publication date (from the dateline); {help}");
    let clusters: Vec<serde_json::Value> = json["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| serde_json::json!([c["type"], c["name"], c["count"]]))
        .collect();
    for want in expected["clusters_include"].as_array().unwrap() {
        assert!(clusters.contains(want), "cluster {want} not among {clusters:?}; {help}");
    }
    let tokens: Vec<&str> = doc.tokens.iter().map(|t| t.text).collect();
    for run in expected["token_runs"].as_array().unwrap() {
        let run: Vec<&str> = run.as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
        assert!(tokens.windows(run.len()).any(|w| w == run.as_slice()), "token run {run:?} missing; {help}");
    }
}

#[test]
fn ru_moscow_china_hightech() {
    check_article("ru_moscow_china_hightech");
}

#[test]
fn en_port_automation() {
    check_article("en_port_automation");
}

/// JSON written by pressa reads back into [`pressa::OwnedAnalysis`], equal to the analysis made
/// owned, and writes out the same JSON again (with tokens too).
#[test]
fn json_reads_back_into_the_owned_analysis() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut texts: Vec<String> = ["en_port_automation", "ru_moscow_china_hightech"]
        .iter()
        .map(|n| std::fs::read_to_string(dir.join(format!("{n}.txt"))).unwrap())
        .collect();
    texts.extend(
        ["", "🙂 ok", "Курс — 92,5 руб. за $1, рост на 3 п.п. в 2024–2026 гг.", "IMF (МВФ) said: «Да»."]
            .map(String::from),
    );
    let analyzer = pressa::Analyzer::new();
    for text in &texts {
        let doc = analyzer.analyze(text);
        for tokens in [false, true] {
            let json = if tokens { serde_json::to_string(&doc.with_tokens()) } else { serde_json::to_string(&doc) };
            let json = json.unwrap();
            let back: pressa::OwnedAnalysis = serde_json::from_str(&json).unwrap();
            assert_eq!(back.tokens.as_ref().map(Vec::len), tokens.then_some(doc.tokens.len()));
            let again = serde_json::to_value(&back).unwrap();
            assert_eq!(again, serde_json::from_str::<serde_json::Value>(&json).unwrap(), "{text:?}");
            if !tokens {
                assert_eq!(back, doc.clone().into_owned(), "{text:?}");
            }
        }
    }
}
