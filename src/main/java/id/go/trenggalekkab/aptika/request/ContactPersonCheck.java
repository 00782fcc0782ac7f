package id.go.trenggalekkab.aptika.request;

import static id.go.trenggalekkab.aptika.request.RequestVariables.CONTACT_EMAIL;
import static id.go.trenggalekkab.aptika.request.RequestVariables.CONTACT_NAME;
import static id.go.trenggalekkab.aptika.request.RequestVariables.CONTACT_PHONE;

import java.util.List;
import java.util.Locale;
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

  private static final int MAX_EMAIL_LOCAL_PART_LENGTH = 64;

  /**
   * Letters of any script plus what names with academic and religious titles need ("Dr. Ir. H. Siti
   * Nur'aini, S.Kom., M.T."). The typographic apostrophe is there because phones replace the plain
   * one while typing; the hyphen for double names.
   */
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .,'\u2019-]*");

  /**
   * The unquoted dot-atom of RFC 5322. Quoted local parts and address literals are valid but
   * refused: government mail servers do not hand them out, and a typo is far likelier.
   */
  private static final Pattern EMAIL_LOCAL_PART =
      Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

  /** Indonesian mobile numbers (prefix 08), national or international form. */
  private static final Pattern MOBILE_NUMBER = Pattern.compile("(?:\\+62|62|0)8[1-9][0-9]{6,11}");

  /** People write numbers in groups ("0812-3456-7890", "+62 812 3456 7890"). */
  private static final Pattern NUMBER_SEPARATORS = Pattern.compile("[\\s-]");

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
    } else if (!isEmailAddress(email)) {
      problems.add(
          new Problem(
              CONTACT_EMAIL,
              "Alamat e-mail contact person tidak valid: gunakan "
                  + "format nama@domain, misalnya budi.santoso@trenggalekkab.go.id"));
    }
  }

  private static boolean isEmailAddress(String email) {
    int at = email.lastIndexOf('@');
    if (at <= 0 || !DnsName.isAscii(email)) {
      return false;
    }
    String localPart = email.substring(0, at);
    String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
    return localPart.length() <= MAX_EMAIL_LOCAL_PART_LENGTH
        && EMAIL_LOCAL_PART.matcher(localPart).matches()
        && DnsName.isHostName(domain);
  }

  private static void checkPhone(String value, List<Problem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new Problem(CONTACT_PHONE, "Nomor ponsel contact person wajib diisi"));
      return;
    }
    String digits = NUMBER_SEPARATORS.matcher(value).replaceAll("");
    if (!MOBILE_NUMBER.matcher(digits).matches()) {
      problems.add(
          new Problem(
              CONTACT_PHONE,
              "Nomor ponsel contact person tidak valid: gunakan "
                  + "format 08xxxxxxxxxx atau +628xxxxxxxxx"));
    }
  }
}
