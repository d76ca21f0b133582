package org.rectify.reliability;

import static org.rectify.reliability.BadInput.api;

import java.util.stream.Stream;

/**
 * Departments, ledgers, statistics, reminder preferences, urges and notices: bad ids, parameters
 * and bodies.
 */
final class QueryBadInputs {

  private QueryBadInputs() {}

  static Stream<BadInput> cases() {
    return Stream.of(
        api(
            "department assigned by a clerk",
            403,
            f ->
                f.put(
                    "/api/departments/greening",
                    "{\"headUserId\": \"greening1\", \"leaderUserId\": \"leaders1\"}",
                    "greening1")),
        api(
            "unknown department assigned",
            404,
            f ->
                f.put(
                    "/api/departments/zoo",
                    "{\"headUserId\": \"greening1\", \"leaderUserId\": \"leaders1\"}",
                    "admin")),
        api(
            "department head of 1 MB",
            400,
            f ->
                f.put(
                    "/api/departments/greening",
                    Json.of(java.util.Map.of("headUserId", Json.HUGE, "leaderUserId", "leaders1")),
                    "admin")),
        api(
            "department head from another department",
            400,
            f ->
                f.put(
                    "/api/departments/greening",
                    "{\"headUserId\": \"enforcement1\", \"leaderUserId\": \"leaders1\"}",
                    "admin")),
        api(
            "department id with markup",
            404,
            f -> f.get("/api/departments/%3Cscript%3E", "office1")),
        api("ledger with an unknown parameter", 400, f -> f.get("/api/ledger?foo=bar", "office1")),
        api("ledger with 02-30", 400, f -> f.get("/api/ledger?dueFrom=2026-02-30", "office1")),
        api(
            "ledger with SQL as department",
            400,
            f -> f.get("/api/ledger?department=%27%20OR%20%271%27%3D%271", "office1")),
        api(
            "ledger sorted by SQL",
            400,
            f -> f.get("/api/ledger?sort=title%3Bdrop%20table%20x", "office1")),
        api(
            "contract ledger with 99999 days",
            400,
            f -> f.get("/api/ledger/contracts?expiringWithinDays=99999", "office1")),
        api("statistics for -1 days", 400, f -> f.get("/api/statistics?days=-1", "office1")),
        api(
            "statistics with SQL as plan",
            400,
            f -> f.get("/api/statistics?planId=1%20OR%201%3D1", "office1")),
        api(
            "digest preference as text",
            400,
            f -> f.put("/api/reminders/preferences", "{\"dailyDigest\": \"yes\"}", "greening1")),
        api(
            "digest preference missing",
            400,
            f -> f.put("/api/reminders/preferences", "{}", "greening1")),
        api(
            "urge with a 1 MB message",
            400,
            f ->
                f.post(
                    "/api/tasks/" + f.claimTask() + "/urge",
                    Json.of(java.util.Map.of("message", Json.HUGE)),
                    "leaders1")),
        api(
            "urge of an unknown task",
            404,
            f -> f.post("/api/tasks/no-such-task/urge", "{}", "leaders1")),
        api(
            "urge by a clerk",
            403,
            f -> f.post("/api/tasks/" + f.claimTask() + "/urge", "{}", "enforcement1")),
        api(
            "notice of a plan id that is text",
            400,
            f -> f.get("/api/plans/abc/notice.docx", "rectOffice1")),
        api(
            "notice of an unknown plan",
            404,
            f -> f.get("/api/plans/999999/notice.html", "rectOffice1")));
  }
}
