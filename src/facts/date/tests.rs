// Stage: facts (unit tests).
use super::*;
use crate::token::Tokenizer;
use crate::token::Words;

fn dates(text: &str, pub_date: Option<&str>) -> Vec<(String, Option<String>)> {
    let toks: Vec<_> = Tokenizer::new().tokens(text).collect();
    let low = crate::token::lower_all(&toks);
    let w = Words::new(&toks, &low);
    let mut out = Vec::new();
    find(&w, pub_date.map(|p| p.parse().unwrap()), &mut out);
    out.into_iter().map(|d| (d.span.slice(text).to_string(), d.value)).collect()
}

macro_rules! d {
    ($name:ident, $text:expr, $pub:expr, [$(($s:expr, $v:expr)),*]) => {
        #[test]
        fn $name() {
            let want: Vec<(String, Option<String>)> = vec![$(($s.to_string(), $v.map(|v: &str| v.to_string()))),*];
            assert_eq!(dates($text, $pub), want, "\ninput: {:?}\nhelp: the grammar is in src/entity/date.rs", $text);
        }
    };
}

d!(full, "Это случилось 28 июня 2010 года в Москве.", None, [("28 июня 2010 года", Some("2010-06-28"))]);
d!(year_abbrev, "В 2024 г. мэр подписал", None, [("В 2024 г.", Some("2024"))]);
d!(year_range, "программу на 2024–2026 гг. Основные", None, [("на 2024–2026 гг", Some("2024/2026"))]);
d!(from_to, "с 2024 по 2026 год", None, [("с 2024 по 2026 год", Some("2024/2026"))]);
d!(month_rel, "в марте и вчера", Some("2024-05-10"), [("в марте", Some("2024-03")), ("вчера", Some("2024-05-09"))]);
d!(partial, "к 28 июня", None, [("28 июня", Some("--06-28"))]);
d!(last_year, "в прошлом году", Some("2024-05-10"), [("в прошлом году", Some("2023"))]);
d!(unresolved, "в прошлом году", None, [("в прошлом году", None)]);
d!(monday, "в понедельник", Some("2024-05-10"), [("в понедельник", Some("2024-05-06"))]);
d!(century, "XXI век и в 1990-х годах", None, [("XXI век", Some("20")), ("в 1990-х годах", Some("199"))]);
d!(quarter, "в первом квартале 2025 года", None, [("в первом квартале 2025 года", Some("2025-Q1"))]);
d!(end_of, "до конца 2025 года", None, [("до конца 2025 года", Some("2025"))]);
d!(
    en_full,
    "on March 5, 2024 and 5 March 2024",
    None,
    [("March 5, 2024", Some("2024-03-05")), ("5 March 2024", Some("2024-03-05"))]
);
d!(
    en_range,
    "over 2024–26 and last Monday",
    Some("2024-03-07"),
    [("2024–26", Some("2024/2026")), ("last Monday", Some("2024-03-04"))]
);
d!(
    duration,
    "в течение трёх лет и два дня назад",
    Some("2024-03-07"),
    [("в течение трёх лет", Some("P3Y")), ("два дня назад", Some("2024-03-05"))]
);
d!(invalid, "31 февраля 2024 года и 99999 году", None, [("31 февраля 2024 года", None)]);
d!(not_count, "2000 человек пришли", None, []);
d!(numeric, "21.06.2024", None, [("21.06.2024", Some("2024-06-21"))]);
d!(days_range, "27-28 ноября 2019 года", None, [("27-28 ноября 2019 года", Some("2019-11-27/2019-11-28"))]);
d!(
    season,
    "весной 2012 года и в настоящее время",
    None,
    [("весной 2012 года", Some("2012-SP")), ("в настоящее время", Some("PRESENT_REF"))]
);
d!(
    hedged,
    "почти полвека и за последние 200 лет, каждые три года",
    None,
    [("почти полвека", Some("P50Y")), ("за последние 200 лет", Some("P200Y")), ("каждые три года", Some("P3Y"))]
);
d!(enumeration, "19 и 20 апреля", None, [("19", Some("--04-19")), ("20 апреля", Some("--04-20"))]);
d!(months_range, "в ноябре-декабре 2019 года", None, [("в ноябре-декабре 2019 года", Some("2019-11/2019-12"))]);
d!(
    relative_more,
    "во второй половине 1950-х, годом позже, больше недели, 1 год 5 месяцев назад",
    None,
    [
        ("во второй половине 1950-х", Some("195")),
        ("годом позже", None),
        ("больше недели", Some("P1W")),
        ("1 год 5 месяцев назад", None)
    ]
);
d!(
    rel_month,
    "в феврале этого года и в следующем мае",
    Some("2024-05-10"),
    [("в феврале этого года", Some("2024-02")), ("в следующем мае", Some("2025-05"))]
);
d!(glued_year, "в 2008г. и в 2009 г. Потом", None, [("в 2008г", Some("2008")), ("в 2009 г", Some("2009"))]);
d!(age, "23-летний, в 55 лет, 52 года, на год", None, [("на год", Some("P1Y"))]);
d!(en_parts, "by the end of 2025 and early 2024", None, [("end of 2025", Some("2025")), ("early 2024", Some("2024"))]);
d!(environment, "охрана окружающей среды, во вторник и в среду", None, [("во вторник", None), ("в среду", None)]);
