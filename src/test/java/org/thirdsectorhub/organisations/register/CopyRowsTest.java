package org.thirdsectorhub.organisations.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyRowsTest {

    @Test
    void writesPostgresTextFormatWithNullsAndEscapes() {
        CopyRows rows = new CopyRows("t (a, b, c)")
                .row("plain", null, "tab\there")
                .row("back\\slash", "line\nbreak\rreturn", "\u201cquoted\u201d caf\u00e9");

        assertThat(rows.rowsText()).isEqualTo("plain\t\\N\ttab\\there\n"
                + "back\\\\slash\tline\\nbreak\\rreturn\t\u201cquoted\u201d caf\u00e9\n");
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows).hasToString("COPY t (a, b, c) FROM STDIN");
    }

    @Test
    void escapesSpecialCharactersAtEitherEnd() {
        assertThat(new CopyRows("t (a)").row("\ttrailing\\").rowsText()).isEqualTo("\\ttrailing\\\\\n");
        assertThat(new CopyRows("t (a)").row("").rowsText()).isEqualTo("\n");
    }
}
