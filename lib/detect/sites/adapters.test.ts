import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { detect, JOB_SITE_MATCHES } from '../index';
import { capture, fixture } from '../test-helpers';

interface Case {
  fixture: string;
  url: string;
  expected: {
    site: string;
    jobKey: string;
    canonicalUrl: string;
    title: string;
    company: string | null;
    location: string | null;
    detectedBy?: string;
    labels?: string[];
  };
  /** Lines the description text must hold (list items as "• ..."). */
  has: string[];
  /** Page chrome that must stay out of the text. */
  hasNot?: string[];
  /** Other URLs of the same job: same key. */
  sameJob?: string[];
}

const CASES: Case[] = [
  {
    fixture: 'indeed-viewjob.html',
    url: 'https://fr.indeed.com/viewjob?jk=9f2c4b1a7e3d5c60&from=serp&vjs=3&tk=1h2j3k',
    expected: {
      site: 'indeed',
      jobKey: 'indeed:9f2c4b1a7e3d5c60',
      canonicalUrl: 'https://fr.indeed.com/viewjob?jk=9f2c4b1a7e3d5c60',
      title: 'Développeur Full Stack H/F',
      company: 'Atelier Cassis',
      location: '69002 Lyon',
    },
    has: ['Profil recherché', "• Au moins 3 ans d'expérience en TypeScript"],
    hasNot: ['Postuler maintenant', 'job post'],
    sameJob: ['https://fr.indeed.com/jobs?q=react&l=Lyon&vjk=9f2c4b1a7e3d5c60'],
  },
  {
    fixture: 'indeed-split.html',
    url: 'https://www.indeed.com/jobs?q=warehouse&l=Columbus%2C+OH&vjk=5e1f0c2a9b7d3e41',
    expected: {
      site: 'indeed',
      jobKey: 'indeed:5e1f0c2a9b7d3e41',
      canonicalUrl: 'https://www.indeed.com/viewjob?jk=5e1f0c2a9b7d3e41',
      title: 'Warehouse Associate - 2nd Shift',
      company: 'Buckeye Freight Co.',
      location: 'Columbus, OH 43215',
    },
    has: ['• Able to lift 50 lbs'],
    hasNot: ['Forklift Operator'],
  },
  {
    fixture: 'glassdoor.html',
    url: 'https://www.glassdoor.ca/job-listing/clinical-data-analyst-maple-health-partners-JV_IC2281069_KO0,21_KE22,43.htm?jl=1009412345678&src=GD_JOB_AD',
    expected: {
      site: 'glassdoor',
      jobKey: 'glassdoor:1009412345678',
      canonicalUrl: 'https://www.glassdoor.ca/job-listing/j?jl=1009412345678',
      title: 'Clinical Data Analyst',
      company: 'Maple Health Partners',
      location: 'Toronto, ON',
    },
    has: ['Qualifications', '• 2+ years working with SAS or R'],
    hasNot: ['Show more', 'Easy Apply'],
    sameJob: ['https://www.glassdoor.ca/job-listing/j?jl=1009412345678'],
  },
  {
    fixture: 'greenhouse-classic.html',
    url: 'https://boards.greenhouse.io/quillstone/jobs/4012345?gh_src=3f8a1b2c1us',
    expected: {
      site: 'greenhouse',
      jobKey: 'greenhouse:quillstone:4012345',
      canonicalUrl: 'https://job-boards.greenhouse.io/quillstone/jobs/4012345',
      title: 'Staff Site Reliability Engineer',
      company: 'Quillstone',
      location: 'Remote - United States',
    },
    has: ['• 8+ years in SRE or production engineering', '$185,000 - $225,000'],
    hasNot: ['First Name', 'Submit Application'],
    sameJob: ['https://job-boards.greenhouse.io/quillstone/jobs/4012345'],
  },
  {
    fixture: 'greenhouse-new.html',
    url: 'https://job-boards.greenhouse.io/fernwehreisen/jobs/7034561002?utm_source=linkedin',
    expected: {
      site: 'greenhouse',
      jobKey: 'greenhouse:fernwehreisen:7034561002',
      canonicalUrl: 'https://job-boards.greenhouse.io/fernwehreisen/jobs/7034561002',
      title: 'Senior Backend Engineer (m/w/d)',
      company: 'Fernweh Reisen',
      location: 'Hamburg, Deutschland',
    },
    has: ['Dein Profil', '• Sehr gute Deutschkenntnisse (C1)'],
    hasNot: ['Bewerbung absenden'],
  },
  {
    fixture: 'greenhouse-embed-frame.html',
    url: 'https://boards.greenhouse.io/embed/job_app?for=pinecrest&token=5551234&b=https%3A%2F%2Fwww.pinecrestgames.com%2Fcareers',
    expected: {
      site: 'greenhouse',
      jobKey: 'greenhouse:pinecrest:5551234',
      canonicalUrl: 'https://job-boards.greenhouse.io/pinecrest/jobs/5551234',
      title: 'Gameplay Programmer',
      company: 'Pinecrest Games',
      location: 'Montréal, QC',
    },
    has: ['• Strong C# or C++'],
    sameJob: ['https://boards.greenhouse.io/pinecrest/jobs/5551234'],
  },
  {
    fixture: 'lever.html',
    url: 'https://jobs.lever.co/tidewater/7f3c2a10-4b5d-4e6f-8a9b-0c1d2e3f4a5b?lever-origin=applied&lever-source%5B%5D=LinkedIn',
    expected: {
      site: 'lever',
      jobKey: 'lever:tidewater:7f3c2a10-4b5d-4e6f-8a9b-0c1d2e3f4a5b',
      canonicalUrl: 'https://jobs.lever.co/tidewater/7f3c2a10-4b5d-4e6f-8a9b-0c1d2e3f4a5b',
      title: 'Senior Bioinformatics Engineer',
      company: 'Tidewater Bio',
      location: 'Boston, MA',
    },
    has: [
      'Tidewater Bio builds sequencing pipelines',
      "What you'll need",
      '• 4+ years of Python in production',
      'equal opportunity employer',
    ],
    hasNot: ['Apply for this job'],
    sameJob: ['https://jobs.lever.co/tidewater/7f3c2a10-4b5d-4e6f-8a9b-0c1d2e3f4a5b/apply'],
  },
  {
    fixture: 'workday.html',
    url: 'https://solara.wd3.myworkdayjobs.com/es-ES/Solara_Careers/job/Madrid-Espaa/Ingeniero-a-de-Software-Embebido_JR-20417?source=LinkedIn',
    expected: {
      site: 'workday',
      jobKey: 'workday:solara:JR-20417',
      canonicalUrl:
        'https://solara.wd3.myworkdayjobs.com/Solara_Careers/job/Madrid-Espaa/Ingeniero-a-de-Software-Embebido_JR-20417',
      title: 'Ingeniero/a de Software Embebido',
      company: 'Solara Energía Careers',
      location: 'Madrid, España',
      labels: ['Jornada completa'],
    },
    has: ['Requisitos', '• Inglés nivel B2'],
    sameJob: [
      'https://solara.wd3.myworkdayjobs.com/Solara_Careers/job/Madrid-Espaa/Ingeniero-a-de-Software-Embebido_JR-20417/apply',
    ],
  },
  {
    fixture: 'ashby.html',
    url: 'https://jobs.ashbyhq.com/kitebird/2b7e5c1d-9f4a-4c3b-8e2d-1a0f9c8b7e6d?utm_source=Otta',
    expected: {
      site: 'ashby',
      jobKey: 'ashby:kitebird:2b7e5c1d-9f4a-4c3b-8e2d-1a0f9c8b7e6d',
      canonicalUrl: 'https://jobs.ashbyhq.com/kitebird/2b7e5c1d-9f4a-4c3b-8e2d-1a0f9c8b7e6d',
      title: 'Product Designer',
      company: 'Kitebird',
      location: 'London, UK',
    },
    has: ["What we're looking for", '• Fluency in Figma and prototyping'],
    hasNot: ['Apply for this Job'],
    sameJob: ['https://jobs.ashbyhq.com/kitebird/2b7e5c1d-9f4a-4c3b-8e2d-1a0f9c8b7e6d/application'],
  },
  {
    fixture: 'smartrecruiters.html',
    url: 'https://jobs.smartrecruiters.com/FerrovieAlpine1/744000012345678-responsabile-logistica?trid=abc',
    expected: {
      site: 'smartrecruiters',
      detectedBy: 'microdata',
      jobKey: 'smartrecruiters:ferroviealpine1:744000012345678',
      canonicalUrl:
        'https://jobs.smartrecruiters.com/FerrovieAlpine1/744000012345678-responsabile-logistica',
      title: 'Responsabile Logistica',
      company: 'Ferrovie Alpine',
      location: 'Torino',
    },
    has: ['Qualifiche', '• Almeno 5 anni di esperienza nella logistica'],
    sameJob: [
      'https://careers.smartrecruiters.com/FerrovieAlpine1/744000012345678-responsabile-logistica',
    ],
  },
  {
    fixture: 'workable.html',
    url: 'https://apply.workable.com/oakridge-dental/j/7A3F9C21B4/?utm_medium=social',
    expected: {
      site: 'workable',
      jobKey: 'workable:7A3F9C21B4',
      canonicalUrl: 'https://apply.workable.com/j/7A3F9C21B4',
      title: 'Customer Success Manager',
      company: 'Oakridge Dental Software',
      location: 'Dublin, County Dublin, Ireland',
    },
    has: ['Requirements', '• Comfortable with Salesforce and Gainsight', '• Hybrid working'],
    sameJob: ['https://apply.workable.com/j/7A3F9C21B4'],
  },
  {
    fixture: 'icims-frame.html',
    url: 'https://careers-desertsun.icims.com/jobs/48213/registered-nurse---icu-%28nights%29/job?in_iframe=1&mode=job&iis=Indeed',
    expected: {
      site: 'icims',
      jobKey: 'icims:desertsun:48213',
      canonicalUrl:
        'https://careers-desertsun.icims.com/jobs/48213/registered-nurse---icu-%28nights%29/job',
      title: 'Registered Nurse - ICU (Nights)',
      company: 'desertsun',
      location: 'US-AZ-Phoenix',
    },
    has: ['Qualifications', '• BLS and ACLS certification'],
    hasNot: ['Powered by iCIMS', 'Apply for this job online'],
  },
  {
    fixture: 'teamtailor.html',
    url: 'https://fjallbo.teamtailor.com/jobs/5823011-backendutvecklare?promotion=123',
    expected: {
      site: 'teamtailor',
      detectedBy: 'jsonld',
      jobKey: 'teamtailor:fjallbo:5823011',
      canonicalUrl: 'https://fjallbo.teamtailor.com/jobs/5823011',
      title: 'Backendutvecklare',
      company: 'Fjällbo',
      location: 'Umeå, SE; Stockholm, SE',
    },
    has: ['Vi söker dig som har', '• Goda kunskaper i PostgreSQL'],
    hasNot: ['Sök jobbet'],
  },
  {
    fixture: 'recruitee.html',
    url: 'https://tulpwerk.recruitee.com/o/medior-frontend-developer?source=indeed',
    expected: {
      site: 'recruitee',
      jobKey: 'recruitee:tulpwerk:medior-frontend-developer',
      canonicalUrl: 'https://tulpwerk.recruitee.com/o/medior-frontend-developer',
      title: 'Medior Frontend Developer',
      company: 'Tulpwerk',
      location: 'Utrecht, Nederland',
    },
    has: ['Functie-eisen', '• Minimaal 3 jaar ervaring met Vue of React'],
    hasNot: ['Alle vacatures', 'Powered by Recruitee'],
    sameJob: ['https://tulpwerk.recruitee.com/o/medior-frontend-developer/c/new'],
  },
  {
    fixture: 'personio.html',
    url: 'https://kranich-logistik.jobs.personio.de/job/1832455?language=de&display=de',
    expected: {
      site: 'personio',
      jobKey: 'personio:kranich-logistik:1832455',
      canonicalUrl: 'https://kranich-logistik.jobs.personio.de/job/1832455',
      title: 'Werkstudent (m/w/d) Controlling',
      company: 'Kranich Logistik GmbH',
      location: 'Bremen, Hybrid',
    },
    has: ['Dein Profil', '• Sicherer Umgang mit MS Excel'],
    sameJob: ['https://kranich-logistik.jobs.personio.de/job/1832455?language=en'],
  },
  {
    fixture: 'bamboohr.html',
    url: 'https://inuvikoutfitters.bamboohr.com/careers/87?source=aWQ9MTI%3D',
    expected: {
      site: 'bamboohr',
      jobKey: 'bamboohr:inuvikoutfitters:87',
      canonicalUrl: 'https://inuvikoutfitters.bamboohr.com/careers/87',
      title: 'Retail Store Supervisor',
      company: 'inuvikoutfitters',
      location: 'Whitehorse, Yukon',
    },
    has: ['Requirements', "• Valid driver's licence"],
  },
  {
    fixture: 'wttj.html',
    url: 'https://www.welcometothejungle.com/fr/companies/bretagne-mobilites/jobs/chef-de-projet-data-h-f_rennes_BM_k2Lq9Xz?q=data',
    expected: {
      site: 'welcometothejungle',
      jobKey: 'welcometothejungle:chef-de-projet-data-h-f_rennes_bm_k2lq9xz',
      canonicalUrl:
        'https://www.welcometothejungle.com/fr/companies/bretagne-mobilites/jobs/chef-de-projet-data-h-f_rennes_BM_k2Lq9Xz',
      title: 'Chef de projet data H/F',
      company: 'Bretagne Mobilités',
      location: 'Rennes',
    },
    has: ['Profil recherché', '• Maîtrise de SQL', '• Piloter les projets de billettique'],
    sameJob: [
      'https://www.welcometothejungle.com/en/companies/bretagne-mobilites/jobs/chef-de-projet-data-h-f_rennes_BM_k2Lq9Xz',
    ],
  },
  {
    fixture: 'stepstone.html',
    url: 'https://www.stepstone.de/stellenangebote--Elektroniker-fuer-Betriebstechnik-m-w-d-Koeln-Rheinwerk-Anlagenbau-GmbH--11223344-inline.html?rltr=3_3_25_seorl_m_0_0_0_0_0_0',
    expected: {
      site: 'stepstone',
      jobKey: 'stepstone:11223344',
      canonicalUrl:
        'https://www.stepstone.de/stellenangebote--Elektroniker-fuer-Betriebstechnik-m-w-d-Koeln-Rheinwerk-Anlagenbau-GmbH--11223344-inline.html',
      title: 'Elektroniker für Betriebstechnik (m/w/d)',
      company: 'Rheinwerk Anlagenbau GmbH',
      location: 'Köln',
    },
    has: ['Ihr Profil', '• Kenntnisse in Siemens S7'],
    hasNot: ['Merken'],
  },
  {
    fixture: 'wellfound.html',
    url: 'https://wellfound.com/jobs/3120456-founding-ml-engineer?utm_campaign=startup_share',
    expected: {
      site: 'wellfound',
      jobKey: 'wellfound:3120456',
      canonicalUrl: 'https://wellfound.com/jobs/3120456',
      title: 'Founding ML Engineer',
      company: 'Lumenfold',
      location: 'San Francisco · Remote (US)',
    },
    has: ['• Strong PyTorch'],
  },
];

