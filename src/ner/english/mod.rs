// Stage: named entities, sentence by sentence. May use: text, lexicon, token, sentence, lang, morph.
//! English entities by rule, beside the trained tagger (`english_tagger`): positions and the
//! places and organisations they name, runs of capitalised words classified by organisation
//! keywords, position titles, a small gazetteer of places and the shape of personal names.

use super::entity::{Entity, EntityKind};
use std::collections::HashSet;
use std::sync::LazyLock;

use crate::lexicon::lexicon;
use crate::text::Span;
use crate::token::{Token, TokenKind};

// Words that make a capitalised run an organisation.
lexicon!(ORG_WORDS, "en/org_words.txt");
// Position titles; titles of several words are matched word by word.
lexicon!(TITLES, "en/titles.txt");
// Countries, regions and large cities often in the news.
lexicon!(PLACES, "en/places.txt");
// The country of a nationality adjective: «French» → «France».
lexicon!(DEMONYMS: map, "en/demonyms.tsv");
// Words for a kind of organisation a name may follow.
lexicon!(ORG_KINDS, "en/org_kinds.txt");
// The last words of places named by their kind: «street», «square», «river».
lexicon!(STREET_WORDS, "en/street_words.txt");
// Words that end an English position: «captain from Neale Fraser», «, will head».
lexicon!(POSITION_BREAKS, "en/position_breaks.txt");
// The last words of names of events, prizes and works: «World Cup», «Armistice Day».
lexicon!(EVENT_HEADS, "en/event_heads.txt");
// The first words of names of events before «of»: «Battle of Fredericksburg».
lexicon!(EVENT_OPENERS, "en/event_openers.txt");

/// Do these lower-cased words name an event, a prize or a work («World Cup», «Battle of
/// Fredericksburg»), none of a person, an organisation or a place?
pub(super) fn is_event(words: &[std::borrow::Cow<'_, str>]) -> bool {
    let opener = words.len() >= 3 && EVENT_OPENERS.contains(&words[0]) && words[1] == "of";
    opener || words.len() >= 2 && words.last().is_some_and(|w| EVENT_HEADS.contains(w))
}
// Legal forms that end a company's name: «Inc.», «plc».
lexicon!(LEGAL_FORMS, "en/legal_forms.txt");
// Words for kin: «his wife Naina».
lexicon!(KIN, "en/kin.txt");
// Capitalised words that are no names on their own.
lexicon!(STOP, "en/stop.txt");
// Articles and words of tenure: «the», «a», «former».
lexicon!(TENURE_WORDS, "en/tenure_words.txt");

/// An article or a word of tenure («the», «former», «outgoing»), lower-cased: it opens no name
/// («Former U.S. president …») and may stand between a person and a position.
pub(crate) fn is_tenure_word(low: &str) -> bool {
    TENURE_WORDS.contains(low)
}

/// The gazetteer classes of a lower-cased word for the English tagger, as bits: a place, an
/// organisation word, a title, a nationality, a function word, a month or weekday.
pub(super) fn gazetteer(low: &str) -> u64 {
    let bit = |on: bool, k: u32| u64::from(on) << k;
    bit(PLACES.contains(low), 0)
        | bit(ORG_WORDS.contains(low), 1)
        | bit(TITLES.contains(low), 2)
        | bit(DEMONYMS.get(low).is_some(), 3)
        | bit(STOP.contains(low), 4)
        | bit(crate::token::month(low).is_some() || crate::token::weekday(low).is_some(), 5)
}

/// The country of a nationality adjective («German» → Germany, any case), for an official whose
/// position opens with one («German Chancellor»).
pub(crate) fn country_of(word: &str) -> Option<&'static str> {
    DEMONYMS.get(&crate::text::lowercase(word))
}

/// Is this a country (one a nationality names: «Tajikistan», «South Africa») or a place of the
/// English place list? A linear look over the nationalities: for a rule that fires rarely.
pub(crate) fn is_country_or_place(name: &str) -> bool {
    PLACES.contains(&crate::text::lowercase(name))
        || DEMONYMS.iter().any(|(_, country)| country.eq_ignore_ascii_case(name))
}

