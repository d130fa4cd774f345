#!/usr/bin/env python3
"""Medians of a JMH JSON result (-rf json): one row per benchmark and parameter, with JMH's mean and
99.9 % error, the median of the measurement iterations, and the ratios docs/PERFORMANCE.md reports.

usage: python3 par-benchmarks/scripts/medians.py jmh.json
"""
import json
import statistics
import sys


def main(path):
    rows = {}
    for r in json.load(open(path)):
        name = r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]
        params = ",".join(f"{k}={v}" for k, v in sorted(r.get("params", {}).items()))
        raw = [x for fork in r["primaryMetric"]["rawData"] for x in fork]
        m = r["primaryMetric"]
        rows[(name, params)] = (statistics.median(raw), m["score"], m["scoreError"], m["scoreUnit"],
                                min(raw), max(raw), len(raw))
    print("| benchmark | params | median | mean ± error (99.9 %) | min – max | n |")
    print("|---|---|---:|---:|---:|---:|")
    for (name, params), (med, mean, err, unit, lo, hi, n) in sorted(rows.items()):
        print(f"| {name} | {params} | {med:.4g} {unit} | {mean:.4g} ± {err:.2g} | "
              f"{lo:.4g} – {hi:.4g} | {n} |")

    def med(short):
        for (name, _), v in rows.items():
            if name.endswith("." + short):
                return v[0]
        return None

    a, b, c = med("a_score10000PublicApi"), med("b_score10000HandWrittenFlatLong"), \
        med("c_score10000NaiveBigDecimalWalk")
    if a and b and c:
        print()
        print(f"(a)/(b) = {a / b:.2f}   (c)/(a) = {c / a:.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
