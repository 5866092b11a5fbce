// Stage: resolution, over the whole document. May use: text, lexicon, token, sentence, lang, morph, ner.
//! Officials: English and Russian sentences and what they link.

use crate::Analyzer;

fn officials(text: &str) -> Vec<(String, String, Option<String>)> {
    let doc = Analyzer::new().analyze(text);
    doc.officials
        .iter()
        .map(|o| (o.person.norm.clone(), o.position.norm.clone(), o.org.as_ref().map(|g| g.norm.clone())))
        .collect()
}

/// An official as [`officials`] gives it: person, position, organisation.
fn o(p: &str, t: &str, g: Option<&str>) -> (String, String, Option<String>) {
    (p.to_string(), t.to_string(), g.map(str::to_string))
}

#[test]
fn english_organisations_next_to_a_position() {
    // Before the title, with a possessive in either spelling, or right before it.
    for poland in ["Poland 's", "Poland's"] {
        assert_eq!(
            officials(&format!("{poland} Foreign Minister Dariusz Rosati will visit Belgrade.")),
            [o("Dariusz Rosati", "Foreign Minister", Some("Poland"))]
        );
    }
    // An article between the name and the position after it.
    let flavio =
        officials("Flavio Cotti, the chairman of the Organisation for Security and Cooperation in Europe, spoke.");
    assert_eq!(flavio.len(), 1);
    assert!(flavio[0].2.as_deref().is_some_and(|g| g.starts_with("Organisation for Security")), "{flavio:?}");
    // A title glued by a hyphen, and «of the» inside the organisation after it.
    let conte = officials(
        "Guinea's president, Lansana Conte, vice-president of the Organisation of the Islamic Conference, left.",
    );
    assert!(
        conte.contains(&o(
            "Lansana Conte",
            "vice-president of the Organisation of the Islamic Conference",
            Some("Organisation of the Islamic Conference")
        )),
        "{conte:?}"
    );
    // «its» points back to the organisation the sentence named; a bracketed acronym before
    // the name is no part of the position.
    let text = "A Mujahideen Khalq statement said its leader Massoud Rajavi met in Baghdad the \
                Secretary-General of the Kurdistan Democratic Party of Iran ( KDPI ) Hassan Rastegar.";
    assert_eq!(
        officials(text),
        [
            o("Massoud Rajavi", "leader", Some("Mujahideen Khalq")),
            o(
                "Hassan Rastegar",
                "Secretary-General of the Kurdistan Democratic Party of Iran",
                Some("Kurdistan Democratic Party of Iran")
            )
        ]
    );
}

#[test]
fn english_links_by_verbs_clauses_ranks_and_lists() {
    // A link verb, a relative clause before it, «as» after a comma.
    assert_eq!(
        officials("Angela Merkel became chancellor in 2005 after the election."),
        [o("Angela Merkel", "chancellor", None)]
    );
    assert_eq!(
        officials("Peter Novak, as chairman of Skoda, signed the deal."),
        [o("Peter Novak", "chairman of Skoda", Some("Skoda"))]
    );
    assert_eq!(
        officials("Lars Berg, who as Norway's ambassador to Moscow led the talks, retired."),
        [o("Lars Berg", "Norway's ambassador", Some("Norway"))]
    );
    let lopez = officials("Maria Lopez, who spent ten years at the club, was named head coach on Monday.");
    assert_eq!(lopez, [o("Maria Lopez", "head coach", None)]);
    // A title after «to» is a verb; a verb after a title names someone else.
    assert!(officials("Former striker Paolo Rossi is to coach the national youth side.").is_empty());
    assert!(officials("The president named Anna Svensson to the court.").is_empty());
    // A word for kin or a possessive pronoun between: someone else's kin.
    assert!(officials("The minister visited his wife Anna Smith in hospital.").is_empty());
    // A possessive inside the position's organisation; a rank after the comma is neither the
    // name's nor the position's.
    let garcia = officials("The head of the Spanish league's refereeing committee, Jose Garcia, said on Monday.");
    assert_eq!(garcia.len(), 1, "{garcia:?}");
    assert_eq!(
        (garcia[0].0.as_str(), garcia[0].1.as_str()),
        ("Jose Garcia", "head of the Spanish league's refereeing committee")
    );
    let mahamat =
        officials("The commander of Chad's armed forces, Brigadier-General Idriss Mahamat, visited the town.");
    assert_eq!(mahamat, [o("Idriss Mahamat", "commander of Chad's armed forces", Some("Chad"))]);
    // A plural title before a list of names, after a comma too.
    let leaders = officials("Police arrested two union leaders, Jan Kowalski and Piotr Nowak, on Friday.");
    assert_eq!(leaders.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["Jan Kowalski", "Piotr Nowak"]);
    // …but not one name after a comma: it may be the speaker's.
    assert!(officials("They met the EU foreign ministers, John Smith said.").is_empty());
    // A title word of a diplomat after a possessive; «of the» inside a capitalised title.
    assert_eq!(
        officials("He met the embassy's charge d'affaires, Pierre Dubois, in Rome."),
        [o("Pierre Dubois", "charge d'affaires", None)]
    );
    assert_eq!(
        officials("Minister of the Interior Hans Schmidt said the border would stay open."),
        [o("Hans Schmidt", "Minister of the Interior", None)]
    );
}

