// Rule families: elements that appear, disappear, become required, optional, nullable, read- or write-only, deprecated.
// Each entry expands to one rule per site, `<site>-<name>` (see ../family.ts).
import { expandFamilies, ALL_SITES } from '../family.js';

export default expandFamilies([
  {
    name: 'became-not-nullable',
    kind: 'became-not-nullable',
    sites: ALL_SITES,
    description: '{A site} no longer admits null.',
    message: '{{operation}}: {the site} is no longer nullable.',
    request: {
      class: 'breaking',
      why: 'Clients that send null are rejected.',
      fix: 'Keep accepting null and treat it as absent.',
    },
    response: {
      class: 'additive',
      why: 'Clients that handle null keep working; they just never receive it.',
      fix: 'Nothing to do.',
    },
  },
  {
    name: 'became-nullable',
    kind: 'became-nullable',
    sites: ALL_SITES,
    description: '{A site} now admits null.',
    message: '{{operation}}: {the site} became nullable.',
    request: {
      class: 'additive',
      why: 'Clients that never send null keep working.',
      fix: 'Nothing to do.',
    },
    response: {
      class: 'breaking',
      why: 'Clients that do not expect null crash or mis-handle it.',
      fix: 'Keep the value non-null; leave an optional field out instead of sending null.',
    },
  },
]);
