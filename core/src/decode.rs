//! bytes → text. UTF-8 (BOM or not), UTF-16 with BOM, GB18030 (GBK and GB2312 are subsets,
//! so a GBK guess decodes as GB18030), Big5 for traditional-script pages.

use crate::Error;
use encoding_rs::{Encoding, BIG5, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};

/// Decoded text and the name of the encoding that was used.
#[derive(Debug)]
pub(crate) struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Decode `bytes`, choosing the encoding from a BOM, then strict UTF-8, then detection.
///
/// Undecodable bytes are an error carrying the offset of the first bad byte: we never
/// silently replace text.
pub(crate) fn decode(bytes: &[u8]) -> Result<Decoded, Error> {
    decode_declared(bytes, None)
}

/// As [`decode`], taking the bytes: UTF-8 without a BOM becomes the text in place, without
/// a copy (a file read whole is most of what a parse holds).
pub(crate) fn decode_owned(bytes: Vec<u8>) -> Result<Decoded, Error> {
    if Encoding::for_bom(&bytes).is_none() {
        match String::from_utf8(bytes) {
            Ok(text) => {
                return Ok(Decoded {
                    text,
                    encoding: "UTF-8",
                })
            }
            Err(e) => return decode(e.as_bytes()),
        }
    }
    decode(&bytes)
}

/// As [`decode`], but an encoding the document declares (an HTML `<meta charset>`) is
/// tried after the BOM and before detection. Valid UTF-8 that is not plain ASCII stays
/// UTF-8 whatever the declaration says: saved pages often keep a stale `gb2312` meta.
pub(crate) fn decode_declared(
    bytes: &[u8],
    declared: Option<&'static Encoding>,
) -> Result<Decoded, Error> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return decode_strict(enc, &bytes[bom_len..], bom_len);
    }
    let utf8 = std::str::from_utf8(bytes);
    if let Some(enc) = declared.map(superset) {
        if enc != UTF_8 && utf8.is_err() {
            if let Ok(d) = decode_strict(enc, bytes, 0) {
                return Ok(d);
            }
        }
    }
    match utf8 {
        Ok(s) => Ok(Decoded {
            text: s.to_owned(),
            encoding: "UTF-8",
        }),
        Err(e) => {
            // Not UTF-8: ask a detector, but only among the encodings we accept. Chinese
            // government sites publish in GB18030/GBK, or Big5 for traditional script.
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            // A prefix tells the encoding as well as the whole; detection costs more per byte
            // than parsing, so look at 256 KiB at most.
            let sample = &bytes[..bytes.len().min(256 * 1024)];
            det.feed(sample, sample.len() == bytes.len());
            // The .cn hint favours GBK; a page in traditional script is told apart by a
            // second guess without the hint.
            let mut guess = det.guess(Some(b"cn"), chardetng::Utf8Detection::Allow);
            if guess == GBK && det.guess(None, chardetng::Utf8Detection::Allow) == BIG5 {
                // Big5 pairs are also valid GBK pairs: take Big5 only when it decodes.
                if let Ok(d) = decode_strict(BIG5, bytes, 0) {
                    return Ok(d);
                }
            }
            guess = superset(guess);
            let prefix = &bytes[..e.valid_up_to()];
            let utf8_chars = String::from_utf8_lossy(prefix)
                .chars()
                .filter(|c| !c.is_ascii())
                .take(UTF8_EVIDENCE)
                .count();
            let enc = if utf8_chars >= UTF8_EVIDENCE {
                // Several Chinese characters in valid UTF-8 before a bad byte: GB text
                // almost never looks like that, so this is UTF-8 with a broken byte.
                return Err(Error::Decode {
                    encoding: "UTF-8",
                    offset: e.valid_up_to(),
                });
            } else if guess == UTF_16LE || guess == UTF_16BE || guess == GB18030 || guess == BIG5 {
                guess
            } else if guess == UTF_8 || !looks_like_gb(bytes) {
                // Mostly UTF-8 with a bad byte: report where UTF-8 broke.
                return Err(Error::Decode {
                    encoding: "UTF-8",
                    offset: e.valid_up_to(),
                });
            } else {
                GB18030
            };
            decode_strict(enc, bytes, 0)
        }
    }
}

/// Non-ASCII characters of valid UTF-8 before the first bad byte that make the input
/// UTF-8 with an error rather than another encoding.
const UTF8_EVIDENCE: usize = 4;

