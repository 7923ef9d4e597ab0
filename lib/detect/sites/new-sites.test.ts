import { describe, expect, it } from 'vitest';
import { inputFromCapture } from '../../extract/pipeline/input';
import { extensions } from '../extensions';
import { detect, JOB_SITE_MATCHES } from '../index';
import { capture, page } from '../test-helpers';
import { ADAPTERS } from './index';

describe('declared sites read from their own markup', () => {
  it.each([
    {
      fixture: 'seek.html',
      url: 'https://www.seek.com.au/job/81234567?type=standout&ref=search-standalone',
      want: {
        site: 'seek',
        jobKey: 'seek:81234567',
        title: 'Graduate Surveyor',
        company: 'Bellarine Land Services',
        location: 'Geelong VIC',
        labels: ['Full time'],
      },
      has: '• A full driver licence',
    },
    {
      fixture: 'totaljobs.html',
      url: 'https://www.totaljobs.com/job/payroll-administrator/aire-valley-foods-ltd-job104455667',
      want: {
        site: 'totaljobs',
        jobKey: 'totaljobs:104455667',
        title: 'Payroll Administrator',
        company: 'Aire Valley Foods Ltd',
        location: 'Leeds, West Yorkshire',
        labels: ['Permanent', 'Part time'],
      },
      has: '• Experience with Sage Payroll',
    },
    {
      fixture: 'avature.html',
      url: 'https://meridianbank.avature.net/careers/JobDetail/Credit-Risk-Analyst-Lisbon/40213',
      want: {
        site: 'avature',
        jobKey: 'avature:40213',
        title: 'Credit Risk Analyst, Lisbon',
        company: 'Meridian Bank',
        location: 'Lisbon',
      },
      has: '• Three years in credit risk',
    },
    {
      fixture: 'gradconnection.html',
      url: 'https://au.gradconnection.com/employers/harbour-analytics/jobs/harbour-analytics-2026-summer-data-internship/',
      want: {
        site: 'gradconnection',
        title: '2026 Summer Data Internship',
        company: 'Harbour Analytics',
        location: 'Newcastle, Sydney',
      },
      has: '• A degree in a quantitative field',
    },
    {
      fixture: 'zhipin.html',
      url: 'https://www.zhipin.com/job_detail/8a1f2c3d4e5f6a7bX1y2Z3.html?ka=search_list_1',
      want: {
        site: 'zhipin',
        jobKey: 'zhipin:8a1f2c3d4e5f6a7bX1y2Z3',
        title: '数据分析师',
        company: '青禾科技',
        location: '杭州',
      },
      has: '熟练使用SQL和Python',
    },
  ])('$fixture', ({ fixture, url, want, has }) => {
    const c = capture(fixture, url);
    expect(c).toMatchObject({ ...want, detectedBy: 'adapter' });
    expect(c?.text).toContain(has);
  });

  it('reads the job-type row as a label the engine understands', () => {
    const c = capture(
      'gradconnection.html',
      'https://au.gradconnection.com/employers/harbour-analytics/jobs/harbour-analytics-2026-summer-data-internship/',
    );
    expect(c?.labels).toContain('Job type:Internships');
    expect(c && inputFromCapture(c).meta?.employmentType).toBe('internship');
    const t = capture(
      'totaljobs.html',
      'https://www.totaljobs.com/job/payroll-administrator/aire-valley-foods-ltd-job104455667',
    );
    // "Permanent" with "Part time": the hours label wins.
    expect(t && inputFromCapture(t).meta?.employmentType).toBe('part_time');
  });

  it('runs the declared content script on these hosts', () => {
    for (const p of ['*://*.seek.com.au/*', '*://www.totaljobs.com/*', '*://*.avature.net/*']) {
      expect(JOB_SITE_MATCHES).toContain(p);
    }
  });
});

/** A posting page as these sites serve it: its JSON-LD JobPosting and little else we rely on. */
function jsonLdPage(title: string, company: string, city: string): Document {
  const posting = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title,
    hiringOrganization: { '@type': 'Organization', name: company },
    jobLocation: { '@type': 'Place', address: { addressLocality: city } },
    employmentType: 'FULL_TIME',
    description: `<p>${company} is hiring.</p><ul><li>Two years of experience</li><li>Good written English</li></ul>`,
  };
  return page(`<html><head><script type="application/ld+json">${JSON.stringify(posting)}</script>
    </head><body><div id="root"></div></body></html>`);
}

