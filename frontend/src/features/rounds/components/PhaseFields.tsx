import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PHASE_CODES } from '../../../lib/api/types';
import { PhaseRangePicker } from './PhaseRangePicker';
import type { PhaseValue } from './roundFormValues';

/** The five phases of a round, each a required start–end range in Beijing time. */
export function PhaseFields() {
  const { t } = useTranslation();
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend>
        <Typography.Text strong>{t('rounds.phases')}</Typography.Text>
      </legend>
      <Typography.Paragraph type="secondary">{t('rounds.phasesHint')}</Typography.Paragraph>
      {PHASE_CODES.map((code) => {
        const phaseName = t(`rounds.phaseNames.${code}`);
        return (
          <Form.Item
            key={code}
            name={['phases', code]}
            label={phaseName}
            extra={t(`rounds.phaseHints.${code}`)}
            rules={[
              {
                validator: async (_rule, value: PhaseValue) => {
                  if (!value?.[0] || !value[1]) {
                    throw new Error(t('rounds.phaseRequired', { phase: phaseName }));
                  }
                  if (value[1].isBefore(value[0])) {
                    throw new Error(t('rounds.phaseOrder', { phase: phaseName }));
                  }
                  await Promise.resolve();
                },
              },
            ]}
          >
            <PhaseRangePicker phaseName={phaseName} />
          </Form.Item>
        );
      })}
    </fieldset>
  );
}
