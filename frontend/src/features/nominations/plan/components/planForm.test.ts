import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../lib/api/client';
import { formValuesOf, milestoneFieldOf, milestoneViolations, planInputOf } from './planForm';
import { plan } from '../../testData';

describe('plan form values', () => {
  it('round-trips a saved plan into the same input', () => {
    const saved = plan();
    const input = planInputOf(formValuesOf(saved));
    expect(input).toEqual({
      content: saved.content,
      responsiblePerson: saved.responsiblePerson,
      contactPhone: saved.contactPhone,
      milestones: saved.milestones.map(
        ({ dueOn, deliverable, status, completionNote, evidence }) => ({
          dueOn,
          deliverable,
          status,
          completionNote: completionNote ?? null,
          evidence,
        }),
      ),
    });
  });

  it('trims text and sends an empty completion note as null', () => {
    const input = planInputOf({
      content: '# 内容',
      responsiblePerson: '  张三 ',
      contactPhone: ' 0514-87654321 ',
      milestones: [
        {
          dueOn: dayjs('2091-08-15'),
          deliverable: ' 成立领导小组 ',
          status: 'DONE',
          completionNote: '  ',
        },
      ],
    });
    expect(input.responsiblePerson).toBe('张三');
    expect(input.contactPhone).toBe('0514-87654321');
    expect(input.milestones).toEqual([
      {
        dueOn: '2091-08-15',
        deliverable: '成立领导小组',
        status: 'DONE',
        completionNote: null,
        evidence: [],
      },
    ]);
  });

  it('sends each evidence code once, trimmed', () => {
    const input = planInputOf({
      content: '',
      responsiblePerson: '张三',
      contactPhone: '0514',
      milestones: [
        {
          dueOn: dayjs('2091-08-15'),
          deliverable: '建立台账',
          status: 'DONE',
          evidence: [' 15', '15', 'B1 ', ' '],
        },
      ],
    });
    expect(input.milestones[0]?.evidence).toEqual(['15', 'B1']);
  });
});

describe('milestone violations', () => {
  it('names the milestone field in either notation', () => {
    expect(milestoneFieldOf('milestones[2].deliverable')).toEqual(['milestones', 2, 'deliverable']);
    expect(milestoneFieldOf('milestones.0.dueOn')).toEqual(['milestones', 0, 'dueOn']);
    expect(milestoneFieldOf('contactPhone')).toBeUndefined();
  });

  it('picks the milestone violations out of a 400', () => {
    const error = new ApiError({
      type: 'urn:fumin:problem:validation',
      title: '请求未通过校验',
      status: 400,
      violations: [
        { field: 'milestones[1].deliverable', message: '不能为空' },
        { field: 'contactPhone', message: '格式不正确' },
      ],
    });
    expect(milestoneViolations(error)).toEqual([
      {
        field: 'milestones[1].deliverable',
        path: ['milestones', 1, 'deliverable'],
        message: '不能为空',
      },
    ]);
  });
});
