//! The words of a GB/T 9704-2012 official document's head and foot (版头, 版记): secrecy
//! levels, urgency marks, field labels, and the separators of addressee and cc lists.
//! Sources: GB/T 9704-2012 §7.2 (份号, 密级和保密期限, 紧急程度, 发文字号, 签发人) and §7.4
//! (抄送机关); 党政机关公文处理工作条例 (2012) 第九条.

use crate::ast::{SecrecyLevel, Urgency};

/// 密级: the three levels, most secret first.
pub(crate) const SECRECY_LEVELS: &[(&str, SecrecyLevel)] = &[
    ("绝密", SecrecyLevel::TopSecret),
    ("机密", SecrecyLevel::Secret),
    ("秘密", SecrecyLevel::Confidential),
];

/// The star between a secrecy level and its term (机密★1年), in the forms printed.
pub(crate) const SECRECY_STARS: &[char] = &['★', '☆', '*'];

/// 紧急程度: 特急 and 加急 for documents, 特提/平急 for telegrams.
pub(crate) const URGENCY_MARKS: &[(&str, Urgency)] = &[
    ("特提", Urgency::Immediate),
    ("特急", Urgency::VeryUrgent),
    ("加急", Urgency::Urgent),
    ("平急", Urgency::Prompt),
];

/// The label of the copy number when it is written (a bare six-digit number needs none).
pub(crate) const COPY_NUMBER_LABEL: &str = "份号";

/// The label before the signers of a document sent upward (签发人：张三 李四).
pub(crate) const SIGNER_LABEL: &str = "签发人";

/// The end of a document number: 济政〔2024〕5号.
pub(crate) const DOC_NUMBER_END: char = super::lines::DOC_NUMBER_ENDINGS[0];

/// The labels that open a cc list (抄送：) and a copy-to-subordinates list (抄报 is for
/// superiors in older documents).
pub(crate) const CC_LABELS: &[&str] = &["抄送", "抄报"];

/// The label that opens the attachment list (附件：1.……).
pub(crate) const ATTACHMENT_LABEL: &str = "附件";
