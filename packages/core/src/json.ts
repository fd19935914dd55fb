// `@eqia/core/json`: reading JSON text — `parseJson`, which says where and why a text is not JSON, and
// the words of its faults. Apart from the main and light entries, which a page loads at once, since only
// code a page loads on demand reads JSON text (an import, an export, a Welsh client's wording); as light
// as `@eqia/core/light`: no schema, no dependency (see docs/performance.md, the browser page).

export {
  englishJsonFaults,
  englishJsonWords,
  type JsonFaultWords,
  jsonFault,
  jsonFaultWords,
  notJsonAt,
  parseJson,
} from './text/json-text.js';
