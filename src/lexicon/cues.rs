//! Reporting words: the verbs and phrases that attribute speech to a source.
//!
//! Each verb is listed with its forms on one line, so that tense is data:
//! "say said says saying". Verbs of speech proper come first; then verbs
//! that news uses to attribute a partial quote ("called the plan “a fair
//! start”", "described it as ...").

use super::{WordClasses, WordSet};

/// One verb a line: its forms, separated by spaces.
const VERBS: &str = "\
say said says saying
tell told tells telling
add added adds adding
ask asked asks asking
write wrote writes writing written
tweet tweeted tweets tweeting
post posted posts posting
text texted texts
email emailed emails
argue argued argues arguing
warn warned warns warning
explain explained explains explaining
note noted notes noting
state stated states stating
insist insisted insists insisting
reply replied replies replying
respond responded responds responding
answer answered answers answering
counter countered counters
retort retorted retorts
declare declared declares declaring
announce announced announces announcing
proclaim proclaimed proclaims
claim claimed claims claiming
allege alleged alleges alleging
continue continued continues
recall recalled recalls recalling
recount recounted recounts
acknowledge acknowledged acknowledges acknowledging
admit admitted admits admitting
concede conceded concedes conceding
confirm confirmed confirms
deny denied denies denying
suggest suggested suggests suggesting
observe observed observes
remark remarked remarks
comment commented comments commenting
urge urged urges urging
plead pleaded pleads
beg begged begs
joke joked jokes joking
quip quipped quips
muse mused muses
shout shouted shouts shouting
yell yelled yells
scream screamed screams
whisper whispered whispers
mutter muttered mutters
chant chanted chants chanting
predict predicted predicts predicting
caution cautioned cautions
stress stressed stresses stressing
emphasize emphasized emphasizes emphasise emphasised emphasises
underscore underscored underscores
contend contended contends
maintain maintained maintains
assert asserted asserts
testify testified testifies testifying
complain complained complains complaining
lament lamented laments
boast boasted boasts
brag bragged brags
conclude concluded concludes
vow vowed vows vowing
pledge pledged pledges
promise promised promises promising
threaten threatened threatens threatening
wonder wondered wonders
speculate speculated speculates
reiterate reiterated reiterates
repeat repeated repeats
echo echoed echoes
read reads
call called calls calling
describe described describes describing
dub dubbed dubs
label labeled labelled labels
term termed terms
brand branded brands
characterize characterized characterizes characterise characterised
refer referred refers referring
cite cited cites citing
quote quoted quotes quoting
praise praised praises
criticize criticized criticizes criticise criticised
slam slammed slams
blast blasted blasts
denounce denounced denounces
decry decried decries
mock mocked mocks
accuse accused accuses
demand demanded demands
question questioned questions
charge charged charges
report reported reports
advise advised advises
tout touted touts touting
hail hailed hails
dismiss dismissed dismisses
ridicule ridiculed ridicules
lash lashed
fire fired
shoot shot
beam beamed beams
surmise surmised surmises
react reacted reacts
exclaim exclaimed exclaims
gush gushed gushes
marvel marveled marvelled marvels
scoff scoffed scoffs
snap snapped snaps
fume fumed fumes
sigh sighed sighs
laugh laughed laughs";

/// Two-word phrases that end with their source after them ("according to
/// Novak"). The patterns that find them read these words, and pick out the
/// words that may start one by their lengths and bytes, so a phrase added
/// here is found everywhere.
pub const SOURCE_AFTER_PHRASES: &[[&str; 2]] = &[["according", "to"]];

/// Bare nouns after "according to" that make an idiom, not a source
/// ("according to plan", "according to schedule").
static NOT_SOURCES: WordSet = WordSet::new("plan schedule script form expectations");

/// Whether `word`, alone after "according to", makes an idiom.
pub fn is_idiom_after_according_to(word: &str) -> bool {
    NOT_SOURCES.contains(word)
}

static SPEECH_VERBS: WordSet = WordSet::new(VERBS);

