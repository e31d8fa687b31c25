import { CloseCircleFilled } from '@ant-design/icons';
import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../../../components/VisuallyHidden';

type Range = [Dayjs | null, Dayjs | null] | null;

interface PhaseRangePickerProps {
  /** Given by Form.Item: the visible label names the start input through it. */
  id?: string;
  value?: Range;
  onChange?: (value: Range) => void;
  /** The phase's name, so each of the two inputs has a name of its own. */
  phaseName: string;
}

/**
 * A phase's start and end, minutes precision, as Beijing wall-clock time. Each input is named
 * ("部署阶段 开始时间", "部署阶段 结束时间") for screen readers.
 */
export function PhaseRangePicker({ id, value, onChange, phaseName }: PhaseRangePickerProps) {
  const { t } = useTranslation();
  const startId = id ?? `phase-${phaseName}`;
  const endId = `${startId}-end`;
  return (
    <>
      <VisuallyHidden as="label" htmlFor={startId}>
        {t('rounds.phaseStart')}
      </VisuallyHidden>
      <VisuallyHidden as="label" htmlFor={endId}>
        {t('rounds.phaseEndOf', { phase: phaseName })}
      </VisuallyHidden>
      <DatePicker.RangePicker
        id={{ start: startId, end: endId }}
        value={value}
        onChange={(range) => {
          onChange?.(range);
        }}
        showTime={{ format: 'HH:mm' }}
        format="YYYY-MM-DD HH:mm"
        placeholder={[t('rounds.phaseStart'), t('rounds.phaseEnd')]}
        allowClear={{
          clearIcon: (
            <CloseCircleFilled aria-label={t('rounds.phaseClear', { phase: phaseName })} />
          ),
        }}
        style={{ width: '100%', maxWidth: 420 }}
      />
    </>
  );
}
