package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestVariables.REQUEST_LETTER;
import static id.go.trenggalekkab.aptika.request.RequestVariables.REQUEST_LETTER_DATE;
import static id.go.trenggalekkab.aptika.request.RequestVariables.REQUEST_LETTER_NUMBER;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The letter itself, which both SOPs require at step 1: its number and date as typed in the form,
 * and the uploaded file.
 */
final class RequestLetterCheck {

  static final int MAX_NUMBER_LENGTH = 100;

  /** Letter numbers are digits and codes joined by dots, slashes and hyphens: "400.7/123/2026". */
  static final String NUMBER_PATTERN = "^[A-Za-z0-9.\\/\\- ]{3,100}$";

  private static final Pattern NUMBER = Pattern.compile(NUMBER_PATTERN);

  /** The SOPs were issued in 2023; an earlier date is a typo, not a request under them. */
  static final LocalDate EARLIEST_DATE = LocalDate.of(2023, 1, 1);

  private static final Pattern ISO_DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final String FILE = "Surat permohonan (PDF)";

  private final Clock officeClock;

  RequestLetterCheck(Clock officeClock) {
    this.officeClock = officeClock;
  }

  void checkNumberAndDate(RequestData data, List<Problem> problems) {
    String number = data.requestLetterNumber();
    if (number == null || number.isBlank()) {
      problems.add(new Problem(REQUEST_LETTER_NUMBER, "Nomor surat permohonan wajib diisi"));
    } else if (number.strip().length() > MAX_NUMBER_LENGTH) {
      problems.add(
          new Problem(
              REQUEST_LETTER_NUMBER,
              "Nomor surat permohonan terlalu panjang: paling banyak "
                  + MAX_NUMBER_LENGTH
                  + " karakter"));
    } else if (!NUMBER.matcher(number.strip()).matches()) {
      problems.add(
          new Problem(
              REQUEST_LETTER_NUMBER,
              "Nomor surat permohonan tidak valid: paling sedikit 3 karakter, berisi huruf, angka,"
                  + " titik, garis miring (/), tanda hubung (-) atau spasi"));
    }
    checkDate(data.requestLetterDate(), problems);
  }

  private void checkDate(String value, List<Problem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new Problem(REQUEST_LETTER_DATE, "Tanggal surat permohonan wajib diisi"));
      return;
    }
    LocalDate date = parseDate(value.strip());
    if (date == null) {
      problems.add(
          new Problem(
              REQUEST_LETTER_DATE,
              "Tanggal surat permohonan tidak valid: gunakan format tahun-bulan-tanggal dengan"
                  + " tanggal yang ada, misalnya 2025-03-17"));
    } else if (date.isAfter(LocalDate.now(officeClock))) {
      problems.add(
          new Problem(
              REQUEST_LETTER_DATE,
              "Tanggal surat permohonan tidak boleh melewati tanggal hari ini"));
    } else if (date.isBefore(EARLIEST_DATE)) {
      problems.add(
          new Problem(
              REQUEST_LETTER_DATE,
              "Tanggal surat permohonan tidak boleh sebelum 1 Januari 2023, tahun terbitnya SOP"
                  + " layanan ini"));
    }
  }

  /** ISO_LOCAL_DATE resolves strictly, so 2025-02-30 is refused rather than moved to March. */
  private static LocalDate parseDate(String text) {
    if (!ISO_DATE_SHAPE.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The file's rule, at submission and at step 4 alike. Format and size are reported together: an
   * applicant who fixes only one of them would otherwise lose another round trip to the other.
   */
  static void checkFile(RequestLetter letter, List<Problem> problems) {
    if (letter == null) {
      problems.add(new Problem(REQUEST_LETTER, FILE + " belum dilampirkan"));
      return;
    }
    if (letter.isEmpty()) {
      problems.add(
          new Problem(REQUEST_LETTER, FILE + " kosong (0 byte); lampirkan ulang berkasnya"));
      return;
    }
    if (!letter.startsLikePdf()) {
      problems.add(
          new Problem(REQUEST_LETTER, LetterPdfInspection.Finding.UNREADABLE.message(FILE)));
    }
    if (letter.size() > RequestLetter.MAX_SIZE_BYTES) {
      problems.add(
          new Problem(
              REQUEST_LETTER,
              String.format(
                  INDONESIAN,
                  "%s terlalu besar: paling besar 5 MB (%,d byte), berkas ini %,d byte",
                  FILE,
                  RequestLetter.MAX_SIZE_BYTES,
                  letter.size())));
    } else if (letter.startsLikePdf()) {
      LetterPdfInspection.inspect(letter.content())
          .forEach(finding -> problems.add(new Problem(REQUEST_LETTER, finding.message(FILE))));
    }
  }
}
