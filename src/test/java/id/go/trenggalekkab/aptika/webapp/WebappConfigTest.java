package id.go.trenggalekkab.aptika.webapp;

import static id.go.trenggalekkab.aptika.webapp.WebappTranslationsTest.ours;
import static id.go.trenggalekkab.aptika.webapp.WebappTranslationsTest.shipped;
import static id.go.trenggalekkab.aptika.webapp.WebappTranslationsTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our {@code config.js} of each webapp replaces the shipped one whole: it must keep every shipped
 * setting (Tasklist's keyboard shortcuts above all) and add only the language (and, on the Welcome
 * page, a link to switch it; in Cockpit, the Mutu Baku plugin).
 */
class WebappConfigTest {

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void keepsEveryShippedSettingAndAddsOnlyTheLanguage(String app) throws IOException {
    String path = app + "/scripts/config.js";
    String ours = text(ours(path));

    assertThat(settings(ours))
        .as("our %s without the language and translated descriptions", path)
        .isEqualTo(settings(text(shipped(path))));
    assertThat(ours)
        .contains("export default {\n  locales,\n")
        .containsPattern(
            "import \\{ locales(, say|, welcomeLinks)? } from '\\.\\./\\.\\./aptika/bahasa\\.js\\?v=[0-9a-f]{32}';")
        .as("what the webapps offer, and documents in a new tab (aptika/actions.js)")
        .containsPattern("import '\\.\\./\\.\\./aptika/actions\\.js\\?v=[0-9a-f]{32}';");
  }

  @Test
  void cockpitLoadsTheMutuBakuPluginInItsBuildsVersion() throws IOException {
    assertThat(text(ours("cockpit/scripts/config.js")))
        .containsPattern(
            "\n  customScripts: \\['\\.\\./aptika/mutu-baku\\.js\\?v=[0-9a-f]{32}',"
                + " '\\.\\./aptika/versions\\.js\\?v=[0-9a-f]{32}'],\n");
  }

  @Test
  void theLanguageModuleCarriesTheTranslationsVersionOfTheBuild() throws IOException {
    assertThat(text(ours("aptika/bahasa.js")))
        .containsPattern("translationsVersion = '[0-9a-f]{32}';")
        .doesNotContain("@aptika.");
  }

  /**
   * The code of a config.js without comments, our import and {@code locales} line, and with each
   * text given in both languages ({@code say('Indonesian', 'English')}) in English.
   */
  private static String settings(String configJs) {
    return configJs
        .replaceAll("(?s)/\\*.*?\\*/", "")
        .replaceAll("(?m)^\\s*//.*$", "")
        .replaceAll("(?m)^import .*$", "")
        .replaceAll("(?m)^\\s*locales,$", "")
        .replaceAll(
            "(?m)^\\s*customScripts: \\['\\.\\./aptika/mutu-baku\\.js\\?v=[^']*'(, '[^']*')*],$",
            "")
        .replaceAll("(?m)^\\s*links: welcomeLinks,$", "")
        .replaceAll("description: say\\(\\s*'[^']*',\\s*('[^']*')\\s*\\)", "description: $1")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