/** Sites only a scan reaches: a posting URL, its job key, and a page of the same site that is no posting. */
const SCAN_SITES: [string, string, string, string][] = [
  [
    'oracle',
    'https://eeho.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/224466',
    'oracle:224466',
    'https://eeho.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/requisitions',
  ],
  [
    'taleo',
    'https://acme.taleo.net/careersection/ex/jobdetail.ftl?job=2400123&lang=en&src=JB-1',
    'taleo:2400123',
    'https://acme.taleo.net/careersection/ex/jobsearch.ftl',
  ],
  [
    'taleo',
    'https://tbe.taleo.net/NA4/ats/careers/requisition.jsp?org=HARBORCO&cws=1&rid=57',
    'taleo:harborco:57',
    'https://tbe.taleo.net/NA4/ats/careers/searchResults.jsp?org=HARBORCO&cws=1',
  ],
  [
    'successfactors',
    'https://career5.successfactors.eu/career?company=acmeP&career_job_req_id=31337&career_ns=job_listing',
    'successfactors:31337',
    'https://career5.successfactors.eu/career?company=acmeP',
  ],
  [
    'jobvite',
    'https://jobs.jobvite.com/northwind/job/oAbC123x?__jvst=Job+Board',
    'jobvite:oAbC123x',
    'https://jobs.jobvite.com/northwind/jobs',
  ],
  [
    'breezy',
    'https://tidewater.breezy.hr/p/7c2e9a41b0d3-warehouse-lead',
    'breezy:7c2e9a41b0d3',
    'https://tidewater.breezy.hr/',
  ],
  [
    'jazzhr',
    'https://pinecrest.applytojob.com/apply/Xk29LmQp/Office-Manager',
    'jazzhr:Xk29LmQp',
    'https://pinecrest.applytojob.com/apply',
  ],
  [
    'rippling',
    'https://ats.rippling.com/quarry-labs/jobs/5d1e8f20-1a2b-4c3d-9e8f-7a6b5c4d3e2f',
    'rippling:quarry-labs/jobs/5d1e8f20-1a2b-4c3d-9e8f-7a6b5c4d3e2f',
    'https://ats.rippling.com/quarry-labs/jobs',
  ],
  [
    'pinpoint',
    'https://harbour.pinpointhq.com/en/postings/0b7c1e2d-3f4a-4b5c-8d9e-0f1a2b3c4d5e',
    'pinpoint:0b7c1e2d-3f4a-4b5c-8d9e-0f1a2b3c4d5e',
    'https://harbour.pinpointhq.com/',
  ],
  [
    'jobright',
    'https://jobright.ai/jobs/info/5f0c2a9b8d7e6f5a4b3c2d1e?utm_source=share',
    'jobright:5f0c2a9b8d7e6f5a4b3c2d1e',
    'https://jobright.ai/jobs/recommend',
  ],
  [
    'dover',
    'https://app.dover.com/apply/lumen/9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b?rs=1',
    'dover:9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
    'https://app.dover.com/jobs/lumen',
  ],
  [
    'paylocity',
    'https://recruiting.paylocity.com/Recruiting/Jobs/Details/1876543',
    'paylocity:1876543',
    'https://recruiting.paylocity.com/Recruiting/Jobs/All/abc',
  ],
  [
    'ukg',
    'https://recruiting2.ultipro.com/ACM1001ACME/JobBoard/1b2c3d4e-0000-4000-8000-123456789abc/OpportunityDetail?opportunityId=f00dfeed-1234-4abc-9def-0123456789ab',
    'ukg:f00dfeed-1234-4abc-9def-0123456789ab',
    'https://recruiting2.ultipro.com/ACM1001ACME/JobBoard/1b2c3d4e-0000-4000-8000-123456789abc',
  ],
  [
    'eightfold',
    'https://northwind.eightfold.ai/careers?pid=563112233&domain=northwind.com&sort_by=relevance',
    'eightfold:563112233',
    'https://northwind.eightfold.ai/careers?domain=northwind.com',
  ],
  [
    'phenom',
    'https://northwind.phenompeople.com/us/en/job/R-20451/Field-Engineer',
    'phenom:R-20451',
    'https://northwind.phenompeople.com/us/en/search-results',
  ],
  [
    'ziprecruiter',
    'https://www.ziprecruiter.com/c/Northwind/Job/Dispatcher/-in-Tulsa,OK?jid=7f3a9c2e1b',
    'ziprecruiter:7f3a9c2e1b',
    'https://www.ziprecruiter.com/jobs-search?search=dispatcher',
  ],
  [
    'monster',
    'https://www.monster.com/job-openings/dispatcher-tulsa-ok--1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    'monster:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    'https://www.monster.com/jobs/search?q=dispatcher',
  ],
  [
    'dice',
    'https://www.dice.com/job-detail/2c4e6a8b-1d3f-4a5b-9c7d-8e0f1a2b3c4d',
    'dice:2c4e6a8b-1d3f-4a5b-9c7d-8e0f1a2b3c4d',
    'https://www.dice.com/jobs?q=java',
  ],
  [
    'naukri',
    'https://www.naukri.com/job-listings-java-developer-northwind-pune-3-to-6-years-120325009876',
    'naukri:120325009876',
    'https://www.naukri.com/java-developer-jobs-in-pune',
  ],
  [
    'xing',
    'https://www.xing.com/jobs/hamburg-projektleiter-hochbau-123456789',
    'xing:123456789',
    'https://www.xing.com/jobs/search?keywords=hochbau',
  ],
  [
    'reed',
    'https://www.reed.co.uk/jobs/payroll-administrator/52345678?source=searchResults',
    'reed:52345678',
    'https://www.reed.co.uk/jobs/payroll-jobs',
  ],
  [
    'infojobs',
    'https://www.infojobs.net/sevilla/enfermero-quirofano/of-i8f2c1a0b3d4e5f60718293a4b5c6d',
    'infojobs:8f2c1a0b3d4e5f60718293a4b5c6d',
    'https://www.infojobs.net/ofertas-trabajo/sevilla',
  ],
  [
    'jobsch',
    'https://www.jobs.ch/de/stellenangebote/detail/a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d/'.replace(
      'stellenangebote',
      'vacancies',
    ),
    'jobsch:a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    'https://www.jobs.ch/en/vacancies/?term=pflege',
  ],
  [
    'bayt',
    'https://www.bayt.com/en/uae/jobs/site-engineer-5012345/',
    'bayt:5012345',
    'https://www.bayt.com/en/uae/jobs/site-engineer-jobs/',
  ],
];

