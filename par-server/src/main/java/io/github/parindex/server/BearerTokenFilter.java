package io.github.parindex.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires {@code Authorization: Bearer TOKEN} with an accepted token on every path except
 * {@code /health}, when a token file is configured; answers 401 with {@code WWW-Authenticate}
 * otherwise (RFC 6750).
 */
final class BearerTokenFilter extends OncePerRequestFilter {
  private final Tokens tokens;

  /**
   * The filter.
   *
   * @param tokens the accepted tokens
   */
  BearerTokenFilter(Tokens tokens) {
    this.tokens = tokens;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (request.getRequestURI().equals("/health")) {
      chain.doFilter(request, response);
      return;
    }
    String header = request.getHeader("Authorization");
    // The scheme is case-insensitive (RFC 7235): "bearer x" is a bearer token too.
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"par\"");
      Answers.write(new HttpProblem(401, "unauthorized", "Unauthorized", header == null
          ? "this server requires Authorization: Bearer TOKEN"
          : "the Authorization header is not 'Bearer TOKEN'", List.of()), response);
      return;
    }
    if (!tokens.accepts(header.substring(7).strip())) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"par\", error=\"invalid_token\"");
      Answers.write(new HttpProblem(401, "unauthorized", "Unauthorized",
          "the bearer token is not accepted", List.of()), response);
      return;
    }
    chain.doFilter(request, response);
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return true;
  }
}
