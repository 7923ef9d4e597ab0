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
  workplace: {
    remote: words('remoto|trabalho remoto|home office|teletrabalho|100% remoto|a distância'),
    hybrid: words('híbrido|híbrida|modelo híbrido|regime híbrido|formato híbrido'),
    onsite: words('presencial|trabalho presencial|modelo presencial|regime presencial'),
    remotePhrases: words(
      '100% remoto|100% home office|totalmente remoto|trabalho é 100% remoto|full remote',
    ),
    hybridPhrases: words('home office parcial|dias de home office|dias presenciais'),
    onsitePhrases: words('local de trabalho presencial|100% presencial|trabalho presencial'),
    fully: words('100%|100 %|totalmente|completamente|full'),
    partly: words('parcial|parcialmente|ocasional'),
    option: words('possibilidade de|opção de|possível|flexibilidade para'),
    days: words('dias|dia'),
    week: words('por semana|na semana|semanais|por mês'),
    places: words('no escritório|presenciais|de home office|remotos|em casa'),
    notRemote: words('sem home office|não é remoto|sem trabalho remoto'),
    notModel: words('nuvem|infraestrutura|veículos|sistemas|soluções|suporte|acesso|assistência'),
    or: words('ou'),
  },

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {
    fullTime: words('tempo integral|tempo inteiro|período integral|full-time'),
    partTime: words('meio período|tempo parcial|meio expediente|part-time'),
    contract: words(
      'regime PJ|contratação PJ|contrato PJ|modelo PJ|como PJ|via PJ|freelancer|freelance|autônomo|autónomo|prestador de serviços',
    ),
    temporary: words(
      'temporário|temporária|contrato temporário|contrato a termo|contrato de temporada|sazonal|contrato a prazo',
    ),
    internship: words('estágio|estagiário|estagiária|estágio remunerado'),
    apprenticeship: words('jovem aprendiz|aprendiz|contrato de aprendizagem'),
    volunteer: words('voluntariado|voluntário|voluntária'),
    perDiem: words('diarista|por diária'),
    internTitles: words('estagiário|estagiária|estágio'),
    apprenticeTitles: words('aprendiz'),
    noType: words(''),
    past: words('experiência anterior|anterior|anteriores'),
    permanent: words('CLT|contrato sem termo|contrato efetivo|vaga efetiva'),
    labels: words(
      'tipo de contrato|regime de contratação|regime|modalidade de contratação|jornada|contrato',
    ),
    eligibility: words('direito a'),
    basis: words('com base em|na base de'),
    weeklyHours: words('horas semanais|horas por semana|h/semana|horas/semana'),
    to: words('a|ou'),
    months: words('meses|mês|anos|ano'),
    contractWords: words('contrato'),
    extendable: words(
      'renovável|prorrogável|com possibilidade de efetivação|com possibilidade de renovação',
    ),
  },

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {
    topic: words('realocação|mudança|relocation|transferência'),
    offer: words('ajuda|auxílio|apoio|pacote|custeamos|custeio|reembolso|bônus'),
    housing: words('auxílio moradia|auxílio-moradia|moradia fornecida|alojamento fornecido'),
    candidate: words('disponibilidade|disposto|disposta'),
    negations: words('não|sem|nenhum|nenhuma|nunca'),
  },

  // ── visa ──────────────────────────────────────────────────────────────────────────────────────
  visa: {
    topic: words('visto|autorização de trabalho|autorização de residência|patrocínio'),
    immigration: words('visto|autorização de trabalho|autorização de residência|imigração'),
    offer: words('ajuda|apoio|auxílio|cuidamos|custeamos'),
    offerPhrases: words('apoio com o visto|ajuda com o visto|auxílio com o visto'),
    refusals: words('não patrocinamos|sem patrocínio'),
    authorization: words('autorização de trabalho|permissão de trabalho|visto de trabalho'),
  },

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {
    travel: words('viagens|viajar|deslocamentos'),
    demand: words('disponibilidade|frequentes|ocasionais|necessárias|eventuais'),
    notDemand: words('agência de viagens|reembolso de viagens|auxílio viagem'),
    shareOfTime: words('do tempo|do tempo de trabalho'),
  },

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {},

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {},

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