/// GBK and GB2312 labels mean GB18030, their superset: a page declared or guessed as GBK
/// may still hold four-byte sequences (U+00A0 is 0x81 0x30 0x84 0x36).
fn superset(enc: &'static Encoding) -> &'static Encoding {
    if enc == GBK {
        GB18030
    } else {
        enc
    }
}

/// True when high bytes form GB18030 sequences (two-byte GBK pairs, or four-byte
/// `81–FE 30–39 81–FE 30–39`), the shape of GB text.
fn looks_like_gb(bytes: &[u8]) -> bool {
    let mut high = 0usize;
    let mut i = 0;
    let lead = |b: u8| (0x81..=0xFE).contains(&b);
    let digit = |b: u8| b.is_ascii_digit();
    while i < bytes.len() {
        let b = bytes[i];
        if lead(b) {
            match bytes.get(i + 1..i + 4) {
                Some(&[b2, b3, b4]) if digit(b2) && lead(b3) && digit(b4) => {
                    high += 1;
                    i += 4;
                    continue;
                }
                _ => {}
            }
            match bytes.get(i + 1) {
                Some(&b2) if b2 >= 0x40 && b2 != 0x7F && b2 != 0xFF => {
                    high += 1;
                    i += 2;
                    continue;
                }
                _ => return false,
            }
        }
        if b >= 0x80 {
            return false;
        }
        i += 1;
    }
    high > 0
}

fn decode_strict(enc: &'static Encoding, body: &[u8], prefix: usize) -> Result<Decoded, Error> {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let cap = decoder
        .max_utf8_buffer_length_without_replacement(body.len())
        .unwrap_or(body.len() * 3 + 16);
    let mut out = String::with_capacity(cap);
    let (result, read) = decoder.decode_to_string_without_replacement(body, &mut out, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok(Decoded {
            text: out,
            encoding: enc.name(),
        }),
        encoding_rs::DecoderResult::Malformed(bad, _) => {
            // `read` counts bytes consumed including the malformed sequence.
            let offset = prefix + read.saturating_sub(bad as usize);
            Err(Error::Decode {
                encoding: enc.name(),
                offset,
            })
        }
        encoding_rs::DecoderResult::OutputFull => Err(Error::Decode {
            encoding: enc.name(),
            offset: prefix + read,
        }),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn owned_bytes_decode_as_borrowed_ones_do() {
        let gb = encoding_rs::GB18030.encode("关于印发通知").0.into_owned();
        let bom = [&[0xEF, 0xBB, 0xBF][..], "通知".as_bytes()].concat();
        let bad = [&b"ok "[..], &[0xFF, 0xFE, 0x41]].concat();
        for bytes in ["一、总体要求".as_bytes().to_vec(), gb, bom, bad, Vec::new()] {
            let borrowed = decode(&bytes).map(|d| (d.text, d.encoding));
            let owned = decode_owned(bytes).map(|d| (d.text, d.encoding));
            assert_eq!(format!("{owned:?}"), format!("{borrowed:?}"));
        }
    }
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("报告".as_bytes()).unwrap().text, "报告");
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("报告".as_bytes());
        let d = decode(&b).unwrap();
        assert_eq!(d.text, "报告");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn utf16_with_bom() {
        let mut b = vec![0xFF, 0xFE];
        for u in "关于通知".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&b).unwrap();
        assert_eq!(d.text, "关于通知");
        assert_eq!(d.encoding, "UTF-16LE");
    }

    #[test]
    fn gb18030_detected() {
        let (b, _, _) =
            GB18030.encode("济源市人民政府关于明确政府工作报告提出的2024年重点工作责任单位的通知");
        let d = decode(&b).unwrap();
        assert_eq!(d.encoding, "gb18030");
        assert!(d.text.starts_with("济源市人民政府"));
    }

    fn gb18030_bytes(s: &str) -> Vec<u8> {
        GB18030.encode(s).0.into_owned()
    }

    #[test]
    fn gb18030_with_four_byte_no_break_spaces() {
        let text = "关于印发重点工作责任分工的通知\u{a0}\u{a0}一、总体要求\n1.完成投资。（市发展改革委牵头）\n";
        let b = gb18030_bytes(text);
        assert!(
            b.windows(4).any(|w| w == [0x81, 0x30, 0x84, 0x32]),
            "four-byte nbsp"
        );
        let d = decode(&b).unwrap();
        assert_eq!(d.encoding, "gb18030");
        assert_eq!(d.text, text);
    }

    #[test]
    fn gbk_bytes_decode_as_gb18030() {
        let text = "各县区人民政府，市直各有关单位：现将任务分解表印发给你们。";
        let (b, _, _) = GBK.encode(text);
        let d = decode(&b).unwrap();
        assert_eq!(d.encoding, "gb18030");
        assert_eq!(d.text, text);
    }

    #[test]
    fn big5_traditional_page() {
        let text = "臺北市政府關於印發重點工作責任分工的通知\n一、總體要求\n1.推動產業發展。（經濟發展局負責）\n二、保障措施\n2.加強組織領導，確保各項任務落實到位。（研究發展考核委員會負責）\n";
        let (b, _, _) = BIG5.encode(text);
        let d = decode(&b).unwrap();
        assert_eq!(d.encoding, "Big5");
        assert_eq!(d.text, text);
    }

    #[test]
    fn utf16be_with_bom() {
        let mut b = vec![0xFE, 0xFF];
        for u in "关于通知".encode_utf16() {
            b.extend_from_slice(&u.to_be_bytes());
        }
        let d = decode(&b).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("关于通知", "UTF-16BE"));
    }

    #[test]
    fn declared_charset_wins_over_detection_but_not_over_utf8() {
        let text = "关于印发重点工作责任分工的通知";
        let b = gb18030_bytes(text);
        assert_eq!(decode_declared(&b, Some(GBK)).unwrap().encoding, "gb18030");
        let d = decode_declared(text.as_bytes(), Some(GBK)).unwrap();
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn broken_utf8_reports_its_offset() {
        let mut b = "政府工作报告".as_bytes().to_vec();
        b.push(0xE6);
        b.extend_from_slice("abc牵头单位".as_bytes());
        let err = decode(&b).unwrap_err();
        assert_eq!(err.offset(), Some(18), "{err:?}");
    }

    #[test]
    fn lone_surrogate_in_utf16_is_an_error_with_offset() {
        let mut b = vec![0xFF, 0xFE];
        b.extend_from_slice(&0x62A5u16.to_le_bytes());
        b.extend_from_slice(&0xD800u16.to_le_bytes());
        b.extend_from_slice(&0x0041u16.to_le_bytes());
        let err = decode(&b).unwrap_err();
        assert!(matches!(err, Error::Decode { offset: 4, .. }), "{err:?}");
    }
}
