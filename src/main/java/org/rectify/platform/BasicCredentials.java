package org.rectify.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * User name and password of an HTTP Basic {@code Authorization} header; empty when absent or
 * malformed.
 */
public record BasicCredentials(String userId, String password) {

  private static final String PREFIX = "Basic ";

  public static Optional<BasicCredentials> parse(String header) {
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(PREFIX.length()).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    return colon <= 0
        ? Optional.empty()
        : Optional.of(
            new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }
}
