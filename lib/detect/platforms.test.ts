import { describe, expect, it } from 'vitest';
import { asStored } from './brand';
import { isPlatformName, platformOf, tenantInText, tenantSlugs } from './platforms';

const capture = (
  url: string,
  company: string | null,
  text: string,
  location: string | null = null,
) => ({
  url,
  company,
  location,
  text,
});

describe('a hiring platform named where the employer should be', () => {
  it('knows a platform host and its own name', () => {
    expect(platformOf('acme-careers.icims.com')).toBe('icims.com');
    expect(platformOf('careers.acme.com')).toBeNull();
    const host = new URL('https://tbe.taleo.net/NA1/ats/careers/requisition.jsp?org=XYZ&rid=7');
    expect(isPlatformName('Taleo', host)).toBe(true);
    expect(isPlatformName('Northwind Shipping', host)).toBe(false);
    // On its own site a platform's name is an employer like any other.
    expect(isPlatformName('Taleo', new URL('https://www.taleo-fans.org/jobs/1'))).toBe(false);
  });

  it('never takes a "Powered by" credit for a name, in several languages', () => {
    expect(isPlatformName('Powered by the Acme Talent Platform (Opens new window)', null)).toBe(
      true,
    );
    expect(isPlatformName('Propulsé par Recrutix', null)).toBe(true);
    expect(isPlatformName('Bereitgestellt von JobWerk', null)).toBe(true);
  });

  it('reads the tenant the address names', () => {
    expect(
      tenantSlugs(new URL('https://careers.peopleclick.com/careerscp/client_harbor/external/x.do')),
    ).toEqual(['harbor']);
    expect(tenantSlugs(new URL('https://lakeviewcollege-lakeview.icims.com/jobs/12/job'))).toEqual([
      'lakeviewcollege',
      'lakeview',
    ]);
    expect(tenantSlugs(new URL('https://tbe.taleo.net/NA9/ats/careers/requisition.jsp'))).toEqual(
      [],
    );
    // A platform that names its tenant by the address's first folder: the name whole, and its
    // first word ("Quillmark" of "Quillmark Labs Inc").
    expect(
      tenantSlugs(new URL('https://jobs.ashbyhq.com/Quillmark%20Labs%20Inc/5f1c-77ab')),
    ).toEqual(['quillmarklabsinc', 'quillmark']);
    expect(tenantSlugs(new URL('https://jobs.lever.co/ferrowave/1a2b3c'))).toEqual(['ferrowave']);
    expect(() => tenantSlugs(new URL('https://jobs.ashbyhq.com/%E0%A4%A/1'))).not.toThrow();
  });

  it('finds the tenant as the page writes it, a name before an address', () => {
    const peopleclick = new URL(
      'https://careers.peopleclick.com/careerscp/client_grants/external/jobDetails.do',
    );
    expect(
      tenantInText(peopleclick, 'Manage Grants.com releases and work with other Grant’s teams.'),
    ).toBe('Grant’s');
    expect(tenantInText(peopleclick, 'Manage the Grants.com shop front.')).toBe('Grants');
    expect(tenantInText(peopleclick, 'Write to grants@example.org')).toBeNull();
    const icims = new URL('https://lakeviewcollege-lakeview.icims.com/jobs/12/job');
    expect(tenantInText(icims, 'Teach online for Lakeview College this autumn.')).toBe(
      'Lakeview College',
    );
  });
});

describe('asStored', () => {
  it('puts the tenant, or nothing, in place of the platform', () => {
    const ashby = 'https://jobs.ashbyhq.com/Quillmark%20Labs%20Inc/5f1c-77ab';
    expect(
      asStored(capture(ashby, 'Ashbyhq', 'Quillmark builds invoicing tools for small shops.'))
        .company,
    ).toBe('Quillmark');
    const url =
      'https://careers.peopleclick.com/careerscp/client_grants/external/jobDetails.do?id=1';
    expect(asStored(capture(url, 'Peopleclick', 'Support other Grant’s stores.')).company).toBe(
      'Grant’s',
    );
    expect(asStored(capture(url, 'Peopleclick', 'Support the stores.')).company).toBeNull();
    const taleo = 'https://tbe.taleo.net/NA9/ats/careers/requisition.jsp?org=NWS&rid=3';
    expect(
      asStored(capture(taleo, 'Taleo', 'Pay the suppliers of Northwind Shipping, Inc.')).company,
    ).toBeNull();
  });

  it("puts the tenant in place of an entity's internal name the text never writes", () => {
    const url = 'https://harbourline.wd3.myworkdayjobs.com/en-US/Careers/job/Lyon/Analyst_R77';
    const text = 'At Harbourline, you help ports move cargo safely. Join the analytics team.';
    expect(asStored(capture(url, 'FR1 HBL - HBL Services SAS', text)).company).toBe('Harbourline');
    // A legal name holding the brand, or one the text writes out, stays.
    expect(asStored(capture(url, 'Harbourline France SAS', text)).company).toBe(
      'Harbourline France SAS',
    );
    const named = `${text} You join Quayside Data, our analytics subsidiary.`;
    expect(asStored(capture(url, 'Quayside Data', named)).company).toBe('Quayside Data');
    // No tenant in the text: the name stays as the page gives it.
    expect(asStored(capture(url, 'FR1 HBL - HBL Services SAS', 'Join us.')).company).toBe(
      'FR1 HBL - HBL Services SAS',
    );
  });

  it('leaves out a location that names no place, and keeps a real one', () => {
    const url = 'https://jobs.example.org/posting/5';
    expect(asStored(capture(url, 'Northwind', 'Text', 'Headquarters')).location).toBeNull();
    expect(asStored(capture(url, 'Northwind', 'Text', 'US-')).location).toBeNull();
    const kept = capture(url, 'Northwind', 'Text', 'Portland, OR');
    expect(asStored(kept)).toBe(kept);
  });
});
