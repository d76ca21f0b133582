package org.rectify.platform;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long the history of finished instances is kept ({@code rectify.retention.*}): a bureau keeps
 * its rectification files for many years, so the records of plans, measures, contracts, agenda
 * topics, spot checks and urges (and the decisions taken in them) are kept ten years by default;
 * only the technical processes — mails and refreshes that carry no decision — are kept briefly.
 */
@Validated
@ConfigurationProperties("rectify.retention")
public class RetentionProperties {

  /** History of every process and decision that is not technical. */
  @NotNull private Duration records = Duration.ofDays(3650);

  /** History of the technical processes below. */
  @NotNull private Duration technical = Duration.ofDays(30);

  /** Keys of the technical processes: no person decides anything in them. */
  @NotNull
  private List<String> technicalProcesses =
      List.of("daily-digest", "status-colour-refresh", "spot-check-schedule");

  @AssertTrue(message = "保存期限至少 1 天（rectify.retention.records / technical）")
  boolean isAtLeastOneDay() {
    return records != null && technical != null && records.toDays() >= 1 && technical.toDays() >= 1;
  }

  public Duration getRecords() {
    return records;
  }

  public void setRecords(Duration records) {
    this.records = records;
  }

  public Duration getTechnical() {
    return technical;
  }

  public void setTechnical(Duration technical) {
    this.technical = technical;
  }

  public List<String> getTechnicalProcesses() {
    return technicalProcesses;
  }

  public void setTechnicalProcesses(List<String> technicalProcesses) {
    this.technicalProcesses = technicalProcesses;
  }

  /** Days of history kept for a process of this key. */
  public int daysFor(String processKey) {
    return (int) (technicalProcesses.contains(processKey) ? technical : records).toDays();
  }

  /** Days of history kept for decisions (all of them are records). */
  public int daysForDecisions() {
    return (int) records.toDays();
  }
}
