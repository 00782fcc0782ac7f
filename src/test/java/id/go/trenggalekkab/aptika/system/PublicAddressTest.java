package id.go.trenggalekkab.aptika.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

  @Test
  void aLinkIsTheAddressAndThePathWithOneSlashBetween() {
    PublicAddress address = new PublicAddress("https://layanan.example.go.id/aptika/ ");

    assertThat(address.link("/verifikasi/abc"))
        .isEqualTo("https://layanan.example.go.id/aptika/verifikasi/abc");
    assertThat(address.link("verifikasi/abc"))
        .isEqualTo("https://layanan.example.go.id/aptika/verifikasi/abc");
  }

  @Test
  void anAddressNobodyCouldClickIsRefusedAtStartUp() {
    for (String unusable :
        new String[] {"layanan.example.go.id", "/aptika", "ftp://example.go.id"}) {
      assertThatThrownBy(() -> new PublicAddress(unusable))
          .as(unusable)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("APTIKA_PUBLIC_URL");
    }
  }
}
