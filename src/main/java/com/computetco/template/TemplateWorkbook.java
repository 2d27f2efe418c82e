package com.computetco.template;

import com.computetco.template.TemplateImport.TemplateProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The parts of a vendor's .xlsx that the import needs, read straight from the zip and parsed as a stream (SAX), so
 * the sheet's size limits apply while it is read and a hostile sheet costs no more than the limits allow. No POI
 * object model is built: a 5,000-row template reads in well under a second and a few tens of MB.
 *
 * <p>Parts are told apart by their declared content type, as Office itself does, not by their names: a macro
 * project under any name, or a workbook declared macro-enabled, is refused; a part with no content type at all
 * ({@code .DS_Store}, {@code __MACOSX/} from re-zipping on a Mac) is not part of the workbook and is ignored.
 */
final class TemplateWorkbook {
    static final String MAIN_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    static final String TEMPLATE_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";
    private static final String OFFICE_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    /** Why the workbook cannot be read; the message is the one line the user sees. */
    static final class Refused extends Exception {
        private final transient TemplateProblem problem;

        Refused(TemplateProblemCode code, Object... args) {
            this(TemplateProblem.file(code, args));
        }

        Refused(TemplateProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        TemplateProblem problem() {
            return problem;
        }
    }

    /** A cell as the sheet stores it: its text ({@code <v>}, inline or shared string), type and style. */
    record RawCell(int column, String type, String value, boolean formula, int style) {
    }

    /** One row of the sheet: its 0-based index and its cells by 0-based column. */
    record RawRow(int index, TreeMap<Integer, RawCell> cells) {
    }

    /** The Quote sheet, read. */
    record Sheet(List<RawRow> rows, List<String> sharedStrings, List<String> styleFormats, boolean date1904) {
        String sharedString(String index) {
            try {
                int i = Integer.parseInt(index.strip());
                return i >= 0 && i < sharedStrings.size() ? sharedStrings.get(i) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        String format(int style) {
            return style >= 0 && style < styleFormats.size() ? styleFormats.get(style) : "";
        }
    }

    private final Map<String, byte[]> parts;
    private final Map<String, String> defaults = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();

    private TemplateWorkbook(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    /**
     * Reads the sheet named {@code sheetName}, enforcing the row and column limits while reading. The zip has
     * passed {@link TemplateZipCheck} (sizes, bombs, document types) already.
     */
    static Sheet read(byte[] zip, String sheetName) throws Refused {
        TemplateWorkbook workbook = new TemplateWorkbook(unzip(zip));
        workbook.contentTypes();
        String main = workbook.mainPart();
        String mainType = workbook.typeOf(main);
        if (mainType == null || mainType.toLowerCase(Locale.ROOT).contains("macroenabled")) {
            throw macros(mainType);
        }
        if (!mainType.equals(MAIN_TYPE) && !mainType.equals(TEMPLATE_TYPE)) {
            throw new Refused(TemplateProblemCode.NOT_XLSX, "its main part is declared as " + mainType);
        }
        workbook.refuseActiveContent();
        return workbook.sheet(main, sheetName);
    }

    private static Refused macros(String type) {
        return type == null ? new Refused(TemplateProblemCode.MACROS)
                : new Refused(TemplateProblemCode.MACROS_DECLARED, type);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Refused {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().startsWith("/") ? entry.getName().substring(1) : entry.getName();
                byte[] content = in.readNBytes((int) TemplateLimits.MAX_ENTRY_BYTES + 1);
                if (parts.put(name.toLowerCase(Locale.ROOT), content) != null) {
                    throw new Refused(TemplateProblemCode.NOT_READABLE, "the zip holds two parts named " + name);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused(TemplateProblemCode.NOT_READABLE, "the zip is damaged ("
                    + QuoteTemplateReader.describe(e) + ")");
        }
        return parts;
    }

    private void contentTypes() throws Refused {
        byte[] xml = parts.get("[content_types].xml");
        if (xml == null) {
            throw new Refused(TemplateProblemCode.NOT_READABLE, "the zip has no [Content_Types].xml");
        }
        parse(xml, "[Content_Types].xml", new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                String type = atts.getValue("ContentType");
                if (type == null) {
                    return;
                }
                if ("Default".equals(local) && atts.getValue("Extension") != null) {
                    defaults.put(atts.getValue("Extension").toLowerCase(Locale.ROOT), type.strip());
                } else if ("Override".equals(local) && atts.getValue("PartName") != null) {
                    String part = atts.getValue("PartName");
                    overrides.put((part.startsWith("/") ? part.substring(1) : part).toLowerCase(Locale.ROOT),
                            type.strip());
                }
            }
        });
    }

    /** The part's declared content type, or null when it has none (then it is no part of the workbook). */
    String typeOf(String part) {
        String key = part.toLowerCase(Locale.ROOT);
        String type = overrides.get(key);
        if (type != null) {
            return type;
        }
        int slash = key.lastIndexOf('/');
        int dot = key.lastIndexOf('.');
        return dot > slash ? defaults.get(key.substring(dot + 1)) : null;
    }

    /** The workbook part, by the package's officeDocument relationship (xl/workbook.xml in practice). */
    private String mainPart() throws Refused {
        byte[] rels = parts.get("_rels/.rels");
        if (rels == null) {
            throw new Refused(TemplateProblemCode.NOT_READABLE, "the zip has no _rels/.rels");
        }
        Map<String, String> byType = new HashMap<>();
        parse(rels, "_rels/.rels", new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                if ("Relationship".equals(local) && atts.getValue("Type") != null && atts.getValue("Target") != null) {
                    byType.putIfAbsent(atts.getValue("Type"), atts.getValue("Target"));
                }
            }
        });
        String target = byType.get(OFFICE_DOCUMENT);
        if (target == null) {
            // Strict OOXML names it differently; the workbook part is still where every tool puts it.
            target = byType.entrySet().stream().filter(e -> e.getKey().endsWith("/officeDocument"))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (target == null) {
            throw new Refused(TemplateProblemCode.NOT_XLSX, "the package names no workbook part");
        }
        String part = resolve("", target);
        if (!parts.containsKey(part.toLowerCase(Locale.ROOT))) {
            throw new Refused(TemplateProblemCode.NOT_READABLE, "the workbook part " + part + " is missing");
        }
        return part;
    }

