package org.thirdsectorhub.opendata.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The obvious variants publishers write for numbers, dates, yes or no, and identifiers, read the one standard way. */
public final class Values {

    private static final Pattern UK_DATE = Pattern.compile(
            "^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$");
    private static final Pattern ISO_DATE_TIME_WITHOUT_ZONE = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)$");
    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern ORG_ID_PREFIX = Pattern.compile("^([A-Za-z]{2}-[A-Za-z]{2,6})-(.+)$");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Values() {}

    /** An amount written with a currency sign, thousands separators or spaces: {@code £1,000.50} is 1000.50. */
    public static Optional<BigDecimal> amount(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.strip().replace("\u00a3", "").replace(",", "").replaceAll("\\s+", "")
                .replaceFirst("(?i)^GBP", "").replaceFirst("(?i)GBP$", "");
        if (!cleaned.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(cleaned));
    }

    /** A date as the standard wants it (YYYY-MM-DD), from 31/03/2016, 2016-03-31T00:00:00 and the like. */
    public static Optional<String> isoDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        Matcher uk = UK_DATE.matcher(value);
        if (uk.matches()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(uk.group(3)), Integer.parseInt(uk.group(2)),
                        Integer.parseInt(uk.group(1)));
                return Optional.of(date.toString());
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        Matcher iso = ISO_DATE_TIME_WITHOUT_ZONE.matcher(value);
        if (iso.matches()) {
            return valid(iso.group(1));
        }
        return ISO_DATE.matcher(value).matches() ? valid(value) : Optional.empty();
    }

    /** A full date-time with an offset (what dateModified needs), from the same variants. */
    public static Optional<String> isoDateTime(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        Matcher uk = UK_DATE.matcher(value);
        try {
            if (uk.matches()) {
                LocalDateTime at = LocalDateTime.of(Integer.parseInt(uk.group(3)), Integer.parseInt(uk.group(2)),
                        Integer.parseInt(uk.group(1)), uk.group(4) == null ? 0 : Integer.parseInt(uk.group(4)),
                        uk.group(5) == null ? 0 : Integer.parseInt(uk.group(5)),
                        uk.group(6) == null ? 0 : Integer.parseInt(uk.group(6)));
                return Optional.of(at.atZone(LONDON).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            }
            Matcher iso = ISO_DATE_TIME_WITHOUT_ZONE.matcher(value);
            if (iso.matches()) {
                LocalDateTime at = LocalDateTime.parse(iso.group(1) + "T" + iso.group(2));
                return Optional.of(at.atZone(LONDON).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            }
            if (ISO_DATE.matcher(value).matches()) {
                return Optional.of(LocalDate.parse(value).atStartOfDay(LONDON).toOffsetDateTime()
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The calendar date of a standard date or date-time, if it is one. */
    public static Optional<LocalDate> dateOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            if (ISO_DATE.matcher(value).matches()) {
                return Optional.of(LocalDate.parse(value));
            }
            return Optional.of(OffsetDateTime.parse(value).toLocalDate());
        } catch (DateTimeParseException e) {
            return isoDate(value).map(LocalDate::parse);
        }
    }

    /** Y, yes, TRUE, 1 are Yes; N, no, FALSE, 0 are No. */
    public static Optional<String> yesNo(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true", "1", "t" -> Optional.of("Yes");
            case "n", "no", "false", "0", "f" -> Optional.of("No");
            default -> Optional.empty();
        };
    }

    /** An identifier without the spaces and line breaks spreadsheets let in, its org-id prefix in capitals. */
    public static String identifier(String text) {
        String compact = text.replaceAll("\\s+", "");
        Matcher prefix = ORG_ID_PREFIX.matcher(compact);
        if (prefix.matches() && !prefix.group(1).equals(prefix.group(1).toUpperCase(Locale.ROOT))
                && org.thirdsectorhub.shared.identifiers.OrgId.parse(compact).isPresent()) {
            return prefix.group(1).toUpperCase(Locale.ROOT) + "-" + prefix.group(2);
        }
        return compact;
    }

    private static Optional<String> valid(String isoDate) {
        try {
            return Optional.of(LocalDate.parse(isoDate).toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
