// Stage: named entities, sentence by sentence. May use: text, lexicon, token, sentence, lang, morph.
//! English rules: titles, positions, places and organisations the rules read.

use super::super::EntityKind;
use super::super::tests::surfaces;
use crate::Analyzer;

#[test]
fn a_title_names_its_place_and_organisation() {
    let text = "Deputy Mayor of London Justine Simons said so. \
                \"We are pleased,\" said Satya Nadella, chief executive of Microsoft.";
    assert_eq!(surfaces(text, EntityKind::Location), ["London"]);
    assert_eq!(surfaces(text, EntityKind::Organization), ["Microsoft"]);
    let doc = Analyzer::new().analyze(text);
    let orgs: Vec<Option<&str>> = doc.officials.iter().map(|o| o.org.as_ref().map(|e| e.norm.as_str())).collect();
    assert_eq!(orgs, [Some("London"), Some("Microsoft")]);
}

#[test]
fn hyphenated_titles_and_plain_words_before_a_title() {
    let text = "\"Prices will rise,\" said Jane Roe, oil industry analyst at Smith Barney Inc. \
                The commander-in-chief of Ruritania toured the border.";
    assert_eq!(
        surfaces(text, EntityKind::Position),
        ["oil industry analyst at Smith Barney Inc", "commander-in-chief of Ruritania"]
    );
}

#[test]
fn streets_are_places() {
    let text = "Dr. Watson met Mr. Holmes at 221B Baker St. on Monday near Tiananmen Square.";
    assert_eq!(surfaces(text, EntityKind::Location), ["Baker St.", "Tiananmen Square"]);
    assert_eq!(surfaces(text, EntityKind::Person), ["Watson", "Holmes"]);
}

#[test]
fn sir_and_dame_are_no_part_of_the_name() {
    let text = "Slough 's chairman Sir Nigel Ashcombe added to the mood . Dame Alice Crowther opened the hall .";
    assert_eq!(surfaces(text, EntityKind::Person), ["Nigel Ashcombe", "Alice Crowther"]);
}

#[test]
fn plural_titles() {
    for w in ["leaders", "chairmen", "deputies", "attorneys", "ministers"] {
        assert!(super::is_plural_title(w), "{w}");
    }
    for w in ["leader", "attornies", "boss", "news"] {
        assert!(!super::is_plural_title(w), "{w}");
    }
}

#[test]
fn a_word_of_tenure_opens_no_name() {
    let text = "Former U.S. president Ronald Reagan opened the library.";
    assert_eq!(surfaces(text, EntityKind::Location), ["U.S."]);
    assert!(surfaces(text, EntityKind::Organization).is_empty());
    assert_eq!(surfaces(text, EntityKind::Position), ["U.S. president"]);
}

#[test]
fn what_stands_before_a_title_is_its_place_or_organisation() {
    let text = "U.S. Treasury Secretary Janet Yellen met French President Emmanuel Macron.";
    assert_eq!(surfaces(text, EntityKind::Person), ["Janet Yellen", "Emmanuel Macron"]);
    assert_eq!(surfaces(text, EntityKind::Organization), ["U.S. Treasury"]);
    let doc = Analyzer::new().analyze(text);
    let got: Vec<(&str, &str, Option<&str>)> = doc
        .officials
        .iter()
        .map(|o| (o.person.norm.as_str(), o.position.norm.as_str(), o.org.as_ref().map(|e| e.norm.as_str())))
        .collect();
    assert_eq!(
        got,
        [
            ("Janet Yellen", "U.S. Treasury Secretary", Some("U.S. Treasury")),
            ("Emmanuel Macron", "French President", Some("France"))
        ]
    );
}

#[test]
fn a_portfolio_or_a_weekday_is_no_part_of_a_name() {
    for (text, kind, want) in [
        ("EU Farm Commissioner Jan Novak said on Monday that quotas would fall.", EntityKind::Organization, "EU"),
        (
            "EU Farm Commissioner Jan Novak said on Monday that quotas would fall.",
            EntityKind::Position,
            "EU Farm Commissioner",
        ),
        (
            "Speaking on the television network Zeta Friday, the governor said rates would hold.",
            EntityKind::Organization,
            "Zeta",
        ),
    ] {
        assert_eq!(surfaces(text, kind), [want], "{text}");
    }
}

#[test]
fn a_verb_fall_is_no_season() {
    let doc = Analyzer::new().analyze("Analysts expect inflation to fall to 2.5% in the fall.");
    let dates: Vec<&str> = doc.dates.iter().map(|d| d.span.slice(doc.text)).collect();
    assert_eq!(dates, ["fall"]);
    assert_eq!(doc.dates[0].span.start, doc.text.rfind("fall").unwrap());
}

#[test]
fn a_portfolio_is_no_place() {
    // («Infrastructure» is a portfolio; «Dutch», a nationality, is no place either, but it
    // names the official's country.)
    let text = "Dutch Minister of Infrastructure Mark Harbers welcomed the agreement.";
    assert!(surfaces(text, EntityKind::Location).is_empty());
    let doc = Analyzer::new().analyze(text);
    assert_eq!(doc.officials[0].org.as_ref().map(|g| g.norm.as_str()), Some("Netherlands"));
}
