import { CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { parseId } from '../../../components/parseId';
import { RecordLoadState, RecordNotFound } from '../../../components/RecordLoadState';
import type { Framework, Indicator } from '../../../lib/api/types';
import { useCurrentUser } from '../../../lib/auth/currentUser';
import { can } from '../../../lib/auth/permissions';
import { useFramework } from '../api/getFramework';
import { CategorySection } from './CategorySection';
import { CopyFrameworkModal } from './CopyFrameworkModal';
import { FrameworkStatusTag } from './FrameworkStatusTag';
import { IndicatorFormModal } from './IndicatorFormModal';

export function FrameworkDetailPage() {
  const { t } = useTranslation();
  const id = parseId(useParams().id);
  if (id === undefined) return <RecordNotFound title={t('frameworks.notFound')} />;
  return <FrameworkDetail id={id} />;
}

function counts(framework: Framework) {
  const indicators = framework.categories.flatMap((c) => c.indicators);
  return {
    categories: framework.categories.length,
    standard: indicators.filter((i) => i.kind === 'STANDARD').length,
    bonus: indicators.filter((i) => i.kind === 'BONUS').length,
  };
}

function FrameworkDetail({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const mayEdit = can(useCurrentUser()?.role, 'editFramework');
  const framework = useFramework(id);
  const [copying, setCopying] = useState(false);
  const [editing, setEditing] = useState<Indicator | null>(null);

  if (!framework.isSuccess) {
    return (
      <RecordLoadState
        query={framework}
        notFoundTitle={t('frameworks.notFound')}
        errorTitle={t('frameworks.detailTitle')}
      />
    );
  }

  const { value } = framework.data;
  const editable = mayEdit && !value.frozen;
  return (
    <>
      <PageHeader
        title={`${value.name} ${t('frameworks.editionOf', { edition: value.edition })}`}
        crumbs={[{ label: t('nav.frameworks'), to: '/frameworks' }, { label: value.name }]}
        extra={
          mayEdit && (
            <Button
              icon={<CopyOutlined aria-hidden />}
              onClick={() => {
                setCopying(true);
              }}
            >
              {t('frameworks.copy')}
            </Button>
          )
        }
      >
        <Flex wrap gap="small" align="center" style={{ marginBottom: 8 }}>
          <FrameworkStatusTag frozen={value.frozen} />
          <Typography.Text>{t('frameworks.counts', counts(value))}</Typography.Text>
        </Flex>
      </PageHeader>
      {value.frozen && (
        <Alert
          type="warning"
          showIcon
          title={t('frameworks.frozenTitle')}
          description={mayEdit ? t('frameworks.frozenDetailAdmin') : t('frameworks.frozenDetail')}
          style={{ marginBottom: 8 }}
        />
      )}
      <nav aria-label={t('frameworks.toc')} style={{ marginTop: 16 }}>
        <Typography.Text strong>{t('frameworks.toc')}</Typography.Text>
        <ol style={{ margin: '4px 0 0', paddingLeft: 24 }}>
          {value.categories.map((category) => (
            <li key={category.code}>
              <a href={`#category-${category.code}`}>
                {category.code}. {i18n.language === 'en' ? category.titleEn : category.titleZh}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {value.categories.map((category) => (
        <CategorySection
          key={category.code}
          category={category}
          onEdit={editable ? setEditing : undefined}
        />
      ))}
      <IndicatorFormModal
        open={editing !== null}
        frameworkId={id}
        indicatorId={editing?.id}
        onClose={() => {
          setEditing(null);
        }}
      />
      <CopyFrameworkModal
        open={copying}
        source={value}
        onClose={() => {
          setCopying(false);
        }}
        onCopied={(copy) => void navigate(`/frameworks/${copy.id}`)}
      />
    </>
  );
}
