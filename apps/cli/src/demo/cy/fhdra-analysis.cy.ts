import type { WelshText } from '@eqia/core';

/**
 * Y Gymraeg: the Welsh of the worked example's analysis, intersectionality, general duty, outcome, action
 * plan and monitoring, by text key. Drafted by machine and not yet reviewed by a Welsh speaker.
 */
export const fhdraAnalysisWelsh: WelshText = {
  'analysis/age/reasoning':
    'Mae plant yn elwa ar benderfyniadau cynharach; mae partïon hŷn, neiniau a theidiau a gofalwyr sy’n berthnasau yn aml, yn gohirio’n amlach dros fideo.',
  'analysis/age/impacts/imp-age-children/description':
    'Daw gwrandawiadau cyntaf tua phythefnos yn gynt, felly caiff trefniadau i blant eu setlo’n gynharach.',
  'analysis/age/impacts/imp-age-older-parties/description':
    'Roedd partïon 65 oed a throsodd, neiniau a theidiau yn aml, ddwywaith mor debygol o ofyn am ohiriad yn y cynllun peilot (12% o’i gymharu â 6%), gan amlaf am nad oedd ganddynt ddyfais neu hyder gyda fideo.',
  'analysis/age/impacts/imp-age-older-parties/mitigation':
    'Mynychu dros y ffôn neu wyneb yn wyneb ar gais wrth ddyrannu’r achos; galwad i wirio’r dechnoleg cyn y gwrandawiad.',
  'analysis/disability/reasoning':
    'Rhieni anabl a wnaeth y rhan fwyaf o’r cwynion am gymryd rhan o bell; mae staff anabl yn elwa ar lai o deithio.',
  'analysis/disability/impacts/imp-disability-parents/description':
    'Efallai na fydd rhieni ag anableddau dysgu, rhieni awtistig a rhieni sydd wedi colli eu clyw neu eu golwg yn gallu dilyn gwrandawiad fideo cyflym neu’r platfform; daeth 9 o’r 31 o gwynion am gymryd rhan o bell gan rieni anabl.',
  'analysis/disability/impacts/imp-disability-parents/mitigation':
    'Gofyn am addasiadau rhesymol yn yr alwad ddiogelu; hawl i fynychu wyneb yn wyneb lle mae addasiad yn gofyn am hynny; capsiynau ymlaen yn ddiofyn; cyfryngwyr a chyfieithwyr BSL yn cael eu trefnu drwy’r llys.',
  'analysis/disability/impacts/imp-disability-staff/description':
    'Mae llai o deithiau i’r llys yn helpu staff â namau symudedd a chyflyrau sy’n achosi blinder.',
  'analysis/gender_reassignment/reasoning':
    'Nid yw ymuno drwy fideo yn gofyn dim am hanes rhywedd, a gall rhiant traws ymuno o’i gartref yn hytrach nag o fan aros cyhoeddus. Nid oes gennym ddata achosion am rieni traws, felly mae hyn yn dibynnu ar farn rhwydweithiau staff nes llenwi’r bwlch yn y data.',
  'analysis/marriage_civil_partnership/reasoning':
    'I staff, mae mynychu drwy fideo yn newid o ble mae cynghorwyr yn gweithio, nid unrhyw delerau sy’n dibynnu ar fod yn briod neu mewn partneriaeth sifil. I rieni, nid yw’r ddyletswydd yn ymestyn i’r nodwedd hon.',
  'analysis/pregnancy_maternity/reasoning':
    'Teithio ac aros yn hir yn y llys sydd anoddaf yn hwyr yn ystod beichiogrwydd a gyda baban newydd-anedig.',
  'analysis/pregnancy_maternity/impacts/imp-pregnancy-parents/description':
    'Mae rhieni beichiog a rhieni â babanod yn osgoi teithio ac aros; ni ofynnodd yr un o’r 14 parti o’r fath yn y cynllun peilot am gael mynychu wyneb yn wyneb.',
  'analysis/race/reasoning':
    'Efallai y bydd rhieni o rai cymunedau Du ac Asiaidd yn ymddiried llai mewn gwrandawiad o bell, ond roedd y cynllun peilot yn rhy fach i gymharu canlyniadau yn ôl grŵp ethnig.',
  'analysis/race/impacts/imp-race-trust/description':
    'Nid yw’n hysbys eto a yw gwrandawiadau fideo yn newid cyfraddau cytuno neu ohirio i rieni Du, Asiaidd a threftadaeth gymysg.',
  'analysis/religion_belief/reasoning':
    'Nid yw amseroedd rhestru’n newid, felly nid yw gwrthdaro â dyddiau sanctaidd neu amseroedd gweddïo yn fwy tebygol nag yn awr ac mae’r llwybr i ofyn am ail-restru’n parhau. Ni chododd aelodau’r Rhwydwaith Ffydd unrhyw bryder.',
  'analysis/sex/reasoning':
    'Honnir cam-drin domestig yn y rhan fwyaf o achosion, gan famau gan amlaf; mae fideo yn colli’r mannau aros ar wahân a’r sgriniau y mae llys yn eu darparu.',
  'analysis/sex/impacts/imp-sex-domestic-abuse/description':
    'Gall dioddefwr cam-drin domestig, y fam fel arfer, sy’n ymuno o’i chartref gael ei chlywed neu ei gorfodi, ac mae’n colli ystafelloedd aros ar wahân a sgriniau.',
  'analysis/sex/impacts/imp-sex-domestic-abuse/mitigation':
    'Caiff achosion lle nodir cam-drin domestig yn y gwiriadau diogelu eu rhestru wyneb yn wyneb oni bai bod y dioddefwr yn dewis fideo; ystafelloedd aros rhithwir ar wahân; mae’r cynghorydd yn gwirio ar y dechrau y gall y parti siarad yn rhydd.',
  'analysis/sexual_orientation/reasoning':
    'Nid yw cymryd rhan drwy fideo yn dibynnu ar ffurf y teulu nac yn holi am gyfeiriadedd; caiff rhieni o’r un rhyw eu clywed yn yr un ffordd ag eraill. Ni chododd aelodau Pride unrhyw bryder; nid oes gennym ddata achosion, gweler y bwlch yn y data.',
  'analysis/carers/reasoning':
    'Nid oes angen i ofalwyr sy’n berthnasau a rhieni plant anabl drefnu hanner diwrnod o ofal yn eu lle.',
  'analysis/carers/impacts/imp-carers-attendance/description':
    'Gall gofalwyr sy’n berthnasau a rhieni sy’n gofalu am blentyn anabl fynychu heb drefnu gofal yn eu lle; cynyddodd eu presenoldeb yn y cynllun peilot.',
  'analysis/language/reasoning':
    'Cafodd gwrandawiadau â chyfieithu ar y pryd eu gohirio deirgwaith mor aml yn y cynllun peilot.',
  'analysis/language/impacts/imp-language-interpreters/description':
    'Mae cyfieithu ar y pryd rhwng tri dros fideo yn anos i’w ddilyn; gohiriwyd 18% o wrandawiadau peilot â chyfieithu ar y pryd, o’i gymharu â 6% i gyd.',
  'analysis/language/impacts/imp-language-interpreters/mitigation':
    'Mae’r cyfieithydd yn ymuno o’r un ystafell â’r rhiant lle bo modd; mae gwrandawiadau â chyfieithu ar y pryd yn cael slot hirach; cyfieithir y cyfarwyddiadau ymuno i’r deg iaith y gofynnir amdanynt amlaf.',
  'intersectionality/impacts/imp-int-black-boys/description':
    'Dywedodd bechgyn Du a threftadaeth gymysg 13 i 17 oed wrth y FJYPB eu bod eisoes yn teimlo nad oes neb yn gwrando cymaint arnynt; gall gwrandawiad cyntaf o bell lle mai dim ond yn ysgrifenedig y daw eu barn waethygu hynny.',
  'intersectionality/impacts/imp-int-black-boys/members/race/subgroup': 'Du a threftadaeth gymysg',
  'intersectionality/impacts/imp-int-black-boys/members/sex/subgroup': 'gwryw',
  'intersectionality/impacts/imp-int-black-boys/members/age/subgroup': '13 i 17 oed',
  'intersectionality/impacts/imp-int-black-boys/mitigation':
    'Mae cynghorwyr yn cynnig sgwrs cyn yr FHDRA i blant 10 oed a throsodd, ac mae’r llythyr diogelu yn dyfynnu’r plentyn.',
  'intersectionality/cumulativeImpact':
    'Mae cais digidol GLlTEF a’r llysoedd Pathfinder hefyd yn symud cysylltiad â theuluoedd ar-lein, felly mae partïon sydd wedi’u hallgáu’n ddigidol, partïon hŷn a phartïon anabl yn teimlo’r effaith gyfunol. Bydd yr adroddiad ED&I blynyddol yn edrych ar y tri newid gyda’i gilydd.',
  'generalDuty/eliminateDiscrimination':
    'Mae’r dewis i optio allan, y cwestiwn am addasiadau a’r rheol restru ar gyfer cam-drin domestig yn dileu’r anfantais anuniongyrchol a fyddai fel arall yn dod o fideo i bartïon hŷn, anabl a phartïon sydd wedi’u cam-drin, ac i bartïon y mae angen cyfieithwyr ar y pryd arnynt.',
  'generalDuty/advanceEquality':
    'Mae gwrandawiadau cyntaf cynharach yn helpu plant; mae gofalwyr, rhieni beichiog a staff anabl yn elwa ar lai o deithio; bydd monitro chwarterol yn ôl nodwedd yn dangos a oes unrhyw grŵp yn llithro ar ei hôl hi.',
  'generalDuty/fosterGoodRelations':
    'Mae clywed plant yn uniongyrchol cyn yr FHDRA a monitro canlyniadau yn ôl ethnigrwydd yn ymateb i’r hyn a ddywedodd pobl ifanc a rhwydweithiau staff wrthym am ymddiriedaeth.',
  'outcome/rationale':
    'Mae fideo yn ddiofyn yn mynd yn ei flaen gyda mynychu wyneb yn wyneb ar gais, wyneb yn wyneb yn ddiofyn mewn achosion cam-drin domestig, protocol cyfieithu ar y pryd a sgwrs cyn y gwrandawiad i blant hŷn.',
  'actions/act-opt-out/description':
    'Cynnig i bob parti fynychu dros y ffôn neu wyneb yn wyneb ar gais wrth ddyrannu’r achos, gan gofnodi’r rheswm.',
  'actions/act-opt-out/measure':
    'Pob cais yn cael ei ganiatáu; ceisiadau’n cael eu dadansoddi bob chwarter yn ôl oedran, anabledd ac ethnigrwydd.',
  'actions/act-tech-check/description':
    'Cynnal galwad i wirio’r dechnoleg gyda phob parti wythnos cyn y gwrandawiad.',
  'actions/act-tech-check/measure':
    'Gohiriadau i bartïon 65 oed a throsodd ddim uwch nag i eraill o fewn chwe mis.',
  'actions/act-adjustments-question/description':
    'Ychwanegu cwestiwn am addasiadau rhesymol at sgript yr alwad ddiogelu ac at gofnod yr achos.',
  'actions/act-adjustments-question/measure':
    'Angen addasiad wedi’i gofnodi ar gyfer 95% o bartïon; cwynion gan rieni anabl wedi haneru mewn blwyddyn.',
  'actions/act-domestic-abuse-listing/description':
    'Cytuno â barnwyr teulu dynodedig fod achosion lle nodir cam-drin domestig yn cael eu rhestru wyneb yn wyneb oni bai bod y dioddefwr yn dewis fideo.',
  'actions/act-domestic-abuse-listing/measure':
    'Protocol rhestru wedi’i gytuno ym mhob ardal; archwiliad o 50 o achosion a nodwyd bob chwarter yn dangos mai’r dioddefwr a ddewisodd.',
  'actions/act-interpreter-protocol/description':
    'Cyhoeddi protocol cyfieithu ar y pryd ar gyfer FHDRA drwy fideo a chyfieithu’r cyfarwyddiadau ymuno.',
  'actions/act-interpreter-protocol/measure':
    'Cyfradd gohirio gwrandawiadau â chyfieithu ar y pryd o fewn dau bwynt i’r gyfradd gyffredinol.',
  'actions/act-child-voice/description':
    'Cynnig sgwrs â’u cynghorydd cyn yr FHDRA i blant 10 oed a throsodd a’u dyfynnu yn y llythyr diogelu.',
  'actions/act-child-voice/measure':
    'Cynnig wedi’i wneud mewn 90% o’r achosion cymwys; y FJYPB yn adolygu 20 llythyr bob chwarter.',
  'actions/act-ethnicity-analysis/description':
    'Dadansoddi cyfraddau cytuno a gohirio yn ôl grŵp ethnig ar ôl y chwe mis cyntaf, gan ddefnyddio categorïau’r cyfrifiad.',
  'actions/act-ethnicity-analysis/measure':
    'Y dadansoddiad wedi’i gyhoeddi yn yr adroddiad ED&I, gyda chamau gweithredu ar gyfer unrhyw fwlch dros bum pwynt.',
  'actions/act-monitoring-fields/description':
    'Ychwanegu cwestiynau dewisol am hunaniaeth rhywedd a chyfeiriadedd rhywiol at arolwg adborth y partïon.',
  'actions/act-monitoring-fields/measure': 'Y cwestiynau’n fyw, a rhwydwaith Pride wedi adolygu’r geiriad.',
  'actions/act-bsl-recording/description':
    'Cofnodi’r angen am Iaith Arwyddion Prydain ar wahân i gyfieithu iaith lafar.',
  'actions/act-bsl-recording/measure':
    'Angen BSL wedi’i gofnodi fel maes ar ei ben ei hun yn system yr achosion.',
  'monitoring/arrangements':
    'Adroddiad chwarterol i’r Bwrdd Gweithrediadau ar bresenoldeb, gohiriadau, ceisiadau i optio allan a chwynion yn ôl oedran, anabledd, rhyw, ethnigrwydd ac angen cyfieithu ar y pryd; mae’r FJYPB a’r Fforwm Teuluoedd yn ei adolygu ddwywaith y flwyddyn.',
};
