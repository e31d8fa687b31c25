import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkdownView } from './MarkdownView';

describe('MarkdownView', () => {
  it('continues the page outline: the text’s top heading takes the level it starts at', () => {
    render(
      <MarkdownView
        source={'## 一、工作目标\n\n正文\n\n### 1. 零工市场\n\n#### 细则'}
        startLevel={4}
      />,
    );
    expect(screen.getByRole('heading', { name: '一、工作目标' }).tagName).toBe('H4');
    expect(screen.getByRole('heading', { name: '1. 零工市场' }).tagName).toBe('H5');
    expect(screen.getByRole('heading', { name: '细则' }).tagName).toBe('H6');
  });

  it('starts a text written with # at the same level and never goes beyond h6', () => {
    render(<MarkdownView source={'# 总体\n\n## 分项\n\n###### 最深'} startLevel={5} />);
    expect(screen.getByRole('heading', { name: '总体' }).tagName).toBe('H5');
    expect(screen.getByRole('heading', { name: '分项' }).tagName).toBe('H6');
    expect(screen.getByRole('heading', { name: '最深' }).tagName).toBe('H6');
  });

  it('drops raw HTML', () => {
    const { container } = render(<MarkdownView source={'<b>粗</b>文字'} startLevel={2} />);
    expect(container.querySelector('b')).toBeNull();
  });
});
