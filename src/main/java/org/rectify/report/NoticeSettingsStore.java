package org.rectify.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rectify.platform.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice's issuer and contact block as the office last saved them ({@code notice_setting}, one
 * row), over the configuration ({@code rectify.notice.*}): a field the office left empty shows the
 * configured value, so clearing a field goes back to the configuration. Read at every notice, so a
 * change shows in the next preview and download.
 */
@Service
class NoticeSettingsStore {

  private static final int ROW = 1;
  private static final Pattern PHONE = Pattern.compile("[0-9+()\\- 转]{5,50}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** What the office saved (null fields: not set) and who saved it last. */
  record Saved(
      String issuer,
      String contactPerson,
      String phone,
      String email,
      String address,
      String copyTo,
      String printer,
      String updatedBy,
      LocalDateTime updatedAt) {}

  /**
   * {@code GET /api/settings/notice}: what the notice prints now, and what of it the office saved.
   */
  record View(
      NoticeSettings effective,
      NoticeSettings configured,
      String updatedBy,
      LocalDateTime updatedAt) {}

  private final JdbcClient jdbc;
  private final NoticeSettings configured;

  NoticeSettingsStore(JdbcClient jdbc, NoticeSettings configured) {
    this.jdbc = jdbc;
    this.configured = configured;
  }

  /** The settings the notice prints: each field as saved by the office, else as configured. */
  NoticeSettings effective() {
    return saved().map(this::over).orElse(configured);
  }

  View view() {
    Optional<Saved> saved = saved();
    return new View(
        saved.map(this::over).orElse(configured),
        configured,
        saved.map(Saved::updatedBy).orElse(null),
        saved.map(Saved::updatedAt).orElse(null));
  }

  /**
   * Validates all fields (every defect named, nothing written), then saves them; empty fields are
   * cleared.
   */
  @Transactional
  View save(NoticeSettings request, String by) {
    if (request == null) {
      throw ApiException.badRequest("通报设置有误，未保存", "body：不能为空");
    }
    List<String> problems = new ArrayList<>();
    String issuer = field(request.issuer(), "issuer", "发文单位", 200, problems);
    String person = field(request.contactPerson(), "contactPerson", "联系人", 100, problems);
    String phone = field(request.phone(), "phone", "联系电话", 50, problems);
    String email = field(request.email(), "email", "电子邮箱", 200, problems);
    String address = field(request.address(), "address", "来信地址", 300, problems);
    String copyTo = field(request.copyTo(), "copyTo", "抄送", 300, problems);
    String printer = field(request.printer(), "printer", "印发机关", 200, problems);
    if (issuer == null && isBlank(configured.issuer())) {
      problems.add("issuer：发文单位不能为空");
    }
    if (phone != null && !PHONE.matcher(phone).matches()) {
      problems.add("phone：联系电话只能包含数字、空格、+、-、括号和“转”（分机），如 0755-12345678");
    }
    if (email != null && !EMAIL.matcher(email).matches()) {
      problems.add("email：电子邮箱格式不正确，如 xczg@example.gov.cn");
    }
    if (!problems.isEmpty()) {
      throw ApiException.badRequest("通报设置有误，未保存", problems.toArray(String[]::new));
    }
    LocalDateTime now = LocalDateTime.now(StatusColours.ZONE);
    int updated =
        jdbc.sql(
                "update notice_setting set issuer = :issuer, contact_person = :person, phone = :phone,"
                    + " email = :email, address = :address, copy_to = :copyTo, printer = :printer,"
                    + " updated_by = :by, updated_at = :at where id = :id")
            .param("issuer", issuer)
            .param("person", person)
            .param("phone", phone)
            .param("email", email)
            .param("address", address)
            .param("copyTo", copyTo)
            .param("printer", printer)
            .param("by", by)
            .param("at", now)
            .param("id", ROW)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into notice_setting (id, issuer, contact_person, phone, email, address, copy_to,"
                  + " printer, updated_by, updated_at) values (:id, :issuer, :person, :phone, :email,"
                  + " :address, :copyTo, :printer, :by, :at)")
          .param("id", ROW)
          .param("issuer", issuer)
          .param("person", person)
          .param("phone", phone)
          .param("email", email)
          .param("address", address)
          .param("copyTo", copyTo)
          .param("printer", printer)
          .param("by", by)
          .param("at", now)
          .update();
    }
    return view();
  }

  private Optional<Saved> saved() {
    return jdbc.sql(
            "select issuer, contact_person, phone, email, address, copy_to, printer, updated_by,"
                + " updated_at"
                + " from notice_setting where id = :id")
        .param("id", ROW)
        .query(Saved.class)
        .optional();
  }

  private NoticeSettings over(Saved saved) {
    return new NoticeSettings(
        or(saved.issuer(), configured.issuer()),
        or(saved.contactPerson(), configured.contactPerson()),
        or(saved.phone(), configured.phone()),
        or(saved.email(), configured.email()),
        or(saved.address(), configured.address()),
        or(saved.copyTo(), configured.copyTo()),
        or(saved.printer(), configured.printer()));
  }

  private static String field(
      String value, String name, String label, int max, List<String> problems) {
    if (isBlank(value)) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      problems.add(name + "：" + label + "不能超过 " + max + " 字");
    } else if (trimmed.contains("\n") || trimmed.contains("\r")) {
      problems.add(name + "：" + label + "须写在一行内");
    }
    return trimmed;
  }

  private static String or(String value, String otherwise) {
    return isBlank(value) ? otherwise : value;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
