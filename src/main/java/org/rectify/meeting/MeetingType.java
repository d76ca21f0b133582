package org.rectify.meeting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The meetings the register knows: the three decision meetings of domain §4.3.4 (where the {@code
 * meeting-routing} DMN sends a topic) and the leading group's meetings of the rectification plan
 * (§3.1 #5). Ids match the DMN output.
 */
public enum MeetingType {
  PARTY_GROUP("党组会"),
  DIRECTOR_OFFICE("局长办公会"),
  BUREAU_AFFAIRS("局务会"),
  LEADING_GROUP("巡察整改工作领导小组会议");

  private final String label;

  MeetingType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<MeetingType> parse(String value) {
    return Arrays.stream(values()).filter(type -> type.name().equals(value)).findFirst();
  }

  /** The choices, for messages naming what is allowed. */
  static String choices() {
    return String.join(
        "、", Arrays.stream(values()).map(type -> type.name() + " " + type.label).toList());
  }
}
