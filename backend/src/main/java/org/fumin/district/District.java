package org.fumin.district;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.fumin.common.persistence.TrackedEntity;

/** A county-level unit or functional zone of the city. */
@Entity
@Table(name = "district")
public class District extends TrackedEntity {

  public String code;
  public String name;

  @Enumerated(EnumType.STRING)
  public DistrictKind kind;
}