describe.each(CASES)('$expected.site adapter on $fixture', (c) => {
  it('captures title, company, location, key and canonical URL', () => {
    expect(capture(c.fixture, c.url)).toMatchObject({
      url: c.url,
      detectedBy: 'adapter',
      ...c.expected,
    });
  });

  it('keeps the description as text with bullet lines, without page chrome', () => {
    const text = capture(c.fixture, c.url)?.text ?? '';
    for (const line of c.has) expect(text).toContain(line);
    for (const chrome of c.hasNot ?? []) expect(text).not.toContain(chrome);
    expect(text).not.toMatch(/<\/?[a-z]+>/);
  });
});

const SAME_JOB = CASES.flatMap((c) =>
  (c.sameJob ?? []).map((other) => [c.expected.site, other, c] as const),
);

describe('other URL forms of a job get the same key', () => {
  it.each(SAME_JOB)('%s: %s', (_site, other, c) => {
    expect(detect(fixture(c.fixture), other)?.jobKey).toBe(c.expected.jobKey);
  });
});

describe('content script match patterns', () => {
  const patterns = JOB_SITE_MATCHES.map((p) => new MatchPattern(p));

  it.each(CASES.map((c) => [c.expected.site, c.url] as const))(
    'the declared content script runs on the %s posting',
    (_site, url) => {
      expect(patterns.some((p) => p.includes(url))).toBe(true);
    },
  );

  it('does not run on unrelated sites', () => {
    for (const url of [
      'https://www.example.com/careers/1',
      'https://github.com/lever/postings-api',
    ]) {
      expect(patterns.some((p) => p.includes(url))).toBe(false);
    }
  });
});

