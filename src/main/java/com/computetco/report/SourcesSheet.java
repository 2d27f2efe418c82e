package com.computetco.report;

import com.computetco.i18n.Messages;
import com.computetco.io.ReferenceFigures.Figure;
import com.computetco.io.ReferenceFigures;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Sources sheet: every bundled reference figure with its source, date and confidence, from the same data
 * file as Help → Sources ({@link ReferenceFigures}). Added last, so it never moves the other sheets.
 */
final class SourcesSheet {
    static final int HEADER_ROW = 2;
    static final int FIRST_ROW = HEADER_ROW + 1;
    static final String[] COLUMNS = {"sources.column.figure", "sources.column.value", "sources.column.source",
        "sources.column.date", "sources.column.confidence", "sources.column.usedIn"};
    private static final int[] WIDTHS = {38, 60, 50, 10, 12, 34};

    private final XSSFWorkbook workbook;
    private final ReportStyles styles;
    private final Messages text;

    SourcesSheet(XSSFWorkbook workbook, ReportStyles styles, Messages text) {
        this.workbook = workbook;
        this.styles = styles;
        this.text = text;
    }

    /** Creates and fills the sheet; answers its writer (for the print set-up every sheet gets). */
    SheetWriter write() {
        SheetWriter out = new SheetWriter(workbook.createSheet(text.get("report.sheet.sources")));
        out.text(0, 0, text.get("sources.title"), styles.title(), false);
        out.text(1, 0, text.get("sources.intro"), styles.wrapped(), false);
        for (int c = 0; c < COLUMNS.length; c++) {
            out.width(c, WIDTHS[c]);
            out.text(HEADER_ROW, c, text.get(COLUMNS[c]), styles.header(), false);
        }
        List<Figure> figures = ReferenceFigures.all();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            String[] cells = {f.figure(text.locale()), f.value(), f.source(), f.date(),
                text.get(f.confidence().key()), f.usedIn()};
            for (int c = 0; c < cells.length; c++) {
                out.text(FIRST_ROW + i, c, cells[c], styles.wrapped(), false);
            }
        }
        out.sheet().createFreezePane(0, FIRST_ROW);
        out.sheet().setAutoFilter(new CellRangeAddress(HEADER_ROW, HEADER_ROW + figures.size(), 0,
                COLUMNS.length - 1));
        return out;
    }
}
