import { term } from './glossary.zh-CN';

// The overview feature's texts (zh-CN, the default); overview.en.ts must have the same keys.
const overview = {
  overview: {
    title: '概览',
    intro: `当前${term.round}的进展，以及就业富民乡村振兴${term.base}培育工作的行政区划基础数据。`,
    districts: term.district,
    countyLevel: `其中${term.countyLevel}`,
    functionalZones: `其中${term.functionalZone}`,
    townships: term.townshipOrStreet,
    viewDistricts: `查看全部${term.district}`,
    viewCountyLevel: `查看${term.countyLevel}`,
    viewFunctionalZones: `查看${term.functionalZone}`,
    viewTownships: `查看全部${term.township}`,
    currentRound: {
      title: `当前${term.round}`,
      none: `尚未设立${term.round}。`,
      viewRounds: `查看${term.round}`,
      state: '批次状态',
      nextDeadline: '下一截止时间',
      deadlineOf: '{{phase}}：{{deadline}}（北京时间）',
      allPassed: '各阶段均已截止',
      nominations: `${term.nomination}（按状态）`,
      scope: '统计范围：{{scope}}',
      wholeCity: '全市',
      total: '全部',
      viewNominations: `查看${term.nomination}`,
    },
  },
};

export default overview;
