import type { documentCommandsHelpEnglish } from './help-documents.en.js';
import { languageRows, outputRows } from './option-rows.js';

/**
 * Cymorth y gorchmynion sy’n ysgrifennu dogfen (`export`, `report`, `insight`, `objectives`), yn
 * Gymraeg, gyda’r llinellau opsiynau a rannant: the twin of help-documents.en.ts. Drafted by machine and
 * not yet reviewed by a Welsh speaker (see reviewed.ts).
 */

/** The --lang rows of the commands that write a document (option-rows.ts). */
const language = languageRows([
  'iaith y ddogfen: en (Saesneg), cy (Cymraeg), neu’r ddwy fel cy,en neu',
  'en,cy (un ddogfen, yr iaith gyntaf yn gyntaf); rhagosodiad: EQIA_LANG, yna’r',
  'ieithoedd y mae’r proffil yn cyhoeddi ynddynt (eich gosodiad `language`',
  'dim ond pan nad yw’r proffil yn cyhoeddi ynddi)',
]);

/** The --out and --force rows of the commands that write a file. */
const output = outputRows({
  out: 'ysgrifennu i’r ffeil hon (rhagosodiad: yr allbwn safonol)',
  force: 'disodli’r ffeil --out os yw’n bod eisoes',
});

export const documentCommandsHelpWelsh: typeof documentCommandsHelpEnglish = {
  export: `Defnydd: eqia export <id> --format <html|md|json|csv|docx|answers>
                     [--lang <langs>] [--out <file> [--force]]

  --format html  tudalen hygyrch, barod i’w hargraffu, i’w chyhoeddi (WCAG 2.2 AA, dim sgript)
  --format md    yr un cynnwys fel Markdown
  --format docx  yr un cynnwys fel dogfen Word (angen --out)
  --format json  JSON canonaidd gyda’r log archwilio: mae \`eqia import\` yn ei ddarllen yn ôl yn union
  --format csv   y cynllun gweithredu, ar gyfer taenlen neu draciwr
  --format answers  ei gynnwys fel ffeil atebion: newidiwch hi, yna \`eqia edit <id> --answers <file>\`
${language(18, [
  '(ar gyfer html, md a docx: geiriau’r adroddiad ei hun, a’r hyn a ysgrifennodd',
  'awduron yn ei Gymraeg lle mae wedi’i hysgrifennu, fel arall yn Saesneg wedi’i',
  'nodi’n Saesneg)',
])}
${output(17)}

Mae HTML a Markdown yn gorffen gyda chyfeirnod dilysu (hash pen y log y’u gwnaed ohono), ac mae’r
JSON yn dal y log ei hun: mae \`eqia verify --document <file>\` yn gwirio copi yn erbyn y storfa.`,
  insight: `Defnydd: eqia insight --population <file.csv> --baseline <file.csv>
                      --set <census set> --period <text> --area <text>
                      [options]

Cymharu’r bobl y mae gwasanaeth yn gweithio gyda nhw (llwyth achosion, gweithlu, ymgeiswyr) â llinell
sylfaen, fel arfer y boblogaeth leol yng Nghyfrifiad 2021, yn ôl un set o gategorïau cyfrifiad y
SYG: cyfrannau, cymarebau cynrychiolaeth, cyfyngau Wilson, baneri gor- a than-gynrychiolaeth a faint nad
yw’n hysbys. Caiff cyfrifon o dan drothwy cyfrifon bach y proffil eu hatal ym mhobman, gyda’r celloedd
a fyddai’n gadael i rywun eu hailgyfrifo. Rhesi \`category,count\` yw’r ddwy ffeil CSV (gweler docs/insight.md).

  --set <id>                  ethnic_group, religion, sex, sexual_orientation, gender_identity,
                              disability, unpaid_care, english_proficiency, legal_partnership_status
  --population-label <text>   pwy a gyfrifir (rhagosodiad: enw’r ffeil)
  --baseline-label <text>     yr un peth ar gyfer y llinell sylfaen
  --period <text>             cyfnod cyfrifon y boblogaeth, e.e. 2023-24
  --baseline-period <text>    rhagosodiad "Census 2021"
  --area <text>               yr ardal y mae’r ddwy’n ei chwmpasu
  --level groups|categories   cymharu’r grwpiau bras (19 grŵp ethnig → 5); rhagosodiad: y manylaf sydd gan y ddwy
  --attach <id>               ychwanegu’r canlyniad at asesiad <id> fel eitem dystiolaeth (golygiad a archwilir)
  --evidence-id <id>          id yr eitem dystiolaeth (mae’r un id yn disodli dadansoddiad cynharach)
  --title <text>, --date <YYYY-MM-DD>   yr eitem dystiolaeth
  --format html|md|docx       adroddiad ar ei ben ei hun: canfyddiadau, tabl, siart a
                              manylion cyswllt (mae docx angen --out)
${language(30, ['(gyda --format: geiriau’r adroddiad a chategorïau’r cyfrifiad)'])}
  --out <file>                ei ysgrifennu i’r ffeil hon (rhagosodiad: yr allbwn safonol)
  --force                     disodli’r ffeil --out os yw’n bod eisoes

Yn dangos tabl, neu’r dadansoddiad gyda --json.`,
  objectives: `Defnydd: eqia objectives [list] [--json]
         eqia objectives show <id> [--json]
         eqia objectives new --answers <file> [--id <id>]
         eqia objectives edit <id> --answers <file>
         eqia objectives submit <id>
         eqia objectives approve <id> [--comment <text>]
         eqia objectives request-changes <id> --reason <text>
         eqia objectives progress <id> [--rag red|amber|green
                                        --narrative <text> [--as-of <date>]
                                        [--what-changed <text>]
                                        [--value <measure>=<number>]...
                                        [--milestone-done <id>]...]
                                       (dim opsiynau: mae’n gofyn, un cwestiwn
                                       ar y tro)
         eqia objectives close <id> --outcome met|closed|superseded
                                    --note <text> [--superseded-by <id>]
         eqia objectives report [--as-of <date>] [--format html|md|json|docx]
                                [--lang <langs>] [--out <file> [--force]]
                                (adroddiad cynnydd y Bwrdd; rhagosodiad: fel
                                y mae heddiw; md yn ddiofyn, yn dangos fel
                                testun plaen wedi’i ddarllen mewn terfynell)

Amcanion cydraddoldeb y sefydliad: wedi’u gosod gan arweinydd cydraddoldeb (ffeil
amcan: docs/schema/objective.schema.json), wedi’u cymeradwyo gan gam uwch y proffil (y Bwrdd), yn
eiddo i uwch arweinydd, gyda mesurau, cerrig milltir a diweddariad cynnydd bob chwarter (RAG,
naratif, gwerthoedd dangosyddion). Ar ôl cymeradwyo, dim ond cerrig milltir a chamau gweithredu
y mae \`edit\` yn eu newid.

${language(18, ['(report yn unig, ar gyfer html, md a docx)'])}`,
  report: ({ listed }) => `Defnydd: eqia report --from <YYYY-MM-DD> --to <YYYY-MM-DD>
                     [--format html|md|docx|json] [--lang <langs>]
                     [--data-period <period>] [--overdue-csv <file>]
                     [--out <file> [--force]]

Yr adroddiad cydraddoldeb blynyddol ar gyfer cyfnod, fel y mae’r ddyletswydd gyhoeddi’n ei ofyn: crynodeb,
yr amcanion cydraddoldeb gyda’u cynnydd a’u mesurau, y gweithlu a’r llwyth achosion o’u cymharu â’r
cyfrifiad (cyfrifon bach wedi’u hatal), bylchau cyflog, yr asesiadau a gymeradwywyd neu a gyhoeddwyd
(pob polisi unwaith), effeithiau fesul nodwedd a chynulleidfa, camau gweithredu hwyr, adolygiadau
dyledus, y gyfradd sgrinio allan, ymgysylltu (rhwydweithiau staff, byrddau a fforymau’r proffil) a’r
hyn sy’n ddyledus yn y flwyddyn wedyn. Caiff cyfnod nad yw wedi dod i ben eto ei farcio felly.
(Adroddiad chwarterol y Bwrdd: \`eqia objectives report\`; y data: \`eqia data\`.)
  --format <f>            html (i’w gyhoeddi), md (rhagosodiad; wedi’i ddarllen mewn terfynell, mae’n
                          dangos fel testun plaen), docx (dogfen Word; angen --out) neu json
  --data-period <period>  blwyddyn \`eqia data\` i’w dangos, e.e. 2025-26 (rhagosodiad: y ddiweddaraf)
  --overdue-csv <file>    ysgrifennu hefyd bob cam gweithredu hwyr fel CSV i’r ffeil hon; mae’r adroddiad
                          yn rhestru’r ${listed} sydd wedi bod yn hwyr hiraf, gyda chyfrifon fesul oed a
                          thîm, ac yn enwi’r ffeil hon
${language(26, ['(ar gyfer html, md a docx; data yw json, heb iaith)'])}
${output(26)}`,
};
