package id.go.trenggalekkab.aptika.system;

import java.util.Arrays;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The one place that says, for each external system, whether the application does the step ({@link
 * Mode#INTEGRATED}) or a person of the SOP's lane does it by hand ({@link Mode#MANUAL}). The BPMN
 * models route on it by name, e.g. {@code ${integrations.manual('dns')}}; the status page and the
 * manual tasks' forms show it.
 */
@Component("integrations")
public class Integrations {

  /** How a step that involves an external system is done. */
  public enum Mode {
    /** The adapter does it on the real system. */
    INTEGRATED("terintegrasi"),
    /** A person of the SOP's lane does it by hand and confirms what was done. */
    MANUAL("manual");

    private final String label;

    Mode(String label) {
      this.label = label;
    }

    /** The word office staff read. */
    public String label() {
      return label;
    }
  }

  /** An external system, its setting and the value that makes it integrated. */
  public enum Integration {
    DNS(
        "dns",
        "DNS (rekaman sub domain)",
        "aptika.dns.mode",
        "rfc2136",
        "Langkah 5 SOP 060/018: Pelaksana membuat rekaman DNS di server DNS"),
    HOSTING(
        "hosting",
        "Hosting (virtual host nginx)",
        "aptika.hosting.mode",
        "nginx",
        "Langkah 5 SOP 060/018: Pelaksana membuat virtual host di server hosting"),
    SPLP(
        "splp",
        "Portal SPLP (WSO2 API Manager)",
        "aptika.splp.mode",
        "wso2",
        "Langkah 5 SOP 060/029 A: Pelaksana mendaftarkan akun; langkah 3 SOP 060/029 B:"
            + " Pengguna membuat aplikasi dan kunci di portal"),
    MAIL(
        "mail",
        "Surel (SMTP)",
        "spring.mail.host",
        null,
        "Langkah 9 SOP 060/018 dan langkah 7 SOP 060/029 A: Pelaksana mengirim surat atau"
            + " laporan sendiri dan mencatat tanggal serta salurannya");

    private final String id;
    private final String title;
    private final String setting;
    private final String integratedValue;
    private final String manualWork;

    Integration(
        String id, String title, String setting, String integratedValue, String manualWork) {
      this.id = id;
      this.title = title;
      this.setting = setting;
      this.integratedValue = integratedValue;
      this.manualWork = manualWork;
    }

    /** The technical id used in BPMN expressions and the API. */
    public String id() {
      return id;
    }

    /** Its name for office staff. */
    public String title() {
      return title;
    }

    /** The configuration property that chooses the mode. */
    public String setting() {
      return setting;
    }

    /** Who does what by hand in manual mode, in Bahasa Indonesia. */
    public String manualWork() {
      return manualWork;
    }

    static Integration of(String id) {
      return Arrays.stream(values())
          .filter(integration -> integration.id.equals(id))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("Unknown integration: " + id));
    }
  }

  /** One line of the status page. */
  public record Status(Integration integration, Mode mode, String settingValue) {}

  private final Environment environment;

  Integrations(Environment environment) {
    this.environment = environment;
  }

  public Mode mode(Integration integration) {
    String value = environment.getProperty(integration.setting, "").trim();
    boolean integrated =
        integration.integratedValue == null
            ? !value.isEmpty()
            : integration.integratedValue.equals(value);
    return integrated ? Mode.INTEGRATED : Mode.MANUAL;
  }

  /** For BPMN expressions: {@code ${integrations.manual('dns')}}. */
  public boolean manual(String id) {
    return mode(Integration.of(id)) == Mode.MANUAL;
  }

  public List<Status> all() {
    return Arrays.stream(Integration.values())
        .map(
            integration ->
                new Status(
                    integration,
                    mode(integration),
                    integration == Integration.MAIL
                        ? environment.getProperty(integration.setting, "")
                        : environment.getProperty(integration.setting, "manual")))
        .toList();
  }
}
