package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.store.StoreTestFiles.pragma;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sqlite.util.OSInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pulling the plug: child JVMs vote on session files and are killed with SIGKILL at random
 * moments (while starting, opening, upgrading an old file, writing a vote or its undo history).
 * After every kill the file passes {@code PRAGMA integrity_check} and holds every vote the child
 * had reported saved. Several files are hammered at once to fit 200 kills into well under a
 * minute on two cores.
 */
class KillTest {
    private static final int FILES = 4;
    private static final int KILLS_PER_FILE = 50;

    @TempDir
    Path dir;
    /** sqlite-jdbc's native code, unpacked once for all 200 children rather than once by each. */
    private Path nativeLibrary;

    @Test
    void twoHundredKillsLoseNoVoteThatWasSaved() throws Exception {
        nativeLibrary = unpackNativeLibraryOnce();
        ExecutorService workers = Executors.newFixedThreadPool(FILES);
        List<Future<Integer>> results = new ArrayList<>();
        for (int n = 0; n < FILES; n++) {
            Path path = copyOfVersion1Fixture(dir.resolve("killed-" + n + ".hurdles"));
            long seed = 42 + n;
            results.add(workers.submit(() -> killRepeatedly(path, new Random(seed))));
        }
        int kills = 0;
        for (Future<Integer> result : results) {
            kills += result.get(5, TimeUnit.MINUTES);
        }
        workers.shutdown();
        assertThat(kills).isGreaterThanOrEqualTo(200);
    }

    private int killRepeatedly(Path path, Random random) throws Exception {
        Map<Integer, Integer> acknowledged = new HashMap<>(Map.of(1, 7, 12, 3, 23, 1, 50, 9999));
        for (int kill = 0; kill < KILLS_PER_FILE; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-Dorg.sqlite.lib.path=" + nativeLibrary.getParent(),
                    "-Dorg.sqlite.lib.name=" + nativeLibrary.getFileName(),
                    "-cp", System.getProperty("java.class.path"), VotingChild.class.getName(), path.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // one kill in four lands before the first vote: during start-up, opening or upgrading
            int votesBeforeKill = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(25);
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                if (votesBeforeKill == 0) {
                    Thread.sleep(random.nextInt(400));
                }
                for (int seen = 0; seen < votesBeforeKill; ) {
                    String line = out.readLine();
                    assertThat(line).as("the voting child is still running").isNotNull();
                    if (line.startsWith("saved ")) {
                        String[] vote = line.split(" ");
                        acknowledged.put(Integer.parseInt(vote[1]), Integer.parseInt(vote[2]));
                        seen++;
                    }
                }
                if (random.nextBoolean()) {
                    Thread.sleep(random.nextInt(3));
                }
                child.destroyForcibly().waitFor();
            }

            assertThat(pragma(path, "integrity_check")).as("%s after kill %d", path.getFileName(), kill)
                    .isEqualTo("ok");
            try (SessionFile reopened = SessionFile.open(path)) {
                for (Map.Entry<Integer, Integer> vote : acknowledged.entrySet()) {
                    assertThat(reopened.session().votes(1, vote.getKey()))
                            .as("card %d in %s after kill %d", vote.getKey(), path.getFileName(), kill)
                            .isGreaterThanOrEqualTo(vote.getValue());
                }
            }
        }
        return KILLS_PER_FILE;
    }

    private Path unpackNativeLibraryOnce() throws Exception {
        String folder = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/";
        for (String name : new String[] {"libsqlitejdbc.so", "libsqlitejdbc.dylib", "sqlitejdbc.dll"}) {
            try (InputStream in = SessionFile.class.getResourceAsStream(folder + name)) {
                if (in != null) {
                    Path library = Files.createDirectories(dir.resolve("native")).resolve(name);
                    Files.copy(in, library);
                    return library;
                }
            }
        }
        throw new IllegalStateException("no sqlite native library in " + folder);
    }

    private Path copyOfVersion1Fixture(Path path) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/store/fixtures/session-v1.hurdles")) {
            Files.copy(in, path);
        }
        return path;
    }
}
