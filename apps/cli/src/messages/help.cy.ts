import type { HelpMessages } from './help.en.js';
import { documentCommandsHelpWelsh } from './help-documents.cy.js';

/**
 * Cymorth: `eqia --help`, each command's `--help` and the global options in Welsh, the twin of
 * help.en.ts. Drafted by machine and not yet reviewed by a Welsh speaker (see reviewed.ts). What you type
 * stays in English (commands, options, setting names, values such as `draft` or `html`); the terms are
 * those of the rest of the catalogue (asesiad, storfa, sylw dyledus, amcanion cydraddoldeb, cymeradwyo).
 */

export const helpWelsh: HelpMessages = {
  help: {
    title: 'asesiadau effaith cydraddoldeb',
    usage: 'Defnydd: eqia <command> [options]      eqia <command> --help',
    version: 'dangos y fersiwn',
    newHere: 'Yn newydd? Rhedwch `eqia demo`, yna `eqia list`. Codau allanfa: docs/cli.md.',
    global: `Opsiynau cyffredinol:
  --store <dir|url>  y storfa: ffolder sy’n dal eqia.db, ffeil .db neu URL
                     postgres:// (neu EQIA_STORE, neu \`eqia config set store\`;
                     rhagosodiad ./.eqia)
  --user <id>        pwy ydych chi (neu EQIA_USER, neu \`eqia config set user\`)
  --json             allbwn i beiriannau ei ddarllen
  --lang <en|cy>     iaith negeseuon eqia, a’r adroddiadau y mae’n eu
                     hysgrifennu (neu EQIA_LANG, neu \`eqia config set language\`)
  --no-input         peidio byth â gofyn; methu yn lle hynny (hefyd heb
                     derfynell)
  -h, --help         y cymorth hwn`,
    groups: {
      start: 'Dechrau',
      write: 'Ysgrifennu',
      review: 'Adolygu a chymeradwyo',
      read: 'Darllen',
      files: 'Ffeiliau',
      organisation: 'Sefydliad',
      settings: 'Gosodiadau',
    },
    summaries: {
      init: 'creu storfa yma (./.eqia) gyda phroffil',
      demo: 'creu storfa gydag asesiadau enghreifftiol i’w harchwilio',
      new: 'dechrau asesiad: y dewin, neu --answers <file>',
      edit: 'parhau ag asesiad: y dewin, neu --answers <file>',
      submit: 'anfon asesiad i’w adolygu',
      withdraw: 'rhoi’r gorau i asesiad, neu dynnu cyflwyniad yn ôl',
      revise: 'dechrau diwygiad newydd o asesiad a gymeradwywyd',
      action: 'diweddaru statws cam gweithredu ar ôl cymeradwyo',
      review: 'darllen, rhoi dyfarniadau, cymeradwyo neu ofyn am newidiadau',
      comment: 'rhoi sylw ar adran',
      approve: 'cymeradwyo’r cam presennol',
      'request-changes': 'anfon asesiad yn ôl at ei awdur',
      publish: 'cofnodi ble mae asesiad a gymeradwywyd wedi’i gyhoeddi',
      reaffirm: 'cadarnhau wrth adolygu ei fod yn dal yn ddilys',
      list: 'rhestru asesiadau',
      show: 'dangos un asesiad',
      check: 'rhedeg y gwiriadau sylw dyledus (allanfa 1 pan fo gwallau)',
      due: 'adolygiadau a chamau gweithredu dyledus (allanfa 1 os oes)',
      history: 'log archwilio asesiad',
      insight: 'cymharu llwyth achosion neu weithlu â ffigurau’r cyfrifiad',
      verify: 'gwirio cadwyni hash y log archwilio',
      export: 'ysgrifennu asesiad fel html, md, docx, json, csv neu atebion',
      import: 'darllen asesiad a allforiwyd fel json',
      report: 'yr adroddiad cydraddoldeb blynyddol ar gyfer cyfnod',
      objectives: 'amcanion cydraddoldeb: gosod, cymeradwyo, cofnodi cynnydd',
      data: 'gweithlu, llwyth achosion, bylchau cyflog: mewnforio, dangos',
      users: 'rhestru, ychwanegu a thynnu defnyddwyr, gosod rolau',
      keys: 'creu, rhestru a dirymu allweddi llofnodi cymeradwyaethau',
      profile: 'dangos neu ddisodli proffil y sefydliad',
      'migrate-store': 'symud hen storfa i SQLite, neu gopïo storfa i rywle arall',
      reindex: 'gwneud crynoadau hen eto ar ôl newid y proffil neu uwchraddio',
      config: 'eich gosodiadau: storfa a defnyddiwr, iaith, allweddi',
    },
    commands: {
      action: `Defnydd: eqia action <id> <action-id> --status <open|in_progress|done|dropped>
                     [--note <text>]
         eqia action <id> --monitoring-note <text>

Cadw’r cynllun gweithredu a’r monitro yn gyfredol, hefyd ar ôl cymeradwyo.`,
      approve: `Defnydd: eqia approve <id> [--attest] [--comment <text>]

Cymeradwyo’r cam y mae’r asesiad yn aros arno, fel defnyddiwr sydd â rôl y cam hwnnw (nid ei awdur).
Dangosir ardystiad y cam i chi a gofynnir i chi ei dderbyn; mewn sgriptiau rhowch --attest i’w dderbyn.
  --attest          derbyn yr ardystiad heb i neb ofyn
  --comment <text>  sylw a gofnodir gyda’r gymeradwyaeth`,
      check: `Defnydd: eqia check <id> [--strict] [--why] [--json]
         eqia check --all [--strict] [--json]

Rhedeg y gwiriadau sylw dyledus. Allanfa 1 pan fo canfyddiad lefel gwall ar ôl (gyda --strict, rhybudd hefyd).
  --all     gwirio pob asesiad yn y storfa: un llinell yr un, y rhai sy’n methu yn gyntaf
  --strict  mae rhybuddion yn methu hefyd
  --why     dangos y rheswm cyfreithiol neu ymarferol y tu ôl i bob canfyddiad`,
      comment: ({
        sections,
      }) => `Defnydd: eqia comment <id> --section <section> <text> [--reply-to <comment-id>]
         eqia comment <id> --resolve <comment-id>

Adrannau: ${sections}`,
      config: `Defnydd: eqia config [list] [--json]
         eqia config get <key> [--json]
         eqia config set <key> <value>
         eqia config unset <key>

Eich gosodiadau eich hun, rhagosodiadau pob gorchymyn, mewn ffeil na all neb ond chi ei darllen:
$XDG_CONFIG_HOME/eqia/config.json, fel arall ~/.config/eqia/config.json (mae EQIA_CONFIG yn enwi ffeil arall).
  store     y storfa pan na roddir --store nac EQIA_STORE: cyfeiriadur, ffeil .db
            neu URL postgres://
  user      pwy ydych chi pan na roddir --user nac EQIA_USER
  language  en neu cy: iaith negeseuon eqia a’r adroddiadau y mae’n eu hysgrifennu (export,
            report, objectives report, insight --format) pan na roddir --lang nac EQIA_LANG
  keys      ble cedwir eich allweddi llofnodi preifat (rhagosodiad: keys/ yma)`,
      data: `Defnydd: eqia data [list] [--json]
         eqia data history [--json]
         eqia data show [--period <period>] [--json]
         eqia data import workforce|caseload <file.csv> --set <census set>
                          --period <period> [--label <text>] [--area <text>]
                          [--source <text>]
         eqia data import baseline <file.csv> --set <census set> --area <text>
                          [--period <text>] [--label <text>] [--source <text>]
         eqia data import pay-gap <file.csv> --period <period>
                          --snapshot <YYYY-MM-DD> [--narrative <text>]
                          [--dimension sex|ethnicity|disability]

Data cydraddoldeb y sefydliad, a ddangosir yn yr adroddiad blynyddol
(\`eqia report\`): ei weithlu a’i lwyth achosion fesul nodwedd, o’u cymharu â llinell sylfaen o’r cyfrifiad
o’r un set, a’i fylchau cyflog fel y mae Rheoliadau Gwybodaeth am Fylchau Cyflog rhwng
y Rhywiau 2017 yn eu hadrodd (bylchau ethnigrwydd ac anabledd yr un ffordd). Arweinwyr
cydraddoldeb a gweinyddwyr sy’n mewnforio; cedwir pob mewnforiad, ac mae un diweddarach
o’r un peth (math, set cyfrifiad, cyfnod) yn ei ddisodli mewn adroddiadau.

Ffeiliau CSV \`category,count\` yw proffiliau, fel ar gyfer \`eqia insight\`, un set
cyfrifiad yr un (--set ethnic_group, religion, sex, disability…); cyfnod rhagosodedig
llinell sylfaen yw "Census 2021". Ffeiliau CSV \`measure,value\` yw bylchau
cyflog: mean_hourly_gap, median_hourly_gap, mean_bonus_gap, median_bonus_gap, bonus_paid_men,
bonus_paid_women, lower_quartile_men … upper_quartile_women (docs/equality-lead.md).

  list      y mewnforiad diweddaraf o bob peth
  history   pob mewnforiad, gan gynnwys y rhai a ddisodlwyd
  show      ffigurau cyfnod fel y’u cyhoeddwyd (rhagosodiad: y cyfnod diweddaraf), a
            chyfrifon bach wedi’u hatal gyda’r celloedd a fyddai’n eu datgelu`,
      demo: `Defnydd: eqia demo [--store <dir>]

Creu storfa gyda phroffil enghreifftiol Cafcass ac asesiadau enghreifftiol mewn sawl cyflwr — wedi’i
gyhoeddi, yn cael ei adolygu, wedi’i gymeradwyo gyda’i adolygiad yn ddyledus, diwygiad, drafft a
chofnod wedi’i sgrinio allan — a phedwar amcan cydraddoldeb y sefydliad gyda blwyddyn o ddiweddariadau
cynnydd, yna dangos beth i roi cynnig arno. Rhaid i’r storfa beidio â bod yn bod eto.

Yn Gymraeg (eqia --lang cy demo, neu EQIA_LANG=cy), demo corff yng Nghymru: mae’n cyhoeddi yn Gymraeg
ac yn Saesneg, y Gymraeg yn gyntaf, ac mae gan bob enghraifft Gymraeg ei thestunau (y drafft rywfaint
ohoni yn unig).`,
      due: `Defnydd: eqia due [--json]

Asesiadau sy’n ddyledus i’w hadolygu a chamau gweithredu sydd wedi pasio’u dyddiad dyledus. Allanfa 1
pan fo rhywbeth yn ddyledus, 0 pan nad oes dim: rhedwch ef o cron i gael gwybod.`,
      edit: `Defnydd: eqia edit <id> [--section <section>]    y dewin (angen terfynell)
         eqia edit <id> --answers <file.json|->  dim cwestiynau: ffeil atebion
         eqia edit <id> --remove <list>:<item-id> [--yes]
         eqia edit <id> --move <list>:<item-id> --to <position>
         eqia edit <id> --welsh-current <key>[,<key>…]

Parhau ag asesiad lle y’i gadawsoch (wedi’i anfon yn ôl gan adolygydd: yn yr adran gyntaf y dywedodd
i’w newid). Gyda ffeil atebion, mae pob adran yn y ffeil yn disodli’r adran honno ac mae’r gweddill
yn aros fel y maent; caiff eitem y mae rhestr yn y ffeil yn ei hepgor ei thynnu gyda’i chysylltiadau.
  --answers <file>     ffeil atebion (y fformat yn docs/cli.md)
  --section <section>  agor y dewin yn yr adran hon
  --remove <list>:<id>  tynnu eitem a’i chysylltiadau o adrannau eraill (mae’n gofyn yn gyntaf; --yes
                       heb derfynell). Rhestrau: evidence, gaps, engagement, impacts, actions, combinations
  --move <list>:<id>   symud eitem i --to <position> (1 yw’r gyntaf); mae effaith yn symud ymhlith
                       effeithiau ei nodwedd
  --yes                tynnu heb ofyn
  --welsh-current <keys>  mae’r Gymraeg yn yr allweddi testun hyn (fel y mae welsh-text-current yn eu
                       henwi) yn dal yn gywir ar gyfer ei Saesneg fel y mae nawr: fe’i cofnodir felly,
                       heb ei hysgrifennu eto

I newid atebion eitem heb y dewin: \`eqia export <id> --format answers --out a.json\`,
golygwch yr eitem yn a.json, yna \`eqia edit <id> --answers a.json\`.`,
      history: `Defnydd: eqia history <id> [--at <seq>] [--json]
         eqia history --profile [--json]

Y log archwilio: pwy wnaeth beth, a phryd (gyda --json, hefyd pa feysydd a newidiodd).
  --at <seq>  dangos yr asesiad fel yr oedd ar ôl cofnod <seq> (JSON)
  --profile   log newidiadau’r proffil yn lle hynny: defnyddwyr, rolau, allweddi, y gadwyn gymeradwyo`,
      import: `Defnydd: eqia import <file|-> [--historical]

Darllen asesiad (o’r mewnbwn safonol gyda -): naill ai’r hyn a ysgrifennodd
\`eqia export --format json\`, y caiff ei log archwilio a llofnodion ei gymeradwyaethau eu
gwirio cyn storio dim (daw allweddi cyhoeddus y llofnodwyr gydag ef, ac fe’u cofrestrir
ar gyfer yr asesiad hwnnw’n unig), neu gofnod asesiad plaen a ysgrifennwyd â llaw neu gan
system arall (ei adrannau fel mewn ffeil atebion). Caiff cofnod plaen ei ddilysu, pob gwall
yn enwi ei lwybr JSON, a chofnodir ei fewnforio fel y digwyddiad cyntaf, gyda’r ffeil y daeth ohoni.
  --historical  cymeradwywyd y cofnod y tu allan i eqia: rhaid iddo ddweud hynny yn
                "signedOff": { "by", "role", "on" } (a "published":
                { "on", "location" } os cafodd ei gyhoeddi yno). Caiff ei gadw
                wedi’i gymeradwyo (neu wedi’i gyhoeddi), wedi’i farcio’n gofnod hanesyddol,
                heb gymeradwyaethau drwy eqia. Arweinwyr cydraddoldeb a gweinyddwyr yn unig`,
      init: ({ roles }) => `Defnydd: eqia init [--profile default|cafcass|<file.json>]
                   [--user <id> --name <name> [--roles …]]

Creu storfa (./.eqia oni bai bod --store, EQIA_STORE neu eich gosodiad \`store\` yn dweud yn wahanol)
gyda phroffil sefydliad, ac, os mynnwch, ei ddefnyddiwr cyntaf. Nid yw ei redeg eto ar storfa sy’n
bod eisoes yn newid dim.
  --profile <name|file>  default (niwtral), cafcass (y proffil enghreifftiol) neu ffeil JSON proffil
  --user <id>            ychwanegu eich hun fel y defnyddiwr cyntaf…
  --name <name>          …gyda’r enw hwn
  --roles <list>         …a’r rolau hyn, wedi’u gwahanu gan atalnodau (rhagosodiad admin,author): ${roles}`,
      keys: `Defnydd: eqia keys [list] [--json]
         eqia keys create [--valid-until <date>]
         eqia keys revoke <key-id> [--reason <text>]

Allweddi llofnodi. Caiff cymeradwyaethau, cyhoeddiadau ac ailddatganiadau eu llofnodi ag allwedd y
llofnodwr, ac unwaith y byddwch wedi cofrestru allwedd ni all neb gymeradwyo fel chi hebddi. Mae
\`create\` yn gwneud pâr o allweddi: mae’r allwedd breifat yn aros yn eich cyfeiriadur ffurfweddu
(~/.config/eqia/keys, neu’r gosodiad \`keys\`), y gallwch chi yn unig ei darllen; caiff yr allwedd
gyhoeddus ei chofrestru yn y proffil. Mae \`revoke\` yn dod ag allwedd i ben o hyn ymlaen (eich un chi,
neu un unrhyw un fel gweinyddwr): mae’r hyn a lofnododd o’r blaen yn aros yn ddilys. Mae \`list\` yn
dangos allweddi’r proffil, a pha rai sydd â’u hallwedd breifat yma. Mae allweddi a ddaeth gydag
\`eqia import\` o allforiad storfa arall yn gwirio cymeradwyaethau’r asesiad hwnnw yn unig, ac nid
ydynt yn llofnodi dim yma.`,
      list: ({ states, outcomes }) => `Defnydd: eqia list [filters] [--json]

Hidlwyr:
  --state <state>        ${states} (gellir ei ailadrodd)
  --owner <user>         yn eiddo i’r defnyddiwr hwn
  --team <text>          y tîm neu’r gyfarwyddiaeth hon
  --characteristic <id>  gydag effaith negyddol ar y nodwedd hon
  --outcome <outcome>    ${outcomes}
  --text <text>          yn cyfateb i’r teitl, y cyfeirnod neu’r tîm`,
      'migrate-store': `Defnydd: eqia migrate-store [--from <dir|file|url>] [--to <dir|file|url>]

Symud storfa a ysgrifennwyd gan eqia cynharach (cynllun y ffeiliau: index.json, profile.json a ffeil
i bob asesiad) i SQLite, yn yr un cyfeiriadur:
  eqia migrate-store                       # y storfa yn --store neu EQIA_STORE, fel arall ./.eqia
Neu gopïo storfa gyfan i un newydd, wag — er enghraifft i PostgreSQL:
  eqia migrate-store --from .eqia --to postgres://eqia@db.example.org/equality
Caiff cadwyn hash pob asesiad ei gwirio cyn ysgrifennu dim, a chaiff pob copi ei ddarllen yn ôl a’i
wirio eto. Gwrthodir targed sydd eisoes yn dal asesiadau (neu broffil gwahanol), a’i adael heb ei
gyffwrdd. Ni chaiff y ffynhonnell byth ei newid: mae’r hen ffeiliau’n aros nes i chi eu dileu.`,
      reindex: `Defnydd: eqia reindex

Gwneud eto grynhoad pob asesiad sydd wedi dyddio. Crynhoad yw’r hyn y mae’r adroddiad blynyddol a
\`check --all\` yn ei ddarllen o asesiad yn lle’r cyfan ohono; mae un a wnaed o dan broffil arall, neu
gan eqia cynharach, yn cael ei anwybyddu, a’r asesiad hwnnw’n cael ei ddarllen yn gyfan, sy’n cymryd
eiliadau pan fo miloedd o asesiadau. Mae eqia yn gwneud hyn ei hun ar ôl i \`eqia users\` a
\`profile set\` newid rhan o’r proffil y mae’r gwiriadau’n ei darllen; rhedwch ef ar ôl uwchraddio
eqia, neu ar ôl i’r proffil gael ei newid rywle arall. Nid yw’n newid unrhyw asesiad, gall redeg tra bo
eraill yn gweithio, ac os caiff ei atal mae’n cadw’r hyn a wnaeth: rhedwch ef eto i wneud y gweddill.`,
      new: `Defnydd: eqia new                          y dewin (angen terfynell)
         eqia new --answers <file.json|->  dim cwestiynau: ffeil atebion gyfan

Dechrau asesiad effaith cydraddoldeb. Mae’r dewin yn eich arwain drwy bob adran ac yn cadw pob ateb
wrth i chi ei roi: gadewch ar unrhyw adeg (Ctrl+C) a pharhau gydag \`eqia edit <id>\`.
  --answers <file>  ffeil atebion (y fformat yn docs/cli.md; enghraifft yn apps/cli/examples/)
  --title <text>    teitl y polisi, pan nad oes adran polisi yn y ffeil atebion
  --id <id>         id yr asesiad newydd (rhagosodiad: wedi’i gynhyrchu)`,
      profile: `Defnydd: eqia profile [show] [--json]
         eqia profile set <file.json> [--welsh-current <keys>]
         eqia profile set --welsh-current <keys>

Proffil y sefydliad: y nodweddion a ystyrir, cynulleidfaoedd, grwpiau rhanddeiliaid, defnyddwyr, y
gadwyn gymeradwyo a’r cyfnod adolygu. Mae \`set\` yn ei ddisodli o ffeil JSON (rôl admin); dechreuwch
o \`eqia profile show --json > profile.json\`.

  --welsh-current <key>[,<key>…]  mae Cymraeg y proffil yn yr allweddi testun hyn (fel y mae’r
                  rhybuddion am Gymraeg wedi dyddio yn eu henwi) yn dal yn gywir ar gyfer ei Saesneg
                  fel y mae nawr: fe’i cofnodir felly, heb ei hysgrifennu eto`,
      publish: `Defnydd: eqia publish <id> --location <url-or-place> [--format html]

Cofnodi bod asesiad a gymeradwywyd wedi’i gyhoeddi, a ble gall y cyhoedd ei ddarllen.
  --location <text>  cyfeiriad http(s) neu’r cynllun cyhoeddi (gorfodol)
  --format <text>    y fformat a gyhoeddwyd (rhagosodiad html)`,
      reaffirm: `Defnydd: eqia reaffirm <id> --next-review <YYYY-MM-DD> [--note <text>]

Adeg adolygu, cadarnhau fel cymeradwywr bod asesiad a gymeradwywyd yn dal yn ddilys, a gosod yr adolygiad nesaf.
  --next-review <date>  dyddiad yr adolygiad nesaf, o fewn cyfnod adolygu’r proffil (gorfodol)
  --note <text>         beth a wiriwyd gennych`,
      'request-changes': `Defnydd: eqia request-changes <id> --comment <text>

Anfon asesiad sy’n cael ei adolygu yn ôl at ei awdur, gan ddweud beth i’w newid. Cedwir sylwadau a dyfarniadau.`,
      review: `Defnydd: eqia review <id>

Adolygu asesiad fesul adran, gyda’i ganfyddiadau sylw dyledus: rhoi dyfarniad a sylw i bob adran, yna
cymeradwyo’r cam (gan dderbyn ei ardystiad) neu ofyn am newidiadau. Caiff pob dyfarniad ei gadw wrth
i chi ei roi. Angen terfynell; mewn sgriptiau defnyddiwch \`eqia comment\`, \`eqia approve --attest\` ac
\`eqia request-changes --comment\`.`,
      revise: `Defnydd: eqia revise <id>

Dechrau diwygiad newydd o asesiad a gymeradwywyd neu a gyhoeddwyd, wedi’i gopïo ohono. Mae’r hen un yn
aros mewn grym nes i’r diwygiad newydd gael ei gymeradwyo, yna caiff ei farcio wedi’i ddisodli. Yn
dangos id y diwygiad newydd.`,
      show: ({ sections }) => `Defnydd: eqia show <id> [--section <section>] [--json]

Dangos asesiad: ble mae arni, pob adran yn gryno, a faint o ganfyddiadau sydd ar ôl.
  --section <section>  yr adran hon yn unig (${sections})`,
      submit: `Defnydd: eqia submit <id>

Anfon asesiad i’w adolygu. Caiff ei wrthod (allanfa 1) tra bo canfyddiadau sylw dyledus lefel gwall ar
ôl: mae \`eqia check <id>\` yn eu rhestru.`,
      users: `Defnydd: eqia users [list] [--json]
         eqia users add <id> --name <name> --roles <list> [--job-title <text>]
         eqia users remove <id>
         eqia users roles <id> --roles <list>

Pwy gaiff wneud beth. Mae newid defnyddwyr angen y rôl admin (gall unrhyw un ychwanegu’r defnyddiwr
cyntaf un).`,
      verify: `Defnydd: eqia verify [<id>…] [--json]
         eqia verify --document <file> [--json]

Gwirio cofnod yr asesiadau a roddir (pob un ohonynt, log newidiadau’r proffil a log pob amcan
cydraddoldeb pan na roddir dim): cadwyn hash y log archwilio, bod ailchwarae’r log yn rhoi’r hyn a
storiwyd, a llofnod pob cymeradwyaeth yn erbyn yr allwedd oedd gan ei llofnodwr bryd hynny (rhestrir y
rhai heb eu llofnodi, annilys a dirymedig). Allanfa 10 pan fo unrhyw hanes wedi’i olygu, ei dynnu neu
ei aildrefnu, neu pan fo llofnod cymeradwyaeth ar goll lle mae’n rhaid iddo fod, yn annilys neu wedi’i ddirymu.

  --document <file>  gwirio copi a gyhoeddwyd (HTML, Markdown, Word neu JSON o \`eqia export\`, neu
                     unrhyw ffeil gyda’i chyfeirnod dilysu) yn erbyn y storfa: mae’n cyfateb (a
                     rhestrir yr hyn a gofnodwyd ers hynny), neu tynnwyd cofnodion o ddiwedd y log,
                     neu ailysgrifennwyd y log (allanfa 10)`,
      withdraw: `Defnydd: eqia withdraw <id> --reason <text>
         eqia withdraw <id> --submission

  --reason <text>  rhoddwyd y gorau i’r polisi: tynnu’r asesiad yn ôl am byth, gan ddweud pam
  --submission     tynnu eich cyflwyniad yn ôl o’r adolygiad, i barhau i olygu`,
      ...documentCommandsHelpWelsh,
    },
  },
};
