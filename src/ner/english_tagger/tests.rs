// Stage: named entities, sentence by sentence. May use: text, lexicon, token, sentence, lang, morph.
//! The English tagger: its features, the case table and what it gives the rules.

use super::super::EntityKind;
use super::super::tests::surfaces;
use super::{CASE, capitalised_runs};
use crate::Tokenizer;
use crate::text::hash::hash as fnv;

#[test]
fn the_case_table_knows_common_words_from_names() {
    let class = |w: &str| CASE.class(fnv(w.as_bytes()));
    assert_eq!([class("seconds"), class("video"), class("the")], [1, 1, 1]);
    assert_eq!([class("reuters"), class("london")], [3, 3]);
    assert_eq!(class("zzqxj"), 0);
}

#[test]
fn kin_and_regnal_numbers_make_persons() {
    let text = "The minister visited his wife Aleksandra in hospital on Friday.";
    assert_eq!(surfaces(text, EntityKind::Person), ["Aleksandra"]);
    let text = "1547 - Henry VIII died. The castle was built for Edward I , who ruled England.";
    assert_eq!(surfaces(text, EntityKind::Person), ["Henry VIII", "Edward I"]);
    // «I» the pronoun stays out.
    let text = "When Peter Smith called I answered.";
    assert_eq!(surfaces(text, EntityKind::Person), ["Peter Smith"]);
}

#[test]
fn or_separates_two_names() {
    let text = "Kent v Sussex or Surrey ( at Canterbury , three days )";
    assert_eq!(surfaces(text, EntityKind::Organization), ["Kent", "Sussex", "Surrey"]);
    let text = "Kent v Essex or Sussex or Surrey ( at Canterbury , three days )";
    assert_eq!(surfaces(text, EntityKind::Organization), ["Kent", "Essex", "Sussex", "Surrey"]);
}

#[test]
fn an_organisation_named_for_two_things_goes_on_across_and() {
    let text = "Flavio Cotti, the chairman of the Organisation for Security and Cooperation in Europe, \
                said so. She is a professor at the Department of Physics and Astronomy in Pittsburgh.";
    assert_eq!(
        surfaces(text, EntityKind::Organization),
        ["Organisation for Security and Cooperation in Europe", "Department of Physics and Astronomy"]
    );
    // Two names: the first ends in a place, or in a word that ends an organisation's name.
    let text = "The Council of Europe and NATO agreed.";
    assert_eq!(surfaces(text, EntityKind::Organization), ["Council of Europe", "NATO"]);
    let text = "He is chief executive of the Port of Rotterdam Authority and Shanghai International Port \
                Group signed it.";
    assert_eq!(
        surfaces(text, EntityKind::Organization),
        ["Port of Rotterdam Authority", "Shanghai International Port Group"]
    );
}

#[test]
fn a_position_takes_the_longer_organisation_the_tagger_read() {
    let text = "Flavio Cotti, the chairman of the Organisation for Security and Cooperation in Europe, \
                said so.";
    assert_eq!(surfaces(text, EntityKind::Organization), ["Organisation for Security and Cooperation in Europe"]);
    assert_eq!(
        surfaces(text, EntityKind::Position),
        ["chairman of the Organisation for Security and Cooperation in Europe"]
    );
    assert!(surfaces(text, EntityKind::Location).is_empty());
}

#[test]
fn a_place_the_tagger_read_inside_a_position_stays_a_place() {
    let text = "The head of Uganda's army, General Wamala, spoke on Monday.";
    assert_eq!(surfaces(text, EntityKind::Location), ["Uganda"]);
    assert!(surfaces(text, EntityKind::Organization).is_empty());
    // (An organisation word says otherwise.)
    let text = "Kenya Finance Ministry spokesman Ali Juma said so.";
    assert_eq!(surfaces(text, EntityKind::Organization), ["Kenya Finance Ministry"]);
}

#[test]
fn a_legal_form_makes_a_company() {
    let text = "\"It is so,\" said economist Lynn Reaser of Barnett Banks Inc. in Jacksonville.";
    assert_eq!(surfaces(text, EntityKind::Organization), ["Barnett Banks Inc."]);
    assert_eq!(surfaces(text, EntityKind::Person), ["Lynn Reaser"]);
}

#[test]
fn events_prizes_and_works_are_no_names() {
    for text in [
        "He was named a finalist for the Rimington Trophy last year.",
        "The regiment suffered losses in the Battle of Fredericksburg in 1862.",
        "Armistice Day is a holiday in the Commonwealth.",
        "She won the Dubai Tennis Classic before the Monaco Grand Prix and the Nordea Open.",
    ] {
        for kind in [EntityKind::Person, EntityKind::Organization, EntityKind::Location] {
            let got = surfaces(text, kind);
            let event = ["Trophy", "Battle", "Day", "Classic", "Prix", "Open"];
            assert!(!got.iter().any(|s| event.iter().any(|w| s.contains(w))), "{got:?}");
        }
    }
    assert_eq!(surfaces("The regiment fought near Fredericksburg.", EntityKind::Location), ["Fredericksburg"]);
}

