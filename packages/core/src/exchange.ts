// `@eqia/core/exchange`: an assessment in and out of eqia — the export document (its format, writing
// and reading it) and a plain record read and turned into an assessment. Their types are in the main
// entry; these are not, so that a page loads them only when it imports or exports (the SDK's commands
// load them on first use). A bundler splitting a page puts in the page's own chunks every module that a
// static import reaches, even through a re-export nothing uses (see docs/performance.md, the browser page).

export {
  assessmentFromRecord,
  type ImportedRecordOptions,
  PlainRecord,
  parsePlainRecord,
} from './import/plain-record.js';
export {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportDocument,
  parseExportDocument,
  serializeExport,
  toExportDocument,
} from './log/export.js';
