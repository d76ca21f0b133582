package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rectify.organization.OrganizationDirectory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Export of the seed's plan as template, read back by the importer's reader: aspects, problems and
 * all 37 measures come back exactly; a dry run finds nothing wrong except that the codes are
 * already in use (by the seed itself).
 */
class PlanRoundTripTest extends ReportTestBase {

  @Autowired OrganizationDirectory organization;

  @Test
  void theSeedPlansTemplateReadsBackExactly() throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                http.builder("/api/plans/" + seedPlan() + "/template.xlsx", "rectOffice1", "demo")
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    ImportedPlan plan =
        new PlanWorkbookReader(PlanImporter.units(organization)).read(response.body());
    assertThat(plan.problems()).isEmpty();
    assertThat(plan.facts().declaredMeasureCount()).isEqualTo(34);
    assertThat(plan.facts().feedbackDate()).hasToString("2018-06-08");
    assertThat(plan.aspects())
        .extracting(a -> a.number() + "|" + a.heading())
        .containsExactlyElementsOf(
            jdbc.queryForList(
                "select aspect_no || '|' || heading from rect_aspect"
                    + " where plan_id = ? order by aspect_no",
                String.class,
                seedPlan()));
    assertThat(plan.problemRows())
        .extracting(p -> p.aspectNo() + "|" + p.number() + "|" + p.heading())
        .containsExactlyElementsOf(
            jdbc.queryForList(
                "select a.aspect_no || '|' || p.problem_no || '|' || p.heading"
                    + " from rect_problem p join rect_aspect a on a.id = p.aspect_id where a.plan_id = ?"
                    + " order by p.problem_no",
                String.class,
                seedPlan()));
    List<String> stored =
        jdbc.queryForList(
            "select m.code || '|' || p.problem_no || '|' || m.title || '|'"
                + " || m.department || '|' || coalesce(m.co_departments, '') || '|' || m.phase || '|' || m.due_date"
                + " || '|' || coalesce(m.report_narrative, '') from rect_measure m join rect_problem p on p.id = m.problem_id"
                + " where m.plan_id = ? order by m.code",
            String.class,
            seedPlan());
    assertThat(stored).hasSize(37);
    assertThat(plan.measures())
        .extracting(
            m ->
                m.code()
                    + "|"
                    + m.problemNo()
                    + "|"
                    + m.title()
                    + "|"
                    + m.department()
                    + "|"
                    + (m.coDepartments() == null ? "" : m.coDepartments())
                    + "|"
                    + m.phase()
                    + "|"
                    + m.dueDate()
                    + "|"
                    + (m.narrative() == null ? "" : m.narrative()))
        .containsExactlyElementsOf(stored);
  }

  @Test
  void aDryRunOfTheExportedTemplateOnlyObjectsToTheCodesInUse() throws Exception {
    HttpResponse<byte[]> template =
        HttpClient.newHttpClient()
            .send(
                http.builder("/api/plans/" + seedPlan() + "/template.xlsx", "rectOffice1", "demo")
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<String> dry =
        new PlanImportTestUpload(http).upload(template.body(), "true", "rectOffice1");
    JsonNode errors = new ObjectMapper().readTree(dry.body()).get("errors");
    assertThat(errors)
        .hasSize(37)
        .as(dry.body())
        .allSatisfy(e -> assertThat(e.get("message").asText()).endsWith("已被现有措施使用"));
  }
}
