package org.rectify.spotcheck;

import static org.rectify.spotcheck.SpotCheckProcess.Var.*;

import java.util.HashMap;
import java.util.Map;
import org.rectify.organization.OrganizationGroups;

/** The variables every spot check starts with: its number and the shared Tasklist columns. */
final class SpotCheckStart {

  private SpotCheckStart() {}

  static Map<String, Object> processVariables(String checkNumber) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CHECK_NUMBER, checkNumber);
    variables.put(BUSINESS_NUMBER, checkNumber);
    variables.put(BUSINESS_TITLE, "纪律作风暗访 " + checkNumber);
    variables.put(DEPARTMENT, OrganizationGroups.SUPERVISION);
    variables.put(DEPARTMENT_NAME, "纪律作风督导组");
    variables.put(STATUS_COLOUR_TEXT, "绿色 正常");
    return variables;
  }
}
