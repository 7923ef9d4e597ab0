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
  salary: {
    pay: words(
      'salário|salario|salarial|remuneração|remuneracao|vencimento|vencimentos|ordenado|bolsa|bolsa-auxílio|faixa salarial',
    ),
    notPay: words(
      'VA|VR|vale|vale-alimentação|vale-refeição|vale-transporte|vale alimentação|vale refeição|auxílio|auxilio|ajuda de custo|faturamento|orçamento|orcamento|investimento|bônus|bonus|PLR|prêmio|premio|cesta básica',
    ),
    upTo: words('até|no máximo|máximo|maximo'),
    from: words('a partir de|desde|mínimo|minimo'),
    rangeJoin: words('a|e|até'),
    risingTo: words('e após será de|após|passando para|depois'),
    grossNet: words('bruto|brutos|bruta|líquido|liquido'),
    periods: {
      hour: words('por hora|a hora'),
      day: words('por dia|ao dia|diária|diaria'),
      week: words('por semana|semanal|semanais'),
      month: words('por mês|por mes|ao mês|ao mes|mensal|mensais|mensalmente'),
      year: words('por ano|ao ano|anual|anuais|anualmente'),
    },
    periodSuffixes: {
      hour: words('/hora|/h'),
      day: words('/dia'),
      week: words('/semana'),
      month: words('/mês|/mes'),
      year: words('/ano'),
    },
    timeUnits: words('horas|hora|h|hrs|dias|dia|noites|vezes'),
    currencies: {
      euro: 'EUR',
      euros: 'EUR',
      reais: 'BRL',
      real: 'BRL',
      dólares: '$',
      dolares: '$',
    },
    multipliers: {
      k: 1_000,
      mil: 1_000,
      milhões: 1_000_000,
      milhoes: 1_000_000,
      milhão: 1_000_000,
      milhao: 1_000_000,
      bilhões: 1_000_000_000,
    },
  },

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
  },

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
