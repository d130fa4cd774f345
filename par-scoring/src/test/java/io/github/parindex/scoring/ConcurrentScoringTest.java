package io.github.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parindex.model.Methodology;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Submission;
import io.github.parindex.model.io.ParReader;
import io.github.parindex.model.testing.RandomSubmissions;
import io.github.parindex.rules.RuleRegistry;
import io.github.parindex.scoring.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One {@link Scorer}, shared by 32 threads, scores 10,000 random commune submissions exactly as one
 * thread does: the serialized scorecards (their SHA-256, to keep memory small) are compared one by
 * one. Submissions are generated for the example commune methodology (commune scale: a few dozen
 * nodes), so that the run takes seconds.
 */
class ConcurrentScoringTest {
  private static final int SUBMISSIONS = 10_000;
  private static final int THREADS = 32;

  @Test
  @Timeout(120)
  void sharedScorer_32Threads_giveTheSingleThreadedScorecards() throws Exception {
    Methodology m = ParReader.standard().readMethodology(
        TestData.path("examples/data/commune-methodology.yaml"));
    Scorer scorer = Scorer.builder().methodology(m).registry(RuleRegistry.builtIn()).build();
    List<Submission> submissions = submissions(m, scorer);

    byte[][] alone = new byte[SUBMISSIONS][];
    for (int i = 0; i < SUBMISSIONS; i++) {
      alone[i] = digest(scorer.score(submissions.get(i)));
    }
    // The submissions differ: the comparison below is not between 10,000 equal scorecards.
    Set<String> distinct = new HashSet<>();
    for (byte[] d : alone) {
      distinct.add(new String(d, StandardCharsets.ISO_8859_1));
    }
    assertTrue(distinct.size() > SUBMISSIONS * 9 / 10, () -> distinct.size() + " distinct");

    byte[][] shared = new byte[SUBMISSIONS][];
    AtomicInteger next = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(pool.submit(() -> {
          start.await();
          int done = 0;
          for (int i = next.getAndIncrement(); i < SUBMISSIONS; i = next.getAndIncrement()) {
            shared[i] = digest(scorer.score(submissions.get(i)));
            done++;
          }
          return done;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> w : workers) {
        total += w.get(100, TimeUnit.SECONDS);
      }
      assertEquals(SUBMISSIONS, total);
    } finally {
      pool.shutdownNow();
    }
    for (int i = 0; i < SUBMISSIONS; i++) {
      int at = i;
      assertArrayEquals(alone[i], shared[i], () -> "submission " + at + " scored differently:\n"
          + Fingerprint.of(scorer.score(submissions.get(at))));
    }
  }

  /** Seeded random submissions; one the policy ERROR refuses (a leaf without data) uses ZERO. */
  private static List<Submission> submissions(Methodology m, Scorer scorer) {
    Random random = new Random(20_240_101L);
    List<Submission> out = new ArrayList<>();
    while (out.size() < SUBMISSIONS) {
      Submission s = RandomSubmissions.generate(m, random);
      if (!scorer.check(s).isEmpty()) {
        s = Submission.builder().from(s).missing(MissingPolicy.ZERO).build();
      }
      out.add(s);
    }
    return out;
  }

  private static byte[] digest(Scorecard card) throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256").digest(Fingerprint.of(card)
        .getBytes(StandardCharsets.UTF_8));
  }
}
