//! Page chrome: the furniture a web page, a database export or a PDF step puts around a
//! document (navigation, metadata rows, footers, page numbers). A line that opens with one
//! of these words (and is not long) is chrome, kept but apart from the body.

// Lists that `lex::lines::classify` reads against the folded view (the line half width
// and simplified) are written once, folded; lists other stages match against text as
// written keep traditional twins until those stages read the view too.

/// Openings of navigation lines above a document (当前位置, 返回首页, 字号：…).
pub(crate) const NAV_OPENINGS: &[&str] = &[
    "导航菜单",
    "首页",
    "网站首页",
    "当前位置",
    "您的位置",
    "您现在的位置",
    "你的位置",
    "返回首页",
    "返回顶部",
    "打印本页",
    "关闭窗口",
    "【字体",
    "字体:",
    "字号:",
    "【打印】",
    "分享到",
    "扫一扫",
    "上一篇",
    "下一篇",
    "浏览次数",
    "阅读次数",
    "发布时间:",
    "来源:",
    "信息来源:",
];

/// Openings of the metadata rows government sites print above a document (索引号, 主题分类…).
pub(crate) const METADATA_OPENINGS: &[&str] = &[
    "索引号",
    "索 引 号",
    "主题分类",
    "发文机关:",
    "成文日期:",
    "标题:",
    "标  题:",
    "发布日期:",
    "发布机构:",
    "公文种类:",
    "主题词:",
    "有效性:",
    "文号:",
    "统一编号:",
    "生效日期:",
    "废止日期:",
];

/// Labels of a site's metadata table, written without spaces: a row may space them out
/// (`分   类 政务公开 有 效 性 有效`, `文    号`) and leave out the colon. Looked up in the
/// row folded to simplified script.
pub(crate) const METADATA_LABELS: &[&str] = &[
    "索引号",
    "主题分类",
    "发文机关",
    "成文日期",
    "发文日期",
    "发布日期",
    "发布机构",
    "公文种类",
    "主题词",
    "有效性",
    "文号",
    "统一编号",
    "生效日期",
    "废止日期",
    "分类",
    "名称",
    "所属机构",
    "文件分类",
    "发布时间",
];

/// The characters every metadata label opens with, in either script: a quick test before
/// a row is folded.
pub(crate) const METADATA_LABEL_INITIALS: &[char] = &[
    '索', '主', '发', '成', '公', '有', '文', '统', '生', '废', '分', '名', '所',
];

/// Openings of footer lines below a document (版权所有, 责任编辑, 相关新闻…).
pub(crate) const FOOTER_OPENINGS: &[&str] = &[
    "本文仅代表作者观点",
    "本文地址",
    "留言与评论",
    "验证码",
    "版权所有",
    "Copyright",
    "copyright",
    "ICP备",
    "责任编辑",
    "相关新闻",
    "相关阅读",
    "相关链接",
    "免责声明",
    "网站地图",
    "联系我们",
    "技术支持",
    "网站标识码",
    "公网安备",
    "【纠错】",
    "【打印】",
    "【关闭】",
];

/// Whole lines that end a news page's lead-in before the document it reprints (原文如下：).
pub(crate) const LEAD_IN_ENDINGS: &[&str] = &[
    "原文如下",
    "全文如下",
    "通知全文如下",
    "文件全文如下",
    "以下为原文",
];

/// A page number line a PDF step left: 第 2 页, 第2页 共10页 — what opens it, what ends
/// its number, and what opens the page count after it.
pub(crate) const PAGE_NUMBER_OPENING: char = '第';
pub(crate) const PAGE_NUMBER_ENDING: char = '页';
pub(crate) const PAGE_COUNT_OPENING: char = '共';

/// Words of web-page furniture: a line holding one is never a title (点击查阅更多…, 返回首页).
/// Looked up in the line folded to simplified script.
pub(crate) const PAGE_CHROME_WORDS: &[&str] = &[
    "点击",
    "查阅",
    "更多",
    "返回",
    "首页",
    "打印",
    "关闭",
    "收藏",
    "分享",
    "浏览",
    "字号",
    "来源",
    "引证码",
    "原文链接",
    "发布时间",
    "发布日期",
];

/// A word in an HTML element's class or id that marks it as navigation (class="导航").
pub(crate) const NAVIGATION_CLASS_WORD: &str = "导航";
