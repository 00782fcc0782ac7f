package id.go.trenggalekkab.aptika.system;

/** A setting that makes a start unsafe; start-up ends at once with a report naming it. */
public class UnsafeConfigurationException extends RuntimeException {

  private final String setting;
  private final String action;

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
