package org.fumin.auth;

/** The roles of DOMAIN.md; a user has exactly one. */
public enum Role {
  CITY_ADMIN,
  CITY_ASSESSOR,
  DISTRICT_ADMIN,
  TOWNSHIP_OPERATOR,
  VIEWER
}
