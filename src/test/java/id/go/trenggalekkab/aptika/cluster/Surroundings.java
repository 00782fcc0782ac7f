package id.go.trenggalekkab.aptika.cluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.go.trenggalekkab.aptika.provisioning.ProvisioningServers;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the application nodes work with, each outside the nodes so that it outlives any of
 * them: PostgreSQL, BIND, nginx, an SMTP server (GreenMail), the SPLP portal (simulator) and the
 * BSrE signing appliance.
 */
final class Surroundings implements AutoCloseable {

  final SharedDatabase database;
  final ProvisioningServers provisioning;
  final GreenMail smtp;
  final PortalServer portal;
  final BsreServer bsre;
  private final String secretsKey;

  private Surroundings(
      SharedDatabase database,
      ProvisioningServers provisioning,
      GreenMail smtp,
      PortalServer portal,
      BsreServer bsre) {
    this.database = database;
    this.provisioning = provisioning;
    this.smtp = smtp;
    this.portal = portal;
    this.bsre = bsre;
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    this.secretsKey = Base64.getEncoder().encodeToString(key);
  }

  static Surroundings start() throws IOException {
    SharedDatabase database = SharedDatabase.start();
    ProvisioningServers provisioning = ProvisioningServers.start();
    GreenMail smtp =
        new GreenMail(new ServerSetup(AppNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return new Surroundings(database, provisioning, smtp, PortalServer.start(), BsreServer.start());
  }

  /** A production-like node (profile postgres) with every integration switched on. */
  Map<String, String> nodeProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("spring.profiles.active", "postgres");
    properties.putAll(database.nodeProperties());
    properties.putAll(provisioning.nodeProperties());
    properties.putAll(portal.nodeProperties());
    properties.put("spring.mail.host", "127.0.0.1");
    properties.put("spring.mail.port", String.valueOf(smtp.getSmtp().getPort()));
    properties.put("aptika.mail.dispatch-interval", "PT2S");
    // the same key on every node: what one node encrypts, another reads
    properties.put("aptika.secrets.key", secretsKey);
    // letters are signed by BSrE: the passphrase typed at the approval must reach the node that
    // runs the signing job
    properties.putAll(bsre.nodeProperties());
    properties.put("aptika.public-url", "https://layanan.kominfo.trenggalekkab.go.id/");
    return properties;
  }

  /**
   * How many times each mail reached the SMTP server, per "recipients | subject". GreenMail keeps
   * one copy per recipient, so the copies of one send are counted once.
   */
  Map<String, Integer> mailsByRecipientsAndSubject() throws MessagingException {
    Map<String, Integer> copies = new TreeMap<>();
    Map<String, Integer> recipients = new TreeMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      Address[] to = message.getAllRecipients();
      String key = Arrays.toString(to) + " | " + message.getSubject();
      copies.merge(key, 1, Integer::sum);
      recipients.put(key, to.length);
    }
    Map<String, Integer> sends = new TreeMap<>();
    copies.forEach((key, count) -> sends.put(key, count / recipients.get(key)));
    return sends;
  }

  @Override
  public void close() throws IOException {
    try {
      portal.close();
      bsre.close();
      smtp.stop();
      provisioning.close();
    } finally {
      database.close();
    }
  }
}
