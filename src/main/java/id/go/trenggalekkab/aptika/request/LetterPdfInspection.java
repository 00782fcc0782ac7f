package id.go.trenggalekkab.aptika.request;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the request letter with PDFBox and reports what a viewer could run or open besides the
 * pages: officials open the letter in their browser, so a letter may carry nothing but pages to
 * read, and at least one page (the page tree's own {@code /Count} is not trusted: its pages are
 * walked).
 *
 * <p>Every object of the file is visited, reachable or listed in the cross-reference table, rather
 * than the places a viewer is known to look today (open action, page and annotation actions, form
 * fields, chained {@code /Next} actions, the names tree): a place this list forgets is still found.
 * Actions are allowed by type, so a type added to PDF later is refused until someone judges it
 * harmless.
 */
final class LetterPdfInspection {

  /** What can be wrong with the letter's content, each with the applicant's next step. */
  enum Finding {
    UNREADABLE(" bukan berkas PDF: simpan atau pindai surat sebagai PDF, lalu lampirkan ulang"),
    PASSWORD_PROTECTED(
        " dilindungi kata sandi sehingga tidak dapat diperiksa dan dibaca petugas; simpan ulang"
            + " tanpa kata sandi lalu lampirkan ulang"),
    NO_PAGES(
        " tidak berisi satu halaman pun sehingga tidak ada surat yang dapat dibaca petugas; pindai"
            + " atau simpan surat sebagai PDF, lalu lampirkan ulang"),
    JAVASCRIPT(" memuat JavaScript" + Finding.RESAVE),
    LAUNCH(" memuat perintah untuk menjalankan program atau membuka berkas lain" + Finding.RESAVE),
    OUTSIDE_ACTION(
        " memuat aksi yang mengirim data atau membuka dokumen di luar surat (misalnya kirim"
            + " formulir, impor data, atau tautan ke berkas PDF lain)"
            + Finding.RESAVE),
    EMBEDDED_FILE(" memuat berkas lain di dalamnya (lampiran tersemat)" + Finding.RESAVE),
    MULTIMEDIA(" memuat konten multimedia atau 3D yang dapat dijalankan" + Finding.RESAVE),
    XFA_FORM(" berupa formulir dinamis (XFA) yang dapat menjalankan skrip" + Finding.RESAVE);

    private static final String RESAVE =
        "; simpan ulang sebagai PDF biasa (misalnya Cetak ke PDF) lalu lampirkan ulang";

    private final String message;

    Finding(String message) {
      this.message = message;
    }

    /** The problem as the applicant reads it, beginning with the field's name. */
    String message(String field) {
      return field + message;
    }
  }

  /**
   * The scratch buffers PDFBox may create for this parse, in memory only: nothing of a letter is
   * written to a temporary file. PDFBox 3.0.8 decodes object and cross-reference streams into the
   * heap outside this bound (a 300 KB file inflating to 300 MB was parsed in 8 s here), so a letter
   * of 5 MB could still inflate about a thousandfold: a known limit, named in the README.
   */
  static final long MAX_PARSE_MEMORY_BYTES = 32L * 1024 * 1024;

  /** Harmless actions: moving within the letter, a web link the viewer asks about, view changes. */
  private static final Set<String> ALLOWED_ACTIONS =
      Set.of(
          "GoTo", "GoToDp", "URI", "Named", "Thread", "SetOCGState", "Hide", "Trans", "ResetForm");

  private static final Set<String> MULTIMEDIA_SUBTYPES =
      Set.of("RichMedia", "3D", "Screen", "Movie", "Sound");

  /** Keys whose value is an action ({@code /AA} holds actions under its keys instead). */
  private static final Set<COSName> ACTION_KEYS =
      Set.of(COSName.A, COSName.OPEN_ACTION, COSName.NEXT);

  private static final COSName ACTION = COSName.getPDFName("Action");
  private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");

  private final Set<Finding> findings = EnumSet.noneOf(Finding.class);
  private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Deque<COSBase> todo = new ArrayDeque<>();

