package id.go.trenggalekkab.aptika.document;

import id.go.trenggalekkab.aptika.system.NotFoundException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads a document for someone who may see its request: a person who can read a task of the
 * process instance, or the instance's history (the requesting unit, the Kadis and Kabid, managers).
 * The engine decides, with the reader's own authorizations and unit. A PDF opens in the browser's
 * viewer (officials read letters there); any other type is only ever downloaded.
 */
@RestController
@RequestMapping(DocumentController.PATH)
class DocumentController {

  static final String PATH = "/api/documents";

  /**
   * Whatever a document holds runs, if at all, in a unique opaque origin: never with the
   * application's cookies or pages. Chromium's PDF viewer still shows a PDF under it (tried with
   * Chromium 156), so officials keep reading letters inline; it does not stop the viewer's own PDF
   * JavaScript, which is why request letters carrying any are refused at submission.
   */
  static final String SANDBOX = "sandbox";

  private final DocumentStore store;
  private final TaskService taskService;
  private final HistoryService historyService;

  DocumentController(DocumentStore store, TaskService taskService, HistoryService historyService) {
    this.store = store;
    this.taskService = taskService;
    this.historyService = historyService;
  }

  @GetMapping("/{id}")
  ResponseEntity<byte[]> download(@PathVariable String id) {
    Document document =
        store.find(id).filter(this::readerMaySee).orElseThrow(DocumentController::notFound);
    MediaType type = MediaType.parseMediaType(document.mimeType());
    ContentDisposition.Builder disposition =
        MediaType.APPLICATION_PDF.equalsTypeAndSubtype(type)
            ? ContentDisposition.inline()
            : ContentDisposition.attachment();
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            disposition.filename(document.fileName()).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", SANDBOX)
        .body(store.content(id));
  }

  private boolean readerMaySee(Document document) {
    String instance = document.processInstanceId();
    return taskService.createTaskQuery().processInstanceId(instance).count() > 0
        || historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).count()
            > 0;
  }

  /** The same answer for "does not exist" and "not yours": nothing is revealed. */
  private static NotFoundException notFound() {
    return new NotFoundException("Dokumen tidak ditemukan atau Anda tidak berwenang mengaksesnya.");
  }
}
