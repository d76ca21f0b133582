package org.rectify.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rectify.meeting.MeetingRegister;
import org.rectify.meeting.MeetingType;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.organization.OrganizationGroups;
import org.rectify.platform.ApiException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Composes the public rectification notice (domain.md §6) from live data: plan facts, the
 * leading-group roster, the plan's size and phases, one narrative per measure with a closing clause
 * chosen by its status class, the spot-check figures since the feedback date, and the counts per
 * status class for the next steps. Numbering is generated, so headings and numbers cannot go
 * missing.
 */
@Component
class NoticeComposer {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final JdbcTemplate jdbc;
  private final LedgerQueries ledgers;
  private final OrganizationDirectory organization;
  private final NoticeSettingsStore settingsStore;
  private final MeetingRegister meetingRegister;
  private final DocumentNumbers documentNumbers;

  NoticeComposer(
      JdbcTemplate jdbc,
      LedgerQueries ledgers,
      OrganizationDirectory organization,
      NoticeSettingsStore settingsStore,
      MeetingRegister meetingRegister,
      DocumentNumbers documentNumbers) {
    this.jdbc = jdbc;
    this.ledgers = ledgers;
    this.organization = organization;
    this.settingsStore = settingsStore;
    this.meetingRegister = meetingRegister;
    this.documentNumbers = documentNumbers;
  }

  Notice compose(long planId) {
    Map<String, Object> plan =
        jdbc.queryForList("select * from rect_plan where id = ?", planId).stream()
            .findFirst()
            .orElseThrow(() -> ApiException.notFound("整改方案不存在"));
    List<MeasureLedger.Row> measures = ledgers.measures(Map.of("planId", String.valueOf(planId)));
    NoticeSettings settings = settingsStore.effective();
    List<Notice.Paragraph> out = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    LocalDate feedback = date(plan.get("FEEDBACK_DATE"));
    LocalDate today = StatusColours.today();
    int aspects = count("select count(*) from rect_aspect where plan_id = ?", planId);
    int problems =
        count(
            "select count(*) from rect_problem p join rect_aspect a on a.id = p.aspect_id"
                + " where a.plan_id = ?",
            planId);
    Integer declared = (Integer) plan.get("DECLARED_MEASURE_COUNT");
    int shown = declared == null ? measures.size() : declared;
    if (declared != null && declared != measures.size()) {
      warnings.add("方案声明整改措施 " + declared + " 条，系统中实际登记 " + measures.size() + " 条，请核对后再发布。");
    }
    Optional<DocumentNumbers.Entry> number = documentNumbers.ofNotice(planId);
    number.ifPresent(entry -> add(out, Notice.Kind.NUMBER, entry.documentNumber()));
    add(out, Notice.Kind.TITLE, settings.issuer() + "关于巡察整改情况通报");
    add(
        out,
        Notice.Kind.BODY,
        "根据区委统一部署，"
            + plan.get("INSPECTION_GROUP")
            + "于"
            + period(plan)
            + "对"
            + plan.get("INSPECTED_BODY")
            + "进行了巡察，并于"
            + feedback.format(DATE)
            + "反馈了巡察意见。局党组高度重视，立即成立巡察整改工作领导小组及其办公室，多次召开会议研究部署，"
            + "深入剖析问题根源，确保事事有着落、件件有回音。按照党务公开原则和巡察工作有关要求，现将巡察整改情况予以通报。");
    add(out, Notice.Kind.PART, NoticeNumbers.part(1) + "整改工作总体情况");
    add(out, Notice.Kind.SECTION, NoticeNumbers.section(1) + "提高思想认识，扛起整改政治责任。");
    add(out, Notice.Kind.BODY, feedback.format(DATE) + "，局党组在巡察反馈会后立即召开整改工作会议，" + "统一思想认识，明确整改要求。");
    add(out, Notice.Kind.SECTION, NoticeNumbers.section(2) + "加强组织领导，健全整改工作机制。");
    add(out, Notice.Kind.BODY, roster(warnings) + meetings(feedback, today, warnings));
    add(out, Notice.Kind.SECTION, NoticeNumbers.section(3) + "压实整改责任，分阶段推进落实。");
    add(
        out,
        Notice.Kind.BODY,
        "制定了《"
            + plan.get("TITLE")
            + "》，针对"
            + aspects
            + "个方面"
            + problems
            + "个问题，逐条梳理"
            + shown
            + "条整改措施"
            + (shown != measures.size() ? "（落实中细化为" + measures.size() + "项，下文逐项通报）" : "")
            + "，细化整改内容，明确责任分工。党组书记为第一责任人，"
            + "班子成员和各部门负责人落实“一岗双责”，坚持不查清不放过、不整改不放过、有效制度不建立不放过。"
            + "整改分三个阶段推进："
            + phase(plan, 1, "立行立改")
            + "；"
            + phase(plan, 2, "深化整改、建章立制")
            + "；"
            + phase(plan, 3, "回头看、巩固提升")
            + "。");
    add(out, Notice.Kind.PART, NoticeNumbers.part(2) + "反馈问题整改落实情况");
    add(out, Notice.Kind.BODY, "局党组坚持问题导向，对照反馈意见逐项抓好整改，做到条条有整改、件件有落实。");
    new NoticeMeasures(jdbc).append(out, planId, measures, spotChecks(feedback, today));
    add(out, Notice.Kind.PART, NoticeNumbers.part(3) + "下一步工作打算");
    add(out, Notice.Kind.SECTION, NoticeNumbers.section(1) + "持续推进整改落实。");
    add(out, Notice.Kind.BODY, nextSteps(measures));
    add(out, Notice.Kind.SECTION, NoticeNumbers.section(2) + "健全完善制度体系。");
    add(
        out,
        Notice.Kind.BODY,
        "抓好已出台制度的贯彻执行，及时修订不适应、不完善的制度，重点在干部选拔任用、" + "资金使用、合同履约监管、工程招投标等方面健全长效机制。");
    add(out, Notice.Kind.SECTION, NoticeNumbers.section(3) + "推动全面从严治党向基层延伸。");
    add(out, Notice.Kind.BODY, "严格落实“两个责任”和“一岗双责”，运用好监督执纪“四种形态”，巩固拓展巡察整改成果。");
    out.addAll(NoticeContactBlock.paragraphs(settings, today, warnings));
    LocalDate printedOn = number.map(entry -> entry.issuedAt().toLocalDate()).orElse(today);
    out.addAll(NoticeContactBlock.colophon(settings, printedOn, warnings));
    return new Notice(planId, out, warnings);
  }

