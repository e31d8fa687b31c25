package org.fumin.attachment;

import java.util.List;
import org.fumin.common.problem.ProblemException;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The file part of an upload, of which there must be at most one. */
public final class FileParts {

  private FileParts() {}

  /**
   * The one part named {@code file}, or null when there is none (the check explains that); more than
   * one is refused with 400 before anything is stored, rather than keeping one and dropping the rest.
   */
  public static FileUpload single(List<FileUpload> parts) {
    if (parts == null || parts.isEmpty()) {
      return null;
    }
    if (parts.size() > 1) {
      throw ProblemException.invalidField("file", "attachment.one-file");
    }
    return parts.get(0);
  }
}
