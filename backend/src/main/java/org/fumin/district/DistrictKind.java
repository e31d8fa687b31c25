package org.fumin.district;

/** County-level units (县/市/区) nominate two townships per round, functional zones (功能区) one. */
public enum DistrictKind {
  COUNTY_LEVEL,
  FUNCTIONAL_ZONE
}
