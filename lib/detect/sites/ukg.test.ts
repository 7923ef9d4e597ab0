import { describe, expect, it } from 'vitest';
import { detect } from '../index';
import { page } from '../test-helpers';
import { objectAt } from './ukg';

/** A UKG Pro opportunity page as served: empty templates, the posting handed to a script. */
function opportunity(
  fields: Record<string, unknown>,
  footer = '© 2024 Harbourline Logistics, Inc. All rights reserved.',
): Document {
  const o = {
    Id: 'c0ffee00-1111-4222-8333-444455556666',
    Title: 'Warehouse Shift Lead',
    FullTime: true,
    Locations: [
      {
        LocalizedName: 'Rotterdam Depot',
        Address: { City: 'Rotterdam', State: null, Country: { Name: 'Netherlands', Code: 'NLD' } },
      },
    ],
    Description:
      '<p><strong>The role</strong></p><ul><li>Plan the night shift and brief the pickers.</li>' +
      '<li>Keep the forklift log {up to date} and "signed".</li></ul>',
    ...fields,
  };
  return page(`<html><head><title data-bind="text: title()"></title></head><body>
    <main><div data-bind="text: Title"></div>
    <script>$(function () { var opportunity = new US.Opportunity.CandidateOpportunityDetail(${JSON.stringify(o)}); ko.applyBindings(opportunity); });</script>
    </main><footer><p>${footer}</p></footer></body></html>`);
}

const URL =
  'https://recruiting.ultipro.com/HAR1000HRBL/JobBoard/0a1b2c3d-0000-4000-8000-123456789abc/OpportunityDetail?opportunityId=c0ffee00-1111-4222-8333-444455556666';

describe('UKG Pro opportunity pages', () => {
  it('reads the posting from the script object and the employer from the copyright line', () => {
    const c = detect(opportunity({}), URL);
    expect(c?.title).toBe('Warehouse Shift Lead');
    expect(c?.company).toBe('Harbourline Logistics, Inc');
    expect(c?.location).toBe('Rotterdam Depot');
    expect(c?.text).toContain('Plan the night shift');
  });

  it('builds a place from the address when no name is shown, and joins several', () => {
    const c = detect(
      opportunity({
        Locations: [
          {
            LocalizedName: null,
            Address: { City: 'Ghent', State: null, Country: { Name: 'Belgium' } },
          },
          { LocalizedName: 'Antwerp Port' },
        ],
      }),
      URL,
    );
    expect(c?.location).toBe('Ghent, Belgium; Antwerp Port');
  });

  it('is not a posting without the script object', () => {
    const doc = page('<html><body><main><div data-bind="text: Title"></div></main></body></html>');
    expect(detect(doc, URL)?.title ?? null).toBeNull();
  });
});

describe('objectAt', () => {
  it('cuts at the matching brace, skipping braces and escaped quotes inside strings', () => {
    const s = 'f({"a":"x}\\"y","b":{"c":1}}, 2)';
    expect(objectAt(s, 2)).toBe('{"a":"x}\\"y","b":{"c":1}}');
  });

  it('gives up on an unclosed object', () => {
    expect(objectAt('{"a":{"b":1}', 0)).toBeNull();
  });
});
