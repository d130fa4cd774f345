package io.github.parindex.server;

import java.util.List;
import java.util.Map;

/**
 * One server with the default settings and the example commune methodology in its folder, shared by
 * the integration tests of one run (started on first use, killed when the test JVM ends).
 */
final class SharedServer {
  private SharedServer() {}

  private static final class Holder {
    static final RunningServer SERVER = start();

    private static RunningServer start() {
      RunningServer s = RunningServer.start(List.of("--methodologies",
          Fixtures.methodologyFolder().toString()), Map.of());
      Runtime.getRuntime().addShutdownHook(new Thread(s::close));
      return s;
    }
  }

  /**
   * The server.
   *
   * @return the running server
   */
  static RunningServer get() {
    return Holder.SERVER;
  }
}
