package org.thirdsectorhub.organisations.imports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thirdsectorhub.organisations.LegalForm;
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.organisations.OrganisationStatus;
import org.thirdsectorhub.organisations.register.FirstLoad;
import org.thirdsectorhub.organisations.register.NewRows;
import org.thirdsectorhub.organisations.register.OrganisationBatchStore;
import org.thirdsectorhub.shared.geography.Postcode;
import org.thirdsectorhub.shared.identifiers.OrgId;
import org.thirdsectorhub.shared.identifiers.OrgIdScheme;

/**
 * Imports the Charity Commission register extract, streamed. The side tables (areas of operation,
 * classification, other names) are read first into compact maps keyed by organisation_number, holding
 * only the charities the import keeps (about 60 MB for the whole register of 400,000); then the main
 * table streams past in batches. That is one pass over each file and needs no sort, whereas a merge
 * join would need every table sorted by organisation_number, which the Commission does not promise.
 * Charities that disappear from the extract are marked removed.
 */
final class CharityCommissionImporter {

    private static final List<String> CHARITY_COLUMNS = List.of("organisation_number", "registered_charity_number",
            "linked_charity_number", "charity_name", "charity_registration_status");
    private static final List<String> SIDE_COLUMNS = List.of("organisation_number", "linked_charity_number");

    private final OrganisationBatchStore store;
    private int batches;
    private final AreasOfOperation areas;
    private final Set<String> knownAreas;
    private final Set<String> knownCodes;
    private final int batchSize;
    private final boolean bulkLoad;

    /** {@code bulkLoad}: load without a foreign-key check per row (a first import into an empty register). */
    CharityCommissionImporter(OrganisationBatchStore store, AreasOfOperation areas, Set<String> knownAreas,
            Set<String> knownCodes, int batchSize, boolean bulkLoad) {
        this.bulkLoad = bulkLoad;
        this.store = store;
        this.areas = areas;
        this.knownAreas = knownAreas;
        this.knownCodes = knownCodes;
        this.batchSize = batchSize;
    }

    void run(Path path, String area, OrganisationBatchStore.Session session, ImportProgress progress) {
        long started = System.nanoTime();
        try (CharityCommissionExtract extract = CharityCommissionExtract.open(path)) {
            Set<Integer> inArea = area == null ? null : new HashSet<>();
            Map<Integer, String[]> areaCodes = new HashMap<>();
            boolean hasAreas = extract.has(CharityCommissionExtract.AREA_OF_OPERATION);
            if (!hasAreas && area != null) {
                throw new ImportRefused("The extract has no " + CharityCommissionExtract.AREA_OF_OPERATION
                        + ", so it cannot be filtered to the area " + area + ".");
            }
            if (hasAreas && area != null) {
                // The other side tables keep only the charities in the area, so the areas come first.
                progress.stage("areas of operation");
                readAreas(extract, area, inArea, areaCodes, progress);
            }
            // The largest side table is read on a second thread while this one reads the rest: the database
            // has nothing to do until the side tables are in memory.
            progress.stage("areas of operation, classification and other names");
            Map<Integer, short[]> classification = new HashMap<>();
            SideRead classificationRead = SideRead.start("charity-commission-classification", () -> {
                if (extract.has(CharityCommissionExtract.CLASSIFICATION)) {
                    readClassification(extract, inArea, classification, progress);
                }
            });
            if (hasAreas && area == null) {
                readAreas(extract, null, null, areaCodes, progress);
            }
            Map<Integer, List<OrganisationDraft.OtherName>> otherNames = new HashMap<>();
            if (extract.has(CharityCommissionExtract.OTHER_NAMES)) {
                readOtherNames(extract, inArea, otherNames, progress);
            }
            classificationRead.join();
            OrganisationBatchStore.time("stage: side tables read", started);
            FirstLoad load = bulkLoad ? store.beginBulkLoad() : null;
            long charities = System.nanoTime();
            progress.stage("charities");
            BitSet present = new BitSet();
            Sides sides = new Sides(inArea, areaCodes, classification, otherNames);
            if (load != null && load.intoEmptyRegister()) {
                // Every charity is new: batches go to the database as COPY rows made on the reading thread.
                ReadAhead.<NewRows>run("charity-commission-reader", sink -> readCharities(extract, sides, present, progress,
                        batch -> sink.accept(store.newRows(session, batch))),
                        rows -> progress.imported(store.insert(session, rows).imported()));
            } else {
                ReadAhead.<List<OrganisationBatchStore.Incoming>>run("charity-commission-reader",
                        sink -> readCharities(extract, sides, present, progress, sink),
                        batch -> flush(session, batch, progress));
                progress.stage("charities no longer registered");
                removeAbsent(session, present, progress);
            }
            OrganisationBatchStore.time("stage: charities read and written", charities);
            if (load != null) {
                progress.stage("indexes");
                load.finish();
            }
        }
    }