describe('known-site pages that are not one posting', () => {
  it.each([
    ['indeed-split.html', 'https://www.indeed.com/jobs?q=warehouse&l=Columbus%2C+OH'],
    ['lever.html', 'https://jobs.lever.co/tidewater'],
    ['workday.html', 'https://solara.wd3.myworkdayjobs.com/es-ES/Solara_Careers'],
    ['ashby.html', 'https://jobs.ashbyhq.com/kitebird'],
    ['greenhouse-classic.html', 'https://boards.greenhouse.io/quillstone'],
    ['wellfound.html', 'https://wellfound.com/jobs/list/remote'],
    ['stepstone.html', 'https://www.stepstone.de/jobs/elektroniker/in-koeln'],
    ['teamtailor.html', 'https://fjallbo.teamtailor.com/jobs'],
  ])('%s at %s → null', (name, url) => {
    expect(detect(fixture(name), url)).toBeNull();
  });

  it('does not capture the iCIMS outer page: the posting is in its frame', () => {
    expect(
      detect(
        fixture('icims-outer.html'),
        'https://careers-desertsun.icims.com/jobs/48213/registered-nurse---icu-%28nights%29/job',
      ),
    ).toBeNull();
  });

  it('does not capture a company page embedding a Greenhouse board without a description', () => {
    expect(
      detect(
        fixture('greenhouse-company-host.html'),
        'https://www.pinecrestgames.com/careers?gh_jid=5551234&gh_src=9a8b7c',
      ),
    ).toBeNull();
  });
});
