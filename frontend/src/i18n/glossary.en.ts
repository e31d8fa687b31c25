import type { term as zhTerm } from './glossary.zh-CN';

// The programme's terms in English, with the keys of glossary.zh-CN.ts.
export const term: Record<keyof typeof zhTerm, string> = {
  round: 'round',
  rounds: 'rounds',
  framework: 'framework',
  frameworks: 'frameworks',
  nominate: 'nominate',
  nomination: 'nomination',
  nominations: 'nominations',
  district: 'district',
  districts: 'districts',
  countyLevel: 'county-level district',
  functionalZone: 'functional zone',
  functionalZones: 'functional zones',
  township: 'township',
  townships: 'townships',
  townshipOrStreet: 'township or sub-district',
  base: 'base',
  quota: 'nomination quota',
  evidence: 'evidence',
  indicator: 'indicator',
  bonusItem: 'bonus item',
  assessment: 'assessment',
  provincial: 'provincial',
};

/** The terms as a sentence or title starts them. */
export const Term = Object.fromEntries(
  Object.entries(term).map(([key, value]) => [key, value.charAt(0).toUpperCase() + value.slice(1)]),
) as Record<keyof typeof term, string>;
