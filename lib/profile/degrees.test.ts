import { describe, expect, it } from 'vitest';
import { degreeAt, degreeField } from './degrees';

describe('degreeAt, a degree at the head of a résumé line, in seven languages', () => {
  it.each([
    // English: British and academic abbreviations, dots and spaces optional, "(Hons)".
    ['BA (Hons) Geography, University of Hull', 'bachelor', 'Geography'],
    ['B.A. in Modern History (2013)', 'bachelor', 'Modern History'],
    ['BSc Applied Physics – University of Bath', 'bachelor', 'Applied Physics'],
    ['B. Sc. Biochemistry, 2010 – 2013', 'bachelor', 'Biochemistry'],
    ['MSc Operational Research at Lancaster', 'master', 'Operational Research'],
    ['MPhil Economics, Cambridge', 'master', 'Economics'],
    ['LLB Law, 2018', 'bachelor', 'Law'],
    ['• BEng (Hons) Mechanical Engineering', 'bachelor', 'Mechanical Engineering'],
    ['PhD Neuroscience, UCL', 'doctorate', 'Neuroscience'],
    // French: Licence, Master, BTS, DUT, Bac+N.
    ['Licence Sciences de l’éducation, Université de Rouen', 'bachelor', 'Sciences de l’éducation'],
    ['Licence professionnelle Logistique – IUT du Havre', 'bachelor', 'Logistique'],
    ['Master Ressources humaines – IAE Grenoble (2016 – 2018)', 'master', 'Ressources humaines'],
    ['BTS Comptabilité et gestion, Lycée Jean Moulin', 'associate', 'Comptabilité et gestion'],
    ['DUT Génie électrique, IUT de Bordeaux', 'associate', 'Génie électrique'],
    ['Bac+5 Audit et contrôle, KEDGE', 'master', 'Audit et contrôle'],
    ['Bac + 2 Tourisme, 2012', 'associate', 'Tourisme'],
    // German: B.Sc./M.Sc., Dipl.-Ing., Diplom, Ausbildung.
    ['B.Sc. Betriebswirtschaftslehre, Universität Passau', 'bachelor', 'Betriebswirtschaftslehre'],
    ['M.Sc. Elektrotechnik – TU Dresden', 'master', 'Elektrotechnik'],
    ['Dipl.-Ing. Bauingenieurwesen, Universität Stuttgart', 'master', 'Bauingenieurwesen'],
    ['Diplom Psychologie, Universität Trier', 'master', 'Psychologie'],
    ['Ausbildung als Bankkauffrau, Sparkasse Ulm', 'vocational', 'Bankkauffrau'],
    // Spanish: Grado, Licenciatura, Máster.
    ['Grado en Turismo, Universidad de Málaga', 'bachelor', 'Turismo'],
    ['Licenciatura en Psicología, Universidad de Salamanca', 'bachelor', 'Psicología'],
    ['Máster en Recursos Humanos, EAE Business School', 'master', 'Recursos Humanos'],
    // Italian: Laurea triennale / magistrale.
    ['Laurea triennale in Scienze politiche, Università di Pavia', 'bachelor', 'Scienze politiche'],
    ['Laurea magistrale in Architettura – Politecnico di Torino', 'master', 'Architettura'],
    // Portuguese: Licenciatura, Mestrado, Bacharelado.
    ['Licenciatura em Economia, Universidade Nova de Lisboa', 'bachelor', 'Economia'],
    ['Mestrado em Marketing, ISCTE', 'master', 'Marketing'],
    ['Bacharelado em Ciência da Computação, UFMG', 'bachelor', 'Ciência da Computação'],
    // Dutch: HBO, WO, Bachelor, Master, MBO.
    ['HBO Commerciële Economie, Hogeschool Rotterdam', 'bachelor', 'Commerciële Economie'],
    ['WO Master Bestuurskunde, Universiteit Twente', 'master', 'Bestuurskunde'],
    [
      'Bachelor Toegepaste Psychologie, Hogeschool Windesheim',
      'bachelor',
      'Toegepaste Psychologie',
    ],
    ['MBO Logistiek niveau 4, Albeda', 'vocational', 'Logistiek'],
  ])('%s', (line, level, field) => {
    expect(degreeAt(line)).toEqual({ level, field });
  });

  it('gives the level alone where no subject follows the name', () => {
    expect(degreeAt('MBA, IE Business School, 2021')).toEqual({ level: 'master' });
    expect(degreeAt('Abitur, Gymnasium am Markt')).toEqual({ level: 'high_school' });
    expect(degreeAt('Diplom-Kauffrau, Universität Bremen')).toEqual({ level: 'master' });
  });

  it('reads no degree where the line starts with something else', () => {
    expect(degreeAt('Basic Spanish, learnt abroad')).toBeUndefined();
    expect(degreeAt('AB testing with Optimizely')).toBeUndefined();
    expect(degreeAt('Hogeschool van Arnhem en Nijmegen')).toBeUndefined();
    expect(degreeAt('Masterclass in negotiation, 2019')).toBeUndefined();
    // Written names count only as written: "ba" in lower case is not a degree.
    expect(degreeAt('ba humbug')).toBeUndefined();
  });

  it('stays linear on a long line of letters and dots', () => {
    expect(degreeField(`B.${'A.'.repeat(50_000)}`)).toBeUndefined();
    expect(degreeField(`BSc ${'x'.repeat(100_000)}`)).toBe('x'.repeat(61));
  });
});