    /** Macros, ActiveX, external links and data connections, by the types the parts declare. */
    private void refuseActiveContent() throws Refused {
        for (String part : parts.keySet()) {
            String type = typeOf(part);
            if (type == null) {
                continue; // no content type: not part of the workbook (a Mac's .DS_Store, say); never read
            }
            String t = type.toLowerCase(Locale.ROOT);
            if (t.contains("vbaproject") || t.contains("macroenabled") || t.contains("activex")
                    || t.contains("vbadata")) {
                throw macros(type);
            }
            if (t.contains("externallink")) {
                throw new Refused(TemplateProblemCode.EXTERNAL_LINKS);
            }
            if (t.contains("spreadsheetml.connections") || t.contains("spreadsheetml.querytable")) {
                throw new Refused(TemplateProblemCode.CONNECTIONS);
            }
        }
    }

    private Sheet sheet(String main, String sheetName) throws Refused {
        String folder = main.contains("/") ? main.substring(0, main.lastIndexOf('/') + 1) : "";
        Map<String, String> targets = new HashMap<>();
        Map<String, String> relTypes = new HashMap<>();
        byte[] rels = part(folder + "_rels/" + main.substring(folder.length()) + ".rels");
        if (rels != null) {
            parse(rels, "workbook relationships", new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes atts) {
                    if ("Relationship".equals(local) && atts.getValue("Id") != null) {
                        if ("External".equalsIgnoreCase(atts.getValue("TargetMode"))) {
                            return; // never followed
                        }
                        targets.put(atts.getValue("Id"), atts.getValue("Target"));
                        relTypes.put(atts.getValue("Id"), String.valueOf(atts.getValue("Type")));
                    }
                }
            });
        }
        String[] sheetRel = new String[1];
        boolean[] date1904 = new boolean[1];
        parse(part(main), "the workbook part", new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                if ("sheet".equals(local) && sheetName.equals(atts.getValue("name")) && sheetRel[0] == null) {
                    for (int i = 0; i < atts.getLength(); i++) {
                        if ("id".equals(atts.getLocalName(i))) {
                            sheetRel[0] = atts.getValue(i);
                        }
                    }
                } else if ("workbookPr".equals(local)) {
                    String value = atts.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
        });
        if (sheetRel[0] == null) {
            throw new Refused(TemplateProblemCode.NO_QUOTE_SHEET, sheetName);
        }
        String sheetPart = targets.get(sheetRel[0]) == null ? null : resolve(folder, targets.get(sheetRel[0]));
        byte[] sheetXml = sheetPart == null ? null : part(sheetPart);
        if (sheetXml == null) {
            throw new Refused(TemplateProblemCode.NOT_READABLE, "the sheet \"" + sheetName + "\" has no content");
        }
        List<String> shared = List.of();
        List<String> formats = List.of();
        for (Map.Entry<String, String> rel : relTypes.entrySet()) {
            String target = resolve(folder, targets.get(rel.getKey()));
            if (rel.getValue().endsWith("/sharedStrings") && part(target) != null) {
                shared = sharedStrings(part(target));
            } else if (rel.getValue().endsWith("/styles") && part(target) != null) {
                formats = styleFormats(part(target));
            }
        }
        SheetHandler handler = new SheetHandler(sheetName);
        parse(sheetXml, "the sheet \"" + sheetName + "\"", handler);
        return new Sheet(handler.rows, shared, formats, date1904[0]);
    }

