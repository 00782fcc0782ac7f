package id.go.trenggalekkab.aptika.system;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's address as people outside it reach it ({@code aptika.public-url}, from {@code
 * APTIKA_PUBLIC_URL}): every link in a mail and the QR code of a signed letter start here, so each
 * can be clicked or scanned wherever it is read.
 */
@Component
public class PublicAddress {

  private final String base;

  public PublicAddress(@Value("${aptika.public-url:http://localhost:8080}") String publicUrl) {
    URI uri = URI.create(publicUrl.strip());
    if (!uri.isAbsolute()
        || uri.getHost() == null
        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw new IllegalArgumentException(
          "aptika.public-url (APTIKA_PUBLIC_URL) must be an absolute http(s) address, not '"
              + publicUrl
              + "'");
    }
    this.base = publicUrl.strip().replaceAll("/+$", "");
  }

  /** The absolute address of a path of this application, e.g. {@code /verifikasi/abc}. */
  public String link(String path) {
    return base + (path.startsWith("/") ? path : "/" + path);
  }
}
