package org.fumin.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A heading of a framework edition (组织推动, 就业创业, ...) grouping its indicators. */
@Entity
@Table(name = "indicator_category")
public class IndicatorCategory extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "framework_id")
  public long frameworkId;

  public String code;

  @Column(name = "title_zh")
  public String titleZh;

  @Column(name = "title_en")
  public String titleEn;

  public int position;
}