    private byte[] part(String name) {
        return name == null ? null : parts.get(name.toLowerCase(Locale.ROOT));
    }

    /** A relationship target against its source folder: "worksheets/sheet1.xml", "/xl/styles.xml", "../x". */
    static String resolve(String folder, String target) {
        if (target == null) {
            return null;
        }
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> out = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                out.add(segment);
            }
        }
        return String.join("/", out);
    }

    private static List<String> sharedStrings(byte[] xml) throws Refused {
        List<String> strings = new ArrayList<>();
        parse(xml, "the shared strings", new DefaultHandler() {
            private StringBuilder current;
            private boolean inText;
            private int phonetic;

            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                switch (local) {
                    case "si" -> current = new StringBuilder();
                    case "rPh" -> phonetic++;
                    case "t" -> inText = phonetic == 0 && current != null;
                    default -> { }
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                switch (local) {
                    case "si" -> {
                        strings.add(current == null ? "" : current.toString());
                        current = null;
                    }
                    case "rPh" -> phonetic--;
                    case "t" -> inText = false;
                    default -> { }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inText && current.length() + length <= TemplateLimits.MAX_CELL_CHARS + 1) {
                    current.append(ch, start, length);
                }
            }
        });
        return strings;
    }

    /** The number format of each cell style ({@code cellXfs}), by index. */
    private static List<String> styleFormats(byte[] xml) throws Refused {
        Map<Integer, String> custom = new HashMap<>();
        List<Integer> xfs = new ArrayList<>();
        parse(xml, "the styles", new DefaultHandler() {
            private boolean inCellXfs;

            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                if ("numFmt".equals(local)) {
                    try {
                        custom.put(Integer.parseInt(atts.getValue("numFmtId")), atts.getValue("formatCode"));
                    } catch (NumberFormatException e) {
                        // a broken format only loses the percent detection of its cells
                    }
                } else if ("cellXfs".equals(local)) {
                    inCellXfs = true;
                } else if ("xf".equals(local) && inCellXfs) {
                    int id = 0;
                    try {
                        id = Integer.parseInt(String.valueOf(atts.getValue("numFmtId")));
                    } catch (NumberFormatException e) {
                        id = 0;
                    }
                    xfs.add(id);
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                if ("cellXfs".equals(local)) {
                    inCellXfs = false;
                }
            }
        });
        List<String> formats = new ArrayList<>(xfs.size());
        for (int id : xfs) {
            String format = custom.get(id);
            if (format == null && id >= 0 && id < BuiltinFormats.getAll().length) {
                format = BuiltinFormats.getBuiltinFormat(id);
            }
            formats.add(format == null ? "" : format);
        }
        return formats;
    }

    private static void parse(byte[] xml, String what, DefaultHandler handler) throws Refused {
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (LimitReached e) {
            throw new Refused(e.problem);
        } catch (SAXException | IOException | ParserConfigurationException | RuntimeException e) {
            if (QuoteTemplateReader.describe(e).contains("DOCTYPE")) {
                throw new Refused(TemplateProblemCode.DOCTYPE);
            }
            throw new Refused(TemplateProblemCode.NOT_READABLE, what + " is not valid XML ("
                    + QuoteTemplateReader.describe(e) + ")");
        }
    }

    /** Stops the parse the moment a sheet goes over a limit. */
    private static final class LimitReached extends SAXException {
        private final transient TemplateProblem problem;

        LimitReached(TemplateProblem problem) {
            super(problem.message());
            this.problem = problem;
        }
    }

    /** The rows of one worksheet, with the limits checked at every row and cell. */
    private static final class SheetHandler extends DefaultHandler {
        private final String sheetName;
        private final List<RawRow> rows = new ArrayList<>();
        private TreeMap<Integer, RawCell> cells;
        private int rowIndex = -1;
        private int column;
        private String cellType;
        private int cellStyle;
        private boolean formula;
        private StringBuilder value;
        private boolean inValue;
        private boolean inInline;
        /** Inside phonetic runs (furigana): their text is a reading aid, not the cell's text. */
        private int phonetic;

        SheetHandler(String sheetName) {
            this.sheetName = sheetName;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            switch (local) {
                case "row" -> {
                    int r = parseRow(atts.getValue("r"), rowIndex + 1);
                    if (r >= TemplateLimits.MAX_ROWS) {
                        throw new LimitReached(TemplateProblem.file(TemplateProblemCode.OVERSIZED_ROWS, sheetName,
                                String.valueOf(TemplateLimits.MAX_ROWS)));
                    }
                    rowIndex = r;
                    cells = new TreeMap<>();
                    column = -1;
                }
                case "c" -> {
                    column = parseColumn(atts.getValue("r"), column + 1);
                    if (column >= TemplateLimits.MAX_COLUMNS) {
                        throw new LimitReached(TemplateProblem.file(TemplateProblemCode.OVERSIZED_COLUMNS,
                                String.valueOf(rowIndex + 1), sheetName, String.valueOf(TemplateLimits.MAX_COLUMNS)));
                    }
                    cellType = atts.getValue("t") == null ? "n" : atts.getValue("t");
                    cellStyle = parseInt(atts.getValue("s"), 0);
                    formula = false;
                    value = null;
                }
                case "f" -> formula = true;
                case "v" -> {
                    inValue = true;
                    value = new StringBuilder();
                }
                case "is" -> {
                    inInline = true;
                    value = new StringBuilder();
                }
                case "t" -> inValue = inInline && phonetic == 0;
                case "rPh" -> phonetic++;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v", "t" -> inValue = false;
                case "is" -> inInline = false;
                case "rPh" -> phonetic = Math.max(0, phonetic - 1);
                case "c" -> {
                    if (cells != null) {
                        cells.put(column, new RawCell(column, cellType, value == null ? null : value.toString(),
                                formula, cellStyle));
                    }
                }
                case "row" -> {
                    if (cells != null && !cells.isEmpty()) {
                        rows.add(new RawRow(rowIndex, cells));
                    }
                    cells = null;
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            // Capped a little above Excel's cell limit, so the reader can still say the text is too long.
            if (inValue && value != null && value.length() + length <= TemplateLimits.MAX_CELL_CHARS + 1) {
                value.append(ch, start, length);
            }
        }

        private static int parseRow(String r, int fallback) {
            int n = parseInt(r, 0);
            return n >= 1 ? n - 1 : fallback;
        }

        /** The 0-based column of a reference such as "H7", or {@code fallback} when there is none. */
        private static int parseColumn(String ref, int fallback) {
            if (ref == null) {
                return fallback;
            }
            int col = 0;
            int letters = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
                if (++letters > 3) {
                    return Integer.MAX_VALUE;
                }
            }
            return letters == 0 ? fallback : col - 1;
        }

        private static int parseInt(String text, int fallback) {
            if (text == null) {
                return fallback;
            }
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                return text.strip().matches("\\d+") ? Integer.MAX_VALUE : fallback;
            }
        }
    }
}