/// Forms that are nouns as often as verbs: a verb only where the words
/// around them say so.
static ALSO_NOUNS: WordSet = WordSet::new(
    "comment comments statement remarks remark tweet tweets post posts claim claims report \
     reports note notes quote quotes charge charges question questions call calls demand \
     demands answer answers text texts states reads echo echoes praise blast blasts promise \
     promises reply replies response counter counters label labels term terms brand brands \
     cites warning joke jokes boast boasts complaint lament laments pledge pledges vow vows \
     threat accusation denial description criticism retort retorts plea pleas quip quips \
     email emails shout shouts whisper chant chants call warning warnings",
);

/// Verbs that report speech only right beside a quote (“...,” he
/// continued); elsewhere they mostly mean something else ("will continue to
/// be", "begged him for", "reads the law").
static WEAK: WordSet = WordSet::new(
    "continue continued continues beg begged begs read reads fire fired shoot shot lash lashed \
     echo echoed echoes repeat repeated repeats charge charged charges question questioned \
     questions beam beamed beams surmise surmised surmises react reacted reacts exclaim exclaimed \
     exclaims gush gushed gushes marvel marveled marvelled marvels scoff scoffed scoffs snap \
     snapped snaps fume fumed fumes sigh sighed sighs laugh laughed laughs",
);

/// Verbs that come before their subject after a quote (“...,” said Novak).
static INVERTING: WordSet = WordSet::new(
    "say said says asked asks added adds wrote writes explained explains continued recalled \
     recalls replied replies noted notes declared insisted argued argues countered responded \
     answered concluded admitted acknowledged conceded remarked observed quipped joked joke \
     warned warns cautioned offered offers shouted whispered tweeted posted stated recounted \
     mused predicted suggested added says reported reports reads beamed surmised reacted \
     exclaimed gushed marveled marvelled scoffed snapped fumed sighed laughed",
);

/// Whether `word` may stand before its subject after a quote.
pub fn inverts(word: &str) -> bool {
    INVERTING.contains(word)
}

/// Whether `word` is a weak reporting verb.
pub fn is_weak(word: &str) -> bool {
    WEAK.contains(word)
}

/// Base forms that are seldom nouns: a verb after any word but a
/// determiner, a possessive or one of [`NOUN_BEFORE_RARE_NOUN`]
/// ("Developers and supporters in Congress say ...", but "have a say").
static RARELY_NOUNS: WordSet = WordSet::new("say");

/// Words after which even those forms are nouns: "the final say", "more say".
static NOUN_BEFORE_RARE_NOUN: WordSet = WordSet::new("final more equal much little greater bigger");

/// Whether the base form `word`, after the word `before`, is a verb.
pub fn is_verb_after(word: &str, before: &str) -> bool {
    let possessive = before.ends_with("'s") || before.ends_with("’s") || before.ends_with("s'");
    RARELY_NOUNS.contains(word) && !possessive && !NOUN_BEFORE_RARE_NOUN.contains(before)
}

/// Whether `word` is a reporting form that is often a noun.
pub fn is_also_a_noun(word: &str) -> bool {
    ALSO_NOUNS.contains(word)
}

/// Whether `word` (any case) is a form of a reporting verb.
pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(word)
}

