package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestVariables.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks the start forms ({@code forms/*-start.html}) make in the browser, repeated on the
 * server for every submission, from Tasklist or REST. A test keeps these rules and the forms'
 * attributes equal.
 *
 * <p>These are the rules of the form, plus the letter's file rule: a letter that is not a readable
 * PDF, or that carries content a viewer could run, is never stored, so it is refused here. Whether
 * the request meets the rest of the SOP's requirements (a name that is free, a target the office
 * can serve) is step 4's question, answered by {@link CompletenessCheck}, and an incomplete request
 * goes back to the applicant.
 */
final class StartFormRules {

  record Rule(String field, String label, boolean required, String pattern, int min, int max) {

    Pattern compiled() {
      return pattern == null ? null : Pattern.compile(pattern);
    }
  }

  static final List<Rule> COMMON =
      List.of(
          new Rule(
              REQUEST_LETTER_NUMBER,
              "Nomor surat permohonan",
              true,
              "^[A-Za-z0-9.\\/\\- ]{3,100}$",
              0,
              100),
          new Rule(REQUEST_LETTER_DATE, "Tanggal surat permohonan", true, null, 0, 10),
          new Rule(CONTACT_NAME, "Nama contact person", true, null, 3, 100),
          new Rule(
              CONTACT_EMAIL,
              "Alamat e-mail contact person",
              true,
              "^[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}$",
              0,
              254),
          new Rule(
              CONTACT_PHONE,
              "Nomor ponsel contact person",
              true,
              "^(\\+62|62|0)8[1-9][0-9]{6,11}$",
              0,
              16));

  static final List<Rule> SPLP_ACCOUNT =
      List.of(
          new Rule(
              BUSINESS_PROCESS,
              "Proses bisnis aplikasi yang akan diintegrasikan",
              true,
              null,
              20,
              4000));

  static final List<Rule> SUBDOMAIN =
      List.of(
          new Rule(
              SUBDOMAIN_NAME,
              "Nama sub domain",
              true,
              "^[a-z0-9]([a-z0-9\\-]{0,61}[a-z0-9])?$",
              0,
              63),
          new Rule(SERVICE_TYPE, "Jenis layanan", true, "^(SUBDOMAIN|HOSTING)$", 0, 20),
          // Required only for a subdomain pointing at an existing server; see check().
          new Rule(
              TARGET_ADDRESS,
              "Alamat IP atau nama host server tujuan",
              false,
              "^(((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
                  + "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
                  + "|([A-Za-z0-9]([A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}"
                  + "|[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7})$",
              0,
              253),
          new Rule(SUBDOMAIN_PURPOSE, "Tujuan penggunaan sub domain", true, null, 10, 2000));

  private StartFormRules() {}

  static List<Rule> rulesFor(RequestKind kind) {
    List<Rule> rules = new ArrayList<>(COMMON);
    rules.addAll(kind == RequestKind.SPLP_ACCOUNT ? SPLP_ACCOUNT : SUBDOMAIN);
    return rules;
  }

  /**
   * @param values the submitted text fields, stripped
   * @param letter the uploaded letter, or null when none was sent
   * @param letterRequired false when revising a request whose letter is already stored
   */
  static List<Problem> check(
      RequestKind kind,
      Map<String, String> values,
      RequestLetter letter,
      boolean letterRequired,
      LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    for (Rule rule : rulesFor(kind)) {
      String value = values.get(rule.field());
      boolean required =
          rule.required()
              || (rule.field().equals(TARGET_ADDRESS)
                  && "SUBDOMAIN".equals(values.get(SERVICE_TYPE)));
      if (value == null || value.isBlank()) {
        if (required) {
          problems.add(new Problem(rule.field(), rule.label() + " wajib diisi."));
        }
      } else if (value.length() < rule.min()) {
        problems.add(
            new Problem(
                rule.field(),
                rule.label() + " terlalu singkat: minimal " + rule.min() + " karakter."));
      } else if (value.length() > rule.max()) {
        problems.add(
            new Problem(
                rule.field(),
                rule.label() + " terlalu panjang: maksimal " + rule.max() + " karakter."));
      } else if (rule.pattern() != null && !rule.compiled().matcher(value).matches()) {
        problems.add(new Problem(rule.field(), rule.label() + " tidak sesuai format: " + value));
      }
    }
    checkDate(values.get(REQUEST_LETTER_DATE), today, problems);
    checkLetter(letter, letterRequired, problems);
    return problems;
  }

  private static void checkDate(String value, LocalDate today, List<Problem> problems) {
    if (value == null || value.isBlank()) {
      return;
    }
    try {
      if (LocalDate.parse(value).isAfter(today)) {
        problems.add(
            new Problem(
                REQUEST_LETTER_DATE, "Tanggal surat permohonan tidak boleh melewati hari ini."));
      }
    } catch (DateTimeParseException e) {
      problems.add(
          new Problem(
              REQUEST_LETTER_DATE,
              "Tanggal surat permohonan harus berbentuk tahun-bulan-tanggal, misalnya 2026-11-20."));
    }
  }

  /** The file itself is judged by the same rule as at step 4, by its content, not its name. */
  private static void checkLetter(RequestLetter letter, boolean required, List<Problem> problems) {
    if (letter == null) {
      if (required) {
        problems.add(new Problem(REQUEST_LETTER, "Surat permohonan (PDF) wajib dilampirkan."));
      }
      return;
    }
    RequestLetterCheck.checkFile(letter, problems);
  }
}
