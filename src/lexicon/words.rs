//! Function words: what bounds a noun phrase and what may stand between a
//! source and its reporting verb.

use super::WordSet;

/// Words that may come between a source and its verb without ending the
/// phrase: auxiliaries, negation (contracted too: "you don't want") and
/// common adverbs ("Novak has also said", "she later told"). Any other word
/// ending in "-ly" counts as an adverb too.
static BETWEEN_SOURCE_AND_VERB: WordSet = WordSet::new(
    "has have had would will did does do was is were are be been being also later then \
     once previously recently again repeatedly further simply just only often frequently \
     reportedly quickly bluntly angrily already still never not n't has've can could may \
     might should must shall even first last earlier separately privately publicly cannot \
     immediately initially subsequently since long \
     don't doesn't didn't won't wouldn't can't couldn't isn't \
     wasn't aren't weren't hasn't haven't hadn't shouldn't \
     don\u{2019}t doesn\u{2019}t didn\u{2019}t won\u{2019}t wouldn\u{2019}t can\u{2019}t \
     couldn\u{2019}t isn\u{2019}t wasn\u{2019}t aren\u{2019}t weren\u{2019}t hasn\u{2019}t \
     haven\u{2019}t hadn\u{2019}t shouldn\u{2019}t",
);

/// Words a noun phrase does not run back over: they end the clause before
/// the source ("the plan that Novak said", "and the mayor said").
static PHRASE_BOUNDARIES: WordSet = WordSet::new(
    "that which who whom whose when where while because since although though if unless \
     as and or but nor so yet than after before until during about against among into \
     through over under with without within for from at by on in to of said says told \
     is was are were be been has have had do does did will would can could should may \
     might must it this these those there here what why how whether also however",
);

/// Determiners and quantifiers that may begin a source ("a spokesman",
/// "several officials").
static DETERMINERS: WordSet = WordSet::new(
    "the a an some several many most two three four five six seven eight nine ten dozens \
     other another one both all each every few his her their its our my your this that \
     these those no any such",
);

/// Capitalised words at the start of a sentence that are not names.
static SENTENCE_STARTERS: WordSet = WordSet::new(
    "the a an but and or so yet in on at for from to of with by as if when while after \
     before since because although though it its this that these those there here then \
     now still also however meanwhile instead indeed already even just only some many \
     most several other others another one both all each every few no not yes he she \
     they we i you his her their our my your what why how who where which whether asked \
     later earlier today yesterday tomorrow last next first finally during under over \
     despite according still thus hence though unlike like until therefore given moreover \
     furthermore nonetheless nevertheless additionally similarly likewise otherwise overall \
     specifically ultimately eventually regardless accordingly consequently separately \
     asked citing speaking outside inside across amid among beyond near behind within \
     throughout toward towards upon following including",
);

/// Words of time that may stand between a source and its verb ("Novak on
/// Monday said", "the department two weeks ago said").
static TIME_WORDS: WordSet = WordSet::new(
    "ago past today yesterday tonight monday tuesday wednesday thursday friday saturday sunday \
     morning afternoon evening night week weeks month months year years day days weekend \
     january february march april june july august september october november december",
);

/// Words that join a time expression together ("on Monday", "less than a week").
static TIME_GLUE: WordSet = WordSet::new(
    "on in last this next earlier later than less more about nearly some a an the few several \
     one two three four five six seven eight nine ten eleven twelve",
);

/// Words that deny the verb after them: "cannot say", "declined to comment".
static NEGATIONS: WordSet = WordSet::new(
    "not never cannot can't can\u{2019}t didn't didn\u{2019}t won't won\u{2019}t wouldn't \
     wouldn\u{2019}t doesn't doesn\u{2019}t don't don\u{2019}t declined refused n't",
);

pub fn is_negation(word: &str) -> bool {
    NEGATIONS.contains(word)
}

pub fn is_time_word(word: &str) -> bool {
    TIME_WORDS.contains(word)
}

pub fn is_time_glue(word: &str) -> bool {
    TIME_GLUE.contains(word) || word.chars().all(|c| c.is_ascii_digit())
}

pub fn may_stand_between_source_and_verb(word: &str) -> bool {
    BETWEEN_SOURCE_AND_VERB.contains(word)
        || (word.len() > 4 && word.ends_with("ly") && word.chars().all(char::is_lowercase))
}

pub fn is_phrase_boundary(word: &str) -> bool {
    PHRASE_BOUNDARIES.contains(word)
}

pub fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(word)
}

pub fn is_sentence_starter(word: &str) -> bool {
    SENTENCE_STARTERS.contains(word)
}

/// Prepositions a source phrase may hold ("the head of the agency", "people
/// familiar with the talks", "officials in Congress").
pub const INNER_PREPOSITIONS: &[&str] = &["of", "with", "for", "at", "from", "in", "to"];

/// Prepositions and conjunctions that open an adjunct after a reporting
/// verb ("said in a statement", "spoke at a rally", "wrote on Twitter"):
/// what follows is where or when, not what was said.
static ADJUNCT_OPENERS: WordSet = WordSet::new(
    "in on of at by as and with after when during from into while before since outside inside \
     near across through via",
);

