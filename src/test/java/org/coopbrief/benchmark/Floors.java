package org.coopbrief.benchmark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The floors a step is measured against, on the same data in the same run: a plain JDBC batch
 * insert of the rows a load step staged, into the same kind of H2 file and the same table
 * definition, one commit per chunk as the step makes; and a plain SXSSF write of the cells the
 * workbook step wrote (values, text, formulas with their stored results, each cell's style and
 * each row's set height; no tables, pivot or charts).
 */
final class Floors {

    private Floors() {}

    /** The result of one floor: how long it took, for how many rows. */
    record Floor(double seconds, long rows) {}

    /**
     * Copies the rows of {@code table} (the live table of a load step) from the run's database into
     * a table of the same definition in a new H2 file, in JDBC batches of {@code chunk} rows, each
     * batch its own transaction; times the inserts only (the rows are read into memory first).
     */
    static Floor jdbcInsert(String runUrl, Path floorDir, String table, int chunk) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<String> ddl = new ArrayList<>();
        try (Connection run = DriverManager.getConnection(runUrl, "sa", "");
                Statement st = run.createStatement()) {
            try (ResultSet rs = st.executeQuery("script nodata table stg_" + table)) {
                while (rs.next()) {
                    String sql = rs.getString(1);
                    if (sql.startsWith("CREATE CACHED TABLE")
                            || sql.startsWith("CREATE MEMORY TABLE")
                            || sql.startsWith("ALTER TABLE")
                            || sql.startsWith("CREATE INDEX")
                            || sql.startsWith("CREATE UNIQUE INDEX")) {
                        if (!sql.contains("FOREIGN KEY")) {
                            ddl.add(sql);
                        }
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("select * from " + table + " order by line_no")) {
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                }
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        Files.createDirectories(floorDir);
        // the application's database settings that bear on a commit (WRITE_DELAY=0: durable at once)
        String url = "jdbc:h2:file:" + floorDir.toAbsolutePath().resolve("floor-" + table) + ";WRITE_DELAY=0";
        Files.deleteIfExists(floorDir.resolve("floor-" + table + ".mv.db"));
        try (Connection floor = DriverManager.getConnection(url, "sa", "")) {
            try (Statement st = floor.createStatement()) {
                for (String sql : ddl) {
                    st.execute(sql);
                }
            }
            floor.setAutoCommit(false);
            String insert = "insert into stg_" + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
            long start = System.nanoTime();
            try (PreparedStatement ps = floor.prepareStatement(insert)) {
                int inBatch = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    ps.addBatch();
                    if (++inBatch == chunk) {
                        ps.executeBatch();
                        floor.commit();
                        inBatch = 0;
                    }
                }
                if (inBatch > 0) {
                    ps.executeBatch();
                    floor.commit();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Floor(seconds, rows.size());
        } finally {
            Files.deleteIfExists(floorDir.resolve("floor-" + table + ".mv.db"));
        }
    }

    /**
     * Reads every cell of {@code workbook} (streamed, as XML) into a compact temporary file, then
     * times a plain SXSSF write of the same cells, sheet by sheet, into a new workbook. The rows
     * counted are the rows of every sheet.
     */
    static Floor sxssfWrite(Path workbook, Path dir) throws Exception {
        Files.createDirectories(dir);
        Path cells = dir.resolve("cells.bin");
        List<String> sheets = new ArrayList<>();
        int[] styleCount = {1};
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ);
                DataOutputStream out =
                        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cells), 1 << 16))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    sheets.add(it.getSheetName());
                    out.writeByte('S');
                    styleCount[0] = Math.max(styleCount[0], copyCells(sheet, strings, out));
                }
            }
            out.writeByte('E');
        }
        Path written = dir.resolve("floor.xlsx");
        long rows = 0;
        long start = System.nanoTime();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cells), 1 << 16));
                SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            // as many cell styles as the workbook has, so each cell carries its style index as there
            List<CellStyle> styles = new ArrayList<>();
            styles.add(wb.getCellStyleAt(0));
            while (styles.size() < styleCount[0]) {
                styles.add(wb.createCellStyle());
            }
            Iterator<String> names = sheets.iterator();
            SXSSFSheet sheet = null;
            SXSSFRow row = null;
            while (true) {
                int kind = in.readByte();
                if (kind == 'E') {
                    break;
                }
                switch (kind) {
                    case 'S' -> sheet = wb.createSheet(names.next());
                    case 'R' -> {
                        row = sheet.createRow(in.readInt());
                        float height = in.readFloat();
                        if (height > 0) {
                            row.setHeightInPoints(height);
                        }
                        rows++;
                    }
                    case 'n' -> cell(row, in, styles).setCellValue(in.readDouble());
                    case 's' -> cell(row, in, styles).setCellValue(in.readUTF());
                    case 'b' -> cell(row, in, styles).setCellValue(in.readBoolean());
                    case 'f' -> {
                        SXSSFCell cell = cell(row, in, styles);
                        cell.setCellFormula(in.readUTF());
                        if (in.readBoolean()) {
                            cell.setCellValue(in.readDouble());
                        }
                    }
                    default -> throw new IllegalStateException("bad cell kind " + kind);
                }
            }
            try (OutputStream out = Files.newOutputStream(written)) {
                wb.write(out);
            }
        } catch (EOFException e) {
            throw new IllegalStateException("cell file truncated", e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.deleteIfExists(written);
        Files.deleteIfExists(cells);
        return new Floor(seconds, rows);
    }

    private static SXSSFCell cell(SXSSFRow row, DataInputStream in, List<CellStyle> styles) throws Exception {
        SXSSFCell cell = row.createCell(in.readShort());
        int style = in.readShort();
        if (style > 0) {
            cell.setCellStyle(styles.get(style));
        }
        return cell;
    }

    /** Copies a sheet's cells; returns the number of cell styles its cells need (the highest index plus one). */
    private static int copyCells(InputStream sheet, ReadOnlySharedStringsTable strings, DataOutputStream out)
            throws Exception {
        int styles = 1;
        int style = 0;
        XMLInputFactory factory = XMLInputFactory.newFactory();
        XMLStreamReader xml = factory.createXMLStreamReader(sheet);
        String type = null;
        int column = 0;
        String formula = null;
        String value = null;
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                switch (name) {
                    case "row" -> {
                        out.writeByte('R');
                        out.writeInt(Integer.parseInt(xml.getAttributeValue(null, "r")) - 1);
                        String height = xml.getAttributeValue(null, "ht");
                        boolean custom = "1".equals(xml.getAttributeValue(null, "customHeight"))
                                || "true".equals(xml.getAttributeValue(null, "customHeight"));
                        out.writeFloat(height != null && custom ? Float.parseFloat(height) : -1f);
                    }
                    case "c" -> {
                        type = xml.getAttributeValue(null, "t");
                        column = column(xml.getAttributeValue(null, "r"));
                        String s = xml.getAttributeValue(null, "s");
                        style = s == null ? 0 : Integer.parseInt(s);
                        styles = Math.max(styles, style + 1);
                        formula = null;
                        value = null;
                    }
                    case "f", "v", "t" -> text.setLength(0);
                    default -> {}
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "f" -> formula = text.toString();
                    case "v", "t" -> value = text.toString();
                    case "c" -> {
                        if (formula != null) {
                            out.writeByte('f');
                            out.writeShort(column);
                            out.writeShort(style);
                            out.writeUTF(formula);
                            boolean numeric = value != null && !value.isEmpty() && type == null;
                            out.writeBoolean(numeric);
                            if (numeric) {
                                out.writeDouble(Double.parseDouble(value));
                            }
                        } else if (value != null) {
                            if ("s".equals(type)) {
                                out.writeByte('s');
                                out.writeShort(column);
                                out.writeShort(style);
                                out.writeUTF(strings.getItemAt(Integer.parseInt(value))
                                        .getString());
                            } else if ("inlineStr".equals(type) || "str".equals(type)) {
                                out.writeByte('s');
                                out.writeShort(column);
                                out.writeShort(style);
                                out.writeUTF(value);
                            } else if ("b".equals(type)) {
                                out.writeByte('b');
                                out.writeShort(column);
                                out.writeShort(style);
                                out.writeBoolean("1".equals(value));
                            } else {
                                out.writeByte('n');
                                out.writeShort(column);
                                out.writeShort(style);
                                out.writeDouble(Double.parseDouble(value));
                            }
                        }
                    }
                    default -> {}
                }
            }
        }
        xml.close();
        return styles;
    }

    /** The zero-based column of a cell reference such as {@code AB12}. */
    private static int column(String reference) {
        int c = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            c = c * 26 + (reference.charAt(i) - 'A' + 1);
        }
        return c - 1;
    }
}
