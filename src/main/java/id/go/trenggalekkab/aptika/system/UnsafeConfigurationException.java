package id.go.trenggalekkab.aptika.system;

/** A setting that makes a production start unsafe; start-up ends with a report naming it. */
class UnsafeConfigurationException extends RuntimeException {

  private final String setting;
  private final String action;

  UnsafeConfigurationException(String setting, String problem, String action) {
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
