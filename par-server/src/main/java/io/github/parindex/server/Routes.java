package io.github.parindex.server;

import io.github.parindex.model.Language;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP routes of {@code SERVER.md}: each reads the body (up to the size limit), computes on a
 * worker ({@link Work}) through {@link Scoring} or {@link WhatIfEndpoints}, and answers their bytes. Nothing
 * is computed here.
 */
@RestController
public class Routes {
  private static final String JSON = "application/json";
  private static final String JSONS = "application/*+json";
  private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

  private static final byte[] HEALTH = "{\"status\":\"UP\"}\n".getBytes(StandardCharsets.UTF_8);

  private final Scoring scoring;
  private final WhatIfEndpoints whatIf;
  private final Work work;
  private final int maxBody;
  private final byte[] openApi;

  /**
   * The routes.
   *
   * @param scoring the scoring endpoints
   * @param whatIf the what-if endpoints
   * @param work the workers
   * @param options the server's options (the body limit)
   */
  Routes(Scoring scoring, WhatIfEndpoints whatIf, Work work, ServerOptions options) {
    this.scoring = scoring;
    this.whatIf = whatIf;
    this.work = work;
    this.maxBody = options.maxBody();
    try (InputStream in = Routes.class.getResourceAsStream("openapi.json")) {
      this.openApi = in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the jar lacks its openapi.json", e);
    }
  }

  /**
   * {@code GET /health}: {@code {"status":"UP"}} while the server serves; never needs a token.
   *
   * @return the status
   */
  @GetMapping("/health")
  public ResponseEntity<byte[]> health() {
    return json(HEALTH);
  }

  /**
   * {@code GET /openapi.json}: the OpenAPI 3.1 description of every endpoint.
   *
   * @return the description
   */
  @GetMapping("/openapi.json")
  public ResponseEntity<byte[]> openApi() {
    return json(openApi);
  }

  /**
   * {@code GET /v1/methodologies}: the methodologies a request can name by id.
   *
   * @param lang the language of titles, {@code vi} (default) or {@code en}
   * @return the list
   */
  @GetMapping("/v1/methodologies")
  public ResponseEntity<byte[]> methodologies(
      @RequestParam(name = "lang", defaultValue = "vi") String lang) {
    return json(scoring.methodologies(language(lang)));
  }

  /**
   * {@code POST /v1/validate}.
   *
   * @param request the request
   * @return {@code {"valid", "problems"}}
   */
  @PostMapping(path = "/v1/validate", consumes = {JSON, JSONS})
  public ResponseEntity<byte[]> validate(HttpServletRequest request) {
    byte[] body = body(request);
    return json(compute(() -> scoring.validate(body)));
  }

  /**
   * {@code POST /v1/score}: the scorecard as JSON, or the HTML report when {@code text/html} is
   * preferred.
   *
   * @param request the request
   * @param accept the {@code Accept} header
   * @param lang the language of the HTML report
   * @return the scorecard
   */
  @PostMapping(path = "/v1/score", consumes = {JSON, JSONS})
  public ResponseEntity<byte[]> score(HttpServletRequest request,
      @RequestHeader(name = "Accept", required = false) String accept,
      @RequestParam(name = "lang", defaultValue = "vi") String lang) {
    Scoring.Rendering rendering = new Scoring.Rendering(html(accept), language(lang));
    byte[] body = body(request);
    return answer(compute(() -> scoring.score(body, rendering)), rendering.html());
  }

  /**
   * {@code POST /v1/rank}: the ranking as JSON, or the HTML report when {@code text/html} is
   * preferred.
   *
   * @param request the request
   * @param accept the {@code Accept} header
   * @param lang the language of the HTML report
   * @return the ranking
   */
  @PostMapping(path = "/v1/rank", consumes = {JSON, JSONS})
  public ResponseEntity<byte[]> rank(HttpServletRequest request,
      @RequestHeader(name = "Accept", required = false) String accept,
      @RequestParam(name = "lang", defaultValue = "vi") String lang) {
    Scoring.Rendering rendering = new Scoring.Rendering(html(accept), language(lang));
    byte[] body = body(request);
    return answer(compute(() -> scoring.rank(body, rendering)), rendering.html());
  }

  /**
   * {@code POST /v1/compare}.
   *
   * @param request the request
   * @return the comparison
   */
  @PostMapping(path = "/v1/compare", consumes = {JSON, JSONS})
  public ResponseEntity<byte[]> compare(HttpServletRequest request) {
    byte[] body = body(request);
    return json(compute(() -> scoring.compare(body)));
  }

