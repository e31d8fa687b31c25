package org.fumin.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.fumin.framework.FrameworkApi.IndicatorKind;

/** One indicator of a framework edition: a standard that decides naming, or a bonus item. */
@Entity
@Table(name = "indicator")
public class FrameworkIndicator extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "framework_id")
  public long frameworkId;

  @Column(name = "category_id")
  public long categoryId;

  public String code;

  @Enumerated(EnumType.STRING)
  public IndicatorKind kind;

  @Column(name = "title_zh")
  public String titleZh;

  @Column(name = "text_zh")
  public String textZh;

  @Column(name = "gloss_en")
  public String glossEn;

  /** The assessment criteria, one per line. */
  public String criteria;

  public int position;
}
