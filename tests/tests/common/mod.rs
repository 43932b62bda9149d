//! Helpers shared by the tests: Word fixtures, typed notices, the core's source files.
#![allow(dead_code)]

pub mod docx;
pub mod source;

use gongwen::Document;

/// The notice as a person would type it.
pub const TYPED: &str = "关于印发2024年市政府重点工作责任分工的通知
各县区人民政府，市直各有关单位：
　　现将2024年市政府重点工作责任分工印发给你们，请认真抓好落实。
一、扩大有效投资
（一）抓好重大项目建设
1.实施市级重点项目300个，完成年度投资500亿元。（市发展改革委牵头，市财政局、市自然资源和规划局配合）
2.新开工亿元以上项目80个，推动签约项目尽快落地。（市发展改革委牵头，各县区人民政府配合）
（二）加强要素保障
3.新增建设用地指标5000亩，盘活存量土地2000亩。（市自然资源和规划局牵头，市发展改革委配合）
二、保障和改善民生
（一）稳定扩大就业
4.新增城镇就业4万人，城镇调查失业率控制在5.5%以内。（市人力资源和社会保障局牵头，市财政局配合）
（二）办好民生实事
序号\t工作任务\t牵头单位\t配合单位
5\t新建改扩建公办幼儿园10所\t市教育局\t各县区人民政府
6\t改造城镇老旧小区120个\t市住房和城乡建设局\t各县区人民政府
7\t新建城市口袋公园20个\t市住房和城乡建设局\t市城市管理局
8\t建设社区养老服务设施20个\t市民政局\t市财政局
三、强化组织保障
各牵头单位要切实履行职责，每季度末向市政府报送工作进展情况。
市人民政府办公室
2024年3月1日
";

pub type Outline = Vec<(u8, String, String)>;
pub type Tasks = Vec<(Option<u32>, Vec<String>, Vec<String>, Vec<String>)>;

pub fn summary(doc: &Document) -> (String, Option<String>, Option<String>, Outline, Tasks) {
    let outline = doc
        .outline()
        .iter()
        .map(|h| (h.level, h.marker.to_string(), h.title.to_string()))
        .collect();
    let tasks = doc
        .tasks()
        .iter()
        .map(|t| {
            let names = |v: Vec<&str>| v.into_iter().map(String::from).collect::<Vec<_>>();
            (
                t.number,
                t.units().iter().map(|u| u.name.to_string()).collect(),
                names(t.lead().collect()),
                t.units()
                    .iter()
                    .filter(|u| u.role == gongwen::Role::Support)
                    .map(|u| u.name.to_string())
                    .collect(),
            )
        })
        .collect();
    (
        doc.kind().as_str().to_string(),
        doc.title().map(|t| t.text.to_string()),
        doc.date().and_then(|d| d.iso()),
        outline,
        tasks,
    )
}