/// How many tokens the possessive ending right before token `at` takes: 2 for «'» «s» (as in
/// «Poland 's» and «Poland's»), 1 for a lone «'» after a plural («Orioles '») or a token «'s»,
/// 0 for none.
pub(crate) fn possessive_before(tokens: &[Token<'_>], at: usize) -> usize {
    match at {
        2.. if possessive_at(tokens, at - 2) == 2 => 2,
        1.. if possessive_at(tokens, at - 1) > 0 => 1,
        _ => 0,
    }
}

/// How many tokens the possessive ending that starts at token `at` takes: 2 for «'» «s», 1 for a
/// lone «'» or a token «'s», 0 for none (the mirror of [`possessive_before`]).
pub(crate) fn possessive_at(tokens: &[Token<'_>], at: usize) -> usize {
    match tokens.get(at).map(|t| t.text) {
        Some("'" | "’") if tokens.get(at + 1).is_some_and(|t| t.text == "s") => 2,
        Some("'" | "’" | "'s" | "’s") => 1,
        _ => 0,
    }
}

/// «Mr.», «Mrs.», «Ms.», «Dr.», «Sir», «Dame»: a person's name follows (the honorific is not
/// part of it).
pub(super) fn is_honorific(w: &str) -> bool {
    matches!(w, "Mr." | "Mrs." | "Ms." | "Dr." | "Sir" | "Dame")
}

/// A word for kin in lower case («wife», «brother»): a person's name follows.
pub(crate) fn is_kin(w: &str) -> bool {
    KIN.contains(w)
}

/// A word after which a capitalised name is a person's: an honorific («Mr.») or a word for kin
/// («his wife Naina»).
pub(super) fn opens_person(w: &str) -> bool {
    is_honorific(w) || is_kin(w)
}

/// A word of a position's title: «chairman», «minister».
pub(super) fn is_title(low: &str) -> bool {
    TITLES.contains(low)
}

/// A preposition or verb that ends an English position before a name or a title after it: the
/// name is someone else's («captain from Neale Fraser»), the title a verb («, will head»).
pub(crate) fn is_position_break(w: &str) -> bool {
    POSITION_BREAKS.contains(w)
}

/// The plural of a title word: «leaders», «ministers», «chairmen», «deputies».
pub(crate) fn is_plural_title(low: &str) -> bool {
    PLURAL_TITLES.contains(low)
}

/// The plurals of the title words, made once: «-man» → «-men», consonant + «-y» → «-ies»
/// («deputies», but «attorneys»), else «-s» (none for a word ending in «s»).
static PLURAL_TITLES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    TITLES
        .iter()
        .filter_map(|(w, ())| {
            if let Some(stem) = w.strip_suffix("man") {
                Some(format!("{stem}men"))
            } else if let Some(stem) = w.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
                Some(format!("{stem}ies"))
            } else {
                (!w.ends_with('s')).then(|| format!("{w}s"))
            }
        })
        .collect()
});

/// A title word, singular or plural: what opens a lower-case position.
fn is_title_word(low: &str) -> bool {
    TITLES.contains(low) || is_plural_title(low)
}

/// A rank or an honorific written before a name: «Major-General», «General», «Dr.».
pub(crate) fn is_rank(w: &str) -> bool {
    let last = w.rsplit('-').next().unwrap_or(w);
    w.chars().next().is_some_and(char::is_uppercase)
        && (is_honorific(w) || TITLES.contains(&crate::text::lowercase(last)))
}

/// A legal form that ends a company's name: «Inc.», «plc».
pub(crate) fn is_legal_form(low: &str) -> bool {
    LEGAL_FORMS.contains(low)
}

/// The last word of a place named by its kind: «Baker St.», «Tiananmen Square», «Hudson River».
pub(super) fn is_street_word(low: &str) -> bool {
    STREET_WORDS.contains(low)
}

