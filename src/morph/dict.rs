// Stage: morphology. May use: text, lexicon, token.
//! Russian morphology through rumorph (OpenCorpora dictionary, bundled): the features the tagger
//! uses and the normalisation of names to their base form.

use crate::text::{is_acronym, is_cyrillic};
use std::fmt;

use rumorph::{Analysis, Dictionary};

/// A compact summary of a word's most probable analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MorphInfo {
    /// UD part of speech, abbreviated to a small code ("N", "PN", "A", "V", …); "" when unknown.
    pub pos: &'static str,
    /// Case of the best analysis ("Nom", "Gen", …) or "".
    pub case: &'static str,
    /// Name types found in any analysis: bit 0 given name, 1 surname, 2 patronymic, 3 geo.
    pub names: u8,
    /// Known to the dictionary (not guessed).
    pub known: bool,
}

/// The bundled dictionary, loaded once per analyzer (a few milliseconds).
pub struct Morph {
    dict: Dictionary,
}

impl fmt::Debug for Morph {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Morph { rumorph bundled dictionary }")
    }
}

fn intern_pos(pos: &str) -> &'static str {
    match pos {
        "NOUN" => "N",
        "PROPN" => "PN",
        "ADJ" => "A",
        "VERB" => "V",
        "ADP" => "P",
        "ADV" => "R",
        "CCONJ" | "SCONJ" => "C",
        "NUM" => "D",
        "PRON" | "DET" => "O",
        "PART" => "T",
        _ => "X",
    }
}

fn intern_case(case: &str) -> &'static str {
    match case {
        "Nom" => "Nom",
        "Gen" => "Gen",
        "Dat" => "Dat",
        "Acc" => "Acc",
        "Ins" => "Ins",
        "Loc" => "Loc",
        _ => "",
    }
}

/// See [`Morph::head_noun`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct HeadNoun {
    /// UD case: `Nom`, `Gen`, … (empty when unknown).
    pub case: &'static str,
    /// Plural («музыканты», «министров»).
    pub plural: bool,
    /// Feminine («певица»; not «президент», said of women too).
    pub feminine: bool,
}

impl Default for Morph {
    fn default() -> Self {
        Morph::new()
    }
}

impl Morph {
    /// Loads the bundled dictionary.
    pub fn new() -> Morph {
        // The bundled dictionary is part of the crate; failing to read it is a build defect.
        Morph { dict: crate::lexicon::russian_dictionary().clone() }
    }

    /// Features of a Cyrillic word (other words get the default).
    pub(crate) fn info(&self, word: &str) -> MorphInfo {
        self.info_lemma(word).0
    }

    /// The lemma of the most probable analysis of a Cyrillic word.
    pub fn lemma(&self, word: &str) -> Option<String> {
        self.dict.analyze(word).first().map(|a| a.lemma.clone())
    }

    /// Features and the lemma of the most probable analysis, from one dictionary look-up.
    pub(crate) fn info_lemma(&self, word: &str) -> (MorphInfo, Option<String>) {
        let analyses = self.dict.analyze(word);
        let Some(best) = analyses.first() else { return (MorphInfo::default(), None) };
        let mut info = MorphInfo::default();
        if let Some(tag) = self.dict.ud_tag(best.ud) {
            info.pos = intern_pos(tag.pos());
            info.case = tag.feat("Case").map_or("", intern_case);
        }
        info.known = !matches!(best.source, rumorph::Source::Guess);
        for a in analyses.iter().take(6) {
            if let Some(tag) = self.dict.ud_tag(a.ud) {
                info.names |= match tag.feat("NameType") {
                    Some("Giv") => 1,
                    Some("Sur") => 2,
                    Some("Pat") => 4,
                    Some("Geo") => 8,
                    _ => 0,
                };
            }
        }
        (info, Some(best.lemma.clone()))
    }