#[test]
fn a_word_before_a_title_is_its_organisation() {
    let text = "Earlier on Monday, Fed chairman Jerome Powell said rates would stay.";
    assert_eq!(surfaces(text, EntityKind::Organization), ["Fed"]);
    assert_eq!(surfaces(text, EntityKind::Person), ["Jerome Powell"]);
    // Not an adjective, and not a person before a plural title.
    assert!(surfaces("As Liberal prime minister he cut taxes.", EntityKind::Organization).is_empty());
    let text = "Three African leaders arrived on Sunday.";
    assert!(surfaces(text, EntityKind::Person).is_empty());
    // The person whose position it is stays a person.
    let text = "The report was read by President Clinton 's aides on Monday.";
    assert_eq!(surfaces(text, EntityKind::Person), ["Clinton"]);
}

#[test]
fn a_word_knows_its_place_in_a_run_of_capitals() {
    let text = "The Bank of England said Reuters reported on Monday";
    let tokens: Vec<_> = Tokenizer::new().tokens(text).collect();
    // The(1 of 4: «The Bank of England») … said(0) Reuters(single) reported(0) on(0) Monday(single)
    assert_eq!(capitalised_runs(&tokens), [17, 18, 18, 19, 0, 4, 0, 0, 4]);
}

#[test]
fn a_club_of_a_country_is_a_club_and_a_place() {
    let text = "Fenerbahce of Turkey drew with Dnipro of Ukraine in the Cup Winners' Cup on Thursday.";
    assert_eq!(surfaces(text, EntityKind::Organization), ["Fenerbahce", "Dnipro"]);
    assert_eq!(surfaces(text, EntityKind::Location), ["Turkey", "Ukraine"]);
    // A common word, a title or an organisation word before «of» is the name's own.
    let text = "The Bank of England, the University of Texas and the Port of Rotterdam agreed.";
    assert_eq!(
        surfaces(text, EntityKind::Organization),
        ["Bank of England", "University of Texas", "Port of Rotterdam"]
    );
}

#[test]
fn a_dateline_opens_with_a_place() {
    let text = "Brewer names new finance chief .\nTHE HAGUE 2024-03-05\nHeineken said on Tuesday it had named a \
                new chief financial officer .";
    assert_eq!(surfaces(text, EntityKind::Location), ["THE HAGUE"]);
    let text = "Shares rise .\nST. LOUIS , Mo . 2024-03-05\nThe company said so .";
    assert_eq!(surfaces(text, EntityKind::Location)[0], "ST. LOUIS");
    // A headline in capitals is no dateline.
    let text = "SOCCER - RAPID HOLD FENERBAHCE .\nVIENNA 2024-03-05\nRapid drew 1-1 on Thursday .";
    assert!(!surfaces(text, EntityKind::Location).contains(&"SOCCER".to_string()));
}

#[test]
fn a_name_with_von_or_van_is_a_person() {
    let text = "Maria von Trapenberg (1801 - 1870) was a German painter .";
    assert_eq!(surfaces(text, EntityKind::Person), ["Maria von Trapenberg"]);
    assert!(surfaces(text, EntityKind::Location).is_empty());
}

#[test]
fn a_definition_types_the_name_it_opens_with() {
    let text = "Wexcombe is a small village in the county of Wiltshire , England . Wexcombe has a pub .";
    assert_eq!(surfaces(text, EntityKind::Location)[..2], ["Wexcombe", "Wiltshire"]);
    let text = "Glass Harbour are an Irish indie rock band from Galway . Glass Harbour toured in 2011 .";
    assert_eq!(surfaces(text, EntityKind::Organization), ["Glass Harbour", "Glass Harbour"]);
    let text = "Radio Kestrel is a local radio station in Cornwall .";
    assert_eq!(surfaces(text, EntityKind::Organization), ["Radio Kestrel"]);
    // No name, or no kind of place or organisation.
    let text = "It is a small village in the county of Wiltshire .";
    assert_eq!(surfaces(text, EntityKind::Location), ["Wiltshire"]);
    let text = "Marta Okafor is a painter from Lagos .";
    assert_eq!(surfaces(text, EntityKind::Person), ["Marta Okafor"]);
}

#[test]
fn a_club_keeps_its_bracketed_letter() {
    let text = "Results of Yugoslav league matches played on Saturday :\nDivision A\nHajduk 2 Sloga ( K ) 0\n\
                Zemun 1 Jedinstvo ( U ) 0\n";
    assert_eq!(surfaces(text, EntityKind::Organization), ["Hajduk", "Sloga ( K )", "Zemun", "Jedinstvo ( U )"]);
}

#[test]
fn a_possessive_nothing_follows_is_part_of_the_name() {
    let text = "The bank agreed to buy Johnson's, a chain of stores. Analysts said Johnson's was worth more.";
    assert_eq!(surfaces(text, EntityKind::Organization), ["Johnson's", "Johnson's"]);
    // A place keeps its type; a possessive before a noun stays out.
    let text = "England play at Lord's, London, next week. Jones's book sold well.";
    assert_eq!(surfaces(text, EntityKind::Location), ["England", "Lord's", "London"]);
}

#[test]
fn a_common_nouns_possessive_is_inside_an_organisations_name() {
    let text = "The prize was given by the Lay Volunteers' International Organisation on Sunday. \
                Germany's Agriculture Ministry said the Welsh Farmers' Union would protest.";
    assert_eq!(
        surfaces(text, EntityKind::Organization),
        ["Lay Volunteers' International Organisation", "Agriculture Ministry", "Welsh Farmers' Union"]
    );
}
