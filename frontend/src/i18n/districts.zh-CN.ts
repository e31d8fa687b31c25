import { term } from './glossary.zh-CN';

// The districts feature's texts (zh-CN, the default); districts.en.ts must have the same keys.
const districts = {
  district: {
    listTitle: `${term.district}管理`,
    /** For roles that only read the list: no "management" in the title. */
    listTitleReadOnly: term.districts,
    entity: term.district,
    code: '行政区划代码',
    name: '名称',
    kind: '类型',
    townshipCount: `${term.township}数`,
    searchLabel: `按名称或代码搜索${term.district}`,
    searchPlaceholder: '名称或代码',
    kindFilter: '按类型筛选',
    allKinds: '全部类型',
    createTitle: `新增${term.district}`,
    editTitle: `编辑${term.district}：{{name}}`,
    created: `已新增${term.district}“{{name}}”`,
    updated: `已保存${term.district}“{{name}}”`,
    detailTitle: `${term.district}详情`,
    quotaTitle: `${term.quota}使用`,
    quotaRound: term.round,
    quotaRoundState: '状态',
    quotaUse: `已用/${term.quota}`,
    quotaEmpty: `尚无开放申报的${term.round}`,
    usersTitle: '用户',
    userStatus: '状态',
    userEnabled: '启用',
    userDisabled: '已停用',
    usersEmpty: `该${term.district}尚无用户`,
    townships: `下辖${term.township}`,
    notFound: `未找到该${term.district}，或您无权访问`,
    codeRequired: '请输入行政区划代码',
    codePattern: '行政区划代码应为 6 位数字',
    nameRequired: '请输入名称',
    nameMax: '名称不能超过 64 个字符',
    kindRequired: '请选择类型',
    kinds: {
      COUNTY_LEVEL: term.countyLevel,
      FUNCTIONAL_ZONE: term.functionalZone,
    },
    // What deleting a district would meet, named in its confirmation.
    deleteTownships_one: `“{{name}}”下辖 {{count}} 个${term.township}。下辖${term.township}的${term.district}不能删除：请先删除或移走这些${term.township}。`,
    deleteTownships_other: `“{{name}}”下辖 {{count}} 个${term.township}。下辖${term.township}的${term.district}不能删除：请先删除或移走这些${term.township}。`,
    deleteLiveNominations_one: `其中有 {{count}} 个${term.nomination}正在培育或考核（未撤回、未出结论）。`,
    deleteLiveNominations_other: `其中有 {{count}} 个${term.nomination}正在培育或考核（未撤回、未出结论）。`,
  },
};

export default districts;
