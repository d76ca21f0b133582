package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckVariables.text;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.organization.OrganizationGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The leaders concerned by a spot check (issue 6): the leader in charge of supervision, who plans,
 * decides and approves every check, and the leaders in charge of the departments its findings name.
 * Only they, supervision and the Party secretary read the findings. Resolved from the organisation
 * directory and the register each time it is asked, so a finding recorded in another department or
 * a new leader assignment takes effect with the next task.
 */
@Component
class SpotCheckConcernedLeaders {

  private static final Logger LOG = LoggerFactory.getLogger(SpotCheckConcernedLeaders.class);

  private final OrganizationDirectory organization;
  private final SpotCheckRegister register;

  SpotCheckConcernedLeaders(OrganizationDirectory organization, SpotCheckRegister register) {
    this.organization = organization;
    this.register = register;
  }

  /** The leader in charge of supervision, empty while the directory names none. */
  Optional<String> supervisionLeader() {
    return leaderOf(OrganizationGroups.SUPERVISION);
  }

  /**
   * Concerned leaders of one instance: of a check, its findings' departments; of a department's
   * rectification, that department; of the schedule, only the leader in charge of supervision.
   */
  Set<String> of(String processKey, VariableScope scope) {
    Set<String> leaders = new LinkedHashSet<>();
    supervisionLeader().ifPresent(leaders::add);
    if (SpotCheckProcess.RECTIFICATION_PROCESS_KEY.equals(processKey)) {
      leaderOf(text(scope, SpotCheckProcess.Var.DEPARTMENT)).ifPresent(leaders::add);
    } else if (SpotCheckProcess.PROCESS_KEY.equals(processKey)) {
      String checkNumber = text(scope, SpotCheckProcess.Var.CHECK_NUMBER);
      if (checkNumber != null) {
        register.departmentsOfCheck(checkNumber).forEach(d -> leaderOf(d).ifPresent(leaders::add));
      }
    }
    return leaders;
  }

  /** The leader in charge of a department, empty while the directory names none. */
  Optional<String> leaderOfDepartment(String department) {
    return leaderOf(department);
  }

  /**
   * A department without a configured leader must not stop the process: its leader simply reads
   * nothing.
   */
  private Optional<String> leaderOf(String department) {
    if (department == null || !organization.isDepartment(department)) {
      return Optional.empty();
    }
    try {
      return Optional.of(organization.leaderOf(department));
    } catch (ProcessEngineException e) {
      LOG.warn(
          "Spot check: no leader in charge of {} configured, nobody reads its findings as leader",
          department);
      return Optional.empty();
    }
  }
}
