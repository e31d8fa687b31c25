import dayjs, { type Dayjs } from 'dayjs';
import { isApiError } from '../../../../lib/api/client';
import type { MilestoneStatus, Plan, PlanInput } from '../../../../lib/api/types';

/** A milestone as the editor holds it: a picked date, and fields that may still be empty. */
export interface MilestoneValues {
  dueOn?: Dayjs | null;
  deliverable?: string;
  status?: MilestoneStatus;
  completionNote?: string | null;
  /** Codes of the framework indicators whose evidence proves the milestone. */
  evidence?: string[];
}

export interface PlanFormValues {
  content: string;
  responsiblePerson: string;
  contactPhone: string;
  /** Absent when the form never rendered the list. */
  milestones?: MilestoneValues[];
}

/** The plan fields a server violation may name directly. */
export const PLAN_FIELDS = ['content', 'responsiblePerson', 'contactPhone', 'milestones'] as const;

const DATE = 'YYYY-MM-DD';

export function formValuesOf(plan: Plan): PlanFormValues {
  return {
    content: plan.content,
    responsiblePerson: plan.responsiblePerson,
    contactPhone: plan.contactPhone,
    milestones: plan.milestones.map((m) => ({
      dueOn: dayjs(m.dueOn, DATE),
      deliverable: m.deliverable,
      status: m.status,
      completionNote: m.completionNote ?? null,
      evidence: m.evidence,
    })),
  };
}

/** What a save sends; the form's rules have made sure every milestone is complete. */
export function planInputOf(values: PlanFormValues): PlanInput {
  return {
    content: values.content,
    responsiblePerson: values.responsiblePerson.trim(),
    contactPhone: values.contactPhone.trim(),
    milestones: (values.milestones ?? []).map((m) => {
      const note = m.completionNote?.trim();
      return {
        dueOn: m.dueOn?.format(DATE) ?? '',
        deliverable: (m.deliverable ?? '').trim(),
        status: m.status ?? 'PLANNED',
        completionNote: note === undefined || note === '' ? null : note,
        evidence: [
          ...new Set((m.evidence ?? []).map((code) => code.trim()).filter((c) => c !== '')),
        ],
      };
    }),
  };
}

const MILESTONE_KEYS = ['dueOn', 'deliverable', 'status', 'completionNote', 'evidence'] as const;
type MilestoneKey = (typeof MILESTONE_KEYS)[number];

/** `milestones[2].deliverable` or `milestones.2.deliverable` as a form field path. */
export function milestoneFieldOf(field: string): ['milestones', number, MilestoneKey] | undefined {
  const match = /^(?:body\.)?milestones(?:\[(\d+)\]|\.(\d+))\.(\w+)$/.exec(field);
  if (!match) return undefined;
  const [, bracket, dotted, name] = match;
  const key = MILESTONE_KEYS.find((k) => k === name);
  return key ? ['milestones', Number(bracket ?? dotted), key] : undefined;
}

/** The server's violations of single milestone fields, to show under those fields. */
export function milestoneViolations(error: unknown) {
  if (!isApiError(error) || error.status !== 400) return [];
  return error.violations.flatMap((v) => {
    const path = milestoneFieldOf(v.field);
    return path ? [{ field: v.field, path, message: v.message }] : [];
  });
}