/// Verbs that report what a source says, thinks, wants or finds without
/// quoting it, beyond the verbs of speech above: "Polls show that ...",
/// "Novak believes the port ...", "The union backed the deal". One verb a
/// line: its base form first, then the forms that report (a line may list
/// only some). The lines from `encourage` on, and the -ing forms of lines
/// before it, were mined from the PolNeAR train split: forms its annotators
/// marked as cues, kept where at least about a quarter of the clauses found
/// with them there were annotated. Below about half the F1 figure, a form's
/// clauses lower F1 more than they add.
const REPORTING_VERBS: &str = "\
think thinks thought
believe believes believed believing
know knows knew
feel feels felt
want wants wanted
hope hopes hoped hoping
plan plans planned
expect expects expected expecting
fear fears feared fearing
worry worries worried
doubt doubts doubted
show shows showed shown
find finds found
reveal reveals revealed
indicate indicates indicated
estimate estimates estimated
propose proposes proposed proposing
support supports supported
endorse endorses endorsed
oppose opposes opposed
agree agrees agreed
disagree disagrees disagreed
reject rejects rejected rejecting
defend defends defended defending
attack attacks attacked
back backs backed
recommend recommends recommended
insist insists insisted
inform informs informed
remind reminds reminded reminding
assure assures assured
signal signals signaled signalled
hint hints hinted
acknowledge acknowledges acknowledged
blame blames blamed blaming
thank thanks thanked thanking
demand demands demanded
seek seeks sought
accuse accuses accused accusing
mention mentions mentioned mentioning
discuss discusses discussed
address addresses addressed
express expresses expressed
voice voices voiced
raise raises raised
highlight highlights highlighted
decline declines declined
refuse refuses refused refusing
condemn condemns condemned
favor favors favored favour favours favoured
prefer prefers preferred
see sees
view views viewed
learn learns learned learnt
point pointed pointing
talk talks talked
encourage encourages encouraged encouraging
order ordered
rail railed
rule ruled
push pushed
list listed
nominate nominated
decide decided
consider considering considers
vote voted
offer offering
issue issued
share shared
identify identified
rebuke rebuked
assail assailed
invoke invoked
imply implying implied
unveil unveiled
realize realized
liken likened
detail detailing
forecast
champion championed
portray portrayed portraying
applaud applauded
deliver delivering
promote
challenge challenged
welcome welcomed
disclose disclosed
notice noticed
project projected
apologize apologized
confirm confirming
pledge pledging
decry decrying
dismiss dismissing
remember remembers remembered
acquiesce acquiesced
vouch vouched
trumpet trumpeting
foresee
envision envisioned
credit crediting credited
contradict contradicted
rebut
allude alluding
reaffirm reaffirmed
downplay downplayed
clarify clarified
congratulate congratulated congratulating
outline outlined outlining
articulate articulated
bemoan bemoaned
lambast lambasted
reference referenced referencing
chide chiding
remark remarking
blast blasting
slam slamming
retweet retweeted
denounce denouncing
repeat repeating
emphasize emphasizing
mock mocking
question questioning";

static REPORTING_ONLY: WordSet = WordSet::new(REPORTING_VERBS);

/// Forms that report only beside quotation marks: without them they are
/// more often nouns ("the state", "attacks on"), other senses ("back the
/// car", "raise taxes", "find a job") or reports of no one's words. Measured
/// on the PolNeAR train split: fewer than about one in four of their
/// unmarked clauses was annotated as reported speech.
static NOT_WITHOUT_MARKS: WordSet = WordSet::new(
    "state states back backs attack attacks raise raised raises email emails respond planned find \
     feel felt knew pledged defend thought call supports address hoped believed comments \
     maintained expected order vote offer push welcome challenge nominate encourage apologize \
     identify trumpet credit outline remember",
);

/// Whether `word` is the base form of a reporting verb: the first form on
/// its line ("say", "show", "support").
pub fn is_base_form(word: &str) -> bool {
    static SPEECH_BASE_FORMS: WordSet = WordSet::first_of_lines(VERBS);
    static REPORTING_BASE_FORMS: WordSet = WordSet::first_of_lines(REPORTING_VERBS);
    SPEECH_BASE_FORMS.contains(word) || REPORTING_BASE_FORMS.contains(word)
}

/// The verbs of speech and `REPORTING_VERBS`, less `NOT_WITHOUT_MARKS`.
static REPORTING_WITHOUT_MARKS: WordSet = WordSet::made_by(|| {
    let words = SPEECH_VERBS.words().iter().chain(REPORTING_ONLY.words());
    words.copied().filter(|w| !NOT_WITHOUT_MARKS.contains(w)).collect()
});

