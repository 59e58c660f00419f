import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loopwise's Java harness: the loop that calls the solution once per case (values read and written
 * with LoopwiseJson). Results go to fd 3; a watchdog thread ends the JVM when a case overruns its
 * CPU time (or the wall backstop).
 */
final class Loopwise {
    interface Case {
        String run(LoopwiseJson testCase) throws Throwable;
    }

    private static FileOutputStream results;

    static synchronized void emit(String line) {
        try {
            results.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (Exception ignored) {
            // The host is gone: nothing to report to.
        }
    }

    /** fd 3 is a socket: it cannot be opened by path, so the descriptor is made by hand. */
    private static FileOutputStream fd3() throws Exception {
        FileDescriptor descriptor = new FileDescriptor();
        Field fd = FileDescriptor.class.getDeclaredField("fd");
        fd.setAccessible(true);
        fd.setInt(descriptor, 3);
        return new FileOutputStream(descriptor);
    }

    /** The process's CPU time (user + system) in ms, from /proc: no management beans to load. */
    static long cpuMs() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (Exception e) {
            return 0;
        }
    }

    static long memoryKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (Exception ignored) {
            // Not reported, then.
        }
        return 0;
    }

    static String errorOf(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getName() : error.getClass().getName() + ": " + error.getMessage();
        for (StackTraceElement frame : error.getStackTrace()) {
            if ("Solution.java".equals(frame.getFileName())) {
                return "{\"message\":" + LoopwiseJson.write(message) + ",\"line\":" + frame.getLineNumber() + "}";
            }
        }
        return "{\"message\":" + LoopwiseJson.write(message) + "}";
    }

    static void main(Case run) throws Exception {
        results = fd3();
        LoopwiseJson job = LoopwiseJson.parse(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
        long limit = job.at(0).integer, wallLimit = job.at(1).integer;
        List<LoopwiseJson> cases = job.at(2).items;
        Watchdog watchdog = new Watchdog(limit, wallLimit);
        for (int k = 0; k < cases.size(); k++) {
            emit("{\"t\":\"start\",\"i\":" + k + "}");
            String head = "{\"t\":\"case\",\"i\":" + k + ",\"ms\":";
            long started = System.nanoTime();
            watchdog.arm(k);
            String record;
            try {
                String value = run.run(cases.get(k));
                record = ",\"value\":" + value + "}";
            } catch (OutOfMemoryError error) {
                record = ",\"memory\":true}";
            } catch (Throwable error) {
                record = ",\"error\":" + errorOf(error) + "}";
            }
            watchdog.disarm();
            emit(head + (System.nanoTime() - started) / 1e6 + record);
        }
        System.out.flush();
        emit("{\"t\":\"end\",\"memoryKb\":" + memoryKb() + "}");
        Runtime.getRuntime().halt(0);
    }

    /** Polls the CPU time while a case runs; over the limit it reports the case and halts the JVM. */
    private static final class Watchdog extends Thread {
        private final long limit, wallLimit;
        private volatile int index = -1;
        private volatile long cpuStart, wallStart;

        Watchdog(long limit, long wallLimit) {
            this.limit = limit;
            this.wallLimit = wallLimit;
            setDaemon(true);
            start();
        }

        void arm(int k) {
            cpuStart = cpuMs();
            wallStart = System.nanoTime();
            index = k;
        }

        void disarm() { index = -1; }

        @Override
        public void run() {
            while (true) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
                int k = index;
                if (k < 0) continue;
                double wallMs = (System.nanoTime() - wallStart) / 1e6;
                if (cpuMs() - cpuStart > limit || wallMs > wallLimit) {
                    emit("{\"t\":\"case\",\"i\":" + k + ",\"ms\":" + wallMs + ",\"timeout\":true}");
                    Runtime.getRuntime().halt(137);
                }
            }
        }
    }
}
