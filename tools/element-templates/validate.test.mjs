// node --test tools/element-templates/: the shipped templates pass the schema, and broken ones
// (the kinds of mistake a hand edit makes) do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { problemsOf } from './validate.mjs';

const FILE = new URL('../../modeler/element-templates/layanan-aptika.json', import.meta.url);
const shipped = () => JSON.parse(readFileSync(FILE, 'utf8'));

test('the shipped templates are valid', () => {
  assert.deepEqual(problemsOf(shipped()), []);
});

test('a binding type Camunda 7 templates do not have (a task listener) is refused', () => {
  const templates = shipped();
  templates[0].properties.push({
    type: 'Hidden',
    value: '${mutuBakuReminder}',
    binding: { type: 'camunda:taskListener', event: 'timeout' }
  });
  assert.match(
    problemsOf(templates).join('\n'),
    /\/0\/properties\/6\/binding\/type must be equal to one of the allowed values/
  );
});

test('a dropdown without choices is refused', () => {
  const templates = shipped();
  const role = templates[0].properties.find((p) => p.type === 'Dropdown');
  delete role.choices;
  assert.match(problemsOf(templates).join('\n'), /choices/);
});

test('an extension property without a name is refused', () => {
  const templates = shipped();
  const sopStep = templates[0].properties.find((p) => p.binding.name === 'sopStep');
  delete sopStep.binding.name;
  assert.match(problemsOf(templates).join('\n'), /name/);
});

test('a template without an id is refused', () => {
  const templates = shipped();
  delete templates[1].id;
  assert.notDeepEqual(problemsOf(templates), []);
});

test('one template id and version twice is refused', () => {
  const templates = shipped();
  templates.push(templates[0]);
  assert.deepEqual(problemsOf(templates), [
    'template id.go.trenggalekkab.aptika.LangkahSop@1 is defined twice'
  ]);
});
