package io.github.parindex.model.internal;

import io.github.parindex.model.EvidenceRef;
import io.github.parindex.model.MissingPolicy;
import io.github.parindex.model.Observation;
import io.github.parindex.model.Reported;
import io.github.parindex.model.Stage;
import io.github.parindex.model.Submission;
import io.github.parindex.model.Unit;
import io.github.parindex.model.io.ReadLimits;
import io.github.parindex.model.io.internal.Binder;
import io.github.parindex.model.io.internal.Tokens;
import io.github.parindex.model.io.internal.Tree;
import io.github.parindex.model.io.internal.ArrayMap;
import io.github.parindex.model.io.internal.CountMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Binds a {@code par-submission/1} document straight from its tokens (see {@link Tokens}): accepts
 * exactly the documents {@link SubmissionBinder} binds without a problem, and builds the same
 * submission; doubts at anything else, and {@link SubmissionBinder} then reports the problems.
 */
public final class SubmissionTokens {
  /** Both ways of binding a submission. */
  public static final Binder<Submission> BINDER = new Binder<>() {
    @Override
    public Submission fromTokens(Tokens in, ReadLimits limits) {
      in.startDocument();
      return submission(in);
    }

    @Override
    public Submission fromTree(Tree root, ReadLimits limits) {
      return SubmissionBinder.bind(root);
    }
  };

  /**
   * The codes of the observations read last, by any thread: immutable, so shared without locks (a
   * lost write only costs the next submission a map of its own).
   */
  private static volatile ArrayMap.@Nullable Shape lastCodes;

  private SubmissionTokens() {}