/// Function words, months and weekdays are no names on their own.
pub(super) fn is_stop(w: &str) -> bool {
    STOP.contains(w) || crate::token::month(w).is_some() || crate::token::weekday(w).is_some()
}

fn low<'t>(t: &Token<'t>) -> std::borrow::Cow<'t, str> {
    crate::text::lowercase(t.text)
}

pub(super) fn capitalised(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word && t.text.chars().next().is_some_and(char::is_uppercase)
}

/// Entities of an English sentence.
pub(crate) fn sentence(text: &str, tokens: &[Token<'_>], offset: usize, sentence: usize, out: &mut Vec<Entity>) {
    let mut push = |a: usize, b: usize, kind: EntityKind, out: &mut Vec<Entity>| {
        let span = Span::new(tokens[a].span.start, tokens[b - 1].span.end);
        out.push(Entity {
            span,
            kind,
            norm: span.slice(text).replace('\n', " "),
            sentence,
            tokens: offset + a..offset + b,
            cluster: 0,
        });
    };
    let mut i = 0;
    while i < tokens.len() {
        // Lower-case titles: «chief executive of the Port of Rotterdam Authority».
        if !capitalised(&tokens[i]) {
            if tokens[i].kind == TokenKind::Word && is_title_word(&low(&tokens[i])) && i > 0 {
                let (from, end, j) = lower_case_position(tokens, i);
                push(from, end, EntityKind::Position, out);
                i = j;
                continue;
            }
            i += 1;
            continue;
        }
        // A capitalised run, with «of», «the», «for», «&» inside.
        let start = i;
        let mut j = i;
        let mut joined = false;
        while j < tokens.len() {
            let t = &tokens[j];
            let joiner = matches!(t.text, "of" | "for" | "the" | "de" | "van" | "von")
                && j > start
                && tokens.get(j + 1).is_some_and(|n| capitalised(n) || n.text == "the");
            // «and» between two things an organisation is named for («Organisation for Security
            // and Cooperation in Europe»), not after a title («Minister of Defence and Aviation
            // Prince Sultan»).
            let and = t.text == "and"
                && joins_two_names(tokens, start, j)
                && !tokens[start..j].iter().any(|t| is_title_word(&low(t)));
            joined |= and;
            if joined && capitalised(t) && is_title_word(&low(t)) {
                break;
            }
            if capitalised(t) || (t.text == "&" && j > start) || joiner || and {
                j += 1;
            } else {
                break;
            }
        }
        let mut a = start;
        // Sentence-initial common words and articles are not part of the name, nor an
        // honorific («Sir Anthony Quayle»).
        while a < j && (is_stop(&low(&tokens[a])) || is_tenure_word(&low(&tokens[a])) || is_honorific(tokens[a].text)) {
            a += 1;
        }
        let mut b = j;
        // (Nor a weekday after it: «the network CNBC Friday».)
        let weekday = |k: usize| crate::token::weekday(&low(&tokens[k])).is_some();
        while b > a && (matches!(tokens[b - 1].text, "of" | "for" | "the" | "&") || b - 1 > a && weekday(b - 1)) {
            b -= 1;
        }
        if a < b {
            classify(tokens, a, b, &mut push, out);
        }
        i = j.max(i + 1);
    }
}

/// Is token `k` a lower-case word that is no function word?
fn plain_word(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && !capitalised(t) && !is_stop(&low(t)))
}

/// Is token `k` glued to the one before it?
fn glued(tokens: &[Token<'_>], k: usize) -> bool {
    k > 0 && tokens.get(k).is_some_and(|t| t.span.start == tokens[k - 1].span.end)
}

/// Is token `k` a hyphen glued between two words («vice-president»)?
fn glued_hyphen(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.text == "-") && glued(tokens, k) && glued(tokens, k + 1)
}

