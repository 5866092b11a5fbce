//! Inputs nobody planned for: families of texts that once made a stage quadratic (or could),
//! generated at any size. Used by `examples/adversarial.rs` (seconds and peak memory per MB at
//! several sizes) and by the integration test that holds every family under 10 s at 512 KB.

/// One family: a name, what it is, and a generator of about `bytes` bytes of it.
pub struct Family {
    pub name: &'static str,
    pub what: &'static str,
    pub make: fn(usize) -> String,
}

/// Repeats `unit(k)` for k = 0, 1, … until the text reaches `bytes`.
fn repeat(bytes: usize, unit: impl Fn(usize) -> String) -> String {
    let mut out = String::with_capacity(bytes + 256);
    let mut k = 0;
    while out.len() < bytes {
        out.push_str(&unit(k));
        k += 1;
    }
    out
}

const SURNAMES: [&str; 8] = ["Петров", "Иванов", "Сидоров", "Козлов", "Смирнов", "Попов", "Лебедев", "Соколов"];
const NAMES: [&str; 6] = ["Максим", "Сергей", "Андрей", "Ольга", "Анна", "Игорь"];

/// The `k`-th of a few dozen names: «Максим Петров».
fn person(k: usize) -> String {
    format!("{} {}", NAMES[k % NAMES.len()], SURNAMES[k % SURNAMES.len()])
}

/// Every family.
pub fn families() -> Vec<Family> {
    vec![
        Family {
            name: "digit_groups",
            what: "a table of figures: space-separated three-digit groups «1 000 001 002 …»",
            make: |n| format!("Итого: 1{}", repeat(n, |k| format!(" {:03}", k % 1000))),
        },
        Family {
            name: "digit_groups_money",
            what: "the same run ending in «млн рублей»",
            make: |n| format!("Итого: 1{} млн рублей.", repeat(n, |k| format!(" {:03}", k % 1000))),
        },
        Family {
            name: "officials_list",
            what: "a list of officials, one per line, each ending in a comma",
            make: |n| repeat(n, |k| format!("Заместитель мэра Москвы {},\n", person(k))),
        },
        Family {
            name: "lowercase_lines",
            what: "lines starting in lower case with no punctuation: one sentence of many lines",
            make: |n| repeat(n, |k| format!("заместитель мэра Москвы {}\n", person(k))),
        },
        Family {
            name: "org_list",
            what: "a list of companies «ООО \"А1\", ООО \"А2\", …» in one sentence",
            make: |n| repeat(n, |k| format!("ООО \"А{k}\", ")),
        },
        Family {
            name: "initials_list",
            what: "runs of «А. Б. Петров,» in one sentence",
            make: |n| repeat(n, |k| format!("А. Б. {}, ", SURNAMES[k % SURNAMES.len()])),
        },
        Family {
            name: "same_org",
            what: "one organisation named again and again",
            make: |n| repeat(n, |_| "ОАО «Газпром» и ".to_string()),
        },
        Family {
            name: "capitalised_run",
            what: "capitalised words with no punctuation: «Иван Петров Иван Петров …»",
            make: |n| repeat(n, |k| format!("{} ", person(k))),
        },
        Family {
            name: "english_names",
            what: "an English sentence of names and titles without a stop",
            make: |n| repeat(n, |k| format!("Deputy Mayor John Smith{k} of London and ")),
        },
        Family {
            name: "english_clubs",
            what: "an English results line of clubs with bracketed letters, «von» names and «of» countries",
            make: |n| repeat(n, |k| format!("Proleter{k} ( Z ) 2 Karl von Essen{k} of Germany 1 ")),
        },
        Family {
            name: "english_definition",
            what: "an English definition whose noun phrase never ends",
            make: |n| {
                let mut s = "Boultham ( also Boultham Moor ) is a small".to_string();
                s.push_str(&" old green".repeat(n / 10));
                s.push_str(" village .");
                s
            },
        },
        Family { name: "one_word", what: "one word of a million letters", make: |n| "а".repeat(n / 2) },
        Family {
            name: "hyphen_chain",
            what: "one hyphenated word «а-б-в-…»",
            make: |n| repeat(n, |_| "ноу-".to_string()),
        },
        Family {
            name: "quotes",
            what: "quotes opened and never closed «««…",
            make: |n| repeat(n, |k| if k % 2 == 0 { "«".to_string() } else { "компания ".to_string() }),
        },
        Family {
            name: "brackets",
            what: "brackets opened and never closed (((…",
            make: |n| repeat(n, |_| "(Москва ".to_string()),
        },
        Family {
            name: "year_ranges",
            what: "a chain of years «2001–2002–2003–…»",
            make: |n| repeat(n, |k| format!("{}–", 1900 + k % 200)),
        },
        Family {
            name: "dates_list",
            what: "dates one after another: «5 марта 2024 года, 6 марта 2024 года, …»",
            make: |n| repeat(n, |k| format!("{} марта 2024 года, ", k % 28 + 1)),
        },
        Family {
            name: "percent_list",
            what: "percentages without a stop: «на 5%, на 6%, …»",
            make: |n| repeat(n, |k| format!("на {}% и ", k % 100)),
        },
        Family {
            name: "positions_list",
            what: "positions without persons: «министр, министр, …»",
            make: |n| repeat(n, |_| "министр финансов, ".to_string()),
        },
        Family {
            name: "abbreviations",
            what: "abbreviations with periods: «т. е. г. ул. …»",
            make: |n| repeat(n, |_| "т. е. г. ул. д. ".to_string()),
        },
        Family { name: "dots", what: "a line of periods", make: |n| ".".repeat(n) },
        Family {
            name: "mixed_scripts",
            what: "letters of several scripts glued together",
            make: |n| repeat(n, |_| "Москваabcκόσμος".to_string()),
        },
        Family {
            name: "urls",
            what: "addresses one after another",
            make: |n| repeat(n, |k| format!("https://example.com/{k}?a=b#c ")),
        },
    ]
}

/// A real-looking news paragraph, the scale against which the families are read.
pub fn news(bytes: usize) -> String {
    repeat(bytes, |k| {
        format!(
            "Заместитель мэра Москвы {} {} заявил {} марта 2024 года, что инвестиции в экономику города \
             выросли на {},5% и составили 1,2 трлн рублей. ",
            NAMES[k % NAMES.len()],
            SURNAMES[k % SURNAMES.len()],
            k % 28 + 1,
            k % 9 + 1
        )
    })
}
