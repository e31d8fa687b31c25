// Simplified Chinese is the default language of the system. en.ts must have the same keys.
// One file pair (zh-CN, en) per feature; the programme's terms come from glossary.zh-CN.ts.
import common from './common.zh-CN';
import overview from './overview.zh-CN';
import districts from './districts.zh-CN';
import townships from './townships.zh-CN';
import auth from './auth.zh-CN';
import users from './users.zh-CN';
import apiKeys from './apiKeys.zh-CN';
import audit from './audit.zh-CN';
import rounds from './rounds.zh-CN';
import frameworks from './frameworks.zh-CN';
import nominations from './nominations.zh-CN';
import notifications from './notifications.zh-CN';
import evidence from './evidence.zh-CN';
import imports from './imports.zh-CN';
import cases from './cases.zh-CN';
import assessment from './assessment.zh-CN';
import results from './results.zh-CN';

const zhCN = {
  ...common,
  ...overview,
  ...districts,
  ...townships,
  ...auth,
  ...users,
  ...apiKeys,
  ...audit,
  rounds,
  frameworks,
  nominations,
  notifications,
  evidence,
  imports,
  cases,
  assessment,
  results,
};

export default zhCN;
