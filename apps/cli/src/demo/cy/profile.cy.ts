import type { ProfileWelsh } from '@eqia/core';

/**
 * Y Gymraeg: the Welsh of the example profile's own texts (its name, contact, offer of other formats,
 * audiences, stakeholder groups, approval stages and what each stage's signer attests), by text key,
 * for the Welsh demo. Drafted by machine and not yet reviewed by a Welsh speaker. A staff network's own name stays as the network
 * chose it (Kaleidoscope, Pride); its description is translated.
 */
export const profileWelsh: ProfileWelsh = {
  organisation: 'Cafcass (Gwasanaeth Cynghori a Chynorthwyo Llys Plant a Theuluoedd)',
  'publishing/contact': 'Y tîm cydraddoldeb, amrywiaeth a chynhwysiant',
  'publishing/alternativeFormats':
    'Gofynnwch i’r tîm cydraddoldeb am y ddogfen hon mewn print bras, hawdd ei darllen, Braille, sain neu iaith arall.',
  'audiences/children_young_people/label': 'Plant a phobl ifanc',
  'audiences/parents_carers_families/label': 'Rhieni, gofalwyr a theuluoedd',
  'audiences/staff/label': 'Staff',
  'audiences/partners_public/label': 'Partneriaid a’r cyhoedd',
  'stakeholders/fjypb/name': 'Bwrdd Pobl Ifanc Cyfiawnder Teuluol',
  'stakeholders/fjypb/description':
    'Dros 50 o blant a phobl ifanc rhwng 7 a 25 oed sydd â phrofiad o’r system cyfiawnder teuluol.',
  'stakeholders/family_forum/name': 'Fforwm Teuluoedd',
  'stakeholders/family_forum/description':
    'Rhieni a gofalwyr sydd wedi defnyddio’r gwasanaeth ac sy’n cynnig her adeiladol.',
  'stakeholders/ability_matters/name': 'Ability Matters',
  'stakeholders/ability_matters/description': 'Rhwydwaith staff: staff ag anableddau.',
  'stakeholders/carers_network/name': 'Rhwydwaith Gofalwyr',
  'stakeholders/carers_network/description': 'Rhwydwaith staff: staff â chyfrifoldebau gofalu.',
  'stakeholders/faith_network/name': 'Rhwydwaith Ffydd',
  'stakeholders/faith_network/description': 'Rhwydwaith staff: ffydd a chred.',
  'stakeholders/kaleidoscope/name': 'Kaleidoscope',
  'stakeholders/kaleidoscope/description':
    'Rhwydwaith staff: staff o gefndiroedd Du, Asiaidd a lleiafrifoedd ethnig.',
  'stakeholders/pride/name': 'Pride',
  'stakeholders/pride/description': 'Rhwydwaith staff: staff o’r gymuned LHDT+.',
  'stakeholders/mental_health_network/name': 'Rhwydwaith Iechyd Meddwl',
  'stakeholders/mental_health_network/description': 'Rhwydwaith staff: iechyd meddwl.',
  'approvalChain/equality_review/label': 'Adolygiad yr arweinydd cydraddoldeb',
  'approvalChain/senior_sign_off/label': 'Cymeradwyaeth uwch',
  'approvalChain/equality_review/attestation':
    'Rwyf wedi adolygu’r asesiad hwn o’r effaith ar gydraddoldeb o ran trylwyredd a thystiolaeth, ac rwy’n fodlon ei fod yn dangos sylw dyledus i nodau adran 149 o Ddeddf Cydraddoldeb 2010.',
  'approvalChain/senior_sign_off/attestation':
    'Rwyf wedi darllen yr asesiad hwn o’r effaith ar gydraddoldeb ac wedi rhoi sylw dyledus iddo cyn gwneud y penderfyniad. Rwy’n cytuno â’r camau i liniaru’r effeithiau andwyol y mae’n eu nodi, ac rwy’n awdurdodi ei gyhoeddi.',
};
