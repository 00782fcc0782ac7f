package id.go.trenggalekkab.aptika.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The nginx adapter against a real nginx, started by the test on a loopback port. */
class NginxHostingIT {

  private NginxServer nginx;

  @BeforeEach
  void startNginx() throws Exception {
    nginx = NginxServer.start();
  }

  @AfterEach
  void stopNginx() throws Exception {
    if (nginx != null) {
      nginx.close();
    }
  }

  @Test
  void createsAVirtualHostThatServesThePlaceholderForTheNewName() throws Exception {
    NginxHosting hosting = new NginxHosting("127.0.0.1", nginx.settings(null));

    WebHosting.Site site = hosting.create("sikesda.trenggalekkab.go.id", "p1");

    assertThat(site.created()).isTrue();
    assertThat(site.provider()).isEqualTo("nginx");
    assertThat(Path.of(site.documentRoot()).resolve("index.html")).exists();
    assertThat(nginx.sitesDir().resolve("sikesda.trenggalekkab.go.id.conf")).exists();
    assertThat(site.note()).contains("nginx dimuat ulang").doesNotContain("menyajikan");
    String page = nginx.getEventually("sikesda.trenggalekkab.go.id", "HTTP/1.1 200");
    assertThat(page)
        .startsWith("HTTP/1.1 200")
        .contains("sikesda.trenggalekkab.go.id")
        .contains("Situs ini sedang disiapkan");
    // another name still gets the default server
    assertThat(nginx.get("lain.trenggalekkab.go.id")).startsWith("HTTP/1.1 404");
  }

  @Test
  void theCheckPassesOnceNginxServesTheName() throws Exception {
    NginxHosting hosting = new NginxHosting("127.0.0.1", nginx.settings(null));
    hosting.create("periksa.trenggalekkab.go.id", "p1");
    nginx.getEventually("periksa.trenggalekkab.go.id", "HTTP/1.1 200");

    assertThat(hosting.checkServed("periksa.trenggalekkab.go.id"))
        .isEqualTo(
            "virtual host periksa.trenggalekkab.go.id disajikan nginx: http://127.0.0.1:"
                + nginx.port()
                + " dengan Host periksa.trenggalekkab.go.id menjawab HTTP/1.1 200 OK.");
  }

  @Test
  void aNameNginxDoesNotServeFailsTheCheckOnceNamingTheNameAndTheUrl() {
    NginxHosting hosting = new NginxHosting("127.0.0.1", nginx.settings(null));

    assertThatThrownBy(() -> hosting.checkServed("tanpa.trenggalekkab.go.id"))
        .isInstanceOf(ProvisioningFailedException.class)
        .hasMessage(
            "Virtual host tanpa.trenggalekkab.go.id belum disajikan nginx: http://127.0.0.1:"
                + nginx.port()
                + " dengan Host tanpa.trenggalekkab.go.id jawaban HTTP/1.1 404 Not Found."
                + " Periksa server block dan muat ulang nginx, lalu Retry di Cockpit.");
  }

  @Test
  void aClosedPortFailsTheCheckWithTheUrlItAsked() throws Exception {
    NginxHosting.Settings open = nginx.settings(null);
    String closed = "http://127.0.0.1:" + BindServer.freePort();
    NginxHosting hosting =
        new NginxHosting(
            "127.0.0.1",
            new NginxHosting.Settings(
                open.executable(),
                open.configFile(),
                open.prefix(),
                open.sitesDir(),
                open.webRoot(),
                open.listen(),
                null,
                closed,
                open.commandTimeout()));

    assertThatThrownBy(() -> hosting.checkServed("tutup.trenggalekkab.go.id"))
        .isInstanceOf(ProvisioningFailedException.class)
        .hasMessageStartingWith(
            "Virtual host tutup.trenggalekkab.go.id belum disajikan nginx: "
                + closed
                + " dengan Host tutup.trenggalekkab.go.id tidak dapat dihubungi: ");
  }

  @Test
  void aRetryFindsItsOwnSiteAndKeepsTheUnitsFiles() throws Exception {
    NginxHosting hosting = new NginxHosting("127.0.0.1", nginx.settings(null));
    WebHosting.Site site = hosting.create("ulang.trenggalekkab.go.id", "p1");
    Path index = Path.of(site.documentRoot()).resolve("index.html");
    Files.writeString(index, "<h1>ulang.trenggalekkab.go.id milik unit</h1>");

    hosting.create("ulang.trenggalekkab.go.id", "p1");

    assertThat(Files.readString(index)).contains("milik unit");
    assertThat(nginx.getEventually("ulang.trenggalekkab.go.id", "HTTP/1.1 200"))
        .contains("milik unit");
  }

  @Test
  void aTemplateThatFailsTheConfigurationTestLeavesNoConfigurationBehind() throws Exception {
    Path broken = nginx.dir().resolve("broken.conf");
    Files.writeString(
        broken,
        "server { listen {{listen}}; server_name {{serverName}}; root {{root}}; bogus on; }");
    NginxHosting hosting = new NginxHosting("127.0.0.1", nginx.settings(broken.toString()));

    assertThatThrownBy(() -> hosting.create("rusak.trenggalekkab.go.id", "p1"))
        .isInstanceOf(ProvisioningFailedException.class)
        .hasMessageContaining("nginx -t")
        .hasMessageContaining("bogus");

    assertThat(nginx.sitesDir()).isEmptyDirectory();
    assertThat(nginx.webRoot()).isEmptyDirectory();
    // the running server still works on its old configuration, and a later test passes
    assertThat(nginx.get("rusak.trenggalekkab.go.id")).startsWith("HTTP/1.1 404");
    new NginxHosting("127.0.0.1", nginx.settings(null)).create("sesudah.trenggalekkab.go.id", "p2");
    assertThat(nginx.getEventually("sesudah.trenggalekkab.go.id", "HTTP/1.1 200"))
        .startsWith("HTTP/1.1 200");
  }

  @Test
  void aTemplateWithAnUnknownPlaceholderWritesNothing() throws Exception {
    Path broken = nginx.dir().resolve("unknown.conf");
    Files.writeString(broken, "server { listen {{listen}}; server_name {{serverNmae}}; }");
    NginxHosting hosting = new NginxHosting("127.0.0.1", nginx.settings(broken.toString()));

    assertThatThrownBy(() -> hosting.create("salah.trenggalekkab.go.id", "p1"))
        .isInstanceOf(ProvisioningFailedException.class)
        .hasMessageContaining("{{serverNmae}}");

    assertThat(nginx.sitesDir()).isEmptyDirectory();
    assertThat(nginx.webRoot()).isEmptyDirectory();
  }

  @Test
  void aVirtualHostWithOtherContentIsNotOverwritten() throws Exception {
    Path existing = nginx.sitesDir().resolve("ada.trenggalekkab.go.id.conf");
    Files.writeString(existing, "# dibuat manual\n");
    NginxHosting hosting = new NginxHosting("127.0.0.1", nginx.settings(null));

    assertThatThrownBy(() -> hosting.create("ada.trenggalekkab.go.id", "p1"))
        .isInstanceOf(ProvisioningFailedException.class)
        .hasMessageContaining("sudah ada dengan isi lain");

    assertThat(Files.readString(existing)).isEqualTo("# dibuat manual\n");
    assertThat(nginx.webRoot()).isEmptyDirectory();
  }
}
