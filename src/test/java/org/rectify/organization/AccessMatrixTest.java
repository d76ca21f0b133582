package org.rectify.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rectify.platform.EndpointAccess.Audience;

/** The access matrix is the one in docs/security.md, and it names only groups that exist. */
class AccessMatrixTest {

  private final AccessMatrix matrix = new AccessMatrix();

  @Test
  void docsPrintTheMatrixAsDeclaredInCode() throws IOException {
    String docs = Files.readString(Path.of("docs/security.md"));
    assertThat(docs)
        .as("docs/security.md must hold AccessMatrix.markdown() verbatim (regenerate the table)")
        .contains(matrix.markdown());
  }

  @Test
  void everyRowNamesKnownGroupsAndOneRulePerEndpoint() {
    Set<String> known = new HashSet<>(OrganizationGroups.ALL.stream().map(g -> g.id()).toList());
    known.add(OrganizationGroups.CAMUNDA_ADMIN);
    Set<String> endpoints = new HashSet<>();
    for (AccessMatrix.Row row : matrix.rows()) {
      assertThat(known).as(row.pattern()).containsAll(row.groups()).containsAll(row.allRecords());
      assertThat(row.audience() == Audience.GROUPS).isEqualTo(!row.groups().isEmpty());
      assertThat(endpoints.add(row.method() + " " + row.pattern()))
          .as("one rule per endpoint: %s %s", row.method(), row.pattern())
          .isTrue();
    }
  }

  @Test
  void refusalsSayInChineseWhoMay() {
    AccessMatrix.Row meetings =
        matrix.rows().stream()
            .filter(r -> r.pattern().equals("/api/meetings") && r.method().name().equals("POST"))
            .findFirst()
            .orElseThrow();
    assertThat(AccessMatrix.refusal(meetings)).isEqualTo("仅限办公室、整改办、系统管理员登记会议");
    AccessMatrix.Row assessments =
        matrix.rows().stream()
            .filter(r -> r.pattern().equals("/api/contracts") && r.method().name().equals("POST"))
            .findFirst()
            .orElseThrow();
    assertThat(AccessMatrix.refusal(assessments)).isEqualTo("仅限各科室和系统管理员登记合同");
  }
}
