import type { Transaction } from 'kysely';
import { insertAttachment } from '../../../platform/attachments/index';
import type { DB } from '../../../platform/db/schema';
import { storageFor } from '../../../platform/storage/storage';
import { SERVICE_LOG_OWNER } from './service-log-photos';

/** A 120×90 JPEG (a field under a blue sky) standing in for a commissioner's site photo in the demo. */
const DEMO_JPEG = Buffer.from(
  [
    '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABh',
    'Y3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    'AAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAAB',
    'UAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAA',
    'AAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9Y',
    'WVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAM',
    'ZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcg',
    'LikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09P',
    'T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCABaAHgDASIAAhEBAxEB/8QAGgAAAgMBAQAAAAAAAAAAAAAAAAMC',
    'BAYBBf/EACwQAAEDAgUDAgYDAAAAAAAAAAABAhIDEQQVIVSTM3GBMXITIiNSobEyQlH/xAAZAQEAAwEBAAAAAAAAAAAAAAAAAQMF',
    'BAL/xAAhEQACAQMFAQEBAAAAAAAAAAAAARICAyEEERUxUgUiMv/aAAwDAQACEQMRAD8A1UQiOiETRkZ8RMQiOiERIRExCI6IREhE',
    'TEIjohESERMQiOiERIRExCI6JyyHFrfoWtJSnXlvpF1nT1XXshUQiNsh2I0X0LWrpbow12he09Vp7MTEB0QO2RTEdEIjohEpkXRE',
    'xCI6IREhETEIjohESERMQiOiERIRExCI6IREhESrdBJciRdSa71QyfqaCrVqmqh5R06e6re6fRV9RyN0GNpNb6JqSiPl6CrSJ1Vv',
    'LGouq5sl0JiA6IGtI5ojohExeYYvd1+RQzDF7uvyKYvLU+WezaRCJi8wxe7r8ihmGL3dfkUctT5YNpEImLzDF7uvyKGYYvd1+RRy',
    '1Plg2kQiYvMMXu6/IoZhi93X5FHLU+WDaRCJi8wxe7r8ihmGL3dfkUctT5YNpEImLzDF7uvyKGYYvd1+RRy1Plg2kQiYvMMXu6/I',
    'oZhi93X5FHLU+WDaRAxeYYvd1+RQHLU+WCjIr/Gqfd+CUhJkpAtU3qrEVV1IVar2uRGrZLEWOs1EIPW6kbZA2lVe5yo5bpYnUeqM',
    'VUXUrsWzib3XaqDbIOfGqfd+CxIpjpEtA46tURyojtL/AODKVRzm3ct1uV19VJsdZA0Blao5torYjTqvV6IrtOxCot7HGLZyKNsA',
    'sueqNVUXWwj41T7vwdV3yqKCQLbXqrUVV1sAlHaIB5iBMjoiQ8ta2AStoCLcU91nqTprdvkNYBK9glfQjUWzfJBjrvQJYA05I6Ik',
    'EtwPCVjjf4p2IVFs7wEsgYi3C9tSFJb3OvWzFG2QSkAlrvmTuODWwCQCXO+Ze4ExBXkXjzT0j1cXQKtZ1qrhuHW9Ne5XxHXd4/Q/',
    'CdJfcKl+QdxC2pp3FUXXqtGYvpJ7hGH67fP6FK/ILpRkXjzRbXYPRZ029kEYhbVE7DqfSZ7UK2L6qdiKf6AzDLeXgZWW1JyicH/f',
    'wNxHQd4/Yf8AYK7HfUb3QuFCn1We5C+LiyCm931Hd1AhU6r/AHKBalgH/9k=',
  ].join(''),
  'base64',
);

/** Stores the demo photo for a log (the kit's slot photo) inside the demo transaction, as the phone would have. */
export async function attachDemoPhoto(
  trx: Transaction<DB>,
  log: { id: number; regionCode: string; servedOn: string; userId: number },
): Promise<void> {
  await insertAttachment(trx, storageFor(trx), {
    ownerType: SERVICE_LOG_OWNER,
    ownerId: log.id,
    slot: 'photo',
    regionCode: log.regionCode,
    fileName: `现场照片-${log.servedOn}.jpg`,
    data: DEMO_JPEG,
    actorId: log.userId,
  });
}