/// Whether «and» at `k` goes on with the name of an organisation that began at `run`: one or two
/// capitalised words after its last «of» or «for», the last neither a place, an acronym nor a
/// word that ends an organisation's name, and a capitalised word after «and» that is no acronym
/// and no title («Department of Physics and Astronomy»; not «Council of Europe and NATO», «Port
/// of Rotterdam Authority and Shanghai International Port Group», «Minister of Foreign Affairs
/// Ali Alatas and Minister of Trade»). Callers stop the name at a title after that.
pub(super) fn joins_two_names(tokens: &[Token<'_>], run: usize, k: usize) -> bool {
    let acronym = |t: &Token<'_>| crate::text::is_all_caps(t.text);
    let Some(of) = (run + 1..k).rev().find(|&m| matches!(tokens[m].text, "of" | "for")) else { return false };
    (of + 2..=of + 3).contains(&k)
        && tokens[of + 1..k].iter().all(capitalised)
        && !acronym(&tokens[k - 1])
        && !PLACES.contains(&low(&tokens[k - 1]))
        && !ORG_WORDS.contains(&low(&tokens[k - 1]))
        && !is_legal_form(&low(&tokens[k - 1]))
        && tokens.get(k + 1).is_some_and(|t| capitalised(t) && !acronym(t) && !is_title_word(&low(t)))
}

/// Where the name of an organisation after a title's «of» or «at» ends, from its first token
/// `run` on: capitalised words, with «of», «for», «&» and «the» between them («Organisation of
/// the Islamic Conference») and «and» where [`joins_two_names`] says so («Organisation for
/// Security and Cooperation in Europe»).
fn organisation_run(tokens: &[Token<'_>], run: usize) -> usize {
    let next_capitalised = |k: usize| {
        tokens.get(k).is_some_and(capitalised)
            || tokens.get(k).is_some_and(|t| t.text == "the") && tokens.get(k + 1).is_some_and(capitalised)
    };
    let (mut k, mut joined) = (run, false);
    while k < tokens.len() {
        let t = &tokens[k];
        let and = t.text == "and" && joins_two_names(tokens, run, k);
        joined |= and;
        let goes_on = capitalised(t) && !(joined && is_title_word(&low(t)))
            || matches!(t.text, "of" | "for" | "&") && next_capitalised(k + 1)
            || and
            || t.text == "the"
                && (matches!(tokens[k - 1].text, "of" | "for") || capitalised(&tokens[k - 1]))
                && next_capitalised(k + 1);
        if !goes_on {
            break;
        }
        k += 1;
    }
    k
}

/// A position opened by a lower-case title at token `i`: its tokens `from..end` (the
/// organisation or place named before it and after «of»/«at» included) and where the title words
/// end.
fn lower_case_position(tokens: &[Token<'_>], i: usize) -> (usize, usize, usize) {
    let title = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && is_title_word(&low(t)));
    let plain = |k: usize| plain_word(tokens, k);
    let glued = |k: usize| glued(tokens, k);
    let glued_hyphen = |k: usize| glued_hyphen(tokens, k);
    // Token `k` glued to the one before it, in a chain of glued tokens that ends in a title
    // word: «commander-in-chief».
    let glued_to_title = |k: usize| {
        let mut m = k;
        while m < k + 4 && glued(m + 1) {
            m += 1;
        }
        glued(k) && m > k && title(m)
    };
    let mut j = i;
    // Title words, with one other word between two of them: «chief investment officer».
    while title(j) || (j > i && (plain(j) || glued_hyphen(j)) && title(j + 1)) || (j > i && glued_to_title(j)) {
        j += 1;
    }
    // «chief executive of the Port of Rotterdam Authority»: the organisation is part
    // of the position (and an entity of its own, found next).
    let mut end = j;
    let mut k = j;
    // «director of fixed-income research with TD Securities»: the field of work after «of» is
    // part of the title, and the organisation after «with» or «at» part of the position.
    if tokens.get(k).is_some_and(|t| t.text == "of") {
        let mut m = k + 1;
        while m < k + 5 && (plain(m) || glued_hyphen(m)) {
            m += 1;
        }
        let at = tokens.get(m).is_some_and(|t| matches!(t.text, "at" | "with"));
        if m > k + 1 && at && tokens.get(m + 1).is_some_and(capitalised) {
            k = m;
        }
    }
    if tokens.get(k).is_some_and(|t| matches!(t.text, "of" | "at") || k > j && t.text == "with") {
        k += 1;
        if tokens.get(k).is_some_and(|t| t.text == "the") {
            k += 1;
        }
        let run = k;
        k = organisation_run(tokens, run);
        if k > run {
            end = k;
        }
    }
    // The organisation or place named before the title is part of the position (and
    // an entity of its own): «Microsoft 's chief executive», «Foreign Ministry
    // spokesman», «Syrian president» (the country).
    // (Up to two plain words between: «Dutch transport minister», «Chechen rebel leader».)
    let mut i0 = i;
    // (Not across a verb or preposition: «George Bush became president».)
    while i0 > 0
        && i - i0 < 2
        && plain(i0 - 1)
        && !is_position_break(tokens[i0 - 1].text)
        && possessive_before(tokens, i0) == 0
    {
        i0 -= 1;
    }
    // The name ends before a possessive ending and a bracketed acronym: «Orioles ' bench
    // coach», «Farmers ' Union ( NFU ) chairman».
    let name_end = |at: usize| {
        let e = at - possessive_before(tokens, at);
        let acronym = e >= 3 && tokens[e - 1].text == ")" && tokens[e - 3].text == "(" && capitalised(&tokens[e - 2]);
        if acronym { e - 3 } else { e }
    };
    let mut end0 = name_end(i0);
    if end0 == 0 || !capitalised(&tokens[end0 - 1]) {
        end0 = name_end(i);
    }
    let last = end0.saturating_sub(1);
    let mut from = i;
    // Plain words before the title after a comma or an article are part of it: «Michael Ancell,
    // banking industry analyst at …», «a senior trade advisor».
    // (Or after a possessive: «the embassy 's charge d'affaires».)
    let boundary = |k: usize| {
        matches!(low(&tokens[k]).as_ref(), "," | "the" | "a" | "an" | "its" | "his" | "her")
            || possessive_before(tokens, k + 1) > 0
    };
    if i0 < i && i0 > 0 && boundary(i0 - 1) && !(i0..i).any(|k| is_position_break(tokens[k].text)) {
        from = i0;
    }
    if end0 > 0 && capitalised(&tokens[last]) {
        from = last;
        // (With «of», «for» and «&» between capitalised words: «Patriotic Union of Kurdistan
        // chief», «Douglas & Lomason 's top executives».)
        while from > 0
            && (capitalised(&tokens[from - 1])
                || from > 1 && matches!(tokens[from - 1].text, "of" | "for" | "&") && capitalised(&tokens[from - 2]))
        {
            from -= 1;
        }
        // Function words that open the sentence are no name: «The spokesman».
        while from <= last && (is_stop(&low(&tokens[from])) || is_tenure_word(&low(&tokens[from]))) {
            from += 1;
        }
        if from > last {
            from = i;
        }
    }
    (from, end, j)
}

/// A word for a kind of organisation a name may follow: «engineering firm Royal HaskoningDHV».
pub(super) fn is_kind_of_organisation(word: &str) -> bool {
    ORG_KINDS.contains(word)
}

/// In a capitalised run of lower-cased `words`, a title of an organisation named after «of»
/// («Baghdad the Secretary-General of the Kurdistan Democratic Party of Iran»): where the title
/// starts and where the organisation does.
fn title_of_organisation(words: &[std::borrow::Cow<'_, str>]) -> Option<(usize, usize)> {
    let t0 = words.iter().position(|w| TITLES.contains(w))?;
    let t_end = t0 + words[t0..].iter().take_while(|w| TITLES.contains(w)).count();
    let mut org = t_end + 1;
    while words.get(org).is_some_and(|w| w == "the") {
        org += 1;
    }
    let of_org = words.get(t_end).is_some_and(|w| w == "of")
        && org < words.len()
        && words[org..].iter().any(|w| ORG_WORDS.contains(w));
    of_org.then_some((t0, org))
}

/// Pushes the position `a + t0..b` and its organisation `a + org..b` (see
/// [`title_of_organisation`]); what stands before the title is classified on its own.
fn position_of_organisation(
    tokens: &[Token<'_>],
    a: usize,
    b: usize,
    (t0, org): (usize, usize),
    push: &mut impl FnMut(usize, usize, EntityKind, &mut Vec<Entity>),
    out: &mut Vec<Entity>,
) {
    let mut before = t0;
    while before > 0 && low(&tokens[a + before - 1]) == "the" {
        before -= 1;
    }
    if before > 0 {
        classify(tokens, a, a + before, push, out);
    }
    push(a + t0, b, EntityKind::Position, out);
    push(a + org, b, EntityKind::Organization, out);
}

/// Splits and types one capitalised run.
fn classify(
    tokens: &[Token<'_>],
    a: usize,
    b: usize,
    push: &mut impl FnMut(usize, usize, EntityKind, &mut Vec<Entity>),
    out: &mut Vec<Entity>,
) {
    let words: Vec<std::borrow::Cow<'_, str>> = tokens[a..b].iter().map(low).collect();
    // «Mr. Castelein», «his wife Naina»
    if a > 0 && opens_person(tokens[a - 1].text) {
        push(a, b, EntityKind::Person, out);
        return;
    }
    // Organisation keywords anywhere in the run, or a kind of organisation just before it:
    // «engineering firm Royal HaskoningDHV».
    let kind_before = a > 0 && is_kind_of_organisation(tokens[a - 1].text);
    // A title of an organisation named after «of» is a position with the organisation inside.
    if let Some((t0, org)) = title_of_organisation(&words) {
        return position_of_organisation(tokens, a, b, (t0, org), push, out);
    }
    // A title with a name after it comes first: «Bank of England Governor Andrew Bailey».
    // (The name after the title: one to three words, none an organisation word — «General
    // Motors Corp.» is no general.)
    let titled = words.iter().enumerate().any(|(k, w)| {
        // (The name may be followed by where the person is from: «Security Council President
        // Tono Eitel of Germany».)
        let rest = &words[k + 1..];
        let rest = &rest[..rest.iter().position(|n| n == "of").unwrap_or(rest.len())];
        TITLES.contains(w)
            && (1..=3).contains(&rest.len())
            && rest.iter().all(|n| !TITLES.contains(n) && !ORG_WORDS.contains(n) && *n != "for")
    });
    if !titled && (kind_before || words.iter().any(|w| ORG_WORDS.contains(w))) {
        push(a, b, EntityKind::Organization, out);
        return;
    }
    // Titles first, then a name: «Shanghai Deputy Mayor Zhang Wei», «Minister of Infrastructure
    // Mark Harbers».
    if let Some(t0) = words.iter().position(|w| TITLES.contains(w)) {
        return title_then_name(tokens, a, b, (&words, t0), push, out);
    }
    // Places by their last word: «Baker St.», «Fifth Avenue», «Tiananmen Square».
    let place_word = is_street_word(&words[words.len() - 1]);
    if words.iter().all(|w| PLACES.contains(w)) || (b - a >= 2 && place_word) {
        push(a, b, EntityKind::Location, out);
        return;
    }
    let acronym = tokens[a..b].iter().all(|t| t.text.chars().all(|c| c.is_uppercase() || c == '.')) && b - a == 1;
    if acronym && tokens[a].text.chars().count() >= 2 {
        push(a, b, EntityKind::Organization, out);
        return;
    }
    // A name right after a title and «of» is the organisation it names: «chief executive of
    // Microsoft», «head of the Federal Reserve».
    let of_at = if a >= 2 && tokens[a - 1].text == "the" { a - 1 } else { a };
    // (A nationality alone names none: «chairman of the Russian liberal democratic party».)
    let nationality = b - a == 1 && DEMONYMS.get(&words[0]).is_some();
    if of_at >= 2 && tokens[of_at - 1].text == "of" && TITLES.contains(&low(&tokens[of_at - 2])) && !nationality {
        push(a, b, EntityKind::Organization, out);
        return;
    }
    if (2..=3).contains(&(b - a)) && tokens[a..b].iter().all(|t| t.text.chars().count() >= 2) {
        push(a, b, EntityKind::Person, out);
        return;
    }
    // A single capitalised word after «in», «from», «at», «to» is a place.
    if b - a == 1 && a > 0 && matches!(tokens[a - 1].text, "in" | "from" | "at" | "to" | "near") {
        push(a, b, EntityKind::Location, out);
    }
}

/// A capitalised run `a..b` (its lower-cased `words`) with a title at `t0`: the position (with
/// the place or organisation before the title and the portfolio after «of»), then the name
/// after it, and apart, where the person is from after «of» («… President Tono Eitel of
/// Germany»).
fn title_then_name(
    tokens: &[Token<'_>],
    a: usize,
    b: usize,
    (words, t0): (&[std::borrow::Cow<'_, str>], usize),
    push: &mut impl FnMut(usize, usize, EntityKind, &mut Vec<Entity>),
    out: &mut Vec<Entity>,
) {
    let mut t1 = t0;
    while t1 < words.len()
        && (TITLES.contains(&words[t1]) || (words[t1] == "of" || words[t1] == "for") && t1 + 1 < words.len())
    {
        t1 += 1;
        // «Minister of Infrastructure», «Speaker of the House»: the word after «of» (and an
        // article) is part of the title.
        if matches!(&*words[t1 - 1], "of" | "for") && t1 < words.len() {
            if words[t1] == "the" && t1 + 1 < words.len() {
                t1 += 1;
            }
            t1 += 1;
        }
    }
    // A place or organisation before the title belongs to the position: «Shanghai Deputy
    // Mayor», «U.S. Treasury Secretary» (and is an entity of its own: no person stands
    // before a title), and so does a nationality, the country's place: «French President».
    let mut p0 = t0;
    if t0 > 0 {
        let before = out.len();
        // «Polish Foreign Minister»: the nationality names the country, the words up to the
        // title are the portfolio.
        // (No entity: a nationality is no place; the official's organisation is the country,
        // see [`country_of`].)
        let nationality = t0 <= 3 && DEMONYMS.get(&words[0]).is_some();
        // (The portfolio is no part of the name before it: «EU Farm Commissioner», «New
        // Zealand Finance Minister» — words English mostly writes in lower case.)
        let mut name_end = t0;
        while name_end > 1
            && super::english_tagger::mostly_lower_case(&words[name_end - 1])
            && !ORG_WORDS.contains(&words[name_end - 1])
        {
            name_end -= 1;
        }
        if !nationality {
            classify(tokens, a, a + name_end, push, out);
        }
        for e in &mut out[before..] {
            if e.kind == EntityKind::Person {
                e.kind = EntityKind::Organization;
            }
        }
        // Words before the title that name nothing are its portfolio: «Foreign Minister»,
        // «Agriculture Secretary».
        if nationality
            || out.len() == before
            || out[before..].iter().any(|e| matches!(e.kind, EntityKind::Location | EntityKind::Organization))
        {
            p0 = 0;
        }
    }
    push(a + p0, a + t1, EntityKind::Position, out);
    // The place a title names is a place too: «Deputy Mayor of London».
    for k in t0 + 1..t1 {
        if matches!(&*words[k - 1], "of" | "for") && PLACES.contains(&words[k]) {
            push(a + k, a + k + 1, EntityKind::Location, out);
        }
    }
    // The name after the title, and apart, where the person is from: «… President Tono
    // Eitel of Germany».
    let of = (t1 + 1..words.len()).find(|&k| words[k] == "of").unwrap_or(words.len());
    if t1 < of {
        classify(tokens, a + t1, a + of, push, out);
    }
    if of + 1 < words.len() {
        classify(tokens, a + of + 1, b, push, out);
    }
}

pub(crate) mod dateline;

#[cfg(test)]
mod tests;
