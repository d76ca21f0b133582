package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/**
 * Listener refusals wrapped by the engine and the REST layer become 400; other REST errors are left
 * alone.
 */
class FormValidationExceptionMapperTest {

  private final FormValidationExceptionMapper mapper = new FormValidationExceptionMapper();

  @Test
  void wrappedValidationRefusalBecomesBadRequestWithTheChineseMessageAndField() {
    RestException wrapped =
        new RestException(
            Response.Status.INTERNAL_SERVER_ERROR,
            new ProcessEngineException(
                "ENGINE-03051 There was an exception while invoking the TaskListener",
                new ProcessEngineException(
                    "Exception while invoking TaskListener",
                    new FormFieldValidationException("implementer", "请填写“主抓人”"))),
            "Cannot complete task 1");

    assertThat(mapper.isMappable(wrapped)).isTrue();
    Response response = mapper.toResponse(wrapped);
    assertThat(response.getStatus()).isEqualTo(400);
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) response.getEntity();
    assertThat(body).containsEntry("message", "请填写“主抓人”").containsEntry("field", "implementer");
  }

  @Test
  void otherRestErrorsAreNotTaken() {
    RestException other =
        new RestException(
            Response.Status.INTERNAL_SERVER_ERROR,
            new ProcessEngineException("boom"),
            "Cannot complete task 1");
    assertThat(mapper.isMappable(other)).isFalse();
  }

  @Test
  void aRefusedClaimIsTheChineseSentenceAlone() {
    ProcessEngineException wrapped =
        new ProcessEngineException(
            "ENGINE-03051 There was an exception while invoking the TaskListener",
            new FormFieldValidationException("firstReviewer", "四眼原则：复核人不得与审核人为同一人"));
    EngineRefusalMappers.Wrapped claimMapper = new EngineRefusalMappers.Wrapped();

    assertThat(claimMapper.isMappable(wrapped)).isTrue();
    assertThat(claimMapper.isMappable(new ProcessEngineException("boom"))).isFalse();
    Response response = claimMapper.toResponse(wrapped);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(body(response)).containsEntry("message", "四眼原则：复核人不得与审核人为同一人");
  }

  @Test
  void anotherDepartmentsTaskIsRefusedInOneChineseSentence() {
    AuthorizationException refused =
        new AuthorizationException(
            "leaders1", new MissingAuthorization("TASK_WORK", "Task", "1f0c"));
    Response response = new EngineRefusalMappers.Forbidden().toResponse(refused);

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(body(response))
        .containsEntry("type", "AuthorizationException")
        .containsEntry("message", "您无权办理该任务：它属于其他科室或其他办理人");
  }

  @Test
  void aRealErrorDescribedInChineseIsThatSentenceWithoutTheEnginesWrappers() {
    RestException wrapped =
        new RestException(
            Response.Status.INTERNAL_SERVER_ERROR,
            new ProcessEngineException(
                "ENGINE-03051 There was an exception while invoking the TaskListener. Message:"
                    + " '科室“园林绿化科”尚未配置负责人，请管理员在组织机构中设置'",
                new ProcessEngineException("科室“园林绿化科”尚未配置负责人，请管理员在组织机构中设置")),
            "Cannot complete task 1");

    assertThat(mapper.isMappable(wrapped)).isTrue();
    Response response = mapper.toResponse(wrapped);
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(body(response))
        .containsEntry("message", "科室“园林绿化科”尚未配置负责人，请管理员在组织机构中设置（系统错误，已记录，请联系管理员）");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(Response response) {
    return (Map<String, Object>) response.getEntity();
  }
}
