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
pub const LONGEST_SUBJECT: usize = 4;

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
///
/// Asked of nearly every word, so it compares without lower-casing: the
/// forms are ASCII, and no other character lower-cases to one of their
/// letters, so an ASCII comparison that ignores case finds what comparing
/// the lower-cased word would (a test checks every character).
#[inline]
pub fn subject(word: &str) -> Option<PronounInfo> {
    if word.len() > LONGEST_SUBJECT {
        return None; // Most words: turned away by their length alone.
    }
    SUBJECTS.iter().find(|(form, _)| form.eq_ignore_ascii_case(word)).map(|(_, info)| *info)
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

    #[test]
    fn no_other_character_lower_cases_to_a_letter_of_a_subject() {
        // What lets `subject` compare ASCII without lower-casing the word:
        // a word lower-cases to an ASCII form only if it is ASCII itself.
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|c| !c.is_ascii()) {
            let lower: String = c.to_lowercase().collect();
            if lower.is_ascii() {
                assert!(SUBJECTS.iter().all(|(form, _)| !form.contains(&lower)), "{c:?} lower-cases to {lower:?}");
            }
        }
        for word in ["He", "SHE", "tHeY", "I", "We", "İ", "he\u{307}", "", "h", "hes"] {
            let lowered =
                super::super::with_lower(word, |lower| SUBJECTS.iter().find(|(f, _)| *f == lower).map(|(_, i)| *i));
            assert_eq!(subject(word), lowered, "{word}");
        }
    }
}
