package org.rectify.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.rectify.organization.OrganizationDirectory;
import org.rectify.platform.CurrentUser;

/**
 * The agenda's entry for calling processes ({@code agendaTopicSubmission}): the inputs of the
 * calling service task become a registered topic (with the contractor as its single quote) and
 * {@code topicNumber}; no process is started here, and bad input registers nothing.
 */
class AgendaTopicSubmissionTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final AgendaTopicRepository topics = mock(AgendaTopicRepository.class);
  private final OrganizationDirectory organization = mock(OrganizationDirectory.class);
  private final RuntimeService runtimeService = mock(RuntimeService.class);
  private final AgendaTopicRegistration registration =
      new AgendaTopicRegistration(
          topics,
          organization,
          runtimeService,
          mock(IdentityService.class),
          mock(CurrentUser.class));
  private final AgendaTopicSubmissionDelegate delegate =
      new AgendaTopicSubmissionDelegate(registration);

  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }

  private DelegateExecution execution(Map<String, Object> inputs) {
    DelegateExecution execution = mock(DelegateExecution.class);
    inputs.forEach((name, value) -> when(execution.getVariable(name)).thenReturn(value));
    return execution;
  }

  private static Map<String, Object> renewalInputs(String department) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("topicType", "CONTRACT_RENEWAL");
    inputs.put("topicTitle", "社区公园管理服务（HT-1）续签");
    inputs.put("topicDepartment", department);
    inputs.put("topicCategory", "parks");
    inputs.put("topicAmount", 1750000.0);
    inputs.put("topicDeadline", date(LocalDate.of(2027, 10, 31)));
    inputs.put("linkedContract", "HT-1");
    inputs.put("contractEndsOn", date(LocalDate.of(2027, 12, 31)));
    inputs.put("performanceRecord", "履约考核共2次，其中不合格0次");
    inputs.put("supplier", "深圳市绿廊景观工程有限公司");
    inputs.put("supplierCreditCode", "91440310MA5G01370Q");
    return inputs;
  }

  @Test
  void registersTheTopicWithTheContractorAsQuoteAndSetsTheTopicNumber() {
    when(organization.isDepartment("greening")).thenReturn(true);
    when(topics.nextNumber(anyInt())).thenReturn("YT-2027-0042");
    DelegateExecution execution = execution(renewalInputs("greening"));

    delegate.execute(execution);

    ArgumentCaptor<AgendaTopicRequest> request = ArgumentCaptor.forClass(AgendaTopicRequest.class);
    verify(topics).insert(eq("YT-2027-0042"), request.capture(), anyInt(), eq("greening"));
    assertThat(request.getValue().type()).isEqualTo("CONTRACT_RENEWAL");
    assertThat(request.getValue().amount()).isEqualByComparingTo(new BigDecimal("1750000"));
    assertThat(request.getValue().deadline()).isEqualTo(LocalDate.of(2027, 10, 31));
    assertThat(request.getValue().contractEndsOn()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(request.getValue().linkedContract()).isEqualTo("HT-1");
    assertThat(request.getValue().performanceRecord()).startsWith("履约考核共2次");
    assertThat(request.getValue().quotes())
        .singleElement()
        .satisfies(
            quote -> {
              assertThat(quote.supplier()).isEqualTo("深圳市绿廊景观工程有限公司");
              assertThat(quote.creditCode()).isEqualTo("91440310MA5G01370Q");
            });
    verify(execution).setVariable("topicNumber", "YT-2027-0042");
    verifyNoInteractions(runtimeService);
  }

  @Test
  void tenderPlanWithoutSupplierHasNoQuotes() {
    when(organization.isDepartment("enforcement")).thenReturn(true);
    when(topics.nextNumber(anyInt())).thenReturn("YT-2027-0043");
    Map<String, Object> inputs = renewalInputs("enforcement");
    inputs.put("topicType", "TENDER_PLAN");
    inputs.remove("supplier");
    inputs.remove("contractEndsOn");
    inputs.put("serviceStartsOn", date(LocalDate.of(2027, 12, 31)));

    delegate.execute(execution(inputs));

    ArgumentCaptor<AgendaTopicRequest> request = ArgumentCaptor.forClass(AgendaTopicRequest.class);
    verify(topics).insert(eq("YT-2027-0043"), request.capture(), anyInt(), anyString());
    assertThat(request.getValue().quotes()).isEmpty();
    assertThat(request.getValue().serviceStartsOn()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(request.getValue().tripleOneMajor()).isFalse();
    assertThat(request.getValue().tripleOneMajorCategory()).isNull();
  }

  @Test
  void theDeclaredTripleOneMajorAndTheLateReasonAreRegisteredWithTheTopic() {
    when(organization.isDepartment("greening")).thenReturn(true);
    when(topics.nextNumber(anyInt())).thenReturn("YT-2027-0044");
    Map<String, Object> inputs = renewalInputs("greening");
    inputs.put("topicMaterials", "质量优先理由：养护质量稳定");
    inputs.put("topicTripleOneMajor", true);
    inputs.put("topicTripleOneMajorCategory", "PROJECT");
    inputs.put("topicLateReason", "等待年度考核结果");

    delegate.execute(execution(inputs));

    ArgumentCaptor<AgendaTopicRequest> request = ArgumentCaptor.forClass(AgendaTopicRequest.class);
    verify(topics).insert(eq("YT-2027-0044"), request.capture(), anyInt(), anyString());
    assertThat(request.getValue().tripleOneMajor()).isTrue();
    assertThat(request.getValue().tripleOneMajorCategory()).isEqualTo("PROJECT");
    assertThat(request.getValue().attachments()).isEqualTo("质量优先理由：养护质量稳定\n逾期提交说明：等待年度考核结果");
  }

  @Test
  void badInputFailsTheCallerAndRegistersNothing() {
    Map<String, Object> inputs = renewalInputs("finance");
    inputs.put("topicAmount", -1);
    DelegateExecution execution = execution(inputs);

    assertThatThrownBy(() -> delegate.execute(execution))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("department：未知科室 finance")
        .hasMessageContaining("amount：金额不能为负数");
    verify(topics, never()).insert(anyString(), any(), anyInt(), anyString());
    verify(execution, never()).setVariable(eq("topicNumber"), any());
  }
}
