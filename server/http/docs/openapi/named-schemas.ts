import { isZodType } from '@ts-rest/core';
import type { ZodTypeAny } from 'zod';
import * as contractExports from '@studymate/contract';
import { jsonSchemaOf, type Json } from './json-schema.js';

/** A shape the contract names, as the OpenAPI component it becomes. */
export interface NamedSchema {
  name: string;
  schema: Json;
}

/**
 * Whether a schema is a shape worth a component: an object, a record, a union or an enum.
 * Plain strings and numbers (ids, timestamps, coordinates) stay inline, as a type would.
 */
function isShape(schema: Json): boolean {
  return (
    schema['type'] === 'object' ||
    Array.isArray(schema['enum']) ||
    Array.isArray(schema['oneOf']) ||
    Array.isArray(schema['anyOf'])
  );
}

/**
 * Every shape the contract names: each exported `<Name>Schema` (an object, record, union or enum)
 * becomes `<Name>`, and each named object's DRF page (the contract's own `paginatedSchema`)
 * `<Name>Page`. The names are the contract's export names, so renaming one there renames the
 * component; shapes no route uses are left out of the document later.
 */
export function namedContractSchemas(): NamedSchema[] {
  const named: NamedSchema[] = [];
  for (const [exportName, value] of Object.entries(contractExports)) {
    if (!exportName.endsWith('Schema') || !isZodType(value)) continue;
    const schema = jsonSchemaOf(value);
    if (!isShape(schema)) continue;
    const name = exportName.slice(0, -'Schema'.length);
    named.push({ name, schema });
    if (schema['type'] === 'object' && schema['properties']) {
      const page = contractExports.paginatedSchema(value as ZodTypeAny);
      named.push({ name: `${name}Page`, schema: jsonSchemaOf(page) });
    }
  }
  return named;
}