  private LetterPdfInspection() {}

  /**
   * @param pdf a file that starts like a PDF, at most {@link RequestLetter#MAX_SIZE_BYTES}
   * @return every kind of finding, empty when the letter is only pages to read
   */
  static Set<Finding> inspect(byte[] pdf) {
    try (PDDocument document =
        Loader.loadPDF(
            pdf,
            "",
            null,
            null,
            MemoryUsageSetting.setupMainMemoryOnly(MAX_PARSE_MEMORY_BYTES).streamCache)) {
      LetterPdfInspection inspection = new LetterPdfInspection();
      inspection.walk(document.getDocument());
      if (!document.getPages().iterator().hasNext()) {
        inspection.findings.add(Finding.NO_PAGES);
      }
      return inspection.findings;
    } catch (InvalidPasswordException e) {
      return EnumSet.of(Finding.PASSWORD_PROTECTED);
    } catch (IOException | RuntimeException e) {
      // Whatever PDFBox cannot read to the end cannot be shown to be harmless.
      return EnumSet.of(Finding.UNREADABLE);
    }
  }

  private void walk(COSDocument document) {
    todo.push(document.getTrailer());
    document.getXrefTable().keySet().forEach(key -> todo.push(document.getObjectFromPool(key)));
    while (!todo.isEmpty()) {
      COSBase next = resolve(todo.pop());
      if (next != null && seen.add(next)) {
        if (next instanceof COSDictionary dictionary) {
          examine(dictionary);
          dictionary.getValues().forEach(todo::push);
        } else if (next instanceof COSArray array) {
          array.forEach(todo::push);
        }
      }
    }
  }

  private void examine(COSDictionary dictionary) {
    if (dictionary.containsKey(COSName.JS)
        || COSName.JAVA_SCRIPT.equals(dictionary.getCOSName(COSName.S))) {
      findings.add(Finding.JAVASCRIPT);
    }
    if (ACTION.equals(dictionary.getCOSName(COSName.TYPE))) {
      examineAction(dictionary);
    }
    for (COSName key : ACTION_KEYS) {
      examineActions(dictionary.getDictionaryObject(key));
    }
    if (dictionary.getDictionaryObject(COSName.AA) instanceof COSDictionary triggers) {
      triggers.getValues().forEach(this::examineActions);
    }
    if (dictionary.containsKey(COSName.EF)
        || dictionary.containsKey(COSName.EMBEDDED_FILES)
        || dictionary.containsKey(COSName.COLLECTION)
        || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
        || FILE_ATTACHMENT.equals(dictionary.getCOSName(COSName.SUBTYPE))) {
      findings.add(Finding.EMBEDDED_FILE);
    }
    COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
    if (subtype != null && MULTIMEDIA_SUBTYPES.contains(subtype.getName())) {
      findings.add(Finding.MULTIMEDIA);
    }
    if (dictionary.containsKey(COSName.XFA)) {
      findings.add(Finding.XFA_FORM);
    }
  }

  /** An action, or an array of them (a {@code /Next} chain may branch). */
  private void examineActions(COSBase value) {
    COSBase resolved = resolve(value);
    if (resolved instanceof COSDictionary action) {
      examineAction(action);
    } else if (resolved instanceof COSArray actions) {
      actions.forEach(
          element -> {
            if (resolve(element) instanceof COSDictionary action) {
              examineAction(action);
            }
          });
    }
  }

  /** A dictionary without {@code /S} is not an action a viewer runs (e.g. a destination). */
  private void examineAction(COSDictionary action) {
    COSName type = action.getCOSName(COSName.S);
    if (type == null || ALLOWED_ACTIONS.contains(type.getName())) {
      return;
    }
    findings.add(
        switch (type.getName()) {
          case "JavaScript" -> Finding.JAVASCRIPT;
          case "Launch" -> Finding.LAUNCH;
          default -> Finding.OUTSIDE_ACTION;
        });
  }

  private static COSBase resolve(COSBase value) {
    return value instanceof COSObject reference ? reference.getObject() : value;
  }
}
