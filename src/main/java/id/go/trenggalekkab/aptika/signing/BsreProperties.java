package id.go.trenggalekkab.aptika.signing;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The BSrE esign-client appliance ({@code aptika.signing.method=bsre}): its address and HTTP Basic
 * account (from the environment: APTIKA_SIGNING_BSRE_USERNAME, APTIKA_SIGNING_BSRE_PASSWORD), the
 * Kadis's NIK and his BSrE certificate. The Kadis's passphrase is never configured: it is typed at
 * approval.
 *
 * @param certificate the Kadis's BSrE signing certificate (PEM or DER file,
 *     APTIKA_SIGNING_BSRE_CERTIFICATE); a letter the appliance returns is kept only when signed
 *     with it
 */
@ConfigurationProperties("aptika.signing.bsre")
record BsreProperties(
    String url,
    String username,
    String password,
    String nik,
    Path certificate,
    @DefaultValue("60s") Duration timeout) {}
