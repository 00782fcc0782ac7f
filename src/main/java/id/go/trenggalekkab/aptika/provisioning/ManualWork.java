package id.go.trenggalekkab.aptika.provisioning;

import static id.go.trenggalekkab.aptika.provisioning.SubdomainHostingContract.MANUAL_WORK;

import id.go.trenggalekkab.aptika.provisioning.SubdomainHostingContract.ManualWorkParts;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The work of step 5 that a person does by hand when DNS or hosting is not integrated: the
 * Pelaksana's task "Membuat layanan sub domain secara manual" (form {@code
 * create-subdomain-manually.form}). The system writes the instructions; the Pelaksana writes only
 * the confirmation fields (their names are in {@link SubdomainHostingContract}).
 */
final class ManualWork {

  private ManualWork() {}

  static boolean dnsByHand(VariableScope scope) {
    return !ManualWorkParts.HOSTING.name().equals(scope.getVariable(MANUAL_WORK));
  }

  static boolean hostingByHand(VariableScope scope) {
    return !ManualWorkParts.DNS.name().equals(scope.getVariable(MANUAL_WORK));
  }

  static String parts(boolean dns, boolean hosting) {
    return (dns && hosting
            ? ManualWorkParts.DNS_HOSTING
            : dns ? ManualWorkParts.DNS : ManualWorkParts.HOSTING)
        .name();
  }
}
