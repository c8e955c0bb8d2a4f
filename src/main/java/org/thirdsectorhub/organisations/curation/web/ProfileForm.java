package org.thirdsectorhub.organisations.curation.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.thirdsectorhub.organisations.LegalForm;
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.shared.geography.Postcode;

/** The part of a profile its admin edits, and a new group's first details; every field a string, checked here. */
record ProfileForm(String name, String legalForm, String description, String socialPurpose, String website, String email,
        String phone, String addressLine, String town, String postcode, String staffCount, String volunteerCount,
        String note, String runsGroup) {

    static ProfileForm of(OrganisationDraft draft) {
        return new ProfileForm(draft.name(), draft.legalForm().name(), draft.description(), draft.socialPurpose(),
                draft.website(), draft.email(), draft.phone(), draft.addressLine(), draft.town(), draft.postcode(),
                draft.staffCount() == null ? "" : draft.staffCount().toString(),
                draft.volunteerCount() == null ? "" : draft.volunteerCount().toString(), "", "");
    }

    static ProfileForm empty() {
        return new ProfileForm("", "", "", "", "", "", "", "", "", "", "", "", "", "");
    }

    /** Checks the answers; returns the replacements for the profile's fields, or rejects the form's fields. */
    Map<String, Object> check(BindingResult result, boolean withLegalForm) {
        Map<String, Object> values = new HashMap<>();
        if (blank(name)) {
            result.rejectValue("name", "curation.name.required");
        } else if (name.strip().length() > 200) {
            result.rejectValue("name", "curation.name.tooLong");
        }
        values.put("name", strip(name));
        if (withLegalForm) {
            LegalForm form = null;
            for (LegalForm candidate : LegalForm.values()) {
                if (candidate.name().equals(legalForm)) {
                    form = candidate;
                }
            }
            if (form == null) {
                result.rejectValue("legalForm", "curation.legalForm.required");
            }
            values.put("legalForm", form);
        }
        if (blank(description)) {
            result.rejectValue("description", "curation.description.required");
        } else if (description.length() > 5000) {
            result.rejectValue("description", "curation.description.tooLong");
        }
        values.put("description", strip(description));
        values.put("socialPurpose", blank(socialPurpose) ? null : socialPurpose.strip());
        if (!blank(website) && !website.strip().matches("(?i)^(https?://)?[a-z0-9.-]+\\.[a-z]{2,}(/\\S*)?$")) {
            result.rejectValue("website", "curation.website.invalid");
        }
        values.put("website", blank(website) ? null
                : website.strip().matches("(?i)^https?://.*") ? website.strip() : "https://" + website.strip());
        if (!blank(email) && !email.strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            result.rejectValue("email", "curation.email.invalid");
        }
        values.put("email", blank(email) ? null : email.strip());
        if (!blank(phone) && !phone.strip().matches("^[0-9 +()-]{6,20}$")) {
            result.rejectValue("phone", "curation.phone.invalid");
        }
        values.put("phone", blank(phone) ? null : phone.strip());
        values.put("addressLine", blank(addressLine) ? null : addressLine.strip());
        values.put("town", blank(town) ? null : town.strip());
        if (!blank(postcode)) {
            var parsed = Postcode.parse(postcode);
            if (parsed.isEmpty()) {
                result.rejectValue("postcode", "curation.postcode.invalid");
            }
            values.put("postcode", parsed.map(Postcode::value).orElse(null));
        } else {
            values.put("postcode", null);
        }
        values.put("staffCount", count(result, "staffCount", staffCount));
        values.put("volunteerCount", count(result, "volunteerCount", volunteerCount));
        if (note != null && note.length() > 1000) {
            result.rejectValue("note", "curation.note.tooLong");
        }
        return values;
    }

    public boolean runs() {
        return "yes".equals(runsGroup);
    }

    private static Integer count(BindingResult result, String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 0 && number <= 1_000_000) {
                return number;
            }
        } catch (NumberFormatException e) {
            // rejected below
        }
        result.rejectValue(field, "curation.count.invalid");
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
