package org.thirdsectorhub.organisations.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.thirdsectorhub.organisations.LegalForm;
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.organisations.OrganisationStatus;
import org.thirdsectorhub.organisations.ProfitDistribution;
import org.thirdsectorhub.organisations.QualityMark;
import org.thirdsectorhub.organisations.ServiceDraft;
import org.thirdsectorhub.shared.identifiers.OrgId;
import org.thirdsectorhub.shared.identifiers.OrgIdScheme;

/** Invents believable Milton Keynes organisations from a seed, so every demo hub has the same register. */
final class DemoOrganisations {

    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    /** Ward code, the place people call it, and its postcode districts. */
    private static final List<Place> PLACES = List.of(
            new Place("E05009406", "Bletchley", "Bletchley", "MK2", "MK3"),
            new Place("E05009407", "Bletchley", "Bletchley Park", "MK3"),
            new Place("E05009408", "Bletchley", "Far Bletchley", "MK3"),
            new Place("E05009409", "Milton Keynes", "Bradwell", "MK13"),
            new Place("E05009410", "Milton Keynes", "Broughton", "MK10"),
            new Place("E05009411", "Milton Keynes", "Campbell Park", "MK6", "MK9"),
            new Place("E05009412", "Milton Keynes", "Central Milton Keynes", "MK9"),
            new Place("E05009413", "Milton Keynes", "Walton", "MK7"),
            new Place("E05009414", "Milton Keynes", "Loughton", "MK5"),
            new Place("E05009415", "Milton Keynes", "Monkston", "MK10"),
            new Place("E05009416", "Hanslope", "Hanslope", "MK19"),
            new Place("E05009417", "Newport Pagnell", "Newport Pagnell", "MK16"),
            new Place("E05009418", "Olney", "Olney", "MK46"),
            new Place("E05009419", "Milton Keynes", "Shenley Brook End", "MK5"),
            new Place("E05009420", "Milton Keynes", "Stantonbury", "MK14"),
            new Place("E05009421", "Stony Stratford", "Stony Stratford", "MK11"),
            new Place("E05009422", "Milton Keynes", "Tattenhoe", "MK4"),
            new Place("E05009423", "Wolverton", "Wolverton", "MK12"),
            new Place("E05009424", "Milton Keynes", "Fishermead", "MK6"));

    private static final List<String> STREETS = List.of("High Street", "Church Street", "Station Road", "Queensway",
            "Aylesbury Street", "Silbury Boulevard", "Midsummer Boulevard", "Saxon Street", "London Road", "Victoria Road",
            "Newport Road", "Stratford Road", "Marlborough Street", "Watling Street", "Tavistock Street", "Buckingham Road");

    private final Random random;
    private final Set<String> usedNames = new HashSet<>();

    DemoOrganisations(long seed) {
        this.random = new Random(seed);
    }

    record Generated(OrganisationDraft draft, String source, List<ServiceDraft> services) {}

    OrganisationDraft demoOrganisation() {
        Place place = PLACES.get(0);
        return new OrganisationDraft("Bletchley Community Larder", List.of(new OrganisationDraft.OtherName("Bletchley Food Hub", true)),
                LegalForm.CHARITABLE_INCORPORATED_ORGANISATION, OrganisationStatus.ACTIVE,
                "A community larder and cookery club for families in Bletchley and Fenny Stratford: affordable food, "
                        + "cooking skills and a warm welcome.",
                "To relieve poverty and advance health in Bletchley by providing affordable food and cookery education.",
                List.of(OrgId.of(OrgIdScheme.GB_CHC, "1184203").orElseThrow()), Set.of("105", "103", "201", "207", "306"),
                Set.of("food", "cost of living"), Set.of(place.ward(), "E06000042"), "https://bletchleylarder.example.org",
                "hello@bletchleylarder.example.org", "01908 000101", "12 Queensway", "Bletchley", "MK2 2SA", place.ward(),
                new BigDecimal("86500.00"), 3, 42, LocalDate.of(2016, 4, 1),
                List.of(new OrganisationDraft.QualityMarkHeld(QualityMark.PQASSO_LEVEL_1, LocalDate.of(2024, 5, 1),
                        LocalDate.of(2027, 4, 30))),
                List.of(new OrganisationDraft.Contact("Siobhan Kelly", "Coordinator", "siobhan@bletchleylarder.example.org",
                        "01908 000101")),
                false, false, ProfitDistribution.NONE, true, false);
    }

    ServiceDraft larderService() {
        return new ServiceDraft("Community larder", "Members pay £4 a week for groceries worth about £20.",
                "https://bletchleylarder.example.org/larder", "hello@bletchleylarder.example.org", "01908 000101", "active",
                "£4 a week membership", "Anyone living in Milton Keynes", Set.of("105"),
                List.of(new ServiceDraft.Schedule("WEEKLY", "TU,TH", LocalTime.of(10, 0), LocalTime.of(13, 0),
                        "Tuesdays and Thursdays, 10am to 1pm")),
                List.of(new ServiceDraft.Location("Bletchley Community Larder", "12 Queensway", "Bletchley", "MK2 2SA",
                        new BigDecimal("51.996400"), new BigDecimal("-0.736300"), "E05009406")));
    }

