package id.go.trenggalekkab.aptika.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks a signed PDF: its last signature must cover the whole file but its own value, and its CMS
 * signature must verify with the certificate it carries. One changed byte fails it. The public
 * verification page and the signing step use this one check; the signing step also names the
 * certificate the signature must have been made with.
 */
public final class SignatureCheck {

  static final String NOT_A_PDF = "Berkas bukan PDF yang dapat dibaca.";
  private static final String CHANGED = "Isi dokumen tidak sama dengan yang ditandatangani.";

  /** The outcome, in the words the verification page uses. */
  public record Result(
      boolean intact,
      String signerName,
      String subject,
      String issuer,
      boolean developmentCertificate,
      Instant signedAt,
      String problem,
      X509Certificate certificate) {

    static Result broken(String problem) {
      return new Result(false, null, null, null, false, null, problem, null);
    }

    /** False when the file is no PDF at all: a fault of whoever sent it, not a signature's. */
    public boolean readable() {
      return !NOT_A_PDF.equals(problem);
    }
  }

  private SignatureCheck() {}

  /**
   * The check of a letter just signed: intact, signed with {@code signer}, the configured signer's
   * certificate, which must be valid now, and still the letter that was sent to be signed: every
   * page of it, with all its text in the same order. A signer may add its own mark (a QR code, a
   * line of text), but a different document signed with the right certificate is not this letter.
   */
  public static Result check(byte[] pdf, X509Certificate signer, byte[] submitted) {
    return verify(pdf, Objects.requireNonNull(signer), Objects.requireNonNull(submitted));
  }

  /**
   * The check of a letter just signed: intact, and signed with {@code signer}, the configured
   * signer's certificate, which must be valid now.
   */
  public static Result check(byte[] pdf, X509Certificate signer) {
    return verify(pdf, Objects.requireNonNull(signer), null);
  }

  /** The verification page's check: intact, signed by whoever the certificate names. */
  public static Result check(byte[] pdf) {
    return verify(pdf, null, null);
  }

  /**
   * The signed file is read once for all that is asked; {@code signer} and {@code submitted} are
   * null where they are not asked about.
   */
  private static Result verify(byte[] pdf, X509Certificate signer, byte[] submitted) {
    PDDocument document;
    try {
      document = Loader.loadPDF(pdf);
    } catch (IOException | RuntimeException e) {
      return Result.broken(NOT_A_PDF);
    }
    try (document) {
      Result result = intact(document, pdf);
      if (result.intact() && signer != null) {
        result = signedBy(result, signer);
      }
      if (result.intact() && submitted != null && !sameLetter(submitted, document)) {
        return Result.broken(
            "Dokumen yang ditandatangani bukan surat yang diajukan untuk ditandatangani.");
      }
      return result;
    } catch (IOException e) {
      return Result.broken(CHANGED);
    }
  }

  private static Result signedBy(Result result, X509Certificate signer) {
    if (!signer.equals(result.certificate())) {
      return Result.broken(
          "Ditandatangani dengan sertifikat lain ("
              + result.subject()
              + "), bukan sertifikat penanda tangan yang ditetapkan ("
              + X500Name.getInstance(signer.getSubjectX500Principal().getEncoded())
              + ").");
    }
    try {
      signer.checkValidity();
    } catch (CertificateException e) {
      return Result.broken(
          "Sertifikat penanda tangan tidak berlaku saat ini (berlaku "
              + signer.getNotBefore().toInstant()
              + " sampai "
              + signer.getNotAfter().toInstant()
              + ").");
    }
    return result;
  }

