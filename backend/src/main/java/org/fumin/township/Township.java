package org.fumin.township;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.fumin.common.persistence.TrackedEntity;
import org.fumin.district.District;

/** A township or sub-district (乡镇、街道) of one district. */
@Entity
@Table(name = "township")
public class Township extends TrackedEntity {

  public String code;
  public String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "district_id")
  public District district;
}
