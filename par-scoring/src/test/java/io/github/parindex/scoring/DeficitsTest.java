package io.github.parindex.scoring;

import static io.github.parindex.scoring.testing.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parindex.scoring.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeficitsTest {
  private final Scorecard a = Fixtures.scorer(Fixtures.commune())
      .score(Fixtures.file("commune-a/submission.yaml"));

  @Test
  void byField_sumsAndSharesOfAllPointsLost() {
    Deficits d = Deficits.of(a);
    // total 4.97: field 2 3.02 (60.7645.. -> 60.76 %), penalty P 1 (20.1207.. -> 20.12 %),
    // field 1 0.95 (19.1146.. -> 19.11 %)
    assertEquals(0, d("4.97").compareTo(d.total()));
    assertEquals(List.of("2", "P", "1"), d.byField().stream().map(DeficitGroup::key).toList());
    assertEquals(0, d("3.02").compareTo(d.byField().get(0).deficit()));
    assertEquals(0, d("60.76").compareTo(d.byField().get(0).sharePercent()));
    assertEquals(0, d("20.12").compareTo(d.byField().get(1).sharePercent()));
    assertEquals(0, d("19.11").compareTo(d.byField().get(2).sharePercent()));
  }

  @Test
  void byLeadAgency_groupsInheritedAgenciesAndUnassignedItems() {
    Deficits d = Deficits.of(a);
    assertEquals(List.of("Tư pháp - Hộ tịch", "", "Văn phòng - Thống kê"),
        d.byLeadAgency().stream().map(DeficitGroup::key).toList());
    assertEquals(0, d("1").compareTo(d.byLeadAgency().get(1).deficit())); // P.1 has no agency
  }

  @Test
  void items_shareOfEachItem() {
    DeficitItem top = Deficits.of(a).items().get(0);
    assertEquals("2.1", top.code());
    assertEquals(0, d("20.12").compareTo(top.sharePercent())); // 1 / 4.97 = 20.1207..
  }
}
