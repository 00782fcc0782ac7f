package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One rule in one place: the start forms' attributes are the server's, and a value the form lets
 * through is one the server accepts, field by field.
 */
class StartFormRulesTest {

  static final Path SUBDOMAIN_FORM = Path.of("forms/subdomain-start.html");
  static final Path SPLP_ACCOUNT_FORM = Path.of("forms/splp-account-start.html");

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
      Map<String, Map<String, String>> fields = fieldsOf(form);
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
        assertThat(Integer.parseInt(attributes.getOrDefault("maxlength", "0")))
            .as(rule.field() + " maxlength")
            .isEqualTo(rule.max());
        assertThat(Integer.parseInt(attributes.getOrDefault("minlength", "0")))
            .as(rule.field() + " minlength")
            .isEqualTo(rule.min());
      }
    }

    @ParameterizedTest
    @CsvSource({"forms/splp-account-start.html", "forms/subdomain-start.html"})
    void theLetterDateStartsWhereTheServersRuleStarts(Path form) throws Exception {
      assertThat(fieldsOf(form).get(REQUEST_LETTER_DATE))
          .containsEntry("type", "date")
          .containsEntry("min", RequestLetterCheck.EARLIEST_DATE.toString());
    }
  }

  /**
   * Every field, through the form's own attributes (as read from the HTML) and through the server's
   * {@link CompletenessCheck}: both give the expected verdict.
   */
  @Nested
  class AgreesWithTheServer {

    @ParameterizedTest(name = "{0} = \"{1}\": {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          "requestLetterNumber | 400.7/123/406.010/2026 | true",
          "requestLetterNumber | No 12/A-3 | true",
          "requestLetterNumber | 12 | false",
          "requestLetterNumber | 400.7#123 | false",
          "requestLetterDate | 2023-01-01 | true",
          "requestLetterDate | 2025-03-10 | true",
          "requestLetterDate | 2022-12-31 | false",
          "contactName | Ed | true",
          "contactName | E | false",
          "contactName | Dr. Ir. H. Siti Nur'aini, S.Kom., M.T. | true",
          "contactEmail | budi@trenggalekkab.go.id | true",
          "contactEmail | BUDI@Trenggalekkab.GO.ID | true",
          "contactEmail | budi+splp@gmail.com | true",
          "contactEmail | o'neil@example.com | true",
          "contactEmail | x_y-z@dinkes-trenggalek.id | true",
          "contactEmail | budi@xn--80ak6aa92e.com | true",
          "contactEmail | budi@ | false",
          "contactEmail | budi@trenggalekkab | false",
          "contactEmail | budi.@trenggalekkab.go.id | false",
          "contactEmail | bu..di@trenggalekkab.go.id | false",
          "contactEmail | budi@-trenggalek.id | false",
          "contactEmail | budi@trenggalekkab.c0m | false",
          "contactEmail | budi@192.168.1.1 | false",
          "contactEmail | budi@[192.168.1.1] | false",
          "contactEmail | budí@trenggalekkab.go.id | false",
          "contactEmail | budi@trenggalek_kab.go.id | false",
          "contactEmail | xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@x.id | false",
          "contactPhone | +62 812-3456-7890 | true",
          "contactPhone | 0812-3456-7890 | true",
          "contactPhone | 0812 3456 7890 | true",
          "contactPhone | 081234567890 | true",
          "contactPhone | 6281234567890 | true",
          "contactPhone | 021555123 | false",
          "contactPhone | 12345 | false",
          "contactPhone | 0812345 | false",
          "contactPhone | 0812-3456-7890-1234 | false",
          "subdomainName | simpus | true",
          "subdomainName | Simpus | true",
          "subdomainName | a | true",
          "subdomainName | dinkes-layanan | true",
          "subdomainName | -simpus | false",
          "subdomainName | simpus- | false",
          "subdomainName | ab--c | false",
          "subdomainName | xn--simpus | false",
          "subdomainName | simpus.trenggalekkab.go.id | false",
          "subdomainName | sim_pus | false",
          "subdomainName | aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | false",
          "serviceType | SUBDOMAIN | true",
          "serviceType | HOSTING | true",
          "serviceType | VPS | false",
          "serviceType | subdomain | false",
          "targetAddress | 203.0.113.10 | true",
          "targetAddress | server1.dinkes.trenggalekkab.go.id | true",
          "targetAddress | 300.1.1.1 | false",
          "targetAddress | 1.2.3 | false",
          "subdomainPurpose | singkat | false",
          "subdomainPurpose | Situs web dinas | true",
        })
    void aSubdomainRequestsFieldIsJudgedAlike(String field, String value, boolean accepted)
        throws Exception {
      assertThat(formAccepts(SUBDOMAIN_FORM, field, value)).as("the form").isEqualTo(accepted);
      assertThat(serverAccepts(RequestKind.SUBDOMAIN, field, value))
          .as("the server")
          .isEqualTo(accepted);
    }

    @ParameterizedTest(name = "{0} = \"{1}\": {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          "businessProcess | pendek | false",
          "businessProcess | Sinkronisasi data pasien antar puskesmas | true",
          "contactPhone | +62 812-3456-7890 | true",
          "contactName | Ed | true",
        })
    void anSplpAccountRequestsFieldIsJudgedAlike(String field, String value, boolean accepted)
        throws Exception {
      assertThat(formAccepts(SPLP_ACCOUNT_FORM, field, value)).as("the form").isEqualTo(accepted);
      assertThat(serverAccepts(RequestKind.SPLP_ACCOUNT, field, value))
          .as("the server")
          .isEqualTo(accepted);
    }

    /**
     * What the browser cannot know (the registry, where an address leads, today's date, letters of
     * every script) is the server's alone: the form lets it through, the submission is refused.
     */
    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(
        delimiter = '|',
        value = {
          "subdomainName | www",
          "subdomainName | lpse",
          "targetAddress | 127.0.0.1",
          "targetAddress | 169.254.10.10",
          "requestLetterDate | 2099-01-01",
          "contactName | Siti 2",
        })
    void onlyTheServerKnows(String field, String value) throws Exception {
      assertThat(formAccepts(SUBDOMAIN_FORM, field, value)).as("the form").isTrue();
      assertThat(serverAccepts(RequestKind.SUBDOMAIN, field, value)).as("the server").isFalse();
    }

    @Test
    void theValidRequestsOfTheCorpusAreValidAsAWhole() {
      assertThat(
              RequestDataFixtures.aCompletenessCheck()
                  .check(
                      RequestKind.SUBDOMAIN, RequestDataFixtures.aValidSubdomainRequest().build()))
          .isEmpty();
    }

    private boolean formAccepts(Path form, String field, String value) throws Exception {
      Map<String, String> attributes = fieldsOf(form).get(field);
      assertThat(attributes).as(field + " in " + form).isNotNull();
      if (value.length() < Integer.parseInt(attributes.getOrDefault("minlength", "0"))) {
        return false;
      }
      if (attributes.containsKey("maxlength")
          && value.length() > Integer.parseInt(attributes.get("maxlength"))) {
        return false;
      }
      if (attributes.containsKey("min") && value.compareTo(attributes.get("min")) < 0) {
        return false;
      }
      String pattern = attributes.get("pattern");
      return pattern == null || Pattern.compile(pattern).matcher(value).matches();
    }

    private boolean serverAccepts(RequestKind kind, String field, String value) {
      RequestData valid =
          (kind == RequestKind.SUBDOMAIN
                  ? RequestDataFixtures.aValidSubdomainRequest()
                  : RequestDataFixtures.aValidSplpAccountRequest())
              .build();
      Map<String, String> values = new HashMap<>(textOf(valid));
      values.put(field, value);
      RequestData data =
          CheckCompletenessDelegate.fields(values::get)
              .withRequestLetter(valid.requestLetter())
              .build();
      return RequestDataFixtures.aCompletenessCheck().check(kind, data).stream()
          .noneMatch(problem -> problem.field().equals(field));
    }

    private Map<String, String> textOf(RequestData data) {
      Map<String, String> values = new HashMap<>();
      values.put(REQUEST_LETTER_NUMBER, data.requestLetterNumber());
      values.put(REQUEST_LETTER_DATE, data.requestLetterDate());
      values.put(CONTACT_NAME, data.contactName());
      values.put(CONTACT_EMAIL, data.contactEmail());
      values.put(CONTACT_PHONE, data.contactPhone());
      values.put(BUSINESS_PROCESS, data.businessProcess());
      values.put(SUBDOMAIN_NAME, data.subdomainName());
      values.put(SUBDOMAIN_PURPOSE, data.subdomainPurpose());
      values.put(SERVICE_TYPE, data.serviceType());
      values.put(TARGET_ADDRESS, data.targetAddress());
      return values;
    }
  }

  /** The attributes of every input, textarea and select bound to a process variable. */
  static Map<String, Map<String, String>> fieldsOf(Path form) throws Exception {
    String html = Files.readString(form);
    Map<String, Map<String, String>> fields = new HashMap<>();
    Matcher tag =
        Pattern.compile("<(input|textarea|select)\\b([^>]*)>", Pattern.DOTALL).matcher(html);
    Pattern attribute = Pattern.compile("([a-z-]+)(?:=\"([^\"]*)\")?");
    while (tag.find()) {
      Map<String, String> attributes = new HashMap<>();
      Matcher a = attribute.matcher(tag.group(2));
      while (a.find()) {
        attributes.put(a.group(1), a.group(2) == null ? "" : a.group(2).replace("&amp;", "&"));
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
      if (name != null && !name.equals(REQUEST_LETTER)) {
        fields.put(name, attributes);
      }
    }
    return fields;
  }
}
