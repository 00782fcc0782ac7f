package id.go.trenggalekkab.aptika.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Adds a PAdES signature (ETSI.CAdES.detached) to a PDF as an incremental update. Its widget lies
 * over the letter's visible signature mark (QR code and text, drawn with the page), so a reader
 * clicking the mark sees the signature.
 */
final class PadesSignature {

  /** Bytes reserved beyond the signer's known signature length, for safety's sake only. */
  static final int SPARE = 1024;

  private PadesSignature() {}

  /**
   * @param signatureLength the length of the CMS signature {@code cms} makes; the file reserves
   *     that and {@link #SPARE} bytes for it. Until December 2026 it reserved 18,944 bytes whatever
   *     the key (twice PDFBox's default), which PDFBox writes as hexadecimal digits one at a time
   *     and the check of the letter reads back: about a third of the signing and a fifth of the
   *     check.
   */
  static byte[] sign(
      byte[] pdf,
      SignatureMark mark,
      LetterSigner.Signing signing,
      Calendar signedAt,
      int signatureLength,
      SignatureInterface cms) {
    try (PDDocument document = Loader.loadPDF(pdf);
        SignatureOptions options = new SignatureOptions();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName(signing.signerName());
      signature.setReason(signing.reason());
      signature.setLocation(signing.location());
      signature.setContactInfo(signing.verificationUrl());
      signature.setSignDate(signedAt);
      options.setPreferredSignatureSize(signatureLength + SPARE);
      int page = mark == null ? 0 : mark.page();
      options.setPage(page);
      document.addSignature(signature, cms, options);
      if (mark != null) {
        placeWidget(document, document.getPage(page), mark);
      }
      document.saveIncremental(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void placeWidget(PDDocument document, PDPage page, SignatureMark mark) {
    PDSignatureField field =
        document.getSignatureFields().get(document.getSignatureFields().size() - 1);
    PDAnnotationWidget widget = field.getWidgets().get(0);
    PDRectangle rectangle = new PDRectangle(mark.x(), mark.y(), mark.width(), mark.height());
    widget.setRectangle(rectangle);
    widget.setPage(page);
    // The mark itself is page content; the appearance is an empty form over it.
    PDAppearanceStream appearance = new PDAppearanceStream(document);
    appearance.setBBox(new PDRectangle(mark.width(), mark.height()));
    PDAppearanceDictionary appearances = new PDAppearanceDictionary();
    appearances.setNormalAppearance(appearance);
    widget.setAppearance(appearances);
  }
}
