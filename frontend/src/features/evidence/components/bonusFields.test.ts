import { describe, expect, it } from 'vitest';
import { isWebLink } from './bonusFields';

describe('isWebLink', () => {
  it('takes web addresses, Chinese domain names included, and refuses scripts and credentials', () => {
    expect(isWebLink('https://www.xhby.net/a/1')).toBe(true);
    expect(isWebLink('https://例子.中国/新闻')).toBe(true);
    expect(isWebLink('javascript:alert(1)')).toBe(false);
    expect(isWebLink('https://user:pw@example.cn/a')).toBe(false);
    expect(isWebLink('/relative')).toBe(false);
  });
});
