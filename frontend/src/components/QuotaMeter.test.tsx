import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { QuotaMeter } from './QuotaMeter';

describe('QuotaMeter', () => {
  it('says a quota of 0 has no places, with an empty bar, not that it is full', () => {
    renderWithProviders(<QuotaMeter used={0} quota={0} name="邗江区" />);
    expect(screen.getByText('无申报名额')).toBeInTheDocument();
    expect(screen.queryByText(/已满/)).not.toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: '邗江区 名额使用情况' });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(bar).toHaveAttribute('aria-valuetext', '无申报名额');
  });

  it('shows a used-up quota as full', () => {
    renderWithProviders(<QuotaMeter used={2} quota={2} />);
    expect(screen.getByText('已用 2 / 2 （已满）')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '名额使用情况' })).toHaveAttribute(
      'aria-valuenow',
      '100',
    );
  });
});
