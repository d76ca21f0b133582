package org.rectify.spotcheck;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.UUID;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.flywaydb.core.Flyway;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.reminder.StatusColour;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The beans the spot-check models name, for process tests without Spring: the real delegates and
 * the real register on a fresh H2 database migrated by Flyway, the organisation as a mock (head =
 * department + "Head", leader {@code leaders1}) and the reminder stand-ins.
 */
final class SpotCheckTestBeans {

  final JdbcTemplate jdbc;
  final SpotCheckRegister register;
  final OrganizationDirectory organization = mock(OrganizationDirectory.class);
  final ReminderStandIns.Mail mail = new ReminderStandIns.Mail();

  SpotCheckTestBeans() {
    DriverManagerDataSource dataSource =
        new DriverManagerDataSource(
            "jdbc:h2:mem:spotcheck-register-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    register = new SpotCheckRegister(jdbc);
    when(organization.headOf(anyString())).thenAnswer(call -> call.getArgument(0) + "Head");
    when(organization.leaderOf(anyString())).thenReturn("leaders1");
    when(organization.nameOf(anyString())).thenAnswer(call -> call.getArgument(0));
    when(organization.isDepartment(anyString()))
        .thenAnswer(call -> !"nowhere".equals(call.getArgument(0)));
  }

  void register() {
    Mocks.register("spotCheckRegister", register);
    Mocks.register("organization", organization);
    Mocks.register("reminderTimes", org.rectify.reminder.ReminderTimes.withDefaults());
    Mocks.register("reminderMail", mail);
    Mocks.register("spotCheckPlanRecorder", new SpotCheckPlanRecorder(register));
    Mocks.register("spotCheckVisitRecorder", new SpotCheckVisitRecorder(register));
    Mocks.register("spotCheckFindingRecorder", new SpotCheckFindingRecorder(register));
    Mocks.register("spotCheckFindingValidator", new SpotCheckFindingValidator(organization));
    Mocks.register("spotCheckChoiceCheck", new SpotCheckChoiceCheck());
    Mocks.register("spotCheckConfirmationRecorder", new SpotCheckConfirmationRecorder(register));
    Mocks.register("spotCheckFindingTally", new SpotCheckFindingTally(register));
    Mocks.register("spotCheckCloser", new SpotCheckCloser(register));
    Mocks.register("spotCheckDecisionRecorder", new SpotCheckDecisionRecorder(register));
    Mocks.register("spotCheckNoticeValidator", new SpotCheckNoticeValidator(register));
    Mocks.register("spotCheckNoticeIssuer", new SpotCheckNoticeIssuer(register));
    Mocks.register(
        "spotCheckRectificationSetup",
        new SpotCheckRectificationSetup(register, organization, StatusColour.withDefaults()));
    Mocks.register("spotCheckRectificationRecorder", new SpotCheckRectificationRecorder(register));
    Mocks.register("spotCheckVerificationRecorder", new SpotCheckVerificationRecorder(register));
    Mocks.register("spotCheckRepeatOffenderCheck", new SpotCheckRepeatOffenderCheck(register));
    Mocks.register("spotCheckTalkRecorder", new SpotCheckTalkRecorder(register));
    Mocks.register("spotCheckScheduledStarter", new SpotCheckScheduledStarter(register));
  }
}
