import { describe, expect, it } from 'vitest';
import en from './en';
import i18n, { LANGUAGE_STORAGE_KEY, storedLanguage } from './index';
import zhCN from './zh-CN';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

function leavesWithKeys(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]): [string, string][] =>
    typeof value === 'object' && value !== null
      ? leavesWithKeys(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)]],
  );
}

describe('i18n', () => {
  it('has every key in both languages, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
    const leaves = (tree: object): unknown[] =>
      Object.values(tree).flatMap((v: unknown) => (typeof v === 'object' && v ? leaves(v) : [v]));
    expect(
      [...leaves(en), ...leaves(zhCN)].every((s) => typeof s === 'string' && s.length > 0),
    ).toBe(true);
  });

  it('gives English labels English punctuation: no full-width colon, enumeration comma or semicolon', () => {
    expect(leavesWithKeys(en).filter(([, text]) => /[：、；]/.test(text))).toEqual([]);
  });

  it('names the district’s step as the plan does (申报, 申报名额): 提名 and 推荐名额 appear nowhere', () => {
    expect(leavesWithKeys(zhCN).filter(([, text]) => /提名|推荐名额/.test(text))).toEqual([]);
  });

  it('starts in the remembered language, and in Chinese when there is none or it is unknown', () => {
    expect(storedLanguage()).toBe('zh-CN');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(storedLanguage()).toBe('en');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(storedLanguage()).toBe('zh-CN');
  });

  it('fetches the English texts when English is chosen, keeping texts a page added before', async () => {
    i18n.addResourceBundle('en', 'translation', { overview: { addedByPage: 'kept' } }, true, false);
    await i18n.changeLanguage('en');
    expect(i18n.t('common.save')).toBe('Save');
    expect(i18n.t('overview.title')).toBe(en.overview.title);
    expect(i18n.exists('overview.addedByPage')).toBe(true);
  });
});