  private String roster(List<String> warnings) {
    List<String> members = organization.membersOf(OrganizationGroups.LEADING_GROUP);
    if (members.isEmpty()) {
      warnings.add("未配置巡察整改工作领导小组成员（组 leadingGroup），通报中未列出名单。");
      return "成立了巡察整改工作领导小组，下设办公室负责日常统筹协调、督促检查。";
    }
    List<String> names = members.stream().map(organization::displayNameOf).toList();
    return "成立了由" + String.join("、", names) + "组成的巡察整改工作领导小组，下设办公室负责日常统筹协调、督促检查。";
  }

  /**
   * The 党组会 and 领导小组会议 held from the feedback to today, counted in the meeting register (domain
   * §3.1 #5); with none recorded, say so instead of inventing counts.
   */
  private String meetings(LocalDate feedback, LocalDate today, List<String> warnings) {
    MeetingRegister.Counts counts = meetingRegister.counts(feedback, today);
    int partyGroup = counts.of(MeetingType.PARTY_GROUP);
    int leadingGroup = counts.of(MeetingType.LEADING_GROUP);
    if (partyGroup + leadingGroup == 0) {
      warnings.add("会议登记中没有整改期间召开的党组会、领导小组会议，请核对后再发布。");
      return "整改期间，局党组和领导小组多次召开会议，研究部署整改工作。";
    }
    return "整改期间，共召开党组会" + partyGroup + "次、领导小组会议" + leadingGroup + "次，研究部署整改工作。";
  }

  private String nextSteps(List<MeasureLedger.Row> measures) {
    Map<StatusColours.StatusClass, Integer> counts = new EnumMap<>(StatusColours.StatusClass.class);
    for (StatusColours.StatusClass c : StatusColours.StatusClass.values()) {
      counts.put(c, 0);
    }
    measures.forEach(m -> counts.merge(StatusColours.classOf(m.status()), 1, Integer::sum));
    return "对已经完成的"
        + counts.get(StatusColours.StatusClass.COMPLETED)
        + "项整改任务，适时开展“回头看”，"
        + "坚决防止问题反弹回潮；对未能整改到位、正在抓紧推进的"
        + counts.get(StatusColours.StatusClass.IN_PROGRESS)
        + "项整改任务，加大力度、按时完成；对需要长期落实的"
        + counts.get(StatusColours.StatusClass.LONG_TERM)
        + "项整改任务，保持跟踪、紧盯不放、长期问效。";
  }

  private int[] spotChecks(LocalDate from, LocalDate to) {
    return new int[] {
      count("select count(*) from spot_check where visited_on between ? and ?", from, to),
      count(
          "select count(*) from spot_check_finding f join spot_check c on c.id = f.check_id where f.status in "
              + SpotCheckLedger.UPHELD
              + " and c.visited_on between ? and ?",
          from,
          to),
      count("select count(*) from spot_check_notice where notice_date between ? and ?", from, to)
    };
  }

  private String period(Map<String, Object> plan) {
    LocalDate start = date(plan.get("INSPECTION_START"));
    LocalDate end = date(plan.get("INSPECTION_END"));
    return start == null || end == null ? "" : start.format(DATE) + "至" + end.format(DATE);
  }

  private static String phase(Map<String, Object> plan, int n, String content) {
    LocalDate start = date(plan.get("PHASE" + n + "_START"));
    LocalDate end = date(plan.get("PHASE" + n + "_END"));
    boolean wholeMonths = start.getDayOfMonth() == 1 && end.getDayOfMonth() == end.lengthOfMonth();
    DateTimeFormatter format = wholeMonths ? DateTimeFormatter.ofPattern("yyyy年M月") : DATE;
    return "第"
        + NoticeNumbers.chinese(n)
        + "阶段（"
        + start.format(format)
        + "至"
        + end.format(format)
        + "）"
        + content;
  }

  private int count(String sql, Object... args) {
    Integer value = jdbc.queryForObject(sql, Integer.class, args);
    return value == null ? 0 : value;
  }

  private static LocalDate date(Object value) {
    return value == null
        ? null
        : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  private static void add(List<Notice.Paragraph> out, Notice.Kind kind, String text) {
    out.add(new Notice.Paragraph(kind, text));
  }
}