describe('sites only a scan reaches', () => {
  it.each(SCAN_SITES)('%s: the posting URL names the job', (site, url, jobKey, notPosting) => {
    const c = detect(jsonLdPage('Field Engineer', 'Northwind Ltd', 'Tulsa'), url);
    expect(c).toMatchObject({ site, jobKey, detectedBy: 'jsonld', title: 'Field Engineer' });
    expect(c?.company).toBe('Northwind Ltd');
    // A search or board page of the same site names no job: not a posting, whatever it embeds.
    expect(detect(jsonLdPage('Field Engineer', 'Northwind Ltd', 'Tulsa'), notPosting)).toBeNull();
  });

  it('keeps them out of the declared content script', () => {
    const declared = new Set(ADAPTERS.map((a) => a.id));
    for (const [site] of SCAN_SITES) {
      expect(declared.has(site)).toBe(false);
      expect(extensions.adapters.some((a) => a.id === site)).toBe(true);
    }
    expect(ADAPTERS.length + extensions.adapters.length).toBeGreaterThanOrEqual(40);
  });

  it('reads Taleo and SuccessFactors pages from their hooks when there is no JSON-LD', () => {
    const taleo =
      page(`<html><head><title>Job Description - Pipefitter (2400123)</title></head><body>
      <h1>Pipefitter</h1><table id="requisitionDescriptionInterface.descRequisition"><tr><td>
      <p>Install and repair piping in our refinery.</p><ul><li>Journeyman card</li><li>Five years on site</li></ul>
      </td></tr></table></body></html>`);
    const t = detect(taleo, 'https://acme.taleo.net/careersection/ex/jobdetail.ftl?job=2400123');
    expect(t).toMatchObject({ site: 'taleo', detectedBy: 'adapter' });
    expect(t?.text).toContain('• Journeyman card');
    const sf =
      page(`<html><body><h1><span data-careersite-propertyid="title">Comptable fournisseurs</span></h1>
      <span data-careersite-propertyid="location">Lyon, FR</span>
      <span data-careersite-propertyid="description"><span class="jobdescription"><p>Vous tenez la comptabilité fournisseurs.</p>
      <ul><li>BTS comptabilité</li></ul></span></span></body></html>`);
    expect(
      detect(sf, 'https://jobs.sap.com/job/Lyon-Comptable-fournisseurs/1122334455/'),
    ).toMatchObject({
      site: 'successfactors',
      title: 'Comptable fournisseurs',
      location: 'Lyon, FR',
    });
  });
});