    /** The side tables as read, kept by organisation_number; {@code inArea} null when the import is not filtered. */
    private record Sides(Set<Integer> inArea, Map<Integer, String[]> areaCodes, Map<Integer, short[]> classification,
            Map<Integer, List<OrganisationDraft.OtherName>> otherNames) {}

    /**
     * Reads the charity table into batches of drafts. A charity number that comes twice is reported and its
     * later rows skipped: the register keeps one organisation per registered charity.
     */
    private void readCharities(CharityCommissionExtract extract, Sides sides, BitSet present, ImportProgress progress,
            java.util.function.Consumer<List<OrganisationBatchStore.Incoming>> sink) {
        String label = CharityCommissionExtract.CHARITY;
        BitSet kept = new BitSet();
        List<List<OrganisationBatchStore.Incoming>> batch = new ArrayList<>(List.of(new ArrayList<>(batchSize)));
        TabSeparatedFile.read(extract.table(label), label, CHARITY_COLUMNS, progress, row -> {
            OrganisationBatchStore.Incoming charity = charity(row, sides, present, kept, progress);
            if (charity != null) {
                batch.get(0).add(charity);
                if (batch.get(0).size() >= batchSize) {
                    sink.accept(batch.set(0, new ArrayList<>(batchSize)));
                }
            }
        });
        if (!batch.get(0).isEmpty()) {
            sink.accept(batch.get(0));
        }
    }

    /** The charity on this row, or null when it is skipped (a linked charity, outside the area) or failed. */
    private OrganisationBatchStore.Incoming charity(TabSeparatedFile.Row row, Sides sides, BitSet present, BitSet kept,
            ImportProgress progress) {
        String label = CharityCommissionExtract.CHARITY;
        progress.rowRead();
        Integer organisation = integer(row, "organisation_number", label, progress);
        Integer charityNumber = integer(row, "registered_charity_number", label, progress);
        Integer linked = integer(row, "linked_charity_number", label, progress);
        if (organisation == null || charityNumber == null || linked == null) {
            return null;
        }
        present.set(charityNumber);
        if (linked != 0 || (sides.inArea() != null && !sides.inArea().contains(organisation))) {
            progress.skipped(1);
            return null;
        }
        if (kept.get(charityNumber)) {
            progress.problem(new ImportProblem(label, row.line(), "registered_charity_number " + charityNumber
                    + " came on an earlier row already; this row was skipped"));
            return null;
        }
        try {
            OrganisationDraft draft = draft(row, charityNumber, sides.areaCodes().get(organisation),
                    sides.classification().get(organisation), sides.otherNames().get(organisation));
            kept.set(charityNumber);
            return new OrganisationBatchStore.Incoming(String.valueOf(charityNumber), draft.identifiers().get(0), draft);
        } catch (IllegalArgumentException e) {
            progress.problem(new ImportProblem(label, row.line(), e.getMessage()));
            return null;
        }
    }

    private void flush(OrganisationBatchStore.Session session, List<OrganisationBatchStore.Incoming> batch,
            ImportProgress progress) {
        if (batch.isEmpty()) {
            return;
        }
        OrganisationBatchStore.Outcome outcome = store.write(session, batch);
        // Statistics after the first batch that wrote anything and then every 100 such, so the planner knows how
        // big the tables are; a batch that changed nothing leaves the statistics as they were.
        if (outcome.imported() + outcome.updated() > 0 && ++batches % 100 == 1) {
            store.analyse();
        }
        progress.imported(outcome.imported());
        progress.updated(outcome.updated());
        progress.unchanged(outcome.unchanged());
        progress.flagged(outcome.flagged());
        batch.clear();
    }

