// Stage: resolution, over the whole document. May use: text, lexicon, token, ner.
//! Clusters: the mentions of one person, organisation, place or position in a document grouped
//! into one thing — «Антон Силуанов» with «Силуанова» and «А. Силуанов», «ROTTERDAM» with
//! «Rotterdam», «Департамент инвестиционной и промышленной политики (ДИиПП)» with later «ДИиПП».

use std::collections::HashMap as StdMap;
use std::hash::BuildHasherDefault;

use serde::{Deserialize, Serialize};

use crate::lexicon::lexicon;
use crate::ner::{Entity, EntityKind};
use crate::text::hash::Hasher;
use crate::text::lowercase;
use crate::token::Token;

// Other names of one place or organisation: «РФ» → «россия», "U.S." → "united states".
lexicon!(ALIASES: map, "aliases.tsv");

/// One thing the document speaks of: the indices of its mentions in
/// [`Analysis::entities`](crate::Analysis::entities), in text order, and its fullest name.
///
/// ```
/// use pressa::Analyzer;
/// let doc = Analyzer::new().analyze("Министр финансов Антон Силуанов выступил в Москве. Силуанов заявил, что Москва готова.");
/// let c = &doc.clusters[doc.entities.iter().find(|e| e.norm == "Силуанов").unwrap().cluster];
/// assert_eq!(c.name, "Антон Силуанов");
/// assert_eq!(c.count, 2);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cluster {
    /// Its index in [`Analysis::clusters`](crate::Analysis::clusters); clusters are ordered by
    /// first mention.
    pub id: usize,
    /// The type its mentions share.
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// The fullest base form among its mentions.
    pub name: String,
    /// Indices of its mentions among the entities, in text order.
    pub mentions: Vec<usize>,
    /// How many mentions.
    pub count: usize,
}

/// A hash map with the crate's FNV hasher: the keys are short names and indices.
type HashMap<K, V> = StdMap<K, V, BuildHasherDefault<Hasher>>;

/// A disjoint-set forest over entity indices.
struct Sets(Vec<usize>);

impl Sets {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }

    /// Joins the sets of `a` and `b`; the earlier mention stays the root.
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.0[hi] = lo;
    }
}

/// The comparison key of a base form: lower case, «ё» as «е», quotes and a possessive «'s» gone.
fn key(norm: &str) -> String {
    let mut out: String =
        lowercase(norm.trim()).chars().filter(|c| !matches!(c, '«' | '»' | '"' | '“' | '”' | '„')).collect();
    if let Some(cut) = out.strip_suffix("'s").or_else(|| out.strip_suffix("’s")).map(str::len) {
        out.truncate(cut);
    }
    out
}

/// Organisations and places: names that may stand for one another.
fn is_named(kind: EntityKind) -> bool {
    matches!(kind, EntityKind::Organization | EntityKind::Location)
}

/// A person's name as the clustering reads it: surname key and given name (or initial) key.
struct PersonName {
    last: String,
    first: Option<String>,
}

impl PersonName {
    /// The name of a person whose base form has comparison key `key`.
    fn of(key: &str) -> PersonName {
        let mut words = key.split_whitespace();
        let given = words.next().unwrap_or_default();
        match words.next_back() {
            Some(last) => PersonName { last: last.to_string(), first: Some(given.trim_end_matches('.').to_string()) },
            None => PersonName { last: given.to_string(), first: None },
        }
    }

    /// An initial («с») or a given name («сергей»).
    fn is_initial(first: &str) -> bool {
        first.chars().count() == 1
    }

    /// Can `a` and `b` be the given names of one person: equal, or one an initial of the other?
    /// Names that differ in a last letter left by inflection («сулим» / «сулима») fit too.
    fn given_fit(a: &str, b: &str) -> bool {
        let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
        let (na, nb) = (a.chars().count(), b.chars().count());
        a == b
            || (Self::is_initial(a) && b.starts_with(a))
            || (Self::is_initial(b) && a.starts_with(b))
            || (common >= 4 && na.max(nb) - common <= 1)
    }
}

