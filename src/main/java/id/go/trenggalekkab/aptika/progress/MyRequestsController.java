package id.go.trenggalekkab.aptika.progress;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * "Permohonan saya": the requests of the reader's own unit and where each stands, for the clerk
 * signed into Tasklist (the API takes her webapp session). The page is plain HTML and JavaScript.
 */
@Controller
class MyRequestsController {

  /** The response header with the number of the unit's requests in all. */
  static final String TOTAL = "X-Total-Count";

  private final UnitRequests requests;

  MyRequestsController(UnitRequests requests) {
    this.requests = requests;
  }

  @GetMapping({"/permohonan-saya", "/permohonan-saya/"})
  String page() {
    return "forward:/permohonan-saya/index.html";
  }

  /**
   * The unit's {@value UnitRequests#MOST_RECENT} most recent requests, newest first; how many the
   * unit has in all is in the header {@value #TOTAL}, so that the page can say when it shows only
   * part of them.
   */
  @GetMapping("/api/my-requests")
  @ResponseBody
  ResponseEntity<List<RequestProgress>> list() {
    UnitRequests.Page page = requests.list();
    return ResponseEntity.ok().header(TOTAL, String.valueOf(page.total())).body(page.requests());
  }

  @GetMapping("/api/my-requests/latest")
  @ResponseBody
  RequestProgress latest() {
    return requests.latestOfMine();
  }

  @GetMapping("/api/my-requests/{id}")
  @ResponseBody
  RequestProgress one(@PathVariable String id) {
    return requests.one(id);
  }
}
