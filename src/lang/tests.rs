// Stage: language (unit tests).
use super::*;

/// `t!(detector, "text", "code")`: asserts the detected language, naming the file to fix.
macro_rules! check {
    ($cases:expr) => {
        let d = LangDetector::new();
        let mut failures = Vec::new();
        for &(text, want) in $cases {
            let got = d.detect_with_confidence(text);
            if got.map(|(l, _)| l.code()) != Some(want) {
                failures.push(format!("  {text:?}: want {want}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "wrong language:\n{}\nhelp: tune src/lang.rs", failures.join("\n"));
    };
}

const RU: &[(&str, &str)] = &[
    ("Правительство России утвердило план развития транспортной инфраструктуры до 2030 года.", "ru"),
    ("В Москве прошли переговоры министров иностранных дел двух стран.", "ru"),
    ("Курс доллара снизился.", "ru"),
    ("Акции «Газпрома» подорожали на 3% после публикации отчётности.", "ru"),
    ("Президент подписал указ.", "ru"),
    ("По словам Дмитрия Пескова, встреча пройдёт в закрытом режиме.", "ru"),
    ("Объём торгов на Московской бирже вырос на 12%.", "ru"),
    ("Сбербанк снизил ставки по ипотеке", "ru"),
    ("Глава Минфина Антон Силуанов заявил, что бюджет будет исполнен без дефицита.", "ru"),
    ("Шойгу", "ru"),
    // Russian «-ски» words: adverbs, «по-английски», nouns.
    ("Записки врача практически не сохранились, а маски и краски продаются везде.", "ru"),
    ("Он говорит по-английски и по-немецки.", "ru"),
];

const UK: &[(&str, &str)] = &[
    ("Кабінет міністрів України затвердив нову програму підтримки малого бізнесу.", "uk"),
    ("У Києві відбулася зустріч представників уряду та профспілок.", "uk"),
    ("Ціни на пальне знову зросли.", "uk"),
    ("Це рішення ухвалили ще минулого тижня.", "uk"),
    // Latin `i` for `і`, as typed on Russian keyboards.
    ("Вiн сказав, що у вiйськових немає iнших варiантiв.", "uk"),
];

const BE: &[(&str, &str)] = &[
    ("Урад Беларусі абмеркаваў пытанні развіцця сельскай гаспадаркі.", "be"),
    ("У Мінску прайшла сустрэча кіраўнікоў абласцей.", "be"),
    ("Гэта было вельмі цікава.", "be"),
];

const BG: &[(&str, &str)] = &[
    ("Правителството одобри проектобюджета за следващата година.", "bg"),
    ("Министърът на финансите заяви, че данъците няма да бъдат увеличени.", "bg"),
    ("Депутатите гласуваха промените в закона.", "bg"),
    ("Това е добра новина за българските износители.", "bg"),
    // «най-» and «-ски» adjectives, «-нти» plurals (no function word of its own here).
    ("Основни доставчици — американски, канадски и германски фирми.", "bg"),
    ("Туристи и студенти пристигат най-често през юли.", "bg"),
];

const SR: &[(&str, &str)] = &[
    ("Влада Србије усвојила је нови закон о буџету.", "sr"),
    ("Председник је разговарао са новинарима у Београду.", "sr"),
    ("Цене горива су поново порасле.", "sr"),
    ("Ђоковић је освојио турнир.", "sr"),
    // A vowelless word with a syllabic r and little else.
    ("Он чини крв и смрт.", "sr"),
];

const MK: &[(&str, &str)] = &[
    ("Владата на Македонија денеска ќе одржи седница.", "mk"),
    ("Министерот изјави дека платите ќе бидат зголемени.", "mk"),
    ("Градот се наоѓа во близина на границата.", "mk"),
];

const KK: &[(&str, &str)] =
    &[("Қазақстан үкіметі жаңа экономикалық бағдарламаны бекітті.", "kk"), ("Астанада халықаралық форум өтті.", "kk")];

const MN: &[(&str, &str)] = &[
    ("Монгол Улсын Засгийн газар шинэ хөтөлбөр баталлаа.", "mn"),
    ("Улаанбаатар хотод олон улсын чуулган боллоо.", "mn"),
];

const EN: &[(&str, &str)] = &[
    ("The government approved a new budget plan on Tuesday.", "en"),
    ("Shares of the company rose 3% after the announcement.", "en"),
    ("Oil prices fell sharply.", "en"),
    ("The central bank said inflation would slow next year, according to Reuters.", "en"),
    ("President signs the bill", "en"),
];

const OTHER: &[(&str, &str)] = &[
    ("Die Regierung hat am Dienstag einen neuen Haushaltsplan beschlossen.", "de"),
    ("Le gouvernement a présenté mardi un nouveau projet de loi sur les retraites.", "fr"),
    ("El Gobierno aprobó ayer el nuevo presupuesto para el próximo año.", "es"),
    ("中国政府周二公布了新的经济刺激计划。", "zh"),
    ("日本政府は新しい経済対策を発表した。", "ja"),
    ("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.", "el"),
    ("أعلنت الحكومة عن خطة اقتصادية جديدة.", "ar"),
    ("정부는 새로운 경제 정책을 발표했다.", "ko"),
];

#[test]
fn russian() {
    check!(RU);
}

#[test]
fn ukrainian() {
    check!(UK);
}

#[test]
fn belarusian() {
    check!(BE);
}

#[test]
fn bulgarian() {
    check!(BG);
}

#[test]
fn serbian() {
    check!(SR);
}

#[test]
fn macedonian() {
    check!(MK);
}

#[test]
fn kazakh() {
    check!(KK);
}

#[test]
fn mongolian() {
    check!(MN);
}

#[test]
fn english() {
    check!(EN);
}

#[test]
fn other_languages() {
    check!(OTHER);
}

#[test]
fn no_letters_no_language() {
    let d = LangDetector::new();
    for text in ["", "   ", "12345", "2024-06-21 15:30", "🙂🙂🙂", "—", "'", "-", "%$#@!"] {
        assert_eq!(d.detect(text), None, "{text:?}");
    }
}

#[test]
fn odd_input_does_not_panic() {
    let d = LangDetector::new();
    let long = "Москва ".repeat(10_000);
    let texts = [
        "ъ",
        "Ъ",
        "a'b'c",
        "'ъ'",
        "i",
        "I",
        "Москва-2024 Moscow 🙂 北京",
        "\u{301}\u{301}",
        "ﬁ ﬂ",
        "İstanbul",
        "ǅ",
        "\u{200F}שלום\u{200E}",
        "кое-что 2-го 90-е",
        "Ха-ха-ха!!!",
        "mixed Кириллица and Latin words in one line",
        long.as_str(),
    ];
    for text in texts {
        if let Some((_, conf)) = d.detect_with_confidence(text) {
            assert!((0.0..=1.0).contains(&conf), "{text:?}: {conf}");
        }
    }
}

#[test]
fn codes_round_trip() {
    assert!(CODES.windows(2).all(|w| w[0] < w[1]), "CODES must be sorted");
    for code in CODES {
        assert_eq!(Lang::from_code(code).map(Lang::code), Some(code));
    }
    assert_eq!(Lang::from_code("xx"), None);
    assert_eq!(Lang::from_code("RU"), None);
    for lang in CYR {
        assert!(CODES.contains(&lang.code()));
    }
    assert_eq!(format!("{:?} {}", Lang::KK, Lang::MN), "Lang(kk) mn");
    assert_eq!(serde_json::to_string(&Lang::RU).unwrap(), "\"ru\"");
}

#[test]
fn every_whatlang_language_has_a_code() {
    for &l in whatlang::Lang::all() {
        assert!(Lang::from_whatlang(l).is_some(), "{l:?}");
    }
}

#[test]
fn english_word_list_is_sorted() {
    let keys: Vec<&str> =
        EN_WORDS.lines().filter(|l| !l.starts_with('#')).map(|l| l.split('\t').next().unwrap_or("")).collect();
    assert!(keys.len() > 1000);
    assert!(keys.windows(2).all(|w| w[0] < w[1]), "lexicon/lang/en_words.txt is not sorted: rerun the generator");
}

#[test]
fn russian_word_forms_count_for_russian() {
    let dictionary = crate::lexicon::russian_dictionary();
    for word in ["исчезните", "поцелуйте", "правительства", "москвы"] {
        assert!(dictionary.is_known(word), "{word}");
    }
    // Bulgarian and Belarusian forms that Russian does not have.
    for word in ["удоволствие", "правителство", "сьмяротнага", "умрял"] {
        assert!(!dictionary.is_known(word), "{word}");
    }
}

#[test]
fn names_in_letters_russian_lacks_are_not_russian() {
    // Only names, one of them spelled with «і»: Russian cannot write it, so the languages that can
    // are candidates even with no other evidence of their own.
    // (Both read as Russian without that: the first names are Russian word forms.)
    let detector = LangDetector::new();
    for text in ["Игорь Сідоренко | Москва.", "Борис Сідарэнка | Гомель."] {
        let got = detector.detect(text);
        assert!(matches!(got, Some(l) if [Lang::UK, Lang::BE, Lang::KK].contains(&l)), "{text}: {got:?}");
    }
    // A Russian sentence quoting such a name stays Russian.
    assert_eq!(detector.detect("Об этом сообщил Олег Сідоренко."), Some(Lang::RU));
    assert_eq!(detector.detect("Борис Сідарэнка сказал, что все хорошо."), Some(Lang::RU));
}

#[test]
fn a_russian_word_form_ending_like_bulgarian_says_nothing() {
    // «-ите», «-ата» are Bulgarian endings only in words Russian does not have.
    let detector = LangDetector::new();
    assert_eq!(detector.detect("Исчезните."), Some(Lang::RU));
    assert_eq!(detector.detect("Палата представителей одобрила закон."), Some(Lang::RU));
    assert_eq!(detector.detect("Жените на страната гласуваха."), Some(Lang::BG));
}

#[test]
fn infix_fast_path_matches_contains() {
    let letters: Vec<char> = "асьцзкэуүөшжчыяюідо".chars().collect();
    let mut words: Vec<String> = Vec::new();
    for &a in &letters {
        for &b in &letters {
            for &c in &letters {
                words.push([a, b, c].iter().collect());
                words.push(['о', a, b, c, 'а'].iter().collect());
            }
        }
    }
    words.extend(["українського", "шырокі", "рацыю", "дзіця", "баярлалаа", "үүрэг"].map(String::from));
    for w in &words {
        let naive: u16 = INFIXES.iter().enumerate().filter(|(_, (inf, _))| w.contains(inf)).map(|(k, _)| 1 << k).sum();
        let (mut fast, mut p2, mut p1) = (0u16, '\0', '\0');
        for c in w.chars() {
            if let Some(k) = infix_at(p2, p1, c) {
                fast |= 1 << k;
            }
            (p2, p1) = (p1, c);
        }
        assert_eq!(fast, naive, "{w}");
    }
}

#[test]
fn endings_end_in_prefiltered_letters() {
    for (e, _, _) in ENDINGS.iter().chain(&WEAK_ENDINGS) {
        let last = e.chars().last().unwrap();
        assert!(matches!(last, 'е' | 'а' | 'о' | 'т' | 'я' | 'н'), "{e}: add {last} to the prefilter in word_evidence");
    }
}

#[test]
fn serbian_counts_in_the_genitive_in_a() {
    for (before, word) in [("има 12.300 ", "војника"), ("за 20 ", "година"), ("после 45 ", "минута"), ("(15 ", "дана")]
    {
        assert!(counted_in_genitive_a(before, word), "{before}{word}");
    }
    // Russian: years, dates, times of day, decimals, 1–4 and words that do not end in «-а».
    for (before, word) in [
        ("в 1998 ", "страна"),
        ("с 2010 ", "года"),
        ("8 ", "марта"),
        ("в 5 ", "утра"),
        ("3,510 ", "миллиона"),
        ("2 ", "часа"),
        ("23 ", "минуты"),
    ] {
        assert!(!counted_in_genitive_a(before, word), "{before}{word}");
    }
}

/// The lower-cased Cyrillic words of `text` and their evidence.
fn cyr_words(text: &str) -> (Vec<String>, CyrEvidence) {
    let (mut words, mut buf, mut out) = (Vec::new(), String::new(), Vec::new());
    scan(text, &mut words);
    let ev = cyr_evidence(text, &words, &mut buf, &mut out);
    (out.iter().map(|w| buf[w.start..w.end].to_string()).collect(), ev)
}

#[test]
fn not_also_is_south_slavic() {
    let patterns = |text: &str| cyr_words(text).1.patterns;
    let bg = CYR.iter().position(|&l| l == Lang::BG).unwrap();
    assert_eq!(patterns("Той говори, но не и пише.")[bg], 1.0);
    assert_eq!(patterns("Он говорит, но и не пишет.")[bg], 0.0);
    // «д-р» before a name.
    assert_eq!(patterns("Говори д-р Петров.")[bg], 1.0);
}

#[test]
fn years_of_age_in_g_are_south_slavic() {
    let patterns = |text: &str| cyr_words(text).1.patterns;
    let bg = CYR.iter().position(|&l| l == Lang::BG).unwrap();
    for t in ["Иван ДИМОВ (45 г.), шофьор, Пловдив:", "коли, по-стари от 7 г., се внасят"]
    {
        assert_eq!(patterns(t)[bg], 1.0, "{t}");
    }
    // Russian writes «г.» after years, whole or cut short after a hyphen or a dot.
    for t in ["В 1995 г. он переехал.", "в 1941-45 г. служил", "2.05.98 г.", "в 2024–25 г.", "5 граммов"]
    {
        assert_eq!(patterns(t)[bg], 0.0, "{t}");
    }
}

#[test]
fn a_line_in_capitals_has_no_names() {
    let names = |text: &str| {
        let (mut words, mut buf, mut out) = (Vec::new(), String::new(), Vec::new());
        scan(text, &mut words);
        cyr_evidence(text, &words, &mut buf, &mut out);
        out.iter().filter(|w| w.name).count()
    };
    assert_eq!(names("ЗНАМЕ, ХИМН И СТОЛИЦА"), 0);
    assert_eq!(names("Знаме, Химн и Столица"), 2);
    assert_eq!(names("Иван ДИМОВ, шофьор"), 1);
}

#[test]
fn soft_hyphens_stay_inside_words() {
    let (words, _) = cyr_words("За гэ\u{AD}та бра\u{AD}кань\u{AD}е\u{AD}рам");
    assert_eq!(words, ["за", "гэта", "браканьерам"]);
}

#[test]
fn percentages_with_a_decimal_point() {
    for t in ["Акциите поскъпнаха с 1.3%.", "спад 0.08 % за ден", "до 12.5%"] {
        assert!(has_point_percent(t), "{t}");
    }
    for t in ["рост на 1,3%", "выросли на 13 %", "версия 2.0.15%", "21.06.2024"] {
        assert!(!has_point_percent(t), "{t}");
    }
}

#[test]
fn is_letter_matches_std() {
    for c in (0..0x3000).filter_map(char::from_u32) {
        assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
    }
}

#[test]
fn send_sync() {
    fn assert_all<T: Send + Sync + Clone + std::fmt::Debug>() {}
    assert_all::<LangDetector>();
    assert_all::<Lang>();
}

#[test]
fn markup_addresses_and_handles_are_no_words() {
    check!(&[
        ("@screened-150 Кучи мусора повсюду*", "ru"),
        ("RT @xxxxxx: Игорёк вернулся домой.", "ru"),
        ("Обсуждение: http://example.com/forum/thread?id=1 завтра вечером", "ru"),
        ("<strong>Гэта сенсацыя!</strong> <a_href=\"https://t.me/x\">https://t.me/x</a>", "be"),
        ("Cocaine (We&#39;&#39; re All Going to Hell)&#39;&#39; и другие синглы группы", "ru"),
    ]);
    let mut words = Vec::new();
    scan("see https://a.b/c?d=e and www.x.org, mail me@x.org; @handle <b>bold</b> &amp;", &mut words);
    let text = "see https://a.b/c?d=e and www.x.org, mail me@x.org; @handle <b>bold</b> &amp;";
    let got: Vec<&str> = words.iter().map(|w| &text[w.start..w.end]).collect();
    assert_eq!(got, ["see", "and", "mail", "bold"]);
}

#[test]
fn latin_names_in_cyrillic_text_and_cyrillic_in_latin() {
    check!(&[
        ("17 июля 2007 года группа выпустила альбом Strata Presents the End of the World.", "ru"),
        ("Инновационные пуховики STRETCH DOWN от Mountain Hardwear.", "ru"),
        ("Кінатэатр Silver Screen.", "be"),
        // A lone Latin letter is a label, not running text.
        ("Подробности <a href=\"https://vk.com/x\">x</a>", "ru"),
        ("Приложение b", "ru"),
        ("The word «спасибо» means thank you in Russian.", "en"),
        // Hashtags and the syllables of a hyphenated compound are no running text.
        ("Новый выпуск подкаста: Вечерние Разговоры о Музыке #music #podcast #new_release #indie_rock", "ru"),
        ("Птицы поют: fiu-fiu-fiu, а кукушка кричит ku-ku.", "ru"),
    ]);
}

#[test]
fn too_few_letters_is_no_language() {
    let d = LangDetector::new();
    for text in ["Да.", "Ого!", "1932 г.", "Не – 583"] {
        assert_eq!(d.detect(text), None, "{text}");
    }
    // Letters Russian lacks are evidence however short the line.
    assert_eq!(d.detect("Їде."), Some(Lang::UK));
}

#[test]
fn elongation_is_no_mongolian() {
    check!(&[("Даааа, заметил!", "ru"), ("Спасибоооо, очень приятно!", "ru")]);
    assert_ne!(LangDetector::new().detect("Клааааас!!!"), Some(Lang::MN));
}

#[test]
fn latin_slavic() {
    check!(&[
        ("Vlada je usvojila novi zakon o budžetu, rekao je ministar finansija.", "sr"),
        ("Vlada je v četrtek sprejela predlog zakona o davkih.", "sl"),
        ("Vláda ve čtvrtek schválila návrh zákona o daních.", "cs"),
        ("Vláda vo štvrtok schválila návrh zákona o daniach.", "sk"),
        ("Rząd przyjął w czwartek projekt ustawy o podatkach.", "pl"),
        // A word Croatian alone writes so («zrakoplov»; Bosnian and Serbian «avion»).
        ("Zrakoplov je sletio u Zagreb.", "hr"),
    ]);
}

#[test]
fn latin_slavic_words_name_languages_of_the_model() {
    use super::detector::{LATIN_SLAVIC_NGRAMS, LATIN_SLAVIC_WORDS};
    let data = include_str!("../../lexicon/lang/latin_slavic_words.tsv");
    for (word, codes) in crate::lexicon::pairs(data, "lang/latin_slavic_words.tsv") {
        for code in codes.split(',') {
            assert!(LATIN_SLAVIC_NGRAMS.codes.contains(&code), "{word}: {code}");
        }
        assert!(LATIN_SLAVIC_WORDS.get(word).is_some_and(|mask| mask != 0), "{word}");
    }
}
