package org.rectify.reliability;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.rectify.HttpTestClient;
import org.rectify.WebappSession;

/**
 * What the bad-input cases aim at, found in the running demo plan once per suite: a measure's claim
 * task with its department head, a progress task of another department, and a logged-in Tasklist
 * session of the head.
 *
 * @param claimTask open {@code UserTask_ClaimMeasure} assigned to {@code head}
 * @param measure the measure (code) of {@code claimTask}, owned by {@code department}
 * @param progressTask open {@code UserTask_ReportProgress} of a department other than {@code
 *     department}
 * @param outsider a clerk of a department that owns neither task
 */
record BadInputFixture(
    int port,
    HttpTestClient http,
    WebappSession tasklist,
    String claimTask,
    String claimInstance,
    String head,
    String department,
    String measure,
    String progressTask,
    String progressDepartment,
    String outsider) {

  static final String PASSWORD = "demo";

  HttpResponse<String> get(String path, String user) {
    return http.get(path, user, user == null ? null : password(user));
  }

  HttpResponse<String> post(String path, String json, String user) {
    return http.post(path, json, user, password(user));
  }

  HttpResponse<String> put(String path, String json, String user) {
    return http.put(path, json, user, password(user));
  }

  HttpResponse<String> postRaw(String path, String contentType, byte[] body, String user) {
    return http.send(
        http.builder(path, user, password(user))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  HttpResponse<String> withHeaders(String path, String... headers) {
    return http.send(
        HttpRequest.newBuilder(URI.create(http.baseUrl() + path)).headers(headers).GET());
  }

  /** A multipart upload of one field {@code file}. */
  HttpResponse<String> upload(String path, String fileName, byte[] content, String user) {
    String boundary = "----rectify-bad-input-" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return postRaw(path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), user);
  }

  HttpResponse<String> submitForm(String taskId, String variablesJson) {
    return tasklist.postJson(
        "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        "{\"variables\": " + variablesJson + "}",
        true);
  }

  HttpResponse<String> complete(String taskId, String variablesJson, String user) {
    return post(
        "/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": " + variablesJson + "}",
        user);
  }

  private static String password(String user) {
    return "admin".equals(user) ? "admin" : PASSWORD;
  }
}
