package id.go.trenggalekkab.aptika.document;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name a document is stored and served under. Names of uploads are typed by whoever uploads: a
 * name may carry path separators, markup or control characters, and reaches a download dialog, a
 * mail attachment and pages that list it. Only letters, digits, hyphens and underscores are kept,
 * one dot before a short extension, and a PDF always ends in {@code .pdf}.
 */
final class SafeFileName {

  static final String DEFAULT_STEM = "dokumen";
  static final int MAX_STEM_LENGTH = 100;

  private static final Pattern UNSAFE_RUN = Pattern.compile("[^A-Za-z0-9_-]+");
  private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,10}");
  private static final Pattern EDGE = Pattern.compile("^[_-]+|[_-]+$");

  private SafeFileName() {}

  static String of(String name, String mimeType) {
    String given = name == null ? "" : name.strip();
    int dot = given.lastIndexOf('.');
    String stem = dot < 0 ? given : given.substring(0, dot);
    String extension = dot < 0 ? "" : given.substring(dot + 1);
    if ("application/pdf".equals(mimeType)) {
      extension = "pdf";
    } else if (!EXTENSION.matcher(extension).matches()) {
      extension = "";
    }
    stem = EDGE.matcher(UNSAFE_RUN.matcher(stem).replaceAll("_")).replaceAll("");
    if (stem.length() > MAX_STEM_LENGTH) {
      stem = EDGE.matcher(stem.substring(0, MAX_STEM_LENGTH)).replaceAll("");
    }
    if (stem.isEmpty()) {
      stem = DEFAULT_STEM;
    }
    return extension.isEmpty() ? stem : stem + "." + extension.toLowerCase(Locale.ROOT);
  }
}
