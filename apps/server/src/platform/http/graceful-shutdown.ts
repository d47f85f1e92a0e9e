/** What a stop needs from the running server: its close (stop accepting, finish what is in hand, close the database). */
export interface Closable {
  close(): Promise<void>;
}

/**
 * On SIGTERM or SIGINT: stop accepting, let requests in flight answer and the job in hand finish, then exit 0.
 * After `timeoutMs` the process exits 1 instead; a job still running then is settled by the next start's
 * recovery (failed with nothing written, its owner told, or succeeded if it had committed). A second signal
 * exits at once.
 */
export function exitGracefullyOnSignals(
  server: Closable,
  timeoutMs: number,
  log: (message: string) => void = (m) => console.log(m),
): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) {
        log(`再次收到 ${signal}，立即退出`);
        process.exit(1);
      }
      stopping = true;
      log(`收到 ${signal}，正在停止：不再接受新请求，等待进行中的请求和任务完成（最长 ${timeoutMs / 1000} 秒）`);
      const timer = setTimeout(() => {
        log(`停止超时（${timeoutMs / 1000} 秒），强制退出；未完成的任务将在下次启动时标记为中断`);
        process.exit(1);
      }, timeoutMs);
      server.close().then(
        () => {
          clearTimeout(timer);
          log('已停止');
          process.exit(0);
        },
        (err: unknown) => {
          console.error(err);
          process.exit(1);
        },
      );
    });
  }
}
