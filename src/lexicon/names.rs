//! Words around names: titles and roles that introduce a person, the words
//! that make a capitalised phrase an organisation, and first names that tell
//! a person's gender.

use super::pronouns::Gender;
use super::{WordClasses, WordSet};

/// Courtesy titles that tell gender ("Mr. Novak").
static MALE_TITLES: WordSet = WordSet::new("mr mr. sir lord king prince father brother");
static FEMALE_TITLES: WordSet = WordSet::new("mrs mrs. ms ms. miss madam lady dame queen princess sister");

/// Titles and roles written before a name ("Sen. Ilhan Omar", "French
/// President Emmanuel Macron", "campaign spokeswoman Haley Morris"). They
/// belong to the speaker's role, not their name.
static TITLES: WordSet = WordSet::new(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sen sen. senator rep rep. \
     representative congressman congresswoman gov gov. governor lt lt. gov. mayor president \
     vice former acting deputy secretary minister prime premier chancellor ambassador judge \
     justice chief general gen gen. col col. colonel capt capt. captain sgt sgt. sergeant adm \
     adm. admiral commander officer detective lieutenant attorney prosecutor sheriff \
     spokesman spokeswoman spokesperson chairman chairwoman chair director ceo executive \
     founder co-founder leader speaker candidate nominee hopeful rev rev. reverend pastor \
     bishop pope rabbi imam father sir lord lady dame king queen prince princess emir sheikh \
     sheik state foreign defense defence interior finance treasury labor labour homeland \
     house senate majority minority gop democratic republican party presidential campaign \
     press white economist analyst professor researcher author writer columnist editor \
     reporter correspondent host anchor commentator strategist pollster adviser advisor \
     aide consultant lawyer coach manager owner star actor actress singer rapper \
     businessman businesswoman billionaire activist organizer organiser cardinal \
     commissioner councilman councilwoman councillor councilor assemblyman assemblywoman \
     delegate supervisor superintendent inspector marshal trooper president-elect then \
     u.s. us american british french german russian chinese israeli iranian syrian mexican",
);

/// Words that make a capitalised phrase an organisation ("the Justice
/// Department", "Fox News"), not a person.
static ORGANISATION_WORDS: WordSet = WordSet::new(
    "department ministry party committee campaign council court agency association union \
     company corp corp. corporation inc inc. co co. group news times post journal network \
     university college institute foundation office house senate congress administration \
     commission bureau police service board bank fund center centre organization \
     organisation alliance coalition federation league club team network channel magazine \
     press radio television tv cbs nbc abc cnn msnbc fox reuters ap afp bbc npr pbs gop \
     times-picayune tribune herald gazette review daily weekly monthly networks studios \
     records airlines airways motors systems technologies industries holdings partners \
     capital authority council parliament assembly army navy force forces guard government \
     state states nations kremlin pentagon fbi cia nsa epa fda cdc irs dhs doj isis nato \
     un eu opec who wto imf hospital school schools church clinic project initiative \
     coalition movement caucus lab laboratory labs trust society",
);

/// Common first names that tell a person's gender, for pronoun resolution.
static MALE_FIRST_NAMES: WordSet = WordSet::new(
    "james john robert michael william david richard joseph thomas charles christopher daniel \
     matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy \
     ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin \
     scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry \
     tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy \
     christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse \
     jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy \
     roy vincent ralph eugene russell bobby mason philip louis bernie ted marco jeb ben rand \
     mike chris jim bill tom bob dick barack vladimir rick lindsey martin carlos luis jorge \
     ahmed mohammed muhammad ali omar hassan ivan dmitri sergei pierre jean francois hans \
     karl klaus giuseppe antonio mario kim xi shinzo narendra recep bashar benjamin tony \
     mitch chuck harry newt jon josh reince sean steve nick dan doug greg jeff ken larry \
     emmanuel francois nicolas justin boris david gordon tony angus liam oliver jacob tomas \
     hugo felix leon max paul marco lorenzo luca matteo diego pablo javier alejandro andres",
);
static FEMALE_FIRST_NAMES: WordSet = WordSet::new(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa \
     betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa \
     deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna \
     brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn \
     janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina \
     lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria \
     ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise \
     amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella \
     charlotte rose alexis kayla hillary hilary nikki carly elena sarah huma jill michelle \
     melania ivanka chelsea nancy elizabeth dianne kamala tulsi marine angela theresa \
     sonia ruth elise kellyanne dana hope kate katie jane anne sally meg debbie donna \
     haley hailey mia ava ella chloe zoe lily leah nora claire megyn sheryl janet loretta",
);

/// Whether `word` is a title or role that goes before a name.
pub fn is_title(word: &str) -> bool {
    TITLES.contains(word)
}

/// Whether `word` marks a capitalised phrase as an organisation. (The
/// stages ask [`NameWord`]; the tests check it against this.)
#[cfg(test)]
pub fn is_organisation_word(word: &str) -> bool {
    ORGANISATION_WORDS.contains(word)
}

/// The gender a title or first name tells, if any (as for
/// [`is_organisation_word`]: the tests' reference).
#[cfg(test)]
pub fn gender_of(word: &str) -> Gender {
    if MALE_TITLES.contains(word) || MALE_FIRST_NAMES.contains(word) {
        Gender::Male
    } else if FEMALE_TITLES.contains(word) || FEMALE_FIRST_NAMES.contains(word) {
        Gender::Female
    } else {
        Gender::Unknown
    }
}

/// Lower-case words that may stand inside a name ("Ludwig van Beethoven").
const NAME_PARTICLES: &[&str] =
    &["de", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "da", "di", "del", "dos", "of"];

