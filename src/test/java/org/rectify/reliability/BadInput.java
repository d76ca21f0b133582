package org.rectify.reliability;

import java.net.http.HttpResponse;
import java.util.function.Function;

/**
 * One malformed or hostile request: where it goes, what it tries, and the refusal expected ({@code
 * status} 0 = any 4xx). On {@code /api} the refusal must carry a Chinese {@code error} message.
 */
record BadInput(
    String area, String name, int status, Function<BadInputFixture, HttpResponse<String>> call) {

  static BadInput api(
      String name, int status, Function<BadInputFixture, HttpResponse<String>> call) {
    return new BadInput("api", name, status, call);
  }

  static BadInput engine(
      String name, int status, Function<BadInputFixture, HttpResponse<String>> call) {
    return new BadInput("engine-rest", name, status, call);
  }

  static BadInput form(
      String name, int status, Function<BadInputFixture, HttpResponse<String>> call) {
    return new BadInput("form", name, status, call);
  }

  static BadInput upload(
      String name, int status, Function<BadInputFixture, HttpResponse<String>> call) {
    return new BadInput("upload", name, status, call);
  }

  static BadInput session(
      String name, int status, Function<BadInputFixture, HttpResponse<String>> call) {
    return new BadInput("session", name, status, call);
  }

  boolean expectsChineseError() {
    return area.equals("api") || area.equals("upload");
  }

  @Override
  public String toString() {
    return area + ": " + name;
  }
}
