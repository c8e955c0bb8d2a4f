package org.thirdsectorhub.organisations.demo;

import java.util.List;
import java.util.Random;
import org.thirdsectorhub.organisations.LegalForm;

/** A kind of local organisation the demo invents: how it is named, constituted and classified. */
record Activity(List<String> nameTemplates, List<LegalForm> forms, List<String> purposes, List<String> beneficiaries,
        String tag, String descriptionTemplate, String purpose, String serviceName, String contactRole, boolean faith) {

    private static final LegalForm TRUST = LegalForm.CHARITABLE_TRUST;
    private static final LegalForm CIO = LegalForm.CHARITABLE_INCORPORATED_ORGANISATION;
    private static final LegalForm COMPANY = LegalForm.CHARITABLE_COMPANY;
    private static final LegalForm CIC = LegalForm.COMMUNITY_INTEREST_COMPANY;
    private static final LegalForm GROUP = LegalForm.UNINCORPORATED_ASSOCIATION;
    private static final LegalForm CLG = LegalForm.COMPANY_LIMITED_BY_GUARANTEE;
    private static final LegalForm COOP = LegalForm.COOPERATIVE_SOCIETY;
    private static final LegalForm CBS = LegalForm.COMMUNITY_BENEFIT_SOCIETY;

    static final List<Activity> ALL = List.of(
            new Activity(List.of("{area} Foodbank", "{area} Community Pantry", "{area} Food Share"), List.of(CIO, TRUST, GROUP),
                    List.of("105"), List.of("207", "201"), "food",
                    "Emergency food parcels and signposting to debt and benefits advice for households in {area}.",
                    "To relieve poverty in {area}", "Food parcels", "Coordinator", false),
            new Activity(List.of("{area} Youth Club", "{area} Young People's Project", "Youth Action {area}"),
                    List.of(CIO, GROUP, COMPANY), List.of("102", "116"), List.of("201"), "young people",
                    "Evening youth sessions, mentoring and holiday activities for 11 to 19 year olds in {area}.",
                    "To advance the education and wellbeing of young people", "Open-access youth club", "Youth worker", false),
            new Activity(List.of("{area} Carers Support", "Carers Together {area}", "{area} Young Carers"), List.of(CIO, COMPANY),
                    List.of("103", "104"), List.of("206", "203"), "carers",
                    "Peer support, breaks and advice for unpaid carers living in {area}.",
                    "To relieve the needs of unpaid carers", "Carers' drop-in", "Carers support worker", false),
            new Activity(List.of("{area} Men's Shed", "{area} Community Shed"), List.of(GROUP, CIO),
                    List.of("103", "116"), List.of("202", "207"), "isolation",
                    "A workshop where people meet, make and mend, reducing loneliness in {area}.",
                    "To advance health by reducing isolation", "Shed sessions", "Shed coordinator", false),
            new Activity(List.of("{area} Befriending Scheme", "Friends of Older People {area}", "{area} Good Neighbours"),
                    List.of(CIO, TRUST, GROUP), List.of("103"), List.of("202"), "isolation",
                    "Volunteers visit and telephone older people who live alone in {area}.",
                    "To relieve the loneliness of older people", "Befriending", "Volunteer coordinator", false),
            new Activity(List.of("{area} Dementia Café", "Memory Lane {area}"), List.of(GROUP, CIO), List.of("103", "104"),
                    List.of("202", "203"), "dementia", "A monthly café for people living with dementia and their carers in {area}.",
                    "To advance the health of people with dementia", "Dementia café", "Organiser", false),
            new Activity(List.of("{area} Community Choir", "{area} Singers", "{area} Amateur Dramatic Society"),
                    List.of(GROUP, TRUST), List.of("109"), List.of("207"), "arts",
                    "Singing, drama and performances open to everyone in {area}, whatever their experience.",
                    "To advance the arts for the public benefit", "Weekly rehearsals", "Secretary", false),
            new Activity(List.of("{area} Cricket Club", "{area} Football Club", "{area} Running Club", "{area} Boxing Club"),
                    List.of(GROUP, CLG, CIO), List.of("110"), List.of("201", "207"), "sport",
                    "Community sport for all ages in {area}, with junior sections and coached sessions.",
                    "To promote community participation in healthy recreation", "Training sessions", "Club secretary", false),
            new Activity(List.of("{area} Domestic Abuse Support", "Safe Space {area}"), List.of(COMPANY, CIO),
                    List.of("103", "115"), List.of("206"), "domestic abuse",
                    "Confidential support, safety planning and refuge referrals for survivors of domestic abuse.",
                    "To relieve the needs of people affected by domestic abuse", "Helpline and outreach", "Service manager", false),
            new Activity(List.of("{area} Citizens Advice Partnership", "{area} Money Advice", "{area} Debt Support"),
                    List.of(COMPANY, CIO), List.of("105", "117"), List.of("207"), "advice",
                    "Free, independent advice on debt, benefits, housing and employment for people in {area}.",
                    "To relieve poverty through free advice", "Advice sessions", "Advice manager", false),
            new Activity(List.of("{area} Repair Café", "{area} Community Fridge", "Green {area}"), List.of(GROUP, CIC, CIO),
                    List.of("112"), List.of("207"), "environment",
                    "Volunteers fix household items and share surplus food to cut waste in {area}.",
                    "To advance environmental protection", "Repair sessions", "Organiser", false),
            new Activity(List.of("{area} Community Bakery", "{area} Café Project", "{area} Print Works"), List.of(CIC, COOP),
                    List.of("113"), List.of("206", "207"), "social enterprise",
                    "A social enterprise trading in {area} that trains and employs people facing barriers to work.",
                    "To create jobs and training for people far from work", "Work placements", "Managing director", false),
            new Activity(List.of("{area} Community Energy", "{area} Housing Co-operative", "{area} Credit Union"),
                    List.of(CBS, COOP), List.of("113", "107"), List.of("207"), "co-operative",
                    "A member-owned society serving the people of {area}.",
                    "To benefit the community through member ownership", "Member services", "Secretary", false),
            new Activity(List.of("{area} Mosque", "{area} Baptist Church", "{area} Gurdwara", "{area} Methodist Church",
                            "{area} Hindu Temple", "{area} Quaker Meeting"),
                    List.of(GROUP, CIO, TRUST), List.of("108"), List.of("207"), "faith",
                    "A place of worship in {area} that also runs a lunch club, a toddler group and a warm space in winter.",
                    "To advance religion and serve the local community", "Community lunch", "Minister", true),
            new Activity(List.of("{area} Refugee Welcome", "{area} English Conversation Club", "{area} Bengali Women's Group",
                            "{area} Polish Saturday School"),
                    List.of(GROUP, CIO), List.of("115", "102"), List.of("204"), "community cohesion",
                    "Welcome, English practice and friendship for people new to {area}.",
                    "To promote equality and diversity and advance education", "Conversation club", "Chair", false),
            new Activity(List.of("{area} Mental Health Peer Support", "Mind the Gap {area}", "{area} Recovery College"),
                    List.of(CIO, COMPANY), List.of("103"), List.of("206", "203"), "mental health",
                    "Peer support groups and wellbeing courses for adults with mental health needs in {area}.",
                    "To advance the mental health of adults", "Peer support group", "Project lead", false),
            new Activity(List.of("{area} Community Transport", "{area} Dial-a-Ride"), List.of(CIO, CLG),
                    List.of("104", "117"), List.of("203", "202"), "transport",
                    "Door-to-door accessible transport for people who cannot use buses in {area}.",
                    "To relieve the needs of people with limited mobility", "Dial-a-ride", "Transport manager", false),
            new Activity(List.of("{area} Heritage Society", "Friends of {area} Park", "{area} Allotment Society"),
                    List.of(GROUP, TRUST), List.of("112", "109"), List.of("207"), "heritage",
                    "Volunteers care for the history and green spaces of {area}.",
                    "To conserve the heritage and environment of {area}", "Volunteer days", "Secretary", false),
            new Activity(List.of("{area} Scout Group", "{area} Guides", "{area} Toddler Group", "{area} Pre-School"),
                    List.of(GROUP, CIO), List.of("102"), List.of("201"), "children",
                    "Activities and learning for children and their families in {area}.",
                    "To advance the education of children", "Weekly meetings", "Leader", false),
            new Activity(List.of("{area} Lettings Ltd", "{area} Cleaning Services Ltd", "{area} Consulting Ltd"),
                    List.of(LegalForm.PRIVATE_COMPANY), List.of(), List.of("207"), "business",
                    "A private business based in {area}.", null, "Services", "Director", false));

    String name(DemoOrganisations.Place place, Random random) {
        return nameTemplates.get(random.nextInt(nameTemplates.size())).replace("{area}", place.area());
    }

    String description(DemoOrganisations.Place place) {
        return descriptionTemplate.replace("{area}", place.area());
    }
}
