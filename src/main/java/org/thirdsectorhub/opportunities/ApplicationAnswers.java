package org.thirdsectorhub.opportunities;

import java.time.LocalDate;
import java.util.List;

/** An applicant's answers to the question pages; anything not yet answered is null. */
public record ApplicationAnswers(String summary, String outcomes, String beneficiaries, List<String> wardCodes,
        LocalDate startsOn, LocalDate endsOn) {

    public static final ApplicationAnswers NONE = new ApplicationAnswers(null, null, null, List.of(), null, null);

    public ApplicationAnswers {
        wardCodes = wardCodes == null ? List.of() : List.copyOf(wardCodes);
    }
}
