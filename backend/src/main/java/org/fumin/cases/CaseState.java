package org.fumin.cases;

/** Where a typical case stands: written, submitted to the city, returned for supplement, published, withdrawn from publication. */
public enum CaseState { DRAFT, SUBMITTED, RETURNED, PUBLISHED, WITHDRAWN }
