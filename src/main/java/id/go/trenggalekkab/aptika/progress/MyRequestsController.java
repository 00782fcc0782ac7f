package id.go.trenggalekkab.aptika.progress;

import java.util.List;
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

  private final UnitRequests requests;

  MyRequestsController(UnitRequests requests) {
    this.requests = requests;
  }

  @GetMapping({"/permohonan-saya", "/permohonan-saya/"})
  String page() {
    return "forward:/permohonan-saya/index.html";
  }

  @GetMapping("/api/my-requests")
  @ResponseBody
  List<RequestProgress> list() {
    return requests.list();
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
