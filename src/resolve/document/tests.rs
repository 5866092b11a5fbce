// Stage: resolution, over the whole document. May use: text, lexicon, token, sentence, lang, morph, ner.
//! The document passes on names: one type per name, surnames, products, genders.

use crate::Analyzer;
use crate::ner::EntityKind;
use crate::ner::tests::{persons, surfaces};

#[test]
fn agencies_named_in_one_word_are_no_persons() {
    let got = persons("Представители ведомства, сотрудники Росприроднадзора и Рыбохраны накануне провели проверку.");
    assert!(got.iter().all(|p| !p.starts_with("Росприроднадзор") && !p.starts_with("Рыбохран")), "{got:?}");
    assert!(super::is_agency_name("минздрава") && !super::is_agency_name("ростислава"));
}

#[test]
fn unions_of_states_are_organisations() {
    let text = "Соединённые Штаты, Евросоюз, Китай и Россия обсудили ситуацию.";
    let doc = Analyzer::new().analyze(text);
    let eu = doc.entities.iter().find(|e| e.span.slice(text) == "Евросоюз").map(|e| e.kind);
    assert_eq!(eu, Some(crate::EntityKind::Organization), "{:?}", doc.entities);
}

#[test]
fn the_document_tells_a_womans_name() {
    assert_eq!(persons("Суд оправдал Асию Биби. Асия Биби была освобождена."), ["Асия Биби", "Асия Биби"]);
    // Without the agreement the dictionary's man's name stays.
    assert_eq!(persons("Суд оправдал Асию Биби."), ["Асий Биби"]);
    // A name that does not open its clause is no subject: «жена … заявила».
    assert_eq!(persons("Жена Дмитрия Петрова заявила об этом."), ["Дмитрий Петров"]);
}

#[test]
fn two_people_run_together() {
    let text = "Суд оправдал Азию Биби. Азия Биби на свободе. Адвокат Азии Биби Саиф уль-Малук заявил об этом.";
    assert_eq!(persons(text), ["Азия Биби", "Азия Биби", "Биби", "Саиф уль-Малук"]);
}

#[test]
fn initials_alone_are_no_person() {
    let people =
        persons("Акционеры проекта — \"Шелл Эксплорейшн энд Продакшн (LXXI) Б.В.\", \"Энжи Энерджи Менеджмент\".");
    assert!(people.iter().all(|p| p != "Б.В."), "{people:?}");
}

#[test]
fn a_place_run_into_a_person_in_another_case() {
    let text = "Мюнхенское соглашение отдало Чехословакию Гитлеру в 1938 году.";
    assert_eq!(surfaces(text, EntityKind::Person), ["Гитлеру"]);
    assert!(surfaces(text, EntityKind::Location).contains(&"Чехословакию".to_string()));
}

#[test]
fn a_name_found_once_is_found_everywhere() {
    let orgs = surfaces(
        "Большой театр превратится в балаган? Специалисты возмущены тем, что является Большим театром.",
        EntityKind::Organization,
    );
    assert!(orgs.contains(&"Большой театр".to_string()), "{orgs:?}");
}

#[test]
fn names_of_products_are_no_organisations() {
    let orgs = surfaces(
        "Шаттл «Дискавери» завершил полёт. После «Дискавери» в космос полетит «Атлантис». \
         Код операционной системы Windows открыт.",
        EntityKind::Organization,
    );
    assert!(orgs.iter().all(|o| !["Дискавери", "Windows"].contains(&o.as_str())), "{orgs:?}");
}

#[test]
fn one_type_per_name() {
    let text = "Газпром подписал контракт. Газпром заявил об этом. Переговоры с Газпромом продлятся.";
    assert!(persons(text).is_empty(), "{:?}", persons(text));
}

#[test]
fn a_name_after_a_glued_hyphen_gives_no_surname() {
    let text = "Кабинет министров подписал договор с радикальной религиозной партией «Техрик-и-Лаббаик \
                Пакистан» (TLP), которая устраивала протесты. Власти Пакистана пошли на уступки. \
                Выборы в Пакистане пройдут летом.";
    let found = persons(text);
    assert!(!found.iter().any(|p| p.starts_with("Пакистан")), "{found:?}");
}

