import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { MILESTONE_STATUSES } from '../../../../lib/api/types';

const fieldset = {
  border: '1px solid #d9d9d9',
  borderRadius: 8,
  padding: '8px 16px 0',
  margin: '0 0 12px',
  minWidth: 0,
} as const;
const legend = {
  fontSize: 14,
  fontWeight: 600,
  padding: '0 4px',
  width: 'auto',
  margin: 0,
  border: 0,
};

/** The plan's milestones as an editable list; each is a named group of its fields. */
export function MilestoneFields() {
  const { t } = useTranslation();
  return (
    <Form.List name="milestones">
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 && <p>{t('nominations.plan.noMilestones')}</p>}
          {fields.map((field, index) => {
            const n = index + 1;
            return (
              <fieldset key={field.key} style={fieldset}>
                <legend style={legend}>{t('nominations.plan.milestoneN', { n })}</legend>
                <Flex wrap gap="middle">
                  <Form.Item
                    name={[field.name, 'dueOn']}
                    label={t('nominations.plan.dueOn')}
                    rules={[{ required: true, message: t('nominations.plan.dueOnRequired') }]}
                  >
                    <DatePicker />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'status']}
                    label={t('nominations.plan.statusLabel')}
                    rules={[{ required: true, message: t('nominations.plan.statusRequired') }]}
                  >
                    <Select
                      style={{ width: 140 }}
                      options={MILESTONE_STATUSES.map((s) => ({
                        value: s,
                        label: t(`nominations.plan.status.${s}`),
                      }))}
                    />
                  </Form.Item>
                </Flex>
                <Form.Item
                  name={[field.name, 'deliverable']}
                  label={t('nominations.plan.deliverable')}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t('nominations.plan.deliverableRequired'),
                    },
                  ]}
                >
                  <Input maxLength={500} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'completionNote']}
                  label={t('nominations.plan.completionNote')}
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'evidence']}
                  label={t('nominations.plan.evidence')}
                  extra={t('nominations.plan.evidenceHint')}
                >
                  <Select
                    mode="tags"
                    tokenSeparators={[',', '，', ' ']}
                    maxCount={30}
                    open={false}
                    suffix={null}
                    aria-label={t('nominations.plan.evidence')}
                  />
                </Form.Item>
                <Form.Item>
                  <Button
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('nominations.plan.removeMilestone', { n })}
                    onClick={() => {
                      remove(field.name);
                    }}
                  >
                    {t('common.delete')}
                  </Button>
                </Form.Item>
              </fieldset>
            );
          })}
          <Button
            type="dashed"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => {
              add({ status: 'PLANNED' });
            }}
          >
            {t('nominations.plan.addMilestone')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
