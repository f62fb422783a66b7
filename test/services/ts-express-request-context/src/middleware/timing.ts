import type { NextFunction, Request, Response } from 'express';
import { logger } from '../logger';

// Times each request from arrival to the end of the response: the whole request, not any one call inside it.
export function timing(req: Request, res: Response, next: NextFunction) {
  const started = performance.now();
  res.on('finish', () => logger.info({ path: req.path, status: res.statusCode, durationMs: performance.now() - started }, 'request'));
  next();
}
