package org.fumin.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fumin.common.problem.Messages;
import org.fumin.exporting.SafeCells;
import org.fumin.importing.ImportApi.ImportJobView;
import org.fumin.importing.ImportApi.ImportProblem;

/** Import templates (the headers and one example row) and reports as files. */
@ApplicationScoped
public class ImportTemplates {

  /** CSV in UTF-8 with BOM, so that Excel in Chinese opens it correctly. */
  public byte[] csv(ImportKind kind) {
    List<String> headers = kind.columns().stream().map(ImportColumn::header).toList();
    List<String> example = kind.columns().stream().map(ImportColumn::example).toList();
    return (SafeCells.BOM + SafeCells.csvLine(headers) + SafeCells.csvLine(example)).getBytes(StandardCharsets.UTF_8);
  }

  /** XLSX with the headers, one example row, and drop-downs for the columns with a fixed set of values. */
  public byte[] xlsx(ImportKind kind) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet(kind.slug());
      XSSFRow header = sheet.createRow(0);
      XSSFRow example = sheet.createRow(1);
      DataValidationHelper validations = sheet.getDataValidationHelper();
      for (int i = 0; i < kind.columns().size(); i++) {
        ImportColumn column = kind.columns().get(i);
        header.createCell(i).setCellValue(column.header());
        example.createCell(i).setCellValue(column.example());
        sheet.setColumnWidth(i, 24 * 256);
        if (!column.allowed().isEmpty()) {
          DataValidation dropDown = validations.createValidation(
              validations.createExplicitListConstraint(column.allowed().toArray(String[]::new)),
              new CellRangeAddressList(1, 100_000, i, i));
          dropDown.setShowErrorBox(true);
          sheet.addValidationData(dropDown);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report: one line per problem and row (severity, row, column, code, message). */
  public byte[] reportCsv(ImportJobView view, Locale locale) {
    StringBuilder csv = new StringBuilder(SafeCells.BOM);
    csv.append(SafeCells.csvLine(List.of(Messages.get(locale, "import.report.severity"), Messages.get(locale, "import.report.row"),
        Messages.get(locale, "import.report.column"), Messages.get(locale, "import.report.code"),
        Messages.get(locale, "import.report.message"))));
    append(csv, view.errors(), Messages.get(locale, "import.report.error"));
    append(csv, view.warnings(), Messages.get(locale, "import.report.warning"));
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void append(StringBuilder csv, List<ImportProblem> problems, String severity) {
    if (problems == null) {
      return;
    }
    for (ImportProblem p : problems) {
      for (Integer row : p.rows()) {
        List<Object> cells = new ArrayList<>();
        cells.add(severity);
        cells.add(row);
        cells.add(p.column());
        cells.add(p.code());
        cells.add(p.message());
        csv.append(SafeCells.csvLine(cells));
      }
    }
  }
}
