import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Radio, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { BONUS_TYPES, type BonusType } from '../api/types';
import { BONUS_FIELDS, isWebLink, type BonusField } from './bonusFields';
import { checkDocumentNumber } from '../../../lib/programme/documentNumber';
import { todayInShanghai } from '../../../lib/programme/today';

const MAX_ENTRIES = 20;
const MAX_LENGTH: Partial<Record<BonusField, number>> = {
  title: 200,
  issuingBody: 100,
  documentNumber: 50,
  meeting: 200,
  organiser: 100,
  outlet: 100,
  link: 500,
};

/** The bonus item's entries (加分项): each a group of the fields its type records. */
export function BonusEntriesField({ defaultType }: { defaultType: BonusType }) {
  const { t } = useTranslation();
  return (
    <Form.List name="bonusEntries">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <fieldset key={field.key} className="bonus-entry">
              <legend>{t('evidence.bonus.entryN', { n: index + 1 })}</legend>
              <Form.Item
                name={[field.name, 'type']}
                label={t('evidence.bonus.type')}
                rules={[{ required: true, message: t('evidence.bonus.typeRequired') }]}
              >
                <Select<BonusType>
                  size="large"
                  options={BONUS_TYPES.map((type) => ({
                    value: type,
                    label: t(`evidence.bonus.types.${type}`),
                  }))}
                />
              </Form.Item>
              <Form.Item noStyle dependencies={[['bonusEntries', field.name, 'type']]}>
                {({ getFieldValue }) => {
                  const type = getFieldValue(['bonusEntries', field.name, 'type']) as
                    BonusType | undefined;
                  return (type ? BONUS_FIELDS[type] : []).map((spec) => (
                    <BonusFieldItem
                      key={`${type ?? ''}-${spec.name}`}
                      listName={field.name}
                      name={spec.name}
                      required={spec.required}
                    />
                  ));
                }}
              </Form.Item>
              <Button
                danger
                icon={<DeleteOutlined aria-hidden />}
                onClick={() => {
                  remove(field.name);
                }}
                aria-label={t('evidence.bonus.removeN', { n: index + 1 })}
              >
                {t('evidence.bonus.remove')}
              </Button>
            </fieldset>
          ))}
          {fields.length < MAX_ENTRIES && (
            <Button
              icon={<PlusOutlined aria-hidden />}
              size="large"
              onClick={() => {
                add({ type: defaultType });
              }}
            >
              {t('evidence.bonus.add')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}

function BonusFieldItem({
  listName,
  name,
  required,
}: {
  listName: number;
  name: BonusField;
  required: boolean;
}) {
  const { t } = useTranslation();
  const label = t(`evidence.bonus.fields.${name}`);
  const rules: Rule[] = [
    { required, whitespace: true, message: t('evidence.bonus.required', { field: label }) },
  ];
  if (name === 'documentNumber') {
    rules.push({
      validator: (_rule, raw: string | null | undefined) => {
        if (!raw?.trim()) return Promise.resolve();
        const check = checkDocumentNumber(raw, Number(todayInShanghai().slice(0, 4)));
        return check.ok
          ? Promise.resolve()
          : Promise.reject(new Error(t(`evidence.bonus.documentNumber.${check.problem}`)));
      },
    });
  }
  if (name === 'link') {
    rules.push({
      validator: (_rule, raw: string | null | undefined) =>
        !raw?.trim() || isWebLink(raw)
          ? Promise.resolve()
          : Promise.reject(new Error(t('evidence.bonus.linkInvalid'))),
    });
  }
  if (name === 'date') {
    rules.push({
      validator: (_rule, raw: string | null | undefined) =>
        !raw || raw <= todayInShanghai()
          ? Promise.resolve()
          : Promise.reject(new Error(t('evidence.bonus.dateFuture'))),
    });
  }
  const path = [listName, name];
  return (
    <Form.Item
      name={path}
      label={label}
      rules={rules}
      validateDebounce={name === 'documentNumber' ? 300 : undefined}
      extra={name === 'documentNumber' ? t('evidence.bonus.documentNumber.hint') : undefined}
    >
      {name === 'level' ? (
        <Radio.Group
          optionType="button"
          size="large"
          options={[
            { value: 'PROVINCIAL', label: t('evidence.bonus.levels.PROVINCIAL') },
            { value: 'NATIONAL', label: t('evidence.bonus.levels.NATIONAL') },
          ]}
        />
      ) : name === 'date' ? (
        <Input type="date" size="large" max={todayInShanghai()} style={{ maxWidth: 240 }} />
      ) : name === 'link' ? (
        <Input
          type="url"
          inputMode="url"
          size="large"
          maxLength={MAX_LENGTH.link}
          placeholder="https://"
        />
      ) : (
        <Input size="large" maxLength={MAX_LENGTH[name]} />
      )}
    </Form.Item>
  );
}
