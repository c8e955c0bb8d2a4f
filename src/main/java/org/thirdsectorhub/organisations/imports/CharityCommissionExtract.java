package org.thirdsectorhub.organisations.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The register extract's tables: a directory of {@code publicextract.*.txt} files, or a ZIP of them
 * (unpacked, streamed, into a temporary directory that {@link #close()} removes).
 */
final class CharityCommissionExtract implements AutoCloseable {

    static final String CHARITY = "publicextract.charity.txt";
    static final String OTHER_NAMES = "publicextract.charity_other_names.txt";
    static final String CLASSIFICATION = "publicextract.charity_classification.txt";
    static final String AREA_OF_OPERATION = "publicextract.charity_area_of_operation.txt";

    private final Path directory;
    private final Path unpacked;

    private CharityCommissionExtract(Path directory, Path unpacked) {
        this.directory = directory;
        this.unpacked = unpacked;
    }

    static CharityCommissionExtract open(Path path) {
        if (Files.isDirectory(path)) {
            return checked(new CharityCommissionExtract(path, null));
        }
        if (!Files.isRegularFile(path)) {
            throw new ImportRefused("There is no file or directory at " + path + ".");
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
            // One table given alone: read its siblings from the same directory.
            return checked(new CharityCommissionExtract(path.toAbsolutePath().getParent(), null));
        }
        try {
            Path target = Files.createTempDirectory("ccew-extract");
            CharityCommissionExtract extract = new CharityCommissionExtract(target, target);
            try (InputStream file = Files.newInputStream(path); ZipInputStream zip = new ZipInputStream(file)) {
                ZipEntry entry;
                boolean any = false;
                while ((entry = zip.getNextEntry()) != null) {
                    any = true;
                    String name = Path.of(entry.getName()).getFileName().toString();
                    if (!entry.isDirectory() && name.startsWith("publicextract.") && name.endsWith(".txt")) {
                        Files.copy(zip, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                if (!any) {
                    extract.close();
                    throw new ImportRefused(path.getFileName() + " is not a ZIP file of the Charity Commission"
                            + " register extract (nothing could be unpacked from it).");
                }
            } catch (ZipException e) {
                extract.close();
                throw new ImportRefused(path.getFileName() + " is not a readable ZIP file: " + e.getMessage(), e);
            }
            return checked(extract);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharityCommissionExtract checked(CharityCommissionExtract extract) {
        if (!Files.isRegularFile(extract.table(CHARITY))) {
            extract.close();
            throw new ImportRefused("The register extract has no " + CHARITY
                    + " (the main table); give the directory or ZIP of the extract's publicextract.*.txt files.");
        }
        return extract;
    }

    Path table(String name) {
        return directory.resolve(name);
    }

    boolean has(String name) {
        return Files.isRegularFile(table(name));
    }

    @Override
    public void close() {
        if (unpacked == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(unpacked)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is harmless.
        }
    }
}
