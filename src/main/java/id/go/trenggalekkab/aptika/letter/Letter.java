package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.signing.Signatory;
import java.time.LocalDate;
import java.util.List;

/**
 * A surat dinas in the Tata Naskah Dinas layout as the renderer lays it out (docs/letters.md): kop,
 * place and date, Nomor/Sifat/Lampiran/Hal, the addressee, the body, the signature block and the
 * Tembusan.
 *
 * @param number null on a draft: a number is taken only when the Kadis approves
 * @param verificationUrl where the QR code leads; null on a draft
 * @param registration the request's reference number ({@code SD-2026-0007}), under the letter
 */
public record Letter(
    String number,
    LocalDate date,
    String sifat,
    String lampiran,
    String hal,
    String addresseeTitle,
    String addresseePlace,
    List<String> body,
    Signatory signatory,
    List<String> tembusan,
    String verificationUrl,
    String registration) {

  /** Who signs: the jabatan above the mark, then nama, pangkat and NIP. */
  public record Signatory(String jabatan, String nama, String pangkat, String nip) {}

  public boolean isDraft() {
    return number == null;
  }

  public Letter numbered(String number, LocalDate date, String verificationUrl) {
    return new Letter(
        number,
        date,
        sifat,
        lampiran,
        hal,
        addresseeTitle,
        addresseePlace,
        body,
        signatory,
        tembusan,
        verificationUrl,
        registration);
  }
}
