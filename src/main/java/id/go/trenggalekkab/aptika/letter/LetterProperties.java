package id.go.trenggalekkab.aptika.letter;

import id.go.trenggalekkab.aptika.signing.Signatory;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the office's letters say about the office itself, and how they are numbered (prefix {@code
 * aptika.letter}; see README, "Surat dan laporan").
 *
 * @param numberPattern e.g. {@code 060/ {seq:3} /406.020/{year}} or {@code 000.8.3.3/{seq}/OR}
 * @param fontDir a directory holding Liberation Serif (Debian: fonts-liberation); without it the
 *     PDF falls back to the standard Times font, not embedded
 * @param logo the regency's logo in the kop: a PNG or JPEG file, or {@code classpath:...}; none by
 *     default, and then the kop is text only
 */
@ConfigurationProperties("aptika.letter")
public record LetterProperties(
    @DefaultValue("060/ {seq:3} /406.020/{year}") String numberPattern,
    @DefaultValue("/usr/share/fonts/truetype/liberation") String fontDir,
    @DefaultValue Office office,
    @DefaultValue Signatory signer,
    @DefaultValue({"Yth. Bupati Trenggalek (sebagai laporan)", "Arsip"}) List<String> tembusan,
    String logo) {

  /** The kop surat. */
  public record Office(
      @DefaultValue("PEMERINTAH KABUPATEN TRENGGALEK") String government,
      @DefaultValue("DINAS KOMUNIKASI DAN INFORMATIKA") String name,
      @DefaultValue("Jl. Brigjend. Soetran No. 2, Trenggalek 66312") String address,
      @DefaultValue("(0355) 791000") String phone,
      @DefaultValue("kominfo.trenggalekkab.go.id") String website,
      @DefaultValue("kominfo@trenggalekkab.go.id") String email,
      @DefaultValue("Trenggalek") String place) {}
}
