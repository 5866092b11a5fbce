//! Russian morphology through rumorph (OpenCorpora dictionary, bundled): the features the tagger
//! uses and the normalisation of names to their base form.

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

impl Default for Morph {
    fn default() -> Self {
        Morph::new()
    }
}

impl Morph {
    /// Loads the bundled dictionary.
    pub fn new() -> Morph {
        // The bundled dictionary is part of the crate; failing to read it is a build defect.
        Morph { dict: Dictionary::bundled().expect("rumorph bundled dictionary") }
    }

    /// Features of a Cyrillic word (other words get the default).
    pub(crate) fn info(&self, word: &str) -> MorphInfo {
        self.info_lemma(word).0
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

    /// The analyses of `word`.
    fn analyses(&self, word: &str) -> Vec<Analysis> {
        self.dict.analyze(word)
    }

    /// A person's name in the nominative: «Максима Ликсутова» → «Максим Ликсутов», «Сергея
    /// Собянина» → «Сергей Собянин». The gender is the one the words' singular name readings
    /// agree on; a word that is already a nominative stays as written.
    pub(crate) fn normalize_person(&self, words: &[&str]) -> String {
        let mut votes = [0.0f64; 2]; // masc, fem
        for w in words {
            for a in self.analyses(w).iter().take(8) {
                if let Some(tag) = self.dict.ud_tag(a.ud)
                    && tag.feat("NameType").is_some()
                    && tag.feat("Number") != Some("Plur")
                {
                    match tag.feat("Gender") {
                        Some("Masc") => votes[0] += a.prob,
                        Some("Fem") => votes[1] += a.prob,
                        _ => {}
                    }
                }
            }
        }
        let gender = if votes[1] > votes[0] { "Fem" } else { "Masc" };
        let out: Vec<String> = words.iter().map(|w| self.to_nominative(w, Some(gender), true)).collect();
        out.join(" ")
    }

    /// A word in the nominative singular, keeping its capitalisation; unchanged when the
    /// dictionary has no better idea. With `name_only`, only name-like analyses are used.
    pub(crate) fn to_nominative(&self, word: &str, gender: Option<&str>, name_only: bool) -> String {
        if !word.chars().any(|c| matches!(c, 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё')) {
            return word.to_string();
        }
        let analyses = self.analyses(word);
        // Already a nominative singular in a reading of the right gender: keep it.
        let nominative = |any_gender: bool| {
            analyses.iter().any(|a| {
                self.dict.ud_tag(a.ud).is_some_and(|t| {
                    t.feat("Case") == Some("Nom")
                        && t.feat("Number") != Some("Plur")
                        && (!name_only || t.feat("NameType").is_some() || t.pos() == "PROPN")
                        && (any_gender || gender.is_none_or(|g| t.feat("Gender").is_none_or(|x| x == g)))
                })
            })
        };
        if nominative(false) {
            return word.to_string();
        }
        // A person is one: plural readings of a name («Ликсутов» as genitive plural of a guessed
        // «Ликсут») are ignored, and a name with no singular reading stays as written.
        let pick = analyses.iter().find(|a| {
            self.dict.ud_tag(a.ud).is_some_and(|t| {
                (!name_only || (t.feat("NameType").is_some() || t.pos() == "PROPN") && t.feat("Number") != Some("Plur"))
                    && gender.is_none_or(|g| t.feat("Gender").is_none_or(|x| x == g))
            })
        });
        // No oblique reading of the right gender: a nominative of another gender, or as written.
        if pick.is_none() && (name_only || nominative(true)) {
            return word.to_string();
        }
        let Some(a) = pick.or(analyses.first()) else { return word.to_string() };
        let Some(tag) = self.dict.ud_tag(a.ud) else { return word.to_string() };
        if tag.feat("Case") == Some("Nom") && tag.feat("Number") != Some("Plur") {
            return word.to_string();
        }
        let mut feats = vec![("Case", "Nom"), ("Number", "Sing")];
        if let Some(g) = gender.filter(|_| tag.pos() == "ADJ") {
            feats.push(("Gender", g));
        }
        match self.dict.inflect(a, &feats) {
            Some(x) => match_case(word, &x.word),
            None => word.to_string(),
        }
    }

    /// An organisation or place in its base form: the head noun (and the adjectives before it)
    /// in the nominative, the rest as written: «мэрии Москвы» → «мэрия Москвы», «Российской
    /// Федерации» → «Российская Федерация».
    pub(crate) fn normalize_phrase(&self, words: &[&str]) -> String {
        // Inflect the leading adjectives and the first noun; keep what follows the head.
        let mut out = Vec::with_capacity(words.len());
        let mut head_done = false;
        let mut head_gender: Option<&'static str> = None;
        // Find the head first, to agree adjectives in gender.
        for w in words {
            let a = self.analyses(w);
            if let Some(t) = a.first().and_then(|a| self.dict.ud_tag(a.ud))
                && matches!(t.pos(), "NOUN" | "PROPN")
            {
                head_gender = match t.feat("Gender") {
                    Some("Masc") => Some("Masc"),
                    Some("Fem") => Some("Fem"),
                    Some("Neut") => Some("Neut"),
                    _ => None,
                };
                break;
            }
        }
        for w in words {
            if head_done || !w.chars().any(char::is_alphabetic) {
                out.push(w.to_string());
                continue;
            }
            let pos = self.analyses(w).first().and_then(|a| self.dict.ud_tag(a.ud)).map_or("X", |t| t.pos());
            match pos {
                "ADJ" => out.push(self.to_nominative(w, head_gender, false)),
                "NOUN" | "PROPN" => {
                    out.push(self.to_nominative(w, None, false));
                    head_done = true;
                }
                _ => {
                    out.push(w.to_string());
                    head_done = true;
                }
            }
        }
        out.join(" ")
    }
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
        assert_eq!(m.normalize_person(&["Максима", "Ликсутова"]), "Максим Ликсутов");
        assert_eq!(m.normalize_person(&["Сергея", "Собянина"]), "Сергей Собянин");
        assert_eq!(m.normalize_phrase(&["мэрии", "Москвы"]), "мэрия Москвы");
        assert_eq!(m.normalize_phrase(&["Российской", "Федерации"]), "Российская Федерация");
        assert!(m.info("Собянина").names & 2 != 0);
    }
}
