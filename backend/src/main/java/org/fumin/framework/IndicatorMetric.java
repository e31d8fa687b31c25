package org.fumin.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A measurable part of an indicator, checked automatically: e.g. participation rate, %, >=, 95. */
@Entity
@Table(name = "indicator_metric")
public class IndicatorMetric extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "indicator_id")
  public long indicatorId;

  @Column(name = "name_zh")
  public String nameZh;

  @Column(name = "name_en")
  public String nameEn;

  public String unit;
  public String comparator;
  public BigDecimal threshold;
}