  private static Submission submission(Tokens in) {
    // The parts are collected here and handed over as they are (ModelAccess): no builder map that
    // grows, no second copy into the submission.
    String methodology = null;
    int year = 0;
    Unit unit = null;
    Stage stage = null;
    MissingPolicy missing = null;
    Map<String, Observation> observations = Collections.emptyMap();
    Map<String, BigDecimal> unitemised = Collections.emptyMap();
    Map<String, List<EvidenceRef>> evidence = Collections.emptyMap();
    Map<String, Reported> reported = Collections.emptyMap();
    List<String> unknown = Collections.emptyList();
    Map<String, String> leadAgencies = Collections.emptyMap();
    long seen = 0;
    boolean format = false;
    boolean hasYear = false;
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "format" -> {
          seen = Tokens.once(seen, 1);
          if (!in.isNull()) {
            Tokens.require(in.text().equals(Submission.FORMAT));
            format = true;
          }
        }
        case "methodology" -> {
          seen = Tokens.once(seen, 1 << 1);
          if (!in.isNull()) {
            methodology = in.text();
          }
        }
        case "year" -> {
          seen = Tokens.once(seen, 1 << 2);
          if (!in.isNull()) {
            year = (int) in.whole(1900, 9999);
            hasYear = true;
          }
        }
        case "unit" -> {
          seen = Tokens.once(seen, 1 << 3);
          if (!in.isNull()) {
            unit = unit(in);
          }
        }
        case "stage" -> {
          seen = Tokens.once(seen, 1 << 4);
          if (!in.isNull()) {
            stage = in.choice(Stage.values());
          }
        }
        case "missing" -> {
          seen = Tokens.once(seen, 1 << 5);
          if (!in.isNull()) {
            missing = in.choice(MissingPolicy.values());
          }
        }
        case "observations" -> {
          seen = Tokens.once(seen, 1 << 6);
          if (!in.isNull()) {
            observations = observations(in);
          }
        }
        case "unitemised" -> {
          seen = Tokens.once(seen, 1 << 7);
          if (!in.isNull()) {
            unitemised = decimals(in);
          }
        }
        case "evidence" -> {
          seen = Tokens.once(seen, 1 << 8);
          if (!in.isNull()) {
            evidence = evidence(in);
          }
        }
        case "reported" -> {
          seen = Tokens.once(seen, 1 << 9);
          if (!in.isNull()) {
            reported = reported(in);
          }
        }
        case "unknown" -> {
          seen = Tokens.once(seen, 1 << 10);
          if (!in.isNull()) {
            in.list();
            unknown = new ArrayList<>();
            while (in.nextItem()) {
              unknown.add(in.text());
            }
          }
        }
        case "leadAgencies" -> {
          seen = Tokens.once(seen, 1 << 11);
          if (!in.isNull()) {
            in.object();
            leadAgencies = new LinkedHashMap<>();
            for (String code; (code = in.nextMember()) != null; ) {
              Tokens.require(leadAgencies.put(code, in.text()) == null);
            }
          }
        }
        default -> throw Tokens.DOUBT;
      }
    }
    Tokens.require(format && methodology != null && hasYear && unit != null);
    return ModelAccess.submissions().submission(methodology, year, unit, stage, missing,
        observations, unitemised, evidence, reported, unknown, leadAgencies);
  }

  private static Unit unit(Tokens in) {
    in.object();
    Unit.Builder b = Unit.builder();
    long seen = 0;
    boolean id = false;
    for (String m; (m = in.nextMember()) != null; ) {
      switch (m) {
        case "id" -> {
          seen = Tokens.once(seen, 1);
          if (!in.isNull()) {
            b.id(in.text());
            id = true;
          }
        }
        case "name" -> {
          seen = Tokens.once(seen, 2);
          if (!in.isNull()) {
            b.name(in.text());
          }
        }
        case "level" -> {
          seen = Tokens.once(seen, 4);
          if (!in.isNull()) {
            b.level(in.text());
          }
        }
        case "region" -> {
          seen = Tokens.once(seen, 8);
          if (!in.isNull()) {
            b.region(in.text());
          }
        }
        default -> throw Tokens.DOUBT;
      }
    }
    Tokens.require(id);
    return b.build();
  }

  /**
   * An {@code observations} object, by leaf code.
   *
   * @param in the tokens, on the object's first token
   * @return the observations in file order
   */
  public static Map<String, Observation> observations(Tokens in) {
    in.object();
    // The submissions of one methodology list its codes in the same order, some left out: each map
    // is built like the ones before, sharing their keys and index (any other order still reads).
    ArrayMap.Shape like = lastCodes;
    ArrayMap.Builder<Observation> out = ArrayMap.builder(like, 128);
    // One builder for every survey's responses, emptied by each take(): a survey's map is then
    // exactly its few entries, and the surveys that list the same keys share one array of them.
    CountMap.Builder counts = CountMap.builder();
    for (String code; (code = in.nextMember()) != null; ) {
      Tokens.require(out.put(code, observation(in, counts)));
    }
    Map<String, Observation> map = out.build();
    if (!map.isEmpty() && out.shape() != like) {
      lastCodes = out.shape();
    }
    return map;
  }

  /**
   * An object of decimals by code ({@code unitemised}).
   *
   * @param in the tokens, on the object's first token
   * @return the decimals in file order
   */
  public static Map<String, BigDecimal> decimals(Tokens in) {
    in.object();
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (String code; (code = in.nextMember()) != null; ) {
      Tokens.require(out.put(code, in.decimal()) == null);
    }
    return out;
  }

  // The members of an observation, one bit each; a kind is known when all of its bits are seen.
  private static final int POINTS = 1;
  private static final int YES = 1 << 1;
  private static final int RATE = 1 << 2;
  private static final int NUMERATOR = 1 << 3;
  private static final int DENOMINATOR = 1 << 4;
  private static final int COUNT = 1 << 5;
  private static final int OPTION = 1 << 6;
  private static final int RESPONSES = 1 << 7;
  private static final int BASELINE = 1 << 8;
  private static final int CURRENT = 1 << 9;
  private static final int NOT_APPLICABLE = 1 << 10;

  private static Observation observation(Tokens in, CountMap.Builder counts) {
    in.object();
    long seen = 0;
    int given = 0;
    BigDecimal decimal = null;
    BigDecimal second = null;
    boolean truth = false;
    long count = 0;
    String option = null;
    Map<String, Long> responses = null;
    for (String m; (m = in.nextMember()) != null; ) {
      int bit = switch (m) {
        case "points" -> POINTS;
        case "yes" -> YES;
        case "rate" -> RATE;
        case "numerator" -> NUMERATOR;
        case "denominator" -> DENOMINATOR;
        case "count" -> COUNT;
        case "option" -> OPTION;
        case "responses" -> RESPONSES;
        case "baseline" -> BASELINE;
        case "current" -> CURRENT;
        case "notApplicable" -> NOT_APPLICABLE;
        default -> throw Tokens.DOUBT;
      };
      seen = Tokens.once(seen, bit);
      if (in.isNull()) {
        continue;
      }
      given |= bit;
      switch (bit) {
        case POINTS, RATE, NUMERATOR, BASELINE -> decimal = in.decimal();
        case DENOMINATOR, CURRENT -> second = in.decimal();
        case YES, NOT_APPLICABLE -> truth = in.bool();
        case COUNT -> count = in.whole(0, Long.MAX_VALUE);
        case OPTION -> option = in.text();
        default -> responses = responses(in, counts);
      }
    }
    switch (given) {
      case POINTS -> {
        Tokens.require(decimal.signum() >= 0);
        return Observation.points(decimal);
      }
      case YES -> {
        return Observation.yes(truth);
      }
      case RATE -> {
        Tokens.require(decimal.signum() >= 0);
        return Observation.rate(decimal);
      }
      case NUMERATOR | DENOMINATOR -> {
        Tokens.require(decimal.signum() >= 0 && second.signum() > 0);
        return Observation.fraction(decimal, second);
      }
      case COUNT -> {
        return Observation.count(count);
      }
      case OPTION -> {
        return Observation.option(option);
      }
      case RESPONSES -> {
        return Observation.responses(responses);
      }
      case BASELINE | CURRENT -> {
        Tokens.require(decimal.signum() > 0 && second.signum() >= 0);
        return Observation.change(decimal, second);
      }
      case NOT_APPLICABLE -> {
        Tokens.require(truth);
        return Observation.notApplicable();
      }
      default -> throw Tokens.DOUBT;
    }
  }

  private static Map<String, Long> responses(Tokens in, CountMap.Builder counts) {
    in.object();
    // A repeated key, an overflowing total or a survey of more than CountMap.MAX_SIZE options (rare,
    // and valid) is left to the tree path.
    for (String key; (key = in.nextMember()) != null; ) {
      Tokens.require(counts.put(key, in.whole(0, Long.MAX_VALUE)));
    }
    Map<String, Long> taken = counts.take();
    Tokens.require(!taken.isEmpty() && ((CountMap) taken).total() > 0);
    return taken;
  }

  private static Map<String, List<EvidenceRef>> evidence(Tokens in) {
    in.object();
    Map<String, List<EvidenceRef>> out = new LinkedHashMap<>();
    for (String code; (code = in.nextMember()) != null; ) {
      in.list();
      List<EvidenceRef> refs = new ArrayList<>();
      while (in.nextItem()) {
        in.object();
        String title = null;
        String uri = null;
        long seen = 0;
        for (String m; (m = in.nextMember()) != null; ) {
          switch (m) {
            case "title" -> {
              seen = Tokens.once(seen, 1);
              title = in.isNull() ? null : in.text();
            }
            case "uri" -> {
              seen = Tokens.once(seen, 2);
              uri = in.isNull() ? null : in.text();
            }
            default -> throw Tokens.DOUBT;
          }
        }
        Tokens.require(title != null);
        EvidenceRef.Builder e = EvidenceRef.builder().title(title);
        if (uri != null) {
          e.uri(uri);
        }
        refs.add(e.build());
      }
      Tokens.require(out.put(code, refs) == null);
    }
    return out;
  }

  private static Map<String, Reported> reported(Tokens in) {
    in.object();
    Map<String, Reported> out = new LinkedHashMap<>();
    for (String code; (code = in.nextMember()) != null; ) {
      in.object();
      BigDecimal points = null;
      BigDecimal deficit = null;
      long seen = 0;
      for (String m; (m = in.nextMember()) != null; ) {
        switch (m) {
          case "points" -> {
            seen = Tokens.once(seen, 1);
            points = in.isNull() ? null : in.decimal();
          }
          case "deficit" -> {
            seen = Tokens.once(seen, 2);
            deficit = in.isNull() ? null : in.decimal();
          }
          default -> throw Tokens.DOUBT;
        }
      }
      Tokens.require(points != null || deficit != null);
      Reported.Builder r = Reported.builder();
      if (points != null) {
        r.points(points);
      }
      if (deficit != null) {
        r.deficit(deficit);
      }
      Tokens.require(out.put(code, r.build()) == null);
    }
    return out;
  }
}
