package org.rectify.agenda;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the topic register, as the API returns it. */
record AgendaTopic(
    String number,
    String title,
    String topicType,
    String department,
    String budgetDepartment,
    String category,
    BigDecimal amount,
    boolean tripleOneMajor,
    LocalDate serviceStartsOn,
    LocalDate contractEndsOn,
    String legalOpinion,
    String performanceRecord,
    int fiscalYear,
    String status,
    int revision,
    String autoChecklist,
    String reviewer,
    String reReviewer,
    String proposedMeeting,
    String meeting,
    LocalDate meetingDate,
    String decision,
    String minutesRef,
    String submittedBy) {}