/// Groups `entities` (sorted by start) into clusters, sets each entity's `cluster`, and returns
/// the clusters ordered by first mention.
pub(crate) fn cluster(tokens: &[Token<'_>], entities: &mut [Entity]) -> Vec<Cluster> {
    let mut sets = Sets((0..entities.len()).collect());
    let keys: Vec<String> = entities.iter().map(|e| key(&e.norm)).collect();
    // Places and organisations (one key, or its alias, one thing), positions by their key.
    let mut first_of: HashMap<(bool, &str), usize> = HashMap::default();
    for (i, e) in entities.iter().enumerate().filter(|(_, e)| e.kind != EntityKind::Person) {
        let named = is_named(e.kind);
        let k = if named { ALIASES.get(&keys[i]).unwrap_or(&keys[i]) } else { &keys[i] };
        let root = *first_of.entry((named, k)).or_insert(i);
        sets.union(root, i);
    }
    persons(entities, &keys, &mut sets);
    acronyms(tokens, entities, &keys, &mut sets);
    spelled_acronyms(entities, &keys, &mut sets);
    descriptors(entities, &keys, &mut sets);
    // Number the sets by first mention.
    let mut id_of: HashMap<usize, usize> = HashMap::default();
    let mut out: Vec<Cluster> = Vec::new();
    for (i, e) in entities.iter_mut().enumerate() {
        let root = sets.find(i);
        let id = *id_of.entry(root).or_insert_with(|| {
            out.push(Cluster { id: out.len(), kind: e.kind, name: String::new(), mentions: Vec::new(), count: 0 });
            out.len() - 1
        });
        e.cluster = id;
        out[id].mentions.push(i);
    }
    for c in &mut out {
        c.count = c.mentions.len();
        // The type most of its mentions have (the first of equals).
        let mut votes: Vec<(EntityKind, usize)> = Vec::new();
        for &i in &c.mentions {
            match votes.iter_mut().find(|v| v.0 == entities[i].kind) {
                Some(v) => v.1 += 1,
                None => votes.push((entities[i].kind, 1)),
            }
        }
        c.kind = votes.iter().fold(votes[0], |best, &v| if v.1 > best.1 { v } else { best }).0;
        // Most words, then most letters; the first of equals.
        let size = |n: &str| (n.split_whitespace().count(), n.chars().count());
        let mut fullest = "";
        for n in c.mentions.iter().map(|&i| entities[i].norm.as_str()) {
            if fullest.is_empty() || size(n) > size(fullest) {
                fullest = n;
            }
        }
        c.name = fullest.to_string();
    }
    out
}

/// Persons: full names with the same surname and a fitting given name are one; a surname alone
/// («Силуанов») or with an initial joins the nearest earlier full name that fits (else the first
/// later one).
fn persons(entities: &[Entity], keys: &[String], sets: &mut Sets) {
    let people: Vec<(usize, PersonName)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Person)
        .map(|(i, _)| (i, PersonName::of(&keys[i])))
        .collect();
    // Full names (given name spelled out) by (surname, given name).
    let mut full: HashMap<(&str, &str), usize> = HashMap::default();
    for (i, n) in &people {
        if let Some(f) = n.first.as_deref().filter(|f| !PersonName::is_initial(f)) {
            let root = *full.entry((n.last.as_str(), f)).or_insert(*i);
            sets.union(root, *i);
        }
    }
    let surnames: std::collections::HashSet<&str, BuildHasherDefault<Hasher>> =
        people.iter().filter(|(_, n)| n.first.is_some()).map(|(_, n)| n.last.as_str()).collect();
    // The full names (as positions in `people`) by surname and by given name's first letters.
    let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_given: HashMap<String, Vec<usize>> = HashMap::default();
    for (pos, (_, n)) in people.iter().enumerate() {
        if let Some(g) = n.first.as_deref().filter(|g| !PersonName::is_initial(g)) {
            by_surname.entry(n.last.as_str()).or_default().push(pos);
            by_given.entry(g.chars().take(4).collect()).or_default().push(pos);
        }
    }
    // Short forms: the nearest fitting full name before, else after; else one per short form.
    let mut short: HashMap<(&str, Option<&str>), usize> = HashMap::default();
    for (pos, (i, n)) in people.iter().enumerate() {
        if n.first.as_deref().is_some_and(|f| !PersonName::is_initial(f)) {
            continue;
        }
        let fits = |m: &PersonName| {
            n.first.as_deref().is_none_or(|f| m.first.as_deref().is_some_and(|g| PersonName::given_fit(f, g)))
        };
        // A given name alone («Виктор») where no full name has it as surname: the full name
        // with that given name.
        let given = |m: &PersonName| {
            n.first.is_none()
                && !surnames.contains(n.last.as_str())
                && m.first.as_deref().is_some_and(|g| PersonName::given_fit(g, &n.last))
        };
        let found =
            by_surname.get(n.last.as_str()).and_then(|b| nearest(b, pos, |q| fits(&people[q].1))).or_else(|| {
                let b = by_given.get(&n.last.chars().take(4).collect::<String>())?;
                nearest(b, pos, |q| given(&people[q].1))
            });
        match found {
            Some(q) => sets.union(*i, people[q].0),
            None => {
                let root = *short.entry((n.last.as_str(), n.first.as_deref())).or_insert(*i);
                sets.union(root, *i);
            }
        }
    }
}

