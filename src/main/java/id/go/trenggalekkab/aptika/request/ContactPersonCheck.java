package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestVariables.CONTACT_EMAIL;
import static id.go.trenggalekkab.aptika.request.RequestVariables.CONTACT_NAME;
import static id.go.trenggalekkab.aptika.request.RequestVariables.CONTACT_PHONE;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The contact person every request must name (SOP 060/029/406.020/2023 A, step 4: "nama, email,
 * nomor ponsel contact person"): the executor needs someone to call or write to when the account or
 * sub domain is ready or something is unclear.
 */
final class ContactPersonCheck {

  static final int MIN_NAME_LENGTH = 2;
  static final int MAX_NAME_LENGTH = 100;

  /** RFC 5321 section 4.5.3.1: a path holds at most 256 octets, two of them the angle brackets. */
  static final int MAX_EMAIL_LENGTH = 254;

  /**
   * Letters of any script plus what names with academic and religious titles need ("Dr. Ir. H. Siti
   * Nur'aini, S.Kom., M.T."). The typographic apostrophe is there because phones replace the plain
   * one while typing; the hyphen for double names.
   */
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .,'\u2019-]*");

  /**
   * The unquoted dot-atom of RFC 5322 (local part at most 64 characters) at a host name of {@link
   * DnsName}. Quoted local parts and address literals are valid but refused: government mail
   * servers do not hand them out, and a typo is far likelier. Written so that the browser's pattern
   * attribute can carry it unchanged (hence the escapes JavaScript's "u" and "v" modes need).
   */
  static final String EMAIL_PATTERN =
      "^(?=[^@]{1,64}@)"
          + "[A-Za-z0-9!#$%&'*+\\/=?\\^_`\\{\\|\\}~\\-]+"
          + "(\\.[A-Za-z0-9!#$%&'*+\\/=?\\^_`\\{\\|\\}~\\-]+)*"
          + "@([A-Za-z0-9]([A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.)+"
          + "([A-Za-z]{2,63}|[Xx][Nn]--[A-Za-z0-9\\-]{1,59})$";

  private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);

  /**
   * Indonesian mobile numbers (prefix 08), national or international form, written as people write
   * them: in groups separated by spaces or hyphens ("0812-3456-7890", "+62 812 3456 7890").
   */
  static final String PHONE_PATTERN =
      "^(\\+[ \\-]*6[ \\-]*2|6[ \\-]*2|0)[ \\-]*8[ \\-]*[1-9]([ \\-]*[0-9]){6,11}$";

  /** "+62 812-3456-7890-12" and a little room for separators. */
  static final int MAX_PHONE_LENGTH = 24;

  private static final Pattern PHONE = Pattern.compile(PHONE_PATTERN);

  private ContactPersonCheck() {}

  static void check(RequestData data, List<Problem> problems) {
    checkName(data.contactName(), problems);
    checkEmail(data.contactEmail(), problems);
    checkPhone(data.contactPhone(), problems);
  }

  private static void checkName(String value, List<Problem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new Problem(CONTACT_NAME, "Nama contact person wajib diisi"));
      return;
    }
    String name = value.strip();
    int length = name.length();
    if (length < MIN_NAME_LENGTH || length > MAX_NAME_LENGTH) {
      problems.add(
          new Problem(
              CONTACT_NAME,
              "Nama contact person harus terdiri dari "
                  + MIN_NAME_LENGTH
                  + " sampai "
                  + MAX_NAME_LENGTH
                  + " karakter"));
    } else if (!NAME.matcher(name).matches()) {
      problems.add(
          new Problem(
              CONTACT_NAME,
              "Nama contact person hanya boleh berisi huruf, spasi, "
                  + "titik, koma, tanda petik (') dan tanda hubung (-), diawali huruf"));
    }
  }

  private static void checkEmail(String value, List<Problem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new Problem(CONTACT_EMAIL, "Alamat e-mail contact person wajib diisi"));
      return;
    }
    String email = value.strip();
    if (email.length() > MAX_EMAIL_LENGTH) {
      problems.add(
          new Problem(
              CONTACT_EMAIL,
              "Alamat e-mail contact person terlalu panjang: paling banyak "
                  + MAX_EMAIL_LENGTH
                  + " karakter"));
    } else if (!EMAIL.matcher(email).matches()) {
      problems.add(
          new Problem(
              CONTACT_EMAIL,
              "Alamat e-mail contact person tidak valid: gunakan "
                  + "format nama@domain, misalnya budi.santoso@trenggalekkab.go.id"));
    }
  }

  private static void checkPhone(String value, List<Problem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new Problem(CONTACT_PHONE, "Nomor ponsel contact person wajib diisi"));
      return;
    }
    String number = value.strip();
    if (number.length() > MAX_PHONE_LENGTH) {
      problems.add(
          new Problem(
              CONTACT_PHONE,
              "Nomor ponsel contact person terlalu panjang: paling banyak "
                  + MAX_PHONE_LENGTH
                  + " karakter"));
    } else if (!PHONE.matcher(number).matches()) {
      problems.add(
          new Problem(
              CONTACT_PHONE,
              "Nomor ponsel contact person tidak valid: gunakan "
                  + "format 08xxxxxxxxxx atau +628xxxxxxxxx"));
    }
  }
}
