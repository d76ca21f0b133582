package org.rectify.measure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/**
 * The seed's plan (domain.md §2): 4 aspects, 17 problems, and the 37 measures of {@code
 * seed/measures.csv} with their narratives. Department codes of the catalogue map to the
 * conventions' group ids; {@code ALL} means every business department, coordinated by the office;
 * {@code LEADERS} (a body, not a department) is coordinated by the office with the leaders as
 * co-department.
 */
final class SeedCatalogue {

  /** One line of measures.csv. */
  record SeedMeasure(
      String code,
      int aspect,
      int problem,
      String srcLabel,
      String title,
      String department,
      String coDepartments,
      String sourceStatus,
      int phase,
      String narrative) {}

  static final String[] ASPECTS = {
    "重视政治思想建设，履行管党治党主体责任", "加强组织作风建设，提升干部队伍战斗力",
    "狠抓纪律作风建设，全面抑制“四风”问题", "健全完善内控机制，坚决防范廉政风险"
  };

  /** Aspect (二) has no heading in the source; reconstructed from L59. */
  static final int RECONSTRUCTED_ASPECT = 2;

  static final String[] PROBLEMS = {
    "强化党组制度贯彻落实",
    "规范办理党建工作文件",
    "严格落实“两个责任”要求",
    "强化政治理论学习",
    "提升干部队伍业务素质",
    "激发队伍活力",
    "抓实工作内容",
    "加强业务监督",
    "规范公车管理",
    "严格财务管理",
    "纠正个人事项申报不实的问题",
    "持续纠正“慵懒散”现象",
    "规范“三方比价”程序",
    "严格杜绝“拆分合同”现象",
    "规范招标投标程序",
    "严肃业务决策",
    "加强合同履行监管"
  };

  /** Problem 5 has neither number nor heading in the source; suggested from L63. */
  static final int RECONSTRUCTED_PROBLEM = 5;

  static final int[] PROBLEM_ASPECT = {1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4};

  private static final Map<String, String> DEPARTMENTS =
      Map.ofEntries(
          Map.entry("OFFICE", "office"),
          Map.entry("ENF", "enforcement"),
          Map.entry("SAN", "sanitation"),
          Map.entry("LAND", "greening"),
          Map.entry("MUNI", "municipal"),
          Map.entry("ADV", "advertising"),
          Map.entry("LEGAL", "legal"),
          Map.entry("BRANCH", "partyBranch"),
          Map.entry("UNION", "tradeUnion"),
          Map.entry("DISC", "supervision"),
          Map.entry("LEADERS", "leaders"));
  private static final String BUSINESS_DEPARTMENTS =
      "enforcement,sanitation,greening,municipal,advertising";
  private static final List<String> ASPECT_NUMERALS = List.of("一", "二", "三", "四");

  private SeedCatalogue() {}

  static List<SeedMeasure> measures() {
    Map<String, String> narratives = new HashMap<>();
    for (String[] row : csv("seed/measure-narratives.csv")) {
      narratives.put(row[0], row[1]);
    }
    List<SeedMeasure> measures = new ArrayList<>();
    for (String[] row : csv("seed/measures.csv")) {
      String[] owners = row[5].split("\\+");
      List<String> departments = new ArrayList<>();
      for (String owner : owners) {
        departments.add("ALL".equals(owner) ? BUSINESS_DEPARTMENTS : DEPARTMENTS.get(owner));
      }
      String owner = departments.get(0);
      if (owner.contains(",") || "leaders".equals(owner)) {
        departments.add(0, "office");
      }
      String department = departments.remove(0);
      String co =
          String.join(",", departments.stream().filter(d -> !d.equals(department)).toList());
      measures.add(
          new SeedMeasure(
              row[0],
              ASPECT_NUMERALS.indexOf(row[1]) + 1,
              Integer.parseInt(row[2]),
              row[3],
              row[4],
              department,
              co.isEmpty() ? null : co,
              row[7],
              Integer.parseInt(row[8].substring(1)),
              narratives.getOrDefault(row[0], row[4])));
    }
    return measures;
  }

  /**
   * Rows of a simple CSV (header skipped; quotes only around whole fields, as Python's csv module
   * writes).
   */
  static List<String[]> csv(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          rows.add(split(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    return rows;
  }

  private static String[] split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields.toArray(String[]::new);
  }
}
