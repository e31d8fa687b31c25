// The programme's terms in Chinese: every feature's texts name them from here, so a renamed term
// changes everywhere at once. glossary.en.ts has the same keys.
export const term = {
  round: '培育批次',
  rounds: '培育批次',
  framework: '培育标准',
  frameworks: '培育标准',
  /** The district's step of putting a township forward (the plan's 申报; 推荐 is the provincial step). */
  nominate: '申报',
  nomination: '创建对象',
  nominations: '创建对象',
  /** County-level districts and functional zones together. */
  district: '县市区',
  districts: '县市区',
  countyLevel: '县（市、区）',
  functionalZone: '功能区',
  functionalZones: '功能区',
  township: '乡镇',
  townships: '乡镇',
  townshipOrStreet: '乡镇（街道）',
  base: '基地',
  /** Places per district and round. */
  quota: '申报名额',
  evidence: '佐证材料',
  indicator: '指标',
  bonusItem: '加分项',
  assessment: '考核验收',
  provincial: '省级',
};

/** The terms as a sentence starts them (Chinese has no capitals). */
export const Term: Record<keyof typeof term, string> = term;
