package org.thirdsectorhub.organisations;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic national register in the Charity Commission extract's own format (tab-separated,
 * CRLF, header row, "2023-09-07 00:00:00.0000000" dates): the four tables the import reads. Every tenth
 * charity has a linked charity; about one in 200 operates in Milton Keynes. Deterministic (seeded).
 */
public final class SyntheticRegister {

    private static final String DATE = " 00:00:00.0000000";
    private static final String EXTRACT = "2026-11-01" + DATE;
    private static final String[] WORDS = {"Community", "Health", "Children", "Youth", "Arts", "Heritage", "Sport",
            "Animal", "Welfare", "Education", "Housing", "Hospice", "Trust", "Foundation", "Mind", "Carers", "Food",
            "Bank", "Music", "Theatre", "Scouts", "Church", "Mosque", "Library", "Garden", "River", "Wildlife", "Rescue",
            "Debt", "Advice", "Refugee", "Women", "Men", "Disability", "Autism", "Cancer", "Elderly", "Friends", "Village",
            "Hall", "Playgroup", "Allotment", "Credit", "Union", "Environment", "Climate", "Cycling", "Football", "Cricket"};
    private static final String[] PLACES = {"Bletchley", "Wolverton", "Olney", "Newport Pagnell", "Leeds", "Bristol",
            "Manchester", "Cardiff", "Norwich", "Exeter", "York", "Bath", "Derby", "Luton", "Reading", "Oxford", "Hull",
            "Leicester", "Swansea", "Durham", "Kendal", "Truro", "Lincoln", "Ipswich", "Chester"};
    private static final String[] AREAS = {"Leeds", "Bristol", "Manchester", "Cardiff", "Norfolk", "Devon", "York",
            "Derby", "Luton", "Reading", "Oxfordshire", "Kingston upon Hull", "Leicester", "Swansea", "Durham", "Cumbria",
            "Cornwall", "Lincolnshire", "Suffolk", "Cheshire West and Chester"};
    private static final String[] TYPES = {"Trust", "CIO", "Charitable company", "Other", ""};
    private static final String[] POSTCODES = {"MK9 3HS", "LS1 4DY", "BS1 5TR", "M1 1AE", "CF10 1EP", "NR2 1NH",
            "EX1 1HS", "YO1 7HH", "DE1 2FS", "LU1 2BQ", "RG1 1QH", "OX1 1DP", "HU1 2AA", "LE1 5YA", "SA1 3SN"};

