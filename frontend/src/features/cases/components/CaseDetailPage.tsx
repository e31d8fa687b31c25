import { App, Alert, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../../../components/format';
import { MarkdownView } from '../../../components/MarkdownView';
import { PageHeader } from '../../../components/PageHeader';
import { RecordLoadState, RecordNotFound } from '../../../components/RecordLoadState';
import { useIdempotencyKey } from '../../../components/useIdempotencyKey';
import { useLeaveGuard } from '../../../components/useLeaveGuard';
import { parseId } from '../../../components/parseId';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { useCase } from '../api/getCase';
import { useCreateCase, useSaveCase } from '../api/saveCase';
import type { Case, CaseInput } from '../api/types';
import { CaseAttachments } from './CaseAttachments';
import { CaseForm } from './CaseForm';
import { CaseReviewActions } from './CaseReviewActions';
import { CaseStateTag } from './CaseStateTag';

function useCaseLeaveGuard(dirty: boolean) {
  const { t } = useTranslation();
  useLeaveGuard(dirty, {
    title: t('cases.leaveTitle'),
    body: t('cases.leaveBody'),
    leave: t('cases.leave'),
    stay: t('cases.stay'),
  });
}

/** A district admin writes a new case; once created it opens as its own page. */
export function CaseNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const create = useCreateCase();
  const idempotency = useIdempotencyKey();
  const [dirty, setDirty] = useState(false);
  useCaseLeaveGuard(dirty);

  const save = async (input: CaseInput) => {
    const created = await create.mutateAsync({ input, idempotencyKey: idempotency.key() });
    idempotency.renew();
    setDirty(false);
    void message.success(t('cases.created'));
    // after the guard has seen the form is clean
    setTimeout(() => void navigate(`/cases/${String(created.id)}`), 0);
  };

  return (
    <>
      <PageHeader
        title={t('cases.newTitle')}
        crumbs={[{ label: t('cases.listTitle'), to: '/cases' }, { label: t('cases.newTitle') }]}
      />
      <CaseForm
        initial={undefined}
        districtId={me?.districtId ?? undefined}
        pending={create.isPending}
        error={create.error}
        onSave={save}
        onDirtyChange={setDirty}
      />
    </>
  );
}

export function CaseDetailPage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = parseId(params.id);
  if (id === undefined) return <RecordNotFound title={t('cases.listTitle')} />;
  return <CaseDetail id={id} />;
}

function CaseDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const query = useCase(id);
  if (!query.data) {
    return (
      <RecordLoadState
        query={query}
        notFoundTitle={t('cases.listTitle')}
        errorTitle={t('cases.listTitle')}
      />
    );
  }
  return <CaseRecord current={query.data} onReload={() => void query.refetch()} />;
}

function CaseRecord({ current, onReload }: { current: Case; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useSaveCase();
  const [dirty, setDirty] = useState(false);
  useCaseLeaveGuard(dirty);
  const editable = current.allowedActions.includes('SAVE');

  const onSave = async (input: CaseInput) => {
    await save.mutateAsync({ current, input });
    void message.success(t('cases.saved'));
  };

  return (
    <>
      <PageHeader
        title={current.title}
        crumbs={[{ label: t('cases.listTitle'), to: '/cases' }, { label: current.title }]}
        extra={<CaseReviewActions current={current} />}
      />
      <Flex vertical gap="middle">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            {
              key: 'state',
              label: t('cases.state'),
              children: <CaseStateTag state={current.state} />,
            },
            { key: 'township', label: t('cases.township'), children: current.townshipName },
            { key: 'district', label: t('cases.district'), children: current.districtName },
            { key: 'year', label: t('cases.year'), children: current.year },
            { key: 'writtenBy', label: t('cases.writtenBy'), children: current.writtenBy },
            {
              key: 'updatedAt',
              label: t('cases.updatedAt'),
              children: formatDateTime(current.updatedAt),
            },
            ...(current.publishedAt
              ? [
                  {
                    key: 'publishedAt',
                    label: t('cases.publishedAt'),
                    children: formatDateTime(current.publishedAt),
                  },
                ]
              : []),
          ]}
        />
        {current.returnReason && current.state === 'RETURNED' && (
          <Alert
            type="warning"
            showIcon
            title={t('cases.returnReason')}
            description={current.returnReason}
          />
        )}
        {current.withdrawalReason && current.state === 'WITHDRAWN' && (
          <Alert
            type="warning"
            showIcon
            title={t('cases.withdrawalReason')}
            description={current.withdrawalReason}
          />
        )}
        {editable ? (
          <CaseForm
            key={current.version}
            initial={current}
            districtId={current.districtId}
            pending={save.isPending}
            error={save.error}
            onSave={onSave}
            onDirtyChange={setDirty}
            onReload={onReload}
          />
        ) : (
          <article>
            {current.summary && (
              <Typography.Paragraph strong style={{ fontSize: 16 }}>
                {current.summary}
              </Typography.Paragraph>
            )}
            <MarkdownView source={current.body} startLevel={2} />
          </article>
        )}
      </Flex>
      <CaseAttachments caseId={current.id} editable={editable} />
    </>
  );
}
