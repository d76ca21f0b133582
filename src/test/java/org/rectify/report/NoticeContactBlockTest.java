package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The notice's contact block and signature from the organisation settings (page 通报设置 over {@code
 * rectify.notice.*}).
 */
class NoticeContactBlockTest {

  private static List<String> texts(List<Notice.Paragraph> paragraphs) {
    return paragraphs.stream().map(Notice.Paragraph::text).toList();
  }

  @Test
  void printsConfiguredContactsAndSignatureWithoutWarning() {
    NoticeSettings settings =
        new NoticeSettings(
            "中共某区城市管理局党组",
            "李明",
            "0755-12345678",
            "xczg@example.gov.cn",
            "某区某路1号城市管理局整改办（邮编518000）",
            "区委巡察办，区委第三巡察组",
            "某区城市管理局办公室");
    List<String> warnings = new ArrayList<>();

    List<Notice.Paragraph> block =
        NoticeContactBlock.paragraphs(settings, LocalDate.of(2026, 12, 1), warnings);

    assertThat(texts(block))
        .containsExactly(
            "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请通过以下方式向我们反映。",
            "联系人：李明",
            "联系电话：0755-12345678",
            "电子邮箱：xczg@example.gov.cn",
            "来信地址：某区某路1号城市管理局整改办（邮编518000）",
            "中共某区城市管理局党组",
            "2026年12月1日");
    assertThat(block.subList(5, 7))
        .extracting(Notice.Paragraph::kind)
        .containsOnly(Notice.Kind.SIGNATURE);
    assertThat(warnings).isEmpty();
  }

  @Test
  void blankSettingsBecomePlaceholdersAndOneWarningNamingThem() {
    NoticeSettings settings =
        new NoticeSettings("中共某区城市管理局党组", " ", "0755-12345678", null, "", null, null);
    List<String> warnings = new ArrayList<>();

    List<String> texts =
        texts(NoticeContactBlock.paragraphs(settings, LocalDate.of(2026, 12, 1), warnings));

    assertThat(texts)
        .contains("联系人：【请填写联系人】", "联系电话：0755-12345678", "电子邮箱：【请填写电子邮箱】", "来信地址：【请填写来信地址】");
    assertThat(warnings)
        .containsExactly(
            "通报联系方式未设置（联系人、电子邮箱、来信地址），通报中以占位文字代替，"
                + "请在“通报设置”页面（/reports/notice-settings.html）填写后再发布。");
  }

  @Test
  void colophonCopiesToTheConfiguredOrgansAndIsPrintedOnTheDayOfNumbering() {
    NoticeSettings settings =
        new NoticeSettings("中共某区城市管理局党组", null, null, null, null, "区委巡察办，区委第三巡察组。", "某区城市管理局办公室");
    List<String> warnings = new ArrayList<>();

    List<Notice.Paragraph> colophon =
        NoticeContactBlock.colophon(settings, LocalDate.of(2026, 12, 8), warnings);

    assertThat(colophon)
        .containsExactly(
            new Notice.Paragraph(Notice.Kind.COPY_TO, "抄送：区委巡察办，区委第三巡察组。"),
            new Notice.Paragraph(Notice.Kind.PRINTED, "某区城市管理局办公室\t2026年12月8日印发"));
    assertThat(warnings).isEmpty();
  }

  @Test
  void colophonWithoutSettingsIsAPlaceholderAndAWarning() {
    NoticeSettings settings = new NoticeSettings("中共某区城市管理局党组", null, null, null, null, " ", null);
    List<String> warnings = new ArrayList<>();

    List<String> texts =
        texts(NoticeContactBlock.colophon(settings, LocalDate.of(2026, 12, 8), warnings));

    assertThat(texts).containsExactly("抄送：【请填写抄送机关】。", "【请填写印发机关】\t2026年12月8日印发");
    assertThat(warnings)
        .containsExactly("通报版记未设置（抄送机关、印发机关），请在“通报设置”页面（/reports/notice-settings.html）填写后再发布。");
  }
}
