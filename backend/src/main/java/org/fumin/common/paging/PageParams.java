package org.fumin.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The query parameters every list call shares: {@code page}, {@code size}, {@code sort}, {@code q}. */
public class PageParams {

  @QueryParam("page")
  @DefaultValue("1")
  @Min(value = 1, message = "{fumin.min}")
  @Max(value = 1_000_000, message = "{fumin.max}")
  public int page;

  @QueryParam("size")
  @DefaultValue("20")
  @Min(value = 1, message = "{fumin.min}")
  @Max(value = PageRequest.MAX_SIZE, message = "{fumin.max}")
  public int size;

  @QueryParam("sort")
  @Size(max = 32, message = "{fumin.size.max}")
  public String sort;

  /** Part of a name or code to look for. */
  @QueryParam("q")
  @Size(max = 64, message = "{fumin.size.max}")
  public String q;

  public PageRequest request() {
    return new PageRequest(page, size, sort);
  }
}
