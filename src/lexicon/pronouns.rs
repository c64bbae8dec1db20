//! Personal pronouns that can be the source of a quote, with what they tell
//! of the person they stand for.

/// Grammatical gender, as far as the text tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

/// What a pronoun says of its referent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PronounInfo {
    pub gender: Gender,
    pub plural: bool,
    /// "I" and "we": the speaker is the one being interviewed or writing.
    pub first_person: bool,
}

/// Subject pronouns (the forms that say things), lower case.
const SUBJECTS: &[(&str, PronounInfo)] = &[
    ("he", PronounInfo { gender: Gender::Male, plural: false, first_person: false }),
    ("she", PronounInfo { gender: Gender::Female, plural: false, first_person: false }),
    ("they", PronounInfo { gender: Gender::Unknown, plural: true, first_person: false }),
    ("i", PronounInfo { gender: Gender::Unknown, plural: false, first_person: true }),
    ("we", PronounInfo { gender: Gender::Unknown, plural: true, first_person: true }),
];

/// The longest subject pronoun, in bytes ("they").
const LONGEST_SUBJECT: usize = 4;

/// Possessive and object forms, which tell a referent's gender when they
/// point back at a name ("Novak ... her office").
const OTHER_FORMS: &[(&str, Gender)] = &[
    ("him", Gender::Male),
    ("his", Gender::Male),
    ("himself", Gender::Male),
    ("her", Gender::Female),
    ("hers", Gender::Female),
    ("herself", Gender::Female),
];

/// Object pronouns: the one a verb addresses ("told him the port ...").
const OBJECTS: &[&str] = &["me", "you", "him", "her", "us", "them"];

/// Whether `word` (any case) is an object pronoun.
pub fn is_object_pronoun(word: &str) -> bool {
    OBJECTS.iter().any(|form| form.eq_ignore_ascii_case(word))
}

/// What subject pronoun `word` (any case) says, if it is one.
pub fn subject(word: &str) -> Option<PronounInfo> {
    if word.len() > LONGEST_SUBJECT {
        return None; // Most words: no need to lower-case them to know.
    }
    super::with_lower(word, |lower| SUBJECTS.iter().find(|(form, _)| *form == lower).map(|(_, info)| *info))
}

/// Whether `word` (any case) is a subject pronoun.
pub fn is_subject_pronoun(word: &str) -> bool {
    subject(word).is_some()
}

/// The gender any personal pronoun form tells.
pub fn gender_of(word: &str) -> Option<Gender> {
    if let Some(info) = subject(word) {
        return (info.gender != Gender::Unknown).then_some(info.gender);
    }
    super::with_lower(word, |lower| OTHER_FORMS.iter().find(|(form, _)| *form == lower).map(|(_, g)| *g))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_subject_is_longer_than_the_longest() {
        assert!(SUBJECTS.iter().all(|(form, _)| form.len() <= LONGEST_SUBJECT));
        assert!(subject("They").is_some_and(|p| p.plural));
        assert_eq!(subject("She").map(|p| p.gender), Some(Gender::Female));
        assert_eq!(subject("shea"), None);
    }
}
