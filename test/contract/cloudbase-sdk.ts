/**
 * The real query/update serialisation of the CloudBase database SDK, without a
 * network: `db.command` and the serialisers that turn `where`/`update` objects
 * into the MongoDB JSON the server receives. @cloudbase/database 1.4.3 is pinned
 * exactly by wx-server-sdk 4.0.2 (through @cloudbase/node-sdk 3.17.2).
 */
import { Command } from '@cloudbase/database/dist/commonjs/command';
import { QuerySerializer } from '@cloudbase/database/dist/commonjs/serializer/query';
import { UpdateSerializer } from '@cloudbase/database/dist/commonjs/serializer/update';
import type { CloudCommand, CloudData } from '../../cloud/adapters/cloudbase/types';

export const realCommand = Command as unknown as CloudCommand;

/** The MongoDB query a `where(...)` object becomes. */
export const serializeWhere = (where: CloudData): Record<string, unknown> =>
  QuerySerializer.encode(where) as Record<string, unknown>;

/** The MongoDB update (`$set`, `$inc`, `$unset`) an `update({data})` object becomes. */
export const serializeUpdate = (data: CloudData): Record<string, Record<string, unknown>> =>
  UpdateSerializer.encode(data) as Record<string, Record<string, unknown>>;
