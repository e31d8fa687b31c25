import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Flex, Image, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkdownView } from '../../../components/MarkdownView';
import { openPdfInNewTab } from '../../../components/openPdf';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { AssessmentAttachment, AssessmentIndicator, BonusEntry } from '../api/types';
import { checkText } from './reasonText';
import { CheckTag } from './tags';
import { thresholdText } from '../../../lib/programme/metricCheck';

/** Where an attachment's bytes are downloaded from (same origin: the session cookie goes along). */
export function attachmentUrl(id: number): string {
  return `/api/v1/attachments/${String(id)}/content`;
}

/**
 * The evidence of one indicator as the city accepted it: the threshold check with its figures,
 * the self-assessment, the narrative, bonus entries and the attachments.
 */
export function AcceptedEvidence({ indicator }: { indicator: AssessmentIndicator }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const accepted = indicator.acceptedRevision != null;
  const figures = checkText(t, english, indicator);
  return (
    <div className="assessment-evidence">
      <Flex gap="small" align="center" wrap style={{ marginBottom: 12 }}>
        <CheckTag check={indicator.check} />
        {figures && <span className="assessment-check-figures">{figures}</span>}
      </Flex>
      {!accepted && <Alert type="warning" showIcon title={t('assessment.judge.noEvidence')} />}
      {accepted && (
        <>
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              {
                key: 'revision',
                label: t('assessment.judge.acceptedRevision'),
                children: t('assessment.judge.revisionN', { revision: indicator.acceptedRevision }),
              },
              {
                key: 'selfAssessment',
                label: t('assessment.judge.selfAssessment'),
                children: indicator.selfAssessment
                  ? t(`assessment.selfAssessment.${indicator.selfAssessment}`)
                  : t('assessment.judge.notGiven'),
              },
              {
                key: 'statement',
                label: t('assessment.judge.statement'),
                children: indicator.statement?.trim()
                  ? indicator.statement
                  : t('assessment.judge.notGiven'),
              },
              ...indicator.metrics.map((m) => ({
                key: `metric-${String(m.metricId)}`,
                label: english ? m.nameEn : m.name,
                children: (
                  <>
                    {m.value == null
                      ? t('assessment.judge.noValue')
                      : `${String(m.value)} ${m.unit}`}
                    {' · '}
                    {t('assessment.judge.threshold', { threshold: thresholdText(m) })}
                  </>
                ),
              })),
            ]}
          />
          <Typography.Title level={4} style={{ fontSize: 15, marginTop: 16 }}>
            {t('assessment.judge.narrative')}
          </Typography.Title>
          {indicator.narrative?.trim() ? (
            <MarkdownView source={indicator.narrative} startLevel={5} />
          ) : (
            <p>{t('assessment.judge.notGiven')}</p>
          )}
          {indicator.bonus && indicator.bonus.entries.length > 0 && (
            <>
              <Typography.Title level={4} style={{ fontSize: 15, marginTop: 16 }}>
                {t('assessment.judge.bonusEntries')}
              </Typography.Title>
              <ul className="assessment-bonus-entries">
                {indicator.bonus.entries.map((entry, i) => (
                  <li key={i}>
                    <BonusEntryLine entry={entry} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <Typography.Title level={4} style={{ fontSize: 15, marginTop: 16 }}>
        {t('assessment.judge.attachments')}
      </Typography.Title>
      {indicator.attachments.length === 0 ? (
        <p>{t('assessment.judge.noAttachments')}</p>
      ) : (
        <ul className="assessment-attachments" aria-label={t('assessment.judge.attachments')}>
          {indicator.attachments.map((a) => (
            <li key={a.id}>
              <AttachmentLine attachment={a} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function BonusEntryLine({ entry }: { entry: BonusEntry }) {
  const { t } = useTranslation();
  const parts = [
    t(`assessment.bonusType.${entry.type}`),
    entry.title,
    entry.meeting,
    entry.outlet,
    entry.issuingBody ?? entry.organiser,
    entry.documentNumber,
    entry.date,
  ].filter((p): p is string => typeof p === 'string' && p !== '');
  return <>{parts.join(' · ')}</>;
}

const IMAGE = /\.(png|jpe?g)$/i;
const PDF = /\.pdf$/i;

function AttachmentLine({ attachment: a }: { attachment: AssessmentAttachment }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const url = attachmentUrl(a.id);
  return (
    <Flex gap="small" align="center" wrap className="assessment-attachment">
      {IMAGE.test(a.fileName) && (
        <Image
          src={url}
          alt={t('assessment.judge.thumbnailOf', { name: a.fileName })}
          width={48}
          height={48}
          style={{ objectFit: 'cover' }}
          preview={{ cover: <EyeOutlined aria-hidden /> }}
        />
      )}
      <span className="assessment-attachment-name">{a.fileName}</span>
      {PDF.test(a.fileName) && (
        <Button
          icon={<EyeOutlined aria-hidden />}
          aria-label={t('assessment.judge.preview', { name: a.fileName })}
          onClick={() => {
            setError(null);
            openPdfInNewTab(url).catch((e: unknown) => {
              setError(e);
            });
          }}
        >
          {t('assessment.judge.previewShort')}
        </Button>
      )}
      <Button
        icon={<DownloadOutlined aria-hidden />}
        href={url}
        download={a.fileName}
        aria-label={t('assessment.judge.download', { name: a.fileName })}
      >
        {t('assessment.judge.downloadShort')}
      </Button>
      {error !== null && <ProblemAlert error={error} />}
    </Flex>
  );
}
