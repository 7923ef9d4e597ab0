import { describe, expect, it } from 'vitest';
import { extract } from '../index';

/** A posting whose work model is said once, in a sentence of its body (not a field line). */
const workplace = (sentence: string) =>
  extract({
    text: ['Customer Support Agent', '', 'We make garden tools.', 'We are growing.', sentence].join(
      '\n',
    ),
  }).posting.workplace;

describe('the post itself said to be worked from home, in prose', () => {
  it.each([
    'This is a work-from-home (WFH) position open to applicants across Kenya.',
    'We offer this job on a work-from-home basis, with flexible hours.',
    'It is a WFH role, and you set your own hours within the week.',
    'Ofrecemos un puesto remoto para cualquier ciudad de Colombia.',
    'Esta é uma vaga home office para pessoas de todo o Brasil.',
    'Het is een functie waarbij je volledig thuiswerkt, waar in Nederland je ook woont.',
  ])('%s', (sentence) => {
    expect(workplace(sentence)).toBe('remote');
  });

  it('working from home now and then is not a remote post', () => {
    expect(workplace('You may work from home on Fridays once your training is done.')).not.toBe(
      'remote',
    );
  });
});
