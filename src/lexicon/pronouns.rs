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
#[inline]
pub fn subject(word: &str) -> Option<PronounInfo> {
    subject_in_bytes(word.as_bytes())
}

/// What subject pronoun the bytes of a word say, if any: [`subject`] for a
/// word the caller holds as bytes, which need no check that they start and
/// end on characters.
///
/// Asked of nearly every word, so it neither lower-cases nor compares
/// bytes one by one: the word is packed into one number as the forms are
/// (`pack`), and a non-ASCII word, which packs like no form, is what no
/// form lower-cased is either (a test checks every character).
#[inline]
pub fn subject_in_bytes(word: &[u8]) -> Option<PronounInfo> {
    if word.len() > LONGEST_SUBJECT {
        return None; // Most words: turned away by their length alone.
    }
    let packed = pack(word);
    PACKED_SUBJECTS.iter().position(|&form| form == packed).map(|i| SUBJECTS[i].1)
}

/// The subject forms, packed.
const PACKED_SUBJECTS: [u32; SUBJECTS.len()] = {
    assert!(LONGEST_SUBJECT <= 4, "a subject form packs into four bytes");
    let mut packed = [0; SUBJECTS.len()];
    let mut i = 0;
    while i < SUBJECTS.len() {
        let form = SUBJECTS[i].0.as_bytes();
        assert!(!form.is_empty() && form.len() <= LONGEST_SUBJECT, "a subject form is one to four bytes");
        let mut b = 0;
        while b < form.len() {
            assert!(form[b].is_ascii_lowercase(), "a subject form is lower-case ASCII letters");
            b += 1;
        }
        packed[i] = pack(form);
        i += 1;
    }
    packed
};

/// Up to four bytes as one number, each with its 0x20 bit set, which makes
/// an ASCII capital its lower-case letter and leaves the letter as it is:
/// a word of letters packs as its lower case does. No other byte packs as
/// a letter does, and none packs as zero, so a word packs as a form of
/// letters only when it is that form in some case. Read as two overlapping
/// pairs of bytes, not byte by byte; a longer word packs as no form.
#[inline]
const fn pack(word: &[u8]) -> u32 {
    let n = word.len();
    match n {
        0 => 0,
        1 => (word[0] | 0x20) as u32,
        2..=4 => {
            let low = u16::from_le_bytes([word[0], word[1]]) as u32;
            let high = u16::from_le_bytes([word[n - 2], word[n - 1]]) as u32;
            (low | high << (8 * (n - 2))) | 0x2020_2020 >> (8 * (4 - n))
        }
        _ => u32::MAX,
    }
}

/// Whether a word of `len` bytes that starts with byte `first` may be a
/// subject pronoun that tells a gender ("he", "she", in any case): told
/// from its outline alone, so that most words are turned away without a
/// closer look. Every word [`subject_in_bytes`] finds a gender in passes
/// (a test checks).
#[inline(always)]
pub fn may_be_gendered_subject(first: u8, len: usize) -> bool {
    let (shortest, longest, first_letters) = GENDERED_OUTLINE;
    let letter = (first | 0x20).wrapping_sub(b'a');
    (shortest..=longest).contains(&len) && letter < 26 && first_letters >> letter & 1 != 0
}

/// The subject forms that tell a gender, in outline: their shortest and
/// longest length, and their first letters as bits (`a` the lowest).
const GENDERED_OUTLINE: (usize, usize, u32) = {
    let (mut shortest, mut longest, mut letters) = (usize::MAX, 0, 0u32);
    let mut i = 0;
    while i < SUBJECTS.len() {
        let (form, info) = SUBJECTS[i];
        if !matches!(info.gender, Gender::Unknown) {
            let form = form.as_bytes();
            if form.len() < shortest {
                shortest = form.len();
            }
            if form.len() > longest {
                longest = form.len();
            }
            letters |= 1 << (form[0] - b'a');
        }
        i += 1;
    }
    (shortest, longest, letters)
};

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
    fn every_gendered_subject_passes_the_outline_test() {
        let alphabet = ["h", "e", "s", "H", "E", "S", "@", "`", "é", "x"];
        let mut words = vec![String::new()];
        let mut longest = words.clone();
        for _ in 0..=LONGEST_SUBJECT {
            longest = longest.iter().flat_map(|w| alphabet.iter().map(move |c| format!("{w}{c}"))).collect();
            words.extend(longest.iter().cloned());
        }
        for word in &words {
            if subject(word).is_some_and(|p| p.gender != Gender::Unknown) {
                assert!(may_be_gendered_subject(word.as_bytes()[0], word.len()), "{word:?}");
            }
        }
        assert!(!may_be_gendered_subject(b's', 4) && !may_be_gendered_subject(b't', 3));
    }

    #[test]
    fn no_other_character_lower_cases_to_a_letter_of_a_subject() {
        // What lets `subject` read the bytes without lower-casing the word:
        // a word lower-cases to an ASCII form only if it is ASCII itself.
        for c in (0..=0x10FFFF).filter_map(char::from_u32).filter(|c| !c.is_ascii()) {
            let lower: String = c.to_lowercase().collect();
            if lower.is_ascii() {
                assert!(SUBJECTS.iter().all(|(form, _)| !form.contains(&lower)), "{c:?} lower-cases to {lower:?}");
            }
        }
        for word in
            ["He", "SHE", "tHeY", "I", "We", "İ", "he\u{307}", "", "h", "hes", "h\0", "he\0", "@", "H`", "ĳ", "Sh€"]
        {
            let lowered =
                super::super::with_lower(word, |lower| SUBJECTS.iter().find(|(f, _)| *f == lower).map(|(_, i)| *i));
            assert_eq!(subject(word), lowered, "{word}");
        }
        // Every short word over the forms' letters in both cases, and bytes
        // next to them.
        let alphabet = ["h", "e", "s", "t", "y", "i", "w", "H", "E", "Y", "@", "`", "\0", "é"];
        let mut words = vec![String::new()];
        let mut longest = words.clone();
        for _ in 0..=LONGEST_SUBJECT {
            longest = longest.iter().flat_map(|w| alphabet.iter().map(move |c| format!("{w}{c}"))).collect();
            words.extend(longest.iter().cloned());
        }
        for word in &words {
            let bytes = word.as_bytes();
            if bytes.len() <= 4 {
                let each = bytes.iter().enumerate().fold(0, |p, (i, &b)| p | u32::from(b | 0x20) << (8 * i));
                assert_eq!(pack(bytes), each, "{word:?}");
            }
            let lowered = word.to_lowercase();
            let expected = SUBJECTS.iter().find(|(f, _)| *f == lowered).map(|(_, i)| *i);
            assert_eq!(subject(word), expected, "{word:?}");
        }
    }
}
