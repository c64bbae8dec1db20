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

/// The tokens of `text[start..end]`, with offsets into `text`.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut tokens = Vec::new();
    let slice = &text[start..end];
    let mut chars = slice.char_indices().peekable();
    while let Some((offset, ch)) = chars.next() {
        let at = start + offset;
        if ch.is_alphanumeric() {
            let mut word_end = at + ch.len_utf8();
            // Letters in the current dot-separated piece ("U.S": 1, then 1).
            let mut piece_len = 1;
            while let Some(&(next_offset, next)) = chars.peek() {
                let after = slice[next_offset + next.len_utf8()..].chars().next();
                let followed_by_letter = after.is_some_and(char::is_alphanumeric);
                let joined = (joins_words(next) && followed_by_letter)
                    // U.S., a.m.: a stop between single letters.
                    || (next == '.' && piece_len == 1 && after.is_some_and(char::is_alphabetic)
                        && slice[next_offset + 1..].chars().nth(1).is_none_or(|c| !c.is_alphanumeric()));
                if next.is_alphanumeric() || joined {
                    piece_len = if next == '.' { 0 } else { piece_len + 1 };
                    word_end = start + next_offset + next.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            // A plural possessive keeps its apostrophe when a word follows:
            // "the pilots’ union".
            let rest = &slice[word_end - start..];
            if let Some(mark) = rest.chars().next().filter(|c| matches!(c, '\u{2019}' | '\'')) {
                let after = &rest[mark.len_utf8()..];
                let plural = text[at..word_end].ends_with('s');
                if plural && after.starts_with(' ') && after.trim_start().starts_with(char::is_lowercase) {
                    word_end += mark.len_utf8();
                    chars.next();
                }
            }
            // An abbreviation or initial keeps its full stop: "Sen.", "J.", "U.S.".
            let word = &text[at..word_end];
            if slice[word_end - start..].starts_with('.') && takes_its_stop(word) {
                word_end += 1;
                chars.next();
            }
            tokens.push(Token { start: at, end: word_end, is_word: true });
        } else if !crate::text::paragraphs::is_padding(ch) {
            tokens.push(Token { start: at, end: at + ch.len_utf8(), is_word: false });
        }
    }
    tokens
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
