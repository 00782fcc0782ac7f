package id.go.trenggalekkab.aptika.progress;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where one request of the unit stands, as "Permohonan saya" shows it to the clerk; times in WIB
 * with their offset.
 *
 * @param status {@code BERJALAN}, {@code DIKEMBALIKAN} (returned for correction), {@code SELESAI}
 *     or {@code DIHENTIKAN}
 * @param returnReason why it was returned, while it is
 * @param current the steps open now
 * @param history every step so far, oldest first
 * @param notes what the system recorded for the request, one line per step
 */
record RequestProgress(
    String id,
    String referenceNumber,
    String procedure,
    String unitName,
    String requestLetterNumber,
    String subject,
    String status,
    String statusText,
    String returnReason,
    OffsetDateTime startedAt,
    OffsetDateTime endedAt,
    List<Step> current,
    List<Step> history,
    List<String> notes) {

  /**
   * One step.
   *
   * @param holder who holds (or held) it, in words: a person's name or a group's
   * @param taskLink the Tasklist address of an open task the reader may work; null otherwise
   */
  record Step(
      String name,
      String holder,
      OffsetDateTime startedAt,
      OffsetDateTime dueAt,
      OffsetDateTime endedAt,
      String outcome,
      String taskLink) {}
}
