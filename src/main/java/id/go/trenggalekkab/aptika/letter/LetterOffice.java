package id.go.trenggalekkab.aptika.letter;

import java.util.Map;

/**
 * Drafts, numbers, signs and sends the office's letters and reports. The offline default records
 * the work it would do; the letter module replaces it.
 */
public interface LetterOffice {

  /**
   * @param variables the request's process variables, read only
   * @return what was done, in Bahasa Indonesia
   */
  String perform(LetterStep step, String processInstanceId, Map<String, Object> variables);
}
