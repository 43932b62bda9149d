//! The head marks of a GB/T 9704 official document, read from one line: the document number
//! (济政〔2024〕5号) with the signers a document sent upward names after it (签发人：张三), and
//! the copy number, secrecy level and urgency printed above the issuer's mark
//! (000123 机密★1年 特急). The parsers read the line folded (half width, simplified), which
//! keeps its characters one for one, so positions found in it are positions in the line.

use crate::ast::{SecrecyLevel, Urgency};
use crate::lexicon::official::{
    COPY_NUMBER_LABEL, DOC_NUMBER_END, SECRECY_LEVELS, SECRECY_STARS, SIGNER_LABEL, URGENCY_MARKS,
};
use crate::normalize::fold_char;
use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::character::complete::{char as one, digit1, space0};
use nom::combinator::{opt, verify};
use nom::{IResult, Parser};

/// A document number's parts, as character counts into the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DocNumberParts {
    /// Characters of the issuing agency's code (济政, 国办发) from the number's start.
    pub agency_start: usize,
    pub agency_chars: usize,
    pub year: u16,
    pub seq: u32,
    /// Characters up to the end of 号 (and a closing parenthesis around the whole).
    pub end_chars: usize,
    /// Signers named after the number (签发人：张三 李四).
    pub signers: Vec<String>,
}

fn is_agency_char(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x9FFF) || c.is_ascii_alphabetic()
}

fn opening(c: char) -> bool {
    matches!(c, '〔' | '[' | '(' | '【' | '〖')
}

fn closing(c: char) -> bool {
    matches!(c, '〕' | ']' | ')' | '】' | '〗')
}

fn number_parts(i: &str) -> IResult<&str, (Option<char>, &str, u16, u32)> {
    let (i, paren) = opt(one('(')).parse(i)?;
    let (i, agency) = take_while_m_n(1, 16, is_agency_char).parse(i)?;
    let (i, _) = verify(take_while_m_n(1, 1, opening), |_: &str| true).parse(i)?;
    let (i, year) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit()).parse(i)?;
    let (i, _) = take_while_m_n(1, 1, closing).parse(i)?;
    let (i, seq) = verify(digit1, |d: &str| d.len() <= 6).parse(i)?;
    let (i, _) = one(DOC_NUMBER_END).parse(i)?;
    let year = year.parse().unwrap_or(0);
    let seq = seq.parse().unwrap_or(0);
    Ok((i, (paren, agency, year, seq)))
}

/// The 签发人： label and the spaces around it; what follows is the names.
fn signer_label(i: &str) -> IResult<&str, ()> {
    let (i, _) = (space0, tag(SIGNER_LABEL), space0, one(':'), space0).parse(i)?;
    Ok((i, ()))
}

fn split_names(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || matches!(c, '、' | ',' | '，'))
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect()
}

/// The document number a line holds, alone or with signers after it.
pub(crate) fn doc_number(line: &str) -> Option<DocNumberParts> {
    // number_parts reads at most 31 characters, so a line whose first 40 do not parse holds
    // no number however long it is: fold those first, the rest only for a number.
    let trimmed = line.trim();
    // A number opens its year bracket within 18 characters (an optional parenthesis, at
    // most 16 of agency, the bracket): most lines hold none there and skip the parser.
    if !trimmed.chars().take(18).any(|c| opening(fold_char(c))) {
        return None;
    }
    let mut chars = trimmed.chars();
    let head: String = chars.by_ref().take(40).map(fold_char).collect();
    number_parts(&head).ok()?;
    let folded = if chars.as_str().is_empty() {
        head
    } else {
        trimmed.chars().map(fold_char).collect()
    };
    let lead = line.chars().take_while(|c| c.is_whitespace()).count();
    let (rest, (paren, agency, year, seq)) = number_parts(&folded).ok()?;
    let rest = match paren {
        Some(_) => rest.strip_prefix(')')?,
        None => rest,
    };
    let end_chars = folded.chars().count() - rest.chars().count();
    let signers = if rest.trim().is_empty() {
        Vec::new()
    } else {
        // Names are taken from the line itself, not its folding.
        let (names, ()) = signer_label(rest).ok()?;
        let skip = folded.chars().count() - names.chars().count();
        split_names(&line.trim().chars().skip(skip).collect::<String>())
    };
    Some(DocNumberParts {
        agency_start: lead + usize::from(paren.is_some()),
        agency_chars: agency.chars().count(),
        year,
        seq,
        end_chars: lead + end_chars,
        signers,
    })
}

