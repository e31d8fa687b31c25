package org.fumin.importing;

import jakarta.ws.rs.core.MediaType;

/** The file formats an import reads and an export writes, chosen by {@code Content-Type} / {@code Accept}. */
public enum ImportFormat {
  CSV("text/csv", "csv"),
  JSON("application/json", "json"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  public static final String CSV_TYPE = "text/csv";
  public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final String mediaType;
  private final String extension;

  ImportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The format of a request body; null for any other media type (answered with 415 before this). */
  public static ImportFormat of(MediaType type) {
    if (type == null) {
      return null;
    }
    for (ImportFormat format : values()) {
      if (MediaType.valueOf(format.mediaType).isCompatible(type)) {
        return format;
      }
    }
    return null;
  }

  /** {@code csv} or {@code xlsx} from a {@code format} parameter, case-insensitively; null otherwise. */
  public static ImportFormat ofName(String name) {
    for (ImportFormat format : values()) {
      if (format.extension.equalsIgnoreCase(name)) {
        return format;
      }
    }
    return null;
  }
}
