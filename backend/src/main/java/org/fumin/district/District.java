package org.fumin.district;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.fumin.common.persistence.TrackedEntity;
import org.hibernate.annotations.Formula;

/** A county-level unit or functional zone of the city. */
@Entity
@Table(name = "district")
public class District extends TrackedEntity {

  public String code;
  public String name;

  @Enumerated(EnumType.STRING)
  public DistrictKind kind;

  @Formula("(select count(*) from township t where t.district_id = id)")
  public int townshipCount;
}
