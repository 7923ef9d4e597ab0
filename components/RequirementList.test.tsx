// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FitItem, FitReason, Requirement } from '@/lib/schema';
import { RequirementList } from './RequirementList';
import { fitReason } from './text/fit';

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

/** The items of a group, in the order shown. */
const itemsOf = (region: HTMLElement) =>
  [...region.querySelectorAll('.req-item')].map((e) => e.textContent);

describe('RequirementList', () => {
  it('groups requirements by kind with their counts, and says which ones are preferred', () => {
    render(<RequirementList requirements={requirements} />);
    const experience = screen.getByRole('region', { name: 'Experience (1)' });
    const languages = screen.getByRole('region', { name: 'Languages (2)' });
    const skills = screen.getByRole('region', { name: 'Skills (1)' });
    expect(itemsOf(experience)).toEqual(['5+ years · marketing digital']);
    expect(itemsOf(languages)).toEqual(['English · professional', 'Spanish']);
    expect(itemsOf(skills)).toEqual(['Google Analytics']);
    // Required items carry no tag; preferred ones say so.
    expect(within(experience).queryByText('Preferred')).toBeNull();
    const spanish = within(languages).getByText('Spanish').closest('.req-row') as HTMLElement;
    expect(within(spanish).getByText('Preferred')).toBeTruthy();
    const english = within(languages)
      .getByText(/English/)
      .closest('.req-row') as HTMLElement;
    expect(within(english).queryByText('Preferred')).toBeNull();
  });

  it('puts the groups in reading order, whatever the posting’s order, and leaves out empty ones', () => {
    render(<RequirementList requirements={[...requirements].reverse()} />);
    const titles = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(titles).toEqual(['Experience (1)', 'Skills (1)', 'Languages (2)']);
    expect(screen.queryByRole('region', { name: /Education/ })).toBeNull();
  });

  it('says so when the posting has no requirements', () => {
    render(<RequirementList requirements={[]} />);
    expect(screen.getByText('No requirements found in this posting.')).toBeTruthy();
  });

  it('quotes a sentence once for all the items it holds', () => {
    render(<RequirementList requirements={requirements} />);
    const quotes = [...document.querySelectorAll('q')].map((q) => q.textContent);
    expect(quotes).toEqual([
      'Vous avez au moins 5 ans d’expérience en marketing digital.',
      'La maîtrise de Google Analytics est un plus.',
      'Anglais professionnel indispensable, espagnol apprécié.',
    ]);
    const languages = screen.getByRole('region', { name: 'Languages (2)' });
    const [sentence] = within(languages).getAllByRole('listitem');
    expect(within(sentence as HTMLElement).getAllByText(/English|Spanish/)).toHaveLength(2);
  });

  it('shows each fit next to its requirement, matched by position, with the gaps explained', () => {
    render(
      <RequirementList
        requirements={requirements}
        fit={[
          {
            status: 'partial',
            reason: {
              code: 'experience.short',
              asked: { minYears: 4, maxYears: null, field: 'marketing digital' },
              have: { years: 3, fields: ['marketing digital'] },
              short: 1,
            },
          },
          {
            status: 'met',
            reason: {
              code: 'language.enough',
              asked: { language: 'en', level: 'professional' },
              have: 'native',
            },
          },
          {
            status: 'unknown',
            reason: { code: 'language.notListed', asked: { language: 'es', level: null } },
          },
          {
            status: 'unmet',
            reason: { code: 'named.missing', name: 'Google Analytics', kind: 'skill' },
            dealbreaker: true,
          },
        ]}
        fitReason={fitReason}
      />,
    );
    const row = (name: RegExp) =>
      screen.getByText(name, { selector: '.req-item' }).closest('.req-row') as HTMLElement;
    expect(within(row(/marketing digital/)).getByText('Partly met')).toBeTruthy();
    expect(within(row(/marketing digital/)).getByText(/You have 3 years/)).toBeTruthy();
    expect(within(row(/English/)).getByText('Met')).toBeTruthy();
    // A met or unknown item needs no explanation: the badge says it.
    expect(screen.queryByText(/a native level/)).toBeNull();
    expect(within(row(/Spanish/)).getByText('Unknown')).toBeTruthy();
    expect(screen.queryByText(/does not list Spanish/)).toBeNull();
    expect(within(row(/Google Analytics/)).getByText(/not among your skills/)).toBeTruthy();
    expect(within(row(/Google Analytics/)).getByText('Not met')).toBeTruthy();
    expect(within(row(/Google Analytics/)).getByText('Dealbreaker')).toBeTruthy();
    expect(within(row(/marketing digital/)).queryByText('Dealbreaker')).toBeNull();
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
    fireEvent.click(screen.getByRole('button', { name: /^Google Analytics/ }));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith(requirements[3], 3);
  });

  it('finds a sentence when the sentence itself is clicked, without a second tab stop', () => {
    const onSelect = vi.fn();
    render(<RequirementList requirements={requirements} onSelect={onSelect} />);
    const sentence = screen.getByText('Anglais professionnel indispensable, espagnol apprécié.');
    const button = sentence.closest('button') as HTMLElement;
    expect(button.tabIndex).toBe(-1);
    fireEvent.click(button);
    expect(onSelect).toHaveBeenCalledWith(requirements[1], 1);
  });

  it('has no buttons when nothing listens for clicks', () => {
    render(<RequirementList requirements={requirements} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});

describe('RequirementList: folding long groups', () => {
  // A Dutch data posting: one sentence names four tools, two more sentences one each.
  const stack = 'Je werkt dagelijks met Python, SQL, dbt en Airflow.';
  const skill = (name: string, evidence: string, start: number): Requirement => ({
    kind: 'skill',
    name,
    required: true,
    evidence: ev(evidence, start),
  });
  const skills: Requirement[] = [
    skill('Python', stack, 0),
    skill('SQL', stack, 0),
    {
      kind: 'experience',
      minYears: 3,
      maxYears: null,
      field: 'data engineering',
      required: true,
      evidence: ev('Minimaal 3 jaar ervaring in data engineering.', 60),
    },
    skill('dbt', stack, 0),
    skill('Airflow', stack, 0),
    skill('Looker', 'Kennis van Looker is mooi meegenomen.', 120),
    skill('Git', 'Je beheert je code in Git.', 170),
  ];

  it('shows the first items of a long group and a button for the rest, and unfolds it', () => {
    const onSelect = vi.fn();
    render(<RequirementList requirements={skills} foldAfter={3} onSelect={onSelect} />);
    const group = screen.getByRole('region', { name: 'Skills (6)' });
    expect(itemsOf(group)).toEqual(['Python', 'SQL', 'dbt']);
    const more = within(group).getByRole('button', { name: 'Show 3 more' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    // Only the sentence of the items shown is quoted, once.
    expect(within(group).getAllByText(stack)).toHaveLength(1);
    expect(within(group).queryByText(/Looker/)).toBeNull();

    fireEvent.click(more);
    expect(itemsOf(group)).toEqual(['Python', 'SQL', 'dbt', 'Airflow', 'Looker', 'Git']);
    expect(within(group).getAllByText(stack)).toHaveLength(1);
    expect(
      within(group)
        .getAllByRole('listitem')
        .filter((li) => li.querySelector('q')),
    ).toHaveLength(3);
    const fewer = within(group).getByRole('button', { name: 'Show fewer' });
    expect(fewer.getAttribute('aria-expanded')).toBe('true');
    // The unfolded items are buttons like the others: the keyboard reaches them.
    fireEvent.click(within(group).getByRole('button', { name: /^Git/ }));
    expect(onSelect).toHaveBeenCalledWith(skills[6], 6);

    fireEvent.click(fewer);
    expect(itemsOf(group)).toEqual(['Python', 'SQL', 'dbt']);
  });

  it('does not fold a group that is short enough, nor hide a single item behind a button', () => {
    render(<RequirementList requirements={skills.slice(0, 5)} foldAfter={3} />);
    expect(itemsOf(screen.getByRole('region', { name: 'Skills (4)' }))).toEqual([
      'Python',
      'SQL',
      'dbt',
      'Airflow',
    ]);
    expect(screen.queryByRole('button', { name: /Show/ })).toBeNull();
    // Other groups are folded on their own count.
    expect(itemsOf(screen.getByRole('region', { name: 'Experience (1)' }))).toEqual([
      '3+ years · data engineering',
    ]);
  });

  it('shows every item when no fold is asked for', () => {
    render(<RequirementList requirements={skills} />);
    expect(itemsOf(screen.getByRole('region', { name: 'Skills (6)' }))).toHaveLength(6);
    expect(screen.queryByRole('button', { name: /Show/ })).toBeNull();
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
    const either: FitReason = {
      code: 'named.groupMet',
      names: ['Salesforce', 'HubSpot'],
      listed: ['HubSpot'],
    };
    const fit: FitItem[] = [
      { status: 'met', reason: either },
      { status: 'met', reason: either },
      { status: 'unmet', reason: { code: 'named.missing', name: 'Kubernetes', kind: 'skill' } },
      { status: 'unknown', reason: { code: 'named.duty', name: 'Zendesk', listed: false } },
    ];
    render(<RequirementList requirements={crm} fit={fit} fitReason={fitReason} />);
    const skills = screen.getByRole('region', { name: 'Skills (2)' });
    expect(itemsOf(skills)).toEqual(['Salesforce or HubSpot', 'k8s · Kubernetes']);
    const group = within(skills).getByText('Salesforce or HubSpot').closest('.req-row');
    expect(within(group as HTMLElement).getAllByText('Met')).toHaveLength(1);
    expect(within(skills).getAllByText(/not among your skills/)).toHaveLength(1);
  });

  it('shows what the posting wrote beside the canonical name', () => {
    render(<RequirementList requirements={crm} />);
    expect(screen.getByText('k8s · Kubernetes')).toBeTruthy();
  });

  it('lists tools named only in the duties apart, as mentioned in the role', () => {
    render(<RequirementList requirements={crm} />);
    const duties = screen.getByRole('region', { name: 'Mentioned in the role (1)' });
    expect(itemsOf(duties)).toEqual(['Zendesk']);
    // Not asked for, so neither required nor preferred.
    expect(within(duties).queryByText('Preferred')).toBeNull();
    expect(itemsOf(screen.getByRole('region', { name: 'Skills (2)' }))).not.toContain('Zendesk');
  });
});
