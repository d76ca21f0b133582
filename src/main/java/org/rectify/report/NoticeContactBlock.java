package org.rectify.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of the notice: the supervision invitation with the contact block (联系人、联系电话、电子邮箱、来信地址),
 * the signature (issuer, date) and the 版记 (抄送, 印发). Unset settings become visible placeholders plus
 * one warning naming what is missing, so an unfinished notice cannot pass for a finished one.
 */
final class NoticeContactBlock {

  private NoticeContactBlock() {}

  static List<Notice.Paragraph> paragraphs(
      NoticeSettings settings, LocalDate date, List<String> warnings) {
    List<String> missing = new ArrayList<>();
    List<Notice.Paragraph> out = new ArrayList<>();
    out.add(body("欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请通过以下方式向我们反映。"));
    out.add(body("联系人：" + value(settings.contactPerson(), "联系人", missing)));
    out.add(body("联系电话：" + value(settings.phone(), "联系电话", missing)));
    out.add(body("电子邮箱：" + value(settings.email(), "电子邮箱", missing)));
    out.add(body("来信地址：" + value(settings.address(), "来信地址", missing)));
    if (!missing.isEmpty()) {
      warnings.add(
          "通报联系方式未设置（"
              + String.join("、", missing)
              + "），通报中以占位文字代替，"
              + "请在“通报设置”页面（/reports/notice-settings.html）填写后再发布。");
    }
    out.add(new Notice.Paragraph(Notice.Kind.SIGNATURE, settings.issuer()));
    out.add(new Notice.Paragraph(Notice.Kind.SIGNATURE, date.format(NoticeComposer.DATE)));
    return out;
  }

  /**
   * The 版记 (GB/T 9704 §7.4): 抄送 (organs separated by 、or ，, a full stop after the last) and the
   * 印发机关 with the 印发日期 ({@code printedOn}: the day the notice was numbered, else the draft's date).
   */
  static List<Notice.Paragraph> colophon(
      NoticeSettings settings, LocalDate printedOn, List<String> warnings) {
    List<String> missing = new ArrayList<>();
    String copyTo = value(settings.copyTo(), "抄送机关", missing).replaceAll("[。.；;，,、\\s]+$", "");
    String printer = value(settings.printer(), "印发机关", missing);
    if (!missing.isEmpty()) {
      warnings.add(
          "通报版记未设置（"
              + String.join("、", missing)
              + "），请在“通报设置”页面（/reports/notice-settings.html）填写后再发布。");
    }
    return List.of(
        new Notice.Paragraph(Notice.Kind.COPY_TO, "抄送：" + copyTo + "。"),
        new Notice.Paragraph(
            Notice.Kind.PRINTED, printer + "\t" + printedOn.format(NoticeComposer.DATE) + "印发"));
  }

  private static String value(String value, String label, List<String> missing) {
    if (value == null || value.isBlank()) {
      missing.add(label);
      return "【请填写" + label + "】";
    }
    return value.strip();
  }

  private static Notice.Paragraph body(String text) {
    return new Notice.Paragraph(Notice.Kind.BODY, text);
  }
}
