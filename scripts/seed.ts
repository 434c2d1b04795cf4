/** `npm run seed`: loads the repo's content and demo roles into the local store (idempotent). */
import { resolve } from 'node:path';
import { createLocalRuntime } from '../cloud/adapters/local/runtime';
import { seedDemo } from '../cloud/host/demo';

const dataDir = resolve(__dirname, '..', process.env.DATA_DIR ?? '.data');
const runtime = createLocalRuntime({ dataDir, publicBase: () => 'http://127.0.0.1:10086' });
seedDemo(runtime.store, Date.now())
  .then(({ inserted }) => console.log(`写入 ${inserted} 条演示数据（已存在的保持不变）: ${dataDir}`))
  .finally(() => runtime.store.close());
