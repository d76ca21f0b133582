package org.rectify.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Rectify's own pages (not the API): how a refusal is shown to a person there. */
final class RectifyPages {

  private RectifyPages() {}

  /** A page a person opens in the browser, as opposed to an API call the page makes. */
  static boolean isPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/mail")
        || path.startsWith("/mail/")
        || path.startsWith("/reports/")
        || path.startsWith("/measures/");
  }

  /** A small Chinese page with a fixed message (the message is Rectify's own text, never input). */
  static void write(HttpServletResponse response, int status, String title, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"UTF-8\"><title>"
                + title
                + "</title><body><p>"
                + message
                + "</p></body></html>");
  }
}
