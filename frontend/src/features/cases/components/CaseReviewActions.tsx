import { App, Button, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from '../../../components/ConfirmActionButton';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useCaseAction } from '../api/caseActions';
import type { Case, CaseReviewAction } from '../api/types';

/** The review steps the caller may take now (the server's `allowedActions`), each confirmed first. */
export function CaseReviewActions({ current }: { current: Case }) {
  const { t } = useTranslation();
  const act = useCaseAction();
  const allowed = current.allowedActions.filter((a): a is CaseReviewAction => a !== 'SAVE');
  if (allowed.length === 0) return null;

  return (
    <Flex gap="small" wrap>
      {allowed.map((action) =>
        action === 'RETURN' || action === 'WITHDRAW' ? (
          <ReasonButton key={action} current={current} action={action} />
        ) : (
          <ConfirmActionButton
            key={action}
            type="primary"
            size="middle"
            label={t(`cases.actions.${action}`)}
            title={t(
              action === 'SUBMIT' ? 'cases.confirm.submitTitle' : 'cases.confirm.publishTitle',
            )}
            body={t(action === 'SUBMIT' ? 'cases.confirm.submitBody' : 'cases.confirm.publishBody')}
            okText={t(`cases.actions.${action}`)}
            doneMessage={t(`cases.done.${action}`)}
            onConfirm={() => act.mutateAsync({ current, action })}
          />
        ),
      )}
    </Flex>
  );
}

/** Return or withdraw: both must say why, in a dialog that names who is told. */
function ReasonButton({ current, action }: { current: Case; action: 'RETURN' | 'WITHDRAW' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const act = useCaseAction();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const prefix = action === 'RETURN' ? 'return' : 'withdraw';

  const close = () => {
    setOpen(false);
    act.reset();
    form.resetFields();
  };

  return (
    <>
      <Button
        danger
        onClick={() => {
          setOpen(true);
        }}
      >
        {t(`cases.actions.${action}`)}
      </Button>
      <Modal
        open={open}
        title={t(`cases.confirm.${prefix}Title`)}
        okText={t(`cases.actions.${action}`)}
        okButtonProps={{ danger: true, loading: act.isPending }}
        cancelText={t('common.cancel')}
        onCancel={close}
        onOk={() => {
          form.submit();
        }}
        destroyOnHidden
      >
        <p>{t(`cases.confirm.${prefix}Body`, { district: current.districtName })}</p>
        <Form
          form={form}
          layout="vertical"
          name={`case-${prefix}`}
          onFinish={({ reason }) => {
            act.mutate(
              { current, action, reason: reason.trim() },
              {
                onSuccess: () => {
                  void message.success(t(`cases.done.${action}`));
                  close();
                },
              },
            );
          }}
        >
          <Form.Item
            name="reason"
            label={t('cases.confirm.reason')}
            rules={[
              { required: true, whitespace: true, message: t('cases.confirm.reasonRequired') },
            ]}
          >
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 3 }} />
          </Form.Item>
        </Form>
        {act.error !== null && <ProblemAlert error={act.error} />}
      </Modal>
    </>
  );
}