  private static Result intact(PDDocument document, byte[] pdf) {
    try {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      if (signatures.isEmpty()) {
        return Result.broken("Dokumen tidak bertanda tangan elektronik.");
      }
      PDSignature signature = signatures.get(signatures.size() - 1);
      int[] range = signature.getByteRange();
      if (range.length != 4 || range[0] != 0 || range[2] + range[3] != pdf.length) {
        return Result.broken(
            "Tanda tangan tidak mencakup seluruh dokumen: ada perubahan sesudahnya.");
      }
      ASN1Primitive value = signatureValue(signature.getContents(pdf));
      if (value == null) {
        return Result.broken("Isi tanda tangan telah diubah.");
      }
      CMSSignedData cms =
          new CMSSignedData(
              new CMSProcessableByteArray(signature.getSignedContent(pdf)),
              ContentInfo.getInstance(value));
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      @SuppressWarnings("unchecked")
      X509CertificateHolder holder =
          (X509CertificateHolder)
              cms.getCertificates().getMatches(signer.getSID()).iterator().next();
      X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
      if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
        return Result.broken(CHANGED);
      }
      return new Result(
          true,
          signature.getName(),
          holder.getSubject().toString(),
          holder.getIssuer().toString(),
          DevelopmentCertificate.isOne(certificate),
          signature.getSignDate() == null ? null : signature.getSignDate().toInstant(),
          null,
          certificate);
    } catch (Exception e) {
      return Result.broken(CHANGED);
    }
  }

  private static boolean sameLetter(byte[] submitted, PDDocument after) {
    try (PDDocument before = Loader.loadPDF(submitted)) {
      if (before.getNumberOfPages() != after.getNumberOfPages()) {
        return false;
      }
      for (int page = 1; page <= before.getNumberOfPages(); page++) {
        if (!samePage(before.getPage(page - 1), after.getPage(page - 1))
            && !words(after, page).contains(words(before, page))) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether a page of the signed file is the submitted page as it was drawn: the same content and
   * resources (fonts and images) byte for byte, the same boxes and rotation; only the annotations,
   * where a signer puts its widget, may differ. Such a page reads as the same text, so its text is
   * not compared: that comparison is most of the check, and the local signer, which adds its
   * signature as an incremental update, leaves every page so. A page drawn in any other way (a
   * signer that rewrote it, or added a line to it) gets the text comparison.
   */
  static boolean samePage(PDPage before, PDPage after) throws IOException {
    return same(asDrawn(before), asDrawn(after), new IdentityHashMap<>());
  }

  /** The page's dictionary with what it inherits from the page tree, without its annotations. */
  private static COSDictionary asDrawn(PDPage page) {
    COSDictionary drawn = new COSDictionary(page.getCOSObject());
    drawn.removeItem(COSName.PARENT);
    drawn.removeItem(COSName.ANNOTS);
    drawn.setItem(COSName.RESOURCES, page.getResources());
    drawn.setItem(COSName.MEDIA_BOX, page.getMediaBox());
    drawn.setItem(COSName.CROP_BOX, page.getCropBox());
    drawn.setInt(COSName.ROTATE, page.getRotation());
    return drawn;
  }

  /**
   * Equal objects, followed through references: streams by their dictionary and their bytes as
   * stored. A pair met again on the way (a loop) is taken as equal here and decided where it began.
   */
  private static boolean same(COSBase a, COSBase b, Map<COSBase, COSBase> met) throws IOException {
    COSBase left = resolved(a);
    COSBase right = resolved(b);
    if (met.get(left) == right) {
      return true;
    }
    if (left instanceof COSDictionary one && right instanceof COSDictionary other) {
      met.put(left, right);
      if (one instanceof COSStream != other instanceof COSStream
          || !one.keySet().equals(other.keySet())) {
        return false;
      }
      for (COSName key : one.keySet()) {
        if (!same(one.getItem(key), other.getItem(key), met)) {
          return false;
        }
      }
      return !(one instanceof COSStream stream) || sameBytes(stream, (COSStream) other);
    }
    if (left instanceof COSArray one && right instanceof COSArray other) {
      met.put(left, right);
      if (one.size() != other.size()) {
        return false;
      }
      for (int i = 0; i < one.size(); i++) {
        if (!same(one.get(i), other.get(i), met)) {
          return false;
        }
      }
      return true;
    }
    return left.getClass() == right.getClass() && left.equals(right);
  }

  private static COSBase resolved(COSBase value) {
    COSBase object = value instanceof COSObject reference ? reference.getObject() : value;
    return object == null ? COSNull.NULL : object;
  }

  private static boolean sameBytes(COSStream one, COSStream other) throws IOException {
    try (InputStream left = one.createRawInputStream();
        InputStream right = other.createRawInputStream()) {
      return Arrays.equals(left.readAllBytes(), right.readAllBytes());
    }
  }

  /**
   * A page's text as one line of words, so that a line the signer adds cannot break the match.
   * PDFBox's search for glyphs drawn twice at one place (text made bold that way) is off: it cost
   * an eighth of the check when every page was compared by its text, our letters draw no such text,
   * and both files are read alike. Without it a glyph drawn twice is read twice, which only adds to
   * the signed file's text: such a file is at worst refused, and one that drops or changes a word
   * of the letter is refused as before.
   */
  private static String words(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSuppressDuplicateOverlappingText(false);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document).replaceAll("\\s+", " ").strip();
  }

  /**
   * The signature value, read once for the CMS check, or null where the zeros that pad it to its
   * reserved size are not all zeros.
   */
  private static ASN1Primitive signatureValue(byte[] contents) throws IOException {
    ByteArrayInputStream in = new ByteArrayInputStream(contents);
    try (ASN1InputStream asn1 = new ASN1InputStream(in)) {
      ASN1Primitive value = asn1.readObject();
      if (value == null) {
        throw new IOException("Tanda tangan kosong");
      }
      for (int i = contents.length - in.available(); i < contents.length; i++) {
        if (contents[i] != 0) {
          return null;
        }
      }
      return value;
    }
  }
}
