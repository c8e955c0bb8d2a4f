package org.thirdsectorhub.organisations.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Copies of the real register extract sample in ../shared/data, for tests. Every copy gets its own
 * charity and organisation numbers (the sample's plus an offset), so tests sharing the one Spring
 * context and database don't import the same charities, nor collide with the demo register.
 */
final class SampleExtract {

    static final Path SAMPLE = Path.of("../shared/data/charity-commission/ccew-extract-format-sample");
    private static final AtomicInteger COPIES = new AtomicInteger();

    final Path directory;
    final int offset;

    private SampleExtract(Path directory, int offset) {
        this.directory = directory;
        this.offset = offset;
    }

    /** A fresh copy with numbers shifted by a new offset. */
    static SampleExtract copy(Path parent) {
        int offset = 10_000_000 + 2_000_000 * COPIES.incrementAndGet();
        Path target = parent.resolve("extract-" + offset);
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(SAMPLE)) {
                for (Path file : files.toList()) {
                    List<String> lines = read(file);
                    List<String> out = new ArrayList<>();
                    String[] header = lines.get(0).split("\t", -1);
                    out.add(lines.get(0));
                    for (String line : lines.subList(1, lines.size())) {
                        String[] fields = line.split("\t", -1);
                        for (int i = 0; i < header.length && i < fields.length; i++) {
                            if ((header[i].equals("organisation_number") || header[i].equals("registered_charity_number"))
                                    && fields[i].matches("[0-9]+")) {
                                fields[i] = String.valueOf(Integer.parseInt(fields[i]) + offset);
                            }
                        }
                        out.add(String.join("\t", fields));
                    }
                    write(target.resolve(file.getFileName()), out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SampleExtract(target, offset);
    }

    /** A copy of this copy (same numbers), for a "newer extract". */
    SampleExtract newer(Path parent) {
        Path target = parent.resolve("newer-" + offset + "-" + COPIES.incrementAndGet());
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SampleExtract(target, offset);
    }

    Path charity() {
        return directory.resolve("publicextract.charity.txt");
    }

    /** Rewrites each line (not the header) of a table; return null to drop the line. */
    void edit(String table, UnaryOperator<String> change) {
        Path file = directory.resolve(table);
        List<String> lines = read(file);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String changed = change.apply(line);
            if (changed != null) {
                out.add(changed);
            }
        }
        write(file, out);
    }

    /** The main rows of the charity table, as fields. */
    List<String[]> mainCharities() {
        return read(charity()).stream().skip(1).map(line -> line.split("\t", -1)).filter(f -> f[3].equals("0")).toList();
    }

    Path zip(Path parent) {
        Path zip = parent.resolve("extract-" + offset + ".zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
                Stream<Path> files = Files.list(directory)) {
            for (Path table : files.toList()) {
                out.putNextEntry(new ZipEntry("extract/" + table.getFileName()));
                Files.copy(table, out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }

    static List<String> read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new ArrayList<>(List.of(text.split("\r\n", -1))).stream().filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, List<String> lines) {
        try {
            Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