describe('Jobright: the header icon chips beside the JSON-LD', () => {
  it('reads the hours and the work model the chips show, which the JSON-LD leaves out', () => {
    const doc = jsonLdPage('Field Engineer', 'Northwind Ltd', 'Tulsa');
    doc.body.innerHTML = `<h2>Northwind Ltd · 2 hours ago</h2><h1>Field Engineer</h1>
      <div><div><img alt="position" src="/pin.svg"><span>12 Refinery Rd, Tulsa</span></div></div>
      <div><div><img alt="time" src="/clock.svg"><span>Full-time</span></div></div>
      <div><div><img alt="remote" src="/home.svg"><span>On-site</span></div></div>
      <div><div><img alt="seniority" src="/step.svg"><span>Senior</span></div></div>`;
    const c = detect(doc, 'https://jobright.ai/jobs/info/5f0c2a9b8d7e6f5a4b3c2d1e');
    expect(c).toMatchObject({ site: 'jobright', labels: ['Full-time', 'On-site'] });
    expect(inputFromCapture(c as NonNullable<typeof c>).meta).toMatchObject({
      workplace: 'onsite',
      employmentType: 'full_time',
    });
  });
});

describe("SmartRecruiters' one-click apply form", () => {
  const url =
    'https://jobs.smartrecruiters.com/oneclick-ui/company/Lindqvist/publication/' +
    '3f2a9c1e-7b4d-4e8a-9c2f-5d6e7a8b9c0d?dcr_ci=Lindqvist';
  const doc = () =>
    page(`<html><head><title>Easy apply - Payroll Clerk (Part time) - Lindqvist</title></head>
    <body><div class="topbar"><img class="brand-logo" alt="Lindqvist Logo">
      <div class="topbar-job-details"><p data-test="topbar-job-title">Payroll Clerk (Part time)</p>
      <p data-test="topbar-location">Hamngatan 4, 111 47 Stockholm, Sweden</p></div></div>
    <oc-app-root><header><h1 class="visually-hidden">Payroll Clerk (Part time)</h1></header>
    <main><form><h3>Personal information</h3><label>First name<input name="first"></label>
      <label>CV<input type="file" name="cv"></label><button>Submit</button></form></main>
    </oc-app-root></body></html>`);

  it('is the posting its publication names, with the header over the form', () => {
    expect(detect(doc(), url)).toMatchObject({
      site: 'smartrecruiters',
      jobKey: 'smartrecruiters:lindqvist:3f2a9c1e-7b4d-4e8a-9c2f-5d6e7a8b9c0d',
      title: 'Payroll Clerk (Part time)',
      company: 'Lindqvist',
      location: 'Hamngatan 4, 111 47 Stockholm, Sweden',
    });
  });

  it('names no posting without a publication id', () => {
    const bare = 'https://jobs.smartrecruiters.com/oneclick-ui/company/Lindqvist';
    expect(detect(doc(), bare)).toBeNull();
  });
});

describe('a jobs.ch vacancy without JSON-LD', () => {
  const url = 'https://www.jobs.ch/en/vacancies/detail/0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b/';
  const doc = () =>
    page(`<html><head><title>Lab Technician - Cell Culture (m/w/d) - Job Offer at Helvetia Bio AG - jobs.ch</title></head>
    <body><main><h1 data-cy="vacancy-title">Lab Technician - Cell Culture (m/w/d)</h1>
    <div data-cy="vacancy-info"><h2>Key information</h2><ul>
      <li data-cy="info-workload"><div><span>Workload:</span><span>60 – 100%</span></div></li>
      <li data-cy="info-contract"><div><span>Contract type:</span><span>Unlimited employment</span></div></li>
      <li><span></span><div><span>Place of work:</span><span>Basel</span></div></li>
      <li data-cy="info-salary_estimate"><div><span>Salary estimate:</span><span>Log in</span></div></li>
    </ul></div>
    <div data-cy="vacancy-description"><p>You culture cells for our assay team and keep the lab records.</p>
      <h2>What we offer</h2><ul><li>Flexible schedule (hybrid, full-time or 60%)</li></ul></div>
    <div data-cy="vacancy-company"><a data-cy="company-link" href="/en/companies/1-helvetia-bio/"><span>Helvetia Bio AG</span></a><p>Allschwil</p></div>
    </main></body></html>`);

  it('reads the title, employer and place of work from the markup, not the document title', () => {
    const c = detect(doc(), url);
    expect(c).toMatchObject({
      site: 'jobsch',
      title: 'Lab Technician - Cell Culture (m/w/d)',
      company: 'Helvetia Bio AG',
      location: 'Basel',
    });
    expect(c?.text).toContain('Workload:');
    expect(c?.text).not.toContain('Salary estimate');
  });
});