/// The longest of [`NAME_PARTICLES`], in bytes.
const LONGEST_PARTICLE: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < NAME_PARTICLES.len() {
        if NAME_PARTICLES[i].len() > longest {
            longest = NAME_PARTICLES[i].len();
        }
        i += 1;
    }
    longest
};

/// Whether `word` is one of [`NAME_PARTICLES`], as written (a capital
/// "Van" starts a name of its own). Asked of the word after each capital,
/// so most words are turned away by their length alone.
#[inline]
pub fn is_name_particle(word: &str) -> bool {
    is_name_particle_in_bytes(word.as_bytes())
}

/// [`is_name_particle`] for a word the caller holds as bytes, which need
/// no check that they start and end on characters.
#[inline]
pub fn is_name_particle_in_bytes(word: &[u8]) -> bool {
    word.len() <= LONGEST_PARTICLE && NAME_PARTICLES.iter().any(|particle| particle.as_bytes() == word)
}

/// Capitalised words that are no names: months and days.
static CALENDAR: WordSet = WordSet::new(
    "january february march april may june july august september october november december \
     monday tuesday wednesday thursday friday saturday sunday \
     jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.",
);

/// Whether `word` (any case) is a month or a day (the tests' reference, as
/// above).
#[cfg(test)]
pub fn is_calendar_word(word: &str) -> bool {
    CALENDAR.contains(word)
}

/// The word sets above, as classes of one table: a name's word is looked up
/// once for all they tell of it ([`NameWord`]). In the order of the bits
/// below, which a test checks (`CLASS_BITS`).
static NAME_WORDS: WordClasses =
    WordClasses::new(&NAME_WORD_SETS, || NAME_WORD_SETS.iter().flat_map(|set| set.words().iter().copied()).collect());
static NAME_WORD_SETS: [&WordSet; 7] =
    [&TITLES, &ORGANISATION_WORDS, &MALE_TITLES, &MALE_FIRST_NAMES, &FEMALE_TITLES, &FEMALE_FIRST_NAMES, &CALENDAR];
const TITLE: u32 = 1 << 0;
const ORGANISATION: u32 = 1 << 1;
const MALE: u32 = 1 << 2 | 1 << 3;
const FEMALE: u32 = 1 << 4 | 1 << 5;
const CALENDAR_WORD: u32 = 1 << 6;

/// Each bit of [`NameWord`] with the sets that set it: what the order of
/// [`NAME_WORD_SETS`] must agree with.
#[cfg(test)]
static CLASS_BITS: [(u32, &[&WordSet]); 5] = [
    (TITLE, &[&TITLES]),
    (ORGANISATION, &[&ORGANISATION_WORDS]),
    (MALE, &[&MALE_TITLES, &MALE_FIRST_NAMES]),
    (FEMALE, &[&FEMALE_TITLES, &FEMALE_FIRST_NAMES]),
    (CALENDAR_WORD, &[&CALENDAR]),
];

/// What the lexicon tells of a word that may be part of a name, from one
/// look-up: what [`is_title`], [`is_organisation_word`], [`gender_of`] and
/// [`is_calendar_word`] each say of it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NameWord(u32);

impl NameWord {
    pub fn of(word: &str) -> Self {
        NameWord(NAME_WORDS.of(word))
    }

    pub fn is_title(self) -> bool {
        self.0 & TITLE != 0
    }

    pub fn is_organisation_word(self) -> bool {
        self.0 & ORGANISATION != 0
    }

    pub fn gender(self) -> Gender {
        if self.0 & MALE != 0 {
            Gender::Male
        } else if self.0 & FEMALE != 0 {
            Gender::Female
        } else {
            Gender::Unknown
        }
    }

    pub fn is_calendar_word(self) -> bool {
        self.0 & CALENDAR_WORD != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_bit_stands_for_its_sets_in_the_order_of_the_table() {
        let mut covered = 0u32;
        for (bits, sets) in CLASS_BITS {
            let places: Vec<usize> = (0..32).filter(|n| bits >> n & 1 != 0).collect();
            assert_eq!(places.len(), sets.len(), "{bits:#b}");
            for (place, set) in places.into_iter().zip(sets) {
                assert!(std::ptr::eq(NAME_WORD_SETS[place], *set), "bit {place} is not its set's place");
            }
            assert_eq!(covered & bits, 0, "{bits:#b} shares a bit");
            covered |= bits;
        }
        assert_eq!(covered, (1 << NAME_WORD_SETS.len()) - 1, "every set has a bit");
    }

    #[test]
    fn a_name_word_tells_what_each_set_tells() {
        let listed = NAME_WORD_SETS.iter().flat_map(|set| set.words().iter().map(|w| w.to_string()));
        let others =
            ["", "Trump", "SEN.", "Sen", "Mr.", "MARY", "Ann", "Jan.", "jan", "MONDAY", "José", "\u{212A}en", "İ"];
        for word in listed.chain(others.iter().map(|w| w.to_string())) {
            let looked_up = NameWord::of(&word);
            assert_eq!(looked_up.is_title(), is_title(&word), "{word}");
            assert_eq!(looked_up.is_organisation_word(), is_organisation_word(&word), "{word}");
            assert_eq!(looked_up.gender(), gender_of(&word), "{word}");
            assert_eq!(looked_up.is_calendar_word(), is_calendar_word(&word), "{word}");
            let capitalised = word.to_uppercase();
            assert_eq!(NameWord::of(&capitalised).is_title(), is_title(&capitalised), "{capitalised}");
            assert_eq!(NameWord::of(&capitalised).gender(), gender_of(&capitalised), "{capitalised}");
        }
    }
}