/// Whether `word` opens an adjunct rather than what a verb reports.
pub fn opens_adjunct(word: &str) -> bool {
    ADJUNCT_OPENERS.contains(word)
}

/// Auxiliaries and modals: a base-form verb may follow them ("will
/// support", "did say").
static AUXILIARIES: WordSet = WordSet::new(
    "will would can could should shall may might must do does did don't doesn't didn't won't \
     wouldn't can't couldn't shouldn't not never also still to don\u{2019}t doesn\u{2019}t \
     didn\u{2019}t won\u{2019}t wouldn\u{2019}t can\u{2019}t couldn\u{2019}t shouldn\u{2019}t",
);

/// Words after "and" that carry on what was said rather than open a
/// clause of its own: a second "that" clause, or the subject's next verb
/// phrase through a form of "be" or "have" or a modal ("... and are not in
/// compliance", "... and would not comply").
static CARRY_ON_AFTER_AND: WordSet =
    WordSet::new("that is are was were been be has have had would will could can should may might must");

/// Whether `word` (as written), after "and", carries on what was said.
pub fn carries_on_after_and(word: &str) -> bool {
    CARRY_ON_AFTER_AND.contains(word)
}

/// Whether `word` is an auxiliary or modal verb.
pub fn is_auxiliary(word: &str) -> bool {
    AUXILIARIES.contains(word)
}

/// Words for a share of people that stand as a plural subject ("Nearly a
/// third say", "majorities in all five say", "most say").
static SHARES: WordSet =
    WordSet::new("percent half third quarter majority majorities minority most many few some others both all");

/// Whether `word` names a share of people, a plural subject.
pub fn is_share(word: &str) -> bool {
    SHARES.contains(word)
}

/// Words that open a new clause after a comma ("..., and vowed to ...",
/// "..., while others ...", "..., which ..."): a reported clause ends there.
static CLAUSE_OPENERS: WordSet = WordSet::new("and but while whereas although though which who whose or yet so");

/// Whether `word`, after a comma, opens a new clause.
pub fn opens_clause(word: &str) -> bool {
    CLAUSE_OPENERS.contains(word)
}

/// Conjunctions that open a subordinate clause ("While aides suggested ...,
/// Obama warned ..."): a report made inside one ends with it, at its comma.
static SUBORDINATORS: WordSet =
    WordSet::new("while whereas although though as when because since after before if once until unless");

/// Whether `word` (any case) opens a subordinate clause.
pub fn is_subordinator(word: &str) -> bool {
    SUBORDINATORS.contains(word)
}

/// Words that qualify a number opening a subject ("About 9 percent said",
/// "Nearly 40 percent say"): the subject is the share, not a preposition's
/// object.
static APPROXIMATORS: WordSet = WordSet::new("about nearly almost roughly around some over under just only");

/// Whether `word` (any case) qualifies a number that follows it.
pub fn is_approximator(word: &str) -> bool {
    APPROXIMATORS.contains(word)
}

/// Prepositions that make a name the object of a phrase's head ("a
/// spokesman for Clinton", "officials in Washington", "residents of
/// Flint"): the head, not the name, is who speaks.
static NAME_OBJECT_PREPOSITIONS: WordSet = WordSet::new("for of in at from with on");

/// Whether `word` (any case), before a name, makes it such an object.
pub fn links_name_to_head(word: &str) -> bool {
    NAME_OBJECT_PREPOSITIONS.contains(word)
}

/// Words that link a sentence to the one before without being part of what
/// it says ("And yet, aides say, ...", "But, he said, ...").
static CONNECTIVES: WordSet = WordSet::new(
    "and but yet still so now however indeed instead meanwhile moreover also then thus therefore \
     nonetheless nevertheless besides furthermore",
);

/// Whether `word` (any case) is a connective.
pub fn is_connective(word: &str) -> bool {
    CONNECTIVES.contains(word)
}

/// Words that open a reported clause or question after a verb ("questioned
/// whether ...", "repeated that ...").
static REPORTED_CLAUSE_OPENERS: WordSet = WordSet::new("that whether how why what if");

/// Whether `word` (any case) opens a reported clause or question.
pub fn opens_reported_clause(word: &str) -> bool {
    REPORTED_CLAUSE_OPENERS.contains(word)
}

/// The forms of "be" that make a progressive ("is pledging", "was
/// endorsing"): the subject stands before them.
const BE_FORMS: &[&str] = &["is", "are", "was", "were", "been", "be"];

/// Whether `word` (lower case, as written) is a form of "be" before a
/// participle.
pub fn is_form_of_be(word: &str) -> bool {
    BE_FORMS.contains(&word)
}

/// Conjunctions that open a sentence before its subject, a word alone
/// ("But Novak said ...").
static OPENING_CONJUNCTIONS: WordSet = WordSet::new("but and so yet still then now also");

/// Whether `word` (any case) is such a conjunction.
pub fn is_opening_conjunction(word: &str) -> bool {
    OPENING_CONJUNCTIONS.contains(word)
}