    List<OrganisationDraft> publicBodies() {
        return List.of(
                publicBody("Milton Keynes City Council", OrgId.of(OrgIdScheme.GB_LAE, "MIK").orElseThrow(),
                        "The unitary authority for Milton Keynes.", "Civic Offices, 1 Saxon Gate East", "MK9 3EJ", "E05009412"),
                publicBody("Bedfordshire, Luton and Milton Keynes Integrated Care Board",
                        OrgId.of(OrgIdScheme.GB_NHS, "QHG").orElseThrow(),
                        "Plans and buys NHS services for Bedfordshire, Luton and Milton Keynes.", "Arndale House", "LU1 2LJ", null),
                publicBody("Milton Keynes University Hospital NHS Foundation Trust", OrgId.of(OrgIdScheme.GB_NHS, "RD8").orElseThrow(),
                        "The district's acute hospital.", "Standing Way, Eaglestone", "MK6 5LD", "E05009424"),
                publicBody("Thames Valley Police", null, "The police force for Berkshire, Buckinghamshire, Oxfordshire and Milton Keynes.",
                        "Milton Keynes Police Station, 302 North Row", "MK9 2DS", "E05009412"),
                publicBody("Office of the Police and Crime Commissioner for Thames Valley", null,
                        "Sets priorities and the budget for policing in the Thames Valley, and commissions victim services.",
                        "The Farmhouse, Kidlington", "OX5 2NX", null));
    }

    private OrganisationDraft publicBody(String name, OrgId orgId, String description, String address, String postcode,
            String ward) {
        return new OrganisationDraft(name, List.of(), LegalForm.PUBLIC_BODY, OrganisationStatus.ACTIVE, description, null,
                orgId == null ? List.of() : List.of(orgId), Set.of(), Set.of("public body", "commissioner"),
                Set.of("E06000042"), null, null, null, address, null, postcode, ward, null, null, null, null, List.of(),
                List.of(), true, false, ProfitDistribution.NONE, false, false);
    }

    List<Generated> organisations(int count) {
        List<Generated> result = new ArrayList<>();
        while (result.size() < count) {
            Activity activity = Activity.ALL.get(random.nextInt(Activity.ALL.size()));
            Place place = PLACES.get(random.nextInt(PLACES.size()));
            String name = activity.name(place, random);
            if (!usedNames.add(name)) {
                continue;
            }
            result.add(generate(name, activity, place));
            if (result.size() % 60 == 0) {
                result.add(nearDuplicate(result.get(result.size() - 1)));
            }
        }
        return result;
    }

    private Generated generate(String name, Activity activity, Place place) {
        LegalForm form = activity.forms().get(random.nextInt(activity.forms().size()));
        List<OrgId> identifiers = identifiers(form);
        String postcode = postcode(place);
        BigDecimal income = income(form);
        boolean dissolved = random.nextInt(40) == 0;
        Set<String> purposes = new LinkedHashSet<>(activity.purposes());
        purposes.add(activity.beneficiaries().get(random.nextInt(activity.beneficiaries().size())));
        purposes.add("306");
        Set<String> areas = new LinkedHashSet<>(List.of(place.ward()));
        if (random.nextInt(4) == 0) {
            areas.add("E06000042");
        }
        List<OrganisationDraft.QualityMarkHeld> marks = new ArrayList<>();
        if (random.nextInt(6) == 0) {
            QualityMark mark = QualityMark.values()[random.nextInt(QualityMark.values().length)];
            LocalDate awarded = LocalDate.of(2022 + random.nextInt(4), 1 + random.nextInt(12), 1);
            marks.add(new OrganisationDraft.QualityMarkHeld(mark, awarded, awarded.plusYears(3).minusDays(1)));
        }
        String address = (1 + random.nextInt(180)) + " " + STREETS.get(random.nextInt(STREETS.size()));
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        boolean controlled = form == LegalForm.COMPANY_LIMITED_BY_GUARANTEE && random.nextInt(12) == 0;
        OrganisationDraft draft = new OrganisationDraft(name, List.of(), form,
                dissolved ? OrganisationStatus.DISSOLVED : OrganisationStatus.ACTIVE,
                activity.description(place), activity.purpose(),
                identifiers, purposes, Set.of(activity.tag()), areas,
                "https://" + slug + ".example.org", "info@" + slug + ".example.org",
                "01908 " + (100000 + random.nextInt(899999)), address, place.town(), postcode, place.ward(), income,
                income.compareTo(new BigDecimal("50000")) < 0 ? 0 : random.nextInt(25),
                5 + random.nextInt(120), LocalDate.of(1950 + random.nextInt(74), 1 + random.nextInt(12), 1), marks,
                List.of(new OrganisationDraft.Contact(activity.contactRole(), activity.contactRole(),
                        "info@" + slug + ".example.org", null)),
                false, controlled,
                form == LegalForm.PRIVATE_COMPANY ? ProfitDistribution.TO_SHAREHOLDERS
                        : form == LegalForm.COOPERATIVE_SOCIETY ? ProfitDistribution.TO_MEMBERS : ProfitDistribution.NONE,
                form == LegalForm.COMMUNITY_INTEREST_COMPANY || form == LegalForm.COMMUNITY_BENEFIT_SOCIETY
                        || form.name().contains("CHARIT"),
                activity.faith());
        List<ServiceDraft> services = new ArrayList<>();
        if (random.nextInt(5) < 2 && !dissolved) {
            services.add(service(activity, place, address, postcode));
        }
        String source = identifiers.stream().anyMatch(id -> id.scheme() == OrgIdScheme.GB_CHC) ? "CHARITY_COMMISSION"
                : identifiers.stream().anyMatch(id -> id.scheme() == OrgIdScheme.GB_COH) ? "COMPANIES_HOUSE" : "LOCAL";
        return new Generated(draft, source, services);
    }

