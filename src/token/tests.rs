// Stage: tokens (unit tests).
use super::*;

fn toks(s: &str) -> Vec<&str> {
    Tokenizer::new().tokens(s).map(|t| t.text).collect()
}

macro_rules! t {
    ($name:ident, $text:expr, $expected:expr) => {
        #[test]
        fn $name() {
            let got = toks($text);
            let want: &[&str] = &$expected;
            assert_eq!(got, want, "\ninput: {:?}\nhelp: the scanner is in src/token.rs", $text);
        }
    };
}

t!(ru_hyphen, "северо-западный Ростов-на-Дону", ["северо-западный", "Ростов-на-Дону"]);
t!(arabic_name_particles, "Нур-уль-Хак Кадри", ["Нур-уль-Хак", "Кадри"]);
t!(
    ru_numbers,
    "8,1 млн и 1\u{a0}200 человек, 600\u{202f}000 руб.",
    ["8,1", "млн", "и", "1\u{a0}200", "человек", ",", "600\u{202f}000", "руб", "."]
);
t!(dates, "21.06.2024 и 2024–2026 гг.", ["21.06.2024", "и", "2024", "–", "2026", "гг", "."]);
t!(quotes, "«Лунай» „да“ “yes”", ["«", "Лунай", "»", "„", "да", "“", "“", "yes", "”"]);
t!(
    initials,
    "А. С. Пушкин и В.Жириновский, А.С.Пушкин",
    ["А.", "С.", "Пушкин", "и", "В.", "Жириновский", ",", "А.", "С.", "Пушкин"]
);
t!(initials_after_scores, "Chandana 56 S. Waugh b", ["Chandana", "56", "S.", "Waugh", "b"]);
t!(
    units_after_numbers,
    "962°C. Потом 40C. Then 10 G. Потом",
    ["962", "°", "C", ".", "Потом", "40C", ".", "Then", "10", "G", ".", "Потом"]
);
t!(abbrev, "т.е. в 2010 г. в Mr. Smith", ["т.", "е.", "в", "2010", "г.", "в", "Mr.", "Smith"]);
t!(abbrev_end, "в 2010 г. Потом U.S. Army", ["в", "2010", "г", ".", "Потом", "U.S.", "Army"]);
t!(
    abbrev_end_after_multiplier,
    "5 млн руб. в год, 1,2 трлн руб. Ранее $10 млрд. Потом",
    ["5", "млн", "руб.", "в", "год", ",", "1,2", "трлн", "руб", ".", "Ранее", "$", "10", "млрд", ".", "Потом"]
);
t!(clitics, "Google's plan don't can't I'm", ["Google", "'s", "plan", "do", "n't", "ca", "n't", "I", "'m"]);
t!(en_hyphens, "the search-engine and e-mail", ["the", "search", "-", "engine", "and", "e-mail"]);
t!(
    latin_in_russian,
    "пишет, что Сами (Sami al-Haj) и дом Christie’s",
    ["пишет", ",", "что", "Сами", "(", "Sami", "al-Haj", ")", "и", "дом", "Christie’s"]
);
t!(cannot, "I cannot go", ["I", "can", "not", "go"]);
t!(
    url_email,
    "см. https://cnews.ru/news, пишите a.b@mail.ru.",
    ["см.", "https://cnews.ru/news", ",", "пишите", "a.b@mail.ru", "."]
);
t!(hashtags, "#сочи @user_1 привет", ["#сочи", "@user_1", "привет"]);
t!(emoji, "Ура😍😍😍 🙏🏻", ["Ура", "😍😍😍", "🙏🏻"]);
t!(cjk, "Инь Юн (尹力)", ["Инь", "Юн", "(", "尹力", ")"]);
t!(stops, "Что?! Да... Нет…", ["Что", "?!", "Да", "...", "Нет", "…"]);
t!(ordinals, "1990-х 3-й 28-го", ["1990-х", "3-й", "28-го"]);
t!(
    ranges,
    "в 2-3 раза, 2007-2008, тел. 853-7906, 212-902-3724, 3-4-х",
    ["в", "2", "-", "3", "раза", ",", "2007", "-", "2008", ",", "тел.", "853-7906", ",", "212-902-3724", ",", "3-4-х"]
);
t!(html, "``Черка&#39;&#39; --", ["``", "Черка", "&#39;&#39;", "--"]);
t!(domain, "Об этом сообщил Лента.ру и CNews.", ["Об", "этом", "сообщил", "Лента.ру", "и", "CNews", "."]);
t!(sentence_end_lower, "конец. начало", ["конец", ".", "начало"]);
t!(accent, "Составно́е число́", ["Составно́е", "число́"]);
t!(emoticon, "ok :) fine :-( так:)))", ["ok", ":)", "fine", ":-(", "так", ":)))"]);
t!(
    hyphens,
    "Ростов-на-Дону, из-за, кто-то, мины-ловушки, e-mail, премьер-министр",
    ["Ростов-на-Дону", ",", "из-за", ",", "кто-то", ",", "мины", "-", "ловушки", ",", "e-mail", ",", "премьер-министр"]
);
t!(call_sign, "6PR и 3AW, 500GB, 9PM", ["6PR", "и", "3AW", ",", "500", "GB", ",", "9", "PM"]);
t!(call_sign_no_amount, "$5BN, 7MN, 5USD", ["$", "5", "BN", ",", "7", "MN", ",", "5", "USD"]);
t!(glued_abbrev, "в соц.сетях 200г, 500GB и 3Com", ["в", "соц.", "сетях", "200", "г", ",", "500", "GB", "и", "3Com"]);
t!(
    glued_words,
    "Чем дело закончилосьСмерть депутата ДИиПП МакЛарен ВымпелКом",
    ["Чем", "дело", "закончилось", "Смерть", "депутата", "ДИиПП", "МакЛарен", "ВымпелКом"]
);
t!(tld, "Gzt.Ru и зона .РФ, конец.", ["Gzt.Ru", "и", "зона", ".РФ", ",", "конец", "."]);
t!(percent, "более 90% и $3", ["более", "90", "%", "и", "$", "3"]);
t!(ya, "Это я. Он", ["Это", "я", ".", "Он"]);

