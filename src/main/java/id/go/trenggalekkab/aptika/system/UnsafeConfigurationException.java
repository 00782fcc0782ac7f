package id.go.trenggalekkab.aptika.system;

/**
 * A setting that makes a start unsafe; start-up ends at once with a report naming it ({@link
 * UnsafeConfigurationFailureAnalyzer}). Thrown by the start-up checks before any bean exists.
 */
public class UnsafeConfigurationException extends RuntimeException {

  private final String setting;
  private final String action;

  /**
   * @param setting the environment variable and property, e.g. {@code APTIKA_X (aptika.x)}
   * @param problem what is wrong with it, in Bahasa Indonesia
   * @param action what the administrator does about it
   */
  public UnsafeConfigurationException(String setting, String problem, String action) {
    super("Setelan " + setting + " tidak aman: " + problem);
    this.setting = setting;
    this.action = action;
  }

  String setting() {
    return setting;
  }

  String action() {
    return action;
  }
}
