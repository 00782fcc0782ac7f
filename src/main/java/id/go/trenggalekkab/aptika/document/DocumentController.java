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
 * The engine decides, with the reader's own authorizations and unit.
 */
@RestController
@RequestMapping(DocumentController.PATH)
class DocumentController {

  static final String PATH = "/api/documents";

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
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.mimeType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(document.fileName()).build().toString())
        .header("X-Content-Type-Options", "nosniff")
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
