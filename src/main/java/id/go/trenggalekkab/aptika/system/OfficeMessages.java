package id.go.trenggalekkab.aptika.system;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A feature's messages in Bahasa Indonesia, kept in a properties file on the class path (e.g.
 * {@code modelgate/messages.properties}) where they can be edited without touching code.
 */
public final class OfficeMessages {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private final ResourceBundle bundle;

  public OfficeMessages(String baseName) {
    this.bundle = ResourceBundle.getBundle(baseName, Locale.ROOT);
  }

  /** The message {@code key} with its arguments filled in. */
  public String of(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), INDONESIAN).format(arguments);
  }

  /** The message's text before its first argument. */
  public String prefix(String key) {
    String pattern = bundle.getString(key);
    int argument = pattern.indexOf('{');
    return argument < 0 ? pattern : pattern.substring(0, argument);
  }
}
