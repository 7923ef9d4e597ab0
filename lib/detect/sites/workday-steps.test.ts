import { describe, expect, it } from 'vitest';
import { detect, pageIdentity } from '../index';
import { page } from '../test-helpers';

/**
 * A Workday application step saved while signed in: the form of step 2 of 6 in the body, the
 * posting only in the head (og: tags and JSON-LD). Our own markup and wording.
 */
function applicationStep(): Document {
  const ld = {
    '@type': 'JobPosting',
    title: 'Cloud Services Lead - Responsable des services infonuagiques',
    hiringOrganization: { '@type': 'Organization', name: 'Harbourline Canada ULC' },
    jobLocation: {
      '@type': 'Place',
      address: { addressLocality: 'Canada, QC, Laval', addressCountry: 'Canada' },
    },
    jobLocationType: 'TELECOMMUTE',
    employmentType: 'OTHER',
    description:
      'You guide customers through their first year on our platform and shape the plans their ' +
      'teams follow. Vous accompagnez nos clients pendant leur première année sur la plateforme. ' +
      'Bilingual English and French, three years of consulting sales.',
  };
  return page(`<html><head><title>Cloud Services Lead</title>
    <meta property="og:title" content="${ld.title}">
    <meta property="og:description" content="${ld.description}">
    <script type="application/ld+json">${JSON.stringify(ld)}</script></head>
    <body><a href="#">Back to Job Posting</a><h2>${ld.title}</h2>
    <ol><li>My Information</li><li>My Experience</li><li>Review</li></ol>
    <form><label>Job Title*<input></label><label>Company*<input></label>
    <button>Save and Continue</button></form></body></html>`);
}

const host = 'https://harbourline.wd3.myworkdayjobs.com';
const path = '/Careers/job/Canada,-QC,-Laval/Cloud-Services-Lead_JR-0042';
const base = `${host}/en-US${path}`;

describe('a Workday application step', () => {
  it.each(['/apply', '/apply/applyManually', '/apply/autofillWithResume'])(
    'after %s is the posting its slug names',
    (step) => {
      const c = detect(applicationStep(), base + step);
      expect(c).toMatchObject({
        site: 'workday',
        jobKey: 'workday:harbourline:JR-0042',
        canonicalUrl: host + path,
        title: 'Cloud Services Lead - Responsable des services infonuagiques',
      });
      expect(pageIdentity(applicationStep(), base + step)?.jobKey).toBe(
        'workday:harbourline:JR-0042',
      );
    },
  );

  it('names no job on the candidate home or a search', () => {
    const home = 'https://harbourline.wd3.myworkdayjobs.com/en-US/Careers/userHome';
    expect(detect(applicationStep(), home)).toBeNull();
    const search = 'https://harbourline.wd3.myworkdayjobs.com/en-US/Careers?q=apply';
    expect(detect(applicationStep(), search)).toBeNull();
  });
});
