import type { Lexicon } from './types';
import { words } from './words';

/** Portuguese. */
export const pt: Lexicon = {
  code: 'pt',
  stopwords: words(
    'o|a|os|as|e|de|do|da|com|para|em|um|uma|que|você|nosso|nossa|são|na|no|dos|das|ao',
  ),
  numbers: {
    um: 1,
    uma: 1,
    dois: 2,
    duas: 2,
    três: 3,
    quatro: 4,
    cinco: 5,
    seis: 6,
    sete: 7,
    oito: 8,
    dez: 10,
  },

  // ── experience ────────────────────────────────────────────────────────────────────────────────
  experience: {},

  // ── preference ────────────────────────────────────────────────────────────────────────────────
  preference: {},

  // ── sections ──────────────────────────────────────────────────────────────────────────────────
  sections: {},

  // ── education ─────────────────────────────────────────────────────────────────────────────────
  education: {},

  // ── language ──────────────────────────────────────────────────────────────────────────────────
  language: {},

  // ── salary ────────────────────────────────────────────────────────────────────────────────────
  salary: {},

  // ── workplace ─────────────────────────────────────────────────────────────────────────────────
  workplace: {},

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {},

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {},

  // ── visa ──────────────────────────────────────────────────────────────────────────────────────
  visa: {},

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {},

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {},

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {
    titleLabels: words('cargo|vaga|título|função|posição'),
    companyLabels: words('empresa|empregador|organização|companhia'),
    locationLabels: words('local|local de trabalho|localização|cidade|localidade'),
    jobWords: [
      ...words(
        'desenvolvedor|desenvolvedora|desenvolvedores|engenheiro|engenheira|assistente|estagiário|estagiária|estágio',
      ),
      ...words(
        'enfermeiro|enfermeira|vendedor|vendedora|professor|professora|rececionista|recepcionista|analista|especialista',
      ),
      ...words(
        'atendente|operador|operadora|técnico|técnica|consultor|consultora|gerente|coordenador|coordenadora|auxiliar',
      ),
      ...words('motorista|programador|programadora|supervisor|supervisora|pessoa desenvolvedora'),
    ],
    titleIntros: words('como|procuramos|buscamos|estamos contratando'),
    hiringCues: words('procura|contrata|busca|está contratando|procuramos|contratamos|seleciona'),
    articles: words('um|uma|um/uma|um(a)|novo|nova'),
    atCompany: words('na|no'),
    titleCitySuffixes: words('vaga em|emprego em'),
    titleDecorations: words('urgente|imediato'),
    confidential: words('confidencial|empresa confidencial|sigiloso|sigilosa|anônimo|anônima'),
    agencyCues: words('nosso cliente|nossa cliente|empresa cliente|para empresa parceira'),
    aboutWords: words('sobre|quem somos'),
    basedIn: words('localizado em|localizada em|baseado em|baseada em'),
  },

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
