package id.go.trenggalekkab.aptika.system;

import id.go.trenggalekkab.aptika.identity.CurrentUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For administrators: which external systems the application reaches itself and which a person
 * handles by hand ({@link Integrations}), with the signing method and the public address. One page
 * in Bahasa Indonesia inside the webapps' login, and the same as JSON for monitoring. Only the
 * settings that choose a mode are shown, never a credential.
 */
@RestController
class IntegrationStatusController {

  static final String PAGE = "/integrasi";
  static final String API = "/api/integrations";
  static final String TEMPLATE = "pages/integration-status.html";

  /** One integration as the page and the API show it. */
  record Line(
      String id,
      String name,
      String mode,
      String modeLabel,
      String setting,
      String settingValue,
      String manualWork) {

    /** For the page's template, which reads no accessor named like a setter ({@code setting}). */
    Map<String, String> asMap() {
      Map<String, String> map = new HashMap<>();
      map.put("id", id);
      map.put("name", name);
      map.put("mode", mode);
      map.put("modeLabel", modeLabel);
      map.put("setting", setting);
      map.put("settingValue", settingValue);
      map.put("manualWork", manualWork);
      return map;
    }
  }

  record Status(List<Line> integrations, String signingMethod, String publicUrl) {}

  private final Integrations integrations;
  private final CurrentUser currentUser;
  private final PublicAddress publicAddress;
  private final String signingMethod;
  private final OfficeTemplates templates;

  IntegrationStatusController(
      Integrations integrations,
      CurrentUser currentUser,
      PublicAddress publicAddress,
      OfficeTemplates templates,
      @Value("${aptika.signing.method:local}") String signingMethod) {
    this.integrations = integrations;
    this.currentUser = currentUser;
    this.publicAddress = publicAddress;
    this.signingMethod = signingMethod.strip();
    this.templates = templates;
  }

  @GetMapping(API)
  Status status() {
    currentUser.requireAdministrator();
    return current();
  }

  @GetMapping(value = PAGE, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  ResponseEntity<String> page() {
    if (!currentUser.isAdministrator()) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(
              templates.render(
                  TEMPLATE,
                  Map.of(
                      "allowed",
                      false,
                      "userId",
                      Objects.requireNonNullElse(currentUser.id(), ""))));
    }
    Status status = current();
    return ResponseEntity.ok(
        templates.render(
            TEMPLATE,
            Map.of(
                "allowed", true,
                "integrations", status.integrations().stream().map(Line::asMap).toList(),
                "signingMethod", status.signingMethod(),
                "publicUrl", status.publicUrl())));
  }

  private Status current() {
    List<Line> lines =
        integrations.all().stream()
            .map(
                status ->
                    new Line(
                        status.integration().id(),
                        status.integration().title(),
                        status.mode().name(),
                        status.mode().label(),
                        status.integration().setting(),
                        status.settingValue(),
                        status.integration().manualWork()))
            .toList();
    return new Status(lines, signingMethod, publicAddress.link("/"));
  }
}
