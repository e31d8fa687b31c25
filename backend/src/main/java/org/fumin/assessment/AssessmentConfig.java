package org.fumin.assessment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Year-end acceptance settings ({@code fumin.assessment.*}). */
@ConfigMapping(prefix = "fumin.assessment")
public interface AssessmentConfig {

  /**
   * How many different assessors' latest judgements must agree before an indicator's outcome
   * counts: 1 (one assessor's judgement suffices, the default) or 2 (a second concurring opinion).
   */
  @WithDefault("1")
  int requiredOpinions();
}
