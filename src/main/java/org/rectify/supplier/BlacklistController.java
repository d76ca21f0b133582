package org.rectify.supplier;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/suppliers/blacklist}: blacklisted contractors with the rule, evidence and date. */
@RestController
@RequestMapping("/api/suppliers")
class BlacklistController {

  private final Blacklist blacklist;

  BlacklistController(Blacklist blacklist) {
    this.blacklist = blacklist;
  }

  @GetMapping("/blacklist")
  List<BlacklistEntry> blacklist() {
    return blacklist.active();
  }
}
