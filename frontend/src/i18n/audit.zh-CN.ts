// The audit feature's texts (zh-CN, the default); audit.en.ts must have the same keys.
const audit = {
  audit: {
    title: '审计日志',
    at: '时间',
    actor: '操作者',
    actorFilter: '按操作者筛选',
    actorPlaceholder: '用户名或密钥名称',
    action: '操作',
    actionFilter: '按操作筛选',
    entityType: '对象类型',
    entityTypeFilter: '按对象类型筛选',
    entityId: '对象编号',
    entityIdFilter: '按对象编号筛选',
    range: '时间范围',
    rangeStart: '开始时间',
    rangeEnd: '结束时间',
    apply: '查询',
    before: '变更前',
    after: '变更后',
    nothing: '（无）',
    clientAddress: '客户端地址',
    requestId: '请求编号',
    details: '详情',
    expand: '展开 {{id}} 号记录的详情',
    collapse: '收起 {{id}} 号记录的详情',
    actorTypes: {
      USER: '用户',
      API_KEY: 'API 密钥',
      ANONYMOUS: '匿名',
      SYSTEM: '系统',
    },
  },
};

export default audit;
