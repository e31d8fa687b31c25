import type { ApiSession } from './api';

export interface NamedUnit {
  id: number;
  code: string;
  name: string;
}

/** The township with this code, created in the district if it does not exist yet. */
export async function ensureTownship(
  admin: ApiSession,
  code: string,
  name: string,
  districtId: number,
): Promise<NamedUnit> {
  const page = await admin.get<{ items: NamedUnit[] }>(`/api/v1/townships?q=${code}`);
  const existing = page.items.find((t) => t.code === code);
  const township =
    existing ?? (await admin.postOk<NamedUnit>('/api/v1/townships', { code, name, districtId }));
  return { id: township.id, code: township.code, name: township.name };
}
