package id.go.trenggalekkab.aptika.request;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionImportData;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/** Request letters made by PDFBox: a real one-page letter, with whatever a test adds to it. */
final class LetterPdfs {

  private LetterPdfs() {}

  /** A plain one-page letter, what a scanner or "Print to PDF" makes. */
  static byte[] aCleanLetter() {
    return aLetter(document -> {});
  }

  /**
   * A one-page letter after {@code change} added to it.
   *
   * @param change gets the document, its one page already added
   */
  static byte[] aLetter(Consumer<PDDocument> change) {
    return aLetter("", change);
  }

  /**
   * A real letter of exactly {@code size} bytes, padded in its document information: a test of the
   * size limit must not fail for being no real PDF.
   */
  static byte[] aLetterOfSize(int size) {
    String padding = "";
    for (int attempt = 0; attempt < 5; attempt++) {
      byte[] letter = aLetter(padding, document -> {});
      if (letter.length == size) {
        return letter;
      }
      int missing = size - letter.length;
      if (padding.length() + missing < 0) {
        throw new IllegalArgumentException("The smallest letter has " + letter.length + " bytes");
      }
      padding = "x".repeat(padding.length() + missing);
    }
    throw new IllegalStateException("No letter of exactly " + size + " bytes");
  }

  /** A PDF without a single page, after {@code change}: a file, but no letter to read. */
  static byte[] aFileWithoutAPage(Consumer<PDDocument> change) {
    try (PDDocument document = new PDDocument()) {
      change.accept(document);
      return saved(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] aLetter(String padding, Consumer<PDDocument> change) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 760);
        text.showText("Surat permohonan sub domain");
        text.endText();
      }
      if (!padding.isEmpty()) {
        document.getDocumentInformation().setCustomMetadataValue("Padding", padding);
      }
      change.accept(document);
      return saved(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] saved(PDDocument document) throws IOException {
    // PDFBox would otherwise write a new random /ID each time: equal letters must be equal bytes.
    COSString id = new COSString("surat-permohonan");
    document.getDocument().setDocumentID(new COSArray(List.of(id, id)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out, CompressParameters.NO_COMPRESSION);
    return out.toByteArray();
  }

  // What a test adds to a letter; each makes it refused for one reason unless said otherwise.

  static Consumer<PDDocument> openAction(PDAction action) {
    return document -> document.getDocumentCatalog().setOpenAction(action);
  }

  static Consumer<PDDocument> link(PDAction action) {
    return document -> {
      PDAnnotationLink link = new PDAnnotationLink();
      link.setRectangle(new PDRectangle(72, 700, 200, 20));
      link.setAction(action);
      addAnnotation(document, link.getCOSObject());
    };
  }

  private static PDSimpleFileSpecification fileName(String name) {
    PDSimpleFileSpecification file = new PDSimpleFileSpecification();
    file.setFile(name);
    return file;
  }

  private static void addAnnotation(PDDocument document, COSDictionary annotation) {
    try {
      document.getPage(0).getAnnotations().add(PDAnnotation.createAnnotation(annotation));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PDActionJavaScript alert() {
    return new PDActionJavaScript("app.alert('surat');");
  }

  /** An open action as an attacker writes it, with {@code /S} only: viewers need no more. */
  static Consumer<PDDocument> untypedAction(String type) {
    return document -> {
      COSDictionary action = new COSDictionary();
      action.setName(COSName.S, type);
      action.setString(COSName.F, "cmd.exe");
      document.getDocumentCatalog().getCOSObject().setItem(COSName.OPEN_ACTION, action);
    };
  }

  static PDActionLaunch launch() {
    PDActionLaunch launch = new PDActionLaunch();
    launch.setFile(fileName("C:\\Windows\\System32\\calc.exe"));
    return launch;
  }

  static PDActionSubmitForm submitForm() {
    PDActionSubmitForm submit = new PDActionSubmitForm();
    submit.setFile(fileName("https://contoh.invalid/kumpulkan"));
    return submit;
  }

  static PDActionImportData importData() {
    PDActionImportData importData = new PDActionImportData();
    importData.setFile(fileName("data.fdf"));
    return importData;
  }

  static PDActionRemoteGoTo remoteGoTo() {
    PDActionRemoteGoTo remote = new PDActionRemoteGoTo();
    remote.setFile(fileName("\\\\server\\berbagi\\lain.pdf"));
    return remote;
  }

  static PDActionURI webLink() {
    PDActionURI uri = new PDActionURI();
    uri.setURI("https://trenggalekkab.go.id/");
    return uri;
  }

  static Consumer<PDDocument> goToFirstPage() {
    return document -> {
      PDPageFitDestination destination = new PDPageFitDestination();
      destination.setPage(document.getPage(0));
      PDActionGoTo goTo = new PDActionGoTo();
      goTo.setDestination(destination);
      link(goTo).accept(document);
    };
  }

  static Consumer<PDDocument> javaScriptNamesTree() {
    return document -> {
      PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
      scripts.setNames(Map.of("mulai", alert()));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
      names.setJavascript(scripts);
      document.getDocumentCatalog().setNames(names);
    };
  }

  static Consumer<PDDocument> pageOpenAction() {
    return document -> {
      PDPageAdditionalActions actions = new PDPageAdditionalActions();
      actions.setO(alert());
      document.getPage(0).setActions(actions);
    };
  }

  static Consumer<PDDocument> formFieldKeystroke() {
    return document -> {
      PDTextField field = textField(document);
      COSDictionary triggers = new COSDictionary();
      triggers.setItem(COSName.K, alert());
      field.getCOSObject().setItem(COSName.AA, triggers);
    };
  }

  static Consumer<PDDocument> widgetAction() {
    return document -> textField(document).getWidgets().get(0).setAction(alert());
  }

  static Consumer<PDDocument> chained() {
    return document -> {
      PDPageFitDestination destination = new PDPageFitDestination();
      destination.setPage(document.getPage(0));
      PDActionGoTo goTo = new PDActionGoTo();
      goTo.setDestination(destination);
      goTo.setNext(List.of(alert()));
      document.getDocumentCatalog().setOpenAction(goTo);
    };
  }

  static Consumer<PDDocument> embeddedFile() {
    return document -> {
      PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
      files.setNames(Map.of("lampiran.exe", fileSpecification(document)));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
      names.setEmbeddedFiles(files);
      document.getDocumentCatalog().setNames(names);
    };
  }

  static Consumer<PDDocument> fileAttachment() {
    return document -> {
      PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
      attachment.setRectangle(new PDRectangle(72, 600, 20, 20));
      attachment.setFile(fileSpecification(document));
      addAnnotation(document, attachment.getCOSObject());
    };
  }

  static Consumer<PDDocument> annotation(String subtype) {
    return document -> {
      COSDictionary annotation = new COSDictionary();
      annotation.setName(COSName.TYPE, "Annot");
      annotation.setName(COSName.SUBTYPE, subtype);
      annotation.setItem(COSName.RECT, new PDRectangle(72, 500, 100, 100).getCOSArray());
      addAnnotation(document, annotation);
    };
  }

  static Consumer<PDDocument> xfaForm() {
    return document -> {
      PDAcroForm form = new PDAcroForm(document);
      COSStream xfa = document.getDocument().createCOSStream();
      try (var out = xfa.createOutputStream()) {
        out.write("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"/>".getBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      form.getCOSObject().setItem(COSName.XFA, xfa);
      form.getCOSObject().setItem(COSName.FIELDS, new COSArray());
      document.getDocumentCatalog().setAcroForm(form);
    };
  }

  static Consumer<PDDocument> encrypted(String ownerPassword, String userPassword) {
    return document -> {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      try {
        document.protect(policy);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static PDTextField textField(PDDocument document) {
    PDAcroForm form = new PDAcroForm(document);
    document.getDocumentCatalog().setAcroForm(form);
    PDTextField field = new PDTextField(form);
    field.setPartialName("nama");
    PDAnnotationWidget widget = field.getWidgets().get(0);
    widget.setRectangle(new PDRectangle(72, 650, 200, 20));
    PDPage page = document.getPage(0);
    widget.setPage(page);
    addAnnotation(document, widget.getCOSObject());
    form.getFields().add(field);
    return field;
  }

  private static PDComplexFileSpecification fileSpecification(PDDocument document) {
    try {
      PDEmbeddedFile file =
          new PDEmbeddedFile(
              document, new ByteArrayInputStream("MZ program".getBytes(StandardCharsets.UTF_8)));
      PDComplexFileSpecification specification = new PDComplexFileSpecification();
      specification.setFile("lampiran.exe");
      specification.setEmbeddedFile(file);
      return specification;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
