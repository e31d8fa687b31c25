package org.fumin.exporting;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.fumin.auth.AuthResource;
import org.fumin.common.problem.ProblemException;

/** A table as a streamed CSV (UTF-8 with BOM) or XLSX download, formula injection neutralised. */
public final class Downloads {

  public static final String CSV = ExportResource.CSV;
  public static final String XLSX = ExportResource.XLSX;

  private Downloads() {}

  /** The format from {@code format} ({@code csv}/{@code xlsx}), or else from {@code Accept}. */
  public static Response of(ExportService.Table table, String fileName, String format, String accept) {
    boolean xlsx = format != null ? "xlsx".equalsIgnoreCase(format) : accept != null && accept.contains(XLSX);
    if (format != null && !xlsx && !"csv".equalsIgnoreCase(format)) {
      throw ProblemException.invalidField("format", "violation.enum", "csv, xlsx");
    }
    StreamingOutput body = out -> {
      if (xlsx) {
        Sheets.xlsx(table, out);
      } else {
        Sheets.csv(table, out);
      }
    };
    return Response.ok(body, xlsx ? XLSX : CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + fileName + (xlsx ? ".xlsx" : ".csv") + "\"")
        .header(HttpHeaders.CACHE_CONTROL, AuthResource.NO_STORE)
        .build();
  }
}