/// Whether `word` reports speech, thought or findings without quotation
/// marks: a verb of speech or one of `REPORTING_VERBS`.
pub fn is_reporting_verb(word: &str) -> bool {
    // Asked of every word of the text: one look-up, not three.
    REPORTING_WITHOUT_MARKS.contains(word)
}

/// The ways a word may report, as bits of [`ways_of_reporting`]: it is a
/// reporting verb ([`is_reporting_verb`]), reports in the progressive
/// ([`reports_in_progressive`]), or may report through a particle
/// ([`may_report_through`]).
pub const REPORTS: u32 = 1;
pub const REPORTS_IN_PROGRESSIVE: u32 = 2;
pub const REPORTS_THROUGH_PARTICLE: u32 = 4;

/// The sets of [`REPORTS`], [`REPORTS_IN_PROGRESSIVE`] and
/// [`REPORTS_THROUGH_PARTICLE`], in the order of their bits.
static WAYS_OF_REPORTING_SETS: [&WordSet; 3] = [&REPORTING_WITHOUT_MARKS, &PROGRESSIVE_ONLY, &PHRASAL_FORMS];
static WAYS_OF_REPORTING: WordClasses = WordClasses::new(&WAYS_OF_REPORTING_SETS, || {
    WAYS_OF_REPORTING_SETS.iter().flat_map(|set| set.words().iter().copied()).collect()
});

/// The ways `word` (any case) may report, as bits ([`REPORTS`] ...): one
/// look-up for the three questions asked of every word.
pub fn ways_of_reporting(word: &str) -> u32 {
    WAYS_OF_REPORTING.of(word)
}

/// Verbs that report through a particle, with the particles each reports
/// through, lower case as written: "pointed out that ...", "talked about
/// the economy", "railed against", "called on the governor to resign",
/// "called for an inquiry". What follows the particle is reported. The
/// forms after the first line report only with their particle ("spoke
/// about", not "spoke"); they were taken from PolNeAR's train split where
/// its annotators marked the pair as a cue at least about a third of the
/// times it stands there ("spoke about" 10 of 11, "referring to" 35 of 58,
/// "pushing for" 6 of 7, "respond to" 19 of 58, "voted for" 12 of 37).
const PHRASAL: &[(&str, &[&str])] = &[
    ("point pointed pointing talk talks talked rail railed", &["out", "about", "to", "against"]),
    // Not "call" or "calls": as nouns ("a call for", "calls on") they
    // open no report.
    ("called calling", &["on", "for"]),
    ("spoke speaking talking", &["about"]),
    ("referring referred", &["to"]),
    ("warned warning", &["of", "about", "against"]),
    ("pushing pushed", &["for"]),
    ("laid", &["out"]),
    ("asked", &["for"]),
    ("worried", &["about"]),
    ("respond responded responding", &["to"]),
    ("voted", &["for", "against"]),
    ("advocated advocating", &["for"]),
    ("commented", &["on"]),
];

/// Every particle of [`PHRASAL`], asked first of the word after each verb.
const PARTICLES: &[&str] = &["out", "about", "to", "against", "on", "for", "of"];

/// The forms of [`PHRASAL`].
static PHRASAL_FORMS: WordSet = WordSet::made_by(|| PHRASAL.iter().flat_map(|(forms, _)| forms.split(' ')).collect());

/// Whether `word` reports through the particle `particle` after it.
pub fn reports_through(word: &str, particle: &str) -> bool {
    is_particle(particle)
        && PHRASAL_FORMS.contains(word)
        && PHRASAL.iter().any(|(forms, particles)| particles.contains(&particle) && forms.split(' ').any(|f| f == word))
}

/// Whether `word` (any case) may report through a particle after it: the
/// first test of [`reports_through`], asked of a word before its particle
/// is known.
pub fn may_report_through(word: &str) -> bool {
    PHRASAL_FORMS.contains(word)
}

/// Whether `word`, as written, is one of the particles of [`PHRASAL`].
pub fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}

