package org.rectify.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the office's browser tests type or upload: a 5-measure plan workbook in the import
 * template's layout, a year's holiday notice and valid unified social credit codes. Built in the
 * test, no checked-in binary.
 */
final class OfficeTestData {

  private OfficeTestData() {}

  /** The title of the plan {@link #planWorkbook} describes. */
  static String planTitle(String run) {
    return "测试导入方案" + run;
  }

  /**
   * A 5-measure plan in the template's layout, measures numbered {@code run-01} … {@code run-05};
   * the third measure's department as given.
   */
  static byte[] planWorkbook(String run, String thirdDepartment) throws IOException {
    LocalDate today = LocalDate.now();
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet facts = workbook.createSheet("方案");
      Object[][] plan = {
        {"项目", "内容"},
        {"方案名称", planTitle(run)},
        {"巡察组", "区委第三巡察组"},
        {"被巡察单位", "城市管理局党组"},
        {"反馈日期", today.toString()},
        {"声明措施数", "5"},
        {"第一阶段开始", today.toString()},
        {"第一阶段结束", today.plusDays(30).toString()},
        {"第二阶段开始", today.plusDays(31).toString()},
        {"第二阶段结束", today.plusDays(180).toString()},
        {"第三阶段开始", today.plusDays(181).toString()},
        {"第三阶段结束", today.plusDays(365).toString()}
      };
      rows(facts, plan);
      rows(workbook.createSheet("方面"), new Object[][] {{"序号", "标题"}, {"1", "加强合同管理"}});
      rows(
          workbook.createSheet("问题"),
          new Object[][] {{"方面序号", "问题序号", "标题"}, {"1", "1", "合同续签不规范"}});
      List<String> departments = List.of("办公室", "环卫科", thirdDepartment, "法律顾问", "园林绿化科");
      Object[][] measures = new Object[6][];
      measures[0] = new Object[] {"编号", "问题序号", "整改措施", "责任部门", "协办部门", "阶段", "完成时限", "通报段落"};
      for (int i = 1; i <= 5; i++) {
        measures[i] =
            new Object[] {
              run + "-0" + i,
              "1",
              "整改措施第 " + i + " 条",
              departments.get(i - 1),
              "",
              String.valueOf(1 + i % 3),
              today.plusDays(60 + i).toString(),
              ""
            };
      }
      rows(workbook.createSheet("措施"), measures);
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** A year's notice as a test sample (not the State Council's text): 元旦 and 国庆节. */
  static String holidayNotice(int year) {
    return "国务院办公厅关于" + year + "年部分节假日安排的通知（测试样例）\n一、元旦：1月1日放假1天，不调休。\n二、国庆节：10月1日至7日放假调休，共7天。\n";
  }

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  /** A valid unified social credit code from 16 characters (GB 32100-2015, as the form checks). */
  static String creditCode(String first16) {
    String first17 = first16 + "1";
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return first17 + ALPHABET.charAt(check == 31 ? 0 : check);
  }

  private static void rows(XSSFSheet sheet, Object[][] rows) {
    for (int r = 0; r < rows.length; r++) {
      var row = sheet.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
      }
    }
  }
}
