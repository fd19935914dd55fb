import { addMonths, type ObjectiveContentInput, type ProgressUpdate } from '@eqia/core';
import type { ProgressInput } from '@eqia/sdk';

/** One of the demo's objectives: its content, who approves it, and a year of quarterly updates. */
export interface DemoObjective {
  /** The id its title gives it in an empty store, named so its Welsh (cy/objectives.cy.ts) finds it. */
  id: string;
  content: ObjectiveContentInput;
  approver: 'nadia' | 'sam';
  updates: Omit<ProgressInput, 'asOf'>[];
}

/** The Board's comment on approving each objective. */
export const boardApprovalComment = 'Approved by the Board.';

const rag = (value: ProgressUpdate['rag']) => value;

/**
 * The four equality objectives of the strategy the demo's organisation published (../shared/seeds), each
 * owned by a member of the senior leadership team, with measures and milestones as its plan set out.
 * Figures are made up for the demo.
 */
export function demoObjectives(start: string, end: string): DemoObjective[] {
  const period = { start, end };
  return [
    {
      id: 'better-data-and-insight-used-well',
      approver: 'nadia',
      content: {
        title: 'Better data and insight, used well',
        statement:
          'Increase the proportion of children, families and employees for whom we hold information about their protected characteristics, and publish analyses showing whether their experience of us differs, and what we did about it.',
        rationale:
          'Ethnicity and religion are missing on many case records, so disparities in our service cannot be seen; the Family Justice Young People’s Board asked us to ask about identity better.',
        owner: 'owen',
        period,
        characteristics: ['race', 'religion_belief', 'disability'],
        measures: [
          {
            id: 'ethnicity-recorded',
            indicator: 'Children’s cases with ethnicity recorded',
            unit: '%',
            baseline: 61,
            target: 90,
            dataSource: 'Case management system',
            frequency: 'Quarterly',
          },
          {
            id: 'faith-recorded',
            indicator: 'Children’s cases with religion or belief recorded',
            unit: '%',
            baseline: 34,
            target: 75,
            dataSource: 'Case management system',
            frequency: 'Quarterly',
          },
        ],
        milestones: [
          {
            id: 'local-data',
            description:
              'Compare local community profiles with caseload and staffing, starting with heritage and faith',
            owner: 'Head of Performance',
            dueDate: addMonths(start, 6),
          },
          {
            id: 'questions',
            description: 'New identity questions, tested with children and families',
            owner: 'Head of Digital',
            dueDate: addMonths(start, 9),
          },
          {
            id: 'first-report',
            description: 'Publish the first equality report with the annual report and accounts',
            owner: 'Strategic Lead for EDI',
            dueDate: addMonths(start, 15),
          },
        ],
      },
      updates: [
        {
          rag: rag('amber'),
          narrative: 'Local profiles compared in two areas; recording fields designed.',
          values: [
            { measure: 'ethnicity-recorded', value: 66 },
            { measure: 'faith-recorded', value: 38 },
          ],
          milestonesDone: ['local-data'],
        },
        {
          rag: rag('amber'),
          narrative: 'New questions piloted with the Young People’s Board; rollout slipped a month.',
          values: [
            { measure: 'ethnicity-recorded', value: 71 },
            { measure: 'faith-recorded', value: 45 },
          ],
        },
        {
          rag: rag('green'),
          narrative: 'New questions live nationally.',
          whatChanged: 'Children can now describe their heritage in their own words.',
          values: [
            { measure: 'ethnicity-recorded', value: 78 },
            { measure: 'faith-recorded', value: 55 },
          ],
          milestonesDone: ['questions'],
        },
        {
          rag: rag('green'),
          narrative: 'Recording keeps rising; first disparity analysis drafted.',
          values: [
            { measure: 'ethnicity-recorded', value: 83 },
            { measure: 'faith-recorded', value: 61 },
          ],
        },
      ],
    },
    {
      id: 'leadership-and-commitment',
      approver: 'sam',
      content: {
        title: 'Leadership and commitment',
        statement:
          'Equip all leaders and managers to lead inclusively: respecting the uniqueness of colleagues, ruling out discrimination and making sure everyone feels their input is valued.',
        owner: 'nadia',
        period,
        characteristics: [],
        measures: [
          {
            id: 'think-ins',
            indicator: 'Service areas holding two ‘think ins’ a year',
            unit: '%',
            baseline: 0,
            target: 100,
            frequency: 'Six-monthly',
          },
          {
            id: 'valued',
            indicator: 'Staff survey: ‘my input is valued’',
            unit: '%',
            baseline: 64,
            target: 75,
            dataSource: 'Staff survey',
            frequency: 'Yearly',
          },
        ],
        milestones: [
          {
            id: 'letters',
            description:
              'Monthly review of children’s responses to introductory letters in every service area',
            owner: 'Heads of Practice',
            dueDate: addMonths(start, 3),
          },
        ],
      },
      updates: [
        {
          rag: rag('green'),
          narrative: 'Letter reviews running in all areas.',
          values: [{ measure: 'think-ins', value: 40 }],
          milestonesDone: ['letters'],
        },
        {
          rag: rag('amber'),
          narrative: 'Think-ins held in most areas; three areas have not agreed a priority action.',
          values: [{ measure: 'think-ins', value: 70 }],
        },
        {
          rag: rag('amber'),
          narrative: 'Priority actions agreed everywhere but two areas.',
          values: [
            { measure: 'think-ins', value: 85 },
            { measure: 'valued', value: 67 },
          ],
        },
        {
          rag: rag('green'),
          narrative: 'Every area held its second think-in.',
          whatChanged: 'Two areas changed rota rules for staff with caring responsibilities.',
          values: [{ measure: 'think-ins', value: 100 }],
        },
      ],
    },
    {
      id: 'people-culture-and-environment',
      approver: 'nadia',
      content: {
        title: 'People, culture and environment',
        statement:
          'Improve the recruitment, retention, progression, development and experience of the people who work for us, to achieve greater diversity at all levels.',
        owner: 'rachel',
        period,
        characteristics: ['race', 'disability', 'sex', 'age'],
        measures: [
          {
            id: 'senior-ethnic-minority',
            indicator: 'Senior managers from ethnic minority groups',
            unit: '%',
            baseline: 7,
            target: 12,
            dataSource: 'HR system',
            frequency: 'Yearly',
          },
          {
            id: 'disabled-leavers',
            indicator: 'Gap in leaving rate, disabled vs non-disabled staff',
            unit: ' points',
            baseline: 4.1,
            target: 1,
            better: 'lower',
            dataSource: 'HR system',
            frequency: 'Quarterly',
          },
        ],
        milestones: [
          {
            id: 'survey',
            description: 'Staff survey with action planning groups',
            owner: 'Head of HR',
            dueDate: addMonths(start, 6),
          },
          {
            id: 'selection',
            description: 'Review interviewing and selection for fairness',
            owner: 'Head of Recruitment',
            dueDate: addMonths(start, 12),
          },
        ],
      },
      updates: [
        {
          rag: rag('green'),
          narrative: 'Survey run; four action planning groups formed.',
          values: [{ measure: 'disabled-leavers', value: 3.8 }],
          milestonesDone: ['survey'],
        },
        {
          rag: rag('red'),
          narrative: 'Selection review not started: the recruitment team lost two posts.',
          values: [{ measure: 'disabled-leavers', value: 3.9 }],
        },
        {
          rag: rag('amber'),
          narrative: 'Selection review under way with the Ability Matters network.',
          values: [{ measure: 'disabled-leavers', value: 3.2 }],
        },
        {
          rag: rag('amber'),
          narrative: 'Diverse interview panels now standard for senior posts.',
          values: [
            { measure: 'senior-ethnic-minority', value: 8.5 },
            { measure: 'disabled-leavers', value: 2.9 },
          ],
        },
      ],
    },
    {
      id: 'skilled-and-confident-practitioners',
      approver: 'nadia',
      content: {
        title: 'Skilled and confident practitioners',
        statement:
          'Make talking to children and families about diversity and uniqueness a core competency for all frontline staff, supervisors and managers.',
        owner: 'sam',
        period,
        characteristics: ['race', 'religion_belief', 'sexual_orientation', 'gender_reassignment'],
        measures: [
          {
            id: 'audits-good',
            indicator: 'Case audits rating diversity work good or better',
            unit: '%',
            baseline: 48,
            target: 70,
            dataSource: 'Practice audit',
            frequency: 'Quarterly',
          },
        ],
        milestones: [
          {
            id: 'supervision',
            description: 'Reflective supervision and practice observation templates updated',
            owner: 'Head of Practice Quality',
            dueDate: addMonths(start, 6),
          },
        ],
      },
      updates: [
        {
          rag: rag('amber'),
          narrative: 'Templates drafted with practitioners.',
          values: [{ measure: 'audits-good', value: 50 }],
        },
        {
          rag: rag('green'),
          narrative: 'Templates in use.',
          values: [{ measure: 'audits-good', value: 55 }],
          milestonesDone: ['supervision'],
        },
        {
          rag: rag('green'),
          narrative: 'Feedback from children now part of every audit.',
          values: [{ measure: 'audits-good', value: 59 }],
        },
        {
          rag: rag('amber'),
          narrative: 'Audit scores flat this quarter; new starters need the training.',
          values: [{ measure: 'audits-good', value: 58 }],
        },
      ],
    },
  ];
}
