import { term } from './glossary.zh-CN';

// The townships feature's texts (zh-CN, the default); townships.en.ts must have the same keys.
const townships = {
  township: {
    listTitle: `${term.township}管理`,
    entity: term.township,
    code: '行政区划代码',
    name: '名称',
    district: `所属${term.district}`,
    searchLabel: `按名称或代码搜索${term.township}`,
    searchPlaceholder: '名称或代码',
    districtFilter: `按所属${term.district}筛选`,
    allDistricts: `全部${term.district}`,
    createTitle: `新增${term.township}`,
    editTitle: `编辑${term.township}：{{name}}`,
    created: `已新增${term.township}“{{name}}”`,
    updated: `已保存${term.township}“{{name}}”`,
    detailTitle: `${term.township}详情`,
    notFound: `未找到该${term.township}，或您无权访问`,
    codeRequired: '请输入行政区划代码',
    codePattern: '行政区划代码应为 9 位或 12 位数字',
    codePrefix: `代码应以所属${term.district}代码 {{prefix}} 开头`,
    nameRequired: '请输入名称',
    nameMax: '名称不能超过 64 个字符',
    districtRequired: `请选择所属${term.district}`,
  },
};

export default townships;
