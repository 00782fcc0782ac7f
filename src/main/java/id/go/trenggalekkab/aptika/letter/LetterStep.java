package id.go.trenggalekkab.aptika.letter;

/** The letter work the SOPs give to the system, each bound to one service task. */
public enum LetterStep {
  DRAFT_REPLY_LETTER("draftReplyLetterDelegate", "Langkah 6", "konsep surat balasan"),
  FINALIZE_REPLY_LETTER(
      "finalizeReplyLetterDelegate",
      "Langkah 8",
      "penomoran dan tanda tangan elektronik surat balasan"),
  SEND_REPLY_LETTER(
      "sendReplyLetterDelegate", "Langkah 9", "pengiriman surat balasan lewat e-mail"),
  DRAFT_ACTIVITY_REPORT(
      "draftActivityReportDelegate", "Langkah 6", "konsep laporan kegiatan pembuatan akun SPLP"),
  SEND_ACTIVITY_REPORT(
      "sendActivityReportDelegate", "Langkah 7", "pengiriman laporan kegiatan lewat e-mail");

  private final String beanName;
  private final String stepLabel;
  private final String work;

  LetterStep(String beanName, String stepLabel, String work) {
    this.beanName = beanName;
    this.stepLabel = stepLabel;
    this.work = work;
  }

  public String beanName() {
    return beanName;
  }

  public String stepLabel() {
    return stepLabel;
  }

  /** The work, as a person names it, e.g. "konsep surat balasan". */
  public String work() {
    return work;
  }
}