#[test]
fn english_organisations_before_a_title_and_after_a_field_of_work() {
    // The name before a lower-case title is the organisation, never a person; a legal form
    // makes a company.
    assert_eq!(
        officials("\"We will invest more,\" said Fiat SpA chairman and chief executive Gianni Agnelli."),
        [
            o("Gianni Agnelli", "Fiat SpA chairman", Some("Fiat SpA")),
            o("Gianni Agnelli", "chief executive", Some("Fiat SpA"))
        ]
    );
    // Where the person is from does not hide the title.
    assert_eq!(
        officials("Security Council President Paolo Fulci of Italy said the vote was close."),
        [o("Paolo Fulci", "Security Council President", Some("Security Council"))]
    );
    // A preposition or a verb between a position and a name: someone else's name.
    assert_eq!(
        officials("Since taking over as coach from Mark Smith in 1994, Jones has won three titles."),
        Vec::<(String, String, Option<String>)>::new()
    );
    // A field of work between the title and the organisation.
    let lee = officials("\"Rates will fall,\" said Ann Lee, director of equity research with Morgan Stanley Inc.");
    assert_eq!(lee.len(), 1);
    assert_eq!(lee[0].2.as_deref(), Some("Morgan Stanley Inc"), "{lee:?}");
}

#[test]
fn a_title_word_ending_a_name_is_the_surname() {
    let got = officials("Ранее министр экономики Франции Брюно Ле Мэр посетил Шанхай.");
    assert_eq!(
        got,
        [("Брюно Ле Мэр".to_string(), "министр экономики Франции".to_string(), Some("Франция".to_string()))]
    );
}

#[test]
fn a_list_of_names_with_dashes() {
    let got = officials(
        "Выступят Валерий Тишков - директор Института этнологии и антропологии РАН, Виктор Майклсон - историк.",
    );
    assert_eq!(got[0].0, "Валерий Тишков");
    assert!(got[0].1.starts_with("директор Института"), "{got:?}");
    // A position coordinated with the one after the dash is the same person's.
    let got = officials("Выступят Гергей Ковач - политик и лидер партии «Зелёные», Георг Жено - историк.");
    let leader = got.iter().find(|o| o.1.starts_with("лидер")).map(|o| o.0.as_str());
    assert_eq!(leader, Some("Гергей Ковач"), "{got:?}");
}

#[test]
fn acting_positions_verbs_and_names_inside_positions() {
    // «исполняющий обязанности» does not make the position plural.
    let got =
        officials("Марк Тоунер, исполняющий обязанности официального представителя Госдепартамента США, выступил.");
    assert_eq!(got.first().map(|o| o.0.as_str()), Some("Марк Тоунер"), "{got:?}");
    // A position, a link verb, then the person.
    let got = officials("Вместо Оливера Кана капитаном стал Михаель Баллак.");
    assert_eq!(got, [("Михаель Баллак".to_string(), "капитан".to_string(), None)], "{got:?}");
    // A position after a word for kin is the kin's: the husband is no actress, but the
    // entrepreneur in the genitive is one.
    let got = officials("Это подтвердил муж актрисы Сергей Сенин.");
    assert!(got.is_empty(), "{got:?}");
    let got = officials("Микелла — дочь предпринимателя Яна Абрамова и певицы Алсу.");
    assert!(got.iter().any(|o| o.0 == "Ян Абрамов" && o.1 == "предприниматель"), "{got:?}");
    // «он» before a link verb is the man named just before.
    let got = officials("Леван Гачечиладзе выдвинут от оппозиции. Сейчас он является депутатом парламента.");
    assert_eq!(got.first().map(|o| o.0.as_str()), Some("Леван Гачечиладзе"), "{got:?}");
    // The name's original spelling in brackets between the name and its position.
    let got = officials("«Мы вернёмся», — сказал Скотт Хоровитц (Scott Horowitz), бывший астронавт.");
    assert_eq!(got.first().map(|o| (o.0.as_str(), o.1.as_str())), Some(("Скотт Хоровитц", "астронавт")), "{got:?}");
    // The kind of organisation between the head and the person; a Latin name that ran into
    // the person after it.
    let got = officials("Об этом заявил шеф концерна Бернд Пишетсридер.");
    assert_eq!(
        got.first().map(|o| (o.0.as_str(), o.1.as_str())),
        Some(("Бернд Пишетсридер", "шеф концерна")),
        "{got:?}"
    );
    let got = officials("«Это хороший сигнал», — заявил глава Business NZ Фил О’Рейли.");
    assert_eq!(got.first().map(|o| o.0.as_str()), Some("Фил О’Рейли"), "{got:?}");
    // A name the tagger started inside the position.
    let got = officials("Глава японского МИДа Сэйдзи Маэхара отметил, что визит вызывает сожаление.");
    assert!(got.first().is_some_and(|o| o.0.starts_with("Сэйдзи") && o.1 == "глава японского МИДа"), "{got:?}");
}

