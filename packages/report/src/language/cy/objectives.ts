import type { ObjectivesWords } from '../report-words.js';

export const welshObjectives: ObjectivesWords = {
  none: 'Nid oes amcanion cydraddoldeb wedi’u cofnodi eto.',
  noProgress: 'Dim adroddiad ar gynnydd eto',
  rag: ({ symbol, rag, meaning, date }) => `${symbol} ${rag} (${meaning}), adroddwyd ar gyfer ${date}`,
  measures: {
    caption: 'Mesurau o’u cymharu â thargedau',
    columns: ['Mesur', 'Llinell sylfaen', 'Diweddaraf', 'Targed', 'Wedi’i gyrraedd'],
    notReported: 'Heb ei adrodd eto',
    reached: '✓ Ydy',
    notYet: 'Ddim eto',
    empty: 'Dim mesurau wedi’u pennu.',
  },
  heading: ({ n, title }) => `Amcan ${n}: ${title}`,
  owner: 'Perchennog',
  status: 'Statws',
  progress: 'Cynnydd',
  period: 'Cyfnod',
  periodRange: ({ from, to }) => `${from} i ${to}`,
  characteristics: 'Nodweddion',
  all: 'Pob un',
  latest: ({ text }) => `Y diweddariad diweddaraf: ${text}`,
  done: ({ date, text }) => `✓ Wedi’i gwblhau ${date}: ${text}`,
  overdue: ({ date, text }) => `! Yn hwyr, erbyn ${date}: ${text}`,
  due: ({ date, text }) => `Erbyn ${date}: ${text}`,
  changed: 'Beth newidiodd o ganlyniad:',
  change: ({ date, text }) => `${date}: ${text}`,
  attention: ({ items }) => `Angen sylw: ${items}`,
  attentionKinds: {
    period_too_long: ({ from, to, years }) =>
      `Mae ei gyfnod (${from} i ${to}) yn hwy na’r nifer hon o flynyddoedd: ${years}. Mae’r dyletswyddau penodol yn gofyn am osod amcanion eto o leiaf mor aml â hynny.`,
    review_due: ({ date }) =>
      `Daeth ei gyfnod i ben ar ${date}: dywedwch a gafodd ei gyflawni, caewch ef neu gosodwch amcan newydd.`,
    update_due: ({ date, months }) =>
      `Dim cynnydd wedi’i gofnodi ers ${date}: mae diweddariad yn ddyledus bob hyn a hyn o fisoedd: ${months}.`,
    milestone_overdue: ({ text, date }) => `Roedd carreg filltir “${text}” i fod erbyn ${date}.`,
  },
  board: {
    title: ({ date }) => `Amcanion cydraddoldeb: cynnydd hyd at ${date}`,
    organisation: 'Sefydliad',
    glance: 'Cipolwg',
    caption: 'Sgôr cynnydd diweddaraf pob amcan',
    columns: ['Amcan', 'Perchennog', 'Cynnydd', 'Mesurau a gyrhaeddwyd'],
    reached: ({ met, total }) => `${met} o ${total}`,
    empty: 'Dim amcanion wedi’u cymeradwyo.',
    heading: 'Cynnydd fesul amcan',
    intro:
      'Mae perchennog pob amcan yn adrodd ar ei gynnydd bob chwarter: y sgôr, beth a wnaed, y mesurau o’u cymharu â’u targedau a cherrig milltir ei gynllun.',
  },
};