    /// Readings of a word with the grammatical values normalisation needs.
    fn readings(&self, word: &str) -> Vec<Reading> {
        self.dict
            .analyze(word)
            .into_iter()
            .take(12)
            .filter_map(|a| {
                let t = self.dict.ud_tag(a.ud)?;
                // Participles agree like adjectives: «Соединённого Королевства».
                let pos = if t.feat("VerbForm") == Some("Part") { "A" } else { intern_pos(t.pos()) };
                Some(Reading {
                    pos,
                    case: t.feat("Case").map_or("", intern_case),
                    plural: t.feat("Number") == Some("Plur"),
                    gender: match t.feat("Gender") {
                        Some("Masc") => "Masc",
                        Some("Fem") => "Fem",
                        Some("Neut") => "Neut",
                        _ => "",
                    },
                    name: t.feat("NameType").is_some(),
                    guessed: matches!(a.source, rumorph::Source::Guess),
                    prob: a.prob,
                    analysis: a,
                })
            })
            .collect()
    }

    /// `reading` in the nominative (keeping its number; adjectives take `gender` in the
    /// singular), with the capitalisation of `word`; `word` itself when it already is one.
    fn nominative(&self, word: &str, r: &Reading, gender: &str) -> String {
        if r.case == "Nom" || r.case.is_empty() {
            return word.to_string();
        }
        let number = if r.plural { "Plur" } else { "Sing" };
        let mut feats = vec![("Case", "Nom"), ("Number", number)];
        if r.pos == "A" && !r.plural && !gender.is_empty() {
            feats.push(("Gender", gender));
        }
        match self.dict.inflect(&r.analysis, &feats) {
            Some(x) => match_case(word, &x.word),
            None => word.to_string(),
        }
    }

    /// The first noun of a phrase, by its most probable reading («61-летняя певица» → a
    /// singular nominative feminine noun): what a position says of its holder.
    pub(crate) fn head_noun(&self, tokens: &[crate::token::Token<'_>]) -> Option<HeadNoun> {
        tokens.iter().filter(|t| t.kind == crate::token::TokenKind::Word).find_map(|t| {
            let analyses = self.dict.analyze(&t.text.to_lowercase());
            let tag = analyses.first().and_then(|a| self.dict.ud_tag(a.ud))?;
            (tag.pos() == "NOUN").then(|| HeadNoun {
                case: tag.feat("Case").map_or("", intern_case),
                plural: tag.feat("Number") == Some("Plur"),
                feminine: tag.feat("Gender") == Some("Fem"),
            })
        })
    }

    /// Can a word be a genitive («Мали», indeclinable, as well as «Москвы»)?
    pub(crate) fn can_be_genitive(&self, word: &str) -> bool {
        self.can_be_case(word, &["Gen"])
    }

    /// The cases `word` can be in, as bits (nominative 1, genitive 2, dative 4, accusative 8,
    /// instrumental 16, locative 32, other 64); 0 when the dictionary gives none.
    pub(crate) fn cases(&self, word: &str) -> u8 {
        self.dict.analyze(word).iter().take(12).fold(0, |bits, a| {
            bits | self.dict.ud_tag(a.ud).and_then(|t| t.feat("Case")).map_or(0, |c| match c {
                "Nom" => 1,
                "Gen" => 2,
                "Dat" => 4,
                "Acc" => 8,
                "Ins" => 16,
                "Loc" => 32,
                _ => 64,
            })
        })
    }

    /// Can a word be in one of `cases` («делами» can be an instrumental)?
    pub(crate) fn can_be_case(&self, word: &str, cases: &[&str]) -> bool {
        self.dict
            .analyze(word)
            .iter()
            .take(12)
            .any(|a| self.dict.ud_tag(a.ud).is_some_and(|t| t.feat("Case").is_some_and(|c| cases.contains(&c))))
    }

    /// Is a word a man's first name and no woman's («Сергей»)?
    pub(crate) fn is_masculine_given_name(&self, word: &str) -> bool {
        let mut masc = false;
        for a in self.dict.analyze(word).iter().take(8) {
            let Some(tag) = self.dict.ud_tag(a.ud) else { continue };
            if tag.feat("NameType") == Some("Giv") {
                match tag.feat("Gender") {
                    Some("Masc") => masc = true,
                    Some("Fem") => return false,
                    _ => {}
                }
            }
        }
        masc
    }

    /// Is the most probable reading of a lower-case word a verb or a short adjective or
    /// participle («известил», «здоров», «назначен»)?
    pub(crate) fn is_predicate(&self, word: &str) -> bool {
        if !word.chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
        let analyses = self.dict.analyze(word);
        let Some(t) = analyses.first().and_then(|a| self.dict.ud_tag(a.ud)) else { return false };
        matches!(t.pos(), "VERB" | "AUX") || t.feat("Variant") == Some("Short")
    }

    /// The gender a word right after a name shows about that name: a singular past verb or
    /// short participle («Асия Биби была оправдана» → "Fem", «заявил» → "Masc"); `None` when
    /// the word does not tell (or its readings disagree).
    pub(crate) fn predicate_gender(&self, word: &str) -> Option<&'static str> {
        if !word.chars().next().is_some_and(char::is_lowercase) {
            return None;
        }
        let mut gender = None;
        for a in self.dict.analyze(word).iter().take(8) {
            if matches!(a.source, rumorph::Source::Guess) {
                return None;
            }
            let t = self.dict.ud_tag(a.ud)?;
            let predicate = (matches!(t.pos(), "VERB" | "AUX") && t.feat("Tense") == Some("Past"))
                || t.feat("Variant") == Some("Short");
            let g = match t.feat("Gender") {
                Some("Fem") if predicate && t.feat("Number") != Some("Plur") => "Fem",
                Some("Masc") if predicate && t.feat("Number") != Some("Plur") => "Masc",
                _ => return None,
            };
            if gender.is_some_and(|x| x != g) {
                return None;
            }
            gender = Some(g);
        }
        gender
    }

