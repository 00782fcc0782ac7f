package id.go.trenggalekkab.aptika.letter;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the signer: {@code aptika.signing.method=local} (default; a PKCS#12 file, generated as a
 * development certificate when missing) or {@code bsre} (the BSrE esign-client appliance).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LetterProperties.class, BsreProperties.class})
class SigningConfiguration {

  @Bean
  @ConditionalOnProperty(
      name = "aptika.signing.method",
      havingValue = "local",
      matchIfMissing = true)
  LetterSigner localSigner(
      @Value("${aptika.signing.local.keystore:./data/signing/sertifikat-pengembangan.p12}")
          Path keyStore,
      @Value("${aptika.signing.local.password:pengembangan}") String password,
      LetterProperties properties) {
    return new LocalPkcs12Signer(keyStore, password.toCharArray(), properties.signer().nama());
  }

  @Bean
  @ConditionalOnProperty(name = "aptika.signing.method", havingValue = "bsre")
  LetterSigner bsreSigner(BsreProperties properties) {
    return new BsreSigner(properties);
  }
}
