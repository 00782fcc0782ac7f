package id.go.trenggalekkab.aptika.provisioning;

import java.util.Optional;

/**
 * Creates the web site of a new name when the request asks for hosting, and checks that it is
 * served: {@code aptika.hosting.mode=nginx} creates an nginx virtual host (in the default manual
 * mode the Pelaksana does). Another adapter (a control panel's API, say) implements this interface
 * and needs no change to the process.
 */
public interface WebHosting {

  /**
   * Creates the site for {@code fqdn}, or finds the one an earlier attempt created. On failure
   * nothing of it is left behind.
   *
   * @throws ProvisioningFailedException when the web server cannot create or serve the site
   */
  Site create(String fqdn, String processInstanceId);

  /**
   * Asks the web server once whether it serves the site of {@code fqdn} that {@link #create} made.
   *
   * @return what was asked and answered, in Bahasa Indonesia, for the request's notes
   * @throws ProvisioningFailedException when it does not serve it (yet): the engine retries
   */
  String checkServed(String fqdn);

  /** The address the name of a hosted site points at, when configured. */
  Optional<String> serverAddress();

  /**
   * @param created true when the site exists on the web server
   * @param provider what serves it, e.g. {@code nginx}
   * @param documentRoot where the unit puts its files, if known
   * @param note what was done, in Bahasa Indonesia
   */
  record Site(boolean created, String provider, String documentRoot, String note) {}
}