/// The marks printed above the issuer's mark: 份号, 密级 (with its term), 紧急程度.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct HeadMarks {
    pub copy_number: Option<String>,
    pub secrecy: Option<(SecrecyLevel, Option<String>)>,
    pub urgency: Option<Urgency>,
}

fn secrecy(token: &str) -> Option<(SecrecyLevel, Option<String>)> {
    let (word, level) = SECRECY_LEVELS.iter().find(|(w, _)| token.starts_with(w))?;
    let rest = &token[word.len()..];
    if rest.is_empty() {
        return Some((*level, None));
    }
    let term = rest.strip_prefix(SECRECY_STARS)?;
    (!term.is_empty()).then(|| (*level, Some(term.to_string())))
}

/// The head marks of a line made only of them (000123 机密★1年 特急), or `None`.
pub(crate) fn head_marks(line: &str) -> Option<HeadMarks> {
    let folded: String = line.chars().map(fold_char).collect();
    let mut marks = HeadMarks::default();
    let mut tokens = folded.split_whitespace().peekable();
    let mut any = false;
    while let Some(token) = tokens.next() {
        let token = token.trim_matches(|c: char| c == ':' || c == '：');
        if token == COPY_NUMBER_LABEL {
            continue;
        }
        let token = token
            .strip_prefix(COPY_NUMBER_LABEL)
            .map_or(token, |t| t.trim_start_matches(':'));
        if token.len() == 6 && token.bytes().all(|b| b.is_ascii_digit()) {
            marks.copy_number = Some(token.to_string());
        } else if let Some(s) = secrecy(token) {
            marks.secrecy = Some(s);
        } else if let Some((_, u)) = URGENCY_MARKS.iter().find(|(w, _)| token == *w) {
            marks.urgency = Some(*u);
        } else if let (Ok((rest, _)), true) = (
            take_while1::<_, _, nom::error::Error<&str>>(|c: char| SECRECY_STARS.contains(&c))
                .parse(token),
            marks.secrecy.is_some(),
        ) {
            // 机密 ★ 1年: the star and term as tokens of their own.
            let term = if rest.is_empty() {
                tokens.next().map(str::to_string)
            } else {
                Some(rest.to_string())
            };
            if let Some((level, None)) = marks.secrecy {
                marks.secrecy = Some((level, term));
            }
        } else {
            return None;
        }
        any = true;
    }
    any.then_some(marks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_numbers_in_every_bracket_and_width() {
        let n = doc_number("济政〔2024〕5号").unwrap();
        assert_eq!(
            (n.agency_start, n.agency_chars, n.year, n.seq),
            (0, 2, 2024, 5)
        );
        let n = doc_number("（皖政办秘〔2021〕82号）").unwrap();
        assert_eq!(
            (n.agency_start, n.agency_chars, n.year, n.seq),
            (1, 4, 2021, 82)
        );
        let n = doc_number("雲政辦發［２０２４］６號").unwrap();
        assert_eq!((n.agency_chars, n.year, n.seq), (4, 2024, 6));
        assert!(doc_number("2024年5号文件").is_none());
        assert!(doc_number("关于〔2024〕的通知").is_none());
    }

    #[test]
    fn signers_follow_the_number() {
        let n = doc_number("豫政〔2024〕12号          签发人：张三  李四").unwrap();
        assert_eq!(n.signers, ["张三", "李四"]);
        assert_eq!((n.year, n.seq), (2024, 12));
        assert!(doc_number("豫政〔2024〕12号 关于印发").is_none());
    }

    #[test]
    fn head_marks_alone_on_a_line() {
        let m = head_marks("000123 机密★1年 特急").unwrap();
        assert_eq!(m.copy_number.as_deref(), Some("000123"));
        assert_eq!(m.secrecy, Some((SecrecyLevel::Secret, Some("1年".into()))));
        assert_eq!(m.urgency, Some(Urgency::VeryUrgent));
        let m = head_marks("秘密 ★ 长期").unwrap();
        assert_eq!(
            m.secrecy,
            Some((SecrecyLevel::Confidential, Some("长期".into())))
        );
        assert_eq!(head_marks("加急").unwrap().urgency, Some(Urgency::Urgent));
        assert_eq!(
            head_marks("份号：000007").unwrap().copy_number.as_deref(),
            Some("000007")
        );
        assert!(head_marks("特急通知").is_none());
        assert!(head_marks("机密文件处理办法").is_none());
        assert!(head_marks("12345").is_none());
        assert!(head_marks("").is_none());
    }
}