    private SyntheticRegister() {}

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "target/bench/extract"), args.length > 1 ? Integer.parseInt(args[1]) : 400_000);
    }

    /** Writes {@code charities} main charities (plus linked ones) into {@code directory}. */
    public static void write(Path directory, int charities) throws IOException {
        Files.createDirectories(directory);
        SplittableRandom random = new SplittableRandom(20261125);
        try (BufferedWriter charity = writer(directory, "charity", List.of("date_of_extract", "organisation_number",
                        "registered_charity_number", "linked_charity_number", "charity_name", "charity_type",
                        "charity_registration_status", "date_of_registration", "date_of_removal", "charity_reporting_status",
                        "latest_acc_fin_period_start_date", "latest_acc_fin_period_end_date", "latest_income",
                        "latest_expenditure", "charity_contact_address1", "charity_contact_address2",
                        "charity_contact_address3", "charity_contact_address4", "charity_contact_address5",
                        "charity_contact_postcode", "charity_contact_phone", "charity_contact_email", "charity_contact_web",
                        "charity_company_registration_number", "charity_insolvent", "charity_in_administration",
                        "charity_previously_excepted", "charity_is_cdf_or_cif", "charity_is_cio", "cio_is_dissolved",
                        "date_cio_dissolution_notice", "charity_activities", "charity_gift_aid", "charity_has_land"));
                BufferedWriter classification = writer(directory, "charity_classification", List.of("date_of_extract",
                        "organisation_number", "registered_charity_number", "linked_charity_number", "classification_code",
                        "classification_type", "classification_description"));
                BufferedWriter areas = writer(directory, "charity_area_of_operation", List.of("date_of_extract",
                        "organisation_number", "registered_charity_number", "linked_charity_number", "geographic_area_type",
                        "geographic_area_description", "parent_geographic_area_type", "parent_geographic_area_description",
                        "welsh_ind"));
                BufferedWriter names = writer(directory, "charity_other_names", List.of("date_of_extract",
                        "organisation_number", "registered_charity_number", "linked_charity_number", "charity_name_id",
                        "charity_name_type", "charity_name"))) {
            int organisation = 1_000_000;
            for (int i = 0; i < charities; i++) {
                int number = 1_000_000 + i;
                organisation++;
                String place = PLACES[random.nextInt(PLACES.length)];
                String name = place + " " + WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)]
                        + " " + (i % 7 == 0 ? "Trust" : i % 7 == 1 ? "Association" : "Charity") + " " + Integer.toString(i, 36);
                String type = TYPES[random.nextInt(TYPES.length)];
                boolean removed = random.nextInt(10) == 0;
                boolean company = type.equals("Charitable company");
                LocalDate registered = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(23_000));
                String activities = "The charity " + WORDS[random.nextInt(WORDS.length)].toLowerCase() + " work in " + place
                        + ": supports " + WORDS[random.nextInt(WORDS.length)].toLowerCase() + " and "
                        + WORDS[random.nextInt(WORDS.length)].toLowerCase() + " projects, runs activities for local people,"
                        + " gives advice and information and works with other charities in the area.";
                String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
                row(charity, EXTRACT, organisation, number, 0, name, type, removed ? "Removed" : "Registered",
                        registered + DATE, removed ? registered.plusYears(20) + DATE : "", removed ? "Removed" : "Submission Received",
                        "2025-04-01" + DATE, "2026-03-31" + DATE, String.valueOf(random.nextInt(5_000_000)),
                        String.valueOf(random.nextInt(5_000_000)), random.nextInt(200) + " High Street", "", place, "", "",
                        POSTCODES[random.nextInt(POSTCODES.length)], "01234 " + (100_000 + random.nextInt(800_000)),
                        slug + "@example.org", "www." + slug + ".example.org",
                        company ? String.format("%08d", 1_000_000 + i) : "", "False", "False", "False", "False",
                        type.equals("CIO") ? "True" : "False", "", "", activities, "True", "False");
                int codes = 2 + random.nextInt(8);
                for (int c = 0; c < codes; c++) {
                    int code = c % 3 == 0 ? 101 + random.nextInt(17) : c % 3 == 1 ? 201 + random.nextInt(7) : 301 + random.nextInt(10);
                    row(classification, EXTRACT, organisation, number, 0, code, c % 3 == 0 ? "What" : c % 3 == 1 ? "Who" : "How",
                            "Description");
                }
                boolean miltonKeynes = random.nextInt(200) == 0;
                row(areas, EXTRACT, organisation, number, 0, "Local Authority",
                        miltonKeynes ? "Milton Keynes" : AREAS[random.nextInt(AREAS.length)], "", "", "False");
                if (random.nextInt(4) == 0) {
                    row(areas, EXTRACT, organisation, number, 0, "Region", "Throughout England", "", "", "False");
                }
                if (random.nextInt(3) == 0) {
                    row(names, EXTRACT, organisation, number, 0, organisation, random.nextBoolean() ? "Working name"
                            : "Previous name", place + " " + WORDS[random.nextInt(WORDS.length)] + " Group");
                }
                if (i % 10 == 0) {
                    organisation++;
                    row(charity, EXTRACT, organisation, number, 1, name + " Endowment", "", "Registered", registered + DATE,
                            "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "False", "False", "", "", "", "",
                            "", "", "", "");
                }
            }
        }
    }

    private static BufferedWriter writer(Path directory, String table, List<String> header) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(directory.resolve("publicextract." + table + ".txt"),
                StandardCharsets.UTF_8);
        writer.write(String.join("\t", header));
        writer.write("\r\n");
        return writer;
    }

    private static void row(BufferedWriter writer, Object... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                writer.write('\t');
            }
            writer.write(String.valueOf(fields[i]));
        }
        writer.write("\r\n");
    }
}
