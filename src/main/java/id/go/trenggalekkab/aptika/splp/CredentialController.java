package id.go.trenggalekkab.aptika.splp;

import id.go.trenggalekkab.aptika.identity.CurrentUser;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one-time retrieval of credentials by their owner. It is a POST because reading destroys them;
 * the answer must not be cached anywhere.
 */
@RestController
class CredentialController {

  private final CredentialVault vault;
  private final CurrentUser currentUser;

  CredentialController(CredentialVault vault, CurrentUser currentUser) {
    this.vault = vault;
    this.currentUser = currentUser;
  }

  @PostMapping("/api/credentials/{id}/retrieve")
  ResponseEntity<Map<String, String>> retrieve(@PathVariable String id) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .header("Pragma", "no-cache")
        .body(vault.retrieveOnce(id, currentUser.id()));
  }
}
