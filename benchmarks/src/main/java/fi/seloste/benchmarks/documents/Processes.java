package fi.seloste.benchmarks.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the benchmark's child processes ({@code ./mvnw} and the core-timing JVMs) with their output in a log
 * file, so a failure can be shown and a timed run is not slowed by a console.
 */
final class Processes {

    /**
     * @param exitCode the exit code, or -1 when it was killed after the time limit
     * @param millis wall time from start to exit
     * @param output everything it printed, stdout and stderr together
     */
    record Result(int exitCode, double millis, List<String> output) {
        boolean ok() {
            return exitCode == 0;
        }

        String tail(int lines) {
            return String.join("\n", output.subList(Math.max(0, output.size() - lines), output.size()));
        }
    }

    private Processes() {}

    static Result run(Path directory, List<String> command, Path log, long timeoutMinutes) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        int exit;
        if (process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            exit = process.exitValue();
        } else {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            exit = -1;
        }
        double millis = (System.nanoTime() - start) / 1e6;
        return new Result(exit, millis, new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8)));
    }

    /** @return the command that runs the seloste repository's Maven wrapper with these arguments */
    static List<String> mvnw(Path root, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("mvnw").toString());
        command.addAll(arguments);
        return command;
    }
}
