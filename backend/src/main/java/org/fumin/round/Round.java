package org.fumin.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.fumin.common.persistence.TrackedEntity;
import org.fumin.programme.QuotaDefaults;

/** A yearly cultivation round (培育批次); its phases live in {@code round_phase}. */
@Entity
@Table(name = "round")
public class Round extends TrackedEntity {

  public int year;
  public String name;

  @Column(name = "framework_id")
  public long frameworkId;

  @Enumerated(EnumType.STRING)
  public RoundState state = RoundState.DRAFT;

  @Column(name = "quota_county_level")
  public int quotaCountyLevel;

  @Column(name = "quota_functional_zone")
  public int quotaFunctionalZone;

  /** The places per district kind, unless overridden for one district. */
  public QuotaDefaults quotaDefaults() {
    return new QuotaDefaults(quotaCountyLevel, quotaFunctionalZone);
  }
}
