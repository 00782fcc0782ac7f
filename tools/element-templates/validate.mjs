// Validates Camunda Modeler element templates (Camunda 7) against the element templates JSON
// schema, the one Camunda Modeler itself checks them with. Usage: node validate.mjs FILE...
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import ajvErrors from 'ajv-errors';

const require = createRequire(import.meta.url);
const schema = require('@camunda/element-templates-json-schema/resources/schema.json');

// The schema carries its own error messages (ajv-errors' "errorMessage" keyword).
const ajv = new Ajv({ allErrors: true, strict: false });
ajvErrors(ajv);
const validateSchema = ajv.compile(schema);

/** The problems of one file's templates: schema violations, then ids used twice. */
export function problemsOf(templates) {
  const problems = validateSchema(templates)
    ? []
    : validateSchema.errors.map((error) => `${error.instancePath || '/'} ${error.message}`);
  const seen = new Set();
  for (const template of Array.isArray(templates) ? templates : []) {
    const key = `${template.id}@${template.version ?? ''}`;
    if (seen.has(key)) {
      problems.push(`template ${key} is defined twice`);
    }
    seen.add(key);
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node validate.mjs FILE...');
    process.exit(2);
  }
  let failed = false;
  for (const file of files) {
    const problems = problemsOf(JSON.parse(readFileSync(file, 'utf8')));
    for (const problem of problems) {
      console.error(`${file}: ${problem}`);
    }
    failed ||= problems.length > 0;
    if (problems.length === 0) {
      console.log(`${file}: valid`);
    }
  }
  process.exit(failed ? 1 : 0);
}
