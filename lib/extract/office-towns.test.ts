import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * "presso le sedi di Bergamo", "una de nuestras sedes en Zaragoza": the offices' town is the job's
 * place. The singular "sede" stays out: "nuestra sede central está en Madrid" is the head office.
 */
const placesOf = (sentence: string) =>
  extract({ text: ['Sviluppatore Java', '', sentence, '', 'Requisiti', '- Java'].join('\n') })
    .posting.locations;

describe("the town of the office ('sede') a sentence places the job in", () => {
  it.each([
    ['it', 'Acme srl cerca una risorsa da inserire presso le sedi di Bergamo.', 'Bergamo'],
    ['it', 'La persona lavorerà nelle sedi di Verona e dintorni.', 'Verona'],
    ['es', 'Buscamos una persona para una de nuestras sedes en Zaragoza.', 'Zaragoza'],
  ])('%s: %s', (_lang, sentence, town) => {
    expect(placesOf(sentence)).toEqual([town]);
  });
});
