// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Requirement } from '@/lib/schema';
import { RequirementList } from './RequirementList';

afterEach(cleanup);

const ev = (text: string, start = 0) => ({ text, start, end: start + text.length });

// A French marketing posting, as the engine would read it.
const requirements: Requirement[] = [
  {
    kind: 'experience',
    minYears: 5,
    maxYears: null,
    field: 'marketing digital',
    required: true,
    evidence: ev('Vous avez au moins 5 ans d’expérience en marketing digital.'),
  },
  {
    kind: 'language',
    language: 'en',
    level: 'professional',
    cefr: null,
    required: true,
    evidence: ev('Anglais professionnel indispensable, espagnol apprécié.', 80),
  },
  {
    kind: 'language',
    language: 'es',
    level: null,
    cefr: null,
    required: false,
    evidence: ev('Anglais professionnel indispensable, espagnol apprécié.', 80),
  },
  {
    kind: 'skill',
    name: 'Google Analytics',
    required: false,
    evidence: ev('La maîtrise de Google Analytics est un plus.', 140),
  },
];

describe('RequirementList', () => {
  it('groups requirements under Required and Preferred with their counts', () => {
    render(<RequirementList requirements={requirements} />);
    const required = screen.getByRole('region', { name: 'Required (2)' });
    const preferred = screen.getByRole('region', { name: 'Preferred (2)' });
    expect(within(required).getByText('5+ years · marketing digital')).toBeTruthy();
    expect(within(required).getByText('English · professional')).toBeTruthy();
    expect(within(preferred).getByText('Spanish')).toBeTruthy();
    expect(within(preferred).getByText('Google Analytics')).toBeTruthy();
    expect(within(required).queryByText('Google Analytics')).toBeNull();
  });

  it('leaves out a group with no items', () => {
    render(<RequirementList requirements={requirements.filter((r) => r.required)} />);
    expect(screen.getByRole('heading', { name: /Required/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Preferred/ })).toBeNull();
  });

  it('says so when the posting has no requirements', () => {
    render(<RequirementList requirements={[]} />);
    expect(screen.getByText('No requirements found in this posting.')).toBeTruthy();
  });

  it('shows each fit next to its requirement, matched by position', () => {
    render(
      <RequirementList
        requirements={requirements}
        fit={[
          { status: 'partial', reason: 'asks 5+ years in marketing digital; you have 3' },
          { status: 'met', reason: 'asks professional English; you are native' },
          { status: 'unknown', reason: 'your profile does not list Spanish' },
          { status: 'unmet', reason: 'Google Analytics is not in your skills', dealbreaker: true },
        ]}
      />,
    );
    const rows = screen.getAllByRole('listitem');
    expect(rows).toHaveLength(4);
    expect(within(rows[0] as HTMLElement).getByText('Partly met')).toBeTruthy();
    expect(
      within(rows[0] as HTMLElement).getByText('asks 5+ years in marketing digital; you have 3'),
    ).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Met')).toBeTruthy();
    expect(within(rows[2] as HTMLElement).getByText('Unknown')).toBeTruthy();
    expect(within(rows[3] as HTMLElement).getByText('Not met')).toBeTruthy();
    expect(within(rows[3] as HTMLElement).getByText('Dealbreaker')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).queryByText('Dealbreaker')).toBeNull();
  });

  it('renders hostile evidence as literal text, never as markup', () => {
    const hostile = 'Must know <img src=x onerror="alert(1)"> and <b>SQL</b>.';
    const { container } = render(
      <RequirementList
        requirements={[{ kind: 'skill', name: 'SQL', required: true, evidence: ev(hostile) }]}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('q')?.textContent).toBe(hostile);
  });

  it('calls back with the requirement and its index when a row is clicked', () => {
    const onSelect = vi.fn();
    render(<RequirementList requirements={requirements} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: /Google Analytics/ }));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith(requirements[3], 3);
  });

  it('has no buttons when nothing listens for clicks', () => {
    render(<RequirementList requirements={requirements} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});

describe('RequirementList: alternatives, duties and the posting’s words', () => {
  const line = 'Maîtrise de Salesforce ou HubSpot, et de k8s.';
  const crm: Requirement[] = [
    {
      kind: 'skill',
      name: 'Salesforce',
      anyOf: '0.0',
      mention: ev('Salesforce', 12),
      required: true,
      evidence: ev(line),
    },
    {
      kind: 'skill',
      name: 'HubSpot',
      anyOf: '0.0',
      mention: ev('HubSpot', 26),
      required: true,
      evidence: ev(line),
    },
    {
      kind: 'skill',
      name: 'Kubernetes',
      mention: ev('k8s', 41),
      required: true,
      evidence: ev(line),
    },
    {
      kind: 'skill',
      name: 'Zendesk',
      inDuties: true,
      required: true,
      evidence: ev('Vous suivrez les tickets dans Zendesk.', 60),
    },
  ];

  it('shows a group of alternatives as one line, with the fit of the group', () => {
    const fit = [
      {
        status: 'met' as const,
        reason: 'It asks for one of Salesforce or HubSpot, and you list HubSpot.',
      },
      {
        status: 'met' as const,
        reason: 'It asks for one of Salesforce or HubSpot, and you list HubSpot.',
      },
      { status: 'unmet' as const, reason: 'asks Kubernetes; not among your skills' },
      { status: 'unknown' as const, reason: 'not scored' },
    ];
    render(<RequirementList requirements={crm} fit={fit} />);
    const required = screen.getByRole('region', { name: 'Required (2)' });
    expect(within(required).getByText('Salesforce or HubSpot')).toBeTruthy();
    expect(within(required).getAllByText(/you list HubSpot/)).toHaveLength(1);
  });

  it('shows what the posting wrote beside the canonical name', () => {
    render(<RequirementList requirements={crm} />);
    expect(screen.getByText('k8s · Kubernetes')).toBeTruthy();
  });

  it('lists tools named only in the duties apart, as mentioned in the role', () => {
    render(<RequirementList requirements={crm} />);
    const duties = screen.getByRole('region', { name: 'Mentioned in the role (1)' });
    expect(within(duties).getByText('Zendesk')).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Preferred/ })).toBeNull();
  });
});
