package org.rectify.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
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
}