#[test]
fn companies_and_places_are_no_persons() {
    assert!(persons("Контракт подписала Юнипер Газ Транспортэйшн.").is_empty());
    assert!(persons("Оператором трубопровода выступает компания Норд Стрим.").is_empty());
    assert!(persons("Протесты прошли в Карачи, Лахоре и Пешаваре.").is_empty());
    assert!(persons("Рейс задержали в аэропорту Хитроу.").is_empty());
    assert_eq!(persons("В споре победил мэр города Лужков."), ["Лужков"]);
}

#[test]
fn a_known_surname_inside_an_organisation() {
    let text = "Тереза Мэй выступила в парламенте. Это третий министр, покинувший пост в кабинете Мэй.";
    assert_eq!(persons(text), ["Тереза Мэй", "Мэй"]);
    let text = "Тереза Мэй выступила в парламенте. Министр ушёл из правительства Терезы Мэй.";
    assert_eq!(persons(text), ["Тереза Мэй", "Тереза Мэй"]);
}

#[test]
fn a_first_name_spelled_like_a_place() {
    let got = persons("Суд оправдал Азию Биби. Муж Азии Биби уехал.");
    assert_eq!(got, ["Азия Биби", "Азия Биби"]);
    // Once is enough when the surname stands alone elsewhere; not after a preposition.
    assert_eq!(persons("Суд оправдал Азию Биби. Биби освободили."), ["Азия Биби", "Биби"]);
    let got = persons("В Москве Иванов выступил. Иванов уехал.");
    assert!(!got.iter().any(|p| p.contains("Москв")), "{got:?}");
}

#[test]
fn no_acronym_opens_a_name() {
    assert_eq!(persons("Экономист ФАО Абдолреза Аббассиан не исключил роста цен."), ["Абдолреза Аббассиан"]);
}

#[test]
fn a_capital_for_its_government_is_a_place() {
    // The taggers sometimes read «Берлин поддерживает …» as a person (a subject that acts).
    let text = "Поэтому Берлин поддерживает проект.";
    let tokens: Vec<_> = crate::Tokenizer::new().tokens(text).collect();
    let person = |k: usize| super::Entity {
        span: tokens[k].span,
        kind: super::EntityKind::Person,
        norm: tokens[k].text.to_string(),
        sentence: 0,
        tokens: k..k + 1,
        cluster: 0,
    };
    let check = |text: &str, tokens: &[crate::Token<'_>], entities: &mut Vec<super::Entity>| {
        let lows = crate::token::lower_all(tokens);
        let cache = crate::ner::MorphCache::default();
        let d = super::Doc { text, tokens, lows: &lows, sentences: &[], readings: &[], cache: &cache };
        super::Recognizer::new().check_persons(&d, entities);
    };
    let mut entities = vec![person(1)];
    check(text, &tokens, &mut entities);
    assert_eq!(entities[0].kind, super::EntityKind::Location);
    // A word that can be a name stays a person.
    let text = "Поэтому Путин поддерживает проект.";
    let tokens: Vec<_> = crate::Tokenizer::new().tokens(text).collect();
    let mut entities = vec![super::Entity { span: tokens[1].span, norm: "Путин".into(), ..person(1) }];
    check(text, &tokens, &mut entities);
    assert_eq!(entities[0].kind, super::EntityKind::Person);
}

#[test]
fn one_name_one_type_per_document() {
    let text = "Глава МИД ФРГ Хайко Маас прибыл в Москву. Визит Мааса продлится два дня.";
    assert_eq!(persons(text), ["Хайко Маас", "Маас"]);
    // Without the full name the river stays a place.
    let doc = Analyzer::new().analyze("Визит Мааса продлится два дня.");
    assert!(doc.entities.iter().all(|e| e.kind != super::EntityKind::Person));
    // Initials between the first name and the surname («Orville K. Brandvold»).
    let text = "Orville K. Brandvold builds guitars in Iowa . Brandvold learned the trade from \
                his uncle . Brandvold sells about forty a year .";
    assert_eq!(persons(text), ["Orville K. Brandvold", "Brandvold", "Brandvold"]);
    // A surname the tagger read as an organisation is the person, and only the person.
    let text = "Soccer - McAllister names team to play Moldova .\nDUBLIN 2024-03-05\nIreland manager Joe \
                McAllister named his squad on Tuesday .";
    let doc = Analyzer::new().analyze(text);
    let first: Vec<_> = doc.entities.iter().filter(|e| e.span.slice(text) == "McAllister").map(|e| e.kind).collect();
    assert_eq!(first, [super::EntityKind::Person]);
}
