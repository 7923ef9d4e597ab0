import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * A body's or a class's acronym before a credential noun keeps the noun the text gives: "HGV
 * licence" is a licence, "RICS membership" a membership, "HPCSA registration" and "NMC PIN" a
 * registration. Sentences in our own words.
 */
const licences = (line: string) =>
  extract({ text: `Driver\n\nRequirements\n- ${line}\n- Good timekeeping` })
    .requirements.filter((r) => r.kind === 'license')
    .map((r) => r.name);

describe("a credential's noun after an acronym", () => {
  it.each([
    ['Valid Class 1 HGV licence', 'HGV licence'],
    ['LGV license held for two years', 'LGV license'],
    ['RICS membership preferred', 'RICS membership'],
    ['Active NMC PIN', 'NMC registration'],
    ['HPCSA registration as a dietitian', 'HPCSA registration'],
  ])('%s gives %s', (line, name) => {
    expect(licences(line)).toContain(name);
  });
});
