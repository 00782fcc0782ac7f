package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.OFFICE_CLOCK;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aCompletenessCheck;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.aValidSubdomainRequest;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.assertOnlyProblem;
import static id.go.trenggalekkab.aptika.request.RequestDataFixtures.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The requested label under trenggalekkab.go.id: a DNS label, not reserved, not taken. */
class SubdomainNameTest {

  private final CompletenessCheck check = aCompletenessCheck();

  private List<Problem> checkName(String name) {
    return check.check(
        RequestKind.SUBDOMAIN, aValidSubdomainRequest().withSubdomainName(name).build());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "simpus",
        "karangan-pogalan",
        "123",
        "a1",
        "abc--d",
        "0-0",
        "Simpus",
        " ppid "
      })
  void dnsLabelsAreAcceptedAfterLowerCasing(String name) {
    assertThat(checkName(name)).isEmpty();
  }

  @Test
  void sixtyThreeCharactersAreAcceptedAndSixtyFourAreNot() {
    assertThat(checkName(repeat('a', 63))).isEmpty();
    assertOnlyProblem(
        checkName(repeat('a', 64)), "subdomainName", "terlalu panjang: paling banyak 63 karakter");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void isRequired(String name) {
    assertOnlyProblem(checkName(name), "subdomainName", "Nama sub domain wajib diisi");
  }

  /**
   * The Kelvin sign (U+212A) in the last row lower-cases to an ASCII "k": without the ASCII check
   * coming first it would pass as "kominfo".
   */
  @ParameterizedTest(name = "\"{0}\" is refused: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          -abc                       | tidak boleh diawali atau diakhiri tanda hubung
          abc-                       | tidak boleh diawali atau diakhiri tanda hubung
          -                          | tidak boleh diawali atau diakhiri tanda hubung
          ab_c                       | tanpa spasi atau garis bawah
          ab c                       | tanpa spasi atau garis bawah
          simpus!                    | hanya boleh berisi huruf a-z, angka 0-9 dan tanda hubung
          *                          | hanya boleh berisi huruf a-z, angka 0-9 dan tanda hubung
          ab.c                       | ditulis tanpa titik
          simpus.trenggalekkab.go.id | ditulis tanpa titik
          .simpus                    | ditulis tanpa titik
          xn--dinkes-5za             | dicadangkan untuk nama domain internasional
          ab--cd                     | karakter ke-3 dan ke-4
          désa                       | huruf non-Latin
          \uff24inkes                | huruf non-Latin
          \u212Aominfo               | huruf non-Latin
          """)
  void malformedLabelsAreRefusedWithTheReason(String name, String reason) {
    assertOnlyProblem(checkName(name), "subdomainName", reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"www", "WWW", " Mail ", "ns1", "autodiscover", "wpad", "mta-sts"})
  void reservedNamesAreRefusedAfterNormalising(String name) {
    String normalised = name.strip().toLowerCase(Locale.ROOT);

    assertOnlyProblem(
        checkName(name),
        "subdomainName",
        "Nama sub domain \"" + normalised + "\" dicadangkan (nama teknis atau layanan bersama)");
  }

  @Test
  void everyDefaultReservedNameIsRefused() {
    assertThat(CompletenessCheck.DEFAULT_RESERVED_NAMES)
        .allSatisfy(name -> assertOnlyProblem(checkName(name), "subdomainName", "dicadangkan"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lpse", "LPSE", " SatuData "})
  void registeredNamesAreRefused(String name) {
    assertOnlyProblem(checkName(name), "subdomainName", "sudah terdaftar; pilih nama lain");
  }

  @Test
  void theRegistryIsAskedOnlyAboutUsableNamesInLowerCase() {
    List<String> asked = new ArrayList<>();
    SubdomainRegistry recording =
        label -> {
          asked.add(label);
          return false;
        };
    CompletenessCheck recordingCheck =
        new CompletenessCheck(recording, CompletenessCheck.DEFAULT_RESERVED_NAMES, OFFICE_CLOCK);

    for (String name : List.of(" SimPus ", "ab_c", "www", "-x", "dés")) {
      recordingCheck.check(
          RequestKind.SUBDOMAIN, aValidSubdomainRequest().withSubdomainName(name).build());
    }

    assertThat(asked).containsExactly("simpus");
  }

  @Test
  void theNormalisedNameIsStrippedAndInLowerCase() {
    RequestData data = aValidSubdomainRequest().withSubdomainName("  SimPus ").build();

    assertThat(data.normalisedSubdomainName()).isEqualTo("simpus");
    assertThat(RequestData.empty().normalisedSubdomainName()).isNull();
  }
}
