package org.rectify.reliability;

import static org.rectify.reliability.BadInput.engine;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * The engine's REST API: wrong types, expressions (also the CVE-2026-109432 {@code orQueries}
 * path), unknown process keys, other people's tasks and instances, identity and authorization
 * changes by a clerk.
 */
final class EngineRestBadInputs {

  private static final String EXPRESSION =
      "${execution.getProcessEngineServices().getRuntimeService()}";

  private EngineRestBadInputs() {}

  static Stream<BadInput> cases() {
    return Stream.of(
        engine(
            "start of an unknown process key",
            404,
            f ->
                f.post(
                    "/engine-rest/process-definition/key/no-such-process/start",
                    "{}",
                    "rectOffice1")),
        engine(
            "start of measure-lifecycle by a clerk",
            403,
            f ->
                f.post(
                    "/engine-rest/process-definition/key/measure-lifecycle/start",
                    "{}",
                    "enforcement1")),
        engine(
            "start of measure-lifecycle without its variables",
            400,
            f ->
                f.post(
                    "/engine-rest/process-definition/key/measure-lifecycle/start",
                    "{\"businessKey\": \"M98\"}",
                    "rectOffice1")),
        engine(
            "start of measure-lifecycle for an unregistered measure",
            400,
            f ->
                f.post(
                    "/engine-rest/process-definition/key/measure-lifecycle/start",
                    "{\"businessKey\": \"M97\","
                        + " \"variables\": "
                        + Json.variables(
                            "businessNumber", "M97", "String", "department", "greening", "String")
                        + "}",
                    "rectOffice1")),
        engine(
            "complete with text as Long",
            400,
            f ->
                f.complete(
                    f.claimTask(),
                    Json.variables(
                        "claimDecision", "CLAIM", "String", "implementer", "abc", "Long"),
                    f.head())),
        engine(
            "complete with an impossible Date",
            400,
            f ->
                f.complete(
                    f.claimTask(),
                    Json.variables(
                        "claimDecision",
                        "CLAIM",
                        "String",
                        "newDueDate",
                        "2026-02-30T00:00:00.000+0800",
                        "Date"),
                    f.head())),
        engine(
            "complete with ${...} in a variable",
            400,
            f ->
                f.complete(
                    f.claimTask(),
                    Json.variables(
                        "claimDecision", "CLAIM", "String", "implementer", EXPRESSION, "String"),
                    f.head())),
        engine(
            "complete with #{...} in a variable",
            400,
            f ->
                f.complete(
                    f.claimTask(),
                    Json.variables(
                        "claimDecision", "CLAIM", "String", "implementer", "#{1+1}", "String"),
                    f.head())),
        engine(
            "complete with a JSON-escaped expression",
            400,
            f ->
                f.complete(
                    f.claimTask(),
                    "{\"claimDecision\": {\"value\": \"CLAIM\"}, \"implementer\": {\"value\": \"\\u0024{1+1}\"}}",
                    f.head())),
        engine(
            "complete with a Java-serialized object",
            400,
            f ->
                f.complete(
                    f.claimTask(),
                    "{\"claimDecision\": {\"value\": \"CLAIM\"}, \"implementer\": {\"value\": \"rO0ABXQAAWE=\","
                        + " \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"java.lang.String\","
                        + " \"serializationDataFormat\": \"application/x-java-serialized-object\"}}}",
                    f.head())),
        engine(
            "complete without the required decision",
            400,
            f ->
                f.complete(f.claimTask(), Json.variables("implementer", "张三", "String"), f.head())),
        engine(
            "complete with an unknown decision",
            400,
            f ->
                f.complete(
                    f.claimTask(),
                    Json.variables(
                        "claimDecision", "MAYBE", "String", "implementer", "张三", "String"),
                    f.head())),
        engine(
            "complete with the decision as a number",
            400,
            f ->
                f.complete(
                    f.claimTask(),
                    Json.variables("claimDecision", 1, "Integer", "implementer", "张三", "String"),
                    f.head())),
        engine(
            "complete with a 1 MB implementer",
            400,
            f ->
                f.complete(
                    f.claimTask(),
                    Json.variables(
                        "claimDecision", "CLAIM", "String", "implementer", Json.HUGE, "String"),
                    f.head())),
        engine(
            "progress report of 1 MB",
            400,
            f ->
                f.complete(
                    f.progressTask(),
                    Json.variables(
                        "progressNarrative",
                        Json.HUGE,
                        "String",
                        "progressAction",
                        "CONTINUE",
                        "String"),
                    f.progressDepartment() + "1")),
        engine(
            "complete with invalid JSON",
            400,
            f ->
                f.post(
                    "/engine-rest/task/" + f.claimTask() + "/complete",
                    "{\"variables\": {",
                    f.head())),
        engine(
            "complete another department's task",
            403,
            f ->
                f.complete(
                    f.claimTask(),
                    Json.variables(
                        "claimDecision", "CLAIM", "String", "implementer", "张三", "String"),
                    f.outsider())),
        engine(
            "claim another department's task",
            403,
            f ->
                f.post(
                    "/engine-rest/task/" + f.progressTask() + "/claim",
                    "{\"userId\": \"" + f.outsider() + "\"}",
                    f.outsider())),
        engine(
            "claim of a department's task by a leader, who may only read it",
            403,
            f ->
                f.post(
                    "/engine-rest/task/" + f.progressTask() + "/claim",
                    "{\"userId\": \"leaders1\"}",
                    "leaders1")),
        engine(
            "variable written on another department's task",
            403,
            f ->
                f.put(
                    "/engine-rest/task/" + f.claimTask() + "/variables/implementer",
                    "{\"value\": \"张三\"}",
                    f.outsider())),
        engine(
            "instance variables modified by an outsider",
            403,
            f ->
                f.post(
                    "/engine-rest/process-instance/" + instanceOf(f) + "/variables",
                    "{\"modifications\": {\"dueDateText\": {\"value\": \"2099-01-01\"}}}",
                    f.outsider())),
        engine(
            "instance deleted by a clerk",
            403,
            f ->
                f.http()
                    .send(
                        f.http()
                            .builder(
                                "/engine-rest/process-instance/" + instanceOf(f),
                                f.outsider(),
                                "demo")
                            .DELETE())),
        engine(
            "user created by a clerk",
            403,
            f ->
                f.post(
                    "/engine-rest/user/create",
                    "{\"profile\": {\"id\": \"mallory\", \"firstName\": \"M\", \"lastName\": \"M\"},"
                        + " \"credentials\": {\"password\": \"x\"}}",
                    f.outsider())),
        engine(
            "authorization granted by a clerk",
            403,
            f ->
                f.post(
                    "/engine-rest/authorization/create",
                    "{\"type\": 1, \"permissions\": [\"ALL\"], \"userId\": \""
                        + f.outsider()
                        + "\", \"resourceType\": 0,"
                        + " \"resourceId\": \"*\"}",
                    f.outsider())),
        engine(
            "deployment by a clerk",
            403,
            f ->
                f.postRaw(
                    "/engine-rest/deployment/create",
                    "multipart/form-data; boundary=b",
                    ("--b\r\nContent-Disposition: form-data; name=\"evil.bpmn\";"
                            + " filename=\"evil.bpmn\"\r\nContent-Type: application/xml\r\n\r\n<definitions/>\r\n--b--\r\n")
                        .getBytes(StandardCharsets.UTF_8),
                    f.outsider())),
        engine(
            "correlation of an unknown message",
            400,
            f ->
                f.post(
                    "/engine-rest/message",
                    "{\"messageName\": \"no-such-message\"}",
                    "rectOffice1")),
        engine(
            "filter saved with an expression",
            400,
            f ->
                f.post(
                    "/engine-rest/filter/create",
                    "{\"resourceType\": \"Task\", \"name\": \"x\", \"query\": {\"assigneeExpression\": \""
                        + EXPRESSION
                        + "\"}}",
                    f.outsider())),
        engine(
            "task query with an expression in orQueries",
            400,
            f ->
                f.post(
                    "/engine-rest/task",
                    "{\"orQueries\": [{\"assigneeExpression\": \"" + EXPRESSION + "\"}]}",
                    f.outsider())),
        engine(
            "task query with an expression parameter",
            400,
            f ->
                f.get(
                    "/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D", f.outsider())));
  }

  private static String instanceOf(BadInputFixture f) {
    return f.claimInstance();
  }
}
