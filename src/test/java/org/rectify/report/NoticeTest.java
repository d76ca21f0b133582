package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/**
 * The generated notice of the seed's plan, read back with XWPF: structure, numbering, figures,
 * fonts.
 */
class NoticeTest extends ReportTestBase {

  @Test
  void generatesTheNoticeWithTheSeedsStructureAndFigures() throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                http.builder("/api/plans/" + seedPlan() + "/notice.docx", "rectOffice1", "demo")
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
      List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(texts.get(0)).isEqualTo("中共深圳市坪山区城市管理局党组关于巡察整改情况通报");
      assertThat(texts.get(1)).contains("2018年6月8日").contains("事事有着落、件件有回音");
      int one = texts.indexOf("一、整改工作总体情况");
      int two = texts.indexOf("二、反馈问题整改落实情况");
      int three = texts.indexOf("三、下一步工作打算");
      assertThat(one).isPositive().isLessThan(two);
      assertThat(two).isLessThan(three);
      String all = String.join("\n", texts);
      assertThat(all)
          .contains("共召开党组会4次、领导小组会议6次")
          .contains("针对4个方面17个问题，逐条梳理34条整改措施（落实中细化为37项，下文逐项通报）")
          .contains("第一阶段（2018年6月至2018年8月）立行立改")
          .contains("共开展6次巡察暗访活动，发现问题5宗，通报2次")
          .contains("对已经完成的4项整改任务")
          .contains("正在抓紧推进的7项")
          .contains("需要长期落实的26项");
      List<String> part2 = texts.subList(two, three);
      assertThat(part2.stream().filter(t -> t.matches("（[一二三四五六七八九十]+）.*"))).hasSize(4);
      List<String> problems = part2.stream().filter(t -> t.matches("\\d+\\..*")).toList();
      assertThat(problems).hasSize(17);
      for (int i = 0; i < problems.size(); i++) {
        assertThat(problems.get(i)).startsWith((i + 1) + ".");
      }
      assertThat(part2.stream().filter(t -> t.matches("（\\d+）.*"))).hasSize(37);
      assertThat(part2)
          .anyMatch(t -> t.contains("（二）加强组织作风建设，提升干部队伍战斗力"))
          .anyMatch(t -> t.endsWith("该项整改已完成。"))
          .anyMatch(t -> t.contains("目前正在抓紧推进，计划于"));
      assertThat(texts.get(texts.size() - 4)).isEqualTo("中共深圳市坪山区城市管理局党组");
      assertThat(texts.subList(texts.size() - 2, texts.size()))
          .as("the 版记 closes the notice")
          .containsExactly(
              "抄送：区委巡察办，区委第三巡察组。",
              "深圳市坪山区城市管理局办公室\t" + StatusColours.today().format(NoticeComposer.DATE) + "印发");
      // contact settings are not configured in the test profile: placeholders the editor cannot
      // overlook
      assertThat(texts.subList(three, texts.size() - 4))
          .contains("联系人：【请填写联系人】", "联系电话：【请填写联系电话】", "电子邮箱：【请填写电子邮箱】", "来信地址：【请填写来信地址】");
      for (XWPFParagraph paragraph : document.getParagraphs()) {
        for (XWPFRun run : paragraph.getRuns()) {
          assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia))
              .isIn("方正小标宋简体", "宋体", "黑体", "楷体", "仿宋");
        }
      }
    }
  }

  @Test
  void previewShowsTheNoticeAndWarnsAboutTheDeclaredCount() {
    HttpResponse<String> html =
        http.get("/api/plans/" + seedPlan() + "/notice.html", "rectOffice1", "demo");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body())
        .contains("<h1>中共深圳市坪山区城市管理局党组关于巡察整改情况通报</h1>")
        .contains("方案声明整改措施 34 条，系统中实际登记 37 条")
        .doesNotContain("会议登记中没有整改期间召开的党组会")
        .contains("<h2>三、下一步工作打算</h2>")
        .contains("通报联系方式未设置（联系人、联系电话、电子邮箱、来信地址）")
        .contains("联系电话：【请填写联系电话】");
    assertThat(http.get("/api/plans/99999/notice.html", "rectOffice1", "demo").statusCode())
        .isEqualTo(404);
  }
}
