import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The indicator's checklist as an editable list: one requirement per item. */
export function CriteriaFields() {
  const { t } = useTranslation();
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
      <legend>
        <Typography.Text strong>{t('frameworks.criteria')}</Typography.Text>
      </legend>
      <Form.List name="criteria">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Flex key={field.key} gap="small" align="flex-start">
                <Form.Item
                  name={field.name}
                  label={t('frameworks.criterion', { n: index + 1 })}
                  style={{ flex: 1, marginBottom: 12 }}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t('frameworks.criterionRequired'),
                    },
                  ]}
                >
                  <Input.TextArea
                    maxLength={2000}
                    autoSize={{ minRows: 1, maxRows: 6 }}
                    lang="zh-CN"
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('frameworks.removeCriterion', { n: index + 1 })}
                  style={{ marginTop: 30 }}
                  onClick={() => {
                    remove(field.name);
                  }}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              disabled={fields.length >= 100}
              onClick={() => {
                add('');
              }}
            >
              {t('frameworks.addCriterion')}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
