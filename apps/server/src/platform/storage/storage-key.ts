const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for a key a storage could have made (a lower-case UUID): no path or query ever comes from outside. */
export const isStorageKey = (key: string) => KEY.test(key);
