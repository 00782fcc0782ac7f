package id.go.trenggalekkab.aptika.system;

import id.go.trenggalekkab.aptika.identity.CurrentUser;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

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

  /** One integration as the page and the API show it. */
  record Line(
      String id,
      String name,
      String mode,
      String modeLabel,
      String setting,
      String settingValue,
      String manualWork) {}

  record Status(List<Line> integrations, String signingMethod, String publicUrl) {}

  private final Integrations integrations;
  private final CurrentUser currentUser;
  private final PublicAddress publicAddress;
  private final String signingMethod;

  IntegrationStatusController(
      Integrations integrations,
      CurrentUser currentUser,
      PublicAddress publicAddress,
      @Value("${aptika.signing.method:local}") String signingMethod) {
    this.integrations = integrations;
    this.currentUser = currentUser;
    this.publicAddress = publicAddress;
    this.signingMethod = signingMethod.strip();
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
              html(
                  "<h1>Akses ditolak</h1><p>Halaman status integrasi hanya untuk Administrator."
                      + " Anda masuk sebagai "
                      + e(currentUser.id())
                      + ".</p>"));
    }
    Status status = current();
    StringBuilder body =
        new StringBuilder(
            "<h1>Status integrasi</h1><p>Untuk setiap sistem luar: apakah aplikasi mengerjakan"
                + " langkahnya sendiri (<em>terintegrasi</em>) atau seorang petugas mengerjakannya"
                + " dengan tangan dan mengonfirmasi hasilnya (<em>manual</em>).</p>"
                + "<table><thead><tr><th>Sistem</th><th>Mode</th><th>Pengaturan</th>"
                + "<th>Nilai</th><th>Yang dikerjakan petugas dalam mode manual</th></tr></thead>"
                + "<tbody>");
    for (Line line : status.integrations()) {
      body.append("<tr data-integration=\"")
          .append(e(line.id()))
          .append("\"><td>")
          .append(e(line.name()))
          .append("</td><td class=\"mode ")
          .append(e(line.mode().toLowerCase()))
          .append("\">")
          .append(e(line.modeLabel()))
          .append("</td><td><code>")
          .append(e(line.setting()))
          .append("</code></td><td><code>")
          .append(e(line.settingValue().isEmpty() ? "(tidak diisi)" : line.settingValue()))
          .append("</code></td><td>")
          .append(e(line.manualWork()))
          .append("</td></tr>");
    }
    body.append("</tbody></table><h2>Lainnya</h2><table><tbody>")
        .append("<tr><th>Metode tanda tangan (<code>aptika.signing.method</code>)</th><td><code>")
        .append(e(status.signingMethod()))
        .append("</code></td></tr>")
        .append("<tr><th>Alamat publik (<code>aptika.public-url</code>)</th><td><code>")
        .append(e(status.publicUrl()))
        .append("</code></td></tr></tbody></table>")
        .append("<p>Mode diubah lewat pengaturan aplikasi (lihat README, bagian Configuration)")
        .append(" dan berlaku setelah aplikasi dijalankan ulang.</p>");
    return ResponseEntity.ok(html(body.toString()));
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

  private static String html(String body) {
    return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\"/>"
        + "<title>Status integrasi - Layanan Aptika</title><style>"
        + "body{font-family:sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem}"
        + "table{border-collapse:collapse;margin-bottom:1.5rem}"
        + "th,td{border:1px solid #ccc;padding:.4rem .6rem;text-align:left;vertical-align:top}"
        + ".mode.integrated{color:#060;font-weight:bold}.mode.manual{color:#a60;font-weight:bold}"
        + "</style></head><body><p><a href=\"/camunda/app/cockpit/\">Cockpit</a> &middot;"
        + " <a href=\"/camunda/app/admin/\">Admin</a> &middot;"
        + " <a href=\"/camunda/app/tasklist/\">Tasklist</a></p>"
        + body
        + "</body></html>";
  }

  private static String e(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
  }
}
