package org.tacitus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "December 28, 2021|2021-12-28",
        "Dec. 28, 2021|2021-12-28",
        "Tuesday, Sept. 7, 2021 10:32 AM|2021-09-07",
        "28 December 2021|2021-12-28",
        "1st of May, 2020|2020-05-01",
        "2021-12-28|2021-12-28",
        "2023-09-21T08:30:00Z|2023-09-21",
        "2023-11-22T10:00:00+02:00|2023-11-22",
        "2024-05-02T12:00:00|2024-05-02",
        "Thu, 02 May 2024 12:00:00 GMT|2024-05-02",
        "KYIV, Ukraine, Feb. 24, 2022 (Wire) --|2022-02-24"})
    void parsesNewsDates(String text, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), PublicationDates.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "February 30, 2021", "May be later", "12/28", "version 2.1.3"})
    void rejectsWhatIsNotADate(String text) {
        assertTrue(PublicationDates.parse(text).isEmpty(), text);
    }
}
