package io.opportunities.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Concurrent clients in a closed loop: each sends its next request as soon as its last one is answered, and times
 * every request.
 */
final class Clients {

    /** One client's share of the work; answers false when there is none left. */
    @FunctionalInterface
    interface Work {
        boolean next(int client, Timer timer) throws Exception;
    }

    /** The round trips of one client. */
    static final class Timer {
        private double[] millis = new double[1024];
        private int count;

        /** Times one request. */
        <T> T time(Request<T> request) throws Exception {
            long start = System.nanoTime();
            T answer = request.send();
            if (count == millis.length) {
                millis = Arrays.copyOf(millis, count * 2);
            }
            millis[count++] = (System.nanoTime() - start) / 1e6;
            return answer;
        }

        double[] millis() {
            return Arrays.copyOf(millis, count);
        }
    }

    @FunctionalInterface
    interface Request<T> {
        T send() throws Exception;
    }

    private Clients() {
    }

    static Latencies run(String name, int clients, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Timer> timers = new ArrayList<>();
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        try {
            for (int client = 0; client < clients; client++) {
                int index = client;
                Timer timer = new Timer();
                timers.add(timer);
                running.add(pool.submit(() -> {
                    while (work.next(index, timer)) {
                        // next request
                    }
                    return null;
                }));
            }
            for (Future<?> each : running) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long elapsed = System.nanoTime() - start;
        return Latencies.of(name, timers.stream().map(Timer::millis).toList(), elapsed);
    }

    /** Work that goes on until the deadline. */
    static Work until(long deadlineNanos, Work each) {
        return (client, timer) -> System.nanoTime() < deadlineNanos && each.next(client, timer);
    }
}
