package dev.alertdigest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Command-line paths as the list of files they name. A path named on the command line is read whatever its name;
 * a directory is walked as {@link #RULE} says. Nothing is left out without a line on stderr saying why.
 */
final class InputFiles {

    /** The rule, as the help of every command that takes paths states it. */
    static final String RULE = "Directories are read recursively, in sorted order, following symbolic links."
            + " Inside them, hidden files and hidden directories (names starting with \".\") are skipped, and so are"
            + " special files and links that loop back: each skipped path is named on stderr (\"skipped PATH:"
            + " hidden file\"). A link to nothing is kept, so that reading it reports it. A directory with nothing"
            + " to read is named on stderr; if the PATHs hold no file at all, the command exits 2.";

    private InputFiles() {
    }

    static List<Path> expand(List<Path> paths, PrintWriter err) {
        for (Path path : paths) {
            // Path.of("") is the current directory: an unset shell variable would otherwise read everything here
            if (path.toString().isEmpty()) {
                throw new UsageError("an empty PATH was given (an unset shell variable?); name a file or a directory,"
                        + " or . for the current one");
            }
        }
        List<Path> files = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = walk(path, err);
                if (found.isEmpty()) {
                    empty.add(path.toString());
                }
                files.addAll(found);
            } else {
                files.add(path);
            }
        }
        String noFiles = String.join(", ", empty) + (empty.size() == 1 ? " holds" : " hold") + " no files to read";
        if (files.isEmpty()) {
            throw new UsageError("nothing to read: " + noFiles + "; name files, or directories that hold some");
        }
        if (!empty.isEmpty()) {
            err.println(noFiles);
        }
        return files;
    }

    /** The files below {@code root}, sorted; the paths the rule skips are named on {@code err}, in order. */
    private static List<Path> walk(Path root, PrintWriter err) {
        List<Path> files = new ArrayList<>();
        Map<Path, String> skipped = new TreeMap<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            if (!dir.equals(root) && hidden(dir)) {
                                skipped.put(dir, "hidden directory");
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (hidden(file)) {
                                skipped.put(file, "hidden file");
                            } else if (attributes.isRegularFile() || attributes.isSymbolicLink()) {
                                // following links, a link's own attributes arrive only when its target is missing
                                files.add(file);
                            } else {
                                skipped.put(file, "not a regular file");
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            skipped.put(file, e instanceof FileSystemLoopException
                                    ? "symbolic link back to a directory above it"
                                    : "cannot read it: " + IoErrors.describe(e));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            // the visitor throws nothing: this is the walk itself failing on root
            throw new UsageError("cannot read directory " + root + ": " + IoErrors.describe(e));
        }
        skipped.forEach((path, why) -> err.println("skipped " + path + ": " + why));
        files.sort(null);
        return files;
    }

    private static boolean hidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