/// The nearest of `bucket` (ascending positions) before `pos` that `ok` accepts, else the nearest
/// after; a bounded number of tries each way, so that a document of many namesakes stays linear.
fn nearest(bucket: &[usize], pos: usize, ok: impl Fn(usize) -> bool) -> Option<usize> {
    const TRIES: usize = 16;
    let at = bucket.partition_point(|&q| q < pos);
    let before = bucket[..at].iter().rev().take(TRIES).copied().find(|&q| ok(q));
    before.or_else(|| bucket[at..].iter().take(TRIES).copied().find(|&q| q != pos && ok(q)))
}

/// An organisation or place followed by a bracketed acronym of its words («Международный
/// валютный фонд (МВФ)», "the International Monetary Fund (IMF)"): the acronym's mentions join it.
fn acronyms(tokens: &[Token<'_>], entities: &[Entity], keys: &[String], sets: &mut Sets) {
    // The first mention of each key (mentions of one key are already one).
    let mut by_key: HashMap<&str, usize> = HashMap::default();
    for (i, e) in entities.iter().enumerate() {
        if is_named(e.kind) {
            by_key.entry(keys[i].as_str()).or_insert(i);
        }
    }
    for (i, e) in entities.iter().enumerate() {
        if !is_named(e.kind) {
            continue;
        }
        let end = e.tokens.end;
        let (Some(open), Some(word), Some(close)) = (tokens.get(end), tokens.get(end + 1), tokens.get(end + 2)) else {
            continue;
        };
        if open.text != "(" || close.text != ")" || !is_acronym(word.text) {
            continue;
        }
        let words: Vec<&str> = tokens[e.tokens.clone()].iter().filter(|t| t.is_word()).map(|t| t.text).collect();
        if !spells(word.text, &words) {
            continue;
        }
        if let Some(&j) = by_key.get(key(word.text).as_str()) {
            sets.union(i, j);
        }
    }
}

/// Initials of a name's words as an acronym would spell them: of every word, and of the words
/// longer than three letters; hyphenated parts count as words ("Hewlett-Packard" → "hp").
fn initials(key: &str) -> [String; 2] {
    let words: Vec<&str> = key.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let first = |w: &&str| w.chars().next();
    [
        words.iter().filter_map(first).collect(),
        words.iter().filter(|w| w.chars().count() > 3).filter_map(first).collect(),
    ]
}

/// An organisation or place of several words and an acronym of them elsewhere in the text
/// («Организация по безопасности и сотрудничеству в Европе» … «ОБСЕ») are one.
fn spelled_acronyms(entities: &[Entity], keys: &[String], sets: &mut Sets) {
    let mut spelled: HashMap<String, usize> = HashMap::default();
    for (i, _) in entities.iter().enumerate().filter(|(_, e)| is_named(e.kind)) {
        if keys[i].contains([' ', '-']) {
            for a in initials(&keys[i]).into_iter().filter(|a| a.chars().count() >= 2) {
                spelled.entry(a).or_insert(i);
            }
        }
    }
    for (i, _) in entities.iter().enumerate().filter(|(_, e)| is_named(e.kind) && is_acronym(&e.norm)) {
        if let Some(&j) = spelled.get(&keys[i]) {
            sets.union(i, j);
        }
    }
}

/// An organisation named with a word that says what it is («социальная сеть Facebook»,
/// «Международная федерация футбола ФИФА») and the organisation named alone are one.
fn descriptors(entities: &[Entity], keys: &[String], sets: &mut Sets) {
    let orgs: HashMap<&str, usize> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Organization)
        .map(|(i, _)| (keys[i].as_str(), i))
        .collect();
    for (i, e) in entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Organization) {
        let words: Vec<&str> = e.norm.split_whitespace().collect();
        // The descriptor: lower-case words (the first may be capitalised).
        let lower = words.iter().skip(1).take_while(|w| w.chars().next().is_some_and(char::is_lowercase)).count();
        // (At most a few words of descriptor, so that a long name costs linear time.)
        for k in 1..=(lower + 1).min(words.len() - 1).min(4) {
            let rest = key(&words[k..].join(" "));
            if let Some(&j) = orgs.get(rest.as_str()) {
                sets.union(i, j);
                break;
            }
        }
    }
}

