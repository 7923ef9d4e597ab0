import { describe, expect, it } from 'vitest';
import { sendToAddress } from './send-to';

/**
 * The signature block under a posting's closing line ("… freuen wir uns auf Ihre
 * Kontaktaufnahme:", "Please send applications to:"): its line with a legal form is the firm.
 */
describe('the firm under a closing line', () => {
  it.each([
    [
      'Passt das zu Ihnen? Dann freuen wir uns auf Ihre Kontaktaufnahme:\nbitWerk Systemhaus Gmbh\nFrau Lena Maier\n0711 123456',
      'bitWerk Systemhaus Gmbh',
    ],
    [
      'Wir freuen uns auf Ihre Bewerbung!\nIhr Team\n\nFragen? Richten Sie Ihre Bewerbung an: Holzbau Kern GmbH, Frau Kern',
      'Holzbau Kern GmbH',
    ],
    [
      'Please send applications to:\nHarbour Freight Lines Ltd\nThe Manager\n12 Quay Road',
      'Harbour Freight Lines Ltd',
    ],
  ])('%s', (text, firm) => {
    expect(sendToAddress(text)?.company).toBe(firm);
  });

  it.each([
    'Wir freuen uns auf Ihre Bewerbung!\nIhr Team vom Bauhof',
    'Dann freuen wir uns auf Ihre Kontaktaufnahme:\ninfo at example dot com',
  ])('no legal form, no firm: %s', (text) => {
    expect(sendToAddress(text)?.company ?? null).toBeNull();
  });
});
