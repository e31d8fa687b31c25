import { FileOutlined } from '@ant-design/icons';
import { Card, Empty, Image, Layout, Pagination, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { MarkdownView } from '../../../components/MarkdownView';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RecordNotFound } from '../../../components/RecordLoadState';
import { formatDateTime } from '../../../components/format';
import { parseId } from '../../../components/parseId';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { isApiError } from '../../../lib/api/client';
import { publicAttachmentUrl } from '../api/caseAttachments';
import { usePublishedCase, usePublishedCases } from '../api/publicCases';
import { isImage } from '../api/types';

const PAGE_SIZE = 10;

/** The frame of the public pages: no sign-in, no navigation of the signed-in app. */
function PublicFrame({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh', background: '#fff' }}>
      <Layout.Header
        style={{
          background: '#003a8c',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 12,
          paddingInline: 16,
        }}
      >
        <Link to="/public/cases" style={{ color: '#fff', fontWeight: 600, fontSize: 16 }}>
          {t('cases.publicTitle')}
        </Link>
        <LanguageSwitch />
      </Layout.Header>
      <Layout.Content style={{ maxWidth: 960, width: '100%', margin: '0 auto', padding: 16 }}>
        <main>{children}</main>
      </Layout.Content>
    </Layout>
  );
}

/** Published typical cases, newest first, for anyone. */
export function PublicCaseListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('cases.publicTitle'));
  const [search, setSearch] = useSearchParams();
  const page = parseId(search.get('page')) ?? 1;
  const cases = usePublishedCases({ page, size: PAGE_SIZE });

  return (
    <PublicFrame>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        {t('cases.publicTitle')}
      </Typography.Title>
      <Typography.Paragraph>{t('cases.publicIntro')}</Typography.Paragraph>
      {cases.error !== null && (
        <ProblemAlert error={cases.error} onRetry={() => void cases.refetch()} />
      )}
      {cases.isPending && <Spin description={t('common.loading')} />}
      {cases.data &&
        (cases.data.items.length === 0 ? (
          <Empty description={t('cases.publicEmpty')} />
        ) : (
          <>
            <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {cases.data.items.map((c) => (
                <li key={c.id} style={{ marginBottom: 12 }}>
                  <Card>
                    <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
                      <Link to={`/public/cases/${String(c.id)}`}>{c.title}</Link>
                    </Typography.Title>
                    <Typography.Text type="secondary">
                      {c.districtName} · {c.townshipName} · {formatDateTime(c.publishedAt)}
                    </Typography.Text>
                    {c.summary && (
                      <Typography.Paragraph style={{ marginTop: 8 }}>
                        {c.summary}
                      </Typography.Paragraph>
                    )}
                  </Card>
                </li>
              ))}
            </ul>
            {cases.data.total > PAGE_SIZE && (
              <Pagination
                current={page}
                pageSize={PAGE_SIZE}
                total={cases.data.total}
                showSizeChanger={false}
                onChange={(next) => {
                  setSearch(next > 1 ? { page: String(next) } : {});
                }}
              />
            )}
          </>
        ))}
    </PublicFrame>
  );
}

/** One published case: its text, photos shown, other files offered for download. */
export function PublicCaseDetailPage() {
  const { t } = useTranslation();
  const id = parseId(useParams().id);
  const query = usePublishedCase(id ?? 0);
  const c = id === undefined ? undefined : query.data;
  useDocumentTitle(c?.title ?? t('cases.publicTitle'));

  let content: React.ReactNode;
  if (id === undefined || (isApiError(query.error) && query.error.status === 404)) {
    content = <RecordNotFound title={t('cases.publicTitle')} />;
  } else if (query.error !== null) {
    content = <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  } else if (!c) {
    content = <Spin description={t('common.loading')} />;
  } else {
    const photos = c.attachments.filter((a) => isImage(a.contentType));
    const files = c.attachments.filter((a) => !isImage(a.contentType));
    content = (
      <article>
        <Typography.Title level={1} style={{ fontSize: 26 }}>
          {c.title}
        </Typography.Title>
        <Typography.Text type="secondary">
          {c.districtName} · {c.townshipName} · {formatDateTime(c.publishedAt)}
        </Typography.Text>
        {c.summary && (
          <Typography.Paragraph strong style={{ fontSize: 16, marginTop: 12 }}>
            {c.summary}
          </Typography.Paragraph>
        )}
        <MarkdownView source={c.body} startLevel={2} />
        {c.attachments.length > 0 && (
          <section aria-labelledby="public-case-files">
            <Typography.Title level={2} id="public-case-files" style={{ fontSize: 18 }}>
              {t('cases.publicAttachments')}
            </Typography.Title>
            <Image.PreviewGroup>
              {photos.map((a) => (
                <Image
                  key={a.id}
                  src={publicAttachmentUrl(c.id, a.id)}
                  alt={a.fileName}
                  width={200}
                  style={{ objectFit: 'cover', marginRight: 8, marginBottom: 8 }}
                />
              ))}
            </Image.PreviewGroup>
            <ul>
              {files.map((a) => (
                <li key={a.id}>
                  <FileOutlined aria-hidden />{' '}
                  <a href={publicAttachmentUrl(c.id, a.id)} download={a.fileName}>
                    {a.fileName}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
    );
  }

  return (
    <PublicFrame>
      <nav aria-label={t('common.breadcrumb')} style={{ marginBottom: 12 }}>
        <Link to="/public/cases">{t('cases.publicBack')}</Link>
      </nav>
      {content}
    </PublicFrame>
  );
}
