package id.go.trenggalekkab.aptika.letter;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The BSrE esign-client appliance ({@code aptika.signing.method=bsre}): its address and HTTP Basic
 * account (from the environment: APTIKA_SIGNING_BSRE_USERNAME, APTIKA_SIGNING_BSRE_PASSWORD) and
 * the Kadis's NIK. The Kadis's passphrase is never configured: it is typed at approval.
 *
 * @param attempts calls per signing before the job fails (and is retried by the engine)
 */
@ConfigurationProperties("aptika.signing.bsre")
record BsreProperties(
    String url,
    String username,
    String password,
    String nik,
    @DefaultValue("3") int attempts,
    @DefaultValue("2s") Duration backoff,
    @DefaultValue("60s") Duration timeout) {}
