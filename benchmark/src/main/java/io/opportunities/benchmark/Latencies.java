package io.opportunities.benchmark;

import java.util.Arrays;
import java.util.List;

/** Round trips in milliseconds, and how long all of them took together. */
record Latencies(String name, double[] millis, double seconds) {

    static Latencies of(String name, List<double[]> perClient, long elapsedNanos) {
        double[] all = perClient.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        return new Latencies(name, all, elapsedNanos / 1e9);
    }

    static Latencies of(String name, double[] millis, long elapsedNanos) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Latencies(name, sorted, elapsedNanos / 1e9);
    }

    int count() {
        return millis.length;
    }

    double perSecond() {
        return millis.length / seconds;
    }

    double p50() {
        return BenchmarkPostgres.percentile(millis, 50);
    }

    double p95() {
        return BenchmarkPostgres.percentile(millis, 95);
    }

    double p99() {
        return BenchmarkPostgres.percentile(millis, 99);
    }

    double max() {
        return millis[millis.length - 1];
    }
}
