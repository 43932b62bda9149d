//! The GB/T 9704 elements of a finished tree, gathered into one [`Official`]: the head marks
//! and document number from the lines above the title (or a number block anywhere), the
//! signers after the number, and the addressee, attachment and cc lists split into names.

use crate::ast::{Block, DocNumber, Official, TextBlock, Title};
use crate::inline::responsibility::unit_names;
use crate::lex::brackets::split_depth0;
use crate::lex::markers::marker;
use crate::lex::official::{doc_number, head_marks};
use crate::lexicon::genres::genre_kind;
use crate::lexicon::official::{ATTACHMENT_LABEL, CC_LABELS};
use crate::normalize::fold_script;
use crate::Span;

/// Lines above the title that may hold head marks: GB/T 9704 puts at most the copy number,
/// secrecy, urgency, issuer's mark and number there, a scraped page a few more.
const FRONT_LINES: usize = 12;

/// The official elements of a document whose tree is `blocks` and whose title starts at
/// `title_start` (the start of the text when there is no title).
pub(crate) fn official(
    source: &str,
    blocks: &[Block],
    title: Option<&Title>,
    title_start: usize,
) -> Official {
    let mut out = Official {
        genre: title
            .and_then(|t| t.genre.as_deref())
            .and_then(|g| genre_kind(&fold_script(g))),
        ..Official::default()
    };
    let mut offset = 0;
    for line in source[..title_start.min(source.len())]
        .split_inclusive('\n')
        .take(FRONT_LINES)
    {
        if let Some(m) = head_marks(line) {
            out.copy_number = out.copy_number.or(m.copy_number);
            if let Some((level, term)) = m.secrecy {
                out.secrecy = Some(level);
                out.secrecy_term = term;
            }
            out.urgency = out.urgency.or(m.urgency);
        } else if out.doc_number.is_none() {
            read_number(source, Span::new(offset, offset + line.len()), &mut out);
        }
        offset += line.len();
    }
    for b in blocks {
        match b {
            Block::DocNumber(t) if out.doc_number.is_none() => {
                read_number(source, t.span, &mut out)
            }
            Block::Addressees(t) if out.addressees.is_empty() => {
                out.addressees = names(t.text.trim_end_matches([':', '：']));
            }
            Block::Attachment(t) if out.attachments.is_empty() => out.attachments = attachments(t),
            Block::Cc(t) if out.cc.is_empty() => {
                let text = t.text.trim();
                let text = CC_LABELS
                    .iter()
                    .find_map(|l| text.strip_prefix(l))
                    .map_or(text, |r| r.trim_start_matches([':', '：']));
                out.cc = names(text.trim_end_matches(['。', '.']));
            }
            _ => {}
        }
    }
    out
}

/// The document number (and signers) of the line at `span`, when it holds one.
fn read_number(source: &str, span: Span, out: &mut Official) {
    let line = source[span.range()].trim_end_matches(['\n', '\r']);
    let Some(parts) = doc_number(line) else {
        return;
    };
    let byte = |chars: usize| {
        line.char_indices()
            .nth(chars)
            .map_or(line.len(), |(i, _)| i)
    };
    let (a0, a1) = (
        byte(parts.agency_start),
        byte(parts.agency_start + parts.agency_chars),
    );
    let start = byte(line.chars().take_while(|c| c.is_whitespace()).count());
    let end = byte(parts.end_chars);
    out.doc_number = Some(DocNumber {
        text: line[start..end].to_string(),
        agency: line[a0..a1].to_string(),
        year: parts.year,
        seq: parts.seq,
        span: Span::new(span.start() + start, span.start() + end),
    });
    out.signers = parts.signers;
}

/// Names of a list separated by ，,；; outside brackets, each group split as a clause's unit
/// names are (on 、 at depth 0, bare levels sharing a head kept together:
/// 各省、自治区、直辖市人民政府; 各县（市、区）人民政府 is one).
fn names(text: &str) -> Vec<String> {
    split_depth0(text, &['，', ',', '；', ';'])
        .flat_map(|(_, group)| unit_names(group))
        .map(|(_, name)| name.trim())
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect()
}

/// The attachments a 附件： note lists: one a line, numbered or not.
fn attachments(t: &TextBlock) -> Vec<String> {
    let text = t.text.trim();
    let Some(rest) = text.strip_prefix(ATTACHMENT_LABEL) else {
        return Vec::new();
    };
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    let Some(rest) = rest.strip_prefix([':', '：']) else {
        return Vec::new();
    };
    rest.lines()
        .map(str::trim)
        .map(|l| match marker(l) {
            Ok((after, _)) => after.trim(),
            Err(_) => l,
        })
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::ast::{SecrecyLevel, Urgency};

    const NOTICE: &str = "000123\n机密★1年\n特急\n\n济源市人民政府文件\n\n济政〔2024〕5号                 签发人：张三 李四\n\n关于印发2024年重点工作分工方案的通知\n\n各镇人民政府、街道办事处，市人民政府各部门：\n  现将《方案》印发给你们，请认真贯彻执行。\n\n附件：1.2024年重点工作分工方案\n      2.责任清单\n\n济源市人民政府\n2024年3月1日\n\n抄送：市委办公室，市人大常委会办公室。\n";

    #[test]
    fn the_head_and_foot_of_a_notice() {
        let doc = crate::parse(NOTICE);
        let o = doc.official();
        assert_eq!(o.genre, Some(crate::Genre::Notice));
        assert_eq!(o.copy_number.as_deref(), Some("000123"));
        assert_eq!(o.secrecy, Some(SecrecyLevel::Secret));
        assert_eq!(o.secrecy_term.as_deref(), Some("1年"));
        assert_eq!(o.urgency, Some(Urgency::VeryUrgent));
        let n = o.doc_number.as_ref().unwrap();
        assert_eq!((n.agency.as_str(), n.year, n.seq), ("济政", 2024, 5));
        assert_eq!(doc.text(n.span), "济政〔2024〕5号");
        assert_eq!(o.signers, ["张三", "李四"]);
        assert_eq!(
            o.addressees,
            ["各镇人民政府", "街道办事处", "市人民政府各部门"]
        );
        assert_eq!(o.attachments, ["2024年重点工作分工方案", "责任清单"]);
        assert_eq!(o.cc, ["市委办公室", "市人大常委会办公室"]);
    }

    #[test]
    fn a_page_without_official_elements_has_none() {
        let doc = crate::parse("一、总体要求\n1.新建5G基站200个。（市工信局负责）\n");
        assert!(doc.official().is_empty());
    }
}
