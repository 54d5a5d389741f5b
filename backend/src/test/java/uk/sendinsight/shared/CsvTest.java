package uk.sendinsight.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        String csv = new Csv("a", "b", "c", "d", "e").row("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx").toString();

        assertEquals("a,b,c,d,e\r\n\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),'\tx\r\n", csv);
    }

    @Test
    void numbersStayNumbersAndCommasAndQuotesAreQuoted() {
        String csv = new Csv("n", "text").row(-2.5, "Bristol, City of").row(null, "say \"hi\"").toString();

        assertEquals("n,text\r\n-2.5,\"Bristol, City of\"\r\n,\"say \"\"hi\"\"\"\r\n", csv);
    }
}
