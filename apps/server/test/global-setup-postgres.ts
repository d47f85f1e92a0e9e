import { buildTemplate } from './global-setup';

export default async function setup(): Promise<void> {
  await buildTemplate('postgres');
}
