//! The GB/T 9704-2012 elements of an official document's head and foot.

use super::Span;

/// 密级: a secrecy level of GB/T 9704 §7.2.2.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum SecrecyLevel {
    /// 绝密.
    TopSecret,
    /// 机密.
    Secret,
    /// 秘密.
    Confidential,
}

/// 紧急程度: how urgent a document is marked (GB/T 9704 §7.2.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Urgency {
    /// 特提 (telegrams).
    Immediate,
    /// 特急.
    VeryUrgent,
    /// 加急.
    Urgent,
    /// 平急 (telegrams).
    Prompt,
}

/// 文种: the genre a title names. The fifteen of the 党政机关公文处理工作条例 (2012) 第八条,
/// then the document types implementing documents name themselves by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Genre {
    /// 决议.
    Resolution,
    /// 决定.
    Decision,
    /// 命令 (令).
    Order,
    /// 公报.
    Communique,
    /// 公告.
    Announcement,
    /// 通告.
    PublicNotice,
    /// 意见 (and 实施意见).
    Opinions,
    /// 通知.
    Notice,
    /// 通报.
    Circular,
    /// 报告.
    Report,
    /// 请示.
    Request,
    /// 批复.
    Reply,
    /// 议案.
    Motion,
    /// 函.
    Letter,
    /// 纪要.
    Minutes,
    /// 办法.
    Measures,
    /// 规定.
    Provisions,
    /// 规则.
    Rules,
    /// 细则.
    DetailedRules,
    /// 方案.
    Programme,
    /// 要点.
    KeyPoints,
    /// 计划 (and 行动计划).
    Plan,
    /// 条例.
    Regulations,
    /// 制度.
    System,
    /// 规划.
    LongTermPlan,
    /// 指引.
    Guidelines,
    /// 指南.
    Guide,
    /// 措施.
    Steps,
    /// 清单.
    List,
    /// 规范.
    Norms,
    /// 标准.
    Standard,
}

/// 发文字号: the document number, 济政〔2024〕5号.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DocNumber {
    /// The number as written.
    pub text: String,
    /// 发文机关代字: the issuing agency's code (济政, 国办发).
    pub agency: String,
    /// 年份.
    pub year: u16,
    /// 发文顺序号.
    pub seq: u32,
    /// Where it is written.
    pub span: Span,
}

/// The elements of an official document's head and foot (GB/T 9704-2012 版头 and 版记)
/// that are present; all empty for a document that is not one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Official {
    /// 份号: the copy number (six digits).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub copy_number: Option<String>,
    /// 密级.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub secrecy: Option<SecrecyLevel>,
    /// 保密期限: the term written after the level (1年, 长期).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub secrecy_term: Option<String>,
    /// 紧急程度.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub urgency: Option<Urgency>,
    /// 文种: the genre the title names.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub genre: Option<Genre>,
    /// 发文字号.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub doc_number: Option<DocNumber>,
    /// 签发人: signers named after the document number.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub signers: Vec<String>,
    /// 主送机关: the addressees, one a name.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub addressees: Vec<String>,
    /// 附件说明: the attachments' names, in order.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub attachments: Vec<String>,
    /// 抄送机关.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub cc: Vec<String>,
}

impl Official {
    /// True when no element was found.
    pub fn is_empty(&self) -> bool {
        *self == Official::default()
    }
}
