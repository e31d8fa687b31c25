package org.fumin.programme;

import org.fumin.district.DistrictKind;

/**
 * A round's places per district unless overridden for one district: one number for county-level
 * units and one for functional zones.
 */
public record QuotaDefaults(int countyLevel, int functionalZone) {

  public int quotaFor(DistrictKind kind) {
    return kind == DistrictKind.COUNTY_LEVEL ? countyLevel : functionalZone;
  }
}
