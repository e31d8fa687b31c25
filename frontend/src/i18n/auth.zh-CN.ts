import { term } from './glossary.zh-CN';

// The auth feature's texts (sign-in, own password, account) (zh-CN, the default); auth.en.ts must have the same keys.
const auth = {
  auth: {
    title: '用户登录',
    username: '用户名',
    password: '密码',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    signIn: '登录',
    signOut: '退出登录',
    signedInAs: '当前用户：{{name}}（{{role}}）',
    checking: '正在确认登录状态…',
    roles: {
      CITY_ADMIN: '市级管理员',
      CITY_ASSESSOR: '市级审核员',
      DISTRICT_ADMIN: `${term.countyLevel}管理员`,
      TOWNSHIP_OPERATOR: `${term.township}经办人`,
      VIEWER: '查看者',
    },
    sessionExpired: '会话已过期，请重新登录',
  },
  password: {
    title: '修改密码',
    forcedTitle: '请修改密码',
    forcedIntro:
      '{{name}}，您正在使用初始密码或被重置的密码。请先设置新密码，然后才能继续使用系统。',
    current: '当前密码',
    new: '新密码',
    confirm: '确认新密码',
    policy:
      '密码规则：10–128 个字符，至少包含大写字母、小写字母、数字、符号中的三类；不能包含用户名“{{username}}”，不能是常见密码（或常见密码加上数字、符号），也不能与当前密码相同。',
    currentRequired: '请输入当前密码',
    newRequired: '请输入新密码',
    confirmRequired: '请再次输入新密码',
    mismatch: '两次输入的新密码不一致',
    submit: '修改密码',
    changed: '密码已修改，您的其他会话已结束',
    problems: {
      length: '新密码应为 10–128 个字符',
      classes: '新密码至少包含大写字母、小写字母、数字、符号中的三类',
      username: '新密码不能包含用户名',
      reused: '新密码不能与当前密码相同',
    },
  },
  account: {
    title: '我的账户',
    profile: '个人信息',
    none: '无',
    sessions: '登录会话',
    signedInAt: '登录时间',
    lastSeenAt: '最近活动',
    expiresAt: '过期时间',
    clientAddress: '客户端地址',
    userAgent: '浏览器与系统',
    currentSession: '当前会话',
    endSession: '结束会话',
    endSessionOf: '结束会话（{{time}} 登录）',
    endSessionTitle: '结束会话',
    endSessionBody: '确定要结束 {{time}} 从 {{address}} 登录的会话吗？该设备需要重新登录。',
    sessionEnded: '会话已结束',
  },
};

export default auth;