/// A word of capitals with perhaps a small connective letter: «МВФ», «ДИиПП», "IMF".
fn is_acronym(word: &str) -> bool {
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let lower = word.chars().filter(|c| c.is_lowercase()).count();
    upper >= 2 && word.chars().next().is_some_and(char::is_uppercase) && lower * 2 <= upper
}

/// Does `acronym` spell the initials of `words` in order (words it skips are short function
/// words: «и», "of", "the")? Letters are compared case-blind; «ДИиПП» spells «Департамент
/// инвестиционной и промышленной политики».
fn spells(acronym: &str, words: &[&str]) -> bool {
    let letters: Vec<char> = lowercase(acronym).chars().filter(|c| c.is_alphabetic()).collect();
    let initials: Vec<(char, bool)> = words
        .iter()
        .filter_map(|w| {
            let low = lowercase(w);
            let c = low.chars().next()?;
            Some((c, low.chars().count() <= 3))
        })
        .collect();
    // Every letter matches the next initial; a skipped initial must be of a short word.
    let mut k = 0;
    for &(c, short) in &initials {
        if k < letters.len() && letters[k] == c {
            k += 1;
        } else if !short {
            return false;
        }
    }
    letters.len() >= 2 && k == letters.len()
}

#[cfg(test)]
mod tests {
    use super::spells;
    use crate::Analyzer;

    fn clusters(text: &str) -> Vec<(String, Vec<String>)> {
        let doc = Analyzer::new().analyze(text);
        doc.clusters
            .iter()
            .map(|c| {
                (c.name.clone(), c.mentions.iter().map(|&i| doc.entities[i].span.slice(text).to_string()).collect())
            })
            .collect()
    }

    #[test]
    fn acronyms_spell_their_words() {
        assert!(spells("ДИиПП", &["Департамент", "инвестиционной", "и", "промышленной", "политики"]));
        assert!(spells("IMF", &["International", "Monetary", "Fund"]));
        assert!(spells("МВФ", &["Международный", "валютный", "фонд"]));
        assert!(!spells("ФНС", &["Международный", "валютный", "фонд"]));
        assert!(!spells("I", &["International"]));
    }

    #[test]
    fn a_surname_alone_joins_the_full_name() {
        let got = clusters("Антон Силуанов прибыл в Казань. Силуанов заявил журналистам, что доволен.");
        let person = got.iter().find(|c| c.0 == "Антон Силуанов").expect("the person");
        assert_eq!(person.1, ["Антон Силуанов", "Силуанов"]);
    }

    #[test]
    fn two_people_of_one_surname_stay_two() {
        let got = clusters("Владимир Кличко и Виталий Кличко приехали в Киев. Виталий Кличко выступил.");
        let names: Vec<&str> = got.iter().map(|c| c.0.as_str()).filter(|n| n.contains("Кличко")).collect();
        assert_eq!(names, ["Владимир Кличко", "Виталий Кличко"]);
    }
}
