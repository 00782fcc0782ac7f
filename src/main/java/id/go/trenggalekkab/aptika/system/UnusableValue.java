package id.go.trenggalekkab.aptika.system;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;

/**
 * A variable value the engine cannot take: a type it does not know (Json and Xml need Camunda Spin,
 * which the application leaves out), a value that does not fit its stated type, or a serialized
 * Java object (prohibited). engine-rest refuses these while converting the request, before any of
 * our checks, in English and sometimes as a server error; the client is at fault, so it is a 400 in
 * Bahasa Indonesia.
 */
final class UnusableValue {

  private static final Pattern TYPE = Pattern.compile("type '([^']*)'");

  private UnusableValue() {}

  /** Our message, when the exception was raised for such a value. */
  static Optional<String> message(Throwable exception) {
    StackTraceElement[] trace = exception.getStackTrace();
    if (trace.length == 0) {
      return Optional.empty();
    }
    String type;
    if (trace[0].getClassName().equals(VariableValueDto.class.getName())) {
      Matcher named = TYPE.matcher(String.valueOf(exception.getMessage()));
      type = named.find() ? named.group(1) : null;
    } else if (trace[0].getMethodName().equals("javaSerializationProhibitedException")) {
      type = "Object (serialisasi Java)";
    } else {
      return Optional.empty();
    }
    return Optional.of(
        "Permintaan ditolak: nilai "
            + (type == null ? "" : "bertipe " + type + " ")
            + "tidak dapat diterima. Isian formulir dikirim sebagai teks, angka, ya/tidak"
            + " (Boolean) atau berkas; tidak ada yang disimpan.");
  }
}
