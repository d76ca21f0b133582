package org.rectify.report;

import org.rectify.platform.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The notice's issuer and contact block over HTTP (page {@code /reports/notice-settings.html}): any
 * logged-in user reads what the notice prints; the office, the rectification office and
 * administrators change it.
 */
@RestController
@RequestMapping("/api/settings/notice")
class NoticeSettingsController {

  private final NoticeSettingsStore store;
  private final CurrentUser currentUser;

  NoticeSettingsController(NoticeSettingsStore store, CurrentUser currentUser) {
    this.store = store;
    this.currentUser = currentUser;
  }

  @GetMapping
  NoticeSettingsStore.View get() {
    return store.view();
  }

  @PutMapping
  NoticeSettingsStore.View save(@RequestBody(required = false) NoticeSettings request) {
    return store.save(request, currentUser.id());
  }
}
