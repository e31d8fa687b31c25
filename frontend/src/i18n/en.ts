// English, with the same keys as zh-CN (checked by the Resources type and i18n.test.ts).
import type { Resources } from './resources';
import common from './common.en';
import overview from './overview.en';
import districts from './districts.en';
import townships from './townships.en';
import auth from './auth.en';
import users from './users.en';
import apiKeys from './apiKeys.en';
import audit from './audit.en';
import rounds from './rounds.en';
import frameworks from './frameworks.en';
import nominations from './nominations.en';
import notifications from './notifications.en';
import evidence from './evidence.en';
import imports from './imports.en';
import cases from './cases.en';
import assessment from './assessment.en';
import results from './results.en';

const en: Resources = {
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

export default en;