    private void removeAbsent(OrganisationBatchStore.Session session, BitSet present, ImportProgress progress) {
        List<OrganisationBatchStore.Absent> absent = new ArrayList<>();
        if (batches > 0) {
            store.analyse();
        }
        store.eachImported(session.source(), (key, id) -> {
            if (key.matches("[0-9]{1,9}") && !present.get(Integer.parseInt(key))) {
                absent.add(new OrganisationBatchStore.Absent(key, id));
            }
        });
        for (int from = 0; from < absent.size(); from += batchSize) {
            OrganisationBatchStore.Outcome outcome = store.remove(session,
                    absent.subList(from, Math.min(absent.size(), from + batchSize)));
            progress.removed(outcome.updated());
            progress.flagged(outcome.flagged());
        }
    }

    private void readAreas(CharityCommissionExtract extract, String area, Set<Integer> inArea,
            Map<Integer, String[]> areaCodes, ImportProgress progress) {
        String label = CharityCommissionExtract.AREA_OF_OPERATION;
        TabSeparatedFile.read(extract.table(label), label, List.of("organisation_number", "linked_charity_number",
                "geographic_area_description"), progress, row -> {
            Integer organisation = integer(row, "organisation_number", label, progress);
            if (organisation == null || !"0".equals(row.get("linked_charity_number"))) {
                return;
            }
            areas.gss(row.get("geographic_area_description")).ifPresent(gss -> {
                if (gss.equals(area)) {
                    inArea.add(organisation);
                }
                if (knownAreas.contains(gss)) {
                    String[] codes = areaCodes.get(organisation);
                    if (codes == null) {
                        areaCodes.put(organisation, new String[] {gss.intern()});
                    } else if (!Arrays.asList(codes).contains(gss)) {
                        String[] more = Arrays.copyOf(codes, codes.length + 1);
                        more[codes.length] = gss.intern();
                        areaCodes.put(organisation, more);
                    }
                }
            });
        });
        if (inArea != null) {
            areaCodes.keySet().retainAll(inArea);
        }
    }

    private void readClassification(CharityCommissionExtract extract, Set<Integer> inArea,
            Map<Integer, short[]> classification, ImportProgress progress) {
        String label = CharityCommissionExtract.CLASSIFICATION;
        TabSeparatedFile.read(extract.table(label), label, List.of("organisation_number", "linked_charity_number",
                "classification_code"), progress, row -> {
            Integer organisation = integer(row, "organisation_number", label, progress);
            if (organisation == null || !"0".equals(row.get("linked_charity_number"))
                    || (inArea != null && !inArea.contains(organisation))) {
                return;
            }
            String code = row.get("classification_code");
            if (code == null || !knownCodes.contains(code)) {
                progress.problem(new ImportProblem(label, row.line(), "classification_code " + quoted(code)
                        + " is not one of the Commission's codes 101 to 310"));
                return;
            }
            short value = Short.parseShort(code);
            short[] codes = classification.get(organisation);
            if (codes == null) {
                classification.put(organisation, new short[] {value});
            } else {
                short[] more = Arrays.copyOf(codes, codes.length + 1);
                more[codes.length] = value;
                classification.put(organisation, more);
            }
        });
    }

    private void readOtherNames(CharityCommissionExtract extract, Set<Integer> inArea,
            Map<Integer, List<OrganisationDraft.OtherName>> otherNames, ImportProgress progress) {
        String label = CharityCommissionExtract.OTHER_NAMES;
        TabSeparatedFile.read(extract.table(label), label, List.of("organisation_number", "linked_charity_number",
                "charity_name_type", "charity_name"), progress, row -> {
            Integer organisation = integer(row, "organisation_number", label, progress);
            if (organisation == null || !"0".equals(row.get("linked_charity_number"))
                    || (inArea != null && !inArea.contains(organisation))) {
                return;
            }
            String name = row.get("charity_name");
            if (name == null || name.isBlank()) {
                progress.problem(new ImportProblem(label, row.line(), "charity_name is empty"));
                return;
            }
            otherNames.computeIfAbsent(organisation, o -> new ArrayList<>(2)).add(new OrganisationDraft.OtherName(
                    name.strip(), "Previous name".equalsIgnoreCase(row.get("charity_name_type"))));
        });
    }

