package org.hurdleboard.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.hurdleboard.phone.BallotBox;
import org.hurdleboard.phone.FakeBallotBox;
import org.hurdleboard.phone.LoopbackHttp;
import org.hurdleboard.phone.PhoneServer;

/**
 * A room of 300 phones on loopback: each loads the ballot page and the paper and sends a ballot,
 * all within 10 s (spread over the 10 s as a room scans, then all at once). Prints the requests'
 * p50/p99 latency, ballots stored against ballots sent (must be equal), the longest pause of the
 * thread that owns the workshop (pinged every 2 ms), and the server's heap and threads. Each phone
 * comes from its own 127.0.x.y, so each has its own rate limit. Two boxes: the in-memory stand-in
 * (its one thread standing in for the FX thread), then the app's own ({@link WorkshopRoom}): the
 * real workshop model on the FX thread (Monocle, headless), saving each ballot in a real
 * session file, whose ballots are counted by reading the file again once its writer is done.
 */
public final class PhoneLoadBench {
    private static final int PHONES = 300;
    private static final long WINDOW_MILLIS = 10_000;

    private PhoneLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("## 300 phones voting on loopback (" + Runtime.getRuntime().availableProcessors()
                + " cores, load " + String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()) + ")");
        System.out.println();
        System.out.println("| arrival | requests | p50 ms | p99 ms | max ms | all done in s | ballots sent | ballots stored"
                + " | longest owner-thread pause ms | server heap MB | server threads |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        run("warm-up", 50, 0, false, Room::inMemory);
        run("spread over 10 s", PHONES, WINDOW_MILLIS, true, Room::inMemory);
        run("all at once", PHONES, 0, true, Room::inMemory);
        WorkshopRoom.startFx();
        run("warm-up, real workshop", 50, 0, false, WorkshopRoom::open);
        run("spread over 10 s, real workshop and file", PHONES, WINDOW_MILLIS, true, WorkshopRoom::open);
        run("all at once, real workshop and file", PHONES, 0, true, WorkshopRoom::open);
        javafx.application.Platform.exit();
    }

    /** Where the ballots go: a box, the thread that owns it (pinged), and how many ballots it has truly kept. */
    interface Room extends AutoCloseable {
        BallotBox box();

        java.util.concurrent.Executor owner();

        /** Ballots kept once everything sent is done: in the file, for the real workshop. */
        int stored() throws Exception;

        @Override
        void close() throws Exception;

        static Room inMemory(int ballots) {
            FakeBallotBox box = new FakeBallotBox(FakeBallotBox.dots(ballots));
            return new Room() {
                @Override
                public BallotBox box() {
                    return box;
                }

                @Override
                public java.util.concurrent.Executor owner() {
                    return box.owner();
                }

                @Override
                public int stored() {
                    return box.ballotsIn();
                }

                @Override
                public void close() {
                    box.close();
                }
            };
        }
    }

    private interface RoomMaker {
        Room open(int ballots) throws Exception;
    }

    private static void run(String arrival, int count, long spreadMillis, boolean print, RoomMaker rooms)
            throws Exception {
        System.gc();
        long heapBefore = usedHeap();
        try (Room room = rooms.open(count)) {
            PhoneServer server = PhoneServer.open(java.net.InetAddress.getLoopbackAddress(), 0, room.box(),
                    FakeBallotBox.NO_EVENTS);
            Watchdog watchdog = new Watchdog(room.owner());
            ExecutorService phones = Executors.newFixedThreadPool(count);
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger sent = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            List<String> reasons = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch done = new CountDownLatch(count);
            long start = System.nanoTime();
            try {
                for (int phone = 0; phone < count; phone++) {
                    int n = phone + 2;
                    long delay = spreadMillis * phone / count;
                    phones.submit(() -> {
                        try {
                            sleepUntil(start, delay);
                            if (vote(server, n, latencies)) {
                                sent.incrementAndGet();
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failed.incrementAndGet();
                            reasons.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                        } finally {
                            done.countDown();
                        }
                        return null;
                    });
                }
                done.await(60, TimeUnit.SECONDS);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.gc();
                long heap = usedHeap() - heapBefore; // the open server, its 300 ballots' ids in the box and its buffers
                List<Long> sorted = new ArrayList<>(latencies);
                Collections.sort(sorted);
                int stored = room.stored();
                if (!print) {
                    return;
                }
                System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %d | %.1f | %.1f | %d |%n",
                        arrival, sorted.size(), percentile(sorted, 50), percentile(sorted, 99),
                        sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1e6, seconds, sent.get(),
                        stored, watchdog.longestPauseMillis(), heap / 1e6, watchdog.peakServerThreads());
                if (stored != sent.get() || failed.get() > 0) {
                    System.out.println();
                    System.out.println("**Not every ballot was stored: " + failed.get() + " phones failed.** "
                            + reasons.stream().distinct().limit(5).toList());
                }
            } finally {
                phones.shutdownNow();
                watchdog.close();
                server.close();
            }
        }
    }

    /** One phone: the page, the paper (which gives its ballot id), then its ballot. */
    private static boolean vote(PhoneServer server, int n, List<Long> latencies) throws Exception {
        LoopbackHttp http = LoopbackHttp.from(server.address(), n);
        String link = server.ballotLink().getPath();
        LoopbackHttp.Reply page = timed(latencies, () -> http.get(link, null));
        LoopbackHttp.Reply paper = timed(latencies, () -> http.get(link + "/paper", null));
        String cookie = paper.header("Set-Cookie").split(";")[0];
        int first = new int[] {1, 2, 3, 33, 34, 35}[n % 6];
        int second = first == 34 ? 35 : 34;
        LoopbackHttp.Reply cast = timed(latencies, () -> http.post(link + "/cast", cookie,
                "{\"dots\":{\"" + first + "\":2,\"" + second + "\":1}}"));
        return page.status() == 200 && paper.status() == 200 && cast.status() == 200;
    }

    private interface Call {
        LoopbackHttp.Reply run() throws Exception;
    }

    private static LoopbackHttp.Reply timed(List<Long> latencies, Call call) throws Exception {
        long start = System.nanoTime();
        LoopbackHttp.Reply reply = call.run();
        latencies.add(System.nanoTime() - start);
        return reply;
    }

    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static void sleepUntil(long start, long delayMillis) throws InterruptedException {
        long wait = start + delayMillis * 1_000_000 - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /**
     * Pings the owner thread every 2 ms and keeps the longest wait for an answer; counts the
     * server's threads every 10 ms. Counted here, not by each phone when done: a count through
     * Thread.getAllStackTraces stops every thread, the owner too, and 300 phones answered in the
     * same commit made 300 such stops at once.
     */
    private static final class Watchdog implements AutoCloseable {
        private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        private final AtomicLong longest = new AtomicLong();
        private final AtomicInteger peakServerThreads = new AtomicInteger();

        Watchdog(java.util.concurrent.Executor owner) {
            clock.scheduleAtFixedRate(() -> {
                long asked = System.nanoTime();
                owner.execute(() -> longest.accumulateAndGet(System.nanoTime() - asked, Math::max));
            }, 0, 2, TimeUnit.MILLISECONDS);
            clock.scheduleAtFixedRate(() -> peakServerThreads.accumulateAndGet(serverThreads(), Math::max),
                    0, 10, TimeUnit.MILLISECONDS);
        }

        double longestPauseMillis() {
            return longest.get() / 1e6;
        }

        int peakServerThreads() {
            return peakServerThreads.get();
        }

        /** Thread.enumerate takes no safepoint, unlike a stack dump. */
        private static int serverThreads() {
            Thread[] threads = new Thread[Thread.activeCount() + 64];
            int count = Thread.enumerate(threads);
            int server = 0;
            for (int i = 0; i < count; i++) {
                if (threads[i].getName().startsWith("phone-server")) {
                    server++;
                }
            }
            return server;
        }

        @Override
        public void close() {
            clock.shutdownNow();
        }
    }
}
