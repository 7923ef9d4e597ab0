import { describe, expect, it } from 'vitest';
import { extract } from './index';

const places = (text: string) => extract({ text }).posting.locations;

/**
 * A record labels only the state or country ("location: Texas") while the title carries the town
 * ("…-Houston", "… in Augsburg"): the town is the nearer place.
 */
describe("the title's town over a labelled state or country", () => {
  it.each([
    [
      'title: Outreach Worker II, Family Services-Houston\norganization: Bright Paths\nlocation: Texas\n\nYou will visit families each week.',
      ['Houston'],
    ],
    [
      'Sachbearbeiter Einkauf (m/w/d) in Augsburg\nStandort: Bayern\n\nSie bestellen Material für unsere Werke.',
      ['Augsburg'],
    ],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('a labelled town stays the place', () => {
    const text =
      'title: Outreach Worker II, Family Services-Houston\nlocation: Austin, TX\n\nYou will visit families.';
    expect(places(text)).toEqual(['Austin, TX']);
  });
});

/** "Imola, Viale Rivalta, 6": an address written town first; the town is the place. */
describe('an address written town first, then street and number', () => {
  it.each([
    ['Sede di lavoro: Imola, Viale Rivalta, 6', 'Tirocinio amministrativo', 'Imola'],
    ['Lieu de travail : Paris, 12 rue de la Paix', 'Assistant comptable (H/F)', 'Paris'],
    ['Work location: Leeds, 4 Park Row', 'Payroll Administrator', 'Leeds'],
  ])('%s', (line, role, town) => {
    const text = `${role}\n\n${line}\n\nYou will keep the ledgers and invoices in order every week.`;
    expect(places(text)).toEqual([town]);
  });
});

const head = (text: string) => {
  const p = extract({ text }).posting;
  return [p.title, p.locations];
};

/**
 * "Web developer (Pasig)": a town of the gazetteer in the title's bracket is the place, and leaves
 * the title. GeoNames writes Philippine cities with "City" ("Pasig City"); postings drop it.
 */
describe("a gazetteer town in the title's bracket", () => {
  it.each([
    ['Web Developer (Pasig)', ['Web Developer', ['Pasig']]],
    ['Accounting Clerk (Makati)', ['Accounting Clerk', ['Makati']]],
    ['Store Supervisor (Kumasi)', ['Store Supervisor', ['Kumasi']]],
  ])('%s', (line, expected) => {
    expect(head(`${line}\n\nDuties\n- Keep the records up to date.\n- Answer the phones.`)).toEqual(
      expected,
    );
  });

  it('a smaller town named like a word stays in the title', () => {
    const text = 'Software Engineer (Mobile)\n\nDuties\n- Ship our apps every week.';
    expect(head(text)).toEqual(['Software Engineer (Mobile)', []]);
  });

  it('a bracket of other words stays in the title', () => {
    const text = 'Support Worker (Nursing background)\n\nDuties\n- Help clients at home.';
    expect(head(text)).toEqual(['Support Worker (Nursing background)', []]);
  });
});
