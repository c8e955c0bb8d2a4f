package org.thirdsectorhub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.thirdsectorhub.shared.geography.Postcode;

class PostcodeTest {

    @Test
    void readsPostcodesAsPeopleTypeThem() {
        assertThat(Postcode.parse("mk93hs").orElseThrow().value()).isEqualTo("MK9 3HS");
        assertThat(Postcode.parse(" MK2  2SA ").orElseThrow().value()).isEqualTo("MK2 2SA");
        assertThat(Postcode.parse("MK16 0AB").orElseThrow().outward()).isEqualTo("MK16");
        assertThat(Postcode.parse("EC1A 1BB")).isPresent();
        assertThat(Postcode.parse("W1A 0AX")).isPresent();
    }

    @Test
    void refusesWhatIsNotAPostcode() {
        assertThat(Postcode.parse("MK9")).isEmpty();
        assertThat(Postcode.parse("12345")).isEmpty();
        assertThat(Postcode.parse("MK9 3H5")).isEmpty();
        assertThat(Postcode.parse(null)).isEmpty();
        assertThat(Postcode.parse("Milton Keynes")).isEmpty();
    }
}
