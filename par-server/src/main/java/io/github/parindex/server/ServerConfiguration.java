package io.github.parindex.server;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * The Spring application: Spring Boot's auto-configuration (Tomcat, Spring MVC, Actuator, Micrometer)
 * with this server's beans. {@link ServerOptions}, {@link Catalogue} and {@link Tokens} are made
 * before Spring starts ({@link ParServer}) and registered as singletons.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({Routes.class, Errors.class, ErrorRoute.class})
public class ServerConfiguration {
  /** Created by Spring. */
  public ServerConfiguration() {}

  /**
   * The scoring endpoints.
   *
   * @param catalogue the methodologies
   * @param options the options
   * @return the endpoints
   */
  @Bean
  Scoring scoring(Catalogue catalogue, ServerOptions options) {
    return new Scoring(catalogue, options.readLimits());
  }

  /**
   * The what-if endpoints.
   *
   * @param catalogue the methodologies
   * @param options the options
   * @return the endpoints
   */
  @Bean
  WhatIfEndpoints whatIf(Catalogue catalogue, ServerOptions options) {
    return new WhatIfEndpoints(catalogue, options.readLimits());
  }

  /**
   * The workers; closed after the web server has stopped, so that requests in flight finish.
   *
   * @param options the options
   * @return the workers
   */
  @Bean(destroyMethod = "close")
  Work work(ServerOptions options) {
    return new Work(options.workers(), options.queue(), options.timeout());
  }

  /**
   * The workers' gauges: {@code par_work_active} (requests computing) and {@code par_work_waiting}
   * (requests queued for a worker); with the 503 answers they show when to add workers.
   *
   * @param work the workers
   * @return the binder
   */
  @Bean
  MeterBinder workGauges(Work work) {
    return registry -> {
      Gauge.builder("par.work.active", work, Work::active)
          .description("requests computing now").register(registry);
      Gauge.builder("par.work.waiting", work, Work::waiting)
          .description("requests waiting for a worker").register(registry);
    };
  }

  /**
   * The access log and metrics, outermost of all filters.
   *
   * @param registry the meter registry
   * @return the filter's registration
   */
  @Bean
  FilterRegistrationBean<AccessLog> accessLog(MeterRegistry registry) {
    FilterRegistrationBean<AccessLog> bean = new FilterRegistrationBean<>(new AccessLog(registry));
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return bean;
  }

  /**
   * The bearer token check, right after the access log; with no token file, a filter that lets
   * everything through is not even registered.
   *
   * @param options the options
   * @param tokens the tokens, when a token file is configured
   * @return the filter's registration
   */
  @Bean
  FilterRegistrationBean<BearerTokenFilter> bearerToken(ServerOptions options,
      org.springframework.beans.factory.ObjectProvider<Tokens> tokens) {
    Tokens accepted = tokens.getIfAvailable();
    FilterRegistrationBean<BearerTokenFilter> bean = new FilterRegistrationBean<>(
        new BearerTokenFilter(accepted));
    bean.setEnabled(accepted != null);
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return bean;
  }
}