  /**
   * {@code POST /v1/assess}: the appraisal report of an assessment record as JSON, or the HTML
   * report when {@code text/html} is preferred.
   *
   * @param request the request
   * @param accept the {@code Accept} header
   * @param lang the language of the HTML report
   * @return the report
   */
  @PostMapping(path = "/v1/assess", consumes = {JSON, JSONS})
  public ResponseEntity<byte[]> assess(HttpServletRequest request,
      @RequestHeader(name = "Accept", required = false) String accept,
      @RequestParam(name = "lang", defaultValue = "vi") String lang) {
    Scoring.Rendering rendering = new Scoring.Rendering(html(accept), language(lang));
    byte[] body = body(request);
    return answer(compute(() -> scoring.assess(body, rendering)), rendering.html());
  }

  /**
   * {@code POST /v1/project}.
   *
   * @param request the request
   * @return the projection
   */
  @PostMapping(path = "/v1/project", consumes = {JSON, JSONS})
  public ResponseEntity<byte[]> project(HttpServletRequest request) {
    byte[] body = body(request);
    return json(compute(() -> whatIf.project(body)));
  }

  /**
   * {@code POST /v1/simulate}.
   *
   * @param request the request
   * @return the scenario result and the simulation
   */
  @PostMapping(path = "/v1/simulate", consumes = {JSON, JSONS})
  public ResponseEntity<byte[]> simulate(HttpServletRequest request) {
    byte[] body = body(request);
    return json(compute(() -> whatIf.simulate(body)));
  }

  private <T> T compute(Callable<T> task) {
    return work.run(task);
  }

  private static ResponseEntity<byte[]> json(byte[] bytes) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(bytes);
  }

  private static ResponseEntity<byte[]> answer(byte[] bytes, boolean html) {
    return html ? ResponseEntity.ok().contentType(HTML).body(bytes) : json(bytes);
  }

  private static Language language(String lang) {
    if (!lang.equals("vi") && !lang.equals("en")) {
      throw new HttpProblem(400, "invalid-input", "Invalid input", "the query parameter lang "
          + "expects vi or en", List.of());
    }
    return Language.of(lang);
  }

  /**
   * Whether the client prefers HTML to JSON: each is given the quality of the most specific media
   * range of {@code Accept} that includes it (RFC 9110, 12.5.1); HTML wins only with a higher
   * quality, so {@code *}{@code /*} and no header mean JSON; neither acceptable is 406.
   */
  static boolean html(String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    List<MediaType> ranges;
    try {
      ranges = MediaType.parseMediaTypes(accept);
    } catch (RuntimeException e) {
      throw new HttpProblem(400, "invalid-input", "Invalid input", "the Accept header cannot be "
          + "parsed", List.of());
    }
    double json = quality(ranges, MediaType.APPLICATION_JSON);
    double html = quality(ranges, MediaType.TEXT_HTML);
    if (json == 0 && html == 0) {
      throw new HttpProblem(406, "not-acceptable", "Not acceptable", "this endpoint answers "
          + "application/json or text/html", List.of());
    }
    return html > json;
  }

  private static double quality(List<MediaType> ranges, MediaType type) {
    double quality = 0;
    int best = -1;
    for (MediaType range : ranges) {
      if (!range.includes(type)) {
        continue;
      }
      int specificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
      if (specificity > best) {
        best = specificity;
        quality = range.getQualityValue();
      }
    }
    return quality;
  }

  /**
   * The request body, refused with 413 above the limit and with 415 when it declares a charset other
   * than UTF-8.
   */
  private byte[] body(HttpServletRequest request) {
    // The header as sent: Spring's encoding filter has already set the request's encoding to UTF-8.
    String charset = charset(request.getHeader("Content-Type"));
    if (charset != null && !isUtf8(charset)) {
      throw new HttpProblem(415, "unsupported-media-type", "Unsupported media type",
          "the body must be JSON in UTF-8, not " + charset, List.of());
    }
    long declared = request.getContentLengthLong();
    if (declared > maxBody) {
      throw tooLarge(declared);
    }
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(maxBody);
      if (in.read() >= 0) {
        throw tooLarge(-1);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String charset(String contentType) {
    try {
      return contentType == null ? null : MediaType.parseMediaType(contentType)
          .getParameter("charset");
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean isUtf8(String charset) {
    try {
      return Charset.forName(charset).equals(StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private HttpProblem tooLarge(long declared) {
    return new HttpProblem(413, "too-large", "Body too large", "the body has "
        + (declared < 0 ? "more than " + maxBody : Long.toString(declared)) + " bytes; the limit is "
        + maxBody, List.of());
  }
}
