//! Cheap looks at markup before the tree is built: does this start like a web page, and
//! how deep do its elements nest (html5ever's tokenizer alone, which is linear).

use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use std::cell::Cell;

/// True when the bytes start like a web page: `<!DOCTYPE html`, `<html`, or a prefix of
/// several HTML tags.
pub(crate) fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(2048)];
    let text = match encoding_rs::Encoding::for_bom(head) {
        Some((enc, n)) => enc.decode_without_bom_handling(&head[n..]).0,
        None => String::from_utf8_lossy(head),
    };
    let t = text
        .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .to_ascii_lowercase();
    if !t.starts_with('<') {
        return false;
    }
    if t.starts_with("<!doctype html") || t.starts_with("<html") || t.contains("<html") {
        return true;
    }
    const TAGS: &[&str] = &[
        "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<table", "<br", "<span", "<a ",
        "<ul", "<li", "<h1", "<h2", "<h3", "<link", "<script", "<style",
    ];
    TAGS.iter().map(|tag| t.matches(tag).count()).sum::<usize>() >= 3
}

/// The deepest nesting of elements whose end tag cannot be left out (void elements and
/// those with optional end tags — p, li, td… — are not counted).
pub(crate) fn depth(text: &str) -> usize {
    let sink = DepthSink::default();
    let tok = Tokenizer::new(sink, TokenizerOpts::default());
    let queue = BufferQueue::default();
    queue.push_back(text.into());
    let _ = tok.feed(&queue);
    tok.end();
    tok.sink.max.get()
}

#[derive(Default)]
struct DepthSink {
    depth: Cell<usize>,
    max: Cell<usize>,
}

impl TokenSink for DepthSink {
    type Handle = ();
    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        if let Token::TagToken(tag) = token {
            let counted = !matches!(
                &*tag.name,
                "area"
                    | "base"
                    | "br"
                    | "col"
                    | "embed"
                    | "hr"
                    | "img"
                    | "input"
                    | "link"
                    | "meta"
                    | "source"
                    | "track"
                    | "wbr"
                    | "param"
                    | "keygen"
                    | "p"
                    | "li"
                    | "dt"
                    | "dd"
                    | "tr"
                    | "td"
                    | "th"
                    | "option"
                    | "optgroup"
                    | "thead"
                    | "tbody"
                    | "tfoot"
                    | "colgroup"
                    | "caption"
                    | "rb"
                    | "rt"
                    | "rp"
                    | "rtc"
                    | "html"
                    | "head"
                    | "body"
            );
            match tag.kind {
                TagKind::StartTag if counted && !tag.self_closing => {
                    let d = self.depth.get() + 1;
                    self.depth.set(d);
                    self.max.set(self.max.get().max(d));
                }
                TagKind::EndTag if counted => self.depth.set(self.depth.get().saturating_sub(1)),
                _ => {}
            }
        }
        TokenSinkResult::Continue
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn depth_counts_only_elements_that_must_close() {
        assert_eq!(super::depth("<div><div><p>a<p>b<br></div></div>"), 2);
        assert_eq!(super::depth(&"<li>".repeat(1000)), 0);
    }
}