    /** The same group entered again with a slightly different name at the same postcode, as real registers have. */
    private Generated nearDuplicate(Generated original) {
        OrganisationDraft o = original.draft();
        String variant = o.name().startsWith("The ") ? o.name().substring(4) : "The " + o.name();
        variant = variant.replace(" and ", " & ");
        OrganisationDraft copy = new OrganisationDraft(variant, List.of(), o.legalForm(), o.status(), o.description(),
                o.socialPurpose(), List.of(), o.purposeCodes(), o.tags(), o.areaCodes(), null, o.email(), o.phone(),
                o.addressLine(), o.town(), o.postcode(), o.wardCode(), null, null, null, null, List.of(), List.of(),
                false, false, o.profitDistribution(), o.assetLock(), o.faithBased());
        return new Generated(copy, "LOCAL", List.of());
    }

    private ServiceDraft service(Activity activity, Place place, String address, String postcode) {
        String[] days = {"MO", "TU", "WE", "TH", "FR", "SA"};
        String[] dayNames = {"Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays"};
        int day = random.nextInt(days.length);
        int start = 9 + random.nextInt(9);
        return new ServiceDraft(activity.serviceName(), activity.description(place), null, null, null, "active",
                random.nextBoolean() ? "Free" : "Small contribution asked", "Anyone in " + place.area(),
                Set.copyOf(activity.purposes()),
                List.of(new ServiceDraft.Schedule("WEEKLY", days[day], LocalTime.of(start, 0), LocalTime.of(start + 2, 0),
                        dayNames[day] + ", " + start + ":00 to " + (start + 2) + ":00")),
                List.of(new ServiceDraft.Location(place.area() + " community centre", address, place.town(), postcode,
                        null, null, place.ward())));
    }

    private List<OrgId> identifiers(LegalForm form) {
        List<OrgId> ids = new ArrayList<>();
        switch (form) {
            case CHARITABLE_TRUST, CHARITABLE_INCORPORATED_ORGANISATION ->
                    ids.add(OrgId.of(OrgIdScheme.GB_CHC, String.valueOf(1_010_000 + random.nextInt(200_000))).orElseThrow());
            case CHARITABLE_COMPANY -> {
                ids.add(OrgId.of(OrgIdScheme.GB_CHC, String.valueOf(1_010_000 + random.nextInt(200_000))).orElseThrow());
                ids.add(companyNumber());
            }
            case COMMUNITY_INTEREST_COMPANY, COMPANY_LIMITED_BY_GUARANTEE, PRIVATE_COMPANY -> ids.add(companyNumber());
            case COOPERATIVE_SOCIETY, COMMUNITY_BENEFIT_SOCIETY ->
                    ids.add(OrgId.of(OrgIdScheme.GB_MPR, (30_000 + random.nextInt(9_000)) + "R").orElseThrow());
            default -> { }
        }
        return ids;
    }

    private OrgId companyNumber() {
        return OrgId.of(OrgIdScheme.GB_COH, String.format("%08d", 5_000_000 + random.nextInt(9_000_000))).orElseThrow();
    }

    private BigDecimal income(LegalForm form) {
        double scale = switch (form) {
            case UNINCORPORATED_ASSOCIATION -> 12_000;
            case CHARITABLE_TRUST -> 60_000;
            case PRIVATE_COMPANY -> 900_000;
            default -> 250_000;
        };
        double income = Math.exp(Math.log(scale) + random.nextGaussian() * 1.1);
        return BigDecimal.valueOf(income).setScale(0, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
    }

    private String postcode(Place place) {
        String district = place.districts().get(random.nextInt(place.districts().size()));
        return district + " " + (1 + random.nextInt(9)) + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()))
                + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()));
    }

    record Place(String ward, String town, String area, List<String> districts) {
        Place(String ward, String town, String area, String... districts) {
            this(ward, town, area, List.of(districts));
        }
    }
}
