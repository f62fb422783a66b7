import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

// Every request gets an id: the caller's X-Request-Id, else a fresh UUID, sent back with the response.
export function requestContext(req: Request, res: Response, next: NextFunction) {
  const id = req.get('x-request-id') ?? randomUUID();
  req.id = id;
  res.setHeader('X-Request-Id', id);
  next();
}
