//! The encoding an HTML page declares (`<meta charset>` or `http-equiv` Content-Type),
//! found by parsing a prefix of the page with html5ever: the prefix is decoded as
//! windows-1252 first, which maps every byte, so the ASCII markup reads the same whatever
//! the real encoding is.

use encoding_rs::{Encoding, WINDOWS_1252};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// The spec's prescan looks at 1024 bytes; saved pages put a long comment first often
/// enough that a little more is worth it.
const PREFIX: usize = 4096;

/// The encoding the page declares, when it names one encoding_rs knows.
pub(crate) fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let prefix = &bytes[..bytes.len().min(PREFIX)];
    let (text, _) = WINDOWS_1252.decode_without_bom_handling(prefix);
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(&*text);
    let mut stack: Vec<Handle> = vec![dom.document.clone()];
    while let Some(node) = stack.pop() {
        if let NodeData::Element { name, attrs, .. } = &node.data {
            if &*name.local == "meta" {
                let attrs = attrs.borrow();
                let get = |key: &str| {
                    attrs
                        .iter()
                        .find(|a| (*a.name.local).eq_ignore_ascii_case(key))
                        .map(|a| a.value.to_string())
                };
                let label = get("charset").or_else(|| {
                    let equiv = get("http-equiv")?;
                    if !equiv.eq_ignore_ascii_case("content-type") {
                        return None;
                    }
                    charset_in_content(&get("content")?)
                });
                if let Some(enc) = label.and_then(|l| Encoding::for_label(l.trim().as_bytes())) {
                    // A page cannot be UTF-16 and carry ASCII markup: the spec reads it as UTF-8.
                    let utf16 = enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE;
                    return Some(if utf16 { encoding_rs::UTF_8 } else { enc });
                }
            }
        }
        let children = node.children.borrow();
        stack.extend(children.iter().rev().cloned());
    }
    None
}

/// `text/html; charset=gb2312` → `gb2312`.
fn charset_in_content(content: &str) -> Option<String> {
    let lower = content.to_ascii_lowercase();
    let at = lower.find("charset")? + "charset".len();
    let rest = lower[at..].trim_start().strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let end = rest
        .find(|c: char| c == ';' || c == '"' || c == '\'' || c.is_whitespace())
        .unwrap_or(rest.len());
    Some(rest[..end].to_string()).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_and_http_equiv() {
        let a = b"<html><head><meta charset=\"gb2312\"><title>x</title>";
        assert_eq!(declared(a), Some(encoding_rs::GBK));
        let b = b"<!DOCTYPE html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=big5\">";
        assert_eq!(declared(b), Some(encoding_rs::BIG5));
        assert_eq!(declared(b"<html><body>no meta"), None);
        assert_eq!(
            charset_in_content("text/html;charset='utf-8'"),
            Some("utf-8".into())
        );
    }
}
