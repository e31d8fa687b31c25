import { term } from './glossary.zh-CN';

// The public results page's texts (zh-CN, the default); results.en.ts must have the same keys.
const results = {
  title: `就业富民乡村振兴${term.base}名单公示`,
  siteName: `扬州市就业富民乡村振兴${term.base}`,
  intro: `以下为经市人力资源和社会保障局${term.assessment}并发文命名的${term.base}，以及被撤销称号的${term.base}。`,
  year: '年度',
  yearLabel: '选择公示年度',
  yearN: '{{year}} 年度',
  named: `命名的${term.base}`,
  namedCaption: `{{year}} 年度命名的${term.base}`,
  revoked: '撤销称号',
  revokedCaption: '{{year}} 年度撤销的称号',
  township: term.townshipOrStreet,
  district: term.district,
  documentNumber: '命名文号',
  namedOn: '命名日期',
  revokedOn: '撤销日期',
  revocationDocument: '撤销文号',
  reason: '撤销原因',
  noneNamed: `该年度暂无公示的${term.base}。`,
  noneRevoked: '该年度没有撤销的称号。',
  cases: '典型案例',
  casesCaption: '{{year}} 年度发布的典型案例',
  caseTitle: '案例标题',
  publishedOn: '发布日期',
  noCases: '该年度暂无发布的典型案例。',
  casesLoadFailed: '典型案例暂时无法加载',
  loadFailed: '公示名单暂时无法加载',
  retry: '重试',
  tooMany: '访问过于频繁，请稍后再试。',
  signIn: '工作人员登录',
  language: '界面语言',
  skipToContent: '跳到主要内容',
};

export default results;
