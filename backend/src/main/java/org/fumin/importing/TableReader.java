package org.fumin.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an import file into rows keyed by column: CSV (UTF-8 with or without BOM, or GB18030/GBK
 * as Excel in Chinese saves it: named by {@code charset} or detected), a JSON array of objects, or
 * the first sheet of an XLSX workbook, read with POI's streaming (SAX) event API so that a large
 * sheet is never held as a workbook in memory. Rows are numbered as in the file: the header is row
 * 1; in JSON the n-th object is row n + 1, as it would be in the same data saved as CSV.
 */
final class TableReader {

  private final List<ImportColumn> columns;
  private final Findings findings;
  private final int maxRows;
  private final List<SourceRow> rows = new ArrayList<>();
  /** Column key by position in the file; null where the header names no known column. */
  private String[] keys;

  TableReader(List<ImportColumn> columns, Findings findings, int maxRows) {
    this.columns = columns;
    this.findings = findings;
    this.maxRows = maxRows;
  }

  List<SourceRow> read(ImportFormat format, String charset, byte[] body, ObjectMapper json) {
    try {
      switch (format) {
        case CSV -> readCsv(decode(body, charset));
        case JSON -> readJson(body, json);
        case XLSX -> readXlsx(body);
      }
    } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
      if (e instanceof ProblemException p) {
        throw p;
      }
      throw new ProblemException(ProblemType.MALFORMED, "import.unreadable", format.name());
    }
    if (keys == null) {
      findings.error(1, null, "empty-file");
    }
    return rows;
  }

  /**
   * The text of a CSV body: a BOM or a {@code charset} decides; otherwise UTF-8 when the bytes are
   * valid UTF-8, else GB18030 (a superset of GBK and GB2312, what Excel in Chinese saves).
   */
  static String decode(byte[] body, String charset) {
    if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
      return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    }
    if (charset != null && !charset.isBlank()) {
      Charset named;
      try {
        named = Charset.forName(charset.strip());
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalidField("charset", "import.charset-unknown", charset);
      }
      return new String(body, "GBK".equalsIgnoreCase(named.name()) ? Charset.forName("GB18030") : named);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      return new String(body, Charset.forName("GB18030"));
    }
  }

  // ---- CSV (RFC 4180: quoted fields may hold commas, quotes as "" and line breaks) ----

  private void readCsv(String text) throws IOException {
    Reader in = new StringReader(text);
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int line = 1;
    int recordLine = 1;
    int c;
    while ((c = in.read()) != -1) {
      if (quoted) {
        if (c == '"') {
          in.mark(1);
          int next = in.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (next != -1) {
              in.reset();
            }
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          quoted = true;
          any = true;
        }
        case ',' -> {
          fields.add(field.toString());
          field.setLength(0);
          any = true;
        }
        case '\r' -> { }
        case '\n' -> {
          fields.add(field.toString());
          record(recordLine, fields);
          fields = new ArrayList<>();
          field.setLength(0);
          any = false;
          line++;
          recordLine = line;
        }
        default -> {
          field.append((char) c);
          any = true;
        }
      }
    }
    if (any || field.length() > 0) {
      fields.add(field.toString());
      record(recordLine, fields);
    }
  }

  // ---- JSON: an array of objects ----

  private void readJson(byte[] body, ObjectMapper json) throws IOException {
    try (JsonParser parser = json.getFactory().createParser(body)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new ProblemException(ProblemType.MALFORMED, "import.json-not-array");
      }
      keys = columns.stream().map(ImportColumn::key).toArray(String[]::new);
      int row = 1;
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        row++;
        Map<String, String> values = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken token = parser.nextToken();
          String key = keyOf(name);
          if (token.isStructStart()) {
            parser.skipChildren();
            findings.error(row, name, "invalid-value");
          } else if (key == null) {
            findings.warning(row, name, "unknown-column");
          } else if (token != JsonToken.VALUE_NULL) {
            values.put(key, parser.getText());
          }
        }
        add(new SourceRow(row, values));
      }
      if (parser.currentToken() != JsonToken.END_ARRAY) {
        throw new ProblemException(ProblemType.MALFORMED, "import.json-not-array");
      }
    }
  }

  // ---- XLSX: the first sheet, streamed ----

  private void readXlsx(byte[] body) throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(body))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        return;
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new SheetRows(), new DataFormatter(), false));
        parser.parse(new InputSource(sheet));
      }
    }
  }

  /** Collects the cells of each sheet row by column index and hands the row on. */
  private final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final List<String> cells = new ArrayList<>();

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      record(rowNum + 1, new ArrayList<>(cells));
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(value);
    }
  }

  // ---- shared ----

  /** A record of CSV or XLSX: the first non-empty one is the header, the rest are data rows. */
  private void record(int row, List<String> fields) {
    if (fields.stream().allMatch(f -> f == null || f.isBlank())) {
      return;
    }
    if (keys == null) {
      header(row, fields);
      return;
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      if (i < keys.length && keys[i] != null) {
        values.put(keys[i], fields.get(i));
      } else if (i >= keys.length && !fields.get(i).isBlank()) {
        findings.warning(row, CellReference.convertNumToColString(i), "extra-cell");
      }
    }
    add(new SourceRow(row, values));
  }

  private void header(int row, List<String> fields) {
    keys = new String[fields.size()];
    for (int i = 0; i < fields.size(); i++) {
      String name = fields.get(i).strip();
      keys[i] = keyOf(name);
      if (keys[i] == null && !name.isEmpty()) {
        findings.warning(row, name, "unknown-column");
      }
      for (int j = 0; j < i; j++) {
        if (keys[i] != null && keys[i].equals(keys[j])) {
          findings.error(row, name, "duplicate-column");
        }
      }
    }
    for (ImportColumn column : columns) {
      if (column.required() && java.util.Arrays.stream(keys).noneMatch(column.key()::equals)) {
        findings.error(row, column.key(), "missing-column", column.header());
      }
    }
  }

  private void add(SourceRow row) {
    if (rows.size() >= maxRows) {
      throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "import.too-many-rows", maxRows);
    }
    rows.add(row);
  }

  private String keyOf(String header) {
    return columns.stream().filter(c -> c.matches(header)).map(ImportColumn::key).findFirst().orElse(null);
  }
}
