package org.rectify.reminder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.rectify.platform.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/PUT /api/reminders/preferences}: the logged-in person's choice between single reminder
 * mails and one daily digest ({@code {"dailyDigest": true}}). Escalations and urges are always sent
 * at once.
 */
@RestController
@RequestMapping("/api/reminders/preferences")
class DigestPreferenceController {

  /** The preference as read and written. */
  record Preference(@NotNull(message = "dailyDigest 不能为空") Boolean dailyDigest) {}

  private final DigestPreferences preferences;
  private final IdentityService identityService;

  DigestPreferenceController(DigestPreferences preferences, IdentityService identityService) {
    this.preferences = preferences;
    this.identityService = identityService;
  }

  @GetMapping
  Preference get() {
    return new Preference(preferences.wantsDigest(currentUser()));
  }

  @PutMapping
  Preference put(@Valid @RequestBody Preference preference) {
    preferences.set(currentUser(), preference.dailyDigest());
    return preference;
  }

  private String currentUser() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw ApiException.forbidden("需要登录");
    }
    return authentication.getUserId();
  }
}