#[test]
fn kinds_and_scripts() {
    let t: Vec<_> = Tokenizer::new().tokens("CNews сообщил 5 %").collect();
    assert_eq!(t[0].script, Script::Latin);
    assert_eq!(t[1].script, Script::Cyrillic);
    assert_eq!(t[2].kind, TokenKind::Number);
    assert_eq!(t[3].kind, TokenKind::Symbol);
}

/// The tokenizer without its fast path: `scan` alone.
fn slow_tokens(text: &str) -> Vec<(usize, usize, TokenKind, Script)> {
    let mut out = Vec::new();
    let mut i = 0;
    let (mut cyr, mut lat) = (0, 0);
    while i < text.len() {
        let ch = char_at(text, i);
        if is_space_char(ch) {
            i += ch.len_utf8();
            continue;
        }
        let (e, kind, scr) = scan(text, i, cyr > lat);
        if kind == TokenKind::Word {
            match script_of(scr) {
                Script::Cyrillic => cyr += 1,
                Script::Latin => lat += 1,
                _ => {}
            }
        }
        out.push((i, e, kind, script_of(scr)));
        i = e;
    }
    out
}

proptest::proptest! {
    #[test]
    fn fast_path_equals_slow_path(s in "[a-zA-Zа-яА-ЯёЁ0-9 .,'’\\-@&_/«»—–…:;!?()\u{a0}\u{301}іґў]{0,40}") {
        let fast: Vec<_> = Tokenizer::new().tokens(&s).map(|t| (t.span.start, t.span.end, t.kind, t.script)).collect();
        proptest::prop_assert_eq!(fast, slow_tokens(&s));
    }
}

#[test]
fn as_str_is_rest() {
    let mut it = Tokenizer::new().tokens("мэр Москвы");
    it.next();
    assert_eq!(it.as_str(), " Москвы");
}
