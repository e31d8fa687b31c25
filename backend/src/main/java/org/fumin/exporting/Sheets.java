package org.fumin.exporting;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an export table page by page: CSV line by line, XLSX with SXSSF, which keeps only a window
 * of 200 rows in memory and spills the rest to a temporary file, so the heap stays flat.
 */
final class Sheets {

  private Sheets() {}

  static void csv(ExportService.Table table, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8); // 64 KiB chunks, not one per 8 KiB
    writer.write(SafeCells.BOM);
    writer.write(SafeCells.csvLine(table.headers()));
    table.rows(rows -> {
      try {
        for (List<Object> row : rows) {
          writer.write(SafeCells.csvLine(row));
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.flush();
  }

  static void xlsx(ExportService.Table table, OutputStream out) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try {
      SXSSFSheet sheet = workbook.createSheet(table.name());
      SXSSFRow header = sheet.createRow(0);
      for (int i = 0; i < table.headers().size(); i++) {
        header.createCell(i).setCellValue(table.headers().get(i));
      }
      int[] next = {1};
      table.rows(rows -> {
        for (List<Object> row : rows) {
          SXSSFRow line = sheet.createRow(next[0]++);
          for (int i = 0; i < row.size(); i++) {
            Object value = row.get(i);
            if (value instanceof Number n) {
              line.createCell(i).setCellValue(n.doubleValue());
            } else if (value != null) {
              line.createCell(i).setCellValue(SafeCells.neutralise(value.toString()));
            }
          }
        }
      });
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }
}