    /// A person's name in the nominative: «Максима Ликсутова» → «Максим Ликсутов», «Сергея
    /// Скрипаля» → «Сергей Скрипаль». The words of one name share a case and a gender: both
    /// are voted by the words' singular name readings (dictionary readings weigh more than
    /// guesses), and every word is read in that case.
    ///
    /// `known_gender` is the person's gender when the document shows it (see
    /// [`Morph::predicate_gender`]): then a woman's name the dictionary knows only as a man's
    /// «-ий» («Асии», «Асию» read as forms of «Асий») takes the feminine «-ия».
    pub(crate) fn normalize_person(&self, words: &[&str], known_gender: Option<&'static str>) -> String {
        // Initials tell neither case nor gender and stay as they are: «А. С. Пушкину».
        let all: Vec<Vec<Reading>> =
            words.iter().map(|w| if is_initial(w) { Vec::new() } else { self.readings(w) }).collect();
        let mut cases: Vec<(&'static str, f64)> = Vec::new();
        let mut genders = [0.0f64; 2];
        for rs in &all {
            for r in rs.iter().filter(|r| r.name && !r.plural) {
                let w = if r.guessed { 0.3 } else { 1.0 } * r.prob.max(0.05);
                match cases.iter_mut().find(|c| c.0 == r.case) {
                    Some(c) => c.1 += w,
                    None => cases.push((r.case, w)),
                }
                match r.gender {
                    "Masc" => genders[0] += w,
                    "Fem" => genders[1] += w,
                    _ => {}
                }
            }
        }
        // «Асии», «Асией»: a man's name in «-ий» reads so only in the locative («об Асии»), a
        // woman's in «-ия» (which the dictionary may lack) in three cases, or only («-ией»).
        for (w, rs) in words.iter().zip(&all) {
            let low = w.to_lowercase();
            if (low.ends_with("ии") || low.ends_with("ией")) && self.feminine_ija(w, rs).is_some() {
                genders[1] +=
                    2.0 * rs.iter().filter(|r| r.name && r.gender == "Masc").map(|r| r.prob.max(0.05)).sum::<f64>();
            }
        }
        let gender = known_gender.unwrap_or(if genders[1] > genders[0] { "Fem" } else { "Masc" });
        // The case most words can be read in (then the best voted): «Ангелы Меркель» is a
        // genitive, since «Ангелы» has no nominative singular reading.
        let fitting = |case: &str| {
            all.iter()
                .filter(|rs| rs.iter().any(|r| !r.plural && r.case == case && matches!(r.pos, "N" | "PN")))
                .count()
        };
        let case = cases
            .iter()
            .max_by(|a, b| fitting(a.0).cmp(&fitting(b.0)).then(a.1.total_cmp(&b.1)))
            .map_or("Nom", |c| c.0);
        let out: Vec<String> = words
            .iter()
            .zip(&all)
            .map(|(w, rs)| {
                if is_acronym(w) || !w.chars().any(is_cyrillic) || is_initial(w) {
                    return w.to_string();
                }
                if gender == "Fem"
                    && let Some(form) = self.feminine_ija(w, rs)
                {
                    return form;
                }
                // A woman's unknown surname ending in a consonant or «ь» does not decline
                // («Юлии Скрипаль», «Ковитиди»): guesses that would inflect it do not fit.
                let declines = |r: &Reading| {
                    gender != "Fem"
                        || !r.guessed
                        || r.analysis.lemma.ends_with(['а', 'я', 'о', 'е', 'и', 'у', 'ы', 'э', 'ю'])
                };
                let fits = |r: &&Reading| {
                    !r.plural && r.case == case && (r.gender.is_empty() || r.gender == gender) && declines(r)
                };
                // A name reading first, else a noun («Хана» → «Хан»); with the gender known from
                // the document, a name reading of the other gender («Мишель Обамы»: the
                // dictionary's «Обама» is a man).
                match rs
                    .iter()
                    .filter(|r| r.name)
                    .find(fits)
                    .or_else(|| rs.iter().filter(|r| r.pos == "N").find(fits))
                    .or_else(|| {
                        known_gender?;
                        rs.iter().filter(|r| r.name).find(|r| !r.plural && r.case == case && declines(r))
                    }) {
                    Some(r) => self.nominative(w, r, gender),
                    None => w.to_string(),
                }
            })
            .collect();
        out.join(" ")
    }

    /// «Асия» for «Асии», «Асию», «Асией», «Асие», «Асия» when the dictionary reads the word
    /// only as a masculine «-ий» name (no feminine name reading at all).
    fn feminine_ija(&self, word: &str, rs: &[Reading]) -> Option<String> {
        if rs.iter().any(|r| r.name && r.gender == "Fem") {
            return None;
        }
        let lemma = rs.iter().find(|r| r.name && r.gender == "Masc")?.analysis.lemma.as_str();
        let stem = lemma.strip_suffix("ий")?;
        let low = word.to_lowercase();
        let ending = low.strip_prefix(stem)?;
        matches!(ending, "ия" | "ии" | "ию" | "ией" | "ие").then(|| match_case(word, &format!("{stem}ия")))
    }

    /// An organisation, place or position in its base form: the head noun and the adjectives
    /// before it in the nominative, in the case they agree on; what follows the head stays as
    /// written: «мэрии Москвы» → «мэрия Москвы», «Верховного суда Пакистана» → «Верховный суд
    /// Пакистана», «Нидерландах» → «Нидерланды». Guessed nouns (unknown names) stay as written.
    pub(crate) fn normalize_phrase(&self, words: &[&str]) -> String {
        let all: Vec<Vec<Reading>> = words.iter().map(|w| self.readings(w)).collect();
        // The head: the first word whose best reading is a noun; adjectives may precede it.
        let Some(head) = (0..words.len()).find(|&k| all[k].first().is_some_and(|r| matches!(r.pos, "N" | "PN"))) else {
            return words.join(" ");
        };
        if (0..head).any(|k| !all[k].iter().any(|r| r.pos == "A")) {
            return words.join(" ");
        }
        // The case (and number) the head and its adjectives agree on, by probability.
        let mut best: Option<(&Reading, f64)> = None;
        for r in all[head].iter().filter(|r| matches!(r.pos, "N" | "PN") && !r.case.is_empty()) {
            let agree =
                (0..head).all(|k| all[k].iter().any(|a| a.pos == "A" && a.case == r.case && a.plural == r.plural));
            if !agree {
                continue;
            }
            let score = r.prob + if r.name { 0.2 } else { 0.0 };
            if best.is_none_or(|b| score > b.1) {
                best = Some((r, score));
            }
        }
        let Some((h, _)) = best else { return words.join(" ") };
        // An unknown noun is inflected only when the guess is confident and looks inflected
        // («Лахоре» → «Лахор»), not short foreign names («Блю», «Энжи»).
        let confident_guess = h.prob >= 0.5 && words[head].chars().count() >= 5;
        if (h.guessed && !confident_guess) || h.case == "Nom" {
            return words.join(" ");
        }
        let mut out: Vec<String> = Vec::with_capacity(words.len());
        for k in 0..head {
            let adj = all[k].iter().find(|a| a.pos == "A" && a.case == h.case && a.plural == h.plural);
            out.push(match adj {
                Some(a) if !is_acronym(words[k]) => self.nominative(words[k], a, h.gender),
                _ => words[k].to_string(),
            });
        }
        out.push(if is_acronym(words[head]) {
            words[head].to_string()
        } else {
            self.nominative(words[head], h, h.gender)
        });
        out.extend(words[head + 1..].iter().map(|w| w.to_string()));
        out.join(" ")
    }
}

/// One reading of a word.
struct Reading {
    pos: &'static str,
    case: &'static str,
    plural: bool,
    gender: &'static str,
    name: bool,
    guessed: bool,
    prob: f64,
    analysis: Analysis,
}

/// An initial, or initials: a capital alone, or one to three letters led by a capital, with
/// periods («А.», «Дж.», «Б.В.»).
pub(crate) fn is_initial(w: &str) -> bool {
    // (Cheapest tests first: it is asked of every word of every name.)
    w.chars().next().is_some_and(char::is_uppercase)
        && (w.chars().nth(1).is_none()
            || w.contains('.')
                && w.chars().all(|c| c == '.' || c.is_alphabetic())
                && w.chars().filter(|&c| c != '.').count() <= 3)
}

/// Gives `form` (lower-case from the dictionary) the capitalisation of `like`.
fn match_case(like: &str, form: &str) -> String {
    let upper = like.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && like.chars().count() > 1;
    if upper {
        return form.to_uppercase();
    }
    let mut out = String::with_capacity(form.len());
    let mut like_chars = like.chars();
    for c in form.chars() {
        match like_chars.next() {
            Some(l) if l.is_uppercase() => out.extend(c.to_uppercase()),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_phrases() {
        let m = Morph::new();
        assert_eq!(m.normalize_person(&["Максима", "Ликсутова"], None), "Максим Ликсутов");
        assert_eq!(m.normalize_person(&["Сергея", "Собянина"], None), "Сергей Собянин");
        assert_eq!(m.normalize_phrase(&["мэрии", "Москвы"]), "мэрия Москвы");
        assert_eq!(m.normalize_phrase(&["Российской", "Федерации"]), "Российская Федерация");
        assert!(m.info("Собянина").names & 2 != 0);
    }

    #[test]
    fn gender_of_a_predicate() {
        let m = Morph::new();
        assert_eq!(m.predicate_gender("была"), Some("Fem"));
        assert_eq!(m.predicate_gender("освобождена"), Some("Fem"));
        assert_eq!(m.predicate_gender("заявил"), Some("Masc"));
        assert_eq!(m.predicate_gender("заявили"), None);
        assert_eq!(m.predicate_gender("Была"), None);
        assert_eq!(m.predicate_gender("министр"), None);
    }

    #[test]
    fn known_gender_feminises_only_unknown_women() {
        let m = Morph::new();
        // The dictionary knows «Асия» only as a form of the man's name «Асий»; «Асии» reads so
        // only in the locative, so without a gender from the document it is a woman's.
        assert_eq!(m.normalize_person(&["Асии", "Биби"], None), "Асия Биби");
        assert_eq!(m.normalize_person(&["Асии", "Биби"], Some("Fem")), "Асия Биби");
        assert_eq!(m.normalize_person(&["Асию"], Some("Fem")), "Асия");
        // «Асию» is a man's dative as often as a woman's accusative: the document must tell.
        assert_eq!(m.normalize_person(&["Асию", "Биби"], None), "Асий Биби");
        // A man's surname outweighs it: «о Дмитрии Медведеве».
        assert_eq!(m.normalize_person(&["Дмитрии", "Медведеве"], None), "Дмитрий Медведев");
        // A woman's unknown surname in «ь» does not decline; known women stay as they are.
        assert_eq!(m.normalize_person(&["Юлии", "Скрипаль"], Some("Fem")), "Юлия Скрипаль");
        assert_eq!(m.normalize_person(&["Марии", "Ивановой"], Some("Fem")), "Мария Иванова");
    }
}
