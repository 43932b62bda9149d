//! Text in every encoding users hold, built byte by byte and read through `parse_bytes`:
//! the encoding is found, reported, and the notice parses the same as its UTF-8 text.

use encoding_rs::{BIG5, GB18030, GBK};
use gongwen::{Format, Options};

const NOTICE: &str = "关于印发重点工作责任分工的通知\n一、总体要求\n1.完成投资300亿元。（市发展改革委牵头，市财政局配合）\n2.新增就业4万人。（市人力资源和社会保障局负责）\n市人民政府\n2024年3月1日\n";

fn read(bytes: &[u8]) -> gongwen::Document {
    let doc = gongwen::parse_bytes(bytes, &Options::default()).expect("decodes");
    assert_eq!(doc.format(), Format::Text);
    doc
}

fn tasks(doc: &gongwen::Document) -> Vec<(Option<u32>, Vec<String>)> {
    doc.tasks()
        .iter()
        .map(|t| {
            (
                t.number,
                t.units().iter().map(|u| u.name.to_string()).collect(),
            )
        })
        .collect()
}

#[test]
fn utf8_with_and_without_bom() {
    assert_eq!(read(NOTICE.as_bytes()).encoding(), Some("UTF-8"));
    let mut b = b"\xEF\xBB\xBF".to_vec();
    b.extend_from_slice(NOTICE.as_bytes());
    let doc = read(&b);
    assert_eq!((doc.encoding(), doc.source()), (Some("UTF-8"), NOTICE));
}

#[test]
fn utf16_both_byte_orders() {
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(NOTICE.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(NOTICE.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    for (bytes, name) in [(le, "UTF-16LE"), (be, "UTF-16BE")] {
        let doc = read(&bytes);
        assert_eq!((doc.encoding(), doc.source()), (Some(name), NOTICE));
        assert_eq!(tasks(&doc), tasks(&gongwen::parse(NOTICE)));
    }
}

#[test]
fn gbk_and_gb18030_with_four_byte_no_break_spaces() {
    let (gbk, _, _) = GBK.encode(NOTICE);
    assert_eq!(read(&gbk).encoding(), Some("gb18030"));
    // Only non-GBK characters: no-break spaces, four bytes each in GB18030.
    let text = NOTICE.replace("一、", "\u{a0}\u{a0}一、");
    let (bytes, _, _) = GB18030.encode(&text);
    assert!(bytes.windows(4).any(|w| w == [0x81, 0x30, 0x84, 0x32]));
    let doc = read(&bytes);
    assert_eq!(
        (doc.encoding(), doc.source()),
        (Some("gb18030"), text.as_str())
    );
    assert_eq!(tasks(&doc), tasks(&gongwen::parse(NOTICE)));
}

#[test]
fn big5_traditional_notice() {
    let text = "臺北市政府關於印發重點工作責任分工的通知\n一、總體要求\n1.推動產業發展，完成投資三百億元。（經濟發展局牽頭，財政局配合）\n2.加強組織領導，確保各項任務落實到位。（研究發展考核委員會負責）\n";
    let (bytes, _, _) = BIG5.encode(text);
    let doc = read(&bytes);
    assert_eq!((doc.encoding(), doc.source()), (Some("Big5"), text));
    assert_eq!(doc.tasks().len(), 2);
}

#[test]
fn undecodable_bytes_are_an_error_with_offset() {
    let mut b = NOTICE.as_bytes().to_vec();
    b.insert(30, 0xFF);
    let err = gongwen::parse_bytes(&b, &Options::default()).unwrap_err();
    assert_eq!(err.offset(), Some(30), "{err}");
    let (mut gb, _, _) = GB18030.encode(NOTICE);
    let mut gb = gb.to_mut().clone();
    gb.push(0x81); // a lead byte with nothing after it
    let err = gongwen::parse_bytes(&gb, &Options::default()).unwrap_err();
    assert!(matches!(err, gongwen::Error::Decode { .. }), "{err}");
}
