import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UPLOAD_PATH, uploadFolderOf } from '../../cloud/core/uploads';

const rules = JSON.parse(readFileSync(join(__dirname, '../../cloudbase/storage-rules.json'), 'utf8')) as {
  read: unknown;
  write: string;
};

describe('CloudBase storage rules (cloudbase/storage-rules.json)', () => {
  it('lets no client read storage directly: photos and exports reach people through server-made URLs', () => {
    expect(rules.read).toBe(false);
  });

  it('lets a signed-in person write only their own file, only at the upload path the functions check', () => {
    expect(rules.write).toContain('resource.openid == auth.openid');
    expect(rules.write).toContain('auth.openid != null');
    // The rule's regex literal is the same pattern the functions and the local host use.
    const literal = /\/(\^uploads.*\$)\/\.test\(resource\.path\) == true/.exec(rules.write)?.[1];
    expect(literal).toBe(UPLOAD_PATH.source);
  });

  it('gives each submission of each person its own upload folder, which the rule accepts', () => {
    const a = uploadFolderOf('secret', 'owner-a', 'key-1');
    expect(a).not.toBe(uploadFolderOf('secret', 'owner-a', 'key-2'));
    expect(a).not.toBe(uploadFolderOf('secret', 'owner-b', 'key-1'));
    expect(UPLOAD_PATH.test(`${a}0.jpg`)).toBe(true);
    for (const path of [`${a}9.jpg`, `${a}0.gif`, `${a}../x/0.jpg`, 'reports/x/0.jpg', `x/${a}0.jpg`]) {
      expect([path, UPLOAD_PATH.test(path)]).toEqual([path, false]);
    }
  });
});
