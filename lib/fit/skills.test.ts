import { describe, expect, it } from 'vitest';
import type { Profile } from '../schema';
import { checkFit } from './index';
import { checkNamed, findName, groupNamed, nameKeys, refines } from './skills';
import { extraction, req, said, worded } from './testing';

const skill = (name: string) => req('skill', { name });
const cert = (name: string) => req('certification', { name });

describe('checkNamed', () => {
  const analyst: Profile = {
    skills: ['JS', 'google analytics', 'Microsoft Excel', 'Tableau'],
    certifications: ['Project Management Professional (PMP)'],
  };

  it("meets a posting's name through the alias table, whatever the case", () => {
    expect(worded(checkNamed(skill('JavaScript'), analyst))).toEqual({
      status: 'met',
      reason: 'It asks for JavaScript, and you list JS.',
    });
    expect(checkNamed(skill('Excel'), analyst).status).toBe('met');
    expect(worded(checkNamed(skill('Google Analytics'), analyst))).toEqual({
      status: 'met',
      reason: 'It asks for Google Analytics, and you list it.',
    });
  });

  it('is unmet for a skill not listed, unknown without skills', () => {
    expect(worded(checkNamed(skill('JIRA'), analyst))).toEqual({
      status: 'unmet',
      reason: 'It asks for JIRA, which is not among your skills.',
    });
    expect(checkNamed(skill('JIRA'), {}).status).toBe('unknown');
    expect(said(checkNamed(skill('JIRA'), { skills: [] }))).toBe(
      'It asks for JIRA; your profile lists no skills.',
    );
  });

  it('matches a certification by its acronym or its full name', () => {
    expect(checkNamed(cert('PMP'), analyst).status).toBe('met');
    expect(checkNamed(cert('Project Management Professional'), analyst).status).toBe('met');
    expect(checkNamed(cert('CPA'), analyst).status).toBe('unmet');
  });

  it('looks for a licence among licences and certifications', () => {
    const p: Profile = { certifications: ['CPA'], licenses: ["Driver's licence (B)"] };
    expect(checkNamed(req('license', { name: 'CPA' }), p).status).toBe('met');
    expect(checkNamed(req('license', { name: 'B' }), p).status).toBe('met');
    expect(checkNamed(req('license', { name: 'CDL' }), p).status).toBe('unmet');
  });

  it('keeps clearances apart from skills', () => {
    const p: Profile = { skills: ['Secret'] };
    expect(checkNamed(req('clearance', { name: 'Secret' }), p).status).toBe('unknown');
    expect(
      checkNamed(req('clearance', { name: 'Secret' }), { clearances: ['secret'] }).status,
    ).toBe('met');
  });
});

describe('nameKeys / findName', () => {
  it('gives one key per way of writing a name', () => {
    expect(nameKeys('AWS')).toEqual(nameKeys('amazon web services'));
    expect(findName(['Amazon Web Services (AWS)'], 'AWS')).toBe('Amazon Web Services (AWS)');
    expect(findName(['k8s', 'Postgres'], 'Kubernetes')).toBe('k8s');
    expect(findName(['k8s', 'Postgres'], 'PostgreSQL')).toBe('Postgres');
    expect(findName(['Java'], 'JavaScript')).toBeUndefined();
  });
});

describe('alternatives and duties in the fit', () => {
  const crm = (name: string, anyOf?: string, required = true) =>
    req('skill', anyOf ? { name, anyOf } : { name }, required);

  it('meets a group of alternatives when any one member is met, and counts it once', () => {
    const report = checkFit(
      { skills: ['HubSpot', 'SQL'] },
      extraction([crm('Salesforce', 'g1'), crm('HubSpot', 'g1'), crm('SQL')]),
    );
    expect(report.items.map((i) => i.status)).toEqual(['met', 'met', 'met']);
    expect(said(report.items[0])).toBe(
      'It asks for one of Salesforce or HubSpot, and you list HubSpot.',
    );
    expect([report.requiredMet, report.requiredTotal, report.score]).toEqual([2, 2, 100]);
  });

  it('leaves a group unmet when no member is met, as one unmet requirement', () => {
    const report = checkFit(
      { skills: ['SQL'] },
      extraction([crm('Java', 'g'), crm('Kotlin', 'g'), crm('Scala', 'g'), crm('SQL')]),
    );
    expect(worded(report.items[0])).toEqual({
      status: 'unmet',
      reason: 'It asks for one of Java, Kotlin or Scala; none is among your skills.',
    });
    expect([report.requiredMet, report.requiredTotal, report.score]).toEqual([1, 2, 50]);
  });

  it('is unknown when the profile lists no skills', () => {
    const report = checkFit({}, extraction([crm('Jira', 'a'), crm('Asana', 'a')]));
    expect(report.items.map((i) => i.status)).toEqual(['unknown', 'unknown']);
    expect(report.requiredUnknown).toBe(1);
  });

  it('shows a tool named only in the duties without scoring it', () => {
    const duty = req('skill', { name: 'Intercom', inDuties: true });
    const report = checkFit({ skills: ['SQL'] }, extraction([duty, crm('SQL')]));
    expect(said(report.items[0])).toBe(
      "It mentions Intercom in the role's duties without asking for it, so it is not scored.",
    );
    expect([report.requiredMet, report.requiredTotal, report.score]).toEqual([1, 1, 100]);
  });

  it('never lowers the score when a group gains a member the candidate knows', () => {
    const without = checkFit({ skills: ['Go'] }, extraction([crm('Rust'), crm('SQL')]));
    const withAlt = checkFit(
      { skills: ['Go'] },
      extraction([crm('Rust', 'x'), crm('Go', 'x'), crm('SQL')]),
    );
    expect(withAlt.score ?? 0).toBeGreaterThanOrEqual(without.score ?? 0);
  });
});