/// Verbs of speech whose content is a clause, never a word or two: "said
/// enough", "said this week" report nothing.
static REPORT_ONLY_CLAUSES: WordSet = WordSet::new("say says said saying");

/// Whether `word` reports only a clause.
pub fn reports_only_clauses(word: &str) -> bool {
    REPORT_ONLY_CLAUSES.contains(word)
}

/// Verbs whose object is the one addressed ("told reporters", "asked him"):
/// without a clause after it, nothing is reported.
static ADDRESSING: WordSet = WordSet::new("told tell tells telling asked ask asks asking");

/// Whether `word` takes the one addressed as its object.
pub fn addresses_someone(word: &str) -> bool {
    ADDRESSING.contains(word)
}

/// Nouns of speech and thought that introduce what was said with "that":
/// "Novak's statement that the port would reopen".
static REPORT_NOUNS_WITH_THAT: WordSet = WordSet::new(
    "statement claim claims assertion announcement suggestion warning argument belief view insistence \
     contention admission denial promise pledge assurance",
);

/// Nouns of intent that introduce what was meant with "to": "Trump's plans
/// to cut taxes", "the union's decision to strike".
static REPORT_NOUNS_WITH_TO: WordSet =
    WordSet::new("plans decision proposal promise pledge vow threat call calls demand refusal intention bid");

/// The words that link a report noun to what it introduces, and, in the
/// same order, the nouns each follows. A constant, so that the test of
/// every word ([`links_report_noun`]) compiles to comparisons with them.
const REPORT_NOUN_LINKS: [&str; 2] = ["that", "to"];
static REPORT_NOUNS_BY_LINK: [&WordSet; 2] = [&REPORT_NOUNS_WITH_THAT, &REPORT_NOUNS_WITH_TO];

/// Whether `noun`, followed by `next` ("that" or "to"), introduces what a
/// source said, thought or meant.
pub fn is_report_noun(noun: &str, next: &str) -> bool {
    REPORT_NOUN_LINKS.iter().zip(REPORT_NOUNS_BY_LINK).any(|(&link, nouns)| next == link && nouns.contains(noun))
}

/// Whether `word`, as written, is one of the words after a report noun
/// ("that", "to"): asked of every word, before [`is_report_noun`] is.
#[inline(always)]
pub fn links_report_noun(word: &[u8]) -> bool {
    REPORT_NOUN_LINKS.iter().any(|link| word == link.as_bytes())
}

/// The roles of a small word, as bits of [`small_word_roles`]: one of
/// [`PARTICLES`] ([`is_particle`]), a word that links a report noun to
/// what it introduces ([`links_report_noun`]), or the second word of one of
/// [`SOURCE_AFTER_PHRASES`]. Each as written, in lower case (each starts
/// with a small ASCII letter).
pub const PARTICLE: u32 = 1;
pub const LINK: u32 = 2;
pub const SECOND_OF_SOURCE_PHRASE: u32 = 4;

/// The roles ([`PARTICLE`] ...) of `word`, as written; 0 for most words.
/// (Reported speech asks each distinct word once and remembers it.)
pub fn small_word_roles(word: &str) -> u32 {
    let mut roles = 0;
    if is_particle(word) {
        roles |= PARTICLE;
    }
    if links_report_noun(word.as_bytes()) {
        roles |= LINK;
    }
    if SOURCE_AFTER_PHRASES.iter().any(|[_, second]| word == *second) {
        roles |= SECOND_OF_SOURCE_PHRASE;
    }
    roles
}

/// Forms that report only after "is", "was", "been" ... ("Cruz is
/// endorsing Trump"): alone, they more often open a participle phrase
/// (", supporting the bill") that is no one's report.
static PROGRESSIVE_ONLY: WordSet = WordSet::new(
    "endorsing supporting backing opposing criticizing attacking questioning demanding pushing \
     seeking planning weighing pressing praising",
);

/// Whether `word` reports after a form of "be".
pub fn reports_in_progressive(word: &str) -> bool {
    PROGRESSIVE_ONLY.contains(word)
}
