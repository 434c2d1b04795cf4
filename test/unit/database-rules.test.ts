import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../../cloud/core/collections';

describe('CloudBase database security rules', () => {
  const rules = JSON.parse(readFileSync(join(__dirname, '../../cloudbase/database-rules.json'), 'utf8')) as {
    collections: Record<string, { read: unknown; write: unknown }>;
  };

  it.each(Object.values(COLLECTIONS))('%s is declared: clients neither read nor write it directly', (name) => {
    expect(rules.collections[name]).toEqual({ read: false, write: false });
  });
});
