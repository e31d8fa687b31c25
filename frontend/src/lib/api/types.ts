import type { components, operations } from './schema.gen';

export type Me = components['schemas']['Me'];
export type LoginInput = components['schemas']['LoginInput'];
export type District = components['schemas']['District'];
export type DistrictInput = components['schemas']['DistrictInput'];
export type DistrictKind = components['schemas']['DistrictKind'];
export type DistrictPage = components['schemas']['DistrictPage'];
export type Township = components['schemas']['Township'];
export type TownshipInput = components['schemas']['TownshipInput'];
export type TownshipPage = components['schemas']['TownshipPage'];

type QueryOf<O extends keyof operations> = NonNullable<operations[O]['parameters']['query']>;
export type DistrictListParams = QueryOf<'listDistricts'>;
export type TownshipListParams = QueryOf<'listTownships'>;
export type DistrictSort = NonNullable<DistrictListParams['sort']>;
export type TownshipSort = NonNullable<TownshipListParams['sort']>;

export const DISTRICT_KINDS = [
  'COUNTY_LEVEL',
  'FUNCTIONAL_ZONE',
] as const satisfies readonly DistrictKind[];
export const DISTRICT_SORTS = [
  'code',
  '-code',
  'name',
  '-name',
  'kind',
  '-kind',
  'createdAt',
  '-createdAt',
] as const satisfies readonly DistrictSort[];
export const TOWNSHIP_SORTS = [
  'code',
  '-code',
  'name',
  '-name',
  'district',
  '-district',
  'createdAt',
  '-createdAt',
] as const satisfies readonly TownshipSort[];

/** A single resource together with the ETag to send back when changing it. */
export interface Versioned<T> {
  value: T;
  etag: string | undefined;
}
