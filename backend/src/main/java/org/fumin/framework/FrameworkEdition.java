package org.fumin.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.fumin.common.persistence.TrackedEntity;

/**
 * One edition of a named indicator framework (培育标准): its categories, indicators and metrics
 * hang off it; its version changes with every edit of them, so it is the framework's ETag.
 */
@Entity
@Table(name = "framework")
public class FrameworkEdition extends TrackedEntity {

  public String name;
  public int edition;

  /** The edition this one was copied from, if any. */
  @Column(name = "based_on_id")
  public Long basedOnId;

  /** Final once a round using it has entered assessment. */
  public boolean frozen;
}