#[test]
fn lists_of_people_and_of_positions() {
    let got = officials("На концерте выступили музыканты Юрий Царёв, Алексей Борисов и Павел Шевелёв.");
    let people: Vec<&str> = got.iter().map(|o| o.0.as_str()).collect();
    assert_eq!(people, ["Юрий Царёв", "Алексей Борисов", "Павел Шевелёв"], "{got:?}");
    // Staff of an organisation are no list of people, nor is a genitive plural.
    let got = officials("Представители Гринпис, сотрудники Росприроднадзора и Рыбохраны провели проверку.");
    assert!(got.is_empty(), "{got:?}");
    // Nor does a plural one reach across a comma for one person.
    let got = officials("На встрече были представители федеральной власти, губернатор Александр Мишарин.");
    assert!(!got.iter().any(|o| o.1.starts_with("представител")), "{got:?}");
    // A singular position does not spread over a list.
    let got = officials("Об этом сообщил директор завода Иван Петров и Сергей Смирнов.");
    assert!(got.iter().all(|o| o.0 != "Сергей Смирнов"), "{got:?}");
    let got = officials("На встрече был Сергей Иванов, политик и дипломат.");
    assert!(got.iter().any(|o| o.0 == "Сергей Иванов" && o.1 == "дипломат"), "{got:?}");
    let got = officials("В программе выступит писатель, поэт и журналист Дмитрий Быков.");
    assert!(got.iter().any(|o| o.0 == "Дмитрий Быков" && o.1 == "писатель"), "{got:?}");
    assert!(got.iter().any(|o| o.0 == "Дмитрий Быков" && o.1 == "журналист"), "{got:?}");
}

#[test]
fn a_position_alone_speaks_of_the_last_person() {
    // (One official, named twice.)
    let doc = Analyzer::new()
        .analyze("Певица Мадонна сообщила о болезни. По её словам, 61-летняя певица чувствует себя хорошо.");
    assert_eq!(doc.officials.len(), 1, "{:?}", doc.officials);
    assert_eq!((doc.officials[0].person.norm.as_str(), doc.officials[0].mentions.len()), ("Мадонна", 2));
    // Not a position in another case: «… . Он позвонил президенту Турции».
    let got = officials("Виктор Петров прибыл в Анкару. Там он позвонил президенту Турции.");
    assert!(got.is_empty(), "{got:?}");
    // Nor a woman's occupation for a man.
    let got = officials("Продюсер Сергей Сенин снял фильм. Молодая актриса сыграла главную роль.");
    assert!(!got.iter().any(|o| o.1 == "молодая актриса" || o.1 == "актриса"), "{got:?}");
}

#[test]
fn heads_the_tagger_misses_and_signatures() {
    let got = officials("Замглавы Федеральной миграционной службы России Михаил Тюркин сообщил об этом.");
    assert_eq!(got[0].0, "Михаил Тюркин");
    assert_eq!(got[0].1, "замглавы Федеральной миграционной службы России");
    let got = officials("Пусть победит сильнейший!\n\nКирсан Илюмжинов Президент ФИДЕ");
    assert_eq!(got.first().map(|o| (o.0.as_str(), o.1.as_str())), Some(("Кирсан Илюмжинов", "президент ФИДЕ")));
}

#[test]
fn tenure_words_and_closing_quotes() {
    let got = officials("Андрей Санников — бывший заместитель министра иностранных дел Беларуси.");
    assert_eq!(got.first().map(|o| o.0.as_str()), Some("Андрей Санников"), "{got:?}");
    let got = officials("Об этом сообщил координатор движения «Архнадзор» Константин Михайлов.");
    assert_eq!(got[0].1, "координатор движения «Архнадзор»");
    assert_eq!(got[0].2.as_deref(), Some("движение «Архнадзор»"));
}

#[test]
fn a_nationality_inside_an_english_position_gives_its_country() {
    // The nationality is no organisation of its own, but the official's country.
    let text = "On Monday the chairman of the Polish farmers party, Jan Kowalski, said so.";
    assert_eq!(officials(text), [o("Jan Kowalski", "chairman of the Polish farmers party", Some("Poland"))]);
    let doc = Analyzer::new().analyze(text);
    assert!(!doc.entities.iter().any(|e| e.kind == crate::EntityKind::Organization));
}