describe('refines', () => {
  it('lets a specific certification meet the family a posting asks for', () => {
    expect(refines('ITIL 4 Foundation', 'ITIL')).toBe(true);
    expect(refines('PRINCE2 Practitioner', 'PRINCE2')).toBe(true);
    expect(refines('ITIL', 'ITIL 4 Foundation')).toBe(false);
    expect(refines('CCNA', 'CCNA')).toBe(false);
    expect(refines('Scrum Master', 'C')).toBe(false);
    expect(refines('PMP-ACP', 'PMP')).toBe(true);
    expect(refines('PMPX', 'PMP')).toBe(false);
  });

  it('meets a certification requirement through a refined one, never a skill', () => {
    const profile = { certifications: ['ITIL 4 Foundation'], skills: ['React Native'] };
    expect(checkNamed(cert('ITIL'), profile).status).toBe('met');
    expect(checkNamed(skill('React'), profile).status).toBe('unmet');
  });
});

describe('tools of one family', () => {
  it.each([
    ['MySQL', ['PostgreSQL'], 'PostgreSQL', 'sqlDatabases'],
    ['MySQL', ['SQL'], 'SQL', 'sqlDatabases'],
    ['Tableau', ['Power BI'], 'Power BI', 'biTools'],
    ['AWS', ['Azure'], 'Azure', 'cloudPlatforms'],
    ['Freshdesk', ['Zendesk'], 'Zendesk', 'helpDesks'],
    ['Google Sheets', ['Microsoft Excel'], 'Microsoft Excel', 'spreadsheets'],
    ['Vue.js', ['React'], 'React', 'frontEndFrameworks'],
  ] as const)(
    '%s is partly met by %j, with the tool and its family named',
    (asked, skills, listed, family) => {
      expect(checkNamed(skill(asked), { skills: [...skills] })).toEqual({
        status: 'partial',
        reason: { code: 'named.related', name: asked, listed, family },
      });
    },
  );

  it.each([
    ['SQL', ['Postgres']],
    ['Git', ['GitHub']],
    ['JavaScript', ['TypeScript']],
    ['Microsoft Office', ['Excel']],
  ] as const)('%s (what the family is used through) is met by %j', (asked, skills) => {
    expect(checkNamed(skill(asked), { skills: [...skills] })).toEqual({
      status: 'met',
      reason: { code: 'named.listed', name: asked, listed: skills[0] },
    });
  });

  it('keeps other kinds of tool, and the other way round, apart', () => {
    expect(checkNamed(skill('Salesforce'), { skills: ['Zendesk'] }).status).toBe('unmet');
    expect(checkNamed(skill('TypeScript'), { skills: ['JavaScript'] }).status).toBe('partial');
    expect(checkNamed(skill('Kubernetes'), { skills: ['Docker'] }).status).toBe('unmet');
    expect(checkNamed(skill('PowerPoint'), { skills: ['Excel'] }).status).toBe('unmet');
    expect(checkNamed(skill('Excel'), { skills: ['MS Office'] }).status).toBe('partial');
    expect(checkNamed(cert('MySQL'), { certifications: ['PostgreSQL'] }).status).toBe('unmet');
  });

  it('gives a group of alternatives the partly met member and its reason', () => {
    const reqs = [
      { ...skill('Looker'), anyOf: 'g1' },
      { ...skill('Qlik'), anyOf: 'g1' },
    ];
    const profile = { skills: ['Tableau'] };
    const grouped = groupNamed(
      reqs,
      reqs.map((r) => checkNamed(r, profile)),
    );
    expect(grouped.items.map((i) => i.status)).toEqual(['partial', 'partial']);
    expect(grouped.items[0]?.reason).toMatchObject({ code: 'named.related', listed: 'Tableau' });
    expect(grouped.counted).toEqual([true, false]);
  });
});
