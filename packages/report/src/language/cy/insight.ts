import type { InsightWords } from '../report-words.js';

export const welshInsight: InsightWords = {
  suppressed: 'wedi’i atal',
  notApplicable: 'amherthnasol',
  title: ({ set, profile, baseline }) => `${set}: ${profile} o’u cymharu â ${baseline}`,
  caption: ({ set, profile, baseline }) => `${profile} o’u cymharu â ${baseline}, fesul ${set}`,
  count: 'Nifer',
  share: 'Cyfran',
  interval: ({ percent }) => `Cyfwng ${percent}`,
  ratio: 'Cymhareb',
  finding: 'Canfyddiad',
  range: ({ lower, upper }) => `${lower} i ${upper}`,
  known: 'Ateb yn hysbys',
  notKnown: 'Ddim yn hysbys neu’n well ganddynt beidio â dweud',
  total: 'Cyfanswm',
  notRecorded: 'heb ei gofnodi',
  ofTotal: ({ share }) => `${share} o’r cyfanswm`,
  sharesNote: ({ percent, profile, baseline, tooFew }) =>
    `Mae’r cyfrannau’n gyfrannau o’r bobl y mae eu hateb yn hysbys. Y cyfwng yw cyfwng sgôr Wilson ${percent} o amgylch cyfran y grŵp hwn: ${profile}. Mae grŵp wedi’i orgynrychioli neu wedi’i dangynrychioli pan fo cyfran y grŵp arall (${baseline}) y tu allan iddo, a “${tooFew}” pan fo ffigur wedi’i atal. Cymhareb: y gyfran gyntaf wedi’i rhannu â’r ail.`,
  suppressedNote: ({ threshold }) =>
    `Wedi’i atal: niferoedd llai na ${threshold}, a lle bo angen y nifer leiaf nesaf, fel na ellir cyfrifo unrhyw nifer llai na ${threshold} o’r cyfansymiau; mae cyfrannau, cyfyngau a chymarebau sy’n deillio ohonynt wedi’u hatal hefyd.`,
  sources: ({ sources }) => `Ffynonellau: ${sources}.`,
  flagged: ({ group, flag }) => `${group}: ${flag}`,
  noDifference: 'Nid oes unrhyw grŵp yn wahanol y tu hwnt i’r cyfwng.',
  everyFigure: 'Mae’r tabl yn rhoi pob ffigur.',
  chart: {
    drawing: ({ profile, baseline }) =>
      `Mae’r barrau’n dangos cyfran pob grŵp o’r canlynol: ${profile} (solet, gyda’i gyfwng) a ${baseline} (amlinell).`,
    drawingWord: ({ profile, baseline }) =>
      `Mae’r barrau’n dangos cyfran pob grŵp o’r canlynol, fel canran: ${profile} a ${baseline}.`,
    title: ({ profile, baseline }) => `Cyfran fesul grŵp: ${profile} a ${baseline}`,
    titlePercent: ({ profile, baseline }) => `Cyfran fesul grŵp (%): ${profile} a ${baseline}`,
    name: ({ title }) => `Siart: ${title}`,
  },
  report: {
    title: ({ title }) => `Dadansoddiad o wahaniaethau: ${title}`,
    organisation: 'Sefydliad',
    area: 'Ardal',
    periods: 'Cyfnodau',
    summary: 'Crynodeb',
    comparison: 'Y gymhariaeth',
    finding: ({ flag, groups }) => `${flag}: ${groups}`,
    against: ({ group, share, baseline }) => `${group} (${share} o’i gymharu â ${baseline})`,
    noneDiffers: ({ baseline }) =>
      `Nid oes unrhyw grŵp yn wahanol i’r grŵp hwn y tu hwnt i’r cyfwng: ${baseline}.`,
    notGiven: ({ who }) => `Ni roddwyd faint o’r grŵp hwn sydd heb ateb wedi’i gofnodi: ${who}.`,
    notKnownSuppressed: ({ who }) =>
      `Mae faint o’r grŵp hwn sydd heb ateb wedi’i gofnodi wedi’i atal (nifer fach): ${who}.`,
    notKnown: ({ share, who }) => `Nid oes ateb wedi’i gofnodi ar gyfer ${share} o’r grŵp hwn: ${who}.`,
  },
};
