package id.go.trenggalekkab.aptika.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartFormRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  /** The server's rules and the form's attributes must say the same, field by field. */
  @Nested
  class SameAsTheForm {

    @ParameterizedTest
    @CsvSource({
      "SPLP_ACCOUNT, forms/splp-account-start.html",
      "SUBDOMAIN, forms/subdomain-start.html"
    })
    void everyFieldHasTheFormsRequiredPatternAndLengths(RequestKind kind, Path form)
        throws Exception {
      Map<String, Map<String, String>> fields = fieldsOf(Files.readString(form));
      List<StartFormRules.Rule> rules = StartFormRules.rulesFor(kind);
      assertThat(fields.keySet())
          .containsExactlyInAnyOrderElementsOf(
              rules.stream().map(StartFormRules.Rule::field).toList());
      for (StartFormRules.Rule rule : rules) {
        Map<String, String> attributes = fields.get(rule.field());
        assertThat(attributes.containsKey("required"))
            .as(rule.field() + " required")
            .isEqualTo(rule.required());
        assertThat(attributes.get("pattern"))
            .as(rule.field() + " pattern")
            .isEqualTo(rule.pattern());
        if (attributes.containsKey("maxlength")) {
          assertThat(Integer.parseInt(attributes.get("maxlength")))
              .as(rule.field())
              .isEqualTo(rule.max());
        }
        assertThat(Integer.parseInt(attributes.getOrDefault("minlength", "0")))
            .as(rule.field() + " minlength")
            .isEqualTo(rule.min());
      }
    }

    private Map<String, Map<String, String>> fieldsOf(String html) {
      Map<String, Map<String, String>> fields = new HashMap<>();
      Matcher tag =
          Pattern.compile("<(input|textarea|select)\\b([^>]*)>", Pattern.DOTALL).matcher(html);
      Pattern attribute = Pattern.compile("([a-z-]+)(?:=\"([^\"]*)\")?");
      while (tag.find()) {
        Map<String, String> attributes = new HashMap<>();
        Matcher a = attribute.matcher(tag.group(2));
        while (a.find()) {
          attributes.put(a.group(1), a.group(2) == null ? "" : a.group(2));
        }
        if (tag.group(1).equals("select")) {
          // a select allows its options only, which the server states as a pattern
          String body = html.substring(tag.end(), html.indexOf("</select>", tag.end()));
          List<String> options =
              Pattern.compile("<option value=\"([^\"]+)\"")
                  .matcher(body)
                  .results()
                  .map(r -> r.group(1))
                  .toList();
          attributes.put("pattern", "^(" + String.join("|", options) + ")$");
        }
        String name = attributes.get("cam-variable-name");
        if (name != null && !name.equals(RequestVariables.REQUEST_LETTER)) {
          fields.put(name, attributes);
        }
      }
      return fields;
    }
  }

  @Nested
  class Refusals {

    @Test
    void everyMissingRequiredFieldIsNamed() {
      List<Problem> problems =
          StartFormRules.check(RequestKind.SUBDOMAIN, Map.of(), null, true, TODAY);
      assertThat(problems)
          .extracting(Problem::field)
          .containsExactly(
              "requestLetterNumber",
              "requestLetterDate",
              "contactName",
              "contactEmail",
              "contactPhone",
              "subdomainName",
              "serviceType",
              "subdomainPurpose",
              "requestLetter");
      assertThat(problems)
          .extracting(Problem::message)
          .contains(
              "Nomor ponsel contact person wajib diisi.",
              "Surat permohonan (PDF) wajib dilampirkan.");
    }

    @Test
    void aTextOfSpacesOnlyCountsAsEmpty() {
      Map<String, String> values = new HashMap<>(valid());
      values.put("contactName", "    ");
      assertThat(StartFormRules.check(RequestKind.SUBDOMAIN, values, pdf(), true, TODAY))
          .extracting(Problem::message)
          .containsExactly("Nama contact person wajib diisi.");
    }

    @Test
    void theTargetIsRequiredOnlyForASubdomainPointingAtAServer() {
      Map<String, String> values = new HashMap<>(valid());
      values.remove("targetAddress");
      assertThat(StartFormRules.check(RequestKind.SUBDOMAIN, values, pdf(), true, TODAY))
          .extracting(Problem::field)
          .containsExactly("targetAddress");
      values.put("serviceType", "HOSTING");
      assertThat(StartFormRules.check(RequestKind.SUBDOMAIN, values, pdf(), true, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
      "contactEmail, siti@, Alamat e-mail contact person tidak sesuai format",
      "contactPhone, 021555123, Nomor ponsel contact person tidak sesuai format",
      "subdomainName, Sikesda, Nama sub domain tidak sesuai format",
      "subdomainName, -sikesda, Nama sub domain tidak sesuai format",
      "serviceType, VPS, Jenis layanan tidak sesuai format",
      "targetAddress, 300.1.1.1, Alamat IP atau nama host server tujuan tidak sesuai format",
      "requestLetterDate, 2026-12-01, Tanggal surat permohonan tidak boleh melewati hari ini",
      "requestLetterDate, 20-11-2026, Tanggal surat permohonan harus berbentuk",
      "subdomainPurpose, singkat, Tujuan penggunaan sub domain terlalu singkat"
    })
    void aBrokenFieldIsRefusedWithItsName(String field, String value, String message) {
      Map<String, String> values = new HashMap<>(valid());
      values.put(field, value);
      assertThat(StartFormRules.check(RequestKind.SUBDOMAIN, values, pdf(), true, TODAY))
          .singleElement()
          .satisfies(
              problem -> {
                assertThat(problem.field()).isEqualTo(field);
                assertThat(problem.message()).startsWith(message);
              });
    }

    @Test
    void aLetterThatIsTooLargeOrNotAPdfIsRefusedByTheRuleOfStep4() {
      RequestLetter large = new RequestLetter(new byte[5_000_001], "surat.pdf", "application/pdf");
      RequestLetter word = new RequestLetter(new byte[10], "surat.docx", "application/msword");
      assertThat(StartFormRules.check(RequestKind.SUBDOMAIN, valid(), large, true, TODAY))
          .extracting(Problem::message)
          .satisfiesExactly(
              message -> assertThat(message).contains("bukan berkas PDF"),
              message -> assertThat(message).contains("terlalu besar"));
      assertThat(StartFormRules.check(RequestKind.SUBDOMAIN, valid(), word, true, TODAY))
          .extracting(Problem::message)
          .singleElement()
          .asString()
          .startsWith("Surat permohonan (PDF) bukan berkas PDF");
    }

    @Test
    void aPdfIsJudgedByItsContentNotItsName() {
      RequestLetter scan = new RequestLetter(LetterPdfs.aCleanLetter(), "scan", null);
      assertThat(StartFormRules.check(RequestKind.SUBDOMAIN, valid(), scan, true, TODAY)).isEmpty();
    }

    @Test
    void aRevisionMayKeepTheStoredLetter() {
      assertThat(StartFormRules.check(RequestKind.SUBDOMAIN, valid(), null, false, TODAY))
          .isEmpty();
    }

    @Test
    void anSplpAccountRequestNeedsItsBusinessProcess() {
      Map<String, String> values = new HashMap<>(valid());
      values.put("businessProcess", "pendek");
      assertThat(StartFormRules.check(RequestKind.SPLP_ACCOUNT, values, pdf(), true, TODAY))
          .extracting(Problem::field)
          .containsExactly("businessProcess");
    }
  }

  static RequestLetter pdf() {
    return new RequestLetter(LetterPdfs.aCleanLetter(), "surat.pdf", "application/pdf");
  }

  static Map<String, String> valid() {
    return Map.of(
        "requestLetterNumber", "400.7/123/406.010/2026",
        "requestLetterDate", "2026-11-20",
        "contactName", "Siti Rahmawati",
        "contactEmail", "siti@trenggalekkab.example",
        "contactPhone", "081234567890",
        "subdomainName", "sikesda",
        "serviceType", "SUBDOMAIN",
        "targetAddress", "103.10.20.30",
        "subdomainPurpose", "Sistem informasi kesehatan daerah");
  }
}
