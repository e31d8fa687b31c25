import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '../../../components/FormButtons';
import { FormModal } from '../../../components/FormModal';
import { FormProblem } from '../../../components/FormProblem';
import { useFormSave } from '../../../components/useFormSave';
import { useIdempotencyKey } from '../../../components/useIdempotencyKey';
import type { Framework, FrameworkCopyInput } from '../../../lib/api/types';
import { useCopyFramework } from '../api/copyFramework';

const FIELDS = ['name'] as const;

interface CopyFrameworkModalProps {
  open: boolean;
  source: Framework;
  onClose: () => void;
  onCopied: (copy: Framework) => void;
}

/** Copies an edition into a new, editable one (for a later round); the name picks the edition. */
export function CopyFrameworkModal({ open, source, onClose, onCopied }: CopyFrameworkModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal
      open={open}
      title={t('frameworks.copyTitle', {
        name: `${source.name} ${t('frameworks.editionOf', { edition: source.edition })}`,
      })}
      onClose={onClose}
    >
      <CopyForm
        source={source}
        onCancel={onClose}
        onCopied={(copy) => {
          onClose();
          onCopied(copy);
        }}
      />
    </FormModal>
  );
}

function CopyForm({
  source,
  onCancel,
  onCopied,
}: {
  source: Framework;
  onCancel: () => void;
  onCopied: (copy: Framework) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FrameworkCopyInput>();
  const { error, save } = useFormSave(form, FIELDS);
  const idempotency = useIdempotencyKey();
  const copy = useCopyFramework();

  const submit = async (values: FrameworkCopyInput) => {
    await save(async () => {
      const created = await copy.mutateAsync({
        id: source.id,
        input: { name: values.name.trim() },
        idempotencyKey: idempotency.key(),
      });
      void message.success(
        t('frameworks.copied', { name: created.value.name, edition: created.value.edition }),
      );
      onCopied(created.value);
    });
  };

  return (
    <Form<FrameworkCopyInput>
      name="framework-copy"
      form={form}
      layout="vertical"
      initialValues={{ name: source.name }}
      onFinish={(values) => void submit(values)}
      onValuesChange={() => {
        idempotency.renew();
      }}
    >
      <Form.Item
        name="name"
        label={t('frameworks.copyName')}
        extra={t('frameworks.copyNameHint')}
        rules={[{ required: true, whitespace: true, message: t('frameworks.nameRequired') }]}
      >
        <Input maxLength={128} autoComplete="off" />
      </Form.Item>
      <FormProblem error={error} fields={FIELDS} />
      <FormButtons onCancel={onCancel} pending={copy.isPending} />
    </Form>
  );
}
