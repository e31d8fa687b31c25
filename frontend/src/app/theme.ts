import type { ThemeConfig } from 'antd';

// antd's default blue (#1677ff), red and grey text tokens miss WCAG AA contrast on white; these
// darker shades keep ≥ 4.5:1 for text, links, primary buttons and form errors.
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    colorLink: '#0958d9',
    colorError: '#cf1322',
    colorTextTertiary: '#595959',
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#6e6e6e',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerPadding: '0 16px' },
    Descriptions: { labelColor: '#595959' },
  },
};

/**
 * The elder-friendly mode (适老化模式), laid over `theme`: body text of 18 px, taller controls
 * (44 px targets), more line spacing, near-black text and darker borders. The national guideline
 * for ageing-friendly web applications (2021) asks for large type, high contrast and large targets.
 */
export const careTheme: ThemeConfig = {
  token: {
    fontSize: 18,
    fontSizeSM: 16,
    fontSizeLG: 20,
    fontSizeHeading1: 32,
    fontSizeHeading2: 26,
    fontSizeHeading3: 22,
    fontSizeHeading4: 20,
    fontSizeHeading5: 18,
    lineHeight: 1.75,
    controlHeight: 44,
    controlHeightSM: 36,
    controlHeightLG: 52,
    colorText: '#000000',
    colorTextHeading: '#000000',
    colorTextSecondary: '#1f1f1f',
    colorTextTertiary: '#262626',
    colorTextDescription: '#262626',
    colorTextLabel: '#1f1f1f',
    colorTextPlaceholder: '#434343',
    colorBorder: '#595959',
    colorBorderSecondary: '#8c8c8c',
    colorSplit: '#8c8c8c',
    colorPrimary: '#003eb3',
    colorInfo: '#003eb3',
    colorLink: '#003eb3',
    colorError: '#a8071a',
  },
  components: {
    Descriptions: { labelColor: '#1f1f1f' },
    Table: { cellPaddingBlock: 14 },
    Tag: { fontSizeSM: 16 },
    Segmented: { itemColor: '#1f1f1f' },
  },
};

/** `theme` with the elder-friendly mode laid over it when it is on. */
export function themeFor(careMode: boolean): ThemeConfig {
  if (!careMode) return theme;
  const base = theme.components ?? {};
  const care = careTheme.components ?? {};
  return {
    ...theme,
    token: { ...theme.token, ...careTheme.token },
    components: {
      ...base,
      ...care,
      Descriptions: { ...base.Descriptions, ...care.Descriptions },
    },
  };
}
