package id.go.trenggalekkab.aptika.signing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import id.go.trenggalekkab.aptika.letter.LetterFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The BSrE esign-client appliance as the tests play it behind WireMock (a WireMock extension): it
 * answers {@code POST /api/sign/pdf} with the uploaded letter signed by the Kadis's certificate (as
 * it is, or with a line of its own added to the first page), or, as a faulty or compromised
 * appliance might, unchanged, signed by another certificate, changed after signing, or with
 * something that is no PDF at all.
 */
public final class BsreAppliance implements ResponseTransformerV2 {

  /** What the appliance answers with. */
  public enum Answer {
    SIGNED_BY_THE_KADIS,
    STAMPED_AND_SIGNED_BY_THE_KADIS,
    UNCHANGED,
    SIGNED_BY_ANOTHER_CERTIFICATE,
    CHANGED_AFTER_SIGNING,
    ANOTHER_LETTER_SIGNED_BY_THE_KADIS,
    NOT_A_PDF
  }

  private final LocalPkcs12Signer kadis;
  private final LocalPkcs12Signer another;
  private volatile Answer answer = Answer.SIGNED_BY_THE_KADIS;

  /** Creates the Kadis's and another person's key store, in a new directory. */
  public BsreAppliance() {
    Path directory;
    try {
      directory = Files.createTempDirectory("bsre-appliance-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.kadis =
        SigningKeys.signer(
            SigningKeys.keyStore(directory.resolve("kadis.p12"), "KADIS BSrE UJI", "kadis"),
            "kadis");
    this.another =
        SigningKeys.signer(
            SigningKeys.keyStore(directory.resolve("lain.p12"), "PEGAWAI LAIN", "lain"), "lain");
  }

  /** Stubs the signing endpoint of the appliance behind {@code wireMock}. */
  public void serveOn(WireMockExtension wireMock) {
    wireMock.stubFor(
        post(urlEqualTo("/api/sign/pdf"))
            .willReturn(aResponse().withHeader("Content-Type", "application/pdf")));
  }

  public void answer(Answer answer) {
    this.answer = answer;
  }

  /** The certificate the application is configured with: the Kadis's. */
  public X509Certificate kadisCertificate() {
    return kadis.certificate();
  }

  /** Makes the signer in a process test (a spy) this appliance's BSrE adapter. */
  public void becomeTheSignerOf(LetterSigner spy, String baseUrl) {
    SigningService.signsThrough(
        spy,
        new BsreSigner(
            new BsreProperties(
                baseUrl,
                "aptika",
                "rahasia-esign",
                "3503012345678901",
                null,
                Duration.ofSeconds(10)),
            kadisCertificate()));
  }

  @Override
  public Response transform(Response response, ServeEvent serveEvent) {
    byte[] uploaded = serveEvent.getRequest().getPart("file").getBody().asBytes();
    return Response.Builder.like(response).but().body(answerTo(uploaded)).build();
  }

  byte[] answerTo(byte[] uploaded) {
    return switch (answer) {
      case SIGNED_BY_THE_KADIS -> sign(kadis, uploaded);
      case STAMPED_AND_SIGNED_BY_THE_KADIS ->
          sign(kadis, withALine(uploaded, "Ditandatangani secara elektronik (BSrE)."));
      case UNCHANGED -> uploaded;
      case SIGNED_BY_ANOTHER_CERTIFICATE -> sign(another, uploaded);
      case CHANGED_AFTER_SIGNING -> changedAfterSigning(sign(kadis, uploaded));
      case ANOTHER_LETTER_SIGNED_BY_THE_KADIS -> sign(kadis, LetterFixtures.anotherLetter());
      case NOT_A_PDF ->
          "<html><body>Layanan sedang sibuk</body></html>".getBytes(StandardCharsets.UTF_8);
    };
  }

  private static byte[] sign(LocalPkcs12Signer signer, byte[] pdf) {
    return signer.sign(
        pdf,
        null,
        new LetterSigner.Signing("KADIS BSrE UJI", "Surat balasan", "Trenggalek", "http://x/v"),
        null);
  }

  /** A line of text added to the first page as an incremental update after the signature. */
  static byte[] changedAfterSigning(byte[] signed) {
    return withALine(signed, "Sub domain dicabut.");
  }

  /** A line of text drawn at the foot of the first page, as an incremental update. */
  private static byte[] withALine(byte[] pdf, String line) {
    try (PDDocument document = Loader.loadPDF(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = document.getPage(0);
      try (PDPageContentStream text =
          new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 72);
        text.showText(line);
        text.endText();
      }
      page.getCOSObject().setNeedToBeUpdated(true);
      document.getPages().getCOSObject().setNeedToBeUpdated(true);
      document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      document.saveIncremental(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String getName() {
    return "bsre-appliance";
  }
}
