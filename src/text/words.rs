//! Words and punctuation: the tokens that attribution patterns match.
//!
//! A word is a run of letters and digits, holding apostrophes and hyphens
//! between letters (can't, Jean-Luc) and the stops of abbreviations and
//! initials (Sen., J., U.S.). Every other non-space character is a token of
//! its own, so patterns can see the comma in `“...,” she said`.

/// One token, in byte offsets into the text it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub is_word: bool,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

fn joins_words(ch: char) -> bool {
    matches!(ch, '\'' | '\u{2019}' | '-' | '\u{2010}')
}

/// The char at byte `i` of `text` (which must be a char boundary) and its
/// length, cheaply for ASCII, the common case.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    text[i..].chars().next().map(|c| (c, c.len_utf8()))
}

#[inline]
fn is_alphanumeric_at(text: &str, i: usize, end: usize) -> bool {
    i < end && char_at(text, i).is_some_and(|(c, _)| c.is_alphanumeric())
}

/// The tokens of `text[start..end]`, with offsets into `text` (the stages
/// use [`each_token`]; the tests read lists).
#[cfg(test)]
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    // About one token for every five bytes of news.
    let mut tokens = Vec::with_capacity((end - start) / 5 + 1);
    each_token(text, start, end, |token| tokens.push(token));
    tokens
}

/// Calls `take` with each token of `text[start..end]`, with offsets into
/// `text`, in order: callers keep tokens in lists of their own.
pub fn each_token(text: &str, start: usize, end: usize, mut take: impl FnMut(Token)) {
    let mut i = start;
    let bytes = text.as_bytes();
    while let Some((ch, len)) = char_at(text, i).filter(|_| i < end) {
        if ch == ' ' {
            i += 1; // The most common character of all, and no token.
            continue;
        }
        let at = i;
        if ch.is_alphanumeric() {
            let mut word_end = at + len;
            // Letters in the current dot-separated piece ("U.S": 1, then 1).
            let mut piece_len = 1;
            loop {
                // The common case first: an ASCII letter or digit goes on the word.
                while word_end < end && bytes[word_end].is_ascii_alphanumeric() {
                    word_end += 1;
                    piece_len += 1;
                }
                let Some((next, next_len)) = char_at(text, word_end).filter(|_| word_end < end) else { break };
                let after = word_end + next_len;
                let joined = if next.is_alphanumeric() {
                    true
                } else if joins_words(next) {
                    is_alphanumeric_at(text, after, end)
                } else if next == '.' && piece_len == 1 {
                    // U.S., a.m.: a stop between single letters.
                    char_at(text, after).filter(|_| after < end).is_some_and(|(c, _)| c.is_alphabetic())
                        && !is_alphanumeric_at(text, after + char_at(text, after).map_or(1, |(_, l)| l), end)
                } else {
                    false
                };
                if !joined {
                    break;
                }
                piece_len = if next == '.' { 0 } else { piece_len + 1 };
                word_end += next_len;
            }
            // A plural possessive keeps its apostrophe when a word follows:
            // "the pilots’ union".
            if let Some((_, mark_len)) =
                char_at(text, word_end).filter(|&(c, _)| word_end < end && matches!(c, '\u{2019}' | '\''))
            {
                let after = &text[word_end + mark_len..end];
                let plural = text[at..word_end].ends_with('s');
                if plural && after.starts_with(' ') && after.trim_start().starts_with(char::is_lowercase) {
                    word_end += mark_len;
                }
            }
            // An abbreviation or initial keeps its full stop: "Sen.", "J.", "U.S.".
            if word_end < end && text.as_bytes()[word_end] == b'.' && takes_its_stop(&text[at..word_end]) {
                word_end += 1;
            }
            take(Token { start: at, end: word_end, is_word: true });
            i = word_end;
        } else {
            if !crate::text::paragraphs::is_padding(ch) {
                take(Token { start: at, end: at + len, is_word: false });
            }
            i += len;
        }
    }
}

fn takes_its_stop(word: &str) -> bool {
    let mut chars = word.chars();
    let single_capital = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    single_capital || word.contains('.') || crate::lexicon::abbreviations::is_abbreviation(word)
}

/// A word without the full stop an abbreviation keeps ("Sen." gives "Sen").
pub fn without_stop(word: &str) -> &str {
    word.strip_suffix('.').unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text, 0, text.len()).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_words_and_punctuation() {
        assert_eq!(texts("“No,” she said."), ["“", "No", ",", "”", "she", "said", "."]);
    }

    #[test]
    fn keeps_apostrophes_and_hyphens_inside_words() {
        assert_eq!(texts("can’t, Jean-Luc's 'x' -"), ["can’t", ",", "Jean-Luc's", "'", "x", "'", "-"]);
        assert_eq!(texts("the pilots’ union, the boss’ ”"), ["the", "pilots’", "union", ",", "the", "boss", "’", "”"]);
    }

    #[test]
    fn abbreviations_and_initials_keep_their_stop() {
        assert_eq!(texts("Sen. J. Smith of the U.S. said."), ["Sen.", "J.", "Smith", "of", "the", "U.S.", "said", "."]);
        assert_eq!(texts("at 9 a.m. today. Done."), ["at", "9", "a.m.", "today", ".", "Done", "."]);
    }

    #[test]
    fn offsets_point_into_the_whole_text() {
        let text = "ab “cd”";
        let tokens = tokenize(text, 3, text.len());
        assert_eq!(tokens[1].text(text), "cd");
        assert_eq!(tokens[1].start, 6);
    }
}