    static OrganisationDraft draft(TabSeparatedFile.Row row, int charityNumber, String[] areaCodes, short[] codes,
            List<OrganisationDraft.OtherName> otherNames) {
        String name = row.get("charity_name");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("charity_name is empty");
        }
        OrgId charity = OrgId.of(OrgIdScheme.GB_CHC, String.valueOf(charityNumber)).orElseThrow(() ->
                new IllegalArgumentException("registered_charity_number " + charityNumber
                        + " is not a charity number (6 to 8 digits)"));
        List<OrgId> identifiers = new ArrayList<>(List.of(charity));
        String company = row.get("charity_company_registration_number");
        if (company != null) {
            OrgId.of(OrgIdScheme.GB_COH, company).ifPresent(identifiers::add);
        }
        String status = row.get("charity_registration_status");
        OrganisationStatus registration = switch (status == null ? "" : status.strip().toLowerCase()) {
            case "registered" -> OrganisationStatus.ACTIVE;
            case "removed" -> OrganisationStatus.REMOVED;
            default -> throw new IllegalArgumentException("charity_registration_status " + quoted(status)
                    + " is neither Registered nor Removed");
        };
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String line = row.get("charity_contact_address" + i);
            if (line != null && !line.isBlank()) {
                lines.add(line.strip());
            }
        }
        String town = lines.size() > 1 ? lines.remove(lines.size() - 1) : null;
        Set<String> purposes = new HashSet<>();
        if (codes != null) {
            for (short code : codes) {
                purposes.add(String.valueOf(code));
            }
        }
        String email = row.get("charity_contact_email");
        return new OrganisationDraft(name.strip(), otherNames, legalForm(row, company), registration,
                row.get("charity_activities"), null, identifiers, purposes, Set.of(),
                areaCodes == null ? Set.of() : Set.of(areaCodes), row.get("charity_contact_web"),
                email != null && email.contains("@") ? email.strip() : null, row.get("charity_contact_phone"),
                lines.isEmpty() ? null : String.join(", ", lines), town,
                Postcode.parse(row.get("charity_contact_postcode")).map(Postcode::value).orElse(null), null,
                money(row.get("latest_income")), null, null, date(row.get("date_of_registration")), List.of(), List.of(),
                false, false, null, false, false);
    }

    /**
     * The register's charity types: "Trust", "CIO", "Charitable company", "Other" (mostly unincorporated
     * associations), "Previously excepted" and blank (older registrations, recorded as trusts).
     */
    static LegalForm legalForm(TabSeparatedFile.Row row, String company) {
        String type = row.get("charity_type") == null ? "" : row.get("charity_type").strip().toLowerCase();
        if ("True".equalsIgnoreCase(row.get("charity_is_cio")) || type.equals("cio")) {
            return LegalForm.CHARITABLE_INCORPORATED_ORGANISATION;
        }
        if (type.equals("charitable company") || company != null) {
            return LegalForm.CHARITABLE_COMPANY;
        }
        if (type.equals("other")) {
            return LegalForm.UNINCORPORATED_ASSOCIATION;
        }
        return LegalForm.CHARITABLE_TRUST;
    }

    private static BigDecimal money(String text) {
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.signum() < 0 || value.precision() - value.scale() > 13) {
                throw new IllegalArgumentException("latest_income " + quoted(text) + " is out of range");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("latest_income " + quoted(text) + " is not a number");
        }
    }

    /** "2023-09-07 00:00:00.0000000" or "2023-09-07". */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("date_of_registration " + quoted(text) + " is not a date");
        }
    }

    private static Integer integer(TabSeparatedFile.Row row, String column, String label, ImportProgress progress) {
        String text = row.get(column);
        if (text != null && text.length() <= 9 && allDigits(text)) {
            return Integer.parseInt(text);
        }
        progress.problem(new ImportProblem(label, row.line(), column + " " + quoted(text) + " is not a whole number"));
        return null;
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static String quoted(String text) {
        return text == null ? "(empty)" : "\u201c" + (text.length() > 60 ? text.substring(0, 60) + "\u2026" : text) + "\u201d";
    }
}
