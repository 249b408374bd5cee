import { Command, InvalidArgumentError } from 'commander';
import { startServer } from '../../server/start-server';
import { WorkspaceService } from '../../service/workspace-service';
import { ensureRendererBuilt } from '../build-renderer';
import { WorkspaceGate } from '../../api/lock-gate';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('a port number from 0 to 65535 (0 picks a free one)');
  return port;
}

export const serveCommand = (): Command =>
  new Command('serve')
    .description('start the browser shell on 127.0.0.1 and print its URL')
    .argument('<dir>', 'the workspace folder')
    .option('--port <port>', 'port to listen on (0 picks a free one)', parsePort, 0)
    .option('--take-over-lock', 'take over the lock Collate left on another computer (only if it is closed there)')
    .action(async (dir: string, options: { port: number; takeOverLock?: boolean }) => {
      ensureRendererBuilt();
      // A lock left by another computer does not stop the server: the page says who holds it and asks.
      const gate = await WorkspaceGate.open((takeOver) =>
        WorkspaceService.open(dir, { takeOverLock: takeOver || options.takeOverLock, warmSearch: true }),
      );
      let server;
      try {
        server = await startServer({ handlers: gate.handlers, port: options.port });
      } catch (error) {
        gate.workspace?.close();
        throw error;
      }
      if (gate.holder) {
        const { host, pid, since } = gate.holder;
        process.stdout.write(
          `The workspace is locked by Collate on another computer (${host}, pid ${pid}, since ${since}); ` +
            `the page asks whether to take the lock over.\n`,
        );
      }
      process.stdout.write(`Collate is running at ${server.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      gate.workspace?.close();
    });
